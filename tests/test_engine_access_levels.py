"""Access levels and weekly schedules: who opens which door, and when."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, strategies as st
import pytest

from custom_components.compound_security.engine.access_levels import (
    AccessLevel,
    Holder,
    Verdict,
    judge,
    prepare_level,
)
from custom_components.compound_security.engine.errors import RuleError
from custom_components.compound_security.engine.schedule import (
    ALWAYS,
    WEEKDAYS,
    WeeklySchedule,
    format_ranges,
    parse_ranges,
)
from custom_components.compound_security.engine.settings import AccessPointSettings

NORTH = AccessPointSettings("north", "North gate", "compound_gate", "both")
GARAGE = AccessPointSettings("garage", "Garage B", "garage", "in")
DOOR_3 = AccessPointSettings("d3", "Building 3 unit 1", "unit_door", "in", "3", "1")
DOOR_3_2 = AccessPointSettings("d32", "Building 3 unit 2", "unit_door", "in", "3", "2")
DOOR_9 = AccessPointSettings("d9", "Building 9", "unit_door", "in", "9")
LOBBY = AccessPointSettings("lobby", "Lobby", "unit_door", "in")
SHANGHAI = ZoneInfo("Asia/Shanghai")
MONDAY = datetime(2026, 11, 30, 8, 0, tzinfo=SHANGHAI)  # a Monday
NATIONAL_DAY = date(2026, 10, 1)  # a Thursday

RESIDENT = Holder(resident_building="3", resident_unit="1")


@pytest.mark.parametrize(
    ("holder", "door", "verdict"),
    [
        (RESIDENT, NORTH, Verdict.PERMITTED),
        (RESIDENT, DOOR_3, Verdict.PERMITTED),
        (RESIDENT, DOOR_3_2, Verdict.NOT_PERMITTED_HERE),  # another unit's door
        (RESIDENT, DOOR_9, Verdict.NOT_PERMITTED_HERE),  # building 3's card, building 9
        (RESIDENT, LOBBY, Verdict.PERMITTED),  # a door naming no building: everyone's
        (RESIDENT, GARAGE, Verdict.NOT_PERMITTED_HERE),  # no vehicle in the household
        (Holder(resident_building="3", has_vehicle=True), GARAGE, Verdict.PERMITTED),
        (Holder(resident_building="3"), DOOR_3_2, Verdict.PERMITTED),  # no unit: building
        (Holder(), NORTH, Verdict.NOT_PERMITTED_HERE),  # staff without a level
        (
            Holder(resident_building="3", denied=frozenset({"north"})),
            NORTH,
            Verdict.NOT_PERMITTED_HERE,
        ),
    ],
)
def test_default_resident_level(
    holder: Holder, door: AccessPointSettings, verdict: Verdict
) -> None:
    assert judge(holder, door, {}, MONDAY) is verdict


def test_named_levels_and_schedules() -> None:
    cleaners = AccessLevel(
        "cleaners",
        "Cleaners",
        zones=frozenset({"unit_doors:9", "compound_gates"}),
        schedule=WeeklySchedule.from_dict({"mon": "07:00-11:00", "holidays": ["2026-10-01"]}),
    )
    levels = {"cleaners": cleaners}
    staff = Holder(levels=("cleaners", "gone"))
    assert judge(staff, DOOR_9, levels, MONDAY) is Verdict.PERMITTED
    assert judge(staff, NORTH, levels, MONDAY) is Verdict.PERMITTED
    assert judge(staff, DOOR_9, levels, MONDAY.replace(hour=11)) is Verdict.OUTSIDE_SCHEDULE
    assert judge(staff, DOOR_3, levels, MONDAY) is Verdict.NOT_PERMITTED_HERE
    assert judge(staff, GARAGE, levels, MONDAY) is Verdict.NOT_PERMITTED_HERE
    # An extra level with the door by name, open when the first is closed.
    night = AccessLevel(
        "night",
        "Night shift",
        access_points=frozenset({"d9"}),
        schedule=WeeklySchedule.from_dict({"mon": ["22:00-06:00"]}),
    )
    levels["night"] = night
    both = Holder(levels=("cleaners", "night"))
    assert judge(both, DOOR_9, levels, MONDAY.replace(hour=23)) is Verdict.PERMITTED
    assert (
        judge(both, DOOR_9, levels, datetime(2026, 12, 1, 5, 59, tzinfo=SHANGHAI))
        is Verdict.PERMITTED
    )
    six = datetime(2026, 12, 1, 6, 0, tzinfo=SHANGHAI)
    assert judge(both, DOOR_9, levels, six) is Verdict.OUTSIDE_SCHEDULE


def test_holidays_use_their_own_ranges() -> None:
    schedule = WeeklySchedule.from_dict(
        {"thu": ["08:00-18:00"], "holidays": ["2026-10-01"], "holiday": ["10:00-12:00"]}
    )
    assert not schedule.allows(datetime(2026, 10, 1, 9, 0, tzinfo=SHANGHAI))
    assert schedule.allows(datetime(2026, 10, 1, 11, 0, tzinfo=SHANGHAI))
    assert schedule.allows(
        datetime(2026, 10, 8, 9, 0, tzinfo=SHANGHAI)
    )  # the Thursday after: a weekday
    assert NATIONAL_DAY in schedule.holidays
    assert WeeklySchedule.from_dict(schedule.to_dict()) == schedule
    assert ALWAYS.allows(datetime(2026, 10, 1, 23, 59, tzinfo=SHANGHAI))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("7-22", "schedule_range_invalid"),
        ("25:00-26:00", "schedule_time_invalid"),
        ("07:60-08:00", "schedule_time_invalid"),
        ("08:00-08:00", "schedule_range_invalid"),
        ("24:00-01:00", "schedule_time_invalid"),
    ],
)
def test_bad_ranges_are_refused(text: str, code: str) -> None:
    with pytest.raises(RuleError) as err:
        parse_ranges([text])
    assert err.value.code == code


def test_bad_schedules_are_refused() -> None:
    with pytest.raises(RuleError, match="schedule_too_many_ranges"):
        parse_ranges([f"{h:02d}:00-{h:02d}:30" for h in range(9)])
    with pytest.raises(RuleError, match="date_invalid"):
        WeeklySchedule.from_dict({"holidays": ["2026-02-30"]})
    with pytest.raises(RuleError, match="schedule_range_invalid"):
        WeeklySchedule.from_dict({"mon": 7})


@given(st.integers(0, 1439), st.integers(1, 1440), st.integers(0, 10079))
def test_a_range_covers_exactly_its_minutes(start: int, end: int, at: int) -> None:
    if start == end:
        return
    text = format_ranges(((start, end),))[0]
    schedule = WeeklySchedule.from_dict({day: [text] for day in WEEKDAYS})
    moment = datetime(2026, 11, 30, tzinfo=SHANGHAI) + timedelta(minutes=at)
    minute = at % 1440
    inside = start <= minute < end if start < end else (minute >= start or minute < end)
    assert schedule.allows(moment) is inside


def test_prepare_level() -> None:
    stored = prepare_level(
        {"name": "  Cleaners ", "zones": ["Unit_Doors:9", "garages"], "access_points": ["north"]},
        ["north", "garage"],
    )
    assert stored["name"] == "Cleaners"
    assert stored["zones"] == ["garages", "unit_doors:9"]
    assert stored["schedule"] == ALWAYS.to_dict()
    level = AccessLevel.from_item({"id": "x", **stored})
    assert level.covers(NORTH)
    assert level.covers(GARAGE)
    assert level.covers(DOOR_9)
    assert not level.covers(DOOR_3)
    for data, code in (
        ({"name": "", "zones": ["garages"]}, "level_name_invalid"),
        ({"name": "x", "zones": ["attic"]}, "level_zone_invalid"),
        ({"name": "x", "access_points": ["nowhere"]}, "access_point_not_found"),
        ({"name": "x"}, "level_empty"),
        ({"name": "x", "access_points": ["north"] * 201}, "level_too_large"),
    ):
        with pytest.raises(RuleError) as err:
            prepare_level(data, ["north"])
        assert err.value.code == code
