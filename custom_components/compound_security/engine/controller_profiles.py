"""Weekly schedules and visitor windows as a UHPPOTE controller's time profiles.

A controller decides a card at a door from one number per door: 0 no access, 1 at any
time, or the id (2-254) of a time profile. A profile holds a date range, weekday flags and
up to three time segments, and links to another profile: the card passes when any profile
of the chain allows the moment. Segments here run from their start minute to their end
minute inclusive (`08:00-21:59` for `08:00-22:00`), so a range never opens a minute early.

Controllers know no holidays and no segment past midnight, so a schedule is compiled per
date: an overnight range becomes an evening and the next morning, and holidays (and the
mornings after them) become exception dates with their own profiles, cutting the weekday
profiles' date ranges around them. Holidays already past are dropped, so the profiles only
change when a holiday goes by or a level is edited.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from itertools import groupby

from .schedule import DAY_MINUTES, Ranges, WeeklySchedule

FIRST_PROFILE = 2
LAST_PROFILE = 254
SEGMENTS_PER_PROFILE = 3
EARLIEST = date(2000, 1, 1)  # the open ends of validity and profile date ranges
LATEST = date(2099, 12, 31)
EVERY_DAY = (True,) * 7
_ONE_DAY = timedelta(days=1)

type Segment = tuple[time, time]  # start and end minute, both included


@dataclass(frozen=True, slots=True)
class ProfileShape:
    """A time profile's content, before it has an id and a link."""

    start_date: date
    end_date: date
    weekdays: tuple[bool, ...]  # Monday first, as the library's fields
    segments: tuple[Segment, ...]


type Chain = tuple[ProfileShape, ...]


@dataclass(frozen=True, slots=True)
class ProfileRecord:
    """A time profile as the controller stores it (`linked_profile` 0: the chain ends)."""

    id: int
    start_date: date
    end_date: date
    weekdays: tuple[bool, ...]
    segments: tuple[Segment, ...]
    linked_profile: int = 0

    @property
    def shape(self) -> ProfileShape:
        """Return the content, without id and link."""
        return ProfileShape(self.start_date, self.end_date, self.weekdays, self.segments)

    def allows(self, moment: datetime) -> bool:
        """Return whether this one profile (not its chain) opens at `moment` (local)."""
        day = moment.date()
        if not (self.start_date <= day <= self.end_date and self.weekdays[day.weekday()]):
            return False
        now = time(moment.hour, moment.minute)
        return any(start <= now <= end for start, end in self.segments)


def permission_allows(
    permission: int, profiles: Mapping[int, ProfileRecord], moment: datetime
) -> bool:
    """Return what the controller decides for a door permission at `moment` (local)."""
    if permission <= 1:
        return permission == 1
    seen: set[int] = set()
    while permission and permission not in seen and (profile := profiles.get(permission)):
        if profile.allows(moment):
            return True
        seen.add(permission)
        permission = profile.linked_profile
    return False


def _merged(ranges: Iterable[tuple[int, int]]) -> Ranges:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return tuple(merged)


def _within_day(today: Ranges, yesterday: Ranges) -> Iterator[tuple[int, int]]:
    """Yield a day's open minutes: its own ranges to midnight, and yesterday's spill."""
    for start, end in today:
        yield (start, end if start < end else DAY_MINUTES)
    for start, end in yesterday:
        if 0 < end < start:
            yield (0, end)


def _own(schedule: WeeklySchedule, day: date) -> Ranges:
    return schedule.holiday if day in schedule.holidays else schedule.days[day.weekday()]


def _on_date(schedules: Iterable[WeeklySchedule], day: date) -> Ranges:
    return _merged(
        minute
        for schedule in schedules
        for minute in _within_day(_own(schedule, day), _own(schedule, day - _ONE_DAY))
    )


def _on_weekday(schedules: Iterable[WeeklySchedule], weekday: int) -> Ranges:
    return _merged(
        minute
        for schedule in schedules
        for minute in _within_day(schedule.days[weekday], schedule.days[weekday - 1])
    )


