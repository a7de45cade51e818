"""Compound totals (registry coverage, open alarms, today's decisions, usage) and meter buses.

Each sensor follows a coordinator: registry totals are recomputed (debounced) when a record
changes; counters follow the decisions and alarms as they happen and start from the access
log at setup.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from homeassistant.components.sensor import SensorEntity, SensorStateClass
from homeassistant.components.sensor.const import SensorDeviceClass
from homeassistant.const import PERCENTAGE, UnitOfEnergy, UnitOfTime, UnitOfVolume
from homeassistant.core import HomeAssistant
from homeassistant.helpers.device_registry import DeviceInfo
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback
from homeassistant.util import dt as dt_util

from .alarm_desk import AlarmDesk
from .const import DOMAIN
from .controller import PRIVATE_KINDS
from .controller_link import ControllerLink
from .coordinator import ActivityCoordinator, CompoundSecurityConfigEntry, RegistryCoordinator
from .engine.camera_health import availability
from .engine.decision import AlarmKind
from .engine.usage import Classification, period_of
from .entity import CompoundEntity, ControllerEntity, MeterBusEntity
from .meter_poller import MeterBusCoordinator
from .usage_tracker import UsageTracker

PARALLEL_UPDATES = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class RegistrySensorDescription:
    """A figure the engine's registry statistics provide."""

    key: str
    unit: str | None = None


REGISTRY_SENSORS = (
    RegistrySensorDescription(key="households"),
    RegistrySensorDescription(key="people"),
    RegistrySensorDescription(key="active_cards"),
    RegistrySensorDescription(key="card_coverage", unit=PERCENTAGE),
    RegistrySensorDescription(key="residence_permit_coverage", unit=PERCENTAGE),
    RegistrySensorDescription(key="rental_households_at_cap"),
)


