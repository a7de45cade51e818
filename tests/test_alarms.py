"""Cameras, snapshots, notifications, escalation and acknowledgement, end to end.

The camera is a real HTTP server (aiohttp) on loopback; notify actions are captured.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator
from datetime import timedelta
import logging
from pathlib import Path
from typing import Any
from unittest.mock import patch

from aiohttp import web
from aiohttp.test_utils import TestServer
from homeassistant.config_entries import ConfigSubentryDataWithId
from homeassistant.core import Context, HomeAssistant, ServiceCall
from homeassistant.exceptions import HomeAssistantError, ServiceValidationError, Unauthorized
from homeassistant.helpers import issue_registry as ir
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    MockUser,
    async_capture_events,
    async_fire_time_changed,
    async_mock_service,
)
from yarl import URL

from custom_components.compound_security.const import DOMAIN, EVENT_ALARM
from custom_components.compound_security.engine.decision import Alarm, AlarmKind, Severity

from .helpers import act, populate

pytestmark = pytest.mark.usefixtures("socket_enabled")

PREFIX = "sensor.cao_hu_hua_yuan_wu_qu"
JPEG = b"\xff\xd8\xff\xe0fake-jpeg-"


class CameraServer:
    """A snapshot URL whose picture changes on every fetch, unless told otherwise."""

    def __init__(self) -> None:
        self.mode = "ok"  # ok, down, frozen
        self.fetches = 0
        app = web.Application()
        app.router.add_get("/snapshot.jpg", self.snapshot)
        self.server = TestServer(app, host="127.0.0.1")

    async def snapshot(self, request: web.Request) -> web.Response:
        self.fetches += 1
        if self.mode == "down":
            return web.Response(status=503)
        if request.headers.get("Authorization") is None:
            return web.Response(status=401)
        body = JPEG + (b"same" if self.mode == "frozen" else str(self.fetches).encode())
        return web.Response(body=body, content_type="image/jpeg")

    @property
    def url(self) -> str:
        return str(self.server.make_url("/snapshot.jpg"))


@pytest.fixture
async def camera_server() -> AsyncGenerator[CameraServer]:
    server = CameraServer()
    await server.server.start_server()
    yield server
    await server.server.close()


def compound_entry(camera_url: str, **options: Any) -> MockConfigEntry:
    return MockConfigEntry(
        domain=DOMAIN,
        title="漕湖花园五区",
        unique_id="漕湖花园五区",
        data={"name": "漕湖花园五区"},
        options={"min_area_per_person": 10.0, "retention_days": 180, "escalate_after": 0} | options,
        subentries_data=[
            ConfigSubentryDataWithId(
                subentry_id="ap_north",
                subentry_type="access_point",
                title="North gate",
                unique_id="north gate",
                data={"zone": "compound_gate", "direction": "both"},
            ),
            ConfigSubentryDataWithId(
                subentry_id="ap_garage",
                subentry_type="access_point",
                title="Garage B",
                unique_id="garage b",
                data={"zone": "garage", "direction": "in", "gate_entity": "switch.garage_b"},
            ),
            ConfigSubentryDataWithId(
                subentry_id="cam_north",
                subentry_type="camera",
                title="North gate camera",
                unique_id="north gate camera",
                data={
                    "snapshot_url": camera_url,
                    "stream_url": "rtsp://192.0.2.1:554/Streaming/Channels/101",
                    "username": "admin",
                    "password": "secret",
                    "access_points": ["ap_north", "ap_garage"],
                    "public": True,
                    "health_interval": 60,
                    "offline_after": 10,
                    "repair_hours": 72,
                },
            ),
            ConfigSubentryDataWithId(
                subentry_id="route_guard",
                subentry_type="notification_route",
                title="Guard room",
                unique_id="guard room",
                data={"kinds": [], "targets": ["notify.mobile_app_guard"]},
            ),
            ConfigSubentryDataWithId(
                subentry_id="route_maintenance",
                subentry_type="notification_route",
                title="Maintenance",
                unique_id="maintenance",
                data={"kinds": ["camera_offline"], "targets": ["notify.wecom_maintenance"]},
            ),
        ],
    )


async def set_up(hass: HomeAssistant, entry: MockConfigEntry) -> MockConfigEntry:
    hass.config.media_dirs = {"local": hass.config.path("media")}
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done(wait_background_tasks=True)
    return entry


@pytest.fixture
def notify(hass: HomeAssistant) -> dict[str, list[ServiceCall]]:
    return {
        name: async_mock_service(hass, "notify", name)
        for name in ("mobile_app_guard", "mobile_app_daughter", "wecom_maintenance", "manager")
    }


async def acknowledge_then_close(
    hass: HomeAssistant, entry: MockConfigEntry, alarm_id: str
) -> None:
    await act(hass, "acknowledge_alarm", alarm_id=alarm_id, note="Guard called the family")
    assert hass.states.get("binary_sensor.north_gate_alarm").state == "off"  # type: ignore[union-attr]
    assert hass.states.get(f"{PREFIX}_open_alarms").state == "0"  # type: ignore[union-attr]
    record = await entry.runtime_data.audit.async_get_alarm(alarm_id)
    assert record is not None
    assert (record["state"], record["note"]) == ("acknowledged", "Guard called the family")
    assert record["acknowledged_at"]

    await act(hass, "close_alarm", alarm_id=alarm_id)
    record = await entry.runtime_data.audit.async_get_alarm(alarm_id)
    assert record is not None
    assert record["state"] == "closed"
    assert record["closed_at"]
    with pytest.raises(ServiceValidationError) as closed:
        await act(hass, "acknowledge_alarm", alarm_id=alarm_id)
    assert closed.value.translation_key == "alarm_closed"
    with pytest.raises(ServiceValidationError) as missing:
        await act(hass, "close_alarm", alarm_id="nope")
    assert missing.value.translation_key == "alarm_not_found"
    assert "No alarm nope" in str(missing.value)


async def test_watch_list_passage_snapshot_notify_acknowledge_close(
    hass: HomeAssistant,
    camera_server: CameraServer,
    notify: dict[str, list[ServiceCall]],
    tmp_path: Path,
) -> None:
    hass.config.config_dir = str(tmp_path)
    entry = await set_up(hass, compound_entry(camera_server.url))
    ids = await populate(hass)
    await act(
        hass, "set_watch", person_id=ids["owner"], level="care", notify=["mobile_app_daughter"]
    )
    alarms = async_capture_events(hass, EVENT_ALARM)
    await act(hass, "present_credential", access_point="North gate", uid="008EC793")
    await hass.async_block_till_done(wait_background_tasks=True)
    (alarm,) = alarms
    alarm_id = alarm.data["alarm_id"]

    # The guard room and the family, with the camera and the buttons.
    for target in ("mobile_app_guard", "mobile_app_daughter"):
        (call,) = notify[target]
        assert call.data["title"] == "Watched resident passed"
        assert "3-1-502" in call.data["message"]
        assert "North gate" in call.data["message"]
        data = call.data["data"]
        # The stored picture through a signed link (no live camera proxy, no login).
        image = URL(data["image"])
        assert image.path == f"/api/compound_security/snapshots/{alarm_id}"
        assert set(image.query) == {"exp", "sig"}
        assert data["clickAction"] == "/compound-security"
        assert data["tag"] == alarm_id
        assert [a["title"] for a in data["actions"]] == ["Acknowledge"]
        assert data["actions"][0]["action"] == f"COMPOUND_SECURITY_ACKNOWLEDGE:{alarm_id}"
    assert notify["wecom_maintenance"] == []  # not this route's kind

    # The snapshot is stored in the integration's private folder (not media, which every
    # user may browse) and referenced by the alarm.
    day = dt_util.now().date().isoformat()
    picture = tmp_path / "compound_security" / "snapshots" / day / f"{alarm_id}.jpg"
    assert picture.read_bytes().startswith(JPEG)
    assert not (tmp_path / "media" / "compound_security").exists()
    record = await entry.runtime_data.audit.async_get_alarm(alarm_id)
    assert record is not None
    assert record["snapshot"] == f"snapshots/{day}/{alarm_id}.jpg"
    log = await act(hass, "query_access_log", person_id=ids["owner"])
    assert log["entries"][0]["alarm_ids"] == [alarm_id]

    # A watch fact is personal data and every user reads every entity: none shows it.
    assert hass.states.get("binary_sensor.north_gate_alarm").state == "off"  # type: ignore[union-attr]
    open_alarms = hass.states.get(f"{PREFIX}_open_alarms")
    assert open_alarms is not None
    assert open_alarms.state == "0"
    assert "watchlist" not in open_alarms.attributes["by_kind"]
    assert "police_watch" not in open_alarms.attributes["by_kind"]
    assert "wanted_person" not in open_alarms.attributes["by_kind"]

    await acknowledge_then_close(hass, entry, alarm_id)


async def test_escalation_when_nobody_acknowledges(
    hass: HomeAssistant, camera_server: CameraServer, notify: dict[str, list[ServiceCall]]
) -> None:
    await set_up(
        hass,
        compound_entry(camera_server.url, escalate_after=5, escalation_targets=["notify.manager"]),
    )
    ids = await populate(hass)
    await act(hass, "set_watch", person_id=ids["owner"], level="care")
    alarms = async_capture_events(hass, EVENT_ALARM)
    await act(hass, "present_credential", access_point="North gate", uid="008EC793")
    await act(hass, "present_credential", access_point="North gate", uid="008EC793")
    await hass.async_block_till_done(wait_background_tasks=True)
    first, second = (event.data["alarm_id"] for event in alarms)
    await act(hass, "acknowledge_alarm", alarm_id=first)
    async_fire_time_changed(hass, dt_util.utcnow() + timedelta(minutes=5, seconds=1))
    await hass.async_block_till_done(wait_background_tasks=True)
    (call,) = notify["manager"]
    assert call.data["message"].startswith("Not acknowledged within 5 min:")
    assert call.data["data"]["tag"] == second
    assert URL(call.data["data"]["image"]).path == f"/api/compound_security/snapshots/{second}"


async def test_a_failed_notification_is_retried_once_and_never_breaks_the_alarm(
    hass: HomeAssistant, camera_server: CameraServer, caplog: pytest.LogCaptureFixture
) -> None:
    calls: list[ServiceCall] = []

    async def flaky(call: ServiceCall) -> None:
        calls.append(call)
        raise HomeAssistantError("push relay unreachable")

    hass.services.async_register("notify", "mobile_app_guard", flaky)
    entry = await set_up(hass, compound_entry(camera_server.url))
    ids = await populate(hass)
    await act(hass, "set_watch", person_id=ids["owner"], level="care")
    with patch("custom_components.compound_security.alarm_desk.RETRY_DELAY", 0):
        await act(hass, "present_credential", access_point="North gate", uid="008EC793")
        await hass.async_block_till_done(wait_background_tasks=True)
    assert len(calls) == 2
    assert "failed twice" in caplog.text
    assert len(entry.runtime_data.desk.open) == 1  # type: ignore[union-attr]


async def test_vehicle_theft_buttons_on_the_owners_phone(
    hass: HomeAssistant,
    camera_server: CameraServer,
    notify: dict[str, list[ServiceCall]],
    hass_read_only_user: MockUser,
    hass_admin_user: MockUser,
) -> None:
    entry = await set_up(hass, compound_entry(camera_server.url))
    gate_calls = async_mock_service(hass, "switch", "turn_on")
    async_mock_service(hass, "switch", "turn_off")
    ids = await populate(hass)
    await act(
        hass,
        "update_person",
        person_id=ids["owner"],
        user_id=hass_read_only_user.id,
        notify=["mobile_app_daughter"],
    )
    alarms = async_capture_events(hass, EVENT_ALARM)
    await act(hass, "set_vehicle_lock", chip_uid="0xE0000001", locked=True)
    chip = {"access_point": "Garage B", "uid": "E0000001", "credential": "vehicle_chip"}
    await act(hass, "present_credential", **chip)
    await hass.async_block_till_done(wait_background_tasks=True)
    theft = alarms[-1].data
    assert theft["kind"] == "vehicle_theft"
    (call,) = notify["mobile_app_daughter"]  # the owner's own phone list
    assert [a["title"] for a in call.data["data"]["actions"]] == [
        "Acknowledge",
        "It is me",
        "Stop it",
    ]
    assert call.data["data"]["push"] == {"interruption-level": "time-sensitive"}
    assert notify["mobile_app_guard"]

    # A stranger's button press is ignored; the owner's "it is me" closes the alarm.
    stranger = await hass.auth.async_create_user("Stranger", group_ids=["system-read-only"])
    for user_id in (stranger.id, hass_read_only_user.id):
        hass.bus.async_fire(
            "mobile_app_notification_action",
            {"action": f"COMPOUND_SECURITY_ITS_ME:{theft['alarm_id']}"},
            context=Context(user_id=user_id),
        )
        await hass.async_block_till_done(wait_background_tasks=True)
        record = await entry.runtime_data.audit.async_get_alarm(theft["alarm_id"])
        assert record is not None
        expected = "open" if user_id == stranger.id else "closed"
        assert record["state"] == expected
    assert record["note"] == "The owner confirmed it was them."

    # "Stop it": the garage barrier stays shut even for a granted card.
    await act(hass, "present_credential", **chip)
    await hass.async_block_till_done(wait_background_tasks=True)
    second = alarms[-1].data["alarm_id"]
    hass.bus.async_fire(
        "mobile_app_notification_action",
        {"action": f"COMPOUND_SECURITY_STOP_IT:{second}"},
        context=Context(user_id=hass_admin_user.id),
    )
    await hass.async_block_till_done(wait_background_tasks=True)
    assert entry.runtime_data.hardware["ap_garage"].shut_until is not None
    await act(hass, "set_vehicle_lock", chip_uid="0xE0000001", locked=False)
    decision = await act(hass, "present_credential", access_point="Garage B", uid="008EC793")
    assert decision["decision"] == "granted"
    await hass.async_block_till_done(wait_background_tasks=True)
    assert gate_calls == []
    record = await entry.runtime_data.audit.async_get_alarm(second)
    assert record is not None
    assert record["state"] == "acknowledged"

    # A resident may acknowledge their own household's alarms only.
    await act(hass, "set_watch", person_id=ids["tenant"], level="care")
    await act(hass, "present_credential", access_point="North gate", uid="0A0B0C0D")
    await hass.async_block_till_done(wait_background_tasks=True)
    neighbours = alarms[-1].data
    assert neighbours["household_id"] == ids["rental"]
    resident = Context(user_id=hass_read_only_user.id)
    with pytest.raises(Unauthorized):
        await act(hass, "close_alarm", context=resident, alarm_id=neighbours["alarm_id"])
    await act(hass, "close_alarm", context=resident, alarm_id=second)


async def test_camera_health_offline_alarm_repair_and_availability(
    hass: HomeAssistant, camera_server: CameraServer, notify: dict[str, list[ServiceCall]]
) -> None:
    entry = await set_up(hass, compound_entry(camera_server.url))
    monitor = entry.runtime_data.cameras["cam_north"]
    health = "binary_sensor.north_gate_camera_picture"
    assert hass.states.get(health).state == "on"  # type: ignore[union-attr]
    assert hass.states.get(f"{PREFIX}_camera_availability").state == "100.0"  # type: ignore[union-attr]
    camera_state = hass.states.get("camera.north_gate_camera")
    assert camera_state is not None
    assert camera_state.attributes["public"] is True
    entity = hass.data["camera"].get_entity("camera.north_gate_camera")
    assert await entity.stream_source() == (
        "rtsp://admin:secret@192.0.2.1:554/Streaming/Channels/101"
    )

    camera_server.mode = "down"
    start = dt_util.now()
    await monitor.async_check(start)
    assert hass.states.get(health).state == "off"  # type: ignore[union-attr]
    assert hass.states.get(f"{PREFIX}_camera_availability").state == "0.0"  # type: ignore[union-attr]
    issues = ir.async_get(hass)
    assert issues.async_get_issue(DOMAIN, "camera_offline_cam_north") is None  # not yet
    await monitor.async_check(start + timedelta(minutes=10))
    await hass.async_block_till_done(wait_background_tasks=True)
    issue = issues.async_get_issue(DOMAIN, "camera_offline_cam_north")
    assert issue is not None
    deadline = dt_util.as_local(start + timedelta(hours=72)).strftime("%Y-%m-%d %H:%M")
    assert issue.translation_placeholders["deadline"] == deadline  # type: ignore[index]
    assert issue.translation_placeholders["problem"] == "unreachable"  # type: ignore[index]
    (call,) = notify["wecom_maintenance"]
    assert call.data["title"] == "Camera offline"
    assert deadline in call.data["message"]
    assert "image" not in call.data["data"]  # its picture is what is missing
    assert hass.states.get("binary_sensor.north_gate_alarm").state == "on"  # type: ignore[union-attr]

    camera_server.mode = "ok"
    await monitor.async_check(start + timedelta(minutes=11))
    await hass.async_block_till_done(wait_background_tasks=True)
    assert issues.async_get_issue(DOMAIN, "camera_offline_cam_north") is None
    assert hass.states.get(health).state == "on"  # type: ignore[union-attr]
    assert hass.states.get("binary_sensor.north_gate_alarm").state == "off"  # type: ignore[union-attr]

    camera_server.mode = "frozen"
    for minute in range(12, 17):
        await monitor.async_check(start + timedelta(minutes=minute))
    state = hass.states.get(health)
    assert state is not None
    assert (state.state, state.attributes["problem"]) == ("off", "frozen")


async def test_a_failed_snapshot_does_not_delay_the_alarm(
    hass: HomeAssistant,
    camera_server: CameraServer,
    notify: dict[str, list[ServiceCall]],
    caplog: pytest.LogCaptureFixture,
) -> None:
    entry = await set_up(hass, compound_entry(camera_server.url))
    ids = await populate(hass)
    await act(hass, "set_watch", person_id=ids["owner"], level="care")
    camera_server.mode = "down"
    with caplog.at_level(logging.WARNING):
        await act(hass, "present_credential", access_point="North gate", uid="008EC793")
        await hass.async_block_till_done(wait_background_tasks=True)
    assert notify["mobile_app_guard"]
    assert "No snapshot from North gate camera" in caplog.text
    (alarm_id,) = entry.runtime_data.desk.open  # type: ignore[union-attr]
    record = await entry.runtime_data.audit.async_get_alarm(alarm_id)
    assert record is not None
    assert record["snapshot"] is None


async def test_a_linked_camera_is_not_duplicated(
    hass: HomeAssistant, camera_server: CameraServer
) -> None:
    entry = compound_entry(camera_server.url)
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done(wait_background_tasks=True)
    result = await hass.config_entries.subentries.async_init(
        (entry.entry_id, "camera"), context={"source": "user"}
    )
    form = {
        "name": "Gate view",
        "public": False,
        "health_interval": 60,
        "offline_after": 10,
        "repair_hours": 72,
    }
    result = await hass.config_entries.subentries.async_configure(result["flow_id"], form)
    assert result["errors"] == {"base": "camera_source"}
    result = await hass.config_entries.subentries.async_configure(
        result["flow_id"], form | {"snapshot_url": "ftp://x", "stream_url": "x"}
    )
    assert result["errors"] == {"snapshot_url": "url_invalid", "stream_url": "url_invalid"}
    result = await hass.config_entries.subentries.async_configure(
        result["flow_id"],
        form | {"camera_entity": "camera.north_gate_camera", "access_points": ["ap_north"]},
    )
    # Linked as not public: the flow says that it cannot hide another integration's entity.
    assert result["step_id"] == "linked_not_hidden"
    assert result["description_placeholders"] == {"camera_entity": "camera.north_gate_camera"}
    result = await hass.config_entries.subentries.async_configure(result["flow_id"], {})
    assert result["type"] == "create_entry"
    await hass.async_block_till_done(wait_background_tasks=True)
    linked = next(m for m in entry.runtime_data.cameras.values() if m.name == "Gate view")
    assert linked.entity_id == "camera.north_gate_camera"
    assert hass.states.get("camera.gate_view") is None  # no copy
    await linked.async_check()
    assert linked.health.online is True  # fetched through Home Assistant's camera


async def test_notification_route_flow(hass: HomeAssistant, camera_server: CameraServer) -> None:
    entry = await set_up(hass, compound_entry(camera_server.url))
    result = await hass.config_entries.subentries.async_init(
        (entry.entry_id, "notification_route"), context={"source": "user"}
    )
    result = await hass.config_entries.subentries.async_configure(
        result["flow_id"], {"name": "Police", "kinds": ["wanted_person"], "targets": ["bad target"]}
    )
    assert result["errors"] == {"targets": "notify_target_invalid"}
    # Every user reads persistent notifications: never a route for alarms.
    result = await hass.config_entries.subentries.async_configure(
        result["flow_id"],
        {"name": "Screen", "targets": ["notify.mobile_app_guard", "persistent_notification"]},
    )
    assert result["errors"] == {"targets": "notify_target_shared"}
    result = await hass.config_entries.subentries.async_configure(
        result["flow_id"], {"name": "Guard room", "targets": []}
    )
    assert result["errors"] == {"name": "name_exists", "targets": "targets_required"}
    result = await hass.config_entries.subentries.async_configure(
        result["flow_id"],
        {"name": "Police", "kinds": ["wanted_person"], "targets": ["dingtalk_police"]},
    )
    assert result["type"] == "create_entry"
    assert result["data"] == {"kinds": ["wanted_person"], "targets": ["notify.dingtalk_police"]}
    await hass.async_block_till_done(wait_background_tasks=True)
    routes = entry.runtime_data.desk.routes  # type: ignore[union-attr]
    assert [route.name for route in routes] == ["Guard room", "Maintenance", "Police"]


async def test_a_late_alarm_takes_no_picture_of_now(
    hass: HomeAssistant,
    camera_server: CameraServer,
    notify: dict[str, list[ServiceCall]],
    tmp_path: Path,
) -> None:
    hass.config.config_dir = str(tmp_path)
    entry = await set_up(hass, compound_entry(camera_server.url))
    controller = entry.runtime_data.controller
    moment = dt_util.now() - timedelta(minutes=5)
    late = Alarm(AlarmKind.FORCED_ENTRY, Severity.CRITICAL, moment, "ap_north", late=True)
    now = Alarm(AlarmKind.FORCED_ENTRY, Severity.CRITICAL, dt_util.now(), "ap_north")
    controller.async_raise(late)
    controller.async_raise(now)
    await hass.async_block_till_done(wait_background_tasks=True)
    late_record = await entry.runtime_data.audit.async_get_alarm(late.alarm_id)
    now_record = await entry.runtime_data.audit.async_get_alarm(now.alarm_id)
    assert late_record is not None
    assert now_record is not None
    assert late_record["snapshot"] is None  # read back from a log: no picture of now
    assert now_record["snapshot"] is not None
    assert "late" in late_record["message"]
