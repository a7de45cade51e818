"""Enrol by swipe: the next unknown card at a desk reader goes to the console, not the gate."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from homeassistant.core import HomeAssistant, ServiceCall
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    MockUser,
    async_capture_events,
    async_fire_time_changed,
    async_mock_service,
)
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from custom_components.compound_security.const import DOMAIN, EVENT_ACCESS, EVENT_ALARM
from custom_components.compound_security.engine.model import Credential
from custom_components.compound_security.engine.uid import parse_uid
from custom_components.compound_security.hardware import AccessPointHardware
from custom_components.compound_security.roles import StaffRole

from .helpers import act, populate
from .test_hardware import gate_entry, setup
from .test_roles import _ask, _client, _staff

SUBSCRIBE = f"{DOMAIN}/enrol/subscribe"


@pytest.fixture
async def desk(hass: HomeAssistant) -> AccessPointHardware:
    entry = await setup(hass, gate_entry())
    await populate(hass)
    (hardware,) = entry.runtime_data.hardware.values()
    return hardware


@pytest.fixture
def relay(hass: HomeAssistant) -> list[ServiceCall]:
    async_mock_service(hass, "switch", "turn_off")
    return async_mock_service(hass, "switch", "turn_on")


async def swipe(
    hass: HomeAssistant, desk: AccessPointHardware, uid: str, source: str = "card_reader"
) -> Any:
    decision = await desk.async_read(source, parse_uid(uid), Credential.CARD)
    await hass.async_block_till_done()
    return decision


async def test_the_next_unknown_card_fills_the_form_and_no_gate_opens(
    hass: HomeAssistant,
    desk: AccessPointHardware,
    relay: list[ServiceCall],
    hass_ws_client: WebSocketGenerator,
) -> None:
    decisions = async_capture_events(hass, EVENT_ACCESS)
    alarms = async_capture_events(hass, EVENT_ALARM)
    client = await hass_ws_client(hass)
    await client.send_json_auto_id({"type": SUBSCRIBE, "access_point": "North gate"})
    subscribed = await client.receive_json()
    assert subscribed["success"]
    known = await swipe(hass, desk, "0x8ec793")  # a resident's card meanwhile: as usual
    assert known.granted
    assert len(relay) == 1
    assert await swipe(hass, desk, "0x1234ABCD") is None  # taken, not decided
    event = await client.receive_json()
    assert event["id"] == subscribed["id"]
    assert event["event"] == {
        "type": "read",
        "uid": "1234ABCD",
        "credential": "card",
        "reader": "card_reader",
    }
    assert len(relay) == 1  # the gate stayed shut
    assert [d.data["decision"] for d in decisions] == ["granted"]  # no denial counted
    assert alarms == []
    response = await act(
        hass,
        "issue_card",
        person_id=known.person_id,
        uid=event["event"]["uid"],
        card_type="citizen_card",
    )
    assert response["uid"] == "1234ABCD"
    # One card per enrolment: the next unknown card is decided (and denied) as ever.
    denied = await swipe(hass, desk, "0x55667788")
    assert denied.reason == "unknown_credential"


async def test_a_chosen_reader_and_the_timeout(
    hass: HomeAssistant, desk: AccessPointHardware, hass_ws_client: WebSocketGenerator
) -> None:
    client = await hass_ws_client(hass)
    await client.send_json_auto_id(
        {"type": SUBSCRIBE, "access_point": "North gate", "reader": "chip_reader"}
    )
    assert (await client.receive_json())["success"]
    other = await swipe(hass, desk, "0x1234ABCD")  # another reader of the same gate
    assert other.reason == "unknown_credential"
    async_fire_time_changed(hass, dt_util.utcnow() + timedelta(seconds=61))
    await hass.async_block_till_done()
    assert (await client.receive_json())["event"] == {"type": "timeout"}
    assert not desk.enrolment.wants("chip_reader")


async def test_unsubscribing_ends_the_enrolment(
    hass: HomeAssistant, desk: AccessPointHardware, hass_ws_client: WebSocketGenerator
) -> None:
    client = await hass_ws_client(hass)
    await client.send_json_auto_id({"type": SUBSCRIBE, "access_point": "North gate"})
    subscription = (await client.receive_json())["id"]
    assert desk.enrolment.wants("card_reader")
    await client.send_json_auto_id({"type": "unsubscribe_events", "subscription": subscription})
    assert (await client.receive_json())["success"]
    assert not desk.enrolment.wants("card_reader")
    assert (await swipe(hass, desk, "0x1234ABCD")).reason == "unknown_credential"


async def test_who_may_enrol_and_errors(
    hass: HomeAssistant,
    desk: AccessPointHardware,
    hass_ws_client: WebSocketGenerator,
    hass_read_only_user: MockUser,
    hass_read_only_access_token: str,
) -> None:
    ids = await populate_resident(hass, hass_read_only_user)
    assert ids
    resident = await hass_ws_client(hass, hass_read_only_access_token)
    await resident.send_json_auto_id({"type": SUBSCRIBE, "access_point": "North gate"})
    assert (await resident.receive_json())["error"]["code"] == "unauthorized"
    staff = await hass_ws_client(hass)
    await staff.send_json_auto_id({"type": SUBSCRIBE, "access_point": "Back gate"})
    assert (await staff.receive_json())["error"]["code"] == "not_found"
    await staff.send_json_auto_id(
        {"type": SUBSCRIBE, "access_point": "North gate", "config_entry_id": "nope"}
    )
    assert (await staff.receive_json())["error"]["code"] == "not_found"
    assert not desk.enrolment.wants("card_reader")


async def populate_resident(hass: HomeAssistant, user: MockUser) -> dict[str, Any]:
    """Link the registered owner to a non-admin user."""
    entry: MockConfigEntry = hass.config_entries.async_entries(DOMAIN)[0]  # type: ignore[assignment]
    owner = next(iter(entry.runtime_data.registry.engine.people))
    await act(hass, "update_person", person_id=owner, user_id=user.id)
    return {"owner": owner}


async def test_staff_roles_at_the_desk_and_the_gate(
    hass: HomeAssistant, desk: AccessPointHardware, hass_ws_client: WebSocketGenerator
) -> None:
    """A clerk enrols cards, a guard does not; a guard lets a walk-in visitor in for a flat."""
    clerk = await _client(hass, hass_ws_client, await _staff(hass, StaffRole.CLERK))
    guard = await _client(hass, hass_ws_client, await _staff(hass, StaffRole.GUARD))
    assert (await _ask(clerk, type=SUBSCRIBE, access_point="North gate"))["success"]
    refused = await _ask(guard, type=SUBSCRIBE, access_point="North gate")
    assert refused["error"]["code"] == "unauthorized"
    registry = desk.controller.registry.engine
    household = next(iter(registry.households))
    walk_in = await _ask(
        guard, type=f"{DOMAIN}/visitor_pass/create", household_id=household, name="快递"
    )
    assert walk_in["result"]["household_id"] == household
    today = await _ask(guard, type=f"{DOMAIN}/visitors/today")
    assert [v["name"] for v in today["result"]["visitors"]] == ["快递"]


async def test_a_webhook_reader_is_told_its_card_went_to_the_desk(
    hass: HomeAssistant,
    relay: list[ServiceCall],
    hass_ws_client: WebSocketGenerator,
    hass_client_no_auth: Any,
) -> None:
    await setup(hass, gate_entry(webhook_secret="north-gate-secret"))  # noqa: S106
    await populate(hass)
    console = await hass_ws_client(hass)
    await console.send_json_auto_id(
        {"type": SUBSCRIBE, "access_point": "North gate", "reader": "webhook"}
    )
    assert (await console.receive_json())["success"]
    client = await hass_client_no_auth()
    secret = {"X-Compound-Secret": "north-gate-secret"}
    response = await client.post(
        "/api/webhook/north-gate-hook", headers=secret, json={"uid": "0x55AA55AA"}
    )
    assert await response.json() == {"decision": "ignored", "reason": "enrolment"}
    assert (await console.receive_json())["event"]["uid"] == "55AA55AA"
    assert relay == []
