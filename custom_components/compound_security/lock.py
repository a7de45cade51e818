"""The gate of each access point as a lock: locked is closed.

`open` lets one person through; `unlock` holds the gate open until `lock` (deliveries,
emergencies). Only admins and automations may operate it: Home Assistant lets every
logged-in user call every action, so the check is ours (`permissions.py`). A command the
gate's actuator does not take raises a translated error and makes the lock unavailable
until one does.

A hold survives a reload or restart (restored from the entity's last state); any other
gate is sent its close command at start, so the relay and the entity agree.
"""

from __future__ import annotations

from typing import Any

from homeassistant.components.lock import LockEntity
from homeassistant.components.lock.const import LockEntityFeature
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback
from homeassistant.helpers.restore_state import ExtraStoredData, RestoredExtraData, RestoreEntity

from .const import LOGGER
from .coordinator import AccessPointCoordinator, CompoundSecurityConfigEntry
from .entity import AccessPointEntity
from .gate import Gate
from .hardware import AccessPointHardware
from .permissions import Operation, async_caller, require

PARALLEL_UPDATES = 0


async def async_setup_entry(
    hass: HomeAssistant,  # noqa: ARG001
    entry: CompoundSecurityConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add a gate lock for every access point with an actuator."""
    for access_point_id, hardware in entry.runtime_data.hardware.items():
        if hardware.gate is not None:
            async_add_entities(
                [GateLock(hardware, hardware.gate)], config_subentry_id=access_point_id
            )


class GateLock(AccessPointEntity[AccessPointCoordinator], LockEntity, RestoreEntity):
    """Open, hold open or close a gate."""

    _attr_supported_features = LockEntityFeature.OPEN

    def __init__(self, hardware: AccessPointHardware, gate: Gate) -> None:
        """Drive the access point's gate."""
        super().__init__(hardware.coordinator, hardware.access_point, "gate")
        self.hardware = hardware
        self.gate = gate

    async def async_added_to_hass(self) -> None:
        """Put the gate in a known state, then follow it."""
        await super().async_added_to_hass()
        last = await self.async_get_last_extra_data()
        try:
            if last is not None and last.as_dict().get("held_open"):
                await self.hardware.async_hold_open()
            elif not self.gate.is_open and self.hardware.controller_door is None:
                # A relay left on by a pulse cut short (not held open by a fire alarm
                # either). An access controller's pulses end by themselves, and a door it
                # holds open was held on purpose: it is left as it is.
                await self.gate.async_close()
        except HomeAssistantError as err:  # the lock shows the gate unavailable
            LOGGER.debug("%s: %s", self.access_point.name, err)

    @property
    def available(self) -> bool:
        """Return False while the gate's actuator does not take commands."""
        return super().available and self.coordinator.data.gate_available

    @property
    def extra_restore_state_data(self) -> ExtraStoredData:
        """Remember whether the gate is held open."""
        return RestoredExtraData({"held_open": self.gate.held_open})

    @property
    def is_locked(self) -> bool:
        """Return whether the gate is closed."""
        return not self.coordinator.data.gate_open

    @property
    def is_open(self) -> bool:
        """Return whether the gate is open."""
        return not self.is_locked

    async def _check_caller(self) -> None:
        registry = self.hardware.controller.registry
        caller = await async_caller(self.hass, self._context, registry)
        require(caller, Operation.GATE_OPERATE, self._context, entity_id=self.entity_id)

    async def async_open(self, **kwargs: Any) -> None:
        """Let one person through."""
        await self._check_caller()
        await self.hardware.async_open(self._context)

    async def async_unlock(self, **kwargs: Any) -> None:
        """Hold the gate open."""
        await self._check_caller()
        await self.hardware.async_hold_open()

    async def async_lock(self, **kwargs: Any) -> None:
        """Close the gate."""
        await self._check_caller()
        await self.hardware.async_close()
