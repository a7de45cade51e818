"""Base entities: the compound's own device, its access points', meter buses' and cameras'.

Every entity follows a coordinator (`coordinator.py`); none keeps a listener of its own.
"""

from __future__ import annotations

from typing import Any

from homeassistant.const import EntityCategory
from homeassistant.helpers.device_registry import DeviceInfo
from homeassistant.helpers.update_coordinator import CoordinatorEntity, DataUpdateCoordinator

from .cameras import CameraCoordinator
from .const import DOMAIN
from .controller_link import ControllerLink
from .coordinator import CompoundSecurityConfigEntry
from .engine.settings import AccessPointSettings
from .meter_poller import MeterBusCoordinator


class CompoundEntity[CoordinatorT: DataUpdateCoordinator[Any]](CoordinatorEntity[CoordinatorT]):
    """An entity of the compound as a whole."""

    _attr_has_entity_name = True

    def __init__(
        self, coordinator: CoordinatorT, entry: CompoundSecurityConfigEntry, key: str
    ) -> None:
        """Attach to the compound's device."""
        super().__init__(coordinator)
        self.entry = entry
        self._attr_translation_key = key
        self._attr_unique_id = f"{entry.entry_id}_{key}"
        self._attr_device_info = DeviceInfo(identifiers={(DOMAIN, entry.entry_id)})


class AccessPointEntity[CoordinatorT: DataUpdateCoordinator[Any]](CoordinatorEntity[CoordinatorT]):
    """An entity of one access point."""

    _attr_has_entity_name = True

    def __init__(
        self, coordinator: CoordinatorT, access_point: AccessPointSettings, key: str
    ) -> None:
        """Attach to the access point's device."""
        super().__init__(coordinator)
        self.access_point = access_point
        self._attr_translation_key = key
        self._attr_unique_id = f"{access_point.id}_{key}"
        self._attr_device_info = DeviceInfo(identifiers={(DOMAIN, access_point.id)})


class MeterBusEntity(CoordinatorEntity[MeterBusCoordinator]):
    """An entity of one meter bus, refreshed after every poll."""

    _attr_has_entity_name = True
    _attr_entity_category = EntityCategory.DIAGNOSTIC

    def __init__(self, coordinator: MeterBusCoordinator, key: str) -> None:
        """Attach to the bus's device."""
        super().__init__(coordinator)
        self._attr_translation_key = key
        self._attr_unique_id = f"{coordinator.id}_{key}"
        self._attr_device_info = DeviceInfo(identifiers={(DOMAIN, coordinator.id)})


class CameraEntity(CoordinatorEntity[CameraCoordinator]):
    """An entity of one camera, refreshed after every health check.

    A camera failing its checks is shown by its health, not as an update failure.
    """

    _attr_has_entity_name = True

    def __init__(self, coordinator: CameraCoordinator, unique_id: str) -> None:
        """Attach to the camera's device."""
        super().__init__(coordinator)
        self._attr_unique_id = unique_id
        self._attr_device_info = DeviceInfo(identifiers={(DOMAIN, coordinator.id)})


class ControllerEntity(CoordinatorEntity[ControllerLink]):
    """A diagnostic entity of one access controller, pushed by its link."""

    _attr_has_entity_name = True
    _attr_entity_category = EntityCategory.DIAGNOSTIC

    def __init__(self, link: ControllerLink, key: str) -> None:
        """Attach to the controller's device."""
        super().__init__(link)
        self._attr_translation_key = key
        self._attr_unique_id = f"{link.id}_{key}"
        self._attr_device_info = DeviceInfo(identifiers={(DOMAIN, link.id)})
