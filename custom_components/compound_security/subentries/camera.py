"""A camera's subentry: a snapshot URL, or a linked Home Assistant camera."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Self

from homeassistant.const import CONF_PASSWORD, CONF_USERNAME, CONF_VERIFY_SSL

from ..const import (
    CONF_ACCESS_POINTS,
    CONF_CAMERA_ENTITY,
    CONF_EBIKE_LABELS,
    CONF_ELEVATOR_BUILDING,
    CONF_FACADE,
    CONF_FRIGATE_CAMERA,
    CONF_FRIGATE_PREFIX,
    CONF_FRIGATE_ZONE,
    CONF_HEALTH_INTERVAL,
    CONF_ISAPI_EVENTS,
    CONF_OFFLINE_AFTER,
    CONF_PUBLIC,
    CONF_REPAIR_HOURS,
    CONF_SNAPSHOT_URL,
    CONF_STREAM_URL,
)
from ..engine.camera_health import DEFAULT_REPAIR_HOURS
from .common import present, stored_text

if TYPE_CHECKING:
    from homeassistant.config_entries import ConfigSubentry

DEFAULT_HEALTH_INTERVAL = 60  # seconds between camera health checks
DEFAULT_OFFLINE_MINUTES = 10  # a camera failing this long raises its alarm
# COCO's labels in Frigate's default model; a custom model may add `ebike`.
DEFAULT_EBIKE_LABELS = ("bicycle", "motorcycle")
DEFAULT_FRIGATE_PREFIX = "frigate"


@dataclass(frozen=True, slots=True, kw_only=True)
class ElevatorCamera:
    """A camera in a building's elevator, watched through Frigate for e-bikes."""

    building: str
    frigate_camera: str  # the camera's name in Frigate's config
    frigate_zone: str | None = None
    ebike_labels: tuple[str, ...] = DEFAULT_EBIKE_LABELS
    frigate_prefix: str = DEFAULT_FRIGATE_PREFIX

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Self | None:
        """Read the elevator fields; None for a camera that is in no elevator."""
        building = stored_text(data, CONF_ELEVATOR_BUILDING)
        frigate_camera = stored_text(data, CONF_FRIGATE_CAMERA)
        if building is None or frigate_camera is None:
            return None
        return cls(
            building=building,
            frigate_camera=frigate_camera,
            frigate_zone=stored_text(data, CONF_FRIGATE_ZONE),
            ebike_labels=tuple(data.get(CONF_EBIKE_LABELS) or DEFAULT_EBIKE_LABELS),
            frigate_prefix=stored_text(data, CONF_FRIGATE_PREFIX) or DEFAULT_FRIGATE_PREFIX,
        )

    def to_data(self) -> dict[str, Any]:
        """Return the elevator fields of the subentry data."""
        return {
            CONF_ELEVATOR_BUILDING: self.building,
            CONF_FRIGATE_CAMERA: self.frigate_camera,
            CONF_EBIKE_LABELS: list(self.ebike_labels),
            CONF_FRIGATE_PREFIX: self.frigate_prefix,
        } | present({CONF_FRIGATE_ZONE: self.frigate_zone})


@dataclass(frozen=True, slots=True, kw_only=True)
class CameraConfig:
    """A camera by its snapshot URL, or a linked Home Assistant camera."""

    snapshot_url: str | None = None
    camera_entity: str | None = None
    stream_url: str | None = None
    username: str | None = None
    password: str | None = None
    access_points: tuple[str, ...] = ()
    public: bool = False
    # A login goes only over verified TLS unless the camera's settings say otherwise.
    verify_ssl: bool = True
    health_interval: int = DEFAULT_HEALTH_INTERVAL
    offline_after: int = DEFAULT_OFFLINE_MINUTES
    repair_hours: int = DEFAULT_REPAIR_HOURS
    # A Hikvision camera added by URL: follow its ISAPI event stream (high-altitude
    # throwing, video loss, tampering); `facade` says where its alarms are.
    isapi_events: bool = False
    facade: str | None = None
    elevator: ElevatorCamera | None = None

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Self:
        """Read a camera's subentry data."""
        return cls(
            snapshot_url=stored_text(data, CONF_SNAPSHOT_URL),
            camera_entity=stored_text(data, CONF_CAMERA_ENTITY),
            stream_url=stored_text(data, CONF_STREAM_URL),
            username=stored_text(data, CONF_USERNAME),
            password=stored_text(data, CONF_PASSWORD),
            access_points=tuple(data.get(CONF_ACCESS_POINTS) or ()),
            public=bool(data.get(CONF_PUBLIC, False)),
            verify_ssl=bool(data.get(CONF_VERIFY_SSL, True)),
            health_interval=int(data.get(CONF_HEALTH_INTERVAL) or DEFAULT_HEALTH_INTERVAL),
            offline_after=int(data.get(CONF_OFFLINE_AFTER) or DEFAULT_OFFLINE_MINUTES),
            repair_hours=int(data.get(CONF_REPAIR_HOURS) or DEFAULT_REPAIR_HOURS),
            elevator=ElevatorCamera.from_data(data),
            isapi_events=bool(data.get(CONF_ISAPI_EVENTS, False)),
            facade=stored_text(data, CONF_FACADE),
        )

    @classmethod
    def from_subentry(cls, subentry: ConfigSubentry) -> Self:
        """Read a camera subentry."""
        return cls.from_data(subentry.data)

    def to_data(self) -> dict[str, Any]:
        """Return the subentry data."""
        return (
            {
                CONF_ACCESS_POINTS: list(self.access_points),
                CONF_PUBLIC: self.public,
                CONF_VERIFY_SSL: self.verify_ssl,
                CONF_HEALTH_INTERVAL: self.health_interval,
                CONF_OFFLINE_AFTER: self.offline_after,
                CONF_REPAIR_HOURS: self.repair_hours,
            }
            | present(
                {
                    CONF_SNAPSHOT_URL: self.snapshot_url,
                    CONF_CAMERA_ENTITY: self.camera_entity,
                    CONF_STREAM_URL: self.stream_url,
                    CONF_USERNAME: self.username,
                    CONF_PASSWORD: self.password,
                    CONF_ISAPI_EVENTS: self.isapi_events or None,  # saved only when chosen
                    CONF_FACADE: self.facade,
                }
            )
            | (self.elevator.to_data() if self.elevator else {})
        )

    def form_values(self) -> dict[str, Any]:
        """Return the form's values."""
        return self.to_data()
