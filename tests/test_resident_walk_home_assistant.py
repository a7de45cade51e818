"""A resident's token against Home Assistant's own endpoints and our REST views.

The second half of the walk (`test_resident_walk.py` has our console commands and the
fixtures): the websocket commands of Home Assistant that could tell of our data, every
REST view of ours, the camera proxy, `/api/states`, every action of ours called through
`/api/services` with the neighbours' ids, and the webhook readers.
"""

from __future__ import annotations

from datetime import timedelta
from http import HTTPStatus
from typing import Any

from homeassistant.core import HomeAssistant
from homeassistant.helpers import entity_registry as er
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.components.recorder.common import (
    async_wait_recording_done,
)

from custom_components.compound_security.const import DOMAIN, EVENT_ACCESS

from .resident_compound import WEBHOOK_ID, Compound, leaked
from .test_resident_walk import (  # noqa: F401  # fixtures
    alarm_states,
    auto_enable_custom_integrations,
    camera_server,
    registry_state,
    resident_socket,
    settle,
    their_ids,
    walk_compound,
)

pytestmark = pytest.mark.usefixtures("socket_enabled")


def service_calls(compound: Compound) -> dict[str, dict[str, Any]]:
    """Return every action of ours with the neighbours' ids (or what would change them)."""
    ids = their_ids(compound)
    card = {"card_id": ids["card_id"]}
    return {
        "acknowledge_alarm": {"alarm_id": ids["alarm_id"]},
        "add_access_level": {"name": "Everywhere"},
        "add_household": {"building": "9", "unit": "1", "room": "101", "tenure": "owner"},
        "add_person": {"household_id": ids["household_id"], "name": "某人", "role": "owner"},
        "add_vehicle": {"person_id": ids["person_id"], "chip_uid": "0xDEAD", "kind": "ebike"},
        "analyze_usage": {},
        "card_found": card,
        "close_alarm": {"alarm_id": ids["alarm_id"]},
        "create_visitor_pass": {"household_id": ids["household_id"]},
        "export_access_log": {"file": "compound_security/exports/walk.csv"},
        "import_meter_readings": {"records": []},
        "import_registry": {"file": "registry.csv"},
        "import_wanted_list": {"file": "wanted.csv"},
        "issue_card": {"person_id": ids["person_id"], "uid": "0xDEAD", "card_type": "citizen_card"},
        "move_out_household": {"household_id": ids["household_id"]},
        "move_out_person": {"person_id": ids["person_id"]},
        "permit_reminders": {},
        "present_credential": {"access_point": "North gate", "uid": "0A0B0C0D"},
        "query_access_log": {"household_id": ids["household_id"]},
        "remove_access_level": {"level_id": "no-such-level"},
        "remove_household": {"household_id": ids["household_id"]},
        "remove_person": {"person_id": ids["person_id"]},
        "replace_card": card | {"new_uid": "0xDEAD"},
        "report_card_lost": card,
        "revoke_card": {"uid": "0A0B0C0D", "status": "lost"},
        "revoke_visitor_pass": {"pass_id": ids["pass_id"]},
        "set_vehicle_lock": {"chip_uid": "0xE0000002", "locked": False},
        "set_watch": {"person_id": ids["person_id"], "level": "none"},
        "update_access_level": {"level_id": "no-such-level", "name": "x"},
        "update_card": card | {"valid_until": "2031-01-01"},
        "update_household": {"household_id": ids["household_id"], "room": "602"},
        "update_person": {"person_id": ids["person_id"], "name": "某人"},
    }


