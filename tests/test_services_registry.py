"""Registry actions end to end: success, every error, and what reaches storage."""

from __future__ import annotations

from datetime import date
import json
from typing import Any

from homeassistant.const import EVENT_CALL_SERVICE
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ServiceValidationError
from homeassistant.util import dt as dt_util
import probatio as vol
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry, async_capture_events
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from custom_components.compound_security.actions.base import ActionSchema

from .helpers import ID_NUMBER, NINGBO, act, populate, registry_of, with_options

pytestmark = pytest.mark.usefixtures("init_integration")


@pytest.fixture
def mock_config_entry(mock_config_entry: MockConfigEntry) -> MockConfigEntry:
    """Tenants here may hold property cards too (Ningbo's 安居E卡): the tests issue some."""
    return with_options(mock_config_entry, **NINGBO)


async def test_registering_a_compound(hass: HomeAssistant, hass_storage: dict[str, Any]) -> None:
    ids = await populate(hass)
    engine = registry_of(hass).engine
    assert engine.households[ids["home"]].label == "3-1-502"
    owner = engine.people[ids["owner"]]
    assert owner.name == "王奶奶"
    card = engine.cards[ids["card"]]
    assert str(card.uid) == "008EC793"
    assert engine.vehicles[ids["bike"]].person_id == ids["owner"]
    stats = engine.statistics(date(2026, 11, 20))
    assert stats["households"] == 2
    assert stats["card_coverage"] == 100.0


async def test_id_numbers_never_reach_storage(
    hass: HomeAssistant, hass_storage: dict[str, Any], hass_ws_client: WebSocketGenerator
) -> None:
    response = await act(
        hass, "add_household", building="1", unit="1", room="101", area_m2=90, tenure="owner"
    )
    client = await hass_ws_client(hass)
    await client.send_json_auto_id(
        {
            "type": "compound_security/person/create",
            "household_id": response["household_id"],
            "name": "A",
            "role": "owner",
            "id_number": ID_NUMBER,
        }
    )
    person = (await client.receive_json())["result"]
    assert person["id_number_mask"] == f"{'*' * 17}{ID_NUMBER[-1]}"
    await registry_of(hass).people.store._async_handle_write_data()
    stored = json.dumps(hass_storage, ensure_ascii=False)
    assert registry_of(hass).people.store.key in hass_storage
    assert ID_NUMBER not in stored
    assert ID_NUMBER[:17] not in stored


async def test_updates_and_removals(hass: HomeAssistant) -> None:
    ids = await populate(hass)
    engine = registry_of(hass).engine
    await act(hass, "update_household", household_id=ids["home"], area_m2=95)
    assert engine.households[ids["home"]].area_m2 == 95
    await act(hass, "update_person", person_id=ids["owner"], phone="13900001234")
    assert engine.people[ids["owner"]].id_number_hash  # kept across an unrelated update
    await act(
        hass,
        "set_watch",
        person_id=ids["owner"],
        level="care",
        notify=["mobile_app_son"],
        directions="out",
    )
    owner = engine.people[ids["owner"]]
    assert (owner.watch, owner.watch_directions, owner.notify) == (
        "care",
        "out",
        ("notify.mobile_app_son",),
    )
    await act(hass, "set_vehicle_lock", chip_uid="E0000001", locked=True)
    assert engine.vehicles[ids["bike"]].locked
    await act(hass, "revoke_card", uid="142,51091", status="lost", reason="lost at market")
    assert engine.cards[ids["card"]].status == "lost"
    await act(hass, "remove_person", person_id=ids["owner"])
    assert ids["owner"] not in engine.people
    assert ids["card"] not in engine.cards
    assert ids["bike"] not in engine.vehicles
    await act(hass, "remove_household", household_id=ids["home"])
    assert ids["home"] not in engine.households


async def test_removing_a_rider_updates_the_vehicle(hass: HomeAssistant) -> None:
    ids = await populate(hass)
    son = (await act(hass, "add_person", household_id=ids["home"], name="儿子", role="family"))[
        "person_id"
    ]
    other = await act(
        hass,
        "add_vehicle",
        person_id=son,
        chip_uid="0xE0000002",
        kind="ebike",
        riders=[ids["owner"]],
    )
    await act(hass, "remove_person", person_id=ids["owner"])
    assert registry_of(hass).engine.vehicles[other["vehicle_id"]].riders == frozenset()


