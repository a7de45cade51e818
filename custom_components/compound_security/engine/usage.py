"""Monthly utility usage per household and the over-usage analysis (群租 / workshop checks).

Plain Python. Usage is compared per registered occupant with the compound's distribution
for the same month, using the median (which the outliers themselves cannot drag up, as
they drag up a mean) and the MAD for a robust z-score.

Occupants are the household's *registered people*, not its active cards: the property
office registers everyone who lives in a flat, while cards are capped (安居E卡) and some
residents (children, the elderly) hold none, so cards would undercount honest households.

Defaults, and why:
- `factor` 3.0: a flat is "high" when its usage per registered person is at least three
  times the compound's median per person. Household consumption per person varies about
  twofold between thrifty and heavy users; three times is beyond ordinary variation, and
  the seed case (2,392 kWh in a month for a few registered people) is over ten times.
- `months` 2: it must stay high for two consecutive months, so a holiday with visiting
  family, or one bad meter reading, does not flag anyone.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
import re
import statistics

DEFAULT_FACTOR = 3.0
DEFAULT_MONTHS = 2
MAD_SCALE = 1.4826  # makes the MAD comparable with a standard deviation
_PERIOD = re.compile(r"(\d{4})-(\d{2})")


class Classification(StrEnum):
    """What sustained over-use suggests."""

    SUSPECTED_GROUP_RENTAL = "suspected_group_rental"  # electricity and water both high
    SUSPECTED_WORKSHOP = "suspected_workshop"  # electricity high, water normal
    NO_REGISTERED_OCCUPANT = "no_registered_occupant"  # usage, but nobody registered


@dataclass(frozen=True, slots=True)
class MonthlyUsage:
    """One household's consumption in one month."""

    electricity_kwh: float | None = None
    water_m3: float | None = None
    water_cost: float | None = None

    def updated_by(self, newer: MonthlyUsage) -> MonthlyUsage:
        """Return this month with the figures `newer` has replacing its own.

        An electricity meter's row and a water meter's row of the same month each bring
        their own figures; a re-import corrects the figures it brings.
        """
        return MonthlyUsage(
            newer.electricity_kwh if newer.electricity_kwh is not None else self.electricity_kwh,
            newer.water_m3 if newer.water_m3 is not None else self.water_m3,
            newer.water_cost if newer.water_cost is not None else self.water_cost,
        )


@dataclass(frozen=True, slots=True)
class UsageFlag:
    """A household whose usage stayed high, with the figures behind the verdict."""

    household_id: str
    period: str
    classification: Classification
    months: int
    electricity_kwh: float | None
    water_m3: float | None
    occupants: int
    electricity_per_person: float | None
    water_per_person: float | None
    compound_electricity_median: float | None
    compound_water_median: float | None
    electricity_z: float | None
    water_z: float | None
    estimated_occupants: int | None


def parse_period(text: str) -> str:
    """Return `YYYY-MM` for a valid month, or raise ValueError."""
    match = _PERIOD.fullmatch(text.strip())
    if match is None or not 1 <= int(match[2]) <= 12:  # noqa: PLR2004
        raise ValueError(text)
    return f"{match[1]}-{match[2]}"


def period_of(moment: date | datetime) -> str:
    """Return the month a date falls in."""
    return f"{moment.year:04d}-{moment.month:02d}"


def previous_period(period: str) -> str:
    """Return the month before `YYYY-MM`."""
    year, month = int(period[:4]), int(period[5:])
    return f"{year - 1:04d}-12" if month == 1 else f"{year:04d}-{month - 1:02d}"


def monthly_from_cumulative(
    readings: Iterable[tuple[datetime, float]], capacity: float | None = None
) -> dict[str, float]:
    """Turn cumulative meter readings into usage per month.

    A reading below the one before is either a rollover (the register wrapped past
    `capacity`, when the previous reading was within 10 % of it) or a replaced meter
    (counted from zero). Usage between two readings is booked in the later one's month.
    """
    usage: dict[str, float] = {}
    last: float | None = None
    for moment, value in sorted(readings):
        if last is not None:
            if value >= last:
                delta = value - last
            elif capacity is not None and last >= 0.9 * capacity:
                delta = capacity - last + value
            else:
                delta = value  # a new meter starts counting from zero
            usage[period_of(moment)] = usage.get(period_of(moment), 0.0) + delta
        last = value
    return usage


@dataclass(frozen=True, slots=True)
class _MonthStats:
    median: float
    mad: float

    def z(self, value: float) -> float:
        spread = MAD_SCALE * self.mad
        return (value - self.median) / spread if spread else 0.0


