"""Forced entry and held-open doors (plain Python)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from custom_components.compound_security.engine.decision import AlarmKind, Severity
from custom_components.compound_security.engine.door import DoorMonitor

T0 = datetime(2026, 11, 20, 22, 0, tzinfo=UTC)


def seconds(n: float) -> datetime:
    return T0 + timedelta(seconds=n)


def test_door_opened_after_a_grant_is_fine() -> None:
    door = DoorMonitor("gate")
    door.released(seconds(0))
    assert door.opened(seconds(10)) is None


def test_door_opened_without_a_grant_is_forced() -> None:
    door = DoorMonitor("gate")
    alarm = door.opened(seconds(0))
    assert alarm is not None
    assert (alarm.kind, alarm.severity, alarm.access_point_id) == (
        AlarmKind.FORCED_ENTRY,
        Severity.CRITICAL,
        "gate",
    )
    assert door.opened(seconds(1)) is None  # still the same opening


def test_grant_too_long_before_does_not_count() -> None:
    door = DoorMonitor("gate", forced_window=timedelta(seconds=10))
    door.released(seconds(0))
    assert door.opened(seconds(10.5)) is not None


def test_held_open_gate_is_not_forced_nor_held_open() -> None:
    door = DoorMonitor("gate", held_open=True)
    assert door.opened(seconds(0)) is None
    assert door.due() is None
    assert door.check_held_open(seconds(600)) is None


def test_held_open_alarm_once_then_cleared_on_close() -> None:
    door = DoorMonitor("gate", held_open_after=timedelta(seconds=60))
    door.released(seconds(0))
    door.opened(seconds(1))
    assert door.due() == seconds(61)
    assert door.check_held_open(seconds(30)) is None
    alarm = door.check_held_open(seconds(61))
    assert alarm is not None
    assert (alarm.kind, alarm.placeholders) == (AlarmKind.DOOR_HELD_OPEN, {"seconds": "60"})
    assert door.check_held_open(seconds(120)) is None
    assert door.due() is None
    assert door.closed() is alarm
    assert door.closed() is None
    door.released(seconds(200))
    assert door.opened(seconds(201)) is None


def test_a_door_found_open_is_a_baseline_not_an_opening() -> None:
    door = DoorMonitor("gate", held_open_after=timedelta(seconds=60))
    assert door.baseline(seconds(0), is_open=True) is None  # found open at startup
    assert door.opened(seconds(1)) is None  # the same opening, seen again
    assert door.due() == seconds(60)  # still held open if it stays open
    alarm = door.check_held_open(seconds(60))
    assert alarm is not None
    assert door.baseline(seconds(70), is_open=False) is alarm  # found closed: cleared
    assert door.baseline(seconds(80), is_open=False) is None
    assert door.opened(seconds(90)) is not None  # a real opening after that is forced
