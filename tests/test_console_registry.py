"""The console's registry page: search, a household's page, an ID number checked as typed.

Each command as every kind of caller would use it: managers, clerks, guards, police and
residents each get what the role table grants them, and a refusal otherwise.
"""

from __future__ import annotations

from datetime import timedelta
import logging
from typing import Any

from homeassistant.auth.models import User
from homeassistant.core import HomeAssistant
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from custom_components.compound_security.roles import StaffRole

from .engine_fixtures import make_id_number
from .helpers import ID_NUMBER, act, populate, registry_of
from .test_roles import _ask, _client, _staff, _user

pytestmark = pytest.mark.usefixtures("hass_owner_user", "init_integration")

SEARCH = "compound_security/registry/search"
DETAIL = "compound_security/household/detail"
CHECK = "compound_security/person/check_id"


async def _resident(hass: HomeAssistant, person_id: str) -> User:
    user = await _user(hass, "resident")
    await registry_of(hass).people.async_update_item(person_id, {"user_id": user.id})
    return user


async def _as(
    hass: HomeAssistant, hass_ws_client: WebSocketGenerator, role: StaffRole | None
) -> Any:
    """Return a websocket client for a new staff user, or the admin's (manager) for None."""
    if role is None:
        return await hass_ws_client(hass)
    return await _client(hass, hass_ws_client, await _staff(hass, role))


def _flats(answer: dict[str, Any]) -> list[str]:
    assert answer["success"], answer
    return [row["flat"] for row in answer["result"]["results"]]


async def test_search_finds_by_flat_name_phone_plate_and_card(
    hass: HomeAssistant, hass_ws_client: WebSocketGenerator
) -> None:
    await populate(hass)
    client = await hass_ws_client(hass)
    for query, match in (
        ("3-1-502", "flat"),
        ("3 1 502", "flat"),
        ("王奶", "name"),
        ("0000 1234", "phone"),
        ("苏E 12345", "plate"),
        ("0x8ec793", "card"),
        ("9357203", "card"),  # the same card as its decimal number
        ("8EC7", "card"),  # part of the number printed on it
    ):
        answer = await _ask(client, type=SEARCH, query=query)
        assert _flats(answer) == ["3-1-502"], query
        (row,) = answer["result"]["results"]
        assert match in row["matches"], query
    # A flat's row lists everyone; a name's, who matched.
    (row,) = (await _ask(client, type=SEARCH, query="王奶"))["result"]["results"]
    assert [p["name"] for p in row["people"]] == ["王奶奶"]
    assert row["tenure"] == "owner"
    assert row["people"][0]["role"] == "owner"
    # A dash in a short number is a flat's: "1-601" finds the flat, not phones.
    assert _flats(await _ask(client, type=SEARCH, query="1-601")) == ["3-1-601"]
    everything = await _ask(client, type=SEARCH, limit=1)
    assert everything["result"]["total"] == 2
    assert _flats(everything) == ["3-1-502"]
    second = await _ask(client, type=SEARCH, limit=1, offset=1)
    assert _flats(second) == ["3-1-601"]
    too_many = await _ask(client, type=SEARCH, limit=201)
    assert not too_many["success"]


async def test_search_shows_each_role_what_it_may(
    hass: HomeAssistant, hass_ws_client: WebSocketGenerator
) -> None:
    ids = await populate(hass)
    for role in (StaffRole.CLERK, StaffRole.POLICE):
        client = await _as(hass, hass_ws_client, role)
        answer = await _ask(client, type=SEARCH, query="13800001234")
        assert _flats(answer) == ["3-1-502"], role
        assert answer["result"]["results"][0]["tenure"] == "owner"
    guard = await _as(hass, hass_ws_client, StaffRole.GUARD)
    # A whole name or a whole flat: one character must not list the registry's names.
    assert (await _ask(guard, type=SEARCH, query="王"))["result"]["total"] == 0
    assert _flats(await _ask(guard, type=SEARCH, query="3-1")) == []
    assert _flats(await _ask(guard, type=SEARCH, query="3-1-502")) == ["3-1-502"]
    found = await _ask(guard, type=SEARCH, query="王奶奶")
    assert found["result"]["results"] == [
        {
            "household_id": ids["home"],
            "flat": "3-1-502",
            "matches": ["name"],
            "people": [{"person_id": ids["owner"], "name": "王奶奶"}],
        }
    ]
    for query in ("13800001234", "苏E12345", "0x8ec793", ""):  # a guard finds by flat or name
        assert (await _ask(guard, type=SEARCH, query=query))["result"]["total"] == 0, query
    resident = await _client(hass, hass_ws_client, await _resident(hass, ids["tenant"]))
    assert _flats(await _ask(resident, type=SEARCH)) == ["3-1-601"]
    assert _flats(await _ask(resident, type=SEARCH, query="王")) == []
    nobody = await _client(hass, hass_ws_client, await _user(hass, "visitor"))
    refused = await _ask(nobody, type=SEARCH, query="王")
    assert refused["error"]["code"] == "unauthorized"


async def _lost_card_alarm(hass: HomeAssistant) -> None:
    """Present the owner's card, reported lost, at the North gate."""
    await act(hass, "revoke_card", uid="0x8ec793", status="lost")
    await act(hass, "present_credential", access_point="North gate", uid="008EC793")
    await hass.async_block_till_done(wait_background_tasks=True)


