"""Readers, meter buses and cameras connected; an alarm active at each access point."""

from __future__ import annotations

from typing import Any

from homeassistant.components.binary_sensor import BinarySensorEntity
from homeassistant.components.binary_sensor.const import BinarySensorDeviceClass
from homeassistant.const import EntityCategory
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers.device_registry import DeviceInfo
from homeassistant.helpers.dispatcher import async_dispatcher_connect
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .cameras import CameraMonitor
from .const import DOMAIN
from .data import CompoundSecurityConfigEntry
from .engine.settings import AccessPointSettings
from .entity import AccessPointEntity, MeterBusEntity, listen
from .hardware import signal_reader_state
from .meter_poller import MeterPoller
from .transport.serial_reader import SerialReader

PARALLEL_UPDATES = 0


async def async_setup_entry(
    hass: HomeAssistant,  # noqa: ARG001
    entry: CompoundSecurityConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add a connectivity sensor for every serial reader."""
    for access_point_id, hardware in entry.runtime_data.hardware.items():
        async_add_entities(
            [
                ReaderConnectivity(entry, hardware.access_point, which, reader)
                for which, reader in hardware.readers.items()
            ],
            config_subentry_id=access_point_id,
        )
    for bus_id, poller in entry.runtime_data.meter_buses.items():
        async_add_entities([MeterBusConnectivity(poller)], config_subentry_id=bus_id)
    for access_point in entry.runtime_data.access_points.values():
        async_add_entities([AlarmActive(entry, access_point)], config_subentry_id=access_point.id)
    for camera_id, monitor in entry.runtime_data.cameras.items():
        async_add_entities([CameraConnectivity(monitor)], config_subentry_id=camera_id)


class ReaderConnectivity(AccessPointEntity, BinarySensorEntity):
    """Whether a reader's serial line is up."""

    _attr_device_class = BinarySensorDeviceClass.CONNECTIVITY
    _attr_entity_category = EntityCategory.DIAGNOSTIC

    def __init__(
        self,
        entry: CompoundSecurityConfigEntry,
        access_point: AccessPointSettings,
        which: str,
        reader: SerialReader,
    ) -> None:
        """Follow one reader."""
        super().__init__(entry, access_point, f"{which}_connectivity")
        self.which = which
        self.reader = reader

    @property
    def is_on(self) -> bool:
        """Return whether the line is connected."""
        return self.reader.connected

    async def async_added_to_hass(self) -> None:
        """Follow the reader's connection."""
        await super().async_added_to_hass()
        self.async_on_remove(
            async_dispatcher_connect(
                self.hass, signal_reader_state(self.access_point.id, self.which), self._changed
            )
        )

    @callback
    def _changed(self, _connected: bool) -> None:  # noqa: FBT001
        self.async_write_ha_state()


class MeterBusConnectivity(MeterBusEntity, BinarySensorEntity):
    """Whether the bus's line is up and its meters answer."""

    _attr_device_class = BinarySensorDeviceClass.CONNECTIVITY

    def __init__(self, poller: MeterPoller) -> None:
        """Follow one bus."""
        super().__init__(poller, "meter_bus_connectivity")

    @property
    def is_on(self) -> bool:
        """Return whether the last poll reached the line and a meter answered."""
        return self.poller.connected

    @property
    def extra_state_attributes(self) -> dict[str, Any]:
        """Return the line's last error, if any."""
        report = self.poller.last_report
        return {"line_error": report.line_error if report else None}


class AlarmActive(AccessPointEntity, BinarySensorEntity):
    """Whether an alarm at this access point waits for someone to handle it."""

    _attr_device_class = BinarySensorDeviceClass.PROBLEM

    def __init__(
        self, entry: CompoundSecurityConfigEntry, access_point: AccessPointSettings
    ) -> None:
        """Follow the compound's alarm desk for one access point."""
        super().__init__(entry, access_point, "alarm_active")

    @property
    def is_on(self) -> bool:
        """Return whether an alarm here is open."""
        desk = self.entry.runtime_data.desk
        return bool(desk and desk.shown_at(self.access_point.id))

    @property
    def extra_state_attributes(self) -> dict[str, Any]:
        """Return the open alarms here (ids and kinds), newest first."""
        desk = self.entry.runtime_data.desk
        alarms = sorted(
            desk.shown_at(self.access_point.id) if desk else [],
            key=lambda alarm: alarm.time,
            reverse=True,
        )
        return {"alarms": [{"alarm_id": a.alarm_id, "kind": a.kind} for a in alarms[:10]]}

    async def async_added_to_hass(self) -> None:
        """Follow the alarm desk."""
        await super().async_added_to_hass()
        desk = self.entry.runtime_data.desk
        if desk is not None:
            listen(self, desk.listeners, self.async_write_ha_state)


class CameraConnectivity(BinarySensorEntity):
    """Whether a camera gives pictures that change (not offline, not frozen)."""

    _attr_has_entity_name = True
    _attr_should_poll = False
    _attr_device_class = BinarySensorDeviceClass.CONNECTIVITY
    _attr_entity_category = EntityCategory.DIAGNOSTIC
    _attr_translation_key = "camera_health"

    def __init__(self, monitor: CameraMonitor) -> None:
        """Follow one camera."""
        self.monitor = monitor
        self._attr_unique_id = f"{monitor.id}_health"
        self._attr_device_info = DeviceInfo(identifiers={(DOMAIN, monitor.id)})

    @property
    def is_on(self) -> bool | None:
        """Return whether the last checks succeeded (None before the first)."""
        return self.monitor.health.online

    @property
    def extra_state_attributes(self) -> dict[str, Any]:
        """Return what is wrong, since when, and where the camera is shown."""
        health = self.monitor.health
        return {
            "problem": health.problem,
            "failing_since": health.failing_since.isoformat() if health.failing_since else None,
            "camera_entity": self.monitor.entity_id,
            "public": self.monitor.public,
        }

    async def async_added_to_hass(self) -> None:
        """Follow the camera's health checks."""
        await super().async_added_to_hass()
        listen(self, self.monitor.listeners, self.async_write_ha_state)
