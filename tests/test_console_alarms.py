"""The alarm desk's console commands: each role's alarms, as they come; handling one.

Through the real websocket commands, as each role would call them.
"""

from __future__ import annotations

from datetime import timedelta

from homeassistant.core import HomeAssistant
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry, async_capture_events
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from custom_components.compound_security.const import DOMAIN, EVENT_ALARM
from custom_components.compound_security.engine.outcomes import Alarm, AlarmKind, Severity
from custom_components.compound_security.roles import StaffRole

from .console_helpers import live_console, staff_console
from .helpers import act, populate
from .test_alarms import CameraServer, camera_server, compound_entry, set_up  # noqa: F401  # a fixture
from .test_roles import _user

pytestmark = pytest.mark.usefixtures("hass_owner_user", "socket_enabled")


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


@pytest.fixture
async def alarmed(
    hass: HomeAssistant,
    camera_server: CameraServer,  # noqa: F811  # a fixture
) -> tuple[MockConfigEntry, dict[str, str]]:
    """Return a compound with a camera, a lost card's alarm and a police alarm raised."""
    entry = await set_up(hass, compound_entry(camera_server.url))
    return entry, await _raise_alarms(hass)


async def test_the_alarm_desk_shows_each_role_its_alarms_with_flat_name_and_snapshot(
    hass: HomeAssistant,
    alarmed: tuple[MockConfigEntry, dict[str, str]],
    hass_ws_client: WebSocketGenerator,
) -> None:
    entry, ids = alarmed
    lost, watched = ids["lost_card"], ids["police_watch"]
    guard = await staff_console(hass, hass_ws_client, entry, StaffRole.GUARD)
    police = await staff_console(hass, hass_ws_client, entry, StaffRole.POLICE)
    clerk = await staff_console(hass, hass_ws_client, entry, StaffRole.CLERK)
    resident_user = await _user(hass, "Resident")
    await act(hass, "update_person", person_id=ids["tenant"], user_id=resident_user.id)
    resident = await live_console(hass, hass_ws_client, resident_user)

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
    alarmed: tuple[MockConfigEntry, dict[str, str]],
    hass_ws_client: WebSocketGenerator,
) -> None:
    entry, ids = alarmed
    guard = await staff_console(hass, hass_ws_client, entry, StaffRole.GUARD)
    clerk = await staff_console(hass, hass_ws_client, entry, StaffRole.CLERK)
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
    manager = await live_console(hass, hass_ws_client)
    desk, seen = await manager.subscribe("alarms/subscribe")
    assert seen["alarms"] == []
    await act(hass, "revoke_card", uid="0x8ec793", status="lost")
    await act(hass, "present_credential", access_point="North gate", uid="008EC793")
    (raised,) = (await manager.event(desk))["alarms"]
    assert raised["kind"] == "lost_card"
    while raised["snapshot"] is None:  # raised, then the camera answers
        (raised,) = (await manager.event(desk))["alarms"]
    assert raised["snapshot"] == f"/api/{DOMAIN}/snapshots/{raised['alarm_id']}"


async def test_an_alarm_whose_cause_went_away_leaves_the_alarm_desk(
    hass: HomeAssistant,
    camera_server: CameraServer,  # noqa: F811  # a fixture
    hass_ws_client: WebSocketGenerator,
) -> None:
    entry = await set_up(hass, compound_entry(camera_server.url))
    camera = entry.runtime_data.cameras["cam_north"]
    manager = await live_console(hass, hass_ws_client)
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


async def test_a_cameras_own_alarm_reaches_the_desk_with_that_cameras_snapshot(
    hass: HomeAssistant,
    camera_server: CameraServer,  # noqa: F811  # a fixture
    hass_ws_client: WebSocketGenerator,
) -> None:
    """An e-bike in an elevator: no access point, the camera named, its picture taken."""
    entry = await set_up(hass, compound_entry(camera_server.url))
    ids = await populate(hass)
    guard = await staff_console(hass, hass_ws_client, entry, StaffRole.GUARD)
    resident_user = await _user(hass, "Resident")
    await act(hass, "update_person", person_id=ids["tenant"], user_id=resident_user.id)
    resident = await live_console(hass, hass_ws_client, resident_user)
    desk, _ = await guard.subscribe("alarms/subscribe")
    entry.runtime_data.controller.async_raise(
        Alarm(
            AlarmKind.EBIKE_IN_ELEVATOR,
            Severity.WARNING,
            dt_util.now(),
            camera_id="cam_north",
            building="3",
            placeholders={"building": "3", "camera": "North gate camera"},
        )
    )
    (raised,) = (await guard.event(desk))["alarms"]
    assert (raised["kind"], raised["access_point"]) == ("ebike_in_elevator", None)
    assert (raised["camera_id"], raised["camera"], raised["building"]) == (
        "cam_north",
        "North gate camera",
        "3",
    )
    while raised["snapshot"] is None:  # raised, then the camera answers
        (raised,) = (await guard.event(desk))["alarms"]
    assert raised["snapshot"] == f"/api/{DOMAIN}/snapshots/{raised['alarm_id']}"
    # Nobody's household: not on a resident's page.
    assert (await resident.subscribe("alarms/subscribe"))[1]["alarms"] == []
