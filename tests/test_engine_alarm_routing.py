"""Notification routing, phone buttons and camera health (plain Python)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import given, strategies as st
import pytest

from custom_components.compound_security.cameras import purge_snapshots
from custom_components.compound_security.engine.camera_health import (
    CameraHealth,
    availability,
    snapshot_path,
)
from custom_components.compound_security.engine.routing import (
    AlarmAction,
    Route,
    action_id,
    actions_for,
    parse_action,
    recipients,
)

GUARD = Route("Guard room", frozenset(), ("notify.mobile_app_guard",))
MAINTENANCE = Route("Maintenance", frozenset({"camera_offline"}), ("notify.wecom_maintenance",))
POLICE = Route(
    "Police",
    frozenset({"wanted_person", "police_watch"}),
    ("notify.dingtalk", "notify.mobile_app_police"),
)
T0 = datetime(2026, 11, 21, 8, tzinfo=UTC)


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("watchlist", ["notify.mobile_app_guard", "notify.mobile_app_son"]),
        ("vehicle_theft", ["notify.mobile_app_guard", "notify.mobile_app_son"]),
        ("forced_entry", ["notify.mobile_app_guard"]),
        ("camera_offline", ["notify.mobile_app_guard", "notify.wecom_maintenance"]),
        # Police kinds go only where a route names them: not to the catch-all guard
        # route, never to the family.
        ("wanted_person", ["notify.dingtalk", "notify.mobile_app_police"]),
        ("police_watch", ["notify.dingtalk", "notify.mobile_app_police"]),
    ],
)
def test_recipients(kind: str, expected: list[str]) -> None:
    routes = [GUARD, MAINTENANCE, POLICE]
    assert recipients(kind, routes, ["notify.mobile_app_son"]) == expected


def test_buttons_round_trip() -> None:
    assert actions_for("forced_entry") == [AlarmAction.ACKNOWLEDGE]
    assert actions_for("vehicle_theft") == list(AlarmAction)
    for action in AlarmAction:
        assert parse_action(action_id(action, "abc123")) == (action, "abc123")
    assert parse_action("COMPOUND_SECURITY_ACKNOWLEDGE:") is None
    assert parse_action("COMPOUND_SECURITY_DANCE:abc") is None
    assert parse_action("FRIGATE_ACK:abc") is None


@given(st.text(max_size=60))
def test_any_action_text_is_parsed_or_ignored(text: str) -> None:
    parsed = parse_action(text)
    assert parsed is None or action_id(*parsed) == text.split(":", 1)[0] + ":" + parsed[1]


def test_health_unreachable_frozen_and_back() -> None:
    health = CameraHealth(frozen_after=3)
    assert availability([health]) == 0.0  # not checked yet: not counted as healthy
    assert health.fetched(b"a", T0)
    assert health.online
    assert not health.fetched(b"b", T0)
    assert health.fetched(None, T0 + timedelta(minutes=1))  # unreachable
    assert (health.online, health.problem) == (False, "unreachable")
    assert health.offline_for(T0 + timedelta(minutes=11)) == timedelta(minutes=10)
    assert health.fetched(b"c", T0 + timedelta(minutes=12))
    assert health.offline_for(T0 + timedelta(minutes=12)) == timedelta(0)
    health.fetched(b"c", T0 + timedelta(minutes=13))
    assert health.fetched(b"c", T0 + timedelta(minutes=14))  # third identical picture
    assert (health.online, health.problem) == (False, "frozen")
    assert health.failing_since == T0 + timedelta(minutes=14)
    health.fetched(None, T0 + timedelta(minutes=15))
    assert health.failing_since == T0 + timedelta(minutes=14)  # still the same outage
    assert availability([health, CameraHealth(online=True)]) == 50.0
    assert availability([]) is None


def test_snapshot_purge_keeps_recent_days(tmp_path: Path) -> None:
    for day in ("2026-05-01", "2026-11-20"):
        folder = tmp_path / Path(snapshot_path(day, "x")).parent
        folder.mkdir(parents=True)
        (folder / "x.jpg").write_bytes(b"jpeg")
    assert purge_snapshots(tmp_path, datetime(2026, 5, 25, tzinfo=UTC)) == 1
    assert [p.name for p in (tmp_path / "snapshots").iterdir()] == ["2026-11-20"]
    assert purge_snapshots(tmp_path / "nothing", T0) == 0
