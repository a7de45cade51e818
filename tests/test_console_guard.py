"""The guard room's console commands: alarms, the live passage feed, gates, cameras.

Through the real websocket commands, as each role would call them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import timedelta
import json
from typing import Any

from freezegun.api import FrozenDateTimeFactory
from homeassistant.auth.models import User
from homeassistant.config_entries import ConfigSubentryDataWithId
from homeassistant.core import HomeAssistant, ServiceCall
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry, async_capture_events
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from custom_components.compound_security.const import DOMAIN, EVENT_ALARM
from custom_components.compound_security.roles import StaffRole

from .helpers import act, populate
from .test_alarms import CameraServer, camera_server, compound_entry, set_up  # noqa: F401  # a fixture
from .test_hardware import gate_entry, relay, setup  # noqa: F401  # relay is a fixture
from .test_roles import _client, _user

pytestmark = pytest.mark.usefixtures("hass_owner_user", "socket_enabled")


async def _staff(hass: HomeAssistant, entry: MockConfigEntry, role: StaffRole) -> User:
    user = await _user(hass, str(role))
    await entry.runtime_data.registry.roles.async_set(user.id, role)
    return user


class Console:
    """One user's websocket: answers by message id, events kept per subscription."""

    def __init__(self, socket: Any) -> None:
        self.socket = socket
        self.last_id = 0
        self.answers: dict[int, dict[str, Any]] = {}
        self.events: dict[int, list[dict[str, Any]]] = defaultdict(list)

    async def ask(self, kind: str, /, **fields: Any) -> dict[str, Any]:
        self.last_id += 1
        msg_id = self.last_id
        await self.socket.send_json({"id": msg_id, "type": f"{DOMAIN}/{kind}", **fields})
        return await self._wait(lambda: self.answers.pop(msg_id, None))

    async def subscribe(self, command: str) -> tuple[int, dict[str, Any]]:
        """Subscribe; return the subscription's id and its first event (what there is now)."""
        answer = await self.ask(command)
        assert answer["success"], answer
        return answer["id"], await self.event(answer["id"])

    async def event(self, subscription: int) -> dict[str, Any]:
        queue = self.events[subscription]
        return await self._wait(lambda: queue.pop(0) if queue else None)

    async def _wait(self, take: Callable[[], dict[str, Any] | None]) -> dict[str, Any]:
        while (found := take()) is None:
            message = await self.socket.receive_json(timeout=5)
            if message["type"] == "event":
                self.events[message["id"]].append(message["event"])
            else:
                self.answers[message["id"]] = message
        return found


async def _console(
    hass: HomeAssistant, ws: WebSocketGenerator, user: User | None = None
) -> Console:
    """Return a console for a user (none: the owner, a manager)."""
    return Console(await (_client(hass, ws, user) if user else ws(hass)))


async def _raise_alarms(hass: HomeAssistant) -> dict[str, str]:
    """Raise a lost card's and a police-watched tenant's alarms; return their ids."""
    ids = await populate(hass)
    alarms = async_capture_events(hass, EVENT_ALARM)
    await act(hass, "revoke_card", uid="0x8ec793", status="lost")
    await act(hass, "present_credential", access_point="North gate", uid="008EC793")
    await act(hass, "set_watch", person_id=ids["tenant"], level="police")
    await act(hass, "present_credential", access_point="North gate", uid="0A0B0C0D")
    await hass.async_block_till_done(wait_background_tasks=True)
    return ids | {alarm.data["kind"]: alarm.data["alarm_id"] for alarm in alarms}


