"""The console's access log: who passed where and when, as each role may see it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from freezegun.api import FrozenDateTimeFactory
from homeassistant.core import HomeAssistant
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from custom_components.compound_security.console_access_log import csv_text

from .console_helpers import Console, consoles
from .helpers import act, populate

T0 = datetime(2026, 5, 4, 7, 29, tzinfo=UTC)
LOG = "access_log/query"


@pytest.fixture
async def compound(hass: HomeAssistant, init_integration: MockConfigEntry) -> dict[str, str]:
    ids = await populate(hass)
    subentries = init_integration.subentries.items()
    ids["gate"] = next(k for k, v in subentries if v.title == "North gate")
    ids["garage"] = next(k for k, v in subentries if v.title == "Garage B")
    return ids


@pytest.fixture
async def roles(
    hass: HomeAssistant,
    hass_ws_client: WebSocketGenerator,
    compound: dict[str, str],
    freezer: FrozenDateTimeFactory,
) -> dict[str, Console]:
    """Everyone logged in; then two passages at the North gate around 07:30, and more.

    王奶奶 (3-1-502) at 07:29, 李四 (3-1-601, a tenant) at 07:31, an unknown card at
    07:32, and 王奶奶 again at 09:00 at Garage B (her household has an e-bike). (Logged
    in first: a login checks its token's times, which the clock's jumps would upset.)
    """
    logged_in = await consoles(hass, hass_ws_client, compound["owner"])
    freezer.move_to(T0)
    await act(hass, "present_credential", access_point="North gate", uid="008EC793")
    freezer.move_to(T0 + timedelta(minutes=2))
    await act(hass, "present_credential", access_point="North gate", uid="0A0B0C0D")
    freezer.move_to(T0 + timedelta(minutes=3))
    await act(hass, "present_credential", access_point="North gate", uid="0x99")
    freezer.move_to(T0 + timedelta(minutes=91))
    await act(hass, "present_credential", access_point="Garage B", uid="008EC793")
    return logged_in


def _window(minutes_from: int, minutes_to: int) -> dict[str, str]:
    return {
        "start": (T0 + timedelta(minutes=minutes_from)).isoformat(),
        "end": (T0 + timedelta(minutes=minutes_to)).isoformat(),
    }


async def test_the_police_find_who_passed_the_north_gate_at_0730(
    compound: dict[str, str], roles: dict[str, Console]
) -> None:
    for role in ("police", "manager"):
        found = await roles[role].result(
            LOG, access_point_id=compound["gate"], decision="granted", **_window(-5, 5)
        )
        assert found["total"] == 2
        assert [(e["name"], e["flat"]) for e in found["entries"]] == [
            ("李四", "3-1-601"),
            ("王奶奶", "3-1-502"),
        ]
        first = found["entries"][0]
        assert first["access_point"] == "North gate"
        assert first["time"] == (T0 + timedelta(minutes=2)).isoformat()
        assert (first["direction"], first["reason"], first["credential"]) == (
            "both",
            "granted",
            "card",
        )
        assert first["person_id"] == compound["tenant"]
    # Paged: the second of the two, and the total still says two.
    page = await roles["police"].result(
        LOG,
        access_point_id=compound["gate"],
        decision="granted",
        offset=1,
        limit=1,
        **_window(-5, 5),
    )
    assert (page["total"], [e["name"] for e in page["entries"]]) == (2, ["王奶奶"])
    assert found["access_points"] == [
        {"id": compound["garage"], "name": "Garage B"},
        {"id": compound["gate"], "name": "North gate"},
    ]
    denied = await roles["police"].result(LOG, reason="unknown_credential")
    assert denied["total"] == 1
    assert denied["entries"][0]["flat"] is None
    everyone = await roles["police"].result(LOG, person_id=compound["owner"])
    assert [e["access_point"] for e in everyone["entries"]] == ["Garage B", "North gate"]


async def test_a_bad_time_range_is_a_translated_error(roles: dict[str, Console]) -> None:
    backwards = await roles["police"].ask(LOG, **_window(5, -5))
    assert backwards["error"]["code"] == "invalid_format"
    assert backwards["error"]["translation_key"] == "time_range_invalid"
    garbled = await roles["police"].ask(LOG, start="half past seven")
    assert garbled["error"]["translation_key"] == "time_invalid"
    assert garbled["error"]["translation_placeholders"] == {"value": "half past seven"}
    too_many = await roles["police"].ask(LOG, limit=201)
    assert too_many["error"]["code"] == "invalid_format"


async def test_a_guard_sees_the_last_day_by_flat_and_names_only_on_alarms(
    hass: HomeAssistant,
    compound: dict[str, str],
    roles: dict[str, Console],
    freezer: FrozenDateTimeFactory,
) -> None:
    guard = roles["guard"]
    seen = await guard.result(LOG, access_point_id=compound["gate"])
    assert [e["flat"] for e in seen["entries"]] == [None, "3-1-601", "3-1-502"]
    for entry in seen["entries"]:
        assert not {"name", "person_id", "uid", "vehicle_id"} & set(entry)
    # A guard may not follow a person.
    await guard.refused(LOG, person_id=compound["owner"])
    # A care-watch passage names the watched person (the guard greets her); a police-watch
    # one is no guard's business: unwatched, no alarm, no name.
    await act(
        hass, "set_watch", person_id=compound["owner"], level="care", notify=["mobile_app_son"]
    )
    await act(hass, "set_watch", person_id=compound["tenant"], level="none", police=True)
    freezer.move_to(T0 + timedelta(hours=26))
    await act(hass, "present_credential", access_point="North gate", uid="008EC793")
    await act(hass, "present_credential", access_point="North gate", uid="0A0B0C0D")
    today = await guard.result(LOG)
    assert today["total"] == 2  # the day before is past the live passages' 24 hours
    tenant, owner = today["entries"]
    assert (owner["name"], owner["watch"], len(owner["alarm_ids"])) == ("王奶奶", "care", 1)
    assert tenant["flat"] == "3-1-601"
    assert (tenant["watch"], tenant["alarm_ids"]) == ("none", [])
    assert "name" not in tenant
    asked_earlier = await guard.result(LOG, start=T0.isoformat())
    assert asked_earlier["total"] == 2
    police = await roles["police"].result(LOG, start=T0.isoformat())
    assert police["total"] == 6
    assert police["entries"][0]["watch"] == "police"


async def test_a_resident_sees_their_own_household_only(
    compound: dict[str, str], roles: dict[str, Console]
) -> None:
    resident = roles["resident"]
    mine = await resident.result(LOG)
    assert [(e["name"], e["access_point"]) for e in mine["entries"]] == [
        ("王奶奶", "Garage B"),
        ("王奶奶", "North gate"),
    ]
    await resident.refused(LOG, household_id=compound["rental"])
    await resident.refused(LOG, person_id=compound["tenant"])
    assert (await resident.result(LOG, person_id=compound["owner"]))["total"] == 2


async def test_clerks_do_not_follow_movements(roles: dict[str, Console]) -> None:
    error = await roles["clerk"].refused(LOG)
    assert error["translation_placeholders"]["operation"] == "access_log_query"
    assert "access_log_query" in error["message"]


async def test_the_police_export_what_they_found_as_csv(
    compound: dict[str, str], roles: dict[str, Console]
) -> None:
    exported = await roles["police"].result(
        "access_log/export", access_point_id=compound["gate"], **_window(-5, 5)
    )
    assert exported["rows"] == exported["total"] == 3
    assert exported["filename"].startswith("access-log-")
    assert exported["filename"].endswith(".csv")
    lines = exported["csv"].splitlines()
    assert lines[0].startswith("\ufefftime,access_point,direction,decision,reason")
    assert "李四" in lines[2]
    assert "3-1-502" in lines[3]
    for role in ("guard", "clerk", "resident"):
        await roles[role].refused("access_log/export")


def test_csv_cells_never_run_as_formulas() -> None:
    row = {"time": "2026-05-04T07:29:00+00:00", "name": "=HYPERLINK(1)", "flat": "-1"}
    text = csv_text([row], lambda iso: iso)
    assert "'=HYPERLINK(1)" in text
    assert ",'-1," in text