async def test_every_action_with_the_neighbours_ids_over_rest(
    hass: HomeAssistant, hass_client: Any, compound: Compound
) -> None:
    client = await hass_client(compound.token)
    calls = service_calls(compound)
    assert set(calls) == set(hass.services.async_services_for_domain(DOMAIN))  # all of them
    before = registry_state(compound)
    alarms_before = await alarm_states(compound)
    for service, data in calls.items():
        for query in ("", "?return_response"):
            response = await client.post(f"/api/services/{DOMAIN}/{service}{query}", json=data)
            body = await response.text()
            assert leaked(body, compound.theirs()) == [], service
            if response.status == HTTPStatus.OK:
                # Only what a resident may do for their own household answers at all.
                assert service in {"create_visitor_pass", "query_access_log"}, service
            else:
                assert response.status in {400, 401, 403}, (service, response.status, body)
    after = registry_state(compound)
    assert after == before
    assert await alarm_states(compound) == alarms_before


async def test_our_rest_views_serve_only_the_residents_own_snapshots(
    hass: HomeAssistant, hass_client: Any, hass_client_no_auth: Any, compound: Compound
) -> None:
    ours = {
        resource.canonical
        for resource in hass.http.app.router.resources()
        if resource.canonical.startswith(f"/api/{DOMAIN}/")
    }
    walked = {f"/api/{DOMAIN}/snapshots/{{alarm_id}}"}
    assert ours - walked <= {f"/api/{DOMAIN}/camera/{{camera_id}}/snapshot"}  # cameras' view
    client = await hass_client(compound.token)
    anonymous = await hass_client_no_auth()
    for alarm_id in compound.own_alarms:
        own = await client.get(f"/api/{DOMAIN}/snapshots/{alarm_id}")
        assert own.status == HTTPStatus.OK
    for alarm_id in compound.their_alarms:
        url = f"/api/{DOMAIN}/snapshots/{alarm_id}"
        assert (await client.get(url)).status == HTTPStatus.FORBIDDEN
        forged = f"{url}?exp=4102444800&sig={'0' * 64}"
        assert (await anonymous.get(forged)).status in {401, 403}
        assert (await client.get(forged)).status == HTTPStatus.FORBIDDEN
    assert (await client.get(f"/api/{DOMAIN}/snapshots/nope")).status == HTTPStatus.FORBIDDEN


async def test_states_notifications_history_logbook_and_statistics_name_nobody(
    hass: HomeAssistant, hass_client: Any, hass_ws_client: Any, compound: Compound
) -> None:
    await async_wait_recording_done(hass)
    socket = await resident_socket(hass, hass_ws_client, compound)
    everyone = compound.anyones()

    async def ask(kind: str, **fields: Any) -> dict[str, Any]:
        socket.last_id += 1
        await socket.socket.send_json({"id": socket.last_id, "type": kind, **fields})
        while True:
            answer: dict[str, Any] = await socket.socket.receive_json(timeout=5)
            if answer["id"] == socket.last_id:
                return answer

    states = await ask("get_states")
    assert states["success"]
    assert leaked(states["result"], everyone) == []
    rest_states = await (await hass_client(compound.token)).get("/api/states")
    assert leaked(await rest_states.json(), everyone) == []

    notifications = await ask("persistent_notification/subscribe")
    first = await socket.socket.receive_json(timeout=5)
    assert leaked([notifications, first], everyone) == []

    start = (dt_util.utcnow() - timedelta(days=1)).isoformat()
    entities = er.async_get(hass).entities.get_entries_for_config_entry_id(compound.entry.entry_id)
    ours = [entity.entity_id for entity in entities]
    history = await ask("history/history_during_period", start_time=start, entity_ids=ours)
    assert history["success"]
    assert leaked(history["result"], everyone) == []
    logbook = await ask("logbook/get_events", start_time=start)
    assert logbook["success"]
    assert leaked(logbook["result"], everyone) == []

    listed = await ask("recorder/list_statistic_ids", statistic_type="sum")
    statistic_ids = [row["statistic_id"] for row in listed["result"]]
    assert any(statistic.startswith(f"{DOMAIN}:") for statistic in statistic_ids)
    assert leaked(listed["result"], everyone) == []
    months = await ask(
        "recorder/statistics_during_period",
        start_time="2026-08-01T00:00:00+08:00",
        statistic_ids=statistic_ids,
        period="month",
    )
    assert months["success"]
    assert leaked(months["result"], everyone) == []

    for category in ("exceptions", "entity", "config_subentries"):
        translations = await ask(
            "frontend/get_translations",
            language="zh-Hans",
            category=category,
            integration=[DOMAIN],
        )
        assert leaked(translations["result"], everyone) == []


