"""The "My home" page's commands: a resident's own household, and nothing of another's.

Through the real websocket commands, as each role would call them: 王奶奶 of 3-1-502 is
the resident; 李四 of the rental flat 3-1-601 is the other household.
"""

from __future__ import annotations

from homeassistant.config_entries import ConfigSubentryDataWithId
from homeassistant.core import HomeAssistant
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry, async_capture_events
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from custom_components.compound_security.const import DOMAIN, EVENT_ALARM
from custom_components.compound_security.engine.model import Credential
from custom_components.compound_security.roles import StaffRole

from .console_helpers import Console, consoles, live_console, staff_user
from .helpers import act, populate, registry_of
from .test_alarms import CameraServer, camera_server, compound_entry, set_up  # noqa: F401  # a fixture

pytestmark = pytest.mark.usefixtures("hass_owner_user", "socket_enabled")

STAFF = ("manager", "clerk", "guard", "police")


def compound_config_entry(hass: HomeAssistant) -> MockConfigEntry:
    """Return the one compound's config entry."""
    (entry,) = hass.config_entries.async_entries(DOMAIN)
    return entry  # type: ignore[return-value]  # set up from a MockConfigEntry


def _with_private_camera(camera_url: str) -> MockConfigEntry:
    """Return the alarm tests' compound with a second camera, not public."""
    entry = compound_entry(camera_url)
    private = ConfigSubentryDataWithId(
        subentry_id="cam_garage",
        subentry_type="camera",
        title="Garage camera",
        unique_id="garage camera",
        data={
            "snapshot_url": camera_url,
            "access_points": ["ap_garage"],
            "public": False,
            "health_interval": 60,
            "offline_after": 10,
            "repair_hours": 72,
        },
    )
    return MockConfigEntry(
        domain=entry.domain,
        title=entry.title,
        unique_id=entry.unique_id,
        data=dict(entry.data),
        options=dict(entry.options),
        subentries_data=[*_subentries(entry), private],
    )


def _subentries(entry: MockConfigEntry) -> list[ConfigSubentryDataWithId]:
    return [
        ConfigSubentryDataWithId(
            subentry_id=sub.subentry_id,
            subentry_type=sub.subentry_type,
            title=sub.title,
            unique_id=sub.unique_id,
            data=dict(sub.data),
        )
        for sub in entry.subentries.values()
    ]


@pytest.fixture
async def compound(
    hass: HomeAssistant,
    camera_server: CameraServer,  # noqa: F811  # a fixture
) -> dict[str, str]:
    """Return a compound with a public and a private camera; 李四 has an e-bike too."""
    await set_up(hass, _with_private_camera(camera_server.url))
    ids = await populate(hass)
    ids["tenant_bike"] = (
        await act(hass, "add_vehicle", person_id=ids["tenant"], chip_uid="0xE0000002", kind="ebike")
    )["vehicle_id"]
    return ids


@pytest.fixture
async def roles(
    hass: HomeAssistant, hass_ws_client: WebSocketGenerator, compound: dict[str, str]
) -> dict[str, Console]:
    """Log everyone in; the resident is 王奶奶."""
    return await consoles(hass, hass_ws_client, compound["owner"])


async def test_the_resident_sees_her_household_and_nothing_of_another(
    compound: dict[str, str], roles: dict[str, Console]
) -> None:
    home = await roles["resident"].result("home/overview")
    assert home["household_id"] == compound["home"]
    assert home["flat"] == "3-1-502"
    assert [p["name"] for p in home["people"]] == ["王奶奶"]
    assert [(c["card_id"], c["status"]) for c in home["cards"]] == [(compound["card"], "active")]
    assert [(v["vehicle_id"], v["locked"]) for v in home["vehicles"]] == [(compound["bike"], False)]
    assert [gate["name"] for gate in home["visitor_gates"]] == ["North gate"]
    assert "李四" not in str(home)
    assert compound["tenant_bike"] not in str(home)


async def test_staff_see_only_their_own_household_here_and_unlinked_staff_nothing(
    hass: HomeAssistant,
    hass_ws_client: WebSocketGenerator,
    compound: dict[str, str],
    roles: dict[str, Console],
) -> None:
    for role in STAFF:  # nobody's household: every home command is refused
        for command in ("home/overview", "home/passes"):
            await roles[role].refused(command)
    # A guard who lives in the rental flat sees that flat here, not the resident's.
    guard_user = await staff_user(hass, compound_config_entry(hass), StaffRole.GUARD)
    await act(hass, "update_person", person_id=compound["tenant"], user_id=guard_user.id)
    guard = await live_console(hass, hass_ws_client, guard_user)
    home = (await guard.ask("home/overview"))["result"]
    assert home["flat"] == "3-1-601"
    assert [v["vehicle_id"] for v in home["vehicles"]] == [compound["tenant_bike"]]


