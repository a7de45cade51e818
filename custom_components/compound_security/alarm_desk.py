"""The guard room's alarm desk: snapshots, notifications, escalation, acknowledgement.

Every alarm the controller publishes is kept open until someone acknowledges or closes it
(or its cause goes away). At once the desk stores a snapshot from the access point's
camera and notifies the targets the routes name (plus the family for watch-list passages
and vehicle thefts); a notification waits a few seconds for the snapshot, to carry it as
a signed link (`snapshot_links.py`): the picture of the moment, no camera entity needed.
A failed snapshot or notification never holds up or breaks the alarm; a failed
notification is retried once. Staff get the system language, a family each person's own.
Persistent notifications, which every user reads, are never told: the guard room's view
is the console's alarm desk.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial
from typing import TYPE_CHECKING, Any, override

from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers.event import async_call_later
from homeassistant.helpers.update_coordinator import DataUpdateCoordinator
from homeassistant.util import dt as dt_util

from .alarm_buttons import PhoneButtons
from .alarm_notice import family_of, language_of, notification
from .audit_log import AuditLog
from .const import DOMAIN, EVENT_ALARM_UPDATED, LOGGER
from .controller import PRIVATE_KINDS, CompoundController
from .coordinator import ActivityCoordinator, AlarmCleared, CompoundSecurityConfigEntry
from .engine.audit import to_ts
from .engine.bounds import SHARED_TARGETS
from .engine.decision import Alarm, AlarmKind
from .engine.errors import RuleError
from .engine.routing import Route, recipients
from .snapshot_links import signed_link, snapshot_url

if TYPE_CHECKING:
    from .cameras import CameraCoordinator
    from .hardware import AccessPointHardware

RETRY_DELAY = 2.0
SNAPSHOT_WAIT = 8.0  # seconds a notification waits for its alarm's picture
MOBILE_ACTION_EVENT = "mobile_app_notification_action"


@dataclass(slots=True)
class OpenAlarm:
    """An alarm nobody has handled yet."""

    alarm_id: str
    kind: str
    access_point_id: str | None
    household_id: str | None
    time: datetime


class AlarmDesk(DataUpdateCoordinator[dict[str, OpenAlarm]]):
    """One compound's open alarms (the data its entities show) and what happens to them."""

    config_entry: CompoundSecurityConfigEntry

    def __init__(  # noqa: PLR0913  # each collaborator is passed in, none looked up
        self,
        hass: HomeAssistant,
        entry: CompoundSecurityConfigEntry,
        *,
        controller: CompoundController,
        audit: AuditLog,
        activity: ActivityCoordinator,
        cameras: Mapping[str, CameraCoordinator],
        hardware: Mapping[str, AccessPointHardware],
        routes: list[Route],
        escalate_after: timedelta | None = None,
        escalation_targets: tuple[str, ...] = (),
    ) -> None:
        """Prepare; `async_start` loads the open alarms and starts listening."""
        super().__init__(hass, LOGGER, config_entry=entry, name=f"{DOMAIN} alarm desk")
        self.entry = entry
        self.controller = controller
        self.audit = audit
        self.activity = activity
        self.cameras = cameras
        self.hardware = hardware
        self.routes = routes
        self.escalate_after = escalate_after
        self.escalation_targets = escalation_targets
        self.open: dict[str, OpenAlarm] = {}
        self.data = self.open
        # The access points whose alarms the last announced changes touched, so only their
        # entities recompute and write their state.
        self.changed_at: frozenset[str | None] = frozenset()
        self._changing: set[str | None] = set()
        self._announcing: asyncio.Handle | None = None
        self._escalations: dict[str, CALLBACK_TYPE] = {}
        self._seen: object = activity.data.latest

    @override
    async def _async_update_data(self) -> dict[str, OpenAlarm]:
        return self.open  # pushed only; nothing to fetch

    async def async_start(self) -> None:
        """Load the alarms still open and follow new ones and mobile-app buttons."""
        for row in await self.audit.async_active_alarms():
            self.open[row["alarm_id"]] = OpenAlarm(
                row["alarm_id"],
                row["kind"],
                row["access_point_id"],
                row["household_id"],
                dt_util.parse_datetime(row["time"]) or dt_util.now(),
            )
        self.entry.async_on_unload(self.activity.async_add_listener(self._on_activity))
        self.entry.async_on_unload(
            self.hass.bus.async_listen(MOBILE_ACTION_EVENT, PhoneButtons(self).async_handle)
        )
        self.entry.async_on_unload(self._cancel_escalations)
        self.entry.async_on_unload(self._cancel_announcement)

    def open_by_kind(self) -> dict[str, int]:
        """Return the number of open alarms of each kind that entities may show.

        Every user reads every entity, so watch and police alarms are not counted there.
        """
        counts: dict[str, int] = {}
        for alarm in self.open.values():
            if alarm.kind not in PRIVATE_KINDS:
                counts[alarm.kind] = counts.get(alarm.kind, 0) + 1
        return counts

    def shown_at(self, access_point_id: str) -> list[OpenAlarm]:
        """Return the open alarms of one access point that entities may show."""
        return [a for a in self.active_at(access_point_id) if a.kind not in PRIVATE_KINDS]

    def active_at(self, access_point_id: str) -> list[OpenAlarm]:
        """Return the open alarms of one access point."""
        return [a for a in self.open.values() if a.access_point_id == access_point_id]

    def camera_for(self, access_point_id: str | None) -> CameraCoordinator | None:
        """Return the first camera attached to an access point."""
        if access_point_id is None:
            return None
        for monitor in self.cameras.values():
            if access_point_id in monitor.access_points:
                return monitor
        return None

    # --- new alarms ------------------------------------------------------------------

    @callback
    def _on_activity(self) -> None:
        latest = self.activity.data.latest
        if latest is self._seen:  # a decision count reset, or nothing new for the desk
            return
        self._seen = latest
        if isinstance(latest, Alarm):
            self._on_alarm(latest)
        elif isinstance(latest, AlarmCleared):
            self._on_cleared(latest.alarm)

    @callback
    def _on_alarm(self, alarm: Alarm) -> None:
        self.open[alarm.alarm_id] = OpenAlarm(
            alarm.alarm_id, alarm.kind.value, alarm.access_point_id, alarm.household_id, alarm.time
        )
        self._changed(alarm.access_point_id)
        camera = (
            self.cameras.get(alarm.camera_id)
            if alarm.camera_id
            else self.camera_for(alarm.access_point_id)
        )
        if alarm.kind is AlarmKind.CAMERA_OFFLINE or alarm.late:
            # Its picture is what is missing; a late alarm's moment is past (read back
            # from a controller's log): a picture of now would show the wrong scene.
            camera = None
        snapshot: asyncio.Task[bool] | None = None
        if camera is not None:
            snapshot = self.entry.async_create_background_task(
                self.hass, self._snapshot(camera, alarm), f"{DOMAIN} snapshot {alarm.alarm_id}"
            )
        self.entry.async_create_background_task(
            self.hass, self._notify(alarm, snapshot), f"{DOMAIN} notify {alarm.alarm_id}"
        )
        if self.escalate_after and self.escalation_targets:
            self._escalations[alarm.alarm_id] = async_call_later(
                self.hass, self.escalate_after, partial(self._escalate, alarm)
            )

    @callback
    def _on_cleared(self, alarm: Alarm) -> None:
        """Forget an alarm whose cause went away (a door closed, a camera came back)."""
        self._handled(alarm.alarm_id)

    async def _snapshot(self, camera: CameraCoordinator, alarm: Alarm) -> bool:
        """Store the alarm's picture; return whether there is one."""
        path = await camera.async_snapshot(alarm.alarm_id, alarm.time)
        if path is None:
            LOGGER.warning("No snapshot from %s for alarm %s", camera.name, alarm.alarm_id)
            return False
        await self.audit.async_set_alarm_state(alarm.alarm_id, {"snapshot": path})
        self.hass.bus.async_fire(
            EVENT_ALARM_UPDATED,
            {"alarm_id": alarm.alarm_id, "snapshot": snapshot_url(alarm.alarm_id)},
        )
        return True

    async def _picture(self, alarm: Alarm, snapshot: asyncio.Task[bool] | None) -> str | None:
        """Return the signed link to the alarm's picture, once stored (waiting a little)."""
        if snapshot is None:
            return None
        try:
            async with asyncio.timeout(SNAPSHOT_WAIT):
                stored = await asyncio.shield(snapshot)
        except TimeoutError:
            return None  # the notification goes without its picture
        return signed_link(self.hass, alarm.alarm_id, dt_util.utcnow()) if stored else None

    async def _notify(self, alarm: Alarm, snapshot: asyncio.Task[bool] | None) -> None:
        family, listed_by = family_of(self.controller.registry.engine, alarm)
        targets = recipients(alarm.kind.value, self.routes, family)
        if not targets:
            return
        picture = await self._picture(alarm, snapshot)
        staff = set(recipients(alarm.kind.value, self.routes))
        await asyncio.gather(
            *(
                self._send_alarm(
                    target,
                    alarm,
                    picture,
                    language=None
                    if target in staff
                    else language_of(self.hass, self.controller.registry.engine, target, listed_by),
                )
                for target in targets
            )
        )

    async def _send_alarm(
        self,
        target: str,
        alarm: Alarm,
        picture: str | None,
        *,
        language: str | None = None,
        escalated: bool = False,
    ) -> None:
        """Send one alarm to one target, never to one that every user reads."""
        if target in SHARED_TARGETS:
            LOGGER.warning("Alarms are not sent to %s: every user reads it", target)
            return
        payload = notification(
            self.controller,
            alarm,
            picture,
            language=language,
            escalated_after=self.escalate_after if escalated else None,
        )
        await self._send(target, *payload)

    @callback
    def _escalate(self, alarm: Alarm, _now: datetime) -> None:
        self._escalations.pop(alarm.alarm_id, None)
        if alarm.alarm_id not in self.open:
            return
        LOGGER.warning("Alarm %s not acknowledged in time: escalating", alarm.alarm_id)
        self.entry.async_create_background_task(
            self.hass, self._async_escalate(alarm), f"{DOMAIN} escalate {alarm.alarm_id}"
        )

    async def _async_escalate(self, alarm: Alarm) -> None:
        row = await self.audit.async_get_alarm(alarm.alarm_id)
        picture = (
            signed_link(self.hass, alarm.alarm_id, dt_util.utcnow())
            if row is not None and row["snapshot"]
            else None
        )
        await asyncio.gather(
            *(
                self._send_alarm(target, alarm, picture, escalated=True)
                for target in self.escalation_targets
            )
        )

    async def _send(
        self,
        target: str,
        title: str,
        message: str,
        data: dict[str, Any],
    ) -> None:
        """Call one notify target; retry once after a failure; never raise."""
        name = target.removeprefix("notify.")
        if self.hass.services.has_service("notify", name):
            service, payload = name, {"title": title, "message": message, "data": data}
        elif self.hass.states.get(target) is not None:
            service, payload = "send_message", {"entity_id": target, "title": title}
            payload["message"] = message
        else:
            LOGGER.warning("Notify target %s does not exist; alarm not sent there", target)
            return
        for attempt in (1, 2):
            try:
                await self.hass.services.async_call("notify", service, payload, blocking=True)
            except (HomeAssistantError, OSError, TimeoutError, ValueError) as err:
                if attempt == 2:  # noqa: PLR2004
                    LOGGER.error("Notifying %s failed twice: %s", target, err)
                    return
                LOGGER.warning("Notifying %s failed (%s); retrying once", target, err)
                await asyncio.sleep(RETRY_DELAY)
            else:
                return

    # --- handling ---------------------------------------------------------------------

    async def async_acknowledge(self, alarm_id: str, who: str | None, note: str | None) -> None:
        """Mark an alarm acknowledged: it stops escalating and leaves the open count."""
        await self._handle(alarm_id, "acknowledged", who, note)

    async def async_close(self, alarm_id: str, who: str | None, note: str | None) -> None:
        """Close an alarm (acknowledging it too, if nobody had)."""
        await self._handle(alarm_id, "closed", who, note)

    async def _handle(self, alarm_id: str, state: str, who: str | None, note: str | None) -> None:
        row = await self.async_get(alarm_id)
        if row["state"] == "closed":
            raise RuleError("alarm_closed", alarm_id=alarm_id)
        now = to_ts(dt_util.now())
        values: dict[str, Any] = {"state": state}
        if state == "closed":
            values["closed_at"] = now
        if row["acknowledged_at"] is None:
            values |= {"acknowledged_by": who, "acknowledged_at": now}
        if note:
            values["note"] = note
        await self.audit.async_set_alarm_state(alarm_id, values)
        self._handled(alarm_id)
        self.hass.bus.async_fire(
            EVENT_ALARM_UPDATED, {"alarm_id": alarm_id, "state": state, "by": who}
        )

    async def async_get(self, alarm_id: str) -> dict[str, Any]:
        """Return an alarm's record, or raise `alarm_not_found`."""
        row = await self.audit.async_get_alarm(alarm_id)
        if row is None:
            raise RuleError("alarm_not_found", alarm_id=alarm_id)
        return row

    @callback
    def _handled(self, alarm_id: str) -> None:
        if (cancel := self._escalations.pop(alarm_id, None)) is not None:
            cancel()
        if (handled := self.open.pop(alarm_id, None)) is not None:
            self._changed(handled.access_point_id)

    @callback
    def _changed(self, access_point_id: str | None) -> None:
        """Tell the entities, once per turn of the loop: a burst of alarms writes once."""
        self._changing.add(access_point_id)
        if self._announcing is None:
            self._announcing = self.hass.loop.call_soon(self._announce)

    @callback
    def _announce(self) -> None:
        self._announcing = None
        self.changed_at, self._changing = frozenset(self._changing), set()
        self.async_set_updated_data(self.open)

    @callback
    def _cancel_announcement(self) -> None:
        if self._announcing is not None:
            self._announcing.cancel()
            self._announcing = None

    @callback
    def _cancel_escalations(self) -> None:
        for cancel in self._escalations.values():
            cancel()
        self._escalations.clear()