async def test_the_alarm_desk_shows_each_role_its_alarms_with_flat_name_and_snapshot(
    hass: HomeAssistant,
    camera_server: CameraServer,  # noqa: F811  # a fixture
    hass_ws_client: WebSocketGenerator,
) -> None:
    entry = await set_up(hass, compound_entry(camera_server.url))
    ids = await _raise_alarms(hass)
    lost, watched = ids["lost_card"], ids["police_watch"]
    guard = await _console(hass, hass_ws_client, await _staff(hass, entry, StaffRole.GUARD))
    police = await _console(hass, hass_ws_client, await _staff(hass, entry, StaffRole.POLICE))
    clerk = await _console(hass, hass_ws_client, await _staff(hass, entry, StaffRole.CLERK))
    resident_user = await _user(hass, "Resident")
    await act(hass, "update_person", person_id=ids["tenant"], user_id=resident_user.id)
    resident = await _console(hass, hass_ws_client, resident_user)

    desk, seen = await guard.subscribe("alarms/subscribe")
    assert (seen["initial"], seen["total"]) == (True, 1)
    (alarm,) = seen["alarms"]
    assert alarm["alarm_id"] == lost
    assert (alarm["kind"], alarm["state"], alarm["count"]) == ("lost_card", "open", 1)
    assert (alarm["access_point"], alarm["household"], alarm["person"]) == (
        "North gate",
        "3-1-502",
        "王奶奶",
    )
    assert alarm["snapshot"] == f"/api/{DOMAIN}/snapshots/{lost}"
    assert alarm["time"].endswith("+00:00")
    police_desk, police_seen = await police.subscribe("alarms/subscribe")
    assert [a["alarm_id"] for a in police_seen["alarms"]] == [watched]
    # The tenant's household has no alarm of its own: the police one is not theirs.
    assert (await resident.subscribe("alarms/subscribe"))[1]["alarms"] == []
    refused = (await clerk.ask("alarms/subscribe"))["error"]
    assert (refused["code"], refused["translation_key"]) == ("unauthorized", "unauthorized")

    handled = await guard.ask(
        "alarms/handle", alarm_id=lost, action="acknowledge", note="  Called her son "
    )
    assert (handled["result"]["state"], handled["result"]["note"]) == (
        "acknowledged",
        "Called her son",
    )
    assert handled["result"]["acknowledged_by"] == "guard"
    changed = await guard.event(desk)
    assert [(a["alarm_id"], a["state"]) for a in changed["alarms"]] == [(lost, "acknowledged")]
    await guard.ask("alarms/handle", alarm_id=lost, action="close")
    changed = await guard.event(desk)
    assert [(a["alarm_id"], a["state"]) for a in changed["alarms"]] == [(lost, "closed")]
    # A new alarm reaches the guard as it is raised; the police hear only of theirs.
    await act(hass, "present_credential", access_point="North gate", uid="008EC793")
    raised = await guard.event(desk)
    assert [a["kind"] for a in raised["alarms"]] == ["lost_card"]
    await police.ask("alarms/handle", alarm_id=watched, action="close")
    assert [a["alarm_id"] for a in (await police.event(police_desk))["alarms"]] == [watched]


async def test_handling_an_alarm_is_refused_unknown_or_closed_with_translated_errors(
    hass: HomeAssistant,
    camera_server: CameraServer,  # noqa: F811  # a fixture
    hass_ws_client: WebSocketGenerator,
) -> None:
    entry = await set_up(hass, compound_entry(camera_server.url))
    ids = await _raise_alarms(hass)
    guard = await _console(hass, hass_ws_client, await _staff(hass, entry, StaffRole.GUARD))
    clerk = await _console(hass, hass_ws_client, await _staff(hass, entry, StaffRole.CLERK))
    for client, alarm_id in ((guard, ids["police_watch"]), (clerk, ids["lost_card"])):
        refused = await client.ask("alarms/handle", alarm_id=alarm_id, action="close")
        assert refused["error"]["code"] == "unauthorized"
    missing = (await guard.ask("alarms/handle", alarm_id="nope", action="acknowledge"))["error"]
    assert (missing["translation_key"], missing["translation_placeholders"]) == (
        "alarm_not_found",
        {"alarm_id": "nope"},
    )
    await guard.ask("alarms/handle", alarm_id=ids["lost_card"], action="close")
    closed = await guard.ask("alarms/handle", alarm_id=ids["lost_card"], action="close")
    assert closed["error"]["translation_key"] == "alarm_closed"
    too_long = await guard.ask(
        "alarms/handle", alarm_id=ids["lost_card"], action="close", note="x" * 501
    )
    assert too_long["error"]["translation_key"] == "text_invalid"
    record = await entry.runtime_data.audit.async_get_alarm(ids["police_watch"])
    assert record is not None
    assert record["state"] == "open"