async def test_the_resident_locks_her_own_e_bike_only(
    hass: HomeAssistant, compound: dict[str, str], roles: dict[str, Console]
) -> None:
    resident = roles["resident"]
    locked = await resident.result("home/vehicle_lock", vehicle_id=compound["bike"], locked=True)
    assert locked == {"vehicle_id": compound["bike"], "locked": True}
    engine = registry_of(hass).engine
    assert engine.vehicles[compound["bike"]].locked
    other = await resident.ask("home/vehicle_lock", vehicle_id=compound["tenant_bike"], locked=True)
    assert other["error"]["translation_key"] == "vehicle_not_found"
    assert not engine.vehicles[compound["tenant_bike"]].locked
    for role in ("guard", "police"):  # the table: no vehicle lock for them
        await roles[role].refused("home/vehicle_lock", vehicle_id=compound["bike"], locked=False)
    await roles["clerk"].refused("home/vehicle_lock", vehicle_id=compound["bike"], locked=False)
    assert engine.vehicles[compound["bike"]].locked


async def test_a_theft_alarm_shows_on_the_owners_page_and_it_is_me_closes_it(
    hass: HomeAssistant, compound: dict[str, str], roles: dict[str, Console]
) -> None:
    alarms = async_capture_events(hass, EVENT_ALARM)
    resident = roles["resident"]
    await resident.result("home/vehicle_lock", vehicle_id=compound["bike"], locked=True)
    chip = {"access_point": "Garage B", "uid": "E0000001", "credential": "vehicle_chip"}
    await act(hass, "present_credential", **chip)
    await act(hass, "present_credential", access_point="North gate", uid="0A0B0C0D")
    await hass.async_block_till_done(wait_background_tasks=True)
    theft = next(a.data["alarm_id"] for a in alarms if a.data["kind"] == "vehicle_theft")
    home = await resident.result("home/overview")
    assert [(a["alarm_id"], a["actions"]) for a in home["alarms"]] == [
        (theft, ["acknowledge", "its_me", "stop_it"])
    ]
    (vehicle,) = home["vehicles"]
    assert vehicle["last_passage"]["access_point"] == "Garage B"
    assert vehicle["last_passage"]["reason"] == "vehicle_locked"
    for role in ("clerk", "police"):  # the table: no alarm buttons for them
        await roles[role].refused("home/alarm_button", alarm_id=theft, action="its_me")
    closed = await resident.result("home/alarm_button", alarm_id=theft, action="its_me")
    assert closed["state"] == "closed"
    assert (await resident.result("home/overview"))["alarms"] == []


async def test_a_relative_on_the_care_watch_shows_passages_never_the_police_watch(
    hass: HomeAssistant, compound: dict[str, str], roles: dict[str, Console]
) -> None:
    await act(hass, "set_watch", person_id=compound["owner"], level="care", police=True)
    await act(hass, "present_credential", access_point="North gate", uid="008EC793")
    await hass.async_block_till_done(wait_background_tasks=True)
    home = await roles["resident"].result("home/overview")
    (relative,) = home["family"]
    assert relative["name"] == "王奶奶"
    assert [(p["access_point"], p["decision"]) for p in relative["passages"]] == [
        ("North gate", "granted")
    ]
    assert [a["kind"] for a in relative["alarms"]] == ["watchlist"]
    assert "police" not in str(home)


async def test_the_resident_lists_her_passes_with_their_uses_only(
    hass: HomeAssistant, compound: dict[str, str], roles: dict[str, Console]
) -> None:
    resident = roles["resident"]
    visit = await resident.result("visitor_pass/create", name="小李", entries=2)
    await act(hass, "create_visitor_pass", household_id=compound["rental"])
    runtime = compound_config_entry(hass).runtime_data
    runtime.controller.async_present_visitor(
        runtime.access_points["ap_north"], Credential.PIN, visit["pin"]
    )
    await hass.async_block_till_done(wait_background_tasks=True)
    (shown,) = (await resident.result("home/passes"))["passes"]
    assert shown["pass_id"] == visit["pass_id"]
    assert shown["name"] == "小李"
    assert shown["qr"].startswith("CSV1.")
    assert [(u["access_point"], u["decision"]) for u in shown["uses"]] == [
        ("North gate", "granted")
    ]


async def test_every_role_sees_the_public_cameras_only(roles: dict[str, Console]) -> None:
    for console in roles.values():
        cameras = (await console.result("home/cameras"))["cameras"]
        assert [camera["name"] for camera in cameras] == ["North gate camera"]
