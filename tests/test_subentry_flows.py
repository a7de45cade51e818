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
ROUTE = {"kinds": ["wanted_person"], "targets": ["notify.dingtalk_police"]}


@pytest.mark.usefixtures("mock_setup_entry")
@pytest.mark.parametrize(
    ("subentry_type", "title", "data"),
    [("camera", "North gate camera", CAMERA), ("notification_route", "Police", ROUTE)],
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
