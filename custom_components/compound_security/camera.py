"""Public snapshot-URL cameras as camera entities; every other camera gets none.

Home Assistant serves every camera entity to every logged-in user (the camera proxy, its
stream, the `camera/stream` websocket, the media source), residents included. So only a
camera marked public becomes an entity; the others reach staff through the console's
role-checked view (`camera_view.py`), their health through diagnostic entities. Linked
Home Assistant cameras get no copy either way.
"""

from __future__ import annotations

from homeassistant.components.camera import Camera
from homeassistant.components.camera.const import CameraEntityFeature
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .cameras import CameraCoordinator
from .coordinator import CompoundSecurityConfigEntry
from .entity import CameraEntity

PARALLEL_UPDATES = 1


async def async_setup_entry(
    hass: HomeAssistant,  # noqa: ARG001
    entry: CompoundSecurityConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add a camera entity for every public camera configured by its snapshot URL."""
    for camera_id, camera in entry.runtime_data.cameras.items():
        if camera.has_own_entity:
            async_add_entities([CompoundCamera(camera)], config_subentry_id=camera_id)


class CompoundCamera(CameraEntity, Camera):
    """A camera read through its snapshot URL, with its RTSP stream when it has one."""

    _attr_name = None  # the device's name

    def __init__(self, coordinator: CameraCoordinator) -> None:
        """Show one configured camera."""
        super().__init__(coordinator, f"{coordinator.id}_camera")
        Camera.__init__(self)
        if coordinator.stream_url:
            self._attr_supported_features = CameraEntityFeature.STREAM
        self._attr_extra_state_attributes = {
            "public": coordinator.public,
            "access_points": coordinator.access_points,
        }

    @property
    def available(self) -> bool:
        """Return False while the camera fails its health check."""
        return self.coordinator.health.online is not False

    async def async_camera_image(
        self, width: int | None = None, height: int | None = None
    ) -> bytes | None:
        """Return a fresh snapshot, or the last good one when the camera does not answer."""
        return await self.coordinator.async_fetch() or self.coordinator.last_image

    async def stream_source(self) -> str | None:
        """Return the RTSP stream, credentials included."""
        return self.coordinator.stream_source()
