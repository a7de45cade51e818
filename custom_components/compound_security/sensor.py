"""Compound totals (registry coverage, open alarms, today's decisions, usage) and meter buses.

Registry figures are recomputed (debounced) when a record changes; counters follow the
decisions and alarms as they happen and start from the access log at setup.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from homeassistant.components.sensor import SensorEntity, SensorStateClass
from homeassistant.components.sensor.const import SensorDeviceClass
from homeassistant.const import PERCENTAGE, UnitOfEnergy, UnitOfTime, UnitOfVolume
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers.debounce import Debouncer
from homeassistant.helpers.dispatcher import async_dispatcher_connect
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback
from homeassistant.helpers.event import async_track_time_change
from homeassistant.util import dt as dt_util

from .const import LOGGER
from .controller import PRIVATE_KINDS, signal_decision
from .data import CompoundSecurityConfigEntry
from .engine.camera_health import availability
from .engine.decision import AlarmKind
from .engine.usage import Classification, period_of
from .entity import CompoundEntity, MeterBusEntity, listen
from .meter_poller import MeterPoller

PARALLEL_UPDATES = 0
REGISTRY_DEBOUNCE = 1.0


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
    audit = entry.runtime_data.audit
    today_start = dt_util.start_of_local_day()
    decisions_today = await audit.async_count_since(today_start)
    entities: list[SensorEntity] = [RegistrySensor(entry, d) for d in REGISTRY_SENSORS]
    entities += [
        DecisionsTodaySensor(entry, decisions_today),
        OpenAlarmsSensor(entry),
        CameraAvailabilitySensor(entry),
        FlaggedHouseholdsSensor(entry),
        MonthTotalSensor(entry, "electricity_this_month"),
        MonthTotalSensor(entry, "water_this_month"),
    ]
    async_add_entities(entities)
    for bus_id, poller in entry.runtime_data.meter_buses.items():
        async_add_entities(
            [PollDurationSensor(poller), MetersAnsweringSensor(poller)],
            config_subentry_id=bus_id,
        )


class RegistrySensor(CompoundEntity, SensorEntity):
    """A registry total, recomputed when records change."""

    _attr_state_class = SensorStateClass.MEASUREMENT

    def __init__(
        self, entry: CompoundSecurityConfigEntry, description: RegistrySensorDescription
    ) -> None:
        """Describe the figure."""
        super().__init__(entry, description.key)
        self.key = description.key
        self._attr_native_unit_of_measurement = description.unit
        self._debouncer: Debouncer[Any] | None = None

    async def async_added_to_hass(self) -> None:
        """Compute now and after every registry change."""
        await super().async_added_to_hass()
        self._debouncer = Debouncer(
            self.hass,
            LOGGER,
            cooldown=REGISTRY_DEBOUNCE,
            immediate=False,
            function=self._async_refresh,
        )
        self.async_on_remove(self._debouncer.async_cancel)
        for records in self.entry.runtime_data.registry.collections:
            self.async_on_remove(records.async_add_change_set_listener(self._on_change))
        self._update_value()

    async def _on_change(self, _changes: Any) -> None:
        if self._debouncer is not None:
            await self._debouncer.async_call()

    @callback
    def _async_refresh(self) -> None:
        self._update_value()
        self.async_write_ha_state()

    def _update_value(self) -> None:
        statistics = self.entry.runtime_data.registry.engine.statistics(dt_util.now().date())
        self._attr_native_value = statistics[self.key]


class DecisionsTodaySensor(CompoundEntity, SensorEntity):
    """Access decisions since local midnight."""

    _attr_state_class = SensorStateClass.TOTAL

    def __init__(self, entry: CompoundSecurityConfigEntry, start: int) -> None:
        """Start from the access log's count."""
        super().__init__(entry, "decisions_today")
        self._count_today = start
        self._attr_native_value = start
        self._attr_last_reset = dt_util.start_of_local_day()

    async def async_added_to_hass(self) -> None:
        """Count decisions; start again at midnight."""
        await super().async_added_to_hass()
        self.async_on_remove(
            async_dispatcher_connect(self.hass, signal_decision(self.entry.entry_id), self._count)
        )
        self.async_on_remove(
            async_track_time_change(self.hass, self._midnight, hour=0, minute=0, second=0)
        )

    @callback
    def _count(self, _decision: object) -> None:
        self._count_today += 1
        self._attr_native_value = self._count_today
        self.async_write_ha_state()

    @callback
    def _midnight(self, now: datetime) -> None:
        self._count_today = 0
        self._attr_native_value = 0
        self._attr_last_reset = dt_util.start_of_local_day(now)
        self.async_write_ha_state()


class OpenAlarmsSensor(CompoundEntity, SensorEntity):
    """Alarms nobody has acknowledged or closed yet, with a count per kind."""

    _attr_state_class = SensorStateClass.MEASUREMENT

    def __init__(self, entry: CompoundSecurityConfigEntry) -> None:
        """Follow the compound's alarm desk."""
        super().__init__(entry, "open_alarms")

    @property
    def native_value(self) -> int:
        """Return the open alarms."""
        desk = self.entry.runtime_data.desk
        return sum(desk.open_by_kind().values()) if desk else 0

    @property
    def extra_state_attributes(self) -> dict[str, Any]:
        """Return the count of each kind (every kind listed, zero included)."""
        desk = self.entry.runtime_data.desk
        counts = desk.open_by_kind() if desk else {}
        return {
            "by_kind": {
                kind.value: counts.get(kind.value, 0)
                for kind in AlarmKind
                if kind not in PRIVATE_KINDS
            }
        }

    async def async_added_to_hass(self) -> None:
        """Follow the alarm desk."""
        await super().async_added_to_hass()
        desk = self.entry.runtime_data.desk
        if desk is not None:
            listen(self, desk.listeners, self.async_write_ha_state)


