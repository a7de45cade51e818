"""Base entities: the compound's own device and its access points' devices."""

from __future__ import annotations

from collections.abc import Callable

from homeassistant.const import EntityCategory
from homeassistant.core import callback
from homeassistant.helpers.device_registry import DeviceInfo
from homeassistant.helpers.entity import Entity

from .const import DOMAIN
from .data import CompoundSecurityConfigEntry
from .engine.settings import AccessPointSettings
from .meter_poller import MeterPoller


def listen(entity: Entity, listeners: list[Callable[[], None]], action: Callable[[], None]) -> None:
    """Add `action` to a plain listener list for as long as the entity exists."""
    listeners.append(action)
    entity.async_on_remove(lambda: listeners.remove(action))


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


class MeterBusEntity(Entity):
    """An entity of one meter bus, refreshed after every poll."""

    _attr_has_entity_name = True
    _attr_should_poll = False
    _attr_entity_category = EntityCategory.DIAGNOSTIC

    def __init__(self, poller: MeterPoller, key: str) -> None:
        """Attach to the bus's device."""
        self.poller = poller
        self._attr_translation_key = key
        self._attr_unique_id = f"{poller.id}_{key}"
        self._attr_device_info = DeviceInfo(identifiers={(DOMAIN, poller.id)})

    async def async_added_to_hass(self) -> None:
        """Follow the bus's polls."""
        await super().async_added_to_hass()
        listen(self, self.poller.listeners, self._polled)

    @callback
    def _polled(self) -> None:
        self.async_write_ha_state()


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
