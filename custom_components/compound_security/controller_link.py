"""One UHPPOTE access controller kept in step with Home Assistant.

While Home Assistant is up the controller is in PC control: its swipes come here as
events, are decided like any reader's, and the door is opened by request; a keep-alive
every `KEEP_ALIVE` keeps PC control on. Its card list is kept right for when Home
Assistant is away: a change in the registry or the visitor passes reaches it within
`SYNC_DELAY` (a diff against what it holds, revocations first), and a full reconcile
(read back, diff) runs at start, hourly, after a reconnect and after a reboot. After an
outage its event log is read from the last index seen (`controller_backfill`). A clean
stop turns PC control off, so the controller decides at once rather than after 30 s.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime, timedelta
from functools import partial
from typing import TYPE_CHECKING, Any, override

from homeassistant.components import network
from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback
from homeassistant.helpers import collection, issue_registry as ir
from homeassistant.helpers.event import async_call_later, async_track_time_interval
from homeassistant.helpers.update_coordinator import DataUpdateCoordinator
from homeassistant.util import dt as dt_util

from .const import DOMAIN, LOGGER
from .controller_backfill import Backfill, EventMarks
from .controller_changes import Changed, Dirty, previous_holders
from .controller_door import DEFAULT_DELAY, ControllerDoorActuator
from .controller_events import async_listen
from .controller_state import read_state, send
from .engine.controller_sync import (
    ControllerLayout,
    ControllerState,
    Intended,
    Shortfall,
    SyncOperation,
    SyncPlanner,
    apply,
    plan,
)
from .subentries import AccessControllerConfig
from .transport.uhppote import ControllerAddress, ControllerError, UhppoteClient
from .transport.uhppote_types import DoorMode

if TYPE_CHECKING:
    from .controller import CompoundController
    from .coordinator import CompoundSecurityConfigEntry
    from .hardware import AccessPointHardware
    from .registry import CompoundRegistry
    from .visitor_passes import VisitorPasses

KEEP_ALIVE = timedelta(seconds=10)  # well inside the controller's 30 s PC-control timeout
CARD_COUNT_EVERY = 6  # keep-alives: a card count that differs means a reboot lost the list
RECONCILE_EVERY = timedelta(hours=1)
CLOCK_EVERY = timedelta(days=1)
SYNC_DELAY = 0.3  # seconds: a burst of registry changes is sent as one diff
STOP_TIMEOUT = 2.0


@dataclass(frozen=True, slots=True)
class ControllerHealth:
    """What the controller's diagnostic entities show."""

    connected: bool = False
    event_index: int | None = None  # the newest event handled
    card_count: int | None = None
    last_sync: datetime | None = None
    shortfall: Shortfall = field(default_factory=Shortfall)


