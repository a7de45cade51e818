"""Event entities: one per access point, firing on every decision and alarm there.

Attributes carry the reason and credential kind only: no card numbers or person ids,
because the recorder keeps entity history.
"""

from __future__ import annotations

from homeassistant.components.event import EventEntity
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .controller import PRIVATE_KINDS
from .coordinator import ActivityCoordinator, CompoundSecurityConfigEntry
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
    activity = entry.runtime_data.activity
    for access_point in entry.runtime_data.access_points.values():
        async_add_entities(
            [AccessPointEvent(activity, access_point)], config_subentry_id=access_point.id
        )


class AccessPointEvent(AccessPointEntity[ActivityCoordinator], EventEntity):
    """Granted, denied and alarm events at one access point."""

    _attr_event_types = ["granted", "denied", "alarm"]  # noqa: RUF012  # HA's own attribute

    def __init__(self, activity: ActivityCoordinator, access_point: AccessPointSettings) -> None:
        """Name it after the access point."""
        super().__init__(activity, access_point, "access")
        self._seen: object = activity.data.latest  # what happened before we were added

    @callback
    def _handle_coordinator_update(self) -> None:
        """Fire for a decision or a shown alarm here; anything else changes nothing."""
        latest = self.coordinator.data.latest
        if latest is self._seen:
            return
        self._seen = latest
        if isinstance(latest, Decision) and latest.access_point_id == self.access_point.id:
            self._trigger_event(
                "granted" if latest.granted else "denied",
                {
                    "reason": latest.reason.value,
                    "credential": latest.credential.value,
                    "direction": latest.direction.value,
                },
            )
        elif (
            isinstance(latest, Alarm)
            and latest.access_point_id == self.access_point.id
            and latest.kind not in PRIVATE_KINDS  # every user reads entities: no watch facts
        ):
            self._trigger_event(
                "alarm",
                {
                    "kind": latest.kind.value,
                    "severity": latest.severity.value,
                    "alarm_id": latest.alarm_id,
                },
            )
        else:
            return
        self.async_write_ha_state()
