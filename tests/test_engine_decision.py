"""Access decisions: every reason and alarm (plain Python)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from custom_components.compound_security.engine.decision import (
    DENIAL_WINDOW,
    AccessController,
    AlarmKind,
    Decision,
    PendingVehicle,
    Reason,
    Severity,
)
from custom_components.compound_security.engine.model import Credential, Direction
from custom_components.compound_security.engine.settings import AccessPointSettings
from custom_components.compound_security.engine.uid import parse_uid

from .engine_fixtures import Builder

NOW = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
GATE = AccessPointSettings("gate", "North gate", "compound_gate", "both")
OUT_GATE = AccessPointSettings("out", "North gate out", "compound_gate", "out")
IN_GATE = AccessPointSettings("in", "North gate in", "compound_gate", "in")
GARAGE = AccessPointSettings("garage", "Garage", "garage", "both")


@pytest.fixture
def world() -> tuple[Builder, AccessController, dict[str, str]]:
    b = Builder()
    home = b.household(tenure="owner")
    owner = b.person(home, role="owner")
    family = b.person(home, role="family")
    ids = {
        "home": home,
        "owner": owner,
        "family": family,
        "card": b.card(owner, "008EC793", card_type="citizen_card"),
        "family_card": b.card(family, "0x0A0B0C0D", card_type="id_card"),
        "bike": b.vehicle(owner, "0xE0000001"),
    }
    return b, AccessController(b.registry), ids


def card(
    controller: AccessController, uid: str, at: datetime = NOW, ap: AccessPointSettings = GATE
) -> tuple[Decision, list[Decision]]:
    return controller.present_card(ap, parse_uid(uid), at)


def test_granted_carries_ids_not_names(
    world: tuple[Builder, AccessController, dict[str, str]],
) -> None:
    _, controller, ids = world
    decision, settled = card(controller, "9357203")
    assert decision.granted
    assert (decision.reason, decision.uid, decision.credential) == (
        Reason.GRANTED,
        "008EC793",
        Credential.CARD,
    )
    assert (decision.person_id, decision.household_id) == (ids["owner"], ids["home"])
    assert decision.alarms == []
    assert settled == []
    assert "张三" not in repr(decision)


def test_wiegand26_read_finds_the_full_card(
    world: tuple[Builder, AccessController, dict[str, str]],
) -> None:
    _, controller, _ = world
    decision, _ = card(controller, "142,51091")
    assert decision.granted
    assert decision.uid == "008EC793"


def test_unknown_card(world: tuple[Builder, AccessController, dict[str, str]]) -> None:
    _, controller, _ = world
    decision, _ = card(controller, "0x99")
    assert (decision.reason, decision.person_id, decision.uid) == (
        Reason.UNKNOWN_CREDENTIAL,
        None,
        "00000099",
    )


@pytest.mark.parametrize(
    ("change", "reason", "alarm"),
    [
        ({"status": "revoked"}, Reason.REVOKED, None),
        ({"status": "lost"}, Reason.LOST, AlarmKind.LOST_CARD),
        ({"valid_until": "2026-11-19"}, Reason.EXPIRED, None),
        ({"valid_from": "2026-11-21"}, Reason.NOT_YET_VALID, None),
        ({"valid_until": "2026-11-20"}, Reason.GRANTED, None),  # valid through its last day
        ({"valid_from": "2026-11-20"}, Reason.GRANTED, None),
    ],
)
def test_card_states(
    world: tuple[Builder, AccessController, dict[str, str]],
    change: dict[str, str],
    reason: Reason,
    alarm: AlarmKind | None,
) -> None:
    b, controller, ids = world
    item = {"person_id": ids["owner"], "uid": "008EC793", "card_type": "citizen_card"} | change
    b.registry.put_card(
        {"id": ids["card"], **b.registry.prepare_card(item, current_id=ids["card"])}
    )
    decision, _ = card(controller, "008EC793")
    assert decision.reason is reason
    assert [a.kind for a in decision.alarms] == ([alarm] if alarm else [])
    if alarm:
        assert decision.alarms[0].person_id == ids["owner"]
        assert decision.alarms[0].access_point_id == "gate"


@pytest.mark.parametrize(
    ("watch_directions", "gate", "alarmed"),
    [
        ("both", GATE, True),
        ("out", OUT_GATE, True),
        ("out", IN_GATE, False),
        ("in", IN_GATE, True),
        ("out", GATE, True),  # a two-way reader cannot tell: report it
    ],
)
def test_watch_list_passages(
    world: tuple[Builder, AccessController, dict[str, str]],
    watch_directions: str,
    gate: AccessPointSettings,
    alarmed: bool,
) -> None:
    b, controller, ids = world
    item = {
        "household_id": ids["home"],
        "name": "王奶奶",
        "role": "owner",
        "watch": "care",
        "watch_directions": watch_directions,
    }
    stored, _ = b.registry.prepare_person(item, current_id=ids["owner"])
    b.registry.put_person({"id": ids["owner"], **stored})
    decision, _ = card(controller, "008EC793", ap=gate)
    assert decision.granted
    assert decision.watch == "care"
    assert [a.kind for a in decision.alarms] == ([AlarmKind.WATCHLIST] if alarmed else [])
    if alarmed:
        assert decision.alarms[0].severity is Severity.INFO
        assert decision.alarms[0].placeholders["direction"] == gate.direction


def test_police_watch_is_a_warning(world: tuple[Builder, AccessController, dict[str, str]]) -> None:
    b, controller, ids = world
    stored, _ = b.registry.prepare_person(
        {"household_id": ids["home"], "name": "X", "role": "owner", "watch": "police"},
        current_id=ids["owner"],
    )
    b.registry.put_person({"id": ids["owner"], **stored})
    assert card(controller, "008EC793")[0].alarms[0].severity is Severity.WARNING


def test_five_denials_in_a_minute_raise_one_alarm(
    world: tuple[Builder, AccessController, dict[str, str]],
) -> None:
    _, controller, _ = world
    alarms = [
        a.kind
        for second in range(0, 50, 10)
        for a in card(controller, f"0x{second + 100:X}", NOW + timedelta(seconds=second))[0].alarms
    ]
    assert alarms == [AlarmKind.REPEATED_DENIALS]
    # The count starts again after the alarm, and other access points have their own.
    assert card(controller, "0x1", NOW + timedelta(seconds=51))[0].alarms == []
    assert card(controller, "0x1", NOW, ap=GARAGE)[0].alarms == []


def test_denials_spread_over_more_than_a_minute_do_not_alarm(
    world: tuple[Builder, AccessController, dict[str, str]],
) -> None:
    _, controller, _ = world
    for second in range(0, 300, 16):
        assert card(controller, "0x77", NOW + timedelta(seconds=second))[0].alarms == []


def test_denials_after_the_alarm_update_it_instead_of_raising_more(
    world: tuple[Builder, AccessController, dict[str, str]],
) -> None:
    _, controller, _ = world
    raised, updated = [], []
    for second in range(0, 60, 3):  # 20 unknown cards in a minute
        decision, _ = card(controller, f"0x{second + 100:X}", NOW + timedelta(seconds=second))
        raised += decision.alarms
        updated += decision.updated_alarms
    (alarm,) = raised
    assert alarm.kind is AlarmKind.REPEATED_DENIALS
    assert alarm.count == 20
    assert len(updated) == 15
    assert {a.alarm_id for a in updated} == {alarm.alarm_id}


def test_a_quiet_window_ends_the_repeated_denials_alarm(
    world: tuple[Builder, AccessController, dict[str, str]],
) -> None:
    _, controller, _ = world
    first = [
        a
        for second in range(5)
        for a in card(controller, "0x99", NOW + timedelta(seconds=second))[0].alarms
    ]
    later = NOW + timedelta(seconds=4) + DENIAL_WINDOW + timedelta(seconds=1)
    decision, _ = card(controller, "0x99", later)
    assert (decision.alarms, decision.updated_alarms) == ([], [])  # a new count starts
    second = [
        a
        for n in range(1, 5)
        for a in card(controller, "0x99", later + timedelta(seconds=n))[0].alarms
    ]
    assert len(first) == len(second) == 1
    assert first[0].alarm_id != second[0].alarm_id
    assert second[0].count == 5


def test_a_locked_out_source_joins_the_running_alarm(
    world: tuple[Builder, AccessController, dict[str, str]],
) -> None:
    _, controller, _ = world
    raised = [
        a
        for second in range(5)
        for a in card(controller, "0x99", NOW + timedelta(seconds=second))[0].alarms
    ]
    until = NOW + timedelta(minutes=5)
    alarm, is_new = controller.source_locked_out(GATE.id, NOW + timedelta(seconds=5), until)
    assert (alarm, is_new) == (raised[0], False)
    # Still the same alarm when the source starts again right after its lockout.
    decision, _ = card(controller, "0x99", until + timedelta(seconds=30))
    assert (decision.alarms, decision.updated_alarms) == ([], [alarm])
    assert alarm.count == 6
    # With no alarm running, the lockout raises one.
    alarm, is_new = controller.source_locked_out(GARAGE.id, NOW, until)
    assert is_new
    assert (alarm.kind, alarm.access_point_id, alarm.count) == (
        AlarmKind.REPEATED_DENIALS,
        GARAGE.id,
        1,
    )


def test_granted_cards_do_not_count_as_denials(
    world: tuple[Builder, AccessController, dict[str, str]],
) -> None:
    _, controller, _ = world
    kinds = []
    for second in range(20):
        uid = "0x55" if second in (1, 5, 9, 13) else "008EC793"  # four denials among grants
        kinds += [a.kind for a in card(controller, uid, NOW + timedelta(seconds=second))[0].alarms]
    assert kinds == []
    kinds = [a.kind for a in card(controller, "0x55", NOW + timedelta(seconds=21))[0].alarms]
    assert kinds == [AlarmKind.REPEATED_DENIALS]  # the fifth denial within the minute


def chip(
    controller: AccessController, uid: str = "0xE0000001", at: datetime = NOW
) -> Decision | PendingVehicle:
    return controller.present_chip(GARAGE, parse_uid(uid), at)


def test_vehicle_with_owner_card_just_before(
    world: tuple[Builder, AccessController, dict[str, str]],
) -> None:
    _, controller, ids = world
    card(controller, "008EC793", NOW - timedelta(seconds=30), ap=GARAGE)
    decision = chip(controller)
    assert isinstance(decision, Decision)
    assert decision.granted
    assert (decision.vehicle_id, decision.person_id, decision.credential) == (
        ids["bike"],
        ids["owner"],
        Credential.VEHICLE_CHIP,
    )


def test_owner_card_too_long_ago_or_elsewhere_does_not_count(
    world: tuple[Builder, AccessController, dict[str, str]],
) -> None:
    _, controller, _ = world
    card(controller, "008EC793", NOW - timedelta(seconds=31), ap=GARAGE)
    card(controller, "008EC793", NOW, ap=GATE)
    assert isinstance(chip(controller), PendingVehicle)


def test_vehicle_waits_for_owner_within_grace(
    world: tuple[Builder, AccessController, dict[str, str]],
) -> None:
    _, controller, ids = world
    pending = chip(controller)
    assert isinstance(pending, PendingVehicle)
    assert pending.deadline == NOW + timedelta(seconds=5)
    assert controller.expire(GARAGE, NOW + timedelta(seconds=4)) == []
    decision, settled = card(controller, "008EC793", NOW + timedelta(seconds=4), ap=GARAGE)
    assert decision.granted
    assert [d.vehicle_id for d in settled] == [ids["bike"]]
    assert settled[0].granted
    assert controller.expire(GARAGE, NOW + timedelta(seconds=10)) == []


def test_allowed_rider_counts_others_do_not(
    world: tuple[Builder, AccessController, dict[str, str]],
) -> None:
    b, controller, ids = world
    card(controller, "0x0A0B0C0D", NOW, ap=GARAGE)  # family member, not yet a rider
    assert isinstance(chip(controller, at=NOW + timedelta(seconds=1)), PendingVehicle)
    item = {
        "person_id": ids["owner"],
        "chip_uid": "0xE0000001",
        "kind": "ebike",
        "riders": [ids["family"]],
    }
    b.registry.put_vehicle(
        {"id": ids["bike"], **b.registry.prepare_vehicle(item, current_id=ids["bike"])}
    )
    decision = chip(controller, at=NOW + timedelta(seconds=2))
    assert isinstance(decision, Decision)
    assert decision.granted


def test_owner_absent_after_grace_is_theft(
    world: tuple[Builder, AccessController, dict[str, str]],
) -> None:
    _, controller, ids = world
    chip(controller)
    card(controller, "0x0A0B0C0D", NOW + timedelta(seconds=2), ap=GARAGE)  # not a rider
    denied = controller.expire(GARAGE, NOW + timedelta(seconds=5))
    assert [d.reason for d in denied] == [Reason.OWNER_ABSENT]
    assert [(a.kind, a.severity, a.vehicle_id) for a in denied[0].alarms] == [
        (AlarmKind.VEHICLE_THEFT, Severity.CRITICAL, ids["bike"])
    ]
    assert controller.expire(GARAGE, NOW + timedelta(seconds=6)) == []


def test_locked_vehicle_is_theft_even_with_owner(
    world: tuple[Builder, AccessController, dict[str, str]],
) -> None:
    b, controller, ids = world
    item = {"person_id": ids["owner"], "chip_uid": "0xE0000001", "kind": "ebike", "locked": True}
    b.registry.put_vehicle(
        {"id": ids["bike"], **b.registry.prepare_vehicle(item, current_id=ids["bike"])}
    )
    card(controller, "008EC793", NOW, ap=GARAGE)
    decision = chip(controller)
    assert isinstance(decision, Decision)
    assert decision.reason is Reason.VEHICLE_LOCKED
    assert [a.kind for a in decision.alarms] == [AlarmKind.VEHICLE_THEFT]


def test_unknown_chip(world: tuple[Builder, AccessController, dict[str, str]]) -> None:
    _, controller, _ = world
    decision = chip(controller, "0xDEAD")
    assert isinstance(decision, Decision)
    assert decision.reason is Reason.UNKNOWN_CREDENTIAL
    assert decision.direction is Direction.BOTH


def test_wanted_alarm(world: tuple[Builder, AccessController, dict[str, str]]) -> None:
    b, controller, ids = world
    alarm = controller.wanted_alarm(b.registry.people[ids["owner"]], NOW)
    assert (alarm.kind, alarm.severity, alarm.person_id, alarm.household_id) == (
        AlarmKind.WANTED_PERSON,
        Severity.CRITICAL,
        ids["owner"],
        ids["home"],
    )
    assert len(alarm.alarm_id) == 32


def test_card_or_vehicle_whose_holder_is_missing_never_opens(
    world: tuple[Builder, AccessController, dict[str, str]],
) -> None:
    b, controller, ids = world
    b.registry.drop_person(ids["owner"])  # e.g. the people file failed to load or save
    decision, settled = card(controller, "008EC793", NOW, ap=GARAGE)
    assert (decision.granted, decision.reason) == (False, Reason.HOLDER_MISSING)
    assert settled == []
    vehicle = chip(controller, at=NOW + timedelta(seconds=1))
    assert isinstance(vehicle, Decision)
    assert (vehicle.granted, vehicle.reason) == (False, Reason.HOLDER_MISSING)


def test_what_the_levels_know_of_a_holder_follows_the_registry(
    world: tuple[Builder, AccessController, dict[str, str]],
) -> None:
    """Each read reuses what the levels need of a person; a registry change renews it."""
    b, controller, ids = world
    door = AccessPointSettings("d3", "Building 3 unit 1", "unit_door", "in", "3", "1")
    assert card(controller, "0x0A0B0C0D", NOW, ap=GARAGE)[0].granted  # the household's bike
    assert card(controller, "0x0A0B0C0D", NOW, ap=door)[0].granted
    b.registry.drop_vehicle(ids["bike"])  # the family member's own record is unchanged
    assert card(controller, "0x0A0B0C0D", NOW, ap=GARAGE)[0].reason is Reason.NOT_PERMITTED_HERE
    b.vehicle(ids["owner"], "0xE0000002")
    assert card(controller, "0x0A0B0C0D", NOW, ap=GARAGE)[0].granted
    home = b.registry.households[ids["home"]]
    moved = {"id": home.id, "building": "9", "unit": "1", "room": home.room, "area_m2": 60}
    b.registry.put_household(moved | {"tenure": "owner"})
    assert card(controller, "0x0A0B0C0D", NOW, ap=door)[0].reason is Reason.NOT_PERMITTED_HERE


def test_a_card_is_decided_first_and_noted_for_vehicles_after(
    world: tuple[Builder, AccessController, dict[str, str]],
) -> None:
    """The gate is told between the two: noting the holder never delays it."""
    _, controller, ids = world
    assert isinstance(chip(controller), PendingVehicle)
    decision = controller.decide_card(GARAGE, parse_uid("008EC793"), NOW + timedelta(seconds=1))
    assert decision.granted
    assert isinstance(chip(controller, at=NOW + timedelta(seconds=2)), PendingVehicle)
    settled = controller.card_passed(decision)
    assert [(d.vehicle_id, d.granted) for d in settled] == [(ids["bike"], True)] * 2  # both reads
    assert isinstance(chip(controller, at=NOW + timedelta(seconds=3)), Decision)  # owner seen
    refused = controller.decide_card(GARAGE, parse_uid("0xDEAD"), NOW)
    assert controller.card_passed(refused) == []


def test_decisions_of_the_past_count_no_denials_toward_now() -> None:
    builder = Builder()
    controller = AccessController(builder.registry)
    gate = AccessPointSettings("gate", "North gate", "compound_gate", "in")
    moment = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
    with controller.past():  # a controller's log read back: ten unknown cards
        for second in range(10):
            decision = controller.decide_card(gate, parse_uid("0F0F0F0F"), moment)
            assert decision.alarms == []
            moment += timedelta(seconds=second)
    live = [controller.decide_card(gate, parse_uid("0F0F0F0F"), moment) for _ in range(5)]
    assert [bool(d.alarms) for d in live] == [False, False, False, False, True]
