"""Every blueprint loads with Home Assistant's loader, and acts on our events."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
import shutil
from typing import Any

from freezegun.api import FrozenDateTimeFactory
from homeassistant.components.automation.config import async_validate_config_item
from homeassistant.components.automation.helpers import async_get_blueprints
from homeassistant.core import HomeAssistant, ServiceCall, ServiceResponse, SupportsResponse
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.common import (
    async_fire_time_changed,
    async_mock_service,
)
import yaml

from custom_components.compound_security.const import EVENT_ALARM

SOURCE = Path(__file__).parents[1] / "blueprints" / "automation" / "compound_security"
BLUEPRINTS = sorted(path.name for path in SOURCE.glob("*.yaml"))


@pytest.fixture
def config_dir(hass: HomeAssistant, tmp_path: Path) -> Path:
    hass.config.config_dir = str(tmp_path)
    shutil.copytree(SOURCE, tmp_path / "blueprints" / "automation" / "compound_security")
    return tmp_path


def test_there_are_six() -> None:
    assert BLUEPRINTS == [
        "camera_offline_maintenance.yaml",
        "door_alarm_light.yaml",
        "ebike_elevator_hold.yaml",
        "over_usage_report.yaml",
        "vehicle_theft_siren.yaml",
        "watchlist_passage.yaml",
    ]


@pytest.mark.parametrize("name", BLUEPRINTS)
async def test_blueprint_loads(hass: HomeAssistant, config_dir: Path, name: str) -> None:
    blueprint = await async_get_blueprints(hass).async_get_blueprint(f"compound_security/{name}")
    metadata = blueprint.metadata
    assert metadata["source_url"].endswith(f"/blueprints/automation/compound_security/{name}")
    assert "/" in metadata["description"] or "。" in metadata["description"]  # en and zh-Hans
    for spec in metadata["input"].values():
        assert "selector" in spec


async def set_up(hass: HomeAssistant, name: str, inputs: dict[str, Any]) -> None:
    config = {"id": name, "use_blueprint": {"path": f"compound_security/{name}", "input": inputs}}
    assert await async_validate_config_item(hass, name, config) is not None
    assert await async_setup_component(hass, "automation", {"automation": [config]})
    await hass.async_block_till_done()


def alarm(kind: str, **extra: Any) -> dict[str, Any]:
    return {
        "alarm_id": "a1",
        "kind": kind,
        "severity": "warning",
        "access_point": "ap_north",
        "message": f"{kind} at North gate",
        "time": "2026-11-21T08:00:00+08:00",
    } | extra


async def test_watchlist_passage(hass: HomeAssistant, config_dir: Path) -> None:
    family = async_mock_service(hass, "notify", "mobile_app_daughter")
    guard = async_mock_service(hass, "notify", "mobile_app_guard")
    await set_up(
        hass,
        "watchlist_passage.yaml",
        {
            "person_id": "grandma",
            "family_targets": ["notify.mobile_app_daughter"],
            "guard_targets": ["notify.mobile_app_guard"],
            "access_point": "ap_north",
        },
    )
    hass.bus.async_fire(EVENT_ALARM, alarm("forced_entry", person_id="grandma"))
    hass.bus.async_fire(
        EVENT_ALARM, alarm("watchlist", access_point="ap_south", person_id="grandma")
    )
    # Another family's relative, and a police-watch passage of the same person: not ours.
    hass.bus.async_fire(EVENT_ALARM, alarm("watchlist", person_id="neighbour"))
    hass.bus.async_fire(EVENT_ALARM, alarm("police_watch", person_id="grandma"))
    hass.bus.async_fire(EVENT_ALARM, alarm("watchlist", person_id="grandma"))
    await hass.async_block_till_done()
    assert [c.data["message"] for c in family + guard] == ["watchlist at North gate"] * 2
    action = family[0].data["data"]["actions"][0]["action"]
    assert action == "COMPOUND_SECURITY_ACKNOWLEDGE:a1"


async def test_vehicle_theft_siren(hass: HomeAssistant, config_dir: Path) -> None:
    on = async_mock_service(hass, "siren", "turn_on")
    off = async_mock_service(hass, "siren", "turn_off")
    guard = async_mock_service(hass, "notify", "mobile_app_guard")
    await set_up(
        hass,
        "vehicle_theft_siren.yaml",
        {
            "siren": "siren.garage",
            "siren_seconds": 1,
            "guard_targets": ["notify.mobile_app_guard"],
        },
    )
    hass.bus.async_fire(EVENT_ALARM, alarm("vehicle_theft"))
    await hass.async_block_till_done()
    assert [c.data["entity_id"] for c in on] == [["siren.garage"]]
    assert guard[0].data["title"] == "车辆被盗 · Vehicle theft"
    # Waiting for the automation includes its 1-s delay: the siren is off again.
    assert [c.data["entity_id"] for c in off] == [["siren.garage"]]
    assert off[0].context.id == on[0].context.id


async def test_door_alarm_light(hass: HomeAssistant, config_dir: Path) -> None:
    light = async_mock_service(hass, "light", "turn_on")
    guard = async_mock_service(hass, "notify", "mobile_app_guard")
    await set_up(
        hass,
        "door_alarm_light.yaml",
        {"lights": {"entity_id": "light.north_gate"}, "guard_targets": ["notify.mobile_app_guard"]},
    )
    for kind in ("forced_entry", "door_held_open", "watchlist"):
        hass.bus.async_fire(EVENT_ALARM, alarm(kind))
    await hass.async_block_till_done()
    assert len(light) == 2
    assert light[0].data == {"entity_id": ["light.north_gate"], "brightness_pct": 100}
    assert [c.data["message"] for c in guard] == [
        "forced_entry at North gate",
        "door_held_open at North gate",
    ]


async def test_camera_offline_maintenance(hass: HomeAssistant, config_dir: Path) -> None:
    maintenance = async_mock_service(hass, "notify", "wecom_maintenance")
    await set_up(
        hass,
        "camera_offline_maintenance.yaml",
        {"maintenance_targets": ["notify.wecom_maintenance"]},
    )
    hass.bus.async_fire(EVENT_ALARM, alarm("camera_offline", message="Camera X offline"))
    await hass.async_block_till_done()
    assert [c.data["message"] for c in maintenance] == ["Camera X offline"]


async def test_ebike_elevator_hold(hass: HomeAssistant, config_dir: Path) -> None:
    hold_on = async_mock_service(hass, "switch", "turn_on")
    hold_off = async_mock_service(hass, "switch", "turn_off")
    speak = async_mock_service(hass, "tts", "speak")
    guard = async_mock_service(hass, "notify", "mobile_app_guard")
    await set_up(
        hass,
        "ebike_elevator_hold.yaml",
        {
            "building": "3",
            "door_hold": ["switch.elevator_3_door_hold"],
            "hold_seconds": 1,
            "warning": [
                {
                    "action": "tts.speak",
                    "target": {"entity_id": "tts.piper"},
                    "data": {
                        "media_player_entity_id": "media_player.elevator_3",
                        "message": "电瓶车禁止进入电梯",
                    },
                }
            ],
            "guard_targets": ["notify.mobile_app_guard"],
        },
    )
    ebike = alarm("ebike_in_elevator", access_point=None, camera="cam_elevator_3")
    hass.bus.async_fire(EVENT_ALARM, ebike | {"building": "5"})  # another building's
    hass.bus.async_fire(EVENT_ALARM, alarm("forced_entry"))
    hass.bus.async_fire(EVENT_ALARM, ebike | {"building": "3"})
    await hass.async_block_till_done()  # waits through the automation's hold
    assert [c.data["entity_id"] for c in hold_on] == [["switch.elevator_3_door_hold"]]
    assert [c.data["media_player_entity_id"] for c in speak] == ["media_player.elevator_3"]
    assert [c.data["message"] for c in guard] == ["ebike_in_elevator at North gate"]
    assert guard[0].data["title"] == "电瓶车进电梯 · E-bike in the elevator"
    assert [c.data["entity_id"] for c in hold_off] == [["switch.elevator_3_door_hold"]]
    assert hold_off[0].context.id == hold_on[0].context.id


async def test_ebike_elevator_hold_without_a_door_or_building(
    hass: HomeAssistant, config_dir: Path
) -> None:
    guard = async_mock_service(hass, "notify", "mobile_app_guard")
    await set_up(hass, "ebike_elevator_hold.yaml", {"guard_targets": ["notify.mobile_app_guard"]})
    for building in ("3", "5"):
        hass.bus.async_fire(EVENT_ALARM, alarm("ebike_in_elevator", building=building))
        await hass.async_block_till_done()
    assert len(guard) == 2  # every building, nothing else to do


@pytest.mark.parametrize("expected_lingering_timers", [True])  # tomorrow's 09:00 trigger
async def test_over_usage_report(
    hass: HomeAssistant, config_dir: Path, freezer: FrozenDateTimeFactory
) -> None:
    office = async_mock_service(hass, "notify", "property_office")
    analyses: list[ServiceCall] = []

    async def analyze(call: ServiceCall) -> ServiceResponse:
        analyses.append(call)
        return {
            "flags": [
                {
                    "household": "5-1-121",
                    "classification": "suspected_group_rental",
                    "electricity_kwh": 2392,
                }
            ]
        }

    hass.services.async_register(
        "compound_security", "analyze_usage", analyze, supports_response=SupportsResponse.ONLY
    )
    tz = dt_util.get_default_time_zone()
    freezer.move_to(datetime(2026, 11, 30, 8, 59, tzinfo=tz))
    await set_up(
        hass,
        "over_usage_report.yaml",
        {"report_time": "09:00:00", "office_targets": ["notify.property_office"]},
    )
    for moment in (
        datetime(2026, 11, 30, 9, 0, 1, tzinfo=tz),
        datetime(2026, 12, 1, 9, 0, 1, tzinfo=tz),
    ):
        freezer.move_to(moment)
        async_fire_time_changed(hass, moment)
        await hass.async_block_till_done()
    assert len(analyses) == 1  # only on the first of the month
    (call,) = office
    assert "1 flagged" in call.data["message"]
    assert "5-1-121 suspected_group_rental 2392 kWh" in call.data["message"]


def test_readme_has_an_import_badge_per_blueprint() -> None:
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    for name in BLUEPRINTS:
        assert (
            f"blueprint_url=https%3A%2F%2Fgithub.com%2Fcompound-security%2Fcompound_security%2Fblob%2Fmain%2Fblueprints%2Fautomation%2Fcompound_security%2F{name}"
            in readme
        )
    for name in BLUEPRINTS:
        spec = yaml.safe_load((SOURCE / name).read_text(encoding="utf-8").replace("!input", ""))
        assert spec["blueprint"]["domain"] == "automation"
