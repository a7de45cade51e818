"""Event entities: one per access point, firing on every decision and alarm there.

Attributes carry the reason and credential kind only: no card numbers or person ids,
because the recorder keeps entity history.
"""

from __future__ import annotations

from homeassistant.components.event import EventEntity
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .controller import PRIVATE_KINDS
from .coordinator import AccessPointActivity, CompoundSecurityConfigEntry
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
            [AccessPointEvent(activity.at[access_point.id], access_point)],
            config_subentry_id=access_point.id,
        )


class AccessPointEvent(AccessPointEntity[AccessPointActivity], EventEntity):
    """Granted, denied and alarm events at one access point."""

    _attr_event_types = ["granted", "denied", "alarm"]  # noqa: RUF012  # HA's own attribute

    def __init__(self, activity: AccessPointActivity, access_point: AccessPointSettings) -> None:
        """Name it after the access point; `activity` has this access point's happenings."""
        super().__init__(activity, access_point, "access")

    @callback
    def _handle_coordinator_update(self) -> None:
        """Fire for a decision or a shown alarm here; anything else changes nothing."""
        latest = self.coordinator.data
        if isinstance(latest, Decision):
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