async def test_a_webhook_reader_needs_its_secret_not_a_login(
    hass: HomeAssistant, hass_client: Any, hass_ws_client: Any, compound: Compound
) -> None:
    decisions: list[Any] = []
    hass.bus.async_listen(EVENT_ACCESS, decisions.append)
    card = {"uid": "0A0B0C0D"}
    client = await hass_client(compound.token)
    response = await client.post(f"/api/webhook/{WEBHOOK_ID}", json=card)
    assert response.status in {401, 403}
    socket = await resident_socket(hass, hass_ws_client, compound)
    await socket.socket.send_json(
        {
            "id": 1,
            "type": "webhook/handle",
            "webhook_id": WEBHOOK_ID,
            "method": "POST",
            "body": '{"uid": "0A0B0C0D"}',
            "headers": {"Content-Type": "application/json"},
        }
    )
    answer = await socket.socket.receive_json(timeout=5)
    assert not answer["success"] or answer["result"]["status"] in {401, 403}
    await hass.async_block_till_done()
    assert decisions == []


async def test_the_public_camera_only(
    hass: HomeAssistant, hass_client: Any, hass_ws_client: Any, compound: Compound
) -> None:
    client = await hass_client(compound.token)
    public = public_camera(hass, compound)
    assert (await client.get(f"/api/camera_proxy/{public}")).status == HTTPStatus.OK
    socket = await resident_socket(hass, hass_ws_client, compound)
    await socket.socket.send_json(
        {"id": 1, "type": "media_source/browse_media", "media_content_id": "media-source://"}
    )
    root = await socket.socket.receive_json(timeout=5)
    assert root["success"]
    # Snapshots are not local media (every user browses that): nothing of ours there.
    await socket.socket.send_json(
        {
            "id": 2,
            "type": "media_source/browse_media",
            "media_content_id": "media-source://media_source/local/.",
        }
    )
    local = await socket.socket.receive_json(timeout=5)
    assert DOMAIN not in str(local)


def camera_entities(hass: HomeAssistant, compound: Compound) -> dict[str, str]:
    """Return our camera entities by the camera (subentry) they show."""
    entities = er.async_get(hass).entities.get_entries_for_config_entry_id(compound.entry.entry_id)
    return {
        str(entity.config_subentry_id): entity.entity_id
        for entity in entities
        if entity.domain == "camera"
    }


def public_camera(hass: HomeAssistant, compound: Compound) -> str:
    """Return the public camera's entity."""
    return camera_entities(hass, compound)["cam_public"]


async def test_no_private_camera_through_any_home_assistant_endpoint(
    hass: HomeAssistant, hass_ws_client: Any, compound: Compound
) -> None:
    assert set(camera_entities(hass, compound)) == {"cam_public"}
    socket = await resident_socket(hass, hass_ws_client, compound)
    await socket.socket.send_json(
        {"id": 1, "type": "media_source/browse_media", "media_content_id": "media-source://camera"}
    )
    cameras = await socket.socket.receive_json(timeout=5)
    assert "Guard room camera" not in str(cameras)


async def test_no_alarm_reaches_persistent_notifications(
    hass: HomeAssistant, hass_ws_client: Any, compound: Compound
) -> None:
    socket = await resident_socket(hass, hass_ws_client, compound)
    await socket.socket.send_json({"id": 1, "type": "persistent_notification/subscribe"})
    assert (await socket.socket.receive_json(timeout=5))["success"]
    first = await socket.socket.receive_json(timeout=5)
    assert first["event"]["notifications"] == {}
