"""Connectivity of serial readers and meter buses (diagnostic binary sensors)."""

from __future__ import annotations

from typing import Any

from homeassistant.components.binary_sensor import BinarySensorEntity
from homeassistant.components.binary_sensor.const import BinarySensorDeviceClass
from homeassistant.const import EntityCategory
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers.dispatcher import async_dispatcher_connect
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .data import CompoundSecurityConfigEntry
from .engine.settings import AccessPointSettings
from .entity import AccessPointEntity, MeterBusEntity
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
