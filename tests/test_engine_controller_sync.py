"""The UHPPOTE sync planner: what a controller should hold, and the requests to get there."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from hypothesis import given, settings, strategies as st
import pytest

from custom_components.compound_security.engine.controller_profiles import (
    ALWAYS_OPEN,
    EARLIEST,
    LATEST,
    ProfileRecord,
    ProfileShape,
    compile_schedules,
    compile_window,
    permission_allows,
)
from custom_components.compound_security.engine.controller_sync import (
    OFFLINE_LIMITS,
    CardRecord,
    ControllerLayout,
    ControllerState,
    DeleteCard,
    Intended,
    Phase,
    PutCard,
    SetProfile,
    SyncPlanner,
    apply,
    plan,
)
from custom_components.compound_security.engine.decision import AccessController
from custom_components.compound_security.engine.registry import Registry
from custom_components.compound_security.engine.schedule import ALWAYS, WeeklySchedule
from custom_components.compound_security.engine.settings import AccessPointSettings
from custom_components.compound_security.engine.uid import uid_from_canonical
from custom_components.compound_security.engine.visitors import PassBook

from .engine_fixtures import HASHER

SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 30, 8, 0, tzinfo=SHANGHAI)  # a Monday
TODAY = NOW.date()
NORTH = AccessPointSettings("north", "North gate", "compound_gate", "both")
DOOR_3 = AccessPointSettings("d3", "Building 3 unit 1", "unit_door", "in", "3", "1")
GYM = AccessPointSettings("gym", "Gym", "amenity", "in")
GARAGE = AccessPointSettings("garage", "Garage", "garage", "in")
LAYOUT = ControllerLayout({1: NORTH, 2: DOOR_3, 3: GYM, 4: GARAGE})
WORKDAYS = {day: ["08:00-18:00"] for day in ("mon", "tue", "wed", "thu", "fri")}
README = Path(__file__).parents[1] / "README.md"


class Compound:
    """A registry filled straight through `put_*` (the rules are tested elsewhere)."""

    def __init__(self) -> None:
        self.registry = Registry(HASHER)
        self.passes = PassBook(b"k" * 32)
        self.household("h3", "3", "502")

    def household(self, household_id: str, building: str, room: str) -> None:
        self.registry.put_household(
            {"id": household_id, "building": building, "unit": "1", "room": room}
            | {"area_m2": 90.0, "tenure": "owner"}
        )

    def person(self, person_id: str, role: str = "owner", **kw: Any) -> str:
        item = {"id": person_id, "household_id": "h3", "name": "张三", "role": role} | kw
        self.registry.put_person(item)
        return person_id

    def card(self, card_id: str, person_id: str, uid: str, **kw: Any) -> str:
        item = {"id": card_id, "person_id": person_id, "uid": uid, "card_type": "id_card"}
        self.registry.put_card(item | kw)
        return card_id

    def level(self, level_id: str, schedule: dict[str, Any], points: tuple[str, ...]) -> str:
        self.registry.put_level(
            {"id": level_id, "name": level_id, "access_points": list(points), "schedule": schedule}
        )
        return level_id

    def visitor(self, pass_id: str, pin: str, start: datetime, end: datetime, **kw: Any) -> str:
        item = {"id": pass_id, "household_id": "h3", "pin": pin, "entries": 1}
        item |= {"valid_from": start.isoformat(), "valid_until": end.isoformat()}
        self.passes.put(item | kw)
        return pass_id

    def planner(self, layout: ControllerLayout = LAYOUT, now: datetime = NOW) -> SyncPlanner:
        return SyncPlanner(layout, self.registry, self.passes, now)


def records(intended: Intended) -> dict[int, CardRecord]:
    return intended.state.cards


# --- what a controller holds -----------------------------------------------------------


def test_a_resident_card_opens_the_gate_and_their_door_at_any_time() -> None:
    compound = Compound()
    compound.card("c1", compound.person("p1"), "12345678")
    card = records(compound.planner().intended())[0x12345678]
    assert card.doors == (1, 1, 0, 0)  # no level for the gym, no vehicle for the garage
    assert (card.start_date, card.end_date) == (EARLIEST, LATEST)


@pytest.mark.parametrize(
    ("uid", "bits", "number"),
    [
        ("12345678", 34, 0x12345678),
        ("04A22B1A7C5D80", 34, 0x1A7C5D80),  # a 7-byte UID: the reader sends its low 32 bits
        ("12345678", 26, 0x345678),  # a Wiegand 26 reader: facility and card, 24 bits
        ("W26:8EC793", 26, 0x8EC793),
        ("W26:8EC793", 34, None),  # 24 bits known, a 32-bit read can never match
    ],
)
def test_card_numbers_are_what_the_controllers_readers_report(
    uid: str, bits: int, number: int | None
) -> None:
    compound = Compound()
    compound.card("c1", compound.person("p1"), uid)
    layout = ControllerLayout(LAYOUT.doors, wiegand_bits=bits)
    intended = compound.planner(layout).intended()
    assert list(records(intended)) == ([number] if number else [])
    assert intended.shortfall.unrepresentable == (0 if number else 1)
    assert bool(intended.shortfall) is (number is None)


@pytest.mark.parametrize(
    ("card", "person"),
    [
        ({"status": "revoked"}, {}),
        ({"status": "lost"}, {}),
        ({"valid_until": "2026-11-29"}, {}),  # expired yesterday
        ({}, {"moved_out": {"date": "2026-11-30"}}),  # out today
        ({}, {"denied": ["north", "d3"]}),  # shut at both doors they would open
    ],
)
def test_credentials_that_open_nothing_are_not_on_the_controller(
    card: dict[str, Any], person: dict[str, Any]
) -> None:
    compound = Compound()
    compound.card("c1", compound.person("p1", **person), "12345678", **card)
    assert records(compound.planner().intended()) == {}


def test_validity_and_a_coming_move_out_become_the_records_dates() -> None:
    compound = Compound()
    person = compound.person("p1", moved_out={"date": "2027-03-01"})
    compound.card("c1", person, "11111111", valid_from="2026-12-01", valid_until="2027-06-30")
    card = records(compound.planner().intended())[0x11111111]
    assert (card.start_date, card.end_date) == (date(2026, 12, 1), date(2027, 2, 28))


def test_a_denial_shuts_one_door_only() -> None:
    compound = Compound()
    compound.card("c1", compound.person("p1", denied=["d3"]), "12345678")
    assert records(compound.planner().intended())[0x12345678].doors == (1, 0, 0, 0)


def test_staff_get_their_levels_only_as_time_profiles() -> None:
    compound = Compound()
    compound.level("cleaners", WORKDAYS, ("gym", "d3"))
    compound.card("c1", compound.person("p1", role="staff", levels=["cleaners"]), "22222222")
    intended = compound.planner().intended()
    doors = records(intended)[0x22222222].doors
    assert doors[0] == 0
    assert doors[3] == 0
    assert doors[1] == doors[2] >= 2  # one profile for one schedule
    profile = intended.state.profiles[doors[1]]
    assert profile.weekdays == (True,) * 5 + (False,) * 2
    assert profile.segments == ((time(8), time(17, 59)),)
    assert profile.linked_profile == 0


def test_a_level_open_around_the_clock_needs_no_profile() -> None:
    compound = Compound()
    compound.level("all", ALWAYS.to_dict(), ("gym",))
    compound.card("c1", compound.person("p1", levels=["all"]), "22222222")
    assert records(compound.planner().intended())[0x22222222].doors == (1, 1, 1, 0)


def test_more_than_three_ranges_a_day_link_profiles() -> None:
    ranges = ["06:00-07:00", "09:00-10:00", "12:00-13:00", "15:00-16:00", "20:00-02:00"]
    chain = compile_schedules(frozenset({WeeklySchedule.from_dict({"mon": ranges})}), TODAY)
    assert [len(shape.segments) for shape in chain] == [1, 3, 2]  # Tuesday's spill, then Monday
    compound = Compound()
    compound.level("odd", {"mon": ranges}, ("gym",))
    compound.card("c1", compound.person("p1", role="staff", levels=["odd"]), "22222222")
    intended = compound.planner().intended()
    head = records(intended)[0x22222222].doors[2]
    linked = [head]
    while intended.state.profiles[linked[-1]].linked_profile:
        linked.append(intended.state.profiles[linked[-1]].linked_profile)
    assert len(linked) == 3


def test_national_day_week_cuts_the_weekday_profile_in_two() -> None:
    golden_week = [date(2026, 10, 1) + timedelta(days=d) for d in range(7)]
    office = WeeklySchedule.from_dict(WORKDAYS | {"holidays": [d.isoformat() for d in golden_week]})
    chain = compile_schedules(frozenset({office}), date(2026, 9, 1))
    assert [(shape.start_date, shape.end_date) for shape in chain] == [
        (EARLIEST, date(2026, 9, 30)),
        (date(2026, 10, 8), LATEST),
    ]
    profiles = _numbered(chain)
    assert not permission_allows(
        2, profiles, datetime(2026, 10, 2, 10, tzinfo=SHANGHAI)
    )  # Friday: off
    assert permission_allows(2, profiles, datetime(2026, 10, 9, 10, tzinfo=SHANGHAI))  # at work
    assert compile_schedules(frozenset({office}), date(2026, 10, 8)) == (
        (ProfileShape(EARLIEST, LATEST, chain[0].weekdays, chain[0].segments),)
    )  # once the week is past, one profile again


def test_two_levels_at_one_door_open_when_either_does() -> None:
    morning = WeeklySchedule.from_dict({"mon": ["06:00-09:00"]})
    evening = WeeklySchedule.from_dict({"mon": ["18:00-21:00"]})
    chain = compile_schedules(frozenset({morning, evening}), TODAY)
    profiles = _numbered(chain)
    for hour, open_ in ((7, True), (12, False), (19, True)):
        assert permission_allows(2, profiles, NOW.replace(hour=hour)) is open_


def _numbered(chain: tuple[Any, ...]) -> dict[int, ProfileRecord]:
    return {
        2 + i: ProfileRecord(
            2 + i,
            shape.start_date,
            shape.end_date,
            shape.weekdays,
            shape.segments,
            3 + i if i + 1 < len(chain) else 0,
        )
        for i, shape in enumerate(chain)
    }


_MINUTES = st.integers(0, 24 * 60 - 1)


@st.composite
def _schedules(draw: st.DrawFn) -> WeeklySchedule:
    def ranges() -> list[str]:
        spans = draw(st.lists(st.tuples(_MINUTES, _MINUTES), max_size=4))
        return [
            f"{s // 60:02d}:{s % 60:02d}-{e // 60:02d}:{e % 60:02d}" for s, e in spans if s != e
        ]

    data: dict[str, Any] = {day: ranges() for day in ("mon", "tue", "wed", "thu", "fri", "sat")}
    holidays = draw(st.lists(st.integers(-3, 20), max_size=4))
    data["holidays"] = [(TODAY + timedelta(days=d)).isoformat() for d in holidays]
    data["holiday"] = ranges()
    return WeeklySchedule.from_dict(data)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(_schedules(), min_size=1, max_size=2),
    st.lists(st.tuples(st.integers(0, 30), _MINUTES), min_size=20, max_size=20),
)
def test_compiled_profiles_decide_as_the_schedules_do(
    schedules: list[WeeklySchedule], moments: list[tuple[int, int]]
) -> None:
    chain = compile_schedules(frozenset(schedules), TODAY)
    profiles = _numbered(chain)
    permission = 0 if not chain else 1 if chain == ALWAYS_OPEN else 2
    for days, minute in moments:
        moment = datetime.combine(TODAY + timedelta(days=days), time(minute // 60, minute % 60))
        expected = any(schedule.allows(moment) for schedule in schedules)
        assert permission_allows(permission, profiles, moment) is expected, moment


@settings(max_examples=150, deadline=None)
@given(
    st.datetimes(NOW.replace(tzinfo=None), (NOW + timedelta(days=6)).replace(tzinfo=None)),
    st.timedeltas(timedelta(seconds=1), timedelta(days=7)),
    st.lists(st.integers(-120, 7 * 24 * 60 + 120), min_size=20, max_size=20),
)
def test_a_visitor_window_opens_only_whole_minutes_inside_it(
    start: datetime, length: timedelta, offsets: list[int]
) -> None:
    end = start + length
    chain = compile_window(start, end)
    profiles = _numbered(chain or ())
    permission = 0 if not chain else 1 if chain == ALWAYS_OPEN else 2
    base = start.replace(second=0, microsecond=0)
    for offset in offsets:
        minute = base + timedelta(minutes=offset)
        allowed = start.date() <= minute.date() <= (end - timedelta(microseconds=1)).date() and (
            permission_allows(permission, profiles, minute)
        )
        assert allowed is (start <= minute and minute + timedelta(minutes=1) <= end), minute


_OFFSET = st.one_of(st.none(), st.integers(-3, 25))


def _day(offset: int | None) -> str | None:
    return None if offset is None else (TODAY + timedelta(days=offset)).isoformat()


@settings(max_examples=120, deadline=None)
@given(
    st.sampled_from(["owner", "staff"]),
    st.lists(_schedules(), min_size=2, max_size=2),
    st.sets(st.sampled_from(["l1", "l2"])),
    st.sets(st.sampled_from(["north", "d3", "gym", "garage"])),
    st.sampled_from(["active", "active", "revoked", "lost"]),
    st.tuples(_OFFSET, _OFFSET, _OFFSET),
    st.booleans(),
    st.lists(st.tuples(st.integers(0, 25), _MINUTES), min_size=10, max_size=10),
)
def test_offline_the_controller_decides_a_card_as_home_assistant_does(
    role: str,
    schedules: list[WeeklySchedule],
    levels: set[str],
    denied: set[str],
    status: str,
    days: tuple[int | None, int | None, int | None],
    vehicle: bool,
    moments: list[tuple[int, int]],
) -> None:
    compound = Compound()
    compound.level("l1", schedules[0].to_dict(), ("gym", "d3"))
    compound.level("l2", schedules[1].to_dict(), ("gym", "garage"))
    moved = {"moved_out": {"date": _day(days[2])}} if days[2] is not None else {}
    person = compound.person("p1", role, levels=sorted(levels), denied=sorted(denied), **moved)
    validity = {"valid_from": _day(days[0]), "valid_until": _day(days[1])}
    compound.card("c1", person, "0A1B2C3D", status=status, **validity)
    if vehicle:
        compound.registry.put_vehicle(
            {"id": "v1", "chip_uid": "0E0F1011", "person_id": person, "kind": "ebike"}
        )
    state = compound.planner().intended().state
    for offset, minute in moments:
        moment = datetime.combine(TODAY + timedelta(days=offset), time(minute // 60, minute % 60))
        moment = moment.replace(tzinfo=SHANGHAI)
        for door, point in LAYOUT.doors.items():
            online = AccessController(compound.registry).decide_card(
                point, uid_from_canonical("0A1B2C3D"), moment
            )
            assert state.allows(0x0A1B2C3D, door, moment) is online.granted, (moment, door)


def test_a_visitor_pin_is_a_record_numbered_by_its_digits() -> None:
    compound = Compound()
    start, end = NOW.replace(hour=14), NOW.replace(hour=23, minute=59, second=59)
    compound.visitor("v1", "123456", start, end)
    intended = compound.planner().intended()
    pin = records(intended)[123456]
    assert (pin.start_date, pin.end_date) == (TODAY, TODAY)
    assert pin.doors[0] == pin.doors[1] >= 2  # gate and host's door, a window
    assert pin.doors[2:] == (0, 0)  # no garage for visitors
    assert intended.state.profiles[pin.doors[0]].segments == ((time(14), time(23, 58)),)
    assert intended.owners[123456] == "visitor:v1"


@pytest.mark.parametrize("change", [{"revoked": True}, {"used": 1}])
def test_a_pass_revoked_or_used_up_is_not_on_the_controller(change: dict[str, Any]) -> None:
    compound = Compound()
    compound.visitor("v1", "123456", NOW, NOW + timedelta(hours=2), **change)
    assert records(compound.planner().intended()) == {}


def test_a_pin_equal_to_a_card_number_is_left_to_home_assistant() -> None:
    compound = Compound()
    compound.card("c1", compound.person("p1"), "0001E240")  # 123456
    compound.visitor("v1", "123456", NOW, NOW + timedelta(hours=2))
    intended = compound.planner().intended()
    assert intended.owners == {123456: "p1"}
    assert intended.shortfall.pin_conflicts == 1


# --- capacity and profile ids ----------------------------------------------------------


def test_more_records_than_the_controller_holds_is_a_shortfall_naming_how_many() -> None:
    compound = Compound()
    for i in range(4):
        compound.card(f"c{i}", compound.person(f"p{i}"), f"1000000{i}")
    compound.visitor("v1", "123456", NOW, NOW + timedelta(hours=2))
    layout = ControllerLayout(LAYOUT.doors, capacity=3)
    intended = compound.planner(layout).intended()
    assert len(records(intended)) == 3
    assert intended.shortfall.cards == 2
    assert 123456 not in records(intended)  # visitors give way to residents' cards first


def test_out_of_profile_ids_a_door_is_left_to_home_assistant() -> None:
    compound = Compound()
    for i in range(260):
        level = compound.level(f"l{i}", {"mon": [f"{i // 60:02d}:{i % 60:02d}-23:00"]}, ("gym",))
        compound.card(f"c{i}", compound.person(f"p{i}", levels=[level]), f"2{i:07X}")
    intended = compound.planner().intended()
    assert len(intended.state.profiles) == 253  # ids 2-254
    assert intended.shortfall.profiles == 260 - 253
    assert sum(1 for r in records(intended).values() if r.doors[2] == 0) == 260 - 253


def test_profiles_keep_their_ids_when_another_level_comes_first() -> None:
    compound = Compound()
    compound.level("b", WORKDAYS, ("gym",))
    compound.card("c1", compound.person("p1", role="staff", levels=["b"]), "22222222")
    first = compound.planner().intended()
    compound.level("a", {"sat": ["09:00-12:00"]}, ("gym",))
    compound.card("c0", compound.person("p0", role="staff", levels=["a"]), "11111111")
    second = compound.planner().intended(first.state.profiles)
    operations = plan(first.state, second.state)
    assert [type(op) for op in operations] == [SetProfile, PutCard]  # p1's record untouched


# --- the diff ----------------------------------------------------------------------------

_RECORDS = st.builds(
    CardRecord,
    st.integers(1, 40),
    st.sampled_from([EARLIEST, TODAY]),
    st.sampled_from([LATEST, TODAY]),
    st.tuples(*[st.sampled_from([0, 1, 2, 3])] * 4),
)
_PROFILES = st.builds(
    ProfileRecord,
    st.integers(2, 6),
    st.just(EARLIEST),
    st.just(LATEST),
    st.tuples(*[st.booleans()] * 7),
    st.just(((time(8), time(9)),)),
)


def _states() -> st.SearchStrategy[ControllerState]:
    return st.builds(
        lambda cards, profiles: ControllerState(
            {r.card: r for r in cards}, {p.id: p for p in profiles}
        ),
        st.lists(_RECORDS, max_size=25),
        st.lists(_PROFILES, max_size=5),
    )


@settings(max_examples=300, deadline=None)
@given(_states(), _states())
def test_the_diff_applied_gives_the_intended_state_revocations_first(
    current: ControllerState, intended: ControllerState
) -> None:
    operations = plan(current, intended)
    after = apply(current, operations)
    assert after.cards == intended.cards
    assert after.profiles == current.profiles | intended.profiles
    phases = [operation.phase for operation in operations]
    assert phases == sorted(phases)
    adds = [i for i, op in enumerate(operations) if isinstance(op, PutCard | SetProfile)]
    deletes = [i for i, op in enumerate(operations) if isinstance(op, DeleteCard)]
    assert not adds or not deletes or max(deletes) < min(adds)
    for operation in operations:  # nothing grants before every revocation is done
        if isinstance(operation, PutCard) and operation.phase is Phase.REVOKE:
            assert operation.record.narrows(current.cards[operation.record.card])
    # minimal: one request per record or profile that differs, none for the rest
    differing = set(current.cards.keys() | intended.cards.keys())
    differing -= {n for n in differing if current.cards.get(n) == intended.cards.get(n)}
    changed = {i for i, p in intended.profiles.items() if current.profiles.get(i) != p}
    assert len(operations) == len(differing) + len(changed)
    assert plan(after, intended) == []


def test_a_new_denial_is_a_revocation_before_any_grant() -> None:
    current = ControllerState({7: CardRecord(7, EARLIEST, LATEST, (1, 1, 0, 0))})
    intended = ControllerState(
        {
            7: CardRecord(7, EARLIEST, LATEST, (1, 0, 0, 0)),  # forbidden at door 2
            8: CardRecord(8, EARLIEST, LATEST, (1, 1, 0, 0)),
        }
    )
    assert [op.phase for op in plan(current, intended)] == [Phase.REVOKE, Phase.ADD]


# --- incremental changes ----------------------------------------------------------------


def _synced() -> tuple[Compound, Intended]:
    compound = Compound()
    compound.level("cleaners", WORKDAYS, ("gym",))
    for i in range(5):
        compound.card(f"c{i}", compound.person(f"p{i}"), f"3000000{i}")
    compound.visitor("v1", "123456", NOW, NOW + timedelta(hours=2))
    return compound, compound.planner().intended()


def test_a_card_revoked_is_one_delete() -> None:
    compound, synced = _synced()
    compound.card("c2", "p2", "30000002", status="revoked")
    operations, after = compound.planner().incremental(synced, person_ids=["p2"])
    assert operations == [DeleteCard(0x30000002)]
    assert after.state == compound.planner().intended().state


def test_a_new_level_for_one_person_is_its_profile_then_their_card() -> None:
    compound, synced = _synced()
    compound.person("p3", levels=["cleaners"])
    compound.card("c3", "p3", "30000003")
    operations, after = compound.planner().incremental(synced, person_ids=["p3"])
    assert [type(op) for op in operations] == [SetProfile, PutCard]
    assert operations[1].phase is Phase.UPDATE  # type: ignore[union-attr]
    assert after.state == compound.planner().intended(synced.state.profiles).state


def test_a_pass_revoked_and_a_new_pass_are_one_request_each() -> None:
    compound, synced = _synced()
    compound.visitor("v1", "123456", NOW, NOW + timedelta(hours=2), revoked=True)
    compound.visitor("v2", "654321", NOW, NOW + timedelta(hours=2))
    operations, after = compound.planner().incremental(synced, pass_ids=["v1", "v2"])
    assert [type(op) for op in operations] == [DeleteCard, PutCard]
    assert set(after.owners.values()) >= {"visitor:v2"}
    assert "visitor:v1" not in after.owners.values()


_CHANGES = st.sampled_from(
    [
        ("card", {"status": "revoked"}),
        ("card", {"status": "lost"}),
        ("card", {"valid_until": "2026-12-24"}),
        ("person", {"levels": ["cleaners"]}),
        ("person", {"denied": ["north"]}),
        ("person", {"moved_out": {"date": "2026-12-15"}}),
        ("person", {"role": "staff"}),
        ("new_card", {}),
    ]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 4), _CHANGES), min_size=1, max_size=6))
def test_incremental_changes_end_where_a_full_plan_would(
    changes: list[tuple[int, tuple[str, dict[str, Any]]]],
) -> None:
    compound, synced = _synced()
    controller = synced.state
    for index, (kind, change) in changes:
        person = f"p{index}"
        if kind == "card":
            compound.card(f"c{index}", person, f"3000000{index}", **change)
        elif kind == "new_card":
            compound.card(f"n{index}", person, f"5000000{index}")
        else:
            compound.person(person, **change)
        operations, synced = compound.planner().incremental(synced, person_ids=[person])
        phases = [operation.phase for operation in operations]
        assert phases == sorted(phases)
        controller = apply(controller, operations)
    assert controller.cards == compound.planner().intended(controller.profiles).state.cards
    assert controller.cards == synced.state.cards
    for profile_id, profile in synced.state.profiles.items():
        assert controller.profiles[profile_id] == profile


# --- size, and what offline cannot do --------------------------------------------------


def test_twenty_thousand_cards_are_planned_and_then_nothing_is_left_to_do() -> None:
    compound = Compound()
    compound.level("cleaners", WORKDAYS, ("gym",))
    for i in range(20_000):
        household = f"h{i // 4}"  # four to a flat, as in a real compound
        if i % 4 == 0:
            compound.household(household, str(i // 400), str(i // 4))
        levels = ["cleaners"] if i % 10 == 0 else []
        role = "staff" if levels else "owner"
        compound.person(f"p{i}", role, levels=levels, household_id=household)
        compound.card(f"c{i}", f"p{i}", f"{0x40000000 + i:08X}")
    intended = compound.planner().intended()
    assert len(records(intended)) == 20_000
    assert not intended.shortfall
    operations = plan(ControllerState(), intended.state)
    assert sum(isinstance(op, PutCard) for op in operations) == 20_000
    assert sum(isinstance(op, SetProfile) for op in operations) == 1
    assert plan(intended.state, intended.state) == []


def test_the_readme_says_what_offline_mode_cannot_do() -> None:
    text = README.read_text(encoding="utf-8")
    section = text[text.index("#### While Home Assistant is away") :]
    for code in OFFLINE_LIMITS:
        assert f"`{code}`" in section, code
