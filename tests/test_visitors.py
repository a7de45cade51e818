"""Visitor passes in Home Assistant: actions, websocket commands, roles, restarts, privacy.

Reads here go through the access point's read path as a reader's would
(`AccessPointHardware.async_read`); `test_visitor_readers` drives real keypads and QR
readers on ptys.
"""

from __future__ import annotations

from datetime import timedelta
from itertools import count
import logging
from typing import Any

from freezegun.api import FrozenDateTimeFactory
from homeassistant.config_entries import ConfigSubentryData
from homeassistant.const import MATCH_ALL
from homeassistant.core import Context, Event, HomeAssistant, callback
from homeassistant.exceptions import ServiceValidationError, Unauthorized
from homeassistant.util import dt as dt_util
import probatio as vol
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry, MockUser
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from custom_components.compound_security.const import DOMAIN, EVENT_ACCESS
from custom_components.compound_security.engine.audit import AccessQuery
from custom_components.compound_security.engine.decision import Decision
from custom_components.compound_security.engine.model import Credential
from custom_components.compound_security.engine.visitors import sign_token

from .helpers import act, compound_entry, populate

VISITOR = "张访客"
_READERS = count()  # a fresh reader per read: no debounce between a test's reads


def visitor_entry() -> MockConfigEntry:
    def point(title: str, **data: Any) -> ConfigSubentryData:
        return ConfigSubentryData(
            subentry_type="access_point", title=title, unique_id=title.casefold(), data=data
        )

    return compound_entry(
        [
            point("North gate", zone="compound_gate", direction="both"),
            point("Garage B", zone="garage", direction="in"),
            point("Unit 3-1", zone="unit_door", direction="in", building="3", unit="1"),
            point("Unit 9-1", zone="unit_door", direction="in", building="9", unit="1"),
        ]
    )


@pytest.fixture
async def compound(hass: HomeAssistant) -> MockConfigEntry:
    entry = visitor_entry()
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    return entry


@pytest.fixture
async def resident(
    hass: HomeAssistant, compound: MockConfigEntry, hass_read_only_user: MockUser
) -> tuple[dict[str, str], Context]:
    """Link the owner of 3-1-502 to a Home Assistant user (not an admin)."""
    ids = await populate(hass)
    await act(hass, "update_person", person_id=ids["owner"], user_id=hass_read_only_user.id)
    return ids, Context(user_id=hass_read_only_user.id)


async def read(
    hass: HomeAssistant, entry: MockConfigEntry, door: str, code: str, credential: Credential
) -> Decision:
    """Present a code as a reader of `door` would."""
    runtime = entry.runtime_data
    access_point = runtime.controller.find_access_point(door)
    decision = await runtime.hardware[access_point.id].async_read(
        f"reader {next(_READERS)}", code, credential
    )
    assert decision is not None
    await hass.async_block_till_done()
    return decision


async def test_a_resident_invites_a_visitor_whose_pin_opens_the_way_home_once(
    hass: HomeAssistant, compound: MockConfigEntry, resident: tuple[dict[str, str], Context]
) -> None:
    ids, context = resident
    events: list[Event] = []
    hass.bus.async_listen(EVENT_ACCESS, events.append)
    created = await act(hass, "create_visitor_pass", context=context, entries=2)
    assert created["household_id"] == ids["home"]  # a resident hosts for their own flat
    assert created["pin"].isdigit()
    assert len(created["pin"]) == 6
    assert created["qr"].startswith("CSV1.")
    assert (created["entries"], created["used"], created["state"]) == (2, 0, "active")
    assert created["access_points"] == []  # the host's defaults
    assert "name" not in created
    assert dt_util.parse_datetime(created["valid_until"]) == (
        dt_util.start_of_local_day() + timedelta(days=1)
    )
    pin = created["pin"]
    gate = await read(hass, compound, "North gate", pin, Credential.PIN)
    door = await read(hass, compound, "Unit 3-1", pin, Credential.PIN)
    assert (gate.reason, door.reason) == ("granted", "granted")
    assert (gate.uid, gate.household_id) == (created["pass_id"], ids["home"])
    again = await read(hass, compound, "Unit 3-1", pin, Credential.QR)  # not a token
    assert again.reason == "unknown_credential"
    used_up = await read(hass, compound, "North gate", created["qr"], Credential.QR)
    assert used_up.reason == "used_up"
    assert [(e.data["decision"], e.data["uid"], e.data["credential"]) for e in events] == [
        ("granted", created["pass_id"], "pin"),
        ("granted", created["pass_id"], "pin"),
        ("denied", "", "qr"),
        ("denied", created["pass_id"], "qr"),
    ]
    rows = await compound.runtime_data.audit.async_query(
        AccessQuery(household_id=ids["home"], uid=created["pass_id"])
    )
    assert [row["reason"] for row in rows] == ["used_up", "granted", "granted"]


