"""Weekly schedules (时间段): when an access level opens its doors.

A schedule has time ranges per weekday (`07:00-22:00`; `22:00-06:00` runs past midnight
into the next day) and holidays as dates, on which the holiday ranges apply instead of
the weekday's (none: closed). Stored as a plain dict:

    {"mon": ["07:00-22:00"], "tue": [...], ..., "holidays": ["2026-10-01"],
     "holiday": ["09:00-17:00"]}

A missing weekday is closed; `ALWAYS` is open around the clock every day, holidays too.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
import re
from typing import Any

from .errors import RuleError

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DAY_MINUTES = 24 * 60
MAX_RANGES_PER_DAY = 8
MAX_HOLIDAYS = 366
_RANGE = re.compile(r"\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*")

type Ranges = tuple[tuple[int, int], ...]  # (start, end) in minutes; end > start or overnight


def _minutes(hours: str, minutes: str, *, end: bool) -> int:
    value = int(hours) * 60 + int(minutes)
    limit = DAY_MINUTES if end else DAY_MINUTES - 1
    if int(minutes) > 59 or value > limit:  # noqa: PLR2004
        raise RuleError("schedule_time_invalid", value=f"{hours}:{minutes}")
    return value


def parse_ranges(values: Iterable[Any]) -> Ranges:
    """Read `HH:MM-HH:MM` texts; `24:00` may end a range, an end before the start wraps."""
    ranges: list[tuple[int, int]] = []
    for value in values:
        match = _RANGE.fullmatch(str(value))
        if match is None:
            raise RuleError("schedule_range_invalid", value=str(value)[:40])
        start = _minutes(match[1], match[2], end=False)
        stop = _minutes(match[3], match[4], end=True)
        if start == stop:
            raise RuleError("schedule_range_invalid", value=str(value)[:40])
        ranges.append((start, stop))
    if len(ranges) > MAX_RANGES_PER_DAY:
        raise RuleError("schedule_too_many_ranges", max=str(MAX_RANGES_PER_DAY))
    return tuple(sorted(ranges))


def format_ranges(ranges: Ranges) -> list[str]:
    """Write ranges back as `HH:MM-HH:MM` texts."""
    return [f"{s // 60:02d}:{s % 60:02d}-{e // 60:02d}:{e % 60:02d}" for s, e in ranges]


@dataclass(frozen=True, slots=True)
class WeeklySchedule:
    """Open time ranges per weekday (Monday = 0), and holidays with their own ranges."""

    days: tuple[Ranges, ...] = ((),) * 7
    holidays: frozenset[date] = field(default_factory=frozenset)
    holiday: Ranges = ()

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> WeeklySchedule:
        """Read and check a stored or typed schedule; raise `RuleError` on a bad one."""
        days = tuple(parse_ranges(_as_list(data.get(day))) for day in WEEKDAYS)
        holidays: set[date] = set()
        for value in _as_list(data.get("holidays")):
            try:
                holidays.add(date.fromisoformat(str(value)))
            except ValueError:
                raise RuleError("date_invalid", value=str(value)[:40]) from None
        if len(holidays) > MAX_HOLIDAYS:
            raise RuleError("schedule_too_many_holidays", max=str(MAX_HOLIDAYS))
        return cls(days, frozenset(holidays), parse_ranges(_as_list(data.get("holiday"))))

    def to_dict(self) -> dict[str, Any]:
        """Return the stored form."""
        data: dict[str, Any] = {
            day: format_ranges(ranges) for day, ranges in zip(WEEKDAYS, self.days, strict=True)
        }
        data["holidays"] = sorted(day.isoformat() for day in self.holidays)
        data["holiday"] = format_ranges(self.holiday)
        return data

    def _ranges_on(self, day: date) -> Ranges:
        return self.holiday if day in self.holidays else self.days[day.weekday()]

    def allows(self, moment: datetime) -> bool:
        """Return whether `moment` (local time) falls in an open range."""
        minute = moment.hour * 60 + moment.minute
        day = moment.date()
        for start, end in self._ranges_on(day):
            if (start < end and start <= minute < end) or (end < start and minute >= start):
                return True
        # A range of the day before that runs past midnight.
        return any(
            end < start and minute < end for start, end in self._ranges_on(day - timedelta(days=1))
        )


def _as_list(value: Any) -> list[Any]:
    if value in (None, ""):
        return []
    if isinstance(value, str):
        return [part for part in value.split(",") if part.strip()]
    if isinstance(value, list | tuple):
        return list(value)
    raise RuleError("schedule_range_invalid", value=str(value)[:40])


ALWAYS = WeeklySchedule((((0, DAY_MINUTES),),) * 7, frozenset(), ((0, DAY_MINUTES),))
