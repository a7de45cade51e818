"""The guard room's console commands: the live passage feed, gates, cameras.

Through the real websocket commands, as each role would call them (the alarm desk's are
in `test_console_alarms`).
"""

from __future__ import annotations

from datetime import timedelta
import json

from freezegun.api import FrozenDateTimeFactory
from homeassistant.config_entries import ConfigSubentryDataWithId
from homeassistant.core import HomeAssistant, ServiceCall
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from custom_components.compound_security.const import DOMAIN
from custom_components.compound_security.roles import StaffRole

from .console_helpers import live_console, staff_console
from .helpers import act, populate
from .test_alarms import CameraServer, camera_server, compound_entry, set_up  # noqa: F401  # a fixture
from .test_hardware import gate_entry, relay, setup  # noqa: F401  # relay is a fixture
from .test_roles import _user

pytestmark = pytest.mark.usefixtures("hass_owner_user", "socket_enabled")


@pytest.mark.usefixtures("init_integration")
async def test_the_passage_feed_names_people_only_where_the_role_allows(
    hass: HomeAssistant, mock_config_entry: MockConfigEntry, hass_ws_client: WebSocketGenerator
) -> None:
    entry = mock_config_entry
    ids = await populate(hass)
    await act(hass, "set_watch", person_id=ids["owner"], level="care")
    await act(hass, "set_watch", person_id=ids["tenant"], level="police")
    await act(hass, "present_credential", access_point="North gate", uid="008EC793")
    await act(hass, "present_credential", access_point="North gate", uid="0A0B0C0D")
    guard = await staff_console(hass, hass_ws_client, entry, StaffRole.GUARD)
    police = await staff_console(hass, hass_ws_client, entry, StaffRole.POLICE)
    clerk = await staff_console(hass, hass_ws_client, entry, StaffRole.CLERK)
    guard_feed, first = await guard.subscribe("passages/subscribe")
    feed = first["passages"]
    assert [(p["household"], p["person"], p["alarm_kinds"]) for p in feed] == [
        ("3-1-601", None, []),  # police watch: a passage like any other
        ("3-1-502", "王奶奶", ["watchlist"]),  # care watch: the guard greets her
    ]
    assert feed[0]["person_id"] is None
    assert (feed[0]["access_point"], feed[0]["decision"], feed[0]["credential"]) == (
        "North gate",
        "granted",
        "card",
    )
    assert "police" not in json.dumps(feed)
    police_feed, first = await police.subscribe("passages/subscribe")
    assert [(p["person"], p["alarm_kinds"]) for p in first["passages"]] == [
        ("李四", []),
        ("王奶奶", []),
    ]
    assert (await clerk.ask("passages/subscribe"))["error"]["code"] == "unauthorized"

    # Then each passage as it happens, by the same rules.
    await act(hass, "present_credential", access_point="Garage B", uid="0A0B0C0D")
    (live,) = (await guard.event(guard_feed))["passages"]
    assert (live["access_point"], live["household"], live["person"]) == (
        "Garage B",
        "3-1-601",
        None,
    )
    (live,) = (await police.event(police_feed))["passages"]
    assert live["person"] == "李四"
    await act(hass, "present_credential", access_point="North gate", uid="DEADBEEF")
    (unknown,) = (await guard.event(guard_feed))["passages"]
    assert (unknown["decision"], unknown["reason"], unknown["household"]) == (
        "denied",
        "unknown_credential",
        None,
    )


@pytest.mark.usefixtures("init_integration")
async def test_a_resident_is_refused_the_guard_room(
    hass: HomeAssistant, hass_ws_client: WebSocketGenerator
) -> None:
    ids = await populate(hass)
    user = await _user(hass, "Resident")
    await act(hass, "update_person", person_id=ids["owner"], user_id=user.id)
    resident = await live_console(hass, hass_ws_client, user)
    for command in ("passages/subscribe", "gates/list", "cameras/list"):
        assert (await resident.ask(command))["error"]["code"] == "unauthorized", command
    refused = await resident.ask("gates/command", access_point_id="x", command="open")
    assert refused["error"]["code"] == "unauthorized"


@pytest.mark.usefixtures("init_integration")
async def test_a_subscription_ends_when_the_compound_reloads(
    hass: HomeAssistant, mock_config_entry: MockConfigEntry, hass_ws_client: WebSocketGenerator
) -> None:
    manager = await live_console(hass, hass_ws_client)
    passages, _ = await manager.subscribe("passages/subscribe")
    alarms, _ = await manager.subscribe("alarms/subscribe")
    assert await hass.config_entries.async_reload(mock_config_entry.entry_id)
    assert await manager.event(passages) == {"ended": True}
    assert await manager.event(alarms) == {"ended": True}
    await act(hass, "present_credential", access_point="North gate", uid="DEADBEEF")
    await manager.ask("gates/list")  # by now a passage would have come
    assert not manager.events[passages]