@pytest.mark.parametrize(
    ("service", "data", "code"),
    [
        (
            "add_household",
            {"building": "3", "unit": "1", "room": "502", "area_m2": 50, "tenure": "owner"},
            "household_exists",
        ),
        (
            "add_household",
            {"building": "3", "unit": "1", "room": "9", "area_m2": 0, "tenure": "owner"},
            "area_not_positive",
        ),
        ("update_household", {"household_id": "nope", "area_m2": 50}, "household_not_found"),
        (
            "update_household",
            {"household_id": "$rental", "area_m2": 5},
            "card_cap_exceeded_by_change",
        ),
        ("remove_household", {"household_id": "$home"}, "household_not_empty"),
        ("remove_household", {"household_id": "nope"}, "household_not_found"),
        (
            "add_person",
            {"household_id": "$home", "name": "X", "role": "tenant"},
            "tenant_needs_rental",
        ),
        (
            "add_person",
            {"household_id": "nope", "name": "X", "role": "owner"},
            "household_not_found",
        ),
        (
            "add_person",
            {"household_id": "$home", "name": "X", "role": "owner", "user_id": "ghost"},
            "user_not_found",
        ),
        (
            "add_person",
            {"household_id": "$home", "name": "X", "role": "owner", "notify": ["bad target!"]},
            "notify_target_invalid",
        ),
        ("update_person", {"person_id": "nope", "name": "X"}, "person_not_found"),
        ("remove_person", {"person_id": "nope"}, "person_not_found"),
        (
            "issue_card",
            {"person_id": "$tenant", "uid": "0x99", "card_type": "citizen_card"},
            "tenant_card_type",
        ),
        (
            "issue_card",
            {"person_id": "$tenant", "uid": "0x99", "card_type": "residence_permit"},
            "valid_until_required",
        ),
        (
            "issue_card",
            {"person_id": "$owner", "uid": "9357203", "card_type": "id_card"},
            "uid_exists",
        ),
        (
            "issue_card",
            {"person_id": "$owner", "uid": "04A2C1FF8EC793", "card_type": "id_card"},
            "uid_collides_24bit",
        ),
        (
            "issue_card",
            {"person_id": "$owner", "uid": "not a card", "card_type": "id_card"},
            "uid_invalid",
        ),
        (
            "issue_card",
            {
                "person_id": "$owner",
                "uid": "0x98",
                "card_type": "id_card",
                "valid_from": "2027-01-02",
                "valid_until": "2027-01-01",
            },
            "validity_reversed",
        ),
        (
            "issue_card",
            {"person_id": "nope", "uid": "0x98", "card_type": "id_card"},
            "person_not_found",
        ),
        ("revoke_card", {"uid": "0x77", "status": "revoked"}, "card_not_found"),
        ("set_watch", {"person_id": "nope", "level": "care"}, "person_not_found"),
        (
            "add_vehicle",
            {"person_id": "$owner", "chip_uid": "0xE0000001", "kind": "ebike"},
            "chip_exists",
        ),
        (
            "add_vehicle",
            {"person_id": "$owner", "chip_uid": "0xE1", "kind": "ebike", "riders": ["ghost"]},
            "person_not_found",
        ),
        ("set_vehicle_lock", {"chip_uid": "0xE9", "locked": True}, "vehicle_not_found"),
    ],
)
async def test_errors_are_specific_and_translated(
    hass: HomeAssistant, service: str, data: dict[str, Any], code: str
) -> None:
    ids = await populate(hass)
    # A third card fills the rental flat (25 m² => 2 cards).
    await act(
        hass, "issue_card", person_id=ids["tenant"], uid="0x0A0B0C0E", card_type="property_card"
    )
    data = {
        k: ids[v[1:]] if isinstance(v, str) and v.startswith("$") else v for k, v in data.items()
    }
    before = registry_of(hass).engine.statistics(dt_util.now().date())
    with pytest.raises(ServiceValidationError) as err:
        await act(hass, service, **data)
    assert err.value.translation_domain == "compound_security"
    assert err.value.translation_key == code
    message = str(err.value)
    assert message
    assert "{" not in message
    assert message != code, "the message comes from translations/en.json"
    # A refused change leaves the registry as it was.
    assert registry_of(hass).engine.statistics(dt_util.now().date()) == before


async def test_card_cap_follows_area(hass: HomeAssistant) -> None:
    ids = await populate(hass)
    await act(
        hass, "issue_card", person_id=ids["tenant"], uid="0x0A0B0C0E", card_type="property_card"
    )
    with pytest.raises(ServiceValidationError) as err:
        await act(
            hass, "issue_card", person_id=ids["tenant"], uid="0x0A0B0C0F", card_type="property_card"
        )
    assert err.value.translation_key == "card_cap_reached"
    assert "3-1-601" in str(err.value)


