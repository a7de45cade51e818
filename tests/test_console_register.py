"""Registering a resident with their card in one step; finding a card's holder by swipe."""

from __future__ import annotations

from homeassistant.core import HomeAssistant, ServiceCall
import pytest
from pytest_homeassistant_custom_component.common import async_capture_events
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from custom_components.compound_security.const import DOMAIN, EVENT_ACCESS
from custom_components.compound_security.hardware import AccessPointHardware
from custom_components.compound_security.roles import StaffRole

from .engine_fixtures import make_id_number
from .helpers import registry_of
from .test_console_registry import _as
from .test_enrolment import desk, relay, swipe  # noqa: F401  # fixtures
from .test_roles import _ask

pytestmark = pytest.mark.usefixtures("hass_owner_user")

REGISTER = f"{DOMAIN}/person/register"
TENANT_CARD = {"uid": "0x0A0B0C0E", "card_type": "residence_permit", "valid_until": "2030-06-30"}


def _rental(hass: HomeAssistant) -> str:
    engine = registry_of(hass).engine
    return next(h.id for h in engine.households.values() if h.tenure == "rental")


@pytest.mark.parametrize("role", [None, StaffRole.CLERK, StaffRole.POLICE])
async def test_a_tenant_and_their_card_in_one_step(
    hass: HomeAssistant,
    desk: AccessPointHardware,  # noqa: F811
    hass_ws_client: WebSocketGenerator,
    role: StaffRole | None,
) -> None:
    engine = registry_of(hass).engine
    wanted = make_id_number("11010119900307123")
    engine.wanted = {engine.id_hasher.hash(wanted)}
    client = await _as(hass, hass_ws_client, role)
    answer = await _ask(
        client,
        type=REGISTER,
        household_id=_rental(hass),
        name="周八",
        role="tenant",
        phone="13911112222",
        id_number=wanted,
        card=TENANT_CARD,
    )
    result = answer["result"]
    person = engine.people[result["person_id"]]
    assert person.name == "周八"
    assert result["id_number_mask"] == "*" * 17 + wanted[-1]
    assert result["wanted"] == ("check_with_police" if role is StaffRole.CLERK else "listed")
    assert result["card"]["uid"] == "0A0B0C0E"
    assert [card.person_id for card in engine.cards.values() if str(card.uid) == "0A0B0C0E"] == [
        person.id
    ]


async def test_a_refused_card_undoes_the_person(
    hass: HomeAssistant,
    desk: AccessPointHardware,  # noqa: F811
    hass_ws_client: WebSocketGenerator,
) -> None:
    engine = registry_of(hass).engine
    people = len(engine.people)
    client = await _as(hass, hass_ws_client, StaffRole.POLICE)
    taken = await _ask(  # the owner's card: its UID is taken
        client,
        type=REGISTER,
        household_id=_rental(hass),
        name="吴九",
        role="tenant",
        card=TENANT_CARD | {"uid": "0x8ec793"},
    )
    assert taken["error"]["code"] == "invalid_format"
    assert taken["error"]["translation_key"] == "uid_exists"
    assert len(engine.people) == people


async def test_the_police_register_tenants_only_and_guards_nobody(
    hass: HomeAssistant,
    desk: AccessPointHardware,  # noqa: F811
    hass_ws_client: WebSocketGenerator,
) -> None:
    engine = registry_of(hass).engine
    home = next(h.id for h in engine.households.values() if h.tenure == "owner")
    police = await _as(hass, hass_ws_client, StaffRole.POLICE)
    family = await _ask(police, type=REGISTER, household_id=home, name="X", role="family")
    assert family["error"]["translation_placeholders"]["operation"] == "registry_edit"
    guard = await _as(hass, hass_ws_client, StaffRole.GUARD)
    tenant = {"household_id": _rental(hass), "name": "X", "role": "tenant"}
    refused = await _ask(guard, type=REGISTER, **tenant)
    assert refused["error"]["code"] == "unauthorized"
    readers = await _ask(guard, type=f"{DOMAIN}/registry/desk_readers")
    assert readers["error"]["translation_placeholders"]["operation"] == "card_enrol"
    listed = await _ask(police, type=f"{DOMAIN}/registry/desk_readers")
    assert listed["result"]["access_points"] == [{"id": desk.access_point.id, "name": "North gate"}]


async def test_a_registered_card_swiped_at_the_desk_finds_its_holder(
    hass: HomeAssistant,
    desk: AccessPointHardware,  # noqa: F811
    relay: list[ServiceCall],  # noqa: F811
    hass_ws_client: WebSocketGenerator,
) -> None:
    decisions = async_capture_events(hass, EVENT_ACCESS)
    client = await hass_ws_client(hass)
    await client.send_json_auto_id(
        {"type": f"{DOMAIN}/enrol/subscribe", "access_point": "North gate", "known": True}
    )
    assert (await client.receive_json())["success"]
    assert await swipe(hass, desk, "0x8ec793") is None  # the owner's card: taken, not decided
    event = (await client.receive_json())["event"]
    assert event["uid"] == "008EC793"
    assert relay == []
    assert decisions == []
    found = await _ask(client, type=f"{DOMAIN}/registry/search", query=event["uid"])
    assert [row["flat"] for row in found["result"]["results"]] == ["3-1-502"]
    # Without `known`, an enrolment leaves registered cards to the gate.
    await client.send_json_auto_id(
        {"type": f"{DOMAIN}/enrol/subscribe", "access_point": "North gate"}
    )
    assert (await client.receive_json())["success"]
    assert (await swipe(hass, desk, "0A0B0C0D")).granted  # the tenant's card
