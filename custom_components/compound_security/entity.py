"""Base entities: the compound's own device and its access points' devices."""

from __future__ import annotations

from homeassistant.helpers.device_registry import DeviceInfo
from homeassistant.helpers.entity import Entity

from .const import DOMAIN
from .data import CompoundSecurityConfigEntry
from .engine.settings import AccessPointSettings


class CompoundEntity(Entity):
    """An entity of the compound as a whole."""

    _attr_has_entity_name = True
    _attr_should_poll = False

    def __init__(self, entry: CompoundSecurityConfigEntry, key: str) -> None:
        """Attach to the compound's device."""
        self.entry = entry
        self._attr_translation_key = key
        self._attr_unique_id = f"{entry.entry_id}_{key}"
        self._attr_device_info = DeviceInfo(identifiers={(DOMAIN, entry.entry_id)})


class AccessPointEntity(Entity):
    """An entity of one access point."""

    _attr_has_entity_name = True
    _attr_should_poll = False

    def __init__(
        self, entry: CompoundSecurityConfigEntry, access_point: AccessPointSettings, key: str
    ) -> None:
        """Attach to the access point's device."""
        self.entry = entry
        self.access_point = access_point
        self._attr_translation_key = key
        self._attr_unique_id = f"{access_point.id}_{key}"
        self._attr_device_info = DeviceInfo(identifiers={(DOMAIN, access_point.id)})
