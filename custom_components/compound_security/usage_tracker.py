"""Household utility usage in Home Assistant: stored months, the analysis, its alarms.

Months live in storage (`.storage/compound_security.usage`), keyed by household and
period: data, not entities. An over-usage alarm is raised once per household per month
and closed when the household's usage is normal again.
"""

from __future__ import annotations

from dataclasses import asdict, replace
from datetime import datetime
import secrets
from typing import TYPE_CHECKING, Any, override

from homeassistant.components.recorder.models import (
    StatisticData,
    StatisticMeanType,
    StatisticMetaData,
)
from homeassistant.components.recorder.statistics import async_add_external_statistics
from homeassistant.const import UnitOfEnergy, UnitOfVolume
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers.recorder import get_instance
from homeassistant.helpers.storage import Store
from homeassistant.helpers.update_coordinator import DataUpdateCoordinator
from homeassistant.util import dt as dt_util

from .const import DOMAIN, LOGGER, STORAGE_VERSION
from .controller import CompoundController
from .engine.decision import Alarm, AlarmKind, Severity
from .engine.readings import Reading
from .engine.usage import (
    DEFAULT_FACTOR,
    DEFAULT_MONTHS,
    MonthlyUsage,
    UsageFlag,
    analyze,
    monthly_from_cumulative,
    period_of,
)
from .registry import CompoundRegistry

if TYPE_CHECKING:
    from .coordinator import CompoundSecurityConfigEntry

SAVE_DELAY = 5
# DL/T 645 XXXXXX.XX kWh and CJ/T 188 XXXXXX.XX m³ registers wrap at a million.
REGISTER_CAPACITY = 1_000_000.0