class ControllerLink(DataUpdateCoordinator[ControllerHealth]):
    """Connection, sync, events and backfill of one controller."""

    config_entry: CompoundSecurityConfigEntry

    def __init__(
        self,
        hass: HomeAssistant,
        entry: CompoundSecurityConfigEntry,
        subentry_id: str,
        title: str,
        config: AccessControllerConfig,
    ) -> None:
        """Prepare the client and the doors' actuators; `async_start` connects."""
        super().__init__(hass, LOGGER, config_entry=entry, name=f"{DOMAIN} controller {title}")
        self.data = ControllerHealth()
        self.id = subentry_id
        self.title = title
        self.config = config
        self.client = UhppoteClient(
            ControllerAddress(config.serial, config.host, config.port, config.transport)
        )
        self.actuators = {
            access_point_id: ControllerDoorActuator(self.client, door)
            for door, access_point_id in config.doors.items()
        }
        self.doors: dict[int, AccessPointHardware] = {}
        self.believed: ControllerState | None = None  # what the controller holds, we think
        self.intended: Intended | None = None
        self.backfill: Backfill | None = None
        self._lock = asyncio.Lock()  # one sync or (re)connect at a time
        self._connecting: asyncio.Task[None] | None = None
        self._sync_later: CALLBACK_TYPE | None = None
        self._dirty = Dirty()  # what changed since the last sync
        self._keep_alives = 0
        self._unsubscribe: list[Callable[[], None]] = []
        self._listener_port = config.listener_port
        self.listening = True  # the event port is bound: PC control may go on
        self._stopped = False

    # --- wiring ------------------------------------------------------------------------

    def attach(
        self,
        hardware: dict[str, AccessPointHardware],
        compound: CompoundController,
        registry: CompoundRegistry,
        visitors: VisitorPasses,
        marks: EventMarks,
    ) -> None:
        """Give the link the access points its doors are, and what it syncs from."""
        self.doors = {
            door: hardware[access_point_id]
            for door, access_point_id in self.config.doors.items()
            if access_point_id in hardware
        }
        for access_point in self.doors.values():
            actuator = self.actuators[access_point.access_point.id]
            if (gate := access_point.gate) is not None:
                actuator.delay = max(DEFAULT_DELAY, min(round(gate.pulse), 255))
                actuator.held = partial(getattr, gate, "held_open")
        self.registry = registry
        self.visitors = visitors
        self.backfill = Backfill(self, compound, marks)

    async def async_start(self) -> None:
        """Listen for events, follow the registry, and connect in the background."""
        assert self.backfill is not None  # noqa: S101 - attach() comes first
        try:
            self._listener_port, stop = await async_listen(
                self.hass, self.config.listener_port, self.config.serial, self.backfill.on_event
            )
        except OSError as err:
            # No events: the controller keeps deciding (no PC control), its list kept right.
            LOGGER.error("%s: cannot listen on port %s: %s", self.title, self._listener_port, err)
            self.listening = False
        else:
            self._unsubscribe.append(stop)
        collections = {
            Changed.LEVELS: self.registry.levels,
            Changed.HOUSEHOLDS: self.registry.households,
            Changed.PEOPLE: self.registry.people,
            Changed.CARDS: self.registry.cards,
            Changed.VEHICLES: self.registry.vehicles,
            Changed.PASSES: self.visitors.records,
        }
        for source, records in collections.items():
            self._unsubscribe.append(
                records.async_add_change_set_listener(partial(self._on_change, source))
            )
        self._unsubscribe.extend(
            (
                async_track_time_interval(self.hass, self._keep_alive, KEEP_ALIVE),
                async_track_time_interval(self.hass, self._hourly, RECONCILE_EVERY),
                async_track_time_interval(self.hass, self._daily, CLOCK_EVERY),
            )
        )
        self._connect_in_background()

    async def async_stop(self) -> None:
        """Stop following; give decisions back to the controller and save the read mark."""
        if self._stopped:
            return
        self._stopped = True
        while self._unsubscribe:
            self._unsubscribe.pop()()
        if self._sync_later is not None:
            self._sync_later()
            self._sync_later = None
        if self._connecting is not None:
            self._connecting.cancel()
        if self.data.connected:
            try:
                async with asyncio.timeout(STOP_TIMEOUT):
                    await self.client.set_pc_control(enable=False)
            except (ControllerError, TimeoutError) as err:
                LOGGER.warning("%s: PC control not turned off at stop: %s", self.title, err)
        if self.backfill is not None:
            await self.backfill.marks.async_save_now()
        for what in ("unreachable", "shortfall"):  # a removed controller leaves none behind
            ir.async_delete_issue(self.hass, DOMAIN, self._issue(what))

    # --- connection ----------------------------------------------------------------------

    def _connect_in_background(self) -> None:
        if self._stopped or (self._connecting is not None and not self._connecting.done()):
            return
        self._connecting = self.config_entry.async_create_background_task(
            self.hass, self._async_connect(), f"{DOMAIN} connect {self.title}"
        )

    async def _async_connect(self) -> None:
        """Take the controller over, read what happened meanwhile, then reconcile."""
        assert self.backfill is not None  # noqa: S101
        try:
            async with self._lock:
                await self.client.get_controller()
                await self.client.set_time(dt_util.now().replace(tzinfo=None))
                if self.listening:
                    host = await self._listener_host()
                    await self.client.set_listener(host, self._listener_port)
                await self.client.record_special_events(enable=True)
                for door, access_point in self.doors.items():
                    # Doors held open stay open; no door is set back to controlled here: one
                    # the fire release left open stays so until the release itself ends.
                    actuator = self.actuators[access_point.access_point.id]
                    if access_point.gate is not None and access_point.gate.held_open:
                        await self.client.set_door_control(
                            door, DoorMode.NORMALLY_OPEN, actuator.delay
                        )
                    mode = await self.client.get_door_mode(door)
                    actuator.normally_open = mode == DoorMode.NORMALLY_OPEN
                await self.client.set_pc_control(enable=self.listening)
                status = await self.client.get_status()
                self._set(connected=True)
                ir.async_delete_issue(self.hass, DOMAIN, self._issue("unreachable"))
                LOGGER.info("Controller %s connected", self.title)
                self.backfill.door_baselines(status)
                await self.backfill.async_catch_up(status)
                await self._async_sync_locked(full=True)
        except ControllerError as err:
            self._went_silent(err)

    async def _listener_host(self) -> str:
        if self.config.listener_host:
            return self.config.listener_host
        return await network.async_get_source_ip(self.hass, target_ip=self.config.host)

    def _went_silent(self, err: ControllerError) -> None:
        if self._stopped:  # a request that was in flight at the unload
            return
        if self.backfill is not None:
            self.backfill.reset()
        if self.data.connected:
            LOGGER.warning("Controller %s stopped answering: %s", self.title, err)
        else:
            LOGGER.debug("Controller %s does not answer: %s", self.title, err)
        self._set(connected=False)
        ir.async_create_issue(
            self.hass,
            DOMAIN,
            self._issue("unreachable"),
            is_fixable=False,
            severity=ir.IssueSeverity.ERROR,
            translation_key="controller_unreachable",
            translation_placeholders={"controller": self.title, "host": self.config.host},
        )

    def _issue(self, what: str) -> str:
        return f"controller_{what}_{self.config_entry.entry_id}_{self.id}"

    @callback
    def _set(self, **changes: Any) -> None:
        self.async_set_updated_data(replace(self.data, **changes))

    async def _keep_alive(self, _now: datetime) -> None:
        if not self.data.connected:
            self._connect_in_background()
            return
        self._keep_alives += 1
        try:
            await self.client.set_pc_control(enable=self.listening)
            if self._keep_alives % CARD_COUNT_EVERY == 0 and self.believed is not None:
                count = await self.client.get_card_count()
                if count != len(self.believed.cards) and not self._lock.locked():
                    LOGGER.info("Controller %s lost cards (%d held)", self.title, count)
                    self.believed = None
                    self._connect_in_background()
        except ControllerError as err:
            self._went_silent(err)

    async def _hourly(self, _now: datetime) -> None:
        await self.async_sync(full=True)

    async def _daily(self, _now: datetime) -> None:
        try:
            await self.client.set_time(dt_util.now().replace(tzinfo=None))
        except ControllerError as err:
            self._went_silent(err)

    @callback
    def async_rebooted(self) -> None:
        """Take the controller over again after it powered up, and reconcile in full."""
        LOGGER.info("Controller %s restarted", self.title)
        self.believed = None
        if self.backfill is not None:
            self.backfill.reset()
        self._set(connected=False)
        self._connect_in_background()

    # --- the card list -----------------------------------------------------------------

    async def _on_change(
        self, source: Changed, changes: Iterable[collection.CollectionChange]
    ) -> None:
        self._dirty.note(source, changes, self.registry.engine)
        if self._sync_later is None and not self._stopped:
            self._sync_later = async_call_later(self.hass, SYNC_DELAY, self._sync_now)

    @callback
    def _sync_now(self, _now: datetime) -> None:
        self._sync_later = None
        self.config_entry.async_create_background_task(
            self.hass, self.async_sync(), f"{DOMAIN} sync {self.title}"
        )

    async def async_sync(self, *, full: bool = False) -> None:
        """Bring the controller's list in line (a diff against what it holds)."""
        if not self.data.connected:
            return  # the reconnect reconciles in full
        try:
            async with self._lock:
                await self._async_sync_locked(full=full)
        except ControllerError as err:
            self._went_silent(err)

    async def _async_sync_locked(self, *, full: bool) -> None:
        try:
            await self._async_plan_and_send(full=full)
        except BaseException:
            # What was planned may be half sent, or the changes noted lost: plan in full
            # (a diff against what the controller holds) next time.
            self.intended = None
            raise

    async def _async_plan_and_send(self, *, full: bool) -> None:
        dirty, self._dirty = self._dirty, Dirty()
        layout = ControllerLayout(
            {door: hw.access_point for door, hw in self.doors.items()},
            self.config.wiegand_bits,
            self.config.capacity,
        )
        planner = SyncPlanner(layout, self.registry.engine, self.visitors.book, dt_util.now())
        current, previous = self.believed, self.intended
        if not full and not dirty.everything and current is not None and previous is not None:
            # The controller holds what was last planned: plan the changed alone, with
            # whoever held a changed card's number before (a card given to someone else).
            people = dirty.people | previous_holders(planner, previous, dirty.cards)
            operations, intended = planner.incremental(previous, people, dirty.passes)
        else:
            if full or current is None:
                current = await read_state(self.client)
                self.believed = current
            intended = planner.intended(current.profiles)
            operations = plan(current, intended.state)
        done: list[SyncOperation] = []
        try:
            await send(self.client, operations, done.append)
        finally:
            self.believed = apply(current, done)
        self.intended = intended
        if operations:
            LOGGER.debug("Controller %s: %d changes sent", self.title, len(operations))
        self._capacity_issue(intended.shortfall)
        self._set(
            card_count=len(self.believed.cards),
            last_sync=dt_util.utcnow(),
            shortfall=intended.shortfall,
        )

    def _capacity_issue(self, shortfall: Shortfall) -> None:
        issue_id = self._issue("shortfall")
        if not shortfall:
            ir.async_delete_issue(self.hass, DOMAIN, issue_id)
            return
        ir.async_create_issue(
            self.hass,
            DOMAIN,
            issue_id,
            is_fixable=False,
            severity=ir.IssueSeverity.WARNING,
            translation_key="controller_shortfall",
            translation_placeholders={
                "controller": self.title,
                "cards": str(shortfall.cards),
                "profiles": str(shortfall.profiles),
                "unrepresentable": str(shortfall.unrepresentable),
                "pin_conflicts": str(shortfall.pin_conflicts),
                "capacity": str(self.config.capacity),
            },
        )

    def diagnostics(self) -> dict[str, Any]:
        """Return the link's state for a diagnostics file (no card numbers)."""
        health = self.data
        return {
            "connected": health.connected,
            "doors": sorted(self.doors),
            "transport": self.config.transport,
            "wiegand_bits": self.config.wiegand_bits,
            "capacity": self.config.capacity,
            "card_count": health.card_count,
            "event_index": health.event_index,
            "last_sync": health.last_sync.isoformat() if health.last_sync else None,
            "shortfall": asdict(health.shortfall),
            "read_back_late": self.backfill.late if self.backfill else 0,
            "overwritten_before_read": self.backfill.lost if self.backfill else 0,
        }

    @override
    async def _async_update_data(self) -> ControllerHealth:
        return self.data
