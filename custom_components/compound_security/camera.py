"""Snapshot-URL cameras as camera entities (linked Home Assistant cameras get none)."""

from __future__ import annotations

from homeassistant.components.camera import Camera
from homeassistant.components.camera.const import CameraEntityFeature
from homeassistant.core import HomeAssistant
from homeassistant.helpers.device_registry import DeviceInfo
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .cameras import CameraMonitor
from .const import DOMAIN
from .data import CompoundSecurityConfigEntry
from .entity import listen

PARALLEL_UPDATES = 1


async def async_setup_entry(
    hass: HomeAssistant,  # noqa: ARG001
    entry: CompoundSecurityConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add a camera entity for every camera configured by its snapshot URL."""
    for camera_id, monitor in entry.runtime_data.cameras.items():
        if monitor.snapshot_url and not monitor.linked_entity:
            async_add_entities([CompoundCamera(monitor)], config_subentry_id=camera_id)


class CompoundCamera(Camera):
    """A camera read through its snapshot URL, with its RTSP stream when it has one."""

    _attr_has_entity_name = True
    _attr_name = None  # the device's name

    def __init__(self, monitor: CameraMonitor) -> None:
        """Show one configured camera."""
        super().__init__()
        self.monitor = monitor
        self._attr_unique_id = f"{monitor.id}_camera"
        self._attr_device_info = DeviceInfo(identifiers={(DOMAIN, monitor.id)})
        if monitor.stream_url:
            self._attr_supported_features = CameraEntityFeature.STREAM
        self._attr_extra_state_attributes = {
            "public": monitor.public,
            "access_points": monitor.access_points,
        }

    @property
    def available(self) -> bool:
        """Return False while the camera fails its health check."""
        return self.monitor.health.online is not False

    async def async_added_to_hass(self) -> None:
        """Follow the camera's health."""
        await super().async_added_to_hass()
        listen(self, self.monitor.listeners, self.async_write_ha_state)

    async def async_camera_image(
        self, width: int | None = None, height: int | None = None
    ) -> bytes | None:
        """Return a fresh snapshot, or the last good one when the camera does not answer."""
        return await self.monitor.async_fetch() or self.monitor.last_image

    async def stream_source(self) -> str | None:
        """Return the RTSP stream, credentials included."""
        return self.monitor.stream_source()