class UsageTracker(DataUpdateCoordinator[list[UsageFlag]]):
    """Monthly usage per household; the flags the analysis raises are the data."""

    config_entry: CompoundSecurityConfigEntry

    def __init__(
        self,
        hass: HomeAssistant,
        entry: CompoundSecurityConfigEntry,
        registry: CompoundRegistry,
        controller: CompoundController,
        factor: float = DEFAULT_FACTOR,
        months: int = DEFAULT_MONTHS,
    ) -> None:
        """Prepare; `async_load` reads what is stored."""
        super().__init__(hass, LOGGER, config_entry=entry, name=f"{DOMAIN} usage")
        self.registry = registry
        self.controller = controller
        self.factor = factor
        self.months = months
        self.usage: dict[str, dict[str, MonthlyUsage]] = {}
        self.flags: list[UsageFlag] = []
        self.data = self.flags
        self._alarms: dict[str, dict[str, str]] = {}  # household -> {"period", "alarm_id"}
        # "electricity:<address>" -> [ISO time, cumulative value] of the last poll
        self._meters: dict[str, list[Any]] = {}
        self._metered_period: str | None = None
        # household -> the random name of its statistics: every user reads long-term
        # statistics, so their ids and names carry no household id and no flat.
        self._statistic_keys: dict[str, str] = {}
        self._store: Store[dict[str, Any]] = Store(  # the compound's own, as its registry
            hass,
            STORAGE_VERSION,
            f"{DOMAIN}.{registry.entry_id}.usage",
            private=True,
            atomic_writes=True,
        )

    async def async_load(self) -> None:
        """Read stored months and raised alarms, then analyse."""
        stored = await self._store.async_load() or {}
        self.usage = {
            household: {period: MonthlyUsage(*values) for period, values in months.items()}
            for household, months in stored.get("usage", {}).items()
        }
        self._alarms = stored.get("alarms", {})
        self._meters = stored.get("meters", {})
        self._metered_period = stored.get("metered_period")
        self._statistic_keys = stored.get("statistic_keys", {})
        self.flags = self.data = self._analyze()
        if "statistic_keys" not in stored and self.usage:
            self._republish_statistics()

    @override
    async def _async_update_data(self) -> list[UsageFlag]:
        return self.flags  # pushed only: imports and meter polls book usage

    def _data(self) -> dict[str, Any]:
        return {
            "usage": {
                household: {
                    period: [m.electricity_kwh, m.water_m3, m.water_cost]
                    for period, m in months.items()
                }
                for household, months in self.usage.items()
            },
            "alarms": self._alarms,
            "meters": self._meters,
            "metered_period": self._metered_period,
            "statistic_keys": self._statistic_keys,
        }

    @callback
    def async_add(self, readings: list[Reading]) -> None:
        """Store readings (a household's month is replaced by a new import of it)."""
        for reading in readings:
            months = self.usage.setdefault(reading.household_id, {})
            months[reading.period] = months.get(reading.period, MonthlyUsage()).updated_by(
                reading.usage
            )
        self._store.async_delay_save(self._data, SAVE_DELAY)
        if "recorder" in self.hass.config.components:
            for household_id in {reading.household_id for reading in readings}:
                self._publish_statistics(household_id)

    @callback
    def async_add_meter_readings(
        self, *, water: bool, readings: list[tuple[str, str, datetime, float]]
    ) -> None:
        """Book polled cumulative readings (household, address, time, value) as usage.

        The first reading of a meter is only a baseline. When a poll is the first of a new
        month, the month just completed is analysed (alarms are about whole months).
        """
        attribute = "water_m3" if water else "electricity_kwh"
        changed: set[str] = set()
        for household_id, address, when, value in readings:
            key = f"{'water' if water else 'electricity'}:{address}"
            previous = self._meters.get(key)
            self._meters[key] = [when.isoformat(), value]
            if previous is None:
                continue
            since = datetime.fromisoformat(previous[0])
            for period, delta in monthly_from_cumulative(
                [(since, float(previous[1])), (when, value)], REGISTER_CAPACITY
            ).items():
                months = self.usage.setdefault(household_id, {})
                month = months.get(period, MonthlyUsage())
                booked = getattr(month, attribute) or 0.0
                months[period] = replace(month, **{attribute: round(booked + delta, 3)})
                changed.add(household_id)
        self._store.async_delay_save(self._data, SAVE_DELAY)
        if "recorder" in self.hass.config.components:
            for household_id in changed:
                self._publish_statistics(household_id)
        current = period_of(dt_util.now())
        if self._metered_period != current:
            self._metered_period = current
            self.async_analyze()  # also tells the entities
        else:
            self.async_update_listeners()

    def statistic_id(self, household_id: str, kind: str) -> str:
        """Return the long-term statistic of a flat's electricity or water by month.

        Only the role-checked console tells which flat an id belongs to.
        """
        key = self._statistic_keys.get(household_id)
        if key is None:
            key = self._statistic_keys[household_id] = secrets.token_hex(8)
            self._store.async_delay_save(self._data, SAVE_DELAY)
        return f"{DOMAIN}:usage_{key}_{kind}"

    def _republish_statistics(self) -> None:
        """Move statistics of older releases (named by household id and flat) to opaque ids."""
        if "recorder" not in self.hass.config.components:
            return
        old = [
            f"{DOMAIN}:household_{household_id}_{kind}"
            for household_id in self.usage
            for kind in ("electricity", "water")
        ]
        get_instance(self.hass).async_clear_statistics(old)
        for household_id in self.usage:
            self._publish_statistics(household_id)
        self._store.async_delay_save(self._data, SAVE_DELAY)

    def _publish_statistics(self, household_id: str) -> None:
        """Put a flat's months into long-term statistics, so staff can chart any flat."""
        months = sorted(self.usage.get(household_id, {}).items())
        for kind, unit, unit_class, attribute in (
            ("electricity", UnitOfEnergy.KILO_WATT_HOUR, "energy", "electricity_kwh"),
            ("water", UnitOfVolume.CUBIC_METERS, "volume", "water_m3"),
        ):
            total = 0.0
            points: list[StatisticData] = []
            for period, month in months:
                value: float | None = getattr(month, attribute)
                if value is None:
                    continue
                total += value
                points.append(StatisticData(start=_month_start(period), state=value, sum=total))
            if points:
                async_add_external_statistics(
                    self.hass,
                    StatisticMetaData(
                        mean_type=StatisticMeanType.NONE,
                        has_sum=True,
                        name=f"Household {kind}",
                        source=DOMAIN,
                        statistic_id=self.statistic_id(household_id, kind),
                        unit_class=unit_class,
                        unit_of_measurement=unit,
                    ),
                    points,
                )

    def flags_for(self, period: str) -> list[UsageFlag]:
        """Return the analysis of a past month, raising and closing no alarm."""
        return self._analyze(period)

    def periods(self) -> list[str]:
        """Return the months any household has usage for, oldest first."""
        return sorted({period for months in self.usage.values() for period in months})

    def _analyze(self, period: str | None = None) -> list[UsageFlag]:
        engine = self.registry.engine
        occupants = {household: len(engine.people_of(household)) for household in self.usage}
        current = period_of(dt_util.now())
        if period is None and self._metered_period == current:
            # Meters are still counting this month: judge the latest whole month. (Imported
            # months are whole by nature, so without meters the latest month is judged.)
            complete = [p for months in self.usage.values() for p in months if p < current]
            period = max(complete, default=None)
        return analyze(
            {h: m for h, m in self.usage.items() if h in engine.households},
            occupants,
            factor=self.factor,
            months=self.months,
            period=period,
        )

    @callback
    def async_analyze(self, period: str | None = None) -> list[UsageFlag]:
        """Analyse, raise each new month's alarms once, close alarms of normal households."""
        flags = self._analyze(period)
        flagged = {flag.household_id: flag for flag in flags}
        for household, raised in list(self._alarms.items()):
            if household not in flagged:
                self.controller.async_clear(
                    Alarm(
                        AlarmKind.OVER_USAGE,
                        Severity.WARNING,
                        dt_util.now(),
                        household_id=household,
                        alarm_id=raised["alarm_id"],
                    )
                )
                del self._alarms[household]
        for household, flag in flagged.items():
            if self._alarms.get(household, {}).get("period") == flag.period:
                continue  # once per household per month
            alarm = Alarm(
                AlarmKind.OVER_USAGE,
                Severity.WARNING,
                dt_util.now(),
                household_id=household,
                placeholders=_placeholders(flag),
            )
            self.controller.async_raise(alarm)
            self._alarms[household] = {"period": flag.period, "alarm_id": alarm.alarm_id}
        self._store.async_delay_save(self._data, SAVE_DELAY)
        if period is None:
            self.flags = flags
            self.async_set_updated_data(flags)
        return flags

    def month_totals(self, period: str) -> tuple[float | None, float | None]:
        """Return the compound's electricity and water for a month."""
        months = [m[period] for m in self.usage.values() if period in m]
        power = [m.electricity_kwh for m in months if m.electricity_kwh is not None]
        water = [m.water_m3 for m in months if m.water_m3 is not None]
        return (round(sum(power), 1) if power else None, round(sum(water), 2) if water else None)


def _month_start(period: str) -> datetime:
    """Return local midnight on the first day of `YYYY-MM` (statistics start on the hour)."""
    return datetime(int(period[:4]), int(period[5:]), 1, tzinfo=dt_util.get_default_time_zone())


def _placeholders(flag: UsageFlag) -> dict[str, str]:
    return {
        "period": flag.period,
        "classification": flag.classification.value,
        "electricity": f"{flag.electricity_kwh:g}" if flag.electricity_kwh is not None else "-",
        "water": f"{flag.water_m3:g}" if flag.water_m3 is not None else "-",
        "occupants": str(flag.occupants),
        "estimated": str(flag.estimated_occupants) if flag.estimated_occupants else "-",
    }


def flag_response(flag: UsageFlag, registry: CompoundRegistry) -> dict[str, Any]:
    """Return a flag as action response data, with the flat's address."""
    household = registry.engine.households.get(flag.household_id)
    return asdict(flag) | {
        "classification": flag.classification.value,
        "household": household.label if household else None,
    }
