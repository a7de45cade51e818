"""What a user sees: every platform's entities for a populated compound, as snapshots.

The compound has two access points (one with a gate, a door contact and a webhook), a
camera, a meter bus and a route, and a registry with people, cards, a vehicle and a
care-watch resident: the snapshots show that no name, flat or watch fact reaches an entity.
Regenerate with `script/test tests/test_platforms.py --snapshot-update` and review the diff.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path
from unittest.mock import patch

from homeassistant.config_entries import ConfigSubentryDataWithId
from homeassistant.const import Platform
from homeassistant.core import HomeAssistant
from homeassistant.helpers import entity_registry as er
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_fire_time_changed,
    async_mock_service,
    snapshot_platform,
)
from syrupy.assertion import SnapshotAssertion

from custom_components.compound_security.const import DOMAIN

from .helpers import COMPOUND, act, populate
from .test_alarms import CameraServer, camera_server  # noqa: F401  # a fixture

PLATFORMS = [
    Platform.BINARY_SENSOR,
    Platform.CAMERA,
    Platform.EVENT,
    Platform.LOCK,
    Platform.SENSOR,
]


pytestmark = pytest.mark.usefixtures("socket_enabled")
MOMENT = datetime(2026, 11, 21, 0, 0, tzinfo=UTC)


def populated_entry(tmp_path: Path, camera_url: str) -> MockConfigEntry:
    return MockConfigEntry(
        domain=DOMAIN,
        entry_id="compound_entry_id",  # stable unique ids in the snapshots
        title=COMPOUND,
        unique_id=COMPOUND,
        data={"name": COMPOUND},
        options={"min_area_per_person": 10.0, "retention_days": 180},
        subentries_data=[
            ConfigSubentryDataWithId(
                subentry_id="ap_north",
                subentry_type="access_point",
                title="North gate",
                unique_id="north gate",
                data={
                    "zone": "compound_gate",
                    "direction": "both",
                    "gate_entity": "switch.north_gate_relay",
                    "door_entity": "binary_sensor.north_gate_door",
                },
            ),
            ConfigSubentryDataWithId(
                subentry_id="ap_garage",
                subentry_type="access_point",
                title="Garage B",
                unique_id="garage b",
                data={"zone": "garage", "direction": "in"},
            ),
            ConfigSubentryDataWithId(
                subentry_id="cam_north",
                subentry_type="camera",
                title="North gate camera",
                unique_id="north gate camera",
                data={
                    "snapshot_url": camera_url,
                    "username": "admin",
                    "password": "secret",
                    "access_points": ["ap_north"],
                    "public": True,
                    "health_interval": 3600,
                    "offline_after": 10,
                    "repair_hours": 72,
                },
            ),
            ConfigSubentryDataWithId(
                subentry_id="bus_3",
                subentry_type="meter_bus",
                title="Building 3 electricity",
                unique_id="building 3 electricity",
                data={
                    "url": "/dev/serial/by-id/no-such-meter-line",  # never polled here
                    "protocol": "dlt645_2007",
                    "baudrate": 2400,
                    "parity": "E",
                    "poll_interval": 3600,
                    "buildings": "3",
                },
            ),
            ConfigSubentryDataWithId(
                subentry_id="route_guard",
                subentry_type="notification_route",
                title="Guard room",
                unique_id="guard room",
                data={"kinds": [], "targets": ["notify.mobile_app_guard"]},
            ),
        ],
    )


def fixed_local_now(time_zone: tzinfo | None = None) -> datetime:
    return MOMENT.astimezone(time_zone or dt_util.get_default_time_zone())


@pytest.mark.parametrize("platform", PLATFORMS)
async def test_platform(
    hass: HomeAssistant,
    entity_registry: er.EntityRegistry,
    snapshot: SnapshotAssertion,
    tmp_path: Path,
    camera_server: CameraServer,  # noqa: F811
    platform: Platform,
) -> None:
    async_mock_service(hass, "switch", "turn_on")
    async_mock_service(hass, "switch", "turn_off")
    entry = populated_entry(tmp_path, camera_server.url)
    entry.add_to_hass(hass)
    with (
        patch("custom_components.compound_security.PLATFORMS", [platform]),
        # No poll: its measured duration would differ on every run.
        patch("custom_components.compound_security.MeterBusCoordinator.async_refresh"),
        patch("random.SystemRandom.getrandbits", return_value=123123123123),  # camera token
        # A fixed local day: the daily and monthly sensors' last reset is in the snapshots.
        patch("homeassistant.util.dt.now", side_effect=fixed_local_now),
    ):
        assert await hass.config_entries.async_setup(entry.entry_id)
        await hass.async_block_till_done(wait_background_tasks=True)
        ids = await populate(hass)
        await act(hass, "set_watch", person_id=ids["owner"], level="care")
        # The event entity's state is the time of its last event: make it a fixed one.
        # (Freezing the clock would also freeze the access log's flush timer.)
        with patch("homeassistant.util.dt.utcnow", return_value=MOMENT):
            await act(hass, "present_credential", access_point="North gate", uid="008EC793")
            await hass.async_block_till_done(wait_background_tasks=True)
        async_fire_time_changed(hass, dt_util.utcnow() + timedelta(seconds=2))  # pulse ends
        await hass.async_block_till_done()
        await snapshot_platform(hass, entity_registry, snapshot, entry.entry_id)
    states = " ".join(f"{s.state} {s.attributes}" for s in hass.states.async_all())
    for personal in ("王奶奶", "李四", "3-1-502", "3-1-601", "watchlist", "13800001234"):
        assert personal not in states