async def test_default_doors_are_the_gates_and_the_hosts_unit(
    hass: HomeAssistant, compound: MockConfigEntry, resident: tuple[dict[str, str], Context]
) -> None:
    _, context = resident
    created = await act(hass, "create_visitor_pass", context=context, entries=5)
    for door, reason in [
        ("Unit 9-1", "not_permitted_here"),  # another building
        ("Garage B", "not_permitted_here"),
        ("North gate", "granted"),
    ]:
        decision = await read(hass, compound, door, created["qr"], Credential.QR)
        assert (door, decision.reason) == (door, reason)
    named = await act(hass, "create_visitor_pass", context=context, access_points=["Unit 3-1"])
    assert (await read(hass, compound, "North gate", named["pin"], Credential.PIN)).reason == (
        "not_permitted_here"
    )
    assert (await read(hass, compound, "Unit 3-1", named["pin"], Credential.PIN)).granted


async def test_a_forged_or_foreign_token_opens_nothing(
    hass: HomeAssistant, compound: MockConfigEntry, resident: tuple[dict[str, str], Context]
) -> None:
    _, context = resident
    created = await act(hass, "create_visitor_pass", context=context)
    forged = sign_token(b"somebody else's key", created["pass_id"])
    assert (await read(hass, compound, "North gate", forged, Credential.QR)).reason == (
        "unknown_credential"
    )
    assert created["qr"] != sign_token(b"", created["pass_id"])


async def test_a_resident_hosts_and_revokes_for_their_own_household_only(
    hass: HomeAssistant, compound: MockConfigEntry, resident: tuple[dict[str, str], Context]
) -> None:
    ids, context = resident
    with pytest.raises(Unauthorized) as refused:
        await act(hass, "create_visitor_pass", context=context, household_id=ids["rental"])
    assert refused.value.permission == "compound_security.visitor_pass"
    neighbours = await act(hass, "create_visitor_pass", household_id=ids["rental"])
    with pytest.raises(Unauthorized):
        await act(hass, "revoke_visitor_pass", context=context, pass_id=neighbours["pass_id"])
    mine = await act(hass, "create_visitor_pass", context=context)
    await act(hass, "revoke_visitor_pass", context=context, pass_id=mine["pass_id"])
    assert (await read(hass, compound, "North gate", mine["pin"], Credential.PIN)).reason == (
        "unknown_credential"  # a revoked pass gives its PIN up at once
    )
    assert (await read(hass, compound, "North gate", mine["qr"], Credential.QR)).reason == (
        "revoked"
    )


@pytest.mark.parametrize(
    ("data", "error"),
    [
        ({}, "visitor_host_required"),  # staff name the host
        ({"household_id": "nope"}, "household_not_found"),
        ({"household_id": "home", "access_points": ["Back gate"]}, "access_point_not_found"),
        (
            {"household_id": "home", "valid_until": "2000-01-01T00:00:00+08:00"},
            "visitor_window_invalid",
        ),
        ({"household_id": "home", "valid_until": "+8 days"}, "visitor_window_too_long"),
        ({"pass_id": "nope"}, "visitor_pass_not_found"),
    ],
)
async def test_errors_are_translated(
    hass: HomeAssistant,
    resident: tuple[dict[str, str], Context],
    data: dict[str, Any],
    error: str,
) -> None:
    ids, _ = resident
    data = {k: ids.get(v, v) if k == "household_id" else v for k, v in data.items()}
    if data.get("valid_until") == "+8 days":
        data["valid_until"] = (dt_util.now() + timedelta(days=8)).isoformat()
    action = "revoke_visitor_pass" if "pass_id" in data else "create_visitor_pass"
    with pytest.raises(ServiceValidationError) as err:
        await act(hass, action, **data)
    assert err.value.translation_key == error


