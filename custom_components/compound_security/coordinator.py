"""The runtime data of a loaded compound and its push coordinators.

Everything that changes pushes through a coordinator, and entities follow coordinators:
- `ActivityCoordinator`: each raised and cleared alarm of the compound, and the count of
  today's decisions, announced once per turn of the loop (the alarm desk, the counter);
  it hands each decision and alarm to the `AccessPointActivity` of its access point (the
  event entity), so a decision wakes one event entity, not one per access point;
- `AccessPointCoordinator`: one access point's readers and gate;
- `RegistryCoordinator`: the registry's totals, recomputed (debounced) after changes;
- `AlarmDesk` (`alarm_desk.py`): the open alarms;
- `UsageTracker` (`usage_tracker.py`): the usage analysis;
- `MeterBusCoordinator` and `CameraCoordinator` (`meter_poller.py`, `cameras.py`) poll.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any, override

from homeassistant.config_entries import ConfigEntry
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers.debounce import Debouncer
from homeassistant.helpers.event import async_track_time_change
from homeassistant.helpers.update_coordinator import DataUpdateCoordinator
from homeassistant.util import dt as dt_util

from .const import DOMAIN, LOGGER
from .engine.decision import Alarm, Decision
from .engine.settings import AccessPointSettings, CompoundSettings

if TYPE_CHECKING:  # modules that take the config entry type from here
    from .alarm_desk import AlarmDesk
    from .audit_log import AuditLog
    from .cameras import CameraCoordinator
    from .controller import CompoundController
    from .controller_link import ControllerLink
    from .elevator_watch import ElevatorWatch
    from .fire import FireRelease
    from .hardware import AccessPointHardware
    from .isapi_events import CameraEventStream
    from .meter_poller import MeterBusCoordinator
    from .registry import CompoundRegistry
    from .usage_tracker import UsageTracker
    from .visitor_passes import VisitorPasses


@dataclass(slots=True)
class CompoundSecurityData:
    """What a loaded compound keeps at run time; built whole by `async_setup_entry`."""

    settings: CompoundSettings
    registry: CompoundRegistry  # this compound's households, people, cards and vehicles
    registry_totals: RegistryCoordinator
    access_points: dict[str, AccessPointSettings]
    audit: AuditLog
    activity: ActivityCoordinator
    controller: CompoundController
    usage: UsageTracker
    fire: FireRelease
    hardware: dict[str, AccessPointHardware]
    cameras: dict[str, CameraCoordinator]
    meter_buses: dict[str, MeterBusCoordinator]
    desk: AlarmDesk
    visitors: VisitorPasses  # visitor passes (PIN and QR), decided by the controller
    controllers: dict[str, ControllerLink] = field(default_factory=dict)  # UHPPOTE boards
    event_streams: dict[str, CameraEventStream] = field(default_factory=dict)  # ISAPI cameras
    elevator_watches: list[ElevatorWatch] = field(default_factory=list)  # Frigate, e-bikes


type CompoundSecurityConfigEntry = ConfigEntry[CompoundSecurityData]


@dataclass(frozen=True, slots=True)
class AlarmCleared:
    """An alarm whose cause went away (a door closed, a camera came back)."""

    alarm: Alarm


@dataclass(frozen=True, slots=True)
class Activity:
    """The compound's latest happening and today's count of decisions."""

    decisions_today: int = 0
    latest: Decision | Alarm | AlarmCleared | None = None


class ActivityCoordinator(DataUpdateCoordinator[Activity]):
    """Pushes every decision and alarm of one compound to whoever follows it."""

    config_entry: CompoundSecurityConfigEntry

    def __init__(
        self,
        hass: HomeAssistant,
        entry: CompoundSecurityConfigEntry,
        decisions_today: int,
        access_point_ids: Iterable[str],
    ) -> None:
        """Start from today's count in the access log; count again from midnight."""
        super().__init__(hass, LOGGER, config_entry=entry, name=f"{DOMAIN} activity")
        self.data = Activity(decisions_today)
        self.at = {ap_id: AccessPointActivity(hass, entry, ap_id) for ap_id in access_point_ids}
        self._counting: asyncio.Handle | None = None
        entry.async_on_unload(
            async_track_time_change(hass, self._midnight, hour=0, minute=0, second=0)
        )
        entry.async_on_unload(self._cancel_count)

    @callback
    def async_decided(self, decision: Decision) -> None:
        """Announce a decision to its access point now, and count it.

        The compound's followers (the counter) hear of the count once per turn of the
        event loop: a burst of decisions writes the counter's state once, after the
        replies, and every decision is counted.
        """
        if (here := self.at.get(decision.access_point_id)) is not None:
            here.async_set_updated_data(decision)
        self.data = Activity(self.data.decisions_today + 1, decision)
        if self._counting is None:
            self._counting = self.hass.loop.call_soon(self._announce_count)

    @callback
    def _announce_count(self) -> None:
        self._counting = None
        self.async_set_updated_data(self.data)

    @callback
    def _cancel_count(self) -> None:
        if self._counting is not None:
            self._counting.cancel()
            self._counting = None

    @callback
    def async_raised(self, alarm: Alarm) -> None:
        """Announce a new alarm: to its access point (if it has one), then to the compound."""
        if (here := self.at.get(alarm.access_point_id or "")) is not None:
            here.async_set_updated_data(alarm)
        self.async_set_updated_data(replace(self.data, latest=alarm))

    @callback
    def async_cleared(self, alarm: Alarm) -> None:
        """Announce an alarm whose cause went away."""
        self.async_set_updated_data(replace(self.data, latest=AlarmCleared(alarm)))

    @callback
    def _midnight(self, _now: datetime) -> None:
        self.async_set_updated_data(Activity(0, None))

    @override
    async def _async_update_data(self) -> Activity:
        return self.data  # pushed only; nothing to fetch