class CameraAvailabilitySensor(CompoundEntity, SensorEntity):
    """The share of the compound's cameras that give pictures now."""

    _attr_state_class = SensorStateClass.MEASUREMENT
    _attr_native_unit_of_measurement = PERCENTAGE
    _attr_suggested_display_precision = 0

    def __init__(self, entry: CompoundSecurityConfigEntry) -> None:
        """Follow every camera's health."""
        super().__init__(entry, "camera_availability")

    @property
    def native_value(self) -> float | None:
        """Return the percentage of healthy cameras."""
        return availability([m.health for m in self.entry.runtime_data.cameras.values()])

    @property
    def extra_state_attributes(self) -> dict[str, Any]:
        """Return the cameras failing now, by name."""
        failing = [
            m.name for m in self.entry.runtime_data.cameras.values() if m.health.online is False
        ]
        return {"cameras": len(self.entry.runtime_data.cameras), "failing": failing[:50]}

    async def async_added_to_hass(self) -> None:
        """Follow each camera."""
        await super().async_added_to_hass()
        for monitor in self.entry.runtime_data.cameras.values():
            listen(self, monitor.listeners, self.async_write_ha_state)


MAX_LISTED_FLAGS = 50  # attributes stay small


class _UsageSensor(CompoundEntity, SensorEntity):
    """A figure of the usage tracker, refreshed whenever months are imported or analysed."""

    async def async_added_to_hass(self) -> None:
        """Follow the compound's usage tracker."""
        await super().async_added_to_hass()
        usage = self.entry.runtime_data.usage
        listen(self, usage.listeners, self._changed)
        self._update_value()

    @callback
    def _changed(self) -> None:
        self._update_value()
        self.async_write_ha_state()

    def _update_value(self) -> None:
        raise NotImplementedError


class FlaggedHouseholdsSensor(_UsageSensor):
    """Households the over-usage analysis flags, listed by address and classification."""

    _attr_state_class = SensorStateClass.MEASUREMENT

    def __init__(self, entry: CompoundSecurityConfigEntry) -> None:
        """Follow the compound's usage analysis."""
        super().__init__(entry, "flagged_households")

    def _update_value(self) -> None:
        """Count the flags by classification; which flats stays behind the staff API."""
        flags = self.entry.runtime_data.usage.flags
        self._attr_native_value = len(flags)
        self._attr_extra_state_attributes = {
            "by_classification": {
                kind.value: sum(1 for flag in flags if flag.classification is kind)
                for kind in Classification
            }
        }


class MonthTotalSensor(_UsageSensor):
    """The compound's electricity or water this month, from the imported months."""

    _attr_state_class = SensorStateClass.TOTAL

    def __init__(self, entry: CompoundSecurityConfigEntry, key: str) -> None:
        """`key`: electricity_this_month or water_this_month."""
        super().__init__(entry, key)
        self.key = key
        if key == "electricity_this_month":
            self._attr_device_class = SensorDeviceClass.ENERGY
            self._attr_native_unit_of_measurement = UnitOfEnergy.KILO_WATT_HOUR
        else:
            self._attr_device_class = SensorDeviceClass.WATER
            self._attr_native_unit_of_measurement = UnitOfVolume.CUBIC_METERS

    def _update_value(self) -> None:
        now = dt_util.now()
        power, water = self.entry.runtime_data.usage.month_totals(period_of(now))
        self._attr_native_value = power if self.key == "electricity_this_month" else water
        self._attr_last_reset = dt_util.start_of_local_day(now.replace(day=1))


class PollDurationSensor(MeterBusEntity, SensorEntity):
    """How long the bus's last full poll took."""

    _attr_device_class = SensorDeviceClass.DURATION
    _attr_state_class = SensorStateClass.MEASUREMENT
    _attr_native_unit_of_measurement = UnitOfTime.SECONDS
    _attr_suggested_display_precision = 1

    def __init__(self, poller: MeterPoller) -> None:
        """Follow one bus."""
        super().__init__(poller, "last_poll_duration")

    @property
    def native_value(self) -> float | None:
        """Return the seconds of the last poll."""
        report = self.poller.last_report
        return round(report.duration, 3) if report else None


class MetersAnsweringSensor(MeterBusEntity, SensorEntity):
    """How many of the bus's meters gave a reading in the last poll."""

    _attr_state_class = SensorStateClass.MEASUREMENT

    def __init__(self, poller: MeterPoller) -> None:
        """Follow one bus."""
        super().__init__(poller, "meters_answering")

    @property
    def native_value(self) -> int | None:
        """Return the meters that answered."""
        report = self.poller.last_report
        return report.answered if report else None

    @property
    def extra_state_attributes(self) -> dict[str, Any]:
        """Return the meters on the bus and those that gave no reading, with why."""
        report = self.poller.last_report
        failed = [r for r in report.readings if r.value is None] if report else []
        return {
            "meters": len(report.readings) if report else len(self.poller.targets()),
            "not_answering": {r.address: r.error for r in failed[:MAX_LISTED_FLAGS]},
        }