def _stats(values: list[float]) -> _MonthStats | None:
    if not values:
        return None
    median = statistics.median(values)
    return _MonthStats(median, statistics.median(abs(v - median) for v in values))


def analyze(
    usage: Mapping[str, Mapping[str, MonthlyUsage]],
    occupants: Mapping[str, int],
    *,
    factor: float = DEFAULT_FACTOR,
    months: int = DEFAULT_MONTHS,
    period: str | None = None,
) -> list[UsageFlag]:
    """Flag households high for `months` consecutive months up to `period` (the latest)."""
    periods = sorted({p for by_period in usage.values() for p in by_period})
    if not periods:
        return []
    last = period or periods[-1]
    window = [last]
    for _ in range(months - 1):
        window.insert(0, previous_period(window[0]))
    electricity = {p: _per_person_stats(usage, occupants, p, "electricity_kwh") for p in window}
    water = {p: _per_person_stats(usage, occupants, p, "water_m3") for p in window}
    flags: list[UsageFlag] = []
    for household_id, by_period in usage.items():
        people = occupants.get(household_id, 0)
        verdicts = {
            _verdict(by_period.get(p), people, electricity[p], water[p], factor) for p in window
        }
        if len(verdicts) != 1 or (verdict := verdicts.pop()) is None:
            continue  # not high, or not the same verdict every month of the window
        flags.append(
            _flag(
                household_id,
                last,
                verdict,
                by_period[last],
                people,
                (electricity[last], water[last]),
                months,
            )
        )
    return sorted(flags, key=lambda f: f.household_id)


def _per_person_stats(
    usage: Mapping[str, Mapping[str, MonthlyUsage]],
    occupants: Mapping[str, int],
    period: str,
    attribute: str,
) -> _MonthStats | None:
    values = []
    for household_id, by_period in usage.items():
        month = by_period.get(period)
        people = occupants.get(household_id, 0)
        if month is not None and people > 0 and (value := getattr(month, attribute)) is not None:
            values.append(value / people)
    return _stats(values)


def _verdict(
    month: MonthlyUsage | None,
    people: int,
    electricity: _MonthStats | None,
    water: _MonthStats | None,
    factor: float,
) -> Classification | None:
    if month is None or electricity is None:
        return None
    if people == 0:
        used = (month.electricity_kwh or 0) > electricity.median
        return Classification.NO_REGISTERED_OCCUPANT if used else None
    power_high = month.electricity_kwh is not None and (
        month.electricity_kwh / people >= factor * electricity.median
    )
    water_high = (
        water is not None
        and month.water_m3 is not None
        and month.water_m3 / people >= factor * water.median
    )
    if power_high and water_high:
        return Classification.SUSPECTED_GROUP_RENTAL
    if power_high:
        return Classification.SUSPECTED_WORKSHOP
    return None


def _estimate(
    classification: Classification, month: MonthlyUsage, stats: tuple[_MonthStats | None, ...]
) -> int | None:
    """Estimate who really lives there: usage over the compound's median per person."""
    electricity, water = stats
    if classification is Classification.SUSPECTED_GROUP_RENTAL and water and water.median:
        return round((month.water_m3 or 0) / water.median)  # water follows people
    if (
        classification is Classification.NO_REGISTERED_OCCUPANT
        and electricity
        and electricity.median
    ):
        return round((month.electricity_kwh or 0) / electricity.median)
    return None


def _flag(
    household_id: str,
    period: str,
    classification: Classification,
    month: MonthlyUsage,
    people: int,
    stats: tuple[_MonthStats | None, _MonthStats | None],
    months: int,
) -> UsageFlag:
    electricity, water = stats
    e_pp = month.electricity_kwh / people if people and month.electricity_kwh is not None else None
    w_pp = month.water_m3 / people if people and month.water_m3 is not None else None
    return UsageFlag(
        household_id=household_id,
        period=period,
        classification=classification,
        months=months,
        electricity_kwh=month.electricity_kwh,
        water_m3=month.water_m3,
        occupants=people,
        electricity_per_person=_round(e_pp),
        water_per_person=_round(w_pp),
        compound_electricity_median=_round(electricity.median if electricity else None),
        compound_water_median=_round(water.median if water else None),
        electricity_z=_round(electricity.z(e_pp) if electricity and e_pp is not None else None),
        water_z=_round(water.z(w_pp) if water and w_pp is not None else None),
        estimated_occupants=_estimate(classification, month, stats),
    )


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)
