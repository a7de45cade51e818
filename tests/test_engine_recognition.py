"""Faces and plates as credentials: decisions, pairs, dedupe and parsing (plain Python)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
import json

import pytest

from custom_components.compound_security.engine.decision import AccessController
from custom_components.compound_security.engine.errors import RuleError
from custom_components.compound_security.engine.model import Credential
from custom_components.compound_security.engine.outcomes import AlarmKind, Reason
from custom_components.compound_security.engine.recognition import (
    Recognition,
    RecognitionDecider,
    RecognitionDeduper,
    RecognitionKind,
)
from custom_components.compound_security.engine.recognition_keys import normalize_plate
from custom_components.compound_security.engine.settings import AccessPointSettings
from custom_components.compound_security.engine.uid import parse_uid
from custom_components.compound_security.transport.frigate import (
    EVENTS_TOPIC,
    UPDATE_TOPIC,
    parse,
)

from .engine_fixtures import Builder

NOW = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
GATE = AccessPointSettings("gate", "North gate", "compound_gate", "both")
PAIRED = replace(GATE, id="paired", card_and_face=True)
GARAGE = AccessPointSettings("garage", "Garage", "garage", "both")

type World = tuple[Builder, RecognitionDecider, dict[str, str]]


@pytest.fixture
def world() -> World:
    b = Builder()
    home = b.household(tenure="owner")
    owner = b.person(home, role="owner", face_name="Zhang San")
    lost = b.person(home, role="family", face_name="li_si")
    ids = {
        "owner": owner,
        "lost": lost,
        "card": b.card(owner, "008EC793", card_type="citizen_card"),
        "lost_card": b.card(lost, "0A0B0C0D", card_type="id_card", status="lost"),
        "car": b.vehicle(owner, "0xE0000001", kind="car", plate="沪Ａ·１２３４５"),
    }
    return b, RecognitionDecider(AccessController(b.registry)), ids


def face(name: str, object_id: str = "1700000000.1-abc", score: float = 0.95) -> Recognition:
    return Recognition(RecognitionKind.FACE, "north_gate", object_id, name, score)


def plate(text: str, score: float = 0.93) -> Recognition:
    return Recognition(RecognitionKind.PLATE, "garage_in", "1700000000.2-car", text, score)


def test_plates_are_normalised_and_found_however_spelt(world: World) -> None:
    b, _, ids = world
    assert normalize_plate("沪Ａ·１２３４５") == normalize_plate(" 沪a 12.345 ") == "沪A12345"
    assert b.registry.vehicles[ids["car"]].plate == "沪A12345"
    found = b.registry.find_plate("沪a-12345")
    assert found is not None
    assert found.id == ids["car"]
    with pytest.raises(RuleError) as err:
        b.vehicle(ids["owner"], "0xE0000002", kind="car", plate="沪A 12345")
    assert err.value.code == "plate_exists"


def test_face_names_are_unique_and_matched_in_any_case(world: World) -> None:
    b, _, ids = world
    person = b.registry.find_face("zhang  san")
    assert person is not None
    assert person.id == ids["owner"]
    with pytest.raises(RuleError) as err:
        b.person(b.registry.people[ids["owner"]].household_id, role="family", face_name="ZHANG SAN")
    assert err.value.code == "face_name_exists"


def test_a_known_face_is_granted_with_its_score_and_no_name(world: World) -> None:
    _, decider, ids = world
    decision = decider.decide(GATE, face("Zhang San", score=0.97), NOW)
    assert decision.granted
    assert (decision.credential, decision.uid, decision.person_id, decision.score) == (
        Credential.FACE,
        ids["owner"],
        ids["owner"],
        0.97,
    )
    assert "Zhang" not in repr(decision)


def test_a_face_opens_nothing_once_every_card_is_lost(world: World) -> None:
    _, decider, ids = world
    decision = decider.decide(GATE, face("li_si"), NOW)
    assert (decision.granted, decision.reason, decision.uid) == (
        False,
        Reason.NO_ACTIVE_CARD,
        ids["lost"],
    )
    assert not decision.alarms  # a lost card's alarm is for the card shown, not a face


def test_unknown_faces_never_raise_repeated_denials(world: World) -> None:
    _, decider, _ = world
    decisions = [decider.decide(GATE, face("stranger", f"obj-{n}"), NOW) for n in range(20)]
    assert all(d.reason is Reason.UNKNOWN_CREDENTIAL and d.uid == "" for d in decisions)
    assert not any(d.alarms or d.updated_alarms for d in decisions)


def test_a_face_keeps_the_levels_and_watch_list(world: World) -> None:
    b, decider, ids = world
    garage_without_car = AccessPointSettings("g2", "Bike shed", "garage", "both")
    b.registry.drop_vehicle(ids["car"])
    assert decider.decide(garage_without_car, face("Zhang San"), NOW).reason is (
        Reason.NOT_PERMITTED_HERE
    )
    stored, _ = b.registry.prepare_person(
        {
            "household_id": b.registry.people[ids["owner"]].household_id,
            "name": "张三",
            "role": "owner",
            "face_name": "Zhang San",
            "watch": "care",
        },
        current_id=ids["owner"],
    )
    b.registry.put_person({"id": ids["owner"], **stored})
    decision = decider.decide(GATE, face("Zhang San", "other"), NOW)
    assert [alarm.kind for alarm in decision.alarms] == [AlarmKind.WATCHLIST]


def test_a_plate_opens_the_garage_for_its_owner(world: World) -> None:
    _, decider, ids = world
    decision = decider.decide(GARAGE, plate("沪A12345"), NOW)
    assert decision.granted
    assert (decision.credential, decision.uid, decision.vehicle_id, decision.score) == (
        Credential.PLATE,
        ids["car"],
        ids["car"],
        0.93,
    )
    assert decider.decide(GARAGE, plate("苏E99999"), NOW).reason is Reason.UNKNOWN_CREDENTIAL


def test_a_locked_vehicles_plate_raises_the_theft_alarm(world: World) -> None:
    b, decider, ids = world
    item = dict(
        b.registry.prepare_vehicle(
            {
                "person_id": ids["owner"],
                "chip_uid": "E0000001",
                "kind": "car",
                "plate": "沪A12345",
                "locked": True,
            },
            current_id=ids["car"],
        )
    )
    b.registry.put_vehicle({"id": ids["car"], **item})
    decision = decider.decide(GARAGE, plate("沪A12345"), NOW)
    assert decision.reason is Reason.VEHICLE_LOCKED
    assert [alarm.kind for alarm in decision.alarms] == [AlarmKind.VEHICLE_THEFT]


def test_card_and_face_open_only_as_a_pair_within_ten_seconds(world: World) -> None:
    _, decider, ids = world
    controller = decider.controller
    card = controller.decide_card(PAIRED, parse_uid("008EC793"), NOW)
    first = decider.pair(PAIRED, card)
    assert (first.granted, first.reason) == (False, Reason.AWAITING_PAIR)
    pair = decider.decide(PAIRED, face("Zhang San", score=0.92), NOW + timedelta(seconds=9))
    assert pair.granted
    assert (pair.credential, pair.uid, pair.score) == (Credential.CARD_AND_FACE, "008EC793", 0.92)
    # Face first, the card 11 s later: each waits alone, neither opens.
    alone = decider.decide(PAIRED, face("Zhang San", "later"), NOW + timedelta(minutes=1))
    assert alone.reason is Reason.AWAITING_PAIR
    late = controller.decide_card(PAIRED, parse_uid("008EC793"), NOW + timedelta(seconds=71))
    assert decider.pair(PAIRED, late).reason is Reason.AWAITING_PAIR
    assert alone.person_id == ids["owner"]


def test_a_denied_half_is_denied_at_once(world: World) -> None:
    _, decider, _ = world
    denied = decider.decide(PAIRED, face("li_si"), NOW)
    assert denied.reason is Reason.NO_ACTIVE_CARD


def test_one_frigate_object_is_decided_once() -> None:
    deduper = RecognitionDeduper()
    seen = face("Zhang San")
    assert deduper.first(seen, NOW)
    assert not deduper.first(replace(seen, score=0.99), NOW + timedelta(seconds=3))
    assert deduper.first(replace(seen, camera="east_gate"), NOW)
    assert deduper.first(seen, NOW + timedelta(minutes=11))  # forgotten after it left


def test_frigate_payloads() -> None:
    update = {
        "type": "face",
        "id": "o1",
        "name": "Zhang San",
        "score": 0.95,
        "camera": "north_gate",
        "timestamp": 1.0,
    }
    lpr = {
        "type": "lpr",
        "id": "o2",
        "name": None,
        "plate": "沪A12345",
        "score": 0.91,
        "camera": "garage_in",
        "timestamp": 1.0,
    }
    assert parse(UPDATE_TOPIC, json.dumps(update)) == [face("Zhang San", "o1")]
    assert parse(UPDATE_TOPIC, json.dumps(lpr)) == [
        Recognition(RecognitionKind.PLATE, "garage_in", "o2", "沪A12345", 0.91)
    ]
    event = {
        "type": "update",
        "before": {},
        "after": {
            "id": "o3",
            "camera": "north_gate",
            "label": "person",
            "sub_label": ["Zhang San", 0.96],
        },
    }
    car = {
        "type": "update",
        "after": {
            "id": "o4",
            "camera": "garage_in",
            "label": "car",
            "sub_label": ["Dad's car", 0.99],
            "recognized_license_plate": "沪A12345",
            "recognized_license_plate_score": 0.9,
        },
    }
    assert parse(EVENTS_TOPIC, json.dumps(event)) == [face("Zhang San", "o3", 0.96)]
    assert [r.kind for r in parse(EVENTS_TOPIC, json.dumps(car)) or []] == [RecognitionKind.PLATE]
    assert parse(UPDATE_TOPIC, json.dumps({"type": "description", "id": "o1"})) == []
    for malformed in (b"{not json", b"\xff\xfe", b"[1, 2]", b"x" * 300_000):
        assert parse(UPDATE_TOPIC, malformed) is None
    assert parse(EVENTS_TOPIC, json.dumps({"type": "new", "after": "nope"})) is None
    assert parse(UPDATE_TOPIC, json.dumps(update | {"score": "high"})) == []
    assert parse(UPDATE_TOPIC, json.dumps(update | {"score": True})) == []


def test_an_ebikes_plate_needs_its_owner_as_its_chip_does(world: World) -> None:
    b, decider, ids = world
    b.vehicle(ids["owner"], "0xE0000002", kind="ebike", plate="苏E12345")
    alone = decider.decide(GARAGE, plate("苏E12345"), NOW)
    assert alone.reason is Reason.OWNER_ABSENT  # a stolen e-bike's plate opens nothing
    controller = decider.controller
    card = controller.decide_card(GARAGE, b.registry.cards[ids["card"]].uid, NOW)
    controller.card_passed(card)  # the owner's card just before
    assert decider.decide(GARAGE, plate("苏E12345"), NOW + timedelta(seconds=5)).granted


def test_a_plate_opens_no_card_and_face_door(world: World) -> None:
    _, decider, _ids = world
    paired_garage = replace(GARAGE, id="paired_garage", card_and_face=True)
    assert decider.decide(paired_garage, plate("沪A12345"), NOW).reason is (
        Reason.NOT_PERMITTED_HERE
    )