async def test_schema_errors_are_refused_before_any_rule(hass: HomeAssistant) -> None:
    with pytest.raises(Exception, match="tenure"):
        await act(
            hass, "add_household", building="1", unit="1", room="1", area_m2=50, tenure="squat"
        )


async def test_actions_need_a_loaded_compound(
    hass: HomeAssistant, init_integration: MockConfigEntry
) -> None:
    await hass.config_entries.async_unload(init_integration.entry_id)
    with pytest.raises(ServiceValidationError) as err:
        await act(
            hass, "add_household", building="1", unit="1", room="1", area_m2=50, tenure="owner"
        )
    assert err.value.translation_key == "service_config_entry_not_loaded"
    with pytest.raises(ServiceValidationError) as err:
        await act(
            hass,
            "add_household",
            config_entry_id="other",
            building="1",
            unit="1",
            room="1",
            area_m2=50,
            tenure="owner",
        )
    assert err.value.translation_key == "service_config_entry_not_found"


async def test_several_compounds_need_config_entry_id(
    hass: HomeAssistant, init_integration: MockConfigEntry
) -> None:
    other = MockConfigEntry(
        domain="compound_security",
        title="Other",
        unique_id="other",
        data={"name": "Other"},
        options={},
    )
    other.add_to_hass(hass)
    await hass.config_entries.async_setup(other.entry_id)
    await hass.async_block_till_done()
    with pytest.raises(ServiceValidationError) as err:
        await act(
            hass, "add_household", building="1", unit="1", room="1", area_m2=50, tenure="owner"
        )
    assert err.value.translation_key == "service_found_multiple_config_entry_for_domain"
    response = await act(
        hass,
        "add_household",
        config_entry_id=init_integration.entry_id,
        building="1",
        unit="1",
        room="1",
        area_m2=50,
        tenure="owner",
    )
    assert response["household_id"]


NUMBER = "11010519491231002X"


@pytest.mark.parametrize(
    ("service", "data"),
    [
        (
            "add_person",
            {"household_id": "$home", "name": "X", "role": "owner", "id_number": NUMBER},
        ),
        ("update_person", {"person_id": "$owner", "id_number": NUMBER}),
        ("import_wanted_list", {"id_numbers": [NUMBER]}),
    ],
)
async def test_actions_refuse_id_numbers_before_the_recorder_sees_them(
    hass: HomeAssistant, service: str, data: dict[str, Any]
) -> None:
    """Home Assistant records call_service events with their data: the number stays out."""
    ids = await populate(hass)
    data = {
        k: ids[v[1:]] if isinstance(v, str) and v.startswith("$") else v for k, v in data.items()
    }
    calls = async_capture_events(hass, EVENT_CALL_SERVICE)
    number = NUMBER
    with pytest.raises(ServiceValidationError) as err:
        await act(hass, service, **data)
    assert err.value.translation_key == "id_number_not_in_actions"
    assert number not in json.dumps([call.data for call in calls])
    assert not any(call.data["service"] == service for call in calls)


@pytest.mark.parametrize(
    ("fields", "extra"),
    [
        ({vol.Optional("id_number"): str}, vol.PREVENT_EXTRA),
        ({vol.Required("id_numbers"): [str]}, vol.PREVENT_EXTRA),
        ({vol.Required("name"): str}, vol.ALLOW_EXTRA),
    ],
)
def test_no_action_schema_can_let_an_id_number_through(fields: dict[Any, Any], extra: int) -> None:
    """The refusal relies on validation failing for any ID number: such schemas are bugs."""
    with pytest.raises(ValueError, match="must refuse ID numbers"):
        ActionSchema(fields, extra=extra)
    assert ActionSchema({vol.Required("name"): str})({"name": "x"}) == {"name": "x"}


async def test_console_rules_for_id_numbers(
    hass: HomeAssistant, hass_ws_client: WebSocketGenerator
) -> None:
    """The console's websocket commands check ID numbers as registration did."""
    ids = await populate(hass)
    client = await hass_ws_client(hass)
    for number, code in (
        (ID_NUMBER, "id_number_exists"),
        ("320507198001011230", "id_number_checksum"),
        ("12345", "id_number_invalid"),
    ):
        await client.send_json_auto_id(
            {
                "type": "compound_security/person/create",
                "household_id": ids["home"],
                "name": "X",
                "role": "owner",
                "id_number": number,
            }
        )
        response = await client.receive_json()
        assert response["error"] == {"code": "invalid_format", "message": code}
    assert len(registry_of(hass).engine.people) == 2