async def test_a_household_page_for_a_manager(
    hass: HomeAssistant, hass_ws_client: WebSocketGenerator
) -> None:
    ids = await populate(hass)
    registry = registry_of(hass)
    soon = (dt_util.now().date() + timedelta(days=10)).isoformat()
    await registry.cards.async_update_item(ids["tenant_card"], {"valid_until": soon})
    await registry.households.async_update_item(ids["home"], {"electricity_meter": "1"})
    await act(hass, "present_credential", access_point="North gate", uid="0x8ec793")
    await _lost_card_alarm(hass)
    client = await hass_ws_client(hass)
    page = (await _ask(client, type=DETAIL, household_id=ids["home"]))["result"]
    assert page["household"]["flat"] == "3-1-502"
    assert [p["name"] for p in page["people"]] == ["王奶奶"]
    assert page["people"][0]["phone"] == "13800001234"
    assert page["people"][0]["id_number_mask"] == "*" * 17 + ID_NUMBER[-1]
    assert "id_number_hash" not in str(page)
    (card,) = page["cards"]
    assert (card["uid"], card["status"], card["expires_soon"]) == ("008EC793", "lost", False)
    assert page["vehicles"][0]["plate"] == "苏E12345"
    assert page["meters"] == {"electricity_meter": "000000000001"}
    # Every user reads long-term statistics: their ids name no household.
    assert page["statistics"]["electricity"].startswith("compound_security:usage_")
    assert ids["home"] not in str(page["statistics"])
    (alarm,) = page["alarms"]
    assert alarm["kind"] == "lost_card"
    assert alarm["time"].endswith("+00:00")
    assert [p["decision"] for p in page["passages"]] == ["denied", "granted"]
    assert page["passages"][0]["reason"] == "lost"
    assert page["passages"][0]["name"] == "王奶奶"
    assert page["passages"][0]["access_point"] == "North gate"
    rental = (await _ask(client, type=DETAIL, household_id=ids["rental"]))["result"]
    assert rental["cards"][0]["expires_soon"] is True
    missing = await _ask(client, type=DETAIL, household_id="nope")
    assert missing["error"]["message"] == "household_not_found"


async def test_a_household_page_for_each_role(
    hass: HomeAssistant, hass_ws_client: WebSocketGenerator
) -> None:
    ids = await populate(hass)
    await _lost_card_alarm(hass)
    clerk = await _as(hass, hass_ws_client, StaffRole.CLERK)
    page = (await _ask(clerk, type=DETAIL, household_id=ids["home"]))["result"]
    assert page["cards"]
    assert page["people"][0]["phone"]
    assert not {"alarms", "passages", "statistics"} & page.keys()  # clerks do not follow
    police = await _as(hass, hass_ws_client, StaffRole.POLICE)
    page = (await _ask(police, type=DETAIL, household_id=ids["home"]))["result"]
    assert page["passages"]
    assert page["statistics"]
    assert page["alarms"] == []  # a lost card is not police business
    guard = await _as(hass, hass_ws_client, StaffRole.GUARD)
    page = (await _ask(guard, type=DETAIL, household_id=ids["home"]))["result"]
    assert page["people"] == [{"id": ids["owner"], "name": "王奶奶", "household_id": ids["home"]}]
    assert not {"cards", "vehicles", "meters", "passages", "statistics"} & page.keys()
    assert [alarm["kind"] for alarm in page["alarms"]] == ["lost_card"]
    resident = await _client(hass, hass_ws_client, await _resident(hass, ids["owner"]))
    own = (await _ask(resident, type=DETAIL, household_id=ids["home"]))["result"]
    assert own["passages"]
    assert own["cards"]
    other = await _ask(resident, type=DETAIL, household_id=ids["rental"])
    assert other["error"]["code"] == "unauthorized"


async def test_an_id_number_is_checked_as_typed(
    hass: HomeAssistant, hass_ws_client: WebSocketGenerator, caplog: pytest.LogCaptureFixture
) -> None:
    # Ours, that is: core's websocket logs every message at debug level, as it does for
    # a person's creation with their ID number.
    caplog.set_level(logging.DEBUG, logger="custom_components.compound_security")
    engine = registry_of(hass).engine
    wanted = make_id_number("11010119900307123")
    engine.wanted = {engine.id_hasher.hash(wanted)}
    manager = await hass_ws_client(hass)
    shape = await _ask(manager, type=CHECK, id_number="1234")
    assert shape["result"] == {"valid": False, "reason": "id_number_invalid"}
    wrong_check = ID_NUMBER[:17] + ("0" if ID_NUMBER[17] != "0" else "1")
    checksum = await _ask(manager, type=CHECK, id_number=wrong_check)
    assert checksum["result"] == {"valid": False, "reason": "id_number_checksum"}
    listed = await _ask(manager, type=CHECK, id_number=wanted.lower())
    assert listed["result"] == {"valid": True, "mask": "*" * 17 + wanted[-1], "wanted": "listed"}
    police = await _as(hass, hass_ws_client, StaffRole.POLICE)
    assert (await _ask(police, type=CHECK, id_number=wanted))["result"]["wanted"] == "listed"
    assert (await _ask(police, type=CHECK, id_number=ID_NUMBER))["result"]["wanted"] == (
        "not_listed"
    )
    clerk = await _as(hass, hass_ws_client, StaffRole.CLERK)
    redacted = (await _ask(clerk, type=CHECK, id_number=wanted))["result"]
    assert redacted["wanted"] == "check_with_police"
    assert (await _ask(clerk, type=CHECK, id_number=ID_NUMBER))["result"]["wanted"] is None
    guard = await _as(hass, hass_ws_client, StaffRole.GUARD)
    refused = await _ask(guard, type=CHECK, id_number=wanted)
    assert refused["error"]["code"] == "unauthorized"
    ours = "\n".join(
        record.getMessage()
        for record in caplog.records
        if record.name.startswith("custom_components")
    )
    assert wanted not in ours
    assert ID_NUMBER not in ours
    assert not any(ID_NUMBER in str(item) for item in registry_of(hass).people.data.values())