async def test_the_visitors_name_is_not_action_data(
    hass: HomeAssistant, resident: tuple[dict[str, str], Context]
) -> None:
    ids, _ = resident
    with pytest.raises(vol.Invalid):  # refused before the call is recorded
        await act(hass, "create_visitor_pass", household_id=ids["home"], name=VISITOR)


async def test_used_entries_and_revocations_survive_a_restart(
    hass: HomeAssistant,
    compound: MockConfigEntry,
    resident: tuple[dict[str, str], Context],
    hass_storage: dict[str, Any],
) -> None:
    ids, _ = resident
    kept = await act(hass, "create_visitor_pass", household_id=ids["home"], entries=2)
    gone = await act(hass, "create_visitor_pass", household_id=ids["home"])
    assert (await read(hass, compound, "North gate", kept["pin"], Credential.PIN)).granted
    await act(hass, "revoke_visitor_pass", pass_id=gone["pass_id"])
    stored = {
        item["id"]: item
        for item in hass_storage[f"{DOMAIN}.{compound.entry_id}.visitor_passes"]["data"]["items"]
    }
    assert stored[kept["pass_id"]]["used"] == 1  # on disk at once, not in 10 s
    assert stored[gone["pass_id"]]["revoked"] is True
    assert await hass.config_entries.async_reload(compound.entry_id)
    await hass.async_block_till_done()
    assert (await read(hass, compound, "Unit 3-1", kept["pin"], Credential.PIN)).granted
    assert (await read(hass, compound, "North gate", kept["qr"], Credential.QR)).reason == (
        "used_up"
    )
    assert (await read(hass, compound, "North gate", gone["qr"], Credential.QR)).reason == (
        "revoked"
    )
    assert await hass.config_entries.async_remove(compound.entry_id)
    await hass.async_block_till_done()
    assert f"{DOMAIN}.{compound.entry_id}.visitor_passes" not in hass_storage


async def test_passes_past_retention_are_purged(
    hass: HomeAssistant,
    compound: MockConfigEntry,
    resident: tuple[dict[str, str], Context],
    freezer: FrozenDateTimeFactory,
) -> None:
    ids, _ = resident
    created = await act(hass, "create_visitor_pass", household_id=ids["home"])
    visitors = compound.runtime_data.visitors
    freezer.tick(timedelta(days=100))
    assert await visitors.async_purge(dt_util.now() - timedelta(days=180)) == 0
    freezer.tick(timedelta(days=81))
    assert await visitors.async_purge(dt_util.now() - timedelta(days=180)) == 1
    assert created["pass_id"] not in visitors.book.passes


