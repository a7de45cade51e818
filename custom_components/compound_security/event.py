"""Event entities: one per access point, firing on every decision and alarm there.

Attributes carry the reason and credential kind only: no card numbers or person ids,
because the recorder keeps entity history.
"""

from __future__ import annotations

from homeassistant.components.event import EventEntity
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers.dispatcher import async_dispatcher_connect
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .controller import PRIVATE_KINDS, signal_alarm, signal_decision
from .data import CompoundSecurityConfigEntry
from .engine.decision import Alarm, Decision
from .engine.settings import AccessPointSettings
from .entity import AccessPointEntity

PARALLEL_UPDATES = 0


async def async_setup_entry(
    hass: HomeAssistant,  # noqa: ARG001
    entry: CompoundSecurityConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add an event entity per access point."""
    for access_point in entry.runtime_data.access_points.values():
        async_add_entities(
            [AccessPointEvent(entry, access_point)], config_subentry_id=access_point.id
        )


class AccessPointEvent(AccessPointEntity, EventEntity):
    """Granted, denied and alarm events at one access point."""

    _attr_event_types = ["granted", "denied", "alarm"]  # noqa: RUF012  # HA's own attribute

    def __init__(
        self, entry: CompoundSecurityConfigEntry, access_point: AccessPointSettings
    ) -> None:
        """Name it after the access point."""
        super().__init__(entry, access_point, "access")

    async def async_added_to_hass(self) -> None:
        """Follow the compound's decisions and alarms."""
        await super().async_added_to_hass()
        self.async_on_remove(
            async_dispatcher_connect(
                self.hass, signal_decision(self.entry.entry_id), self._on_decision
            )
        )
        self.async_on_remove(
            async_dispatcher_connect(self.hass, signal_alarm(self.entry.entry_id), self._on_alarm)
        )

    @callback
    def _on_decision(self, decision: Decision) -> None:
        if decision.access_point_id != self.access_point.id:
            return
        self._trigger_event(
            "granted" if decision.granted else "denied",
            {
                "reason": decision.reason.value,
                "credential": decision.credential.value,
                "direction": decision.direction.value,
            },
        )
        self.async_write_ha_state()

    @callback
    def _on_alarm(self, alarm: Alarm) -> None:
        if alarm.access_point_id != self.access_point.id or alarm.kind in PRIVATE_KINDS:
            return  # every user reads entities: no watch or police facts here
        self._trigger_event(
            "alarm",
            {
                "kind": alarm.kind.value,
                "severity": alarm.severity.value,
                "alarm_id": alarm.alarm_id,
            },
        )
        self.async_write_ha_state()
