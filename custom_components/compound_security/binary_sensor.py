"""Readers, meter buses, cameras and controllers connected; an alarm active at each access point."""

from __future__ import annotations

from typing import Any

from homeassistant.components.binary_sensor import BinarySensorEntity
from homeassistant.components.binary_sensor.const import BinarySensorDeviceClass
from homeassistant.const import EntityCategory
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .alarm_desk import AlarmDesk
from .cameras import CameraCoordinator
from .controller_link import ControllerLink
from .coordinator import AccessPointCoordinator, CompoundSecurityConfigEntry
from .engine.settings import AccessPointSettings
from .entity import AccessPointEntity, CameraEntity, ControllerEntity, MeterBusEntity
from .meter_poller import MeterBusCoordinator

PARALLEL_UPDATES = 0


async def async_setup_entry(
    hass: HomeAssistant,  # noqa: ARG001
    entry: CompoundSecurityConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add a connectivity sensor for every serial reader."""
    runtime = entry.runtime_data
    for access_point_id, hardware in runtime.hardware.items():
        async_add_entities(
            [
                ReaderConnectivity(hardware.coordinator, hardware.access_point, which)
                for which in hardware.readers
            ],
            config_subentry_id=access_point_id,
        )
    for bus_id, bus in runtime.meter_buses.items():
        async_add_entities([MeterBusConnectivity(bus)], config_subentry_id=bus_id)
    for access_point in runtime.access_points.values():
        async_add_entities(
            [AlarmActive(runtime.desk, access_point)], config_subentry_id=access_point.id
        )
    for camera_id, camera in runtime.cameras.items():
        async_add_entities([CameraConnectivity(camera)], config_subentry_id=camera_id)
    for link_id, link in runtime.controllers.items():
        async_add_entities([ControllerConnectivity(link)], config_subentry_id=link_id)


class ReaderConnectivity(AccessPointEntity[AccessPointCoordinator], BinarySensorEntity):
    """Whether a reader's serial line is up."""

    _attr_device_class = BinarySensorDeviceClass.CONNECTIVITY
    _attr_entity_category = EntityCategory.DIAGNOSTIC

    def __init__(
        self, coordinator: AccessPointCoordinator, access_point: AccessPointSettings, which: str
    ) -> None:
        """Follow one reader."""
        super().__init__(coordinator, access_point, f"{which}_connectivity")
        self.which = which

    @property
    def is_on(self) -> bool:
        """Return whether the line is connected."""
        return self.coordinator.data.readers.get(self.which, False)


class MeterBusConnectivity(MeterBusEntity, BinarySensorEntity):
    """Whether the bus's line is up and its meters answer."""

    _attr_device_class = BinarySensorDeviceClass.CONNECTIVITY

    def __init__(self, coordinator: MeterBusCoordinator) -> None:
        """Follow one bus."""
        super().__init__(coordinator, "meter_bus_connectivity")

    @property
    def available(self) -> bool:
        """Return True: a line that is down is what this sensor says (off)."""
        return True

    @property
    def is_on(self) -> bool:
        """Return whether the last poll reached the line and a meter answered."""
        return self.coordinator.connected

    @property
    def extra_state_attributes(self) -> dict[str, Any]:
        """Return the line's last error, if any."""
        report = self.coordinator.last_report
        return {"line_error": report.line_error if report else None}


class AlarmActive(AccessPointEntity[AlarmDesk], BinarySensorEntity):
    """Whether an alarm at this access point waits for someone to handle it."""

    _attr_device_class = BinarySensorDeviceClass.PROBLEM

    def __init__(self, desk: AlarmDesk, access_point: AccessPointSettings) -> None:
        """Follow the compound's alarm desk for one access point."""
        super().__init__(desk, access_point, "alarm_active")

    @callback
    def _handle_coordinator_update(self) -> None:
        """Write the state only when the changes touched this access point's alarms."""
        if self.access_point.id in self.coordinator.changed_at:
            super()._handle_coordinator_update()

    @property
    def is_on(self) -> bool:
        """Return whether an alarm here is open."""
        return bool(self.coordinator.shown_at(self.access_point.id))

    @property
    def extra_state_attributes(self) -> dict[str, Any]:
        """Return the open alarms here (ids and kinds), newest first."""
        alarms = sorted(
            self.coordinator.shown_at(self.access_point.id),
            key=lambda alarm: alarm.time,
            reverse=True,
        )
        return {"alarms": [{"alarm_id": a.alarm_id, "kind": a.kind} for a in alarms[:10]]}


class CameraConnectivity(CameraEntity, BinarySensorEntity):
    """Whether a camera gives pictures that change (not offline, not frozen)."""

    _attr_device_class = BinarySensorDeviceClass.CONNECTIVITY
    _attr_entity_category = EntityCategory.DIAGNOSTIC
    _attr_translation_key = "camera_health"

    def __init__(self, coordinator: CameraCoordinator) -> None:
        """Follow one camera."""
        super().__init__(coordinator, f"{coordinator.id}_health")

    @property
    def available(self) -> bool:
        """Return True: a camera that fails is what this sensor says (off)."""
        return True

    @property
    def is_on(self) -> bool | None:
        """Return whether the last checks succeeded (None before the first)."""
        return self.coordinator.health.online

    @property
    def extra_state_attributes(self) -> dict[str, Any]:
        """Return what is wrong, since when, and where the camera is shown."""
        health = self.coordinator.health
        return {
            "problem": health.problem,
            "failing_since": health.failing_since.isoformat() if health.failing_since else None,
            "camera_entity": self.coordinator.entity_id,
            "public": self.coordinator.public,
        }


class ControllerConnectivity(ControllerEntity, BinarySensorEntity):
    """Whether the access controller answers (and so is in PC control)."""

    _attr_device_class = BinarySensorDeviceClass.CONNECTIVITY

    def __init__(self, link: ControllerLink) -> None:
        """Follow one controller."""
        super().__init__(link, "controller_connectivity")

    @property
    def available(self) -> bool:
        """Return True: a silent controller is what this sensor says (off)."""
        return True

    @property
    def is_on(self) -> bool:
        """Return whether the controller answered its last request."""
        return self.coordinator.data.connected
