"""Admin-only websocket CRUD for the staff panel."""

from __future__ import annotations

from homeassistant.core import HomeAssistant
import pytest
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from .helpers import ID_NUMBER, populate

pytestmark = pytest.mark.usefixtures("init_integration")


async def test_household_crud_and_subscribe(
    hass: HomeAssistant, hass_ws_client: WebSocketGenerator
) -> None:
    client = await hass_ws_client(hass)
    await client.send_json_auto_id({"type": "compound_security/household/subscribe"})
    assert (await client.receive_json())["success"]
    assert (await client.receive_json())["event"] == []
    await client.send_json_auto_id(
        {
            "type": "compound_security/household/create",
            "building": "5",
            "unit": "2",
            "room": "301",
            "area_m2": 70,
            "tenure": "rental",
        }
    )
    event = await client.receive_json()
    created = await client.receive_json()
    if "event" in created:
        event, created = created, event
    assert created["success"]
    household_id = created["result"]["id"]
    assert event["event"][0]["change_type"] == "added"
    await client.send_json_auto_id(
        {"type": "compound_security/household/update", "household_id": household_id, "area_m2": 75}
    )
    responses = [await client.receive_json(), await client.receive_json()]
    update = next(r for r in responses if "success" in r)
    assert update["result"]["area_m2"] == 75
    await client.send_json_auto_id({"type": "compound_security/household/list"})
    listed = await client.receive_json()
    assert [h["room"] for h in listed["result"]] == ["301"]


async def test_rule_errors_come_back_as_codes(
    hass: HomeAssistant, hass_ws_client: WebSocketGenerator
) -> None:
    ids = await populate(hass)
    client = await hass_ws_client(hass)
    await client.send_json_auto_id(
        {
            "type": "compound_security/household/create",
            "building": "3",
            "unit": "1",
            "room": "502",
            "area_m2": 70,
            "tenure": "owner",
        }
    )
    response = await client.receive_json()
    assert not response["success"]
    assert response["error"]["code"] == "invalid_format"
    assert "household_exists" in response["error"]["message"]
    await client.send_json_auto_id(
        {"type": "compound_security/household/delete", "household_id": ids["home"]}
    )
    response = await client.receive_json()
    # The code, and its translation key for the console.
    assert response["error"]["code"] == "invalid_format"
    assert response["error"]["message"] == "household_not_empty"
    assert response["error"]["translation_key"] == "household_not_empty"
    await client.send_json_auto_id(
        {"type": "compound_security/household/delete", "household_id": "nope"}
    )
    assert (await client.receive_json())["error"]["code"] == "not_found"


async def test_person_delete_takes_cards_and_vehicles(
    hass: HomeAssistant, hass_ws_client: WebSocketGenerator
) -> None:
    ids = await populate(hass)
    client = await hass_ws_client(hass)
    await client.send_json_auto_id(
        {"type": "compound_security/person/delete", "person_id": ids["owner"]}
    )
    assert (await client.receive_json())["success"]
    await client.send_json_auto_id({"type": "compound_security/card/list"})
    cards = (await client.receive_json())["result"]
    assert [c["id"] for c in cards] == [ids["tenant_card"]]
    await client.send_json_auto_id({"type": "compound_security/person/delete", "person_id": "nope"})
    assert (await client.receive_json())["error"]["code"] == "not_found"


async def test_person_list_shows_only_the_masked_id_number(
    hass: HomeAssistant, hass_ws_client: WebSocketGenerator
) -> None:
    await populate(hass)
    client = await hass_ws_client(hass)
    await client.send_json_auto_id({"type": "compound_security/person/list"})
    people = (await client.receive_json())["result"]
    assert ID_NUMBER not in str(people)
    assert any(p.get("id_number_mask") == "*" * 17 + ID_NUMBER[-1] for p in people)


@pytest.mark.parametrize("kind", ["household", "person", "card", "vehicle"])
@pytest.mark.parametrize("command", ["list", "subscribe", "create", "update", "delete"])
async def test_non_admins_are_refused(
    hass: HomeAssistant,
    hass_ws_client: WebSocketGenerator,
    hass_read_only_access_token: str,
    kind: str,
    command: str,
) -> None:
    client = await hass_ws_client(hass, hass_read_only_access_token)
    await client.send_json_auto_id({"type": f"compound_security/{kind}/{command}"})
    response = await client.receive_json()
    assert not response["success"]
    assert response["error"]["code"] in ("unauthorized", "invalid_format")
    if command in ("list", "subscribe"):
        assert response["error"]["code"] == "unauthorized"