def _segments(ranges: Ranges) -> list[tuple[Segment, ...]]:
    """Return the ranges as inclusive-minute segments, three to a profile."""
    segments = [
        (time(start // 60, start % 60), time((end - 1) // 60, (end - 1) % 60))
        for start, end in ranges
    ]
    return [
        tuple(segments[i : i + SEGMENTS_PER_PROFILE])
        for i in range(0, len(segments), SEGMENTS_PER_PROFILE)
    ]


ALWAYS_OPEN: Chain = (ProfileShape(EARLIEST, LATEST, EVERY_DAY, ((time(0), time(23, 59)),)),)


def compile_schedules(schedules: frozenset[WeeklySchedule], today: date) -> Chain:
    """Return the profiles that open when any of the schedules does, from `today` on.

    `ALWAYS_OPEN` means around the clock (door permission 1); an empty chain, never.
    """
    pattern = [_on_weekday(schedules, weekday) for weekday in range(7)]
    candidates = {
        day
        for schedule in schedules
        for holiday in schedule.holidays
        for day in (holiday, holiday + _ONE_DAY)
        if day >= today
    }
    exceptions = {
        day: ranges
        for day in sorted(candidates)
        if (ranges := _on_date(schedules, day)) != pattern[day.weekday()]
    }
    if not exceptions and all(ranges == ((0, DAY_MINUTES),) for ranges in pattern):
        return ALWAYS_OPEN
    shapes: list[ProfileShape] = []
    for start, end in _normal_periods(sorted(exceptions)):
        # A short period (a weekend between holidays) needs only its own weekdays.
        present = {
            (start + timedelta(days=d)).weekday() for d in range(min(7, (end - start).days + 1))
        }
        for ranges, days in groupby(sorted(present, key=pattern.__getitem__), pattern.__getitem__):
            members = set(days)
            weekdays = tuple(day in members for day in range(7))
            shapes.extend(ProfileShape(start, end, weekdays, chunk) for chunk in _segments(ranges))
    for first, last, ranges in _exception_runs(exceptions):
        shapes.extend(ProfileShape(first, last, EVERY_DAY, chunk) for chunk in _segments(ranges))
    return tuple(shapes)


def _normal_periods(exceptions: list[date]) -> Iterator[tuple[date, date]]:
    """Yield the date ranges between exception dates."""
    start = EARLIEST
    for day in exceptions:
        if start < day:
            yield start, day - _ONE_DAY
        start = day + _ONE_DAY
    yield start, LATEST


def _exception_runs(exceptions: Mapping[date, Ranges]) -> Iterator[tuple[date, date, Ranges]]:
    """Yield runs of consecutive exception dates open at the same minutes."""
    run: list[date] = []
    for day, ranges in exceptions.items():
        if run and (day - run[-1] != _ONE_DAY or exceptions[run[-1]] != ranges):
            yield run[0], run[-1], exceptions[run[0]]
            run = []
        run.append(day)
    if run:
        yield run[0], run[-1], exceptions[run[0]]


def compile_window(valid_from: datetime, valid_until: datetime) -> Chain | None:
    """Return profiles for a visitor window (local times), whole minutes inside it only.

    None when not one whole minute fits. A window of whole days needs no profile: the
    card record's dates carry it (`ALWAYS_OPEN`).
    """
    first = valid_from.replace(second=0, microsecond=0)
    if first < valid_from:
        first += timedelta(minutes=1)
    last = valid_until.replace(second=0, microsecond=0) - timedelta(minutes=1)
    if last < first:
        return None
    start_minute = first.hour * 60 + first.minute
    end_minute = last.hour * 60 + last.minute + 1
    if start_minute == 0 and end_minute == DAY_MINUTES:
        return ALWAYS_OPEN
    if first.date() == last.date():
        return _day_chain(first.date(), first.date(), ((start_minute, end_minute),))
    shapes = [*_day_chain(first.date(), first.date(), ((start_minute, DAY_MINUTES),))]
    if last.date() - first.date() > _ONE_DAY:
        shapes.extend(
            _day_chain(first.date() + _ONE_DAY, last.date() - _ONE_DAY, ((0, DAY_MINUTES),))
        )
    shapes.extend(_day_chain(last.date(), last.date(), ((0, end_minute),)))
    return tuple(shapes)


def _day_chain(first: date, last: date, ranges: Ranges) -> Chain:
    return tuple(ProfileShape(first, last, EVERY_DAY, chunk) for chunk in _segments(ranges))


class ProfileBook:
    """Gives chains profile ids, keeping the ids a chain already has on the controller.

    Ids the controller does not hold yet are taken before ids it holds with another
    content, so a card still pointing at an old profile keeps its meaning until updated.
    """

    def __init__(self, current: Mapping[int, ProfileRecord], *, keep: bool = False) -> None:
        """Start from the profiles the controller holds, or (`keep`) the last intended ones.

        Kept profiles all stay, as they are: an incremental change only adds chains.
        """
        self.profiles: dict[int, ProfileRecord] = {}
        self._heads: dict[Chain, int] = {}
        self._current: dict[Chain, list[int]] = {}
        for head in sorted(current):
            ids = _chain_ids(head, current)
            chain = tuple(current[i].shape for i in ids)
            self._current.setdefault(chain, ids)
        self._free = [i for i in range(FIRST_PROFILE, LAST_PROFILE + 1) if i not in current]
        self._free += [i for i in sorted(current) if FIRST_PROFILE <= i <= LAST_PROFILE]
        if keep:
            self.profiles.update(current)
            self._heads = {chain: ids[0] for chain, ids in self._current.items()}

    def permission(self, chain: Chain) -> int | None:
        """Return the door permission for a chain: 0, 1 or a head id; None: out of ids."""
        if not chain:
            return 0
        if chain == ALWAYS_OPEN:
            return 1
        if (head := self._heads.get(chain)) is not None:
            return head
        ids = self._current.get(chain)
        if ids is None or any(i in self.profiles for i in ids):
            ids = self._take(len(chain))
            if ids is None:
                return None
        for position, (profile_id, shape) in enumerate(zip(ids, chain, strict=True)):
            link = ids[position + 1] if position + 1 < len(ids) else 0
            self.profiles[profile_id] = ProfileRecord(
                profile_id, shape.start_date, shape.end_date, shape.weekdays, shape.segments, link
            )
        self._heads[chain] = ids[0]
        return ids[0]

    def _take(self, count: int) -> list[int] | None:
        """Take unused ids, those of current chains nobody has asked for yet last."""
        reserved = self._reserved()
        free = [i for i in self._free if i not in self.profiles and i not in reserved]
        free += [i for i in self._free if i not in self.profiles and i in reserved]
        return free[:count] if len(free) >= count else None

    def _reserved(self) -> set[int]:
        """Ids of current chains not yet claimed stay free for their own chain first."""
        return {i for chain, ids in self._current.items() if chain not in self._heads for i in ids}


def _chain_ids(head: int, profiles: Mapping[int, ProfileRecord]) -> list[int]:
    ids: list[int] = []
    link = head
    while link and link not in ids and link in profiles:
        ids.append(link)
        link = profiles[link].linked_profile
    return ids
