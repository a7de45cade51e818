"""High-altitude throwing from a Hikvision camera's ISAPI event stream, end to end.

The camera is the simulator's (`compound_simulator`): a real HTTP server on loopback with
digest login and a multipart alert stream; notify actions are captured.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator, Callable
from datetime import timedelta
import logging
from pathlib import Path
from typing import Any
from unittest.mock import patch

from homeassistant.config_entries import ConfigSubentryDataWithId
from homeassistant.core import HomeAssistant, ServiceCall
from homeassistant.helpers import issue_registry as ir
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_capture_events,
    async_mock_service,
)
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from compound_simulator.devices import CameraServer
from custom_components.compound_security import isapi_events
from custom_components.compound_security.const import DOMAIN, EVENT_ALARM
from custom_components.compound_security.diagnostics import async_get_config_entry_diagnostics
from custom_components.compound_security.roles import StaffRole

from .console_helpers import staff_console

pytestmark = pytest.mark.usefixtures("socket_enabled")

SLUG = "facade"
LOGIN = ("admin", "hik12345")
THROWN = b"\xff\xd8\xff\xe0 the camera's own picture of the throw \xff\xd9"
ISSUE = "camera_events_login_cam_facade"
WRONG = "not-the-password"


@pytest.fixture
async def hik() -> AsyncGenerator[CameraServer]:
    server = CameraServer("127.0.0.1", 0, lambda: "2026-11-30T21:15:02+08:00", login=LOGIN)
    server.cameras[SLUG] = "3号楼南立面"
    server.alerts.heartbeat = 0.2
    await server.start()
    yield server
    await server.stop()


@pytest.fixture(autouse=True)
def quick_retries() -> Any:
    with patch.object(isapi_events, "FIRST_RETRY", 0.05):
        yield


@pytest.fixture
def notify(hass: HomeAssistant) -> list[ServiceCall]:
    return async_mock_service(hass, "notify", "mobile_app_guard")


def facade_entry(snapshot_url: str, password: str = LOGIN[1]) -> MockConfigEntry:
    return MockConfigEntry(
        domain=DOMAIN,
        title="元丰天山花园",
        unique_id="元丰天山花园",
        data={"name": "元丰天山花园"},
        options={"min_area_per_person": 10.0, "retention_days": 180, "escalate_after": 0},
        subentries_data=[
            ConfigSubentryDataWithId(
                subentry_id="cam_facade",
                subentry_type="camera",
                title="Building 3 south camera",
                unique_id="building 3 south camera",
                data={
                    "snapshot_url": snapshot_url,
                    "username": LOGIN[0],
                    "password": password,
                    "public": False,
                    "health_interval": 3600,
                    "offline_after": 10,
                    "repair_hours": 72,
                    "isapi_events": True,
                    "facade": "3号楼南立面",
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


async def set_up(hass: HomeAssistant, entry: MockConfigEntry, tmp_path: Path) -> MockConfigEntry:
    hass.config.config_dir = str(tmp_path)
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()  # the stream's task runs for as long as the entry
    return entry


async def until(check: Callable[[], object], what: str) -> None:
    """Wait for something the stream makes happen (the loop runs meanwhile)."""
    for _ in range(400):
        if check():
            return
        await asyncio.sleep(0.025)
    pytest.fail(f"never happened: {what}")


async def unload(hass: HomeAssistant, entry: MockConfigEntry, hik: CameraServer) -> None:
    assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()
    await until(lambda: hik.alerts.connected(SLUG) == 0, "the stream closed on unload")


def stream_of(entry: MockConfigEntry) -> isapi_events.CameraEventStream:
    return entry.runtime_data.event_streams["cam_facade"]


async def test_a_throw_with_its_picture_raises_one_alarm_with_that_picture(
    hass: HomeAssistant,
    hik: CameraServer,
    notify: list[ServiceCall],
    tmp_path: Path,
    hass_ws_client: WebSocketGenerator,
) -> None:
    entry = await set_up(hass, facade_entry(hik.isapi_url(SLUG)), tmp_path)
    await until(lambda: hik.alerts.connected(SLUG), "the camera's stream is open")
    alarms = async_capture_events(hass, EVENT_ALARM)

    assert hik.alerts.throw(SLUG, THROWN) == 1
    assert hik.alerts.throw(SLUG, THROWN) == 1  # the same throw, still falling
    await until(lambda: notify, "the guard room was told")
    await hass.async_block_till_done()
    (alarm,) = alarms
    assert (alarm.data["kind"], alarm.data["severity"]) == ("high_altitude_throw", "critical")
    assert alarm.data["access_point"] is None
    assert (alarm.data["camera"], alarm.data["building"]) == ("cam_facade", "3号楼南立面")
    assert "3号楼南立面" in alarm.data["message"]
    assert "Building 3 south camera" in alarm.data["message"]
    alarm_id = alarm.data["alarm_id"]
    record = await entry.runtime_data.audit.async_get_alarm(alarm_id)
    assert record is not None
    assert (tmp_path / DOMAIN / record["snapshot"]).read_bytes() == THROWN
    assert (record["camera_id"], record["building"]) == ("cam_facade", "3号楼南立面")
    (call,) = notify
    assert call.data["title"] == "Object thrown from a height"
    assert f"/api/{DOMAIN}/snapshots/{alarm_id}" in call.data["data"]["image"]
    assert entry.runtime_data.desk.open[alarm_id].kind == "high_altitude_throw"
    diagnostics = await async_get_config_entry_diagnostics(hass, entry)
    camera = diagnostics["runtime"]["cameras"]["Building 3 south camera"]
    assert camera["event_stream"]["connections"] == 1
    assert camera["event_stream"]["login_refused"] is False

    # The console's alarm desk says where (the camera and its façade) with no access point.
    guard = await staff_console(hass, hass_ws_client, entry, StaffRole.GUARD)
    _, seen = await guard.subscribe("alarms/subscribe")
    (shown,) = seen["alarms"]
    assert (shown["kind"], shown["access_point"]) == ("high_altitude_throw", None)
    assert (shown["camera"], shown["building"]) == ("Building 3 south camera", "3号楼南立面")
    assert shown["snapshot"] == f"/api/{DOMAIN}/snapshots/{alarm_id}"
    await unload(hass, entry, hik)


async def test_a_throw_without_a_picture_gets_a_snapshot(
    hass: HomeAssistant, hik: CameraServer, notify: list[ServiceCall], tmp_path: Path
) -> None:
    entry = await set_up(hass, facade_entry(hik.isapi_url(SLUG)), tmp_path)
    await until(lambda: hik.alerts.connected(SLUG), "the camera's stream is open")
    alarms = async_capture_events(hass, EVENT_ALARM)

    hik.alerts.throw(SLUG, None)
    await until(lambda: notify, "the guard room was told")
    (alarm,) = alarms
    record = await entry.runtime_data.audit.async_get_alarm(alarm.data["alarm_id"])
    assert record is not None
    picture = (tmp_path / DOMAIN / record["snapshot"]).read_bytes()
    assert picture.startswith(b"\xff\xd8")  # the simulator's snapshot, fetched for it
    assert picture != THROWN
    await unload(hass, entry, hik)


async def test_heartbeats_raise_nothing_and_leave_the_camera_healthy(
    hass: HomeAssistant, hik: CameraServer, notify: list[ServiceCall], tmp_path: Path
) -> None:
    entry = await set_up(hass, facade_entry(hik.isapi_url(SLUG)), tmp_path)
    alarms = async_capture_events(hass, EVENT_ALARM)
    camera = entry.runtime_data.cameras["cam_facade"]
    await until(lambda: stream_of(entry).connections, "a heartbeat came")
    for _ in range(3):
        assert hik.alerts.video_loss(SLUG, active=False) == 1
    await asyncio.sleep(0.3)  # more heartbeats of the simulator's own
    await hass.async_block_till_done()
    assert alarms == []
    assert notify == []
    assert (camera.health.online, camera.health.reported) == (True, None)
    await unload(hass, entry, hik)


async def test_tampering_and_video_loss_are_camera_health_and_its_offline_alarm(
    hass: HomeAssistant, hik: CameraServer, notify: list[ServiceCall], tmp_path: Path
) -> None:
    entry = await set_up(hass, facade_entry(hik.isapi_url(SLUG)), tmp_path)
    camera = entry.runtime_data.cameras["cam_facade"]
    camera.offline_after = timedelta(0)  # the alarm at once, not after ten minutes
    await until(lambda: stream_of(entry).connections, "the stream is open")
    alarms = async_capture_events(hass, EVENT_ALARM)

    hik.alerts.tamper(SLUG)
    await until(lambda: camera.health.problem == "tampered", "the camera reported tampering")
    assert camera.health.online is False
    await until(lambda: alarms, "the camera-offline alarm")
    (alarm,) = alarms
    assert alarm.data["kind"] == "camera_offline"
    assert "tampered with" in alarm.data["message"]
    assert ir.async_get(hass).async_get_issue(DOMAIN, "camera_offline_cam_facade")
    # The heartbeats (video loss inactive) say nothing about the tampering.
    hik.alerts.video_loss(SLUG, active=False)
    await asyncio.sleep(0.3)
    assert camera.health.problem == "tampered"
    # Video loss over and the lens uncovered: healthy again, the alarm clears.
    hik.alerts.video_loss(SLUG)
    await until(lambda: camera.health.problem == "video_loss", "video loss reported")
    hik.alerts.video_loss(SLUG, active=False)
    await until(lambda: camera.health.reported is None, "video loss over")
    assert camera.health.online is True
    await until(
        lambda: not ir.async_get(hass).async_get_issue(DOMAIN, "camera_offline_cam_facade"),
        "the repair is gone",
    )
    await unload(hass, entry, hik)


async def test_a_refused_login_is_one_repair_retried_until_the_password_works(
    hass: HomeAssistant,
    hik: CameraServer,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="custom_components.compound_security")
    entry = await set_up(hass, facade_entry(hik.isapi_url(SLUG), password=WRONG), tmp_path)
    await until(lambda: hik.alerts.refused >= 3, "three refused logins")
    issue = ir.async_get(hass).async_get_issue(DOMAIN, ISSUE)
    assert issue is not None
    assert issue.translation_key == "camera_events_login"
    assert issue.translation_placeholders == {"camera": "Building 3 south camera"}
    assert caplog.text.count("refused the login") == 1
    assert WRONG not in caplog.text

    hik.alerts.login = (LOGIN[0], WRONG)  # the camera's password is changed to match
    await until(lambda: stream_of(entry).connections, "the stream is open")
    await until(lambda: not ir.async_get(hass).async_get_issue(DOMAIN, ISSUE), "repair gone")
    await unload(hass, entry, hik)


async def test_a_stream_cut_mid_part_or_a_reboot_reconnects_and_the_next_throw_raises(
    hass: HomeAssistant, hik: CameraServer, notify: list[ServiceCall], tmp_path: Path
) -> None:
    entry = await set_up(hass, facade_entry(hik.isapi_url(SLUG)), tmp_path)
    stream = stream_of(entry)
    await until(lambda: stream.connections == 1, "the stream is open")
    alarms = async_capture_events(hass, EVENT_ALARM)

    assert hik.alerts.cut(SLUG) == 1  # half of a throw's alert, then the end
    await until(lambda: stream.connections == 2, "reconnected")
    assert alarms == []  # half an alert is no alarm
    hik.alerts.throw(SLUG, THROWN)
    await until(lambda: len(alarms) == 1, "the throw after the cut raised")

    hik.dark.add(SLUG)  # the camera reboots: the stream ends, connections are refused
    await until(lambda: not hik.alerts.connected(SLUG), "the stream ended")
    await asyncio.sleep(0.3)
    hik.dark.discard(SLUG)
    await until(lambda: stream.connections == 3, "reconnected after the reboot")
    with patch.object(isapi_events, "THROW_DEBOUNCE", timedelta(0)):
        hik.alerts.throw(SLUG, THROWN)
        await until(lambda: len(alarms) == 2, "the throw after the reboot raised")
    assert all(a.data["kind"] == "high_altitude_throw" for a in alarms)
    await unload(hass, entry, hik)


async def test_the_camera_flow_subscribes_only_a_camera_added_by_url(
    hass: HomeAssistant, hik: CameraServer, tmp_path: Path
) -> None:
    entry = await set_up(hass, facade_entry(hik.isapi_url(SLUG)), tmp_path)
    result = await hass.config_entries.subentries.async_init(
        (entry.entry_id, "camera"), context={"source": "user"}
    )
    form = {
        "name": "Building 5 north camera",
        "public": False,
        "health_interval": 60,
        "offline_after": 10,
        "repair_hours": 72,
        "isapi_events": True,
        "facade": " 5号楼北立面 ",
    }
    result = await hass.config_entries.subentries.async_configure(
        result["flow_id"], form | {"camera_entity": "camera.other"}
    )
    assert result["errors"] == {"isapi_events": "isapi_needs_url"}
    result = await hass.config_entries.subentries.async_configure(
        result["flow_id"],
        form | {"snapshot_url": hik.isapi_url("north"), "username": "admin", "password": "x"},
    )
    assert result["type"] == "create_entry"
    (saved,) = (s for s in entry.subentries.values() if s.title == "Building 5 north camera")
    assert (saved.data["isapi_events"], saved.data["facade"]) == (True, "5号楼北立面")
    await hass.async_block_till_done()
    await unload(hass, entry, hik)


def test_reconnections_back_off_from_one_second_to_five_minutes() -> None:
    retry, waits = 1.0, []
    with patch.object(isapi_events, "FIRST_RETRY", 1.0):  # as shipped, not the tests' quick one
        for _ in range(12):
            wait, retry = isapi_events.backoff(retry, delivered=False)
            waits.append(wait)
        assert waits == [1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300, 300]
        assert isapi_events.backoff(300.0, delivered=True) == (1.0, 2.0)  # the camera was back
