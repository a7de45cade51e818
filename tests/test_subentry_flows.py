"""Cameras and notification routes: changing one shows what it has and keeps it."""

from __future__ import annotations

from typing import Any

from homeassistant.config_entries import ConfigSubentryData
from homeassistant.core import HomeAssistant
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from .helpers import compound_entry
from .test_access_point_flow import as_the_frontend_fills_it

CAMERA = {
    "access_points": [],
    "public": True,
    "verify_ssl": False,
    "health_interval": 30,
    "offline_after": 2,
    "repair_hours": 24,
    "snapshot_url": "https://192.0.2.64/ISAPI/Streaming/channels/101/picture",
    "stream_url": "rtsp://192.0.2.64:554/Streaming/Channels/101",
    "username": "admin",
    "password": "pw",
    "isapi_events": True,
    "facade": "3号楼南立面",
}
ELEVATOR_CAMERA = {
    "access_points": [],
    "public": False,
    "verify_ssl": True,
    "health_interval": 60,
    "offline_after": 10,
    "repair_hours": 72,
    "snapshot_url": "http://192.0.2.70/api/elevator_3/latest.jpg",
    "elevator_building": "3",
    "frigate_camera": "elevator_3",
    "frigate_zone": "car",
    "ebike_labels": ["ebike"],
    "frigate_prefix": "frigate_b",
}
ROUTE = {"kinds": ["wanted_person"], "targets": ["notify.dingtalk_police"]}


@pytest.mark.usefixtures("mock_setup_entry")
@pytest.mark.parametrize(
    ("subentry_type", "title", "data"),
    [
        ("camera", "North gate camera", CAMERA),
        ("camera", "Building 3 elevator", ELEVATOR_CAMERA),
        ("notification_route", "Police", ROUTE),
    ],
)
async def test_changing_a_subentry_keeps_it(
    hass: HomeAssistant, subentry_type: str, title: str, data: dict[str, Any]
) -> None:
    entry: MockConfigEntry = compound_entry(
        [
            ConfigSubentryData(
                subentry_type=subentry_type, title=title, unique_id=title.casefold(), data=data
            )
        ]
    )
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    (subentry_id,) = entry.subentries
    result = await entry.start_subentry_reconfigure_flow(hass, subentry_id)
    shown = as_the_frontend_fills_it(result["data_schema"])
    assert shown == {"name": title} | data
    result = await hass.config_entries.subentries.async_configure(result["flow_id"], shown)
    assert result["reason"] == "reconfigure_successful"
    assert dict(entry.subentries[subentry_id].data) == data


@pytest.mark.usefixtures("mock_setup_entry")
async def test_an_elevator_camera_needs_its_building_and_frigate_camera(
    hass: HomeAssistant,
) -> None:
    entry: MockConfigEntry = compound_entry([])
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    result = await hass.config_entries.subentries.async_init(
        (entry.entry_id, "camera"), context={"source": "user"}
    )
    form = as_the_frontend_fills_it(result["data_schema"]) | {
        "name": "Building 3 elevator",
        "snapshot_url": "http://192.0.2.70/api/elevator_3/latest.jpg",
        "public": True,
    }
    for typed, errors in (
        ({"elevator_building": "3"}, {"frigate_camera": "frigate_camera_required"}),
        ({"frigate_camera": "elevator_3"}, {"elevator_building": "elevator_building_required"}),
        (
            {"elevator_building": "3", "frigate_camera": "elevator_3", "frigate_prefix": "#"},
            {"frigate_prefix": "frigate_prefix_invalid"},
        ),
    ):
        result = await hass.config_entries.subentries.async_configure(
            result["flow_id"], form | typed
        )
        assert result["errors"] == errors
    # Labels and prefix left empty: Frigate's default model's labels, its default prefix.
    result = await hass.config_entries.subentries.async_configure(
        result["flow_id"], form | {"elevator_building": " 3 ", "frigate_camera": "elevator_3"}
    )
    assert result["type"] == "create_entry"
    (subentry,) = entry.subentries.values()
    assert {k: v for k, v in subentry.data.items() if "frigate" in k or "elevator" in k} == {
        "elevator_building": "3",
        "frigate_camera": "elevator_3",
        "frigate_prefix": "frigate",
    }
    assert subentry.data["ebike_labels"] == ["bicycle", "motorcycle"]