async def async_setup_entry(
    hass: HomeAssistant,  # noqa: ARG001
    entry: CompoundSecurityConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the compound's sensors."""
    runtime = entry.runtime_data
    entities: list[SensorEntity] = [
        RegistrySensor(runtime.registry_totals, entry, d) for d in REGISTRY_SENSORS
    ]
    entities += [
        DecisionsTodaySensor(runtime.activity, entry),
        OpenAlarmsSensor(runtime.desk, entry),
        CameraAvailabilitySensor(entry),
        FlaggedHouseholdsSensor(runtime.usage, entry),
        MonthTotalSensor(runtime.usage, entry, "electricity_this_month"),
        MonthTotalSensor(runtime.usage, entry, "water_this_month"),
    ]
    async_add_entities(entities)
    for link_id, link in runtime.controllers.items():
        async_add_entities(
            [ControllerSensor(link, key) for key in CONTROLLER_SENSORS], config_subentry_id=link_id
        )
    for bus_id, bus in runtime.meter_buses.items():
        async_add_entities(
            [PollDurationSensor(bus), MetersAnsweringSensor(bus)], config_subentry_id=bus_id
        )


class RegistrySensor(CompoundEntity[RegistryCoordinator], SensorEntity):
    """A registry total, recomputed when records change."""

    _attr_state_class = SensorStateClass.MEASUREMENT

    def __init__(
        self,
        coordinator: RegistryCoordinator,
        entry: CompoundSecurityConfigEntry,
        description: RegistrySensorDescription,
    ) -> None:
        """Describe the figure."""
        super().__init__(coordinator, entry, description.key)
        self.key = description.key
        self._attr_native_unit_of_measurement = description.unit

    @property
    def native_value(self) -> Any:
        """Return the figure."""
        return self.coordinator.data[self.key]


class DecisionsTodaySensor(CompoundEntity[ActivityCoordinator], SensorEntity):
    """Access decisions since local midnight."""

    _attr_state_class = SensorStateClass.TOTAL

    def __init__(self, activity: ActivityCoordinator, entry: CompoundSecurityConfigEntry) -> None:
        """Count the compound's decisions."""
        super().__init__(activity, entry, "decisions_today")

    @property
    def native_value(self) -> int:
        """Return the decisions since midnight."""
        return self.coordinator.data.decisions_today

    @property
    def last_reset(self) -> datetime:
        """Return local midnight."""
        return dt_util.start_of_local_day()


class OpenAlarmsSensor(CompoundEntity[AlarmDesk], SensorEntity):
    """Alarms nobody has acknowledged or closed yet, with a count per kind."""

    _attr_state_class = SensorStateClass.MEASUREMENT

    def __init__(self, desk: AlarmDesk, entry: CompoundSecurityConfigEntry) -> None:
        """Follow the compound's alarm desk."""
        super().__init__(desk, entry, "open_alarms")

    @property
    def native_value(self) -> int:
        """Return the open alarms."""
        return sum(self.coordinator.open_by_kind().values())

    @property
    def extra_state_attributes(self) -> dict[str, Any]:
        """Return the count of each kind (every kind listed, zero included)."""
        counts = self.coordinator.open_by_kind()
        return {
            "by_kind": {
                kind.value: counts.get(kind.value, 0)
                for kind in AlarmKind
                if kind not in PRIVATE_KINDS
            }
        }


class CameraAvailabilitySensor(SensorEntity):
    """The share of the compound's cameras that give pictures now; follows each camera."""

    _attr_has_entity_name = True
    _attr_should_poll = False
    _attr_translation_key = "camera_availability"
    _attr_state_class = SensorStateClass.MEASUREMENT
    _attr_native_unit_of_measurement = PERCENTAGE
    _attr_suggested_display_precision = 0

    def __init__(self, entry: CompoundSecurityConfigEntry) -> None:
        """Follow every camera's health."""
        self.cameras = entry.runtime_data.cameras
        self._attr_unique_id = f"{entry.entry_id}_camera_availability"
        self._attr_device_info = DeviceInfo(identifiers={(DOMAIN, entry.entry_id)})

    async def async_added_to_hass(self) -> None:
        """Follow each camera's coordinator."""
        await super().async_added_to_hass()
        for camera in self.cameras.values():
            self.async_on_remove(camera.async_add_listener(self.async_write_ha_state))

    @property
    def native_value(self) -> float | None:
        """Return the percentage of healthy cameras."""
        return availability([camera.health for camera in self.cameras.values()])

    @property
    def extra_state_attributes(self) -> dict[str, Any]:
        """Return the cameras failing now, by name."""
        failing = [c.name for c in self.cameras.values() if c.health.online is False]
        return {"cameras": len(self.cameras), "failing": failing[:50]}


MAX_LISTED_FLAGS = 50  # attributes stay small


class FlaggedHouseholdsSensor(CompoundEntity[UsageTracker], SensorEntity):
    """Households the over-usage analysis flags, counted by classification."""

    _attr_state_class = SensorStateClass.MEASUREMENT

    def __init__(self, usage: UsageTracker, entry: CompoundSecurityConfigEntry) -> None:
        """Follow the compound's usage analysis."""
        super().__init__(usage, entry, "flagged_households")

    @property
    def native_value(self) -> int:
        """Return the flagged households; which flats stays behind the staff API."""
        return len(self.coordinator.flags)

    @property
    def extra_state_attributes(self) -> dict[str, Any]:
        """Return the count of each classification."""
        flags = self.coordinator.flags
        return {
            "by_classification": {
                kind.value: sum(1 for flag in flags if flag.classification is kind)
                for kind in Classification
            }
        }


class MonthTotalSensor(CompoundEntity[UsageTracker], SensorEntity):
    """The compound's electricity or water this month, from the imported months."""

    _attr_state_class = SensorStateClass.TOTAL

    def __init__(self, usage: UsageTracker, entry: CompoundSecurityConfigEntry, key: str) -> None:
        """`key`: electricity_this_month or water_this_month."""
        super().__init__(usage, entry, key)
        self.key = key
        if key == "electricity_this_month":
            self._attr_device_class = SensorDeviceClass.ENERGY
            self._attr_native_unit_of_measurement = UnitOfEnergy.KILO_WATT_HOUR
        else:
            self._attr_device_class = SensorDeviceClass.WATER
            self._attr_native_unit_of_measurement = UnitOfVolume.CUBIC_METERS

    @property
    def native_value(self) -> float | None:
        """Return this month's total."""
        power, water = self.coordinator.month_totals(period_of(dt_util.now()))
        return power if self.key == "electricity_this_month" else water

    @property
    def last_reset(self) -> datetime:
        """Return the first of the month, local midnight."""
        return dt_util.start_of_local_day(dt_util.now().replace(day=1))


class PollDurationSensor(MeterBusEntity, SensorEntity):
    """How long the bus's last full poll took."""

    _attr_device_class = SensorDeviceClass.DURATION
    _attr_state_class = SensorStateClass.MEASUREMENT
    _attr_native_unit_of_measurement = UnitOfTime.SECONDS
    _attr_suggested_display_precision = 1

    def __init__(self, coordinator: MeterBusCoordinator) -> None:
        """Follow one bus."""
        super().__init__(coordinator, "last_poll_duration")

    @property
    def native_value(self) -> float | None:
        """Return the seconds of the last poll."""
        report = self.coordinator.last_report
        return round(report.duration, 3) if report else None


class MetersAnsweringSensor(MeterBusEntity, SensorEntity):
    """How many of the bus's meters gave a reading in the last poll."""

    _attr_state_class = SensorStateClass.MEASUREMENT

    def __init__(self, coordinator: MeterBusCoordinator) -> None:
        """Follow one bus."""
        super().__init__(coordinator, "meters_answering")

    @property
    def native_value(self) -> int | None:
        """Return the meters that answered."""
        report = self.coordinator.last_report
        return report.answered if report else None

    @property
    def extra_state_attributes(self) -> dict[str, Any]:
        """Return the meters on the bus and those that gave no reading, with why."""
        report = self.coordinator.last_report
        failed = [r for r in report.readings if r.value is None] if report else []
        return {
            "meters": len(report.readings) if report else len(self.coordinator.targets()),
            "not_answering": {r.address: r.error for r in failed[:MAX_LISTED_FLAGS]},
        }


CONTROLLER_SENSORS = ("controller_event_index", "controller_card_count", "controller_last_sync")


class ControllerSensor(ControllerEntity, SensorEntity):
    """An access controller's newest event handled, cards held, or last sync."""

    def __init__(self, link: ControllerLink, key: str) -> None:
        """Follow one controller."""
        super().__init__(link, key)
        if key == "controller_last_sync":
            self._attr_device_class = SensorDeviceClass.TIMESTAMP
        elif key == "controller_card_count":
            self._attr_state_class = SensorStateClass.MEASUREMENT

    @property
    def native_value(self) -> int | datetime | None:
        """Return the value the key names."""
        health = self.coordinator.data
        if self.key == "controller_last_sync":
            return health.last_sync
        if self.key == "controller_card_count":
            return health.card_count
        return health.event_index

    @property
    def key(self) -> str:
        """Return which of the three this is."""
        return str(self._attr_translation_key)
