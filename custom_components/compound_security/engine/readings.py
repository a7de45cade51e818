"""Monthly readings imported from the utility company: CSV rows or records, checked one by one.

Policy: good rows are kept and bad rows reported, not all-or-nothing like the registry
import. A utility export covers the whole compound; one mistyped row must not hold back
everyone else's month, and re-importing a corrected row simply replaces that household's
month (the key is household and period).

Columns (header required): `household_id` or `meter` (an electricity or water meter
address), `period` (YYYY-MM), `electricity_kwh`, `water_m3`, optional `water_cost`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
import math
import re
from typing import Any

from .csvfile import read_rows
from .errors import RuleError
from .registry import Registry
from .usage import MonthlyUsage, parse_period

MAX_ROWS = 100_000


@dataclass(frozen=True, slots=True)
class Reading:
    """One household's month, ready to store."""

    household_id: str
    period: str
    usage: MonthlyUsage


@dataclass(frozen=True, slots=True)
class RejectedRow:
    """A row that was not kept, numbered from 1 (for CSV, the header is row 1)."""

    row: int
    code: str


def _amount(value: Any) -> float | None:
    """Return a figure of zero or more, None when the column is empty, or raise."""
    if value in (None, ""):
        return None
    try:
        number = float(value)
    except TypeError, ValueError:
        raise RuleError("reading_invalid") from None
    if math.isnan(number) or number < 0 or math.isinf(number):
        raise RuleError("reading_invalid")
    return number


def check_record(record: Mapping[str, Any], registry: Registry) -> Reading:
    """Return a reading, or raise `RuleError` naming the problem."""
    household_id = str(record.get("household_id") or "").strip()
    if not household_id:
        meter = re.sub(r"[\s-]", "", str(record.get("meter") or ""))
        found = None
        for digits in (12, 14):
            if meter.isdigit() and (found := registry.household_for_meter(meter.zfill(digits))):
                break
        if found is None:
            raise RuleError("meter_not_found" if meter else "household_missing")
        household_id = found
    if household_id not in registry.households:
        raise RuleError("household_not_found")
    try:
        period = parse_period(str(record.get("period") or ""))
    except ValueError:
        raise RuleError("period_invalid") from None
    electricity = _amount(record.get("electricity_kwh"))
    water = _amount(record.get("water_m3"))
    if electricity is None and water is None:
        raise RuleError("reading_missing")
    cost = _amount(record.get("water_cost"))
    return Reading(household_id, period, MonthlyUsage(electricity, water, cost))


def check_records(
    records: Iterable[Mapping[str, Any]], registry: Registry, first_row: int = 1
) -> tuple[list[Reading], list[RejectedRow]]:
    """Check every record; return the good readings and the rejected rows."""
    good: list[Reading] = []
    rejected: list[RejectedRow] = []
    for number, record in enumerate(records, start=first_row):
        if number - first_row >= MAX_ROWS:
            rejected.append(RejectedRow(number, "import_too_many_rows"))
            break
        try:
            good.append(check_record(record, registry))
        except RuleError as err:
            rejected.append(RejectedRow(number, err.code))
    return good, rejected


def parse_csv(source: str | Iterable[str]) -> Iterator[dict[str, str]]:
    """Yield the CSV's rows as dicts keyed by the (stripped) header, as they are read."""
    _header, rows = read_rows(source)
    return (row for _number, row in rows)
