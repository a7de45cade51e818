"""Frigate's `events` messages: parsing, the elevator camera's rule, and acting once."""

from __future__ import annotations

import json
from typing import Any

import pytest

from custom_components.compound_security.transport.frigate_tracked import (
    MAX_PAYLOAD,
    ObjectRule,
    OnceEach,
    TrackedObject,
    labels_from,
    parse_event,
)


def frigate_event(change: str = "new", **after: Any) -> str:
    """Return an event as protocols.md §4.4 shows it (abridged)."""
    state = {
        "id": "1607123955.475377-mxklsc",
        "camera": "elevator_3",
        "label": "bicycle",
        "sub_label": None,
        "top_score": 0.82,
        "false_positive": False,
        "start_time": 1607123955.475377,
        "end_time": None,
        "current_zones": ["car"],
        "entered_zones": ["car"],
        "has_snapshot": True,
        "active": True,
    } | after
    return json.dumps({"type": change, "before": state, "after": state})


RULE = ObjectRule("elevator_3", frozenset({"bicycle", "motorcycle"}))


def test_parses_what_frigate_sends() -> None:
    assert parse_event(frigate_event(current_zones=[], entered_zones=["car", "hall"])) == (
        TrackedObject(
            "new",
            "1607123955.475377-mxklsc",
            "elevator_3",
            "bicycle",
            false_positive=False,
            zones=frozenset({"car", "hall"}),
        )
    )
    assert parse_event(frigate_event().encode()) is not None  # bytes, as subscribed


@pytest.mark.parametrize(
    "payload",
    [
        "not json",
        b"\xff\xfe",
        "[]",
        '{"type": "new"}',
        '{"type": "new", "after": []}',
        frigate_event(id=None),
        frigate_event(camera=7),
        frigate_event(label=""),
        frigate_event(false_positive="no"),
        frigate_event(entered_zones="car"),
        frigate_event(current_zones=[1]),
        json.dumps({"after": json.loads(frigate_event())["after"]}),  # no type
        "{" + " " * MAX_PAYLOAD + "}",
    ],
)
def test_unreadable_gives_none(payload: str | bytes) -> None:
    assert parse_event(payload) is None


def test_zones_may_be_null() -> None:
    tracked = parse_event(frigate_event(current_zones=None, entered_zones=None))
    assert tracked is not None
    assert tracked.zones == frozenset()


def _matches(rule: ObjectRule, payload: str) -> bool:
    tracked = parse_event(payload)
    assert tracked is not None
    return rule.matches(tracked)


def test_rule_takes_new_and_update_of_its_labels_on_its_camera() -> None:
    assert _matches(RULE, frigate_event("new"))
    assert _matches(RULE, frigate_event("update", label="motorcycle"))
    assert not _matches(RULE, frigate_event("end"))
    assert not _matches(RULE, frigate_event(label="person"))
    assert not _matches(RULE, frigate_event(camera="elevator_4"))
    assert not _matches(RULE, frigate_event(false_positive=True))


def test_rule_with_a_zone_takes_entered_or_current() -> None:
    rule = ObjectRule("elevator_3", frozenset({"ebike"}), zone="car")
    assert _matches(rule, frigate_event(label="ebike", current_zones=[], entered_zones=["car"]))
    assert _matches(rule, frigate_event(label="ebike", current_zones=["car"], entered_zones=[]))
    assert not _matches(rule, frigate_event(label="ebike", current_zones=[], entered_zones=[]))
    hall = frigate_event(label="ebike", entered_zones=["hall"], current_zones=["hall"])
    assert not _matches(rule, hall)


def test_once_each_remembers_for_a_while_and_within_a_bound() -> None:
    once = OnceEach(limit=3, remember_seconds=60)
    assert once.first_time("a", 0)
    assert not once.first_time("a", 30)
    assert once.first_time("b", 30)
    assert once.first_time("a", 61)  # forgotten after a minute
    for key in "cdef":
        once.first_time(key, 62)
    assert len(once) == 3  # never more than the bound
    assert once.first_time("b", 62)  # the oldest went first


def test_labels_as_typed_without_blanks() -> None:
    assert labels_from([" ebike ", "", "bicycle"]) == {"ebike", "bicycle"}