class AccessPointActivity(DataUpdateCoordinator[Decision | Alarm | None]):
    """The latest decision or alarm at one access point; its event entity follows it."""

    config_entry: CompoundSecurityConfigEntry

    def __init__(
        self, hass: HomeAssistant, entry: CompoundSecurityConfigEntry, access_point_id: str
    ) -> None:
        """Start with nothing seen."""
        super().__init__(
            hass, LOGGER, config_entry=entry, name=f"{DOMAIN} activity {access_point_id}"
        )
        self.data = None

    @override
    async def _async_update_data(self) -> Decision | Alarm | None:
        return self.data  # pushed only; nothing to fetch


@dataclass(frozen=True, slots=True)
class AccessPointState:
    """What one access point's entities show."""

    readers: Mapping[str, bool] = field(default_factory=dict)  # which -> line connected
    gate_open: bool = False
    gate_held_open: bool = False
    gate_available: bool = True


class AccessPointCoordinator(DataUpdateCoordinator[AccessPointState]):
    """Pushes one access point's reader lines and gate state to its entities."""

    config_entry: CompoundSecurityConfigEntry

    def __init__(
        self,
        hass: HomeAssistant,
        entry: CompoundSecurityConfigEntry,
        access_point: AccessPointSettings,
    ) -> None:
        """Start with no reader connected and the gate closed."""
        super().__init__(
            hass, LOGGER, config_entry=entry, name=f"{DOMAIN} access point {access_point.id}"
        )
        self.access_point = access_point
        self.data = AccessPointState()

    @override
    async def _async_update_data(self) -> AccessPointState:
        return self.data  # pushed only; nothing to fetch


REGISTRY_DEBOUNCE = 1.0  # seconds: an import of a thousand records recomputes once


class RegistryCoordinator(DataUpdateCoordinator[dict[str, Any]]):
    """The registry's totals (no names), recomputed after every change, debounced."""

    config_entry: CompoundSecurityConfigEntry

    def __init__(
        self, hass: HomeAssistant, entry: CompoundSecurityConfigEntry, registry: CompoundRegistry
    ) -> None:
        """Follow every collection of `registry` until the entry unloads."""
        super().__init__(
            hass,
            LOGGER,
            config_entry=entry,
            name=f"{DOMAIN} registry",
            request_refresh_debouncer=Debouncer(
                hass, LOGGER, cooldown=REGISTRY_DEBOUNCE, immediate=False
            ),
        )
        self.registry = registry
        for records in (registry.households, registry.people, registry.cards, registry.vehicles):
            entry.async_on_unload(records.async_add_change_set_listener(self._on_change))

    async def _on_change(self, _changes: object) -> None:
        await self.async_request_refresh()

    @override
    async def _async_update_data(self) -> dict[str, Any]:
        return self.registry.engine.statistics(dt_util.now().date())