async def test_console_commands_and_who_sees_what(
    hass: HomeAssistant,
    compound: MockConfigEntry,
    resident: tuple[dict[str, str], Context],
    hass_ws_client: WebSocketGenerator,
    hass_read_only_access_token: str,
) -> None:
    ids, _ = resident
    staff = await hass_ws_client(hass)
    await staff.send_json_auto_id(
        {"type": f"{DOMAIN}/visitor_pass/create", "household_id": ids["rental"], "name": VISITOR}
    )
    walk_in = (await staff.receive_json())["result"]
    assert (walk_in["name"], walk_in["household_id"]) == (VISITOR, ids["rental"])
    home = await hass_ws_client(hass, hass_read_only_access_token)
    await home.send_json_auto_id(
        {"type": f"{DOMAIN}/visitor_pass/create", "name": "  李  姐 ", "entries": 3}
    )
    mine = (await home.receive_json())["result"]
    assert (mine["name"], mine["household_id"], mine["entries"]) == ("李 姐", ids["home"], 3)
    await home.send_json_auto_id({"type": f"{DOMAIN}/visitor_pass/list"})
    assert [p["pass_id"] for p in (await home.receive_json())["result"]["passes"]] == [
        mine["pass_id"]
    ]
    await staff.send_json_auto_id({"type": f"{DOMAIN}/visitor_pass/list"})
    listed = (await staff.receive_json())["result"]["passes"]
    assert {p["pass_id"] for p in listed} == {mine["pass_id"], walk_in["pass_id"]}
    await home.send_json_auto_id({"type": f"{DOMAIN}/visitors/today"})
    (expected,) = (await home.receive_json())["result"]["visitors"]
    assert (expected["name"], expected["household"], expected["entries_left"]) == (
        "李 姐",
        "3-1-502",
        3,
    )
    assert "pin" not in expected
    await staff.send_json_auto_id({"type": f"{DOMAIN}/visitors/today"})
    assert len((await staff.receive_json())["result"]["visitors"]) == 2
    await home.send_json_auto_id(
        {"type": f"{DOMAIN}/visitor_pass/revoke", "pass_id": walk_in["pass_id"]}
    )
    assert (await home.receive_json())["error"]["code"] == "unauthorized"
    await home.send_json_auto_id(
        {"type": f"{DOMAIN}/visitor_pass/create", "household_id": ids["rental"]}
    )
    assert (await home.receive_json())["error"]["code"] == "unauthorized"
    await home.send_json_auto_id(
        {"type": f"{DOMAIN}/visitor_pass/revoke", "pass_id": mine["pass_id"]}
    )
    assert (await home.receive_json())["success"]
    await staff.send_json_auto_id({"type": f"{DOMAIN}/visitors/today"})
    assert [v["pass_id"] for v in (await staff.receive_json())["result"]["visitors"]] == [
        walk_in["pass_id"]
    ]
    await staff.send_json_auto_id(
        {"type": f"{DOMAIN}/visitor_pass/create", "household_id": ids["home"], "entries": 99}
    )
    assert (await staff.receive_json())["error"]["code"] == "invalid_format"
    await staff.send_json_auto_id(
        {"type": f"{DOMAIN}/visitor_pass/create", "household_id": ids["home"], "name": "a\x00b"}
    )
    error = (await staff.receive_json())["error"]
    assert (error["code"], error["translation_key"]) == ("invalid_format", "text_invalid")
    await staff.send_json_auto_id(
        {"type": f"{DOMAIN}/visitor_pass/revoke", "config_entry_id": "nope", "pass_id": "x"}
    )
    assert (await staff.receive_json())["error"]["code"] == "not_found"


async def test_users_with_no_role_are_refused(
    hass: HomeAssistant,
    compound: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
    hass_read_only_access_token: str,
) -> None:
    nobody = await hass_ws_client(hass, hass_read_only_access_token)  # linked to no person
    for command in ("visitor_pass/create", "visitor_pass/list", "visitors/today"):
        await nobody.send_json_auto_id({"type": f"{DOMAIN}/{command}"})
        assert (await nobody.receive_json())["error"]["code"] == "unauthorized"


async def test_no_pin_token_or_name_in_entities_events_or_logs(
    hass: HomeAssistant,
    compound: MockConfigEntry,
    resident: tuple[dict[str, str], Context],
    hass_ws_client: WebSocketGenerator,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="custom_components.compound_security")
    ids, _ = resident
    events: list[Event] = []

    @callback
    def _every_event(event: Event) -> None:  # call_service (recorded) included
        events.append(event)

    hass.bus.async_listen(MATCH_ALL, _every_event)
    staff = await hass_ws_client(hass)
    await staff.send_json_auto_id(
        {"type": f"{DOMAIN}/visitor_pass/create", "household_id": ids["home"], "name": VISITOR}
    )
    created = (await staff.receive_json())["result"]
    for _ in range(6):  # wrong PINs lock the keypad: one pin_guessing alarm
        await read(hass, compound, "North gate", f"99999{_}", Credential.PIN)
    await read(hass, compound, "North gate", created["pin"], Credential.PIN)  # locked
    await read(hass, compound, "Unit 3-1", created["qr"], Credential.QR)
    await hass.async_block_till_done()
    secrets = (created["pin"], created["qr"], VISITOR)
    seen = " ".join(
        [str(e.data) for e in events]
        + [str(s.as_dict()) for s in hass.states.async_all()]
        + [
            record.getMessage()  # ours: the test harness logs websocket traffic itself
            for record in caplog.records
            if record.name.startswith("custom_components.compound_security")
        ]
    )
    for secret in secrets:
        assert secret not in seen
    kinds = [e.data["kind"] for e in events if e.event_type == "compound_security_alarm"]
    assert kinds == ["pin_guessing"]
    reasons = [e.data["reason"] for e in events if e.event_type == EVENT_ACCESS]
    assert reasons[-2:] == ["pin_locked", "granted"]
