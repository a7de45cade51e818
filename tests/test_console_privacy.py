"""The console's review for privacy and roles: what leaked indirectly, and what broke.

Police-watch facts told by what is missing, a subscription that outlived its role, a
card swiped at a gate telling a clerk who passed, and inputs that ended in a traceback.
"""

from __future__ import annotations

from typing import Any

from homeassistant.core import Context, HomeAssistant
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from custom_components.compound_security.roles import StaffRole

from .console_helpers import LiveConsole, live_console, staff_console
from .helpers import act, populate
from .test_hardware import gate_entry, relay, setup  # noqa: F401  # relay is a fixture
from .test_roles import _user

pytestmark = pytest.mark.usefixtures("hass_owner_user", "socket_enabled")
LOG = "access_log/query"


async def _husband_watched_twice(hass: HomeAssistant) -> dict[str, str]:
    """王奶奶's husband: his family's care watch, and (unknown to them) the police's.

    He passes the North gate once: a care-watch alarm and a police-watch alarm.
    """
    ids = await populate(hass)
    husband = await act(hass, "add_person", household_id=ids["home"], name="王大爷", role="owner")
    ids["husband"] = husband["person_id"]
    await act(hass, "issue_card", person_id=ids["husband"], uid="0x51", card_type="property_card")
    await act(hass, "set_watch", person_id=ids["husband"], level="care", police=True)
    await act(hass, "present_credential", access_point="North gate", uid="0x51")
    await hass.async_block_till_done(wait_background_tasks=True)
    return ids


async def _resident(hass: HomeAssistant, ws: WebSocketGenerator, person_id: str) -> LiveConsole:
    user = await _user(hass, "Resident")
    await act(hass, "update_person", person_id=person_id, user_id=user.id)
    return await live_console(hass, ws, user)


def _kinds(entry: MockConfigEntry, alarm_ids: list[str]) -> set[str]:
    desk = entry.runtime_data.desk
    return {desk.open[alarm_id].kind for alarm_id in alarm_ids}


@pytest.mark.usefixtures("init_integration")
async def test_a_police_watch_is_not_told_by_a_care_watch_going_missing(
    hass: HomeAssistant, mock_config_entry: MockConfigEntry, hass_ws_client: WebSocketGenerator
) -> None:
    ids = await _husband_watched_twice(hass)
    resident = await _resident(hass, hass_ws_client, ids["owner"])
    guard = await staff_console(hass, hass_ws_client, mock_config_entry, StaffRole.GUARD)
    police = await staff_console(hass, hass_ws_client, mock_config_entry, StaffRole.POLICE)

    # The family set the care watch: they see it, as for anyone else on care watch.
    (passage,) = (await resident.ask(LOG))["result"]["entries"]
    assert (passage["name"], passage["watch"]) == ("王大爷", "care")
    assert _kinds(mock_config_entry, passage["alarm_ids"]) == {"watchlist"}
    # So does the family's action (query_access_log), as the console does.
    user_id = resident.user_id
    (passage,) = (await act(hass, "query_access_log", Context(user_id=user_id)))["entries"]
    assert passage["watch"] == "care"
    assert _kinds(mock_config_entry, passage["alarm_ids"]) == {"watchlist"}
    # The guard greets him, in the log as in the live feed; nothing tells of the police.
    (passage,) = (await guard.ask(LOG))["result"]["entries"]
    assert (passage["name"], passage["watch"]) == ("王大爷", "care")
    assert _kinds(mock_config_entry, passage["alarm_ids"]) == {"watchlist"}
    _, feed = await guard.subscribe("passages/subscribe")
    assert [(p["person"], p["alarm_kinds"]) for p in feed["passages"]] == [
        ("王大爷", ["watchlist"])
    ]
    # The police see their watch and their alarm (the family's is not theirs to handle).
    (passage,) = (await police.ask(LOG))["result"]["entries"]
    assert passage["watch"] == "police"
    assert _kinds(mock_config_entry, passage["alarm_ids"]) == {"police_watch"}
    exported = (await police.ask("access_log/export"))["result"]
    assert ",police," in exported["csv"]


@pytest.mark.usefixtures("init_integration")
async def test_a_subscription_ends_when_its_role_is_taken_away(
    hass: HomeAssistant, mock_config_entry: MockConfigEntry, hass_ws_client: WebSocketGenerator
) -> None:
    await populate(hass)
    roles = mock_config_entry.runtime_data.registry.roles
    guard_user = await _user(hass, "Guard")
    await roles.async_set(guard_user.id, StaffRole.GUARD)
    guard = await live_console(hass, hass_ws_client, guard_user)
    feed, _ = await guard.subscribe("passages/subscribe")
    desk, _ = await guard.subscribe("alarms/subscribe")
    await act(hass, "present_credential", access_point="North gate", uid="008EC793")
    assert (await guard.event(feed))["passages"][0]["household"] == "3-1-502"

    await roles.async_set(guard_user.id, None)  # the manager takes the role away
    await act(hass, "revoke_card", uid="0x8ec793", status="lost")
    await act(hass, "present_credential", access_point="North gate", uid="008EC793")
    await hass.async_block_till_done(wait_background_tasks=True)
    assert await guard.event(feed) == {"ended": True}
    assert await guard.event(desk) == {"ended": True}
    await act(hass, "present_credential", access_point="North gate", uid="0A0B0C0D")
    await guard.ask("gates/list")  # by now a passage would have come
    assert not guard.events[feed]
    assert not guard.events[desk]
    # The console subscribes again, as after a reload, and is refused.
    again = await guard.ask("passages/subscribe")
    assert again["error"]["code"] == "unauthorized"


