"""The gate of each access point as a lock: locked is closed.

`open` lets one person through; `unlock` holds the gate open until `lock` (deliveries,
emergencies). Only admins and automations may operate it: Home Assistant lets every
logged-in user call every action, so the check is ours (`permissions.py`).

A hold survives a reload or restart (restored from the entity's last state); any other
gate is sent its close command at start, so the relay and the entity agree.
"""

from __future__ import annotations

from typing import Any

from homeassistant.components.lock import LockEntity
from homeassistant.components.lock.const import LockEntityFeature
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback
from homeassistant.helpers.restore_state import ExtraStoredData, RestoredExtraData, RestoreEntity

from .data import CompoundSecurityConfigEntry
from .engine.settings import AccessPointSettings
from .entity import AccessPointEntity, listen
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
                [GateLock(entry, hardware.access_point, hardware)],
                config_subentry_id=access_point_id,
            )


class GateLock(AccessPointEntity, LockEntity, RestoreEntity):
    """Open, hold open or close a gate."""

    _attr_supported_features = LockEntityFeature.OPEN

    def __init__(
        self,
        entry: CompoundSecurityConfigEntry,
        access_point: AccessPointSettings,
        hardware: AccessPointHardware,
    ) -> None:
        """Drive the access point's gate."""
        super().__init__(entry, access_point, "gate")
        self.hardware = hardware

    async def async_added_to_hass(self) -> None:
        """Put the gate in a known state, then follow it."""
        await super().async_added_to_hass()
        gate = self.hardware.gate
        assert gate is not None  # noqa: S101  # only created for gates
        listen(self, gate.listeners, self._on_gate)
        last = await self.async_get_last_extra_data()
        if last is not None and last.as_dict().get("held_open"):
            self.hardware.async_hold_open()
        elif not gate.is_open:  # not held open by a fire alarm either
            gate.async_close()  # a relay left on by a pulse cut short

    @property
    def extra_restore_state_data(self) -> ExtraStoredData:
        """Remember whether the gate is held open."""
        gate = self.hardware.gate
        return RestoredExtraData({"held_open": gate is not None and gate.held_open})

    @callback
    def _on_gate(self) -> None:
        self.async_write_ha_state()

    @property
    def is_locked(self) -> bool:
        """Return whether the gate is closed."""
        return self.hardware.gate is None or not self.hardware.gate.is_open

    @property
    def is_open(self) -> bool:
        """Return whether the gate is open."""
        return not self.is_locked

    async def _check_caller(self) -> None:
        registry = self.entry.runtime_data.registry.engine
        caller = await async_caller(self.hass, self._context, registry)
        require(caller, Operation.GATE_OPERATE, self._context, entity_id=self.entity_id)

    async def async_open(self, **kwargs: Any) -> None:
        """Let one person through."""
        await self._check_caller()
        self.hardware.async_open()

    async def async_unlock(self, **kwargs: Any) -> None:
        """Hold the gate open."""
        await self._check_caller()
        self.hardware.async_hold_open()

    async def async_lock(self, **kwargs: Any) -> None:
        """Close the gate."""
        await self._check_caller()
        self.hardware.async_close()