async def test_a_new_snapshot_reaches_the_alarm_desk(
    hass: HomeAssistant,
    camera_server: CameraServer,  # noqa: F811  # a fixture
    hass_ws_client: WebSocketGenerator,
) -> None:
    await set_up(hass, compound_entry(camera_server.url))
    await populate(hass)
    manager = await _console(hass, hass_ws_client)
    desk, seen = await manager.subscribe("alarms/subscribe")
    assert seen["alarms"] == []
    await act(hass, "revoke_card", uid="0x8ec793", status="lost")
    await act(hass, "present_credential", access_point="North gate", uid="008EC793")
    (raised,) = (await manager.event(desk))["alarms"]
    assert raised["kind"] == "lost_card"
    while raised["snapshot"] is None:  # raised, then the camera answers
        (raised,) = (await manager.event(desk))["alarms"]
    assert raised["snapshot"] == f"/api/{DOMAIN}/snapshots/{raised['alarm_id']}"


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
    guard = await _console(hass, hass_ws_client, await _staff(hass, entry, StaffRole.GUARD))
    police = await _console(hass, hass_ws_client, await _staff(hass, entry, StaffRole.POLICE))
    clerk = await _console(hass, hass_ws_client, await _staff(hass, entry, StaffRole.CLERK))
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
    resident = await _console(hass, hass_ws_client, user)
    for command in ("passages/subscribe", "gates/list", "cameras/list"):
        assert (await resident.ask(command))["error"]["code"] == "unauthorized", command
    refused = await resident.ask("gates/command", access_point_id="x", command="open")
    assert refused["error"]["code"] == "unauthorized"


@pytest.mark.usefixtures("init_integration")
async def test_a_subscription_ends_when_the_compound_reloads(
    hass: HomeAssistant, mock_config_entry: MockConfigEntry, hass_ws_client: WebSocketGenerator
) -> None:
    manager = await _console(hass, hass_ws_client)
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
    guard = await _console(hass, hass_ws_client, await _staff(hass, entry, StaffRole.GUARD))
    clerk = await _console(hass, hass_ws_client, await _staff(hass, entry, StaffRole.CLERK))
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
    manager = await _console(hass, hass_ws_client)
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
    clerk = await _console(hass, hass_ws_client, await _staff(hass, entry, StaffRole.CLERK))
    police = await _console(hass, hass_ws_client, await _staff(hass, entry, StaffRole.POLICE))
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


async def test_an_alarm_whose_cause_went_away_leaves_the_alarm_desk(
    hass: HomeAssistant,
    camera_server: CameraServer,  # noqa: F811  # a fixture
    hass_ws_client: WebSocketGenerator,
) -> None:
    entry = await set_up(hass, compound_entry(camera_server.url))
    camera = entry.runtime_data.cameras["cam_north"]
    manager = await _console(hass, hass_ws_client)
    desk, _ = await manager.subscribe("alarms/subscribe")
    camera_server.mode = "down"
    await camera.async_check(dt_util.now())
    await camera.async_check(dt_util.now() + timedelta(minutes=11))
    await hass.async_block_till_done(wait_background_tasks=True)
    (offline,) = (await manager.event(desk))["alarms"]
    assert (offline["kind"], offline["state"]) == ("camera_offline", "open")
    camera_server.mode = "ok"
    await camera.async_check(dt_util.now() + timedelta(minutes=12))
    assert (await manager.event(desk))["alarms"] == [
        {"alarm_id": offline["alarm_id"], "state": "closed"}
    ]