async def test_a_guard_opens_holds_and_closes_a_gate_but_not_during_a_fire(
    hass: HomeAssistant,
    relay: dict[str, list[ServiceCall]],  # noqa: F811
    hass_ws_client: WebSocketGenerator,
) -> None:
    entry = await setup(hass, gate_entry())
    guard = await staff_console(hass, hass_ws_client, entry, StaffRole.GUARD)
    clerk = await staff_console(hass, hass_ws_client, entry, StaffRole.CLERK)
    (gate,) = (await guard.ask("gates/list"))["result"]["gates"]
    assert gate == {
        "access_point_id": gate["access_point_id"],
        "name": "North gate",
        "zone": "compound_gate",
        "state": "closed",
        "available": True,
        "fire_hold": False,
        "entity_id": "lock.north_gate_gate",
    }
    north = gate["access_point_id"]
    relay["on"].clear()
    opened = await guard.ask("gates/command", access_point_id=north, command="open")
    assert (opened["result"]["state"], len(relay["on"])) == ("open", 1)
    held = await guard.ask("gates/command", access_point_id=north, command="hold_open")
    assert held["result"]["state"] == "held_open"
    await hass.async_block_till_done()
    assert hass.states.get("lock.north_gate_gate").state == "open"  # type: ignore[union-attr]
    closed = await guard.ask("gates/command", access_point_id=north, command="close")
    assert closed["result"]["state"] == "closed"
    assert relay["off"]
    refused = await clerk.ask("gates/command", access_point_id=north, command="open")
    assert refused["error"]["code"] == "unauthorized"
    unknown = await guard.ask("gates/command", access_point_id="nope", command="open")
    assert unknown["error"]["translation_key"] == "access_point_not_found"

    hass.states.async_set("binary_sensor.fire", "on")
    await hass.async_block_till_done()
    fire = await guard.ask("gates/command", access_point_id=north, command="close")
    assert fire["error"]["translation_key"] == "fire_gates_held_open"
    assert fire["error"]["translation_placeholders"] == {"access_point": "North gate"}
    (gate,) = (await guard.ask("gates/list"))["result"]["gates"]
    assert (gate["state"], gate["fire_hold"]) == ("held_open", True)


@pytest.mark.usefixtures("init_integration")
async def test_an_access_point_without_a_gate_is_not_a_gate(
    hass: HomeAssistant, mock_config_entry: MockConfigEntry, hass_ws_client: WebSocketGenerator
) -> None:
    manager = await live_console(hass, hass_ws_client)
    assert (await manager.ask("gates/list"))["result"] == {"gates": [], "total": 0}
    garage = mock_config_entry.runtime_data.controller.find_access_point("Garage B").id
    answer = await manager.ask("gates/command", access_point_id=garage, command="open")
    assert answer["error"]["translation_key"] == "access_point_has_no_gate"
    assert answer["error"]["translation_placeholders"] == {"access_point": "Garage B"}


def _two_cameras(url: str) -> MockConfigEntry:
    def camera(subentry_id: str, title: str, snapshot_url: str) -> ConfigSubentryDataWithId:
        return ConfigSubentryDataWithId(
            subentry_id=subentry_id,
            subentry_type="camera",
            title=title,
            unique_id=title.casefold(),
            data={
                "snapshot_url": snapshot_url,
                "username": "admin",
                "password": "secret",
                "access_points": [],
                "public": subentry_id == "cam_a",
                "health_interval": 3600,
                "offline_after": 10,
                "repair_hours": 72,
            },
        )

    entry = compound_entry(url)
    return MockConfigEntry(
        domain=DOMAIN,
        title=entry.title,
        unique_id=entry.unique_id,
        data=dict(entry.data),
        options=dict(entry.options),
        subentries_data=[
            camera("cam_a", "A courtyard camera", url),
            camera("cam_z", "Z garage camera", url.replace("snapshot", "missing")),
        ],
    )


async def test_cameras_list_overdue_repairs_first_for_those_who_repair(
    hass: HomeAssistant,
    camera_server: CameraServer,  # noqa: F811  # a fixture
    hass_ws_client: WebSocketGenerator,
    freezer: FrozenDateTimeFactory,
) -> None:
    failed_at = dt_util.now()
    entry = await set_up(hass, _two_cameras(camera_server.url))  # cam_z answers 404
    assert entry.runtime_data.cameras["cam_z"].health.failing_since == failed_at
    freezer.tick(timedelta(hours=80))  # the 72 hours to repair are up
    clerk = await staff_console(hass, hass_ws_client, entry, StaffRole.CLERK)
    police = await staff_console(hass, hass_ws_client, entry, StaffRole.POLICE)
    listed = (await clerk.ask("cameras/list"))["result"]
    assert listed["total"] == 2
    first, second = listed["cameras"]
    assert (first["name"], first["online"], first["overdue"], first["public"]) == (
        "Z garage camera",
        False,
        True,
        False,
    )
    assert first["offline_since"] == dt_util.as_utc(failed_at).isoformat()
    deadline = dt_util.as_utc(failed_at + timedelta(hours=72)).isoformat()
    assert first["repair_deadline"] == deadline
    assert (second["name"], second["online"], second["overdue"]) == (
        "A courtyard camera",
        True,
        False,
    )
    assert (second["entity_id"], second["public"]) == ("camera.a_courtyard_camera", True)
    paged = (await clerk.ask("cameras/list", offset=1, limit=1))["result"]
    assert [c["name"] for c in paged["cameras"]] == ["A courtyard camera"]
    assert (await clerk.ask("cameras/list", limit=201))["error"]["code"] == "invalid_format"
    assert (await police.ask("cameras/list"))["error"]["code"] == "unauthorized"
