"""A card's and a resident's whole life in the engine: levels, moving out, reminders."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from custom_components.compound_security.engine.access_levels import AccessLevel
from custom_components.compound_security.engine.decision import AccessController, Reason
from custom_components.compound_security.engine.errors import RuleError
from custom_components.compound_security.engine.lifecycle import (
    expires_soon,
    permit_reminders,
    purgeable,
    revoked_card_with,
)
from custom_components.compound_security.engine.model import Person
from custom_components.compound_security.engine.schedule import WeeklySchedule
from custom_components.compound_security.engine.settings import AccessPointSettings
from custom_components.compound_security.engine.uid import parse_uid

from .engine_fixtures import TODAY, Builder

TZ = ZoneInfo("Asia/Shanghai")
NOON = datetime(TODAY.year, TODAY.month, TODAY.day, 12, tzinfo=TZ)  # a Friday
NORTH = AccessPointSettings("north", "North gate", "compound_gate", "both")
DOOR_3 = AccessPointSettings("d3", "Building 3", "unit_door", "in", "3")
DOOR_9 = AccessPointSettings("d9", "Building 9", "unit_door", "in", "9")
GARAGE = AccessPointSettings("garage", "Garage B", "garage", "in")


def _reason(controller: AccessController, door: AccessPointSettings, uid: str) -> Reason:
    decision, _ = controller.present_card(door, parse_uid(uid), NOON)
    return decision.reason


def test_a_building_3_card_does_not_open_building_9() -> None:
    b = Builder()
    person = b.person(b.household(tenure="owner"), role="owner")
    b.card(person, "0x11", "citizen_card")
    controller = AccessController(b.registry)
    assert _reason(controller, NORTH, "0x11") is Reason.GRANTED
    assert _reason(controller, DOOR_3, "0x11") is Reason.GRANTED
    assert _reason(controller, DOOR_9, "0x11") is Reason.NOT_PERMITTED_HERE
    assert _reason(controller, GARAGE, "0x11") is Reason.NOT_PERMITTED_HERE  # no vehicle
    b.vehicle(person, "0xE1")
    assert _reason(controller, GARAGE, "0x11") is Reason.GRANTED


def test_extra_levels_schedules_and_exceptions() -> None:
    b = Builder()
    b.registry.levels["b9"] = AccessLevel(
        "b9",
        "Building 9 cleaners",
        zones=frozenset({"unit_doors:9"}),
        schedule=WeeklySchedule.from_dict({"fri": ["06:00-10:00"]}),
    )
    home = b.household(tenure="owner")
    person = b.person(home, role="owner", levels=["b9"], denied=["north"])
    b.card(person, "0x21", "citizen_card")
    controller = AccessController(b.registry)
    assert _reason(controller, DOOR_9, "0x21") is Reason.OUTSIDE_SCHEDULE
    morning = NOON.replace(hour=7)
    decision, _ = controller.present_card(DOOR_9, parse_uid("0x21"), morning)
    assert decision.granted
    assert _reason(controller, NORTH, "0x21") is Reason.NOT_PERMITTED_HERE  # an exception
    with pytest.raises(RuleError) as err:
        b.person(home, role="family", levels=["nope"])
    assert err.value.code == "level_not_found"


def test_moving_out_stops_cards_and_chips_at_once() -> None:
    b = Builder()
    home = b.household(tenure="owner")
    person = b.person(home, role="owner")
    b.card(person, "0x31", "citizen_card")
    b.vehicle(person, "0xE3")
    stored, _ = b.registry.prepare_person(
        {
            "household_id": home,
            "name": "张三",
            "role": "owner",
            "moved_out": {"date": TODAY.isoformat(), "reason": "sold the flat"},
        },
        current_id=person,
        today=TODAY,
    )
    assert stored["moved_out"] == {"date": TODAY.isoformat(), "reason": "sold the flat"}
    b.registry.put_person({"id": person, **stored})
    controller = AccessController(b.registry)
    assert _reason(controller, NORTH, "0x31") is Reason.MOVED_OUT
    chip = controller.present_chip(GARAGE, parse_uid("0xE3"), NOON)
    assert getattr(chip, "reason", None) is Reason.MOVED_OUT
    assert purgeable(b.registry, TODAY) == []
    assert purgeable(b.registry, TODAY + timedelta(days=1)) == [person]
    with pytest.raises(RuleError) as err:
        b.registry.prepare_person(
            {"household_id": home, "name": "x", "role": "owner", "moved_out": "yes"},
            today=TODAY,
        )
    assert err.value.code == "moved_out_invalid"


def test_cards_issued_expired_are_refused_and_expiring_ones_flagged() -> None:
    b = Builder()
    tenant = b.person(b.household())
    with pytest.raises(RuleError) as err:
        b.card(tenant, "0x41", valid_until=(TODAY - timedelta(days=1)).isoformat())
    assert err.value.code == "valid_until_past"
    soon = b.card(tenant, "0x42", valid_until=(TODAY + timedelta(days=10)).isoformat())
    assert expires_soon(b.registry.cards[soon], TODAY)
    assert not expires_soon(b.registry.cards[soon], TODAY + timedelta(days=11))
    (reminder,) = permit_reminders(b.registry, TODAY)
    assert (reminder.person_id, reminder.card_id) == (tenant, soon)
    assert reminder.valid_until == TODAY + timedelta(days=10)
    later = b.person(b.household(room="601"))
    b.card(later, "0x43", valid_until=(TODAY + timedelta(days=60)).isoformat())
    assert [r.person_id for r in permit_reminders(b.registry, TODAY)] == [tenant]


def test_a_revoked_uid_may_be_issued_again() -> None:
    b = Builder()
    person = b.person(b.household(tenure="owner"), role="owner")
    card = b.card(person, "0x51", "citizen_card")
    assert revoked_card_with(b.registry, "0x51") is None  # active: not free
    stored = b.registry.prepare_card(
        {"person_id": person, "uid": "0x51", "card_type": "citizen_card", "status": "revoked"},
        current_id=card,
        today=TODAY,
    )
    b.registry.put_card({"id": card, **stored})
    assert revoked_card_with(b.registry, "0x51") == card
    assert revoked_card_with(b.registry, "0x52") is None


def test_care_and_police_watch_raise_their_own_alarms() -> None:
    b = Builder()
    home = b.household(tenure="owner")
    person = b.person(home, role="owner", watch="police")
    assert b.registry.people[person].police_watch
    assert b.registry.people[person].watch == "none"
    stored, _ = b.registry.prepare_person(
        {"household_id": home, "name": "张三", "role": "owner", "watch": "care"},
        current_id=person,
        today=TODAY,
    )
    assert (stored["watch"], stored["police_watch"]) == ("care", True)
    b.registry.put_person({"id": person, **stored})
    b.card(person, "0x61", "citizen_card")
    decision, _ = AccessController(b.registry).present_card(NORTH, parse_uid("0x61"), NOON)
    assert sorted(a.kind for a in decision.alarms) == ["police_watch", "watchlist"]
    assert decision.watch == "police"
    # A record of the release with one watch field still reads as police watch.
    item = {"id": "x", "household_id": home, "name": "x", "role": "owner", "watch": "police"}
    legacy = Person.from_item(item)
    assert (legacy.police_watch, legacy.watch) == (True, "none")