@pytest.mark.usefixtures("init_integration")
async def test_a_resident_unlinked_from_their_person_hears_no_more_alarms(
    hass: HomeAssistant, hass_ws_client: WebSocketGenerator
) -> None:
    ids = await populate(hass)
    resident = await _resident(hass, hass_ws_client, ids["owner"])
    desk, first = await resident.subscribe("alarms/subscribe")
    assert first["alarms"] == []
    await act(hass, "update_person", person_id=ids["owner"], user_id=None)
    await act(hass, "revoke_card", uid="0x8ec793", status="lost")
    await act(hass, "present_credential", access_point="North gate", uid="008EC793")
    await hass.async_block_till_done(wait_background_tasks=True)
    assert await resident.event(desk) == {"ended": True}


@pytest.mark.usefixtures("relay")
async def test_a_clerk_finds_a_cards_holder_at_a_desk_reader_not_at_a_gate(
    hass: HomeAssistant, hass_ws_client: WebSocketGenerator
) -> None:
    entry = await setup(hass, gate_entry())  # the North gate has a gate here
    await populate(hass)
    clerk = await staff_console(hass, hass_ws_client, entry, StaffRole.CLERK)
    gate = {"access_point": "North gate", "known": True}
    refused = (await clerk.ask("enrol/subscribe", **gate))["error"]
    assert (refused["code"], refused["translation_key"]) == (
        "invalid_format",
        "known_swipe_at_gate",
    )
    assert refused["translation_placeholders"] == {"access_point": "North gate"}
    # Nobody listens: the gate decides the next registered card as usual.
    (north,) = entry.runtime_data.hardware.values()
    assert not north.enrolment.wants("card_reader", known=True)
    # A new card may be enrolled at a gate; the police may find a holder there (they see
    # the log); an unknown access point is a translated error.
    assert (await clerk.ask("enrol/subscribe", access_point="North gate"))["success"]
    police = await staff_console(hass, hass_ws_client, entry, StaffRole.POLICE)
    assert (await police.ask("enrol/subscribe", **gate))["success"]
    missing = (await clerk.ask("enrol/subscribe", access_point="Nowhere"))["error"]
    assert (missing["code"], missing["translation_key"]) == ("not_found", "access_point_not_found")


@pytest.mark.usefixtures("init_integration")
async def test_a_clerk_finds_a_cards_holder_at_a_reader_without_a_gate(
    hass: HomeAssistant, mock_config_entry: MockConfigEntry, hass_ws_client: WebSocketGenerator
) -> None:
    clerk = await staff_console(hass, hass_ws_client, mock_config_entry, StaffRole.CLERK)
    desk = {"access_point": "North gate", "known": True}  # no gate in this compound
    assert (await clerk.ask("enrol/subscribe", **desk))["success"]


@pytest.mark.usefixtures("init_integration")
@pytest.mark.parametrize(
    ("command", "fields", "code", "key"),
    [
        (LOG, {"start": "2026-02-30T08:00"}, "invalid_format", "time_invalid"),
        (LOG, {"end": "2026-05-04T25:00"}, "invalid_format", "time_invalid"),
        (LOG, {"start": "0001-01-01T00:00:00+05:00"}, "invalid_format", "time_invalid"),
        (LOG, {"start": "2026-05-04T07:00+99:00"}, "invalid_format", "time_invalid"),
        (LOG, {"offset": 2**63}, "invalid_format", None),  # past SQLite's integers
        (LOG, {"household_id": "x" * 10_000}, "invalid_format", None),
        ("access_log/export", {"start": "2026-02-30T08:00"}, "invalid_format", "time_invalid"),
        ("wanted/matches", {"job_id": "x" * 500}, "invalid_format", None),
        ("gates/list", {"config_entry_id": "x" * 500}, "invalid_format", None),
    ],
)
async def test_malformed_input_is_a_refusal_never_a_traceback(
    hass: HomeAssistant,
    hass_ws_client: WebSocketGenerator,
    caplog: pytest.LogCaptureFixture,
    command: str,
    fields: dict[str, Any],
    code: str,
    key: str | None,
) -> None:
    manager = await live_console(hass, hass_ws_client)
    error = (await manager.ask(command, **fields))["error"]
    assert error["code"] == code
    if key is not None:
        assert error["translation_key"] == key
    assert "Traceback" not in caplog.text
