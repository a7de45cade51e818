"""E-bikes in elevators: Frigate's events on a real Mosquitto, the simulator publishing.

The broker is the one `test_mqtt_broker.py` starts; Home Assistant's MQTT integration
connects to it, and the simulator's Frigate publisher (a paho client) sends the events.
The elevator camera's snapshot URL is a real local HTTP server.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator
from pathlib import Path
from typing import Any

from aiohttp import web
from aiohttp.test_utils import TestServer
from homeassistant.components import mqtt
from homeassistant.config_entries import ConfigSubentryDataWithId
from homeassistant.core import Event, HomeAssistant, ServiceCall
import paho.mqtt.client as paho
from paho.mqtt.enums import CallbackAPIVersion
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_capture_events,
    async_mock_service,
)
from yarl import URL

from compound_simulator.frigate_events import TrackedObject, publish_event, ride_elevator
from custom_components.compound_security.const import DOMAIN, EVENT_ALARM
from custom_components.compound_security.diagnostics import async_get_config_entry_diagnostics
from custom_components.compound_security.elevator_watch import ElevatorWatch

from .test_mqtt_broker import Broker, wait_for

pytestmark = pytest.mark.usefixtures("socket_enabled")

JPEG = b"\xff\xd8\xff\xe0elevator-3"


@pytest.fixture
async def mosquitto(tmp_path: Path) -> AsyncGenerator[Broker]:
    import socket  # noqa: PLC0415

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = tmp_path / "mosquitto.conf"
    config.write_text(f"listener {port} 127.0.0.1\nallow_anonymous true\npersistence false\n")
    broker = Broker(port, config)
    await broker.start()
    yield broker
    broker.stop()


@pytest.fixture
async def elevator_camera() -> AsyncGenerator[str]:
    async def snapshot(_request: web.Request) -> web.Response:
        return web.Response(body=JPEG, content_type="image/jpeg")

    app = web.Application()
    app.router.add_get("/api/elevator_3/latest.jpg", snapshot)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    yield str(server.make_url("/api/elevator_3/latest.jpg"))
    await server.close()


def elevator(subentry_id: str, title: str, **data: Any) -> ConfigSubentryDataWithId:
    return ConfigSubentryDataWithId(
        subentry_id=subentry_id,
        subentry_type="camera",
        title=title,
        unique_id=title.casefold(),
        data={"access_points": [], "public": False} | data,
    )


async def set_up(hass: HomeAssistant, port: int, camera_url: str) -> MockConfigEntry:
    (Path(hass.config.config_dir) / "configuration.yaml").write_text("")
    mqtt_entry = MockConfigEntry(
        domain="mqtt",
        data={"broker": "127.0.0.1", "port": port},
        options={"birth_message": {}, "will_message": {}},
        version=2,
    )
    mqtt_entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(mqtt_entry.entry_id)
    await hass.async_block_till_done()
    assert await mqtt.async_wait_for_mqtt_client(hass)
    compound = MockConfigEntry(
        domain=DOMAIN,
        title="元丰天山花园",
        unique_id="元丰天山花园",
        data={"name": "元丰天山花园"},
        options={"min_area_per_person": 10.0, "retention_days": 180, "escalate_after": 0},
        subentries_data=[
            elevator(
                "cam_elevator_3",
                "Building 3 elevator",
                snapshot_url=camera_url,
                elevator_building="3",
                frigate_camera="elevator_3",
                frigate_zone="car",
            ),
            elevator(
                "cam_elevator_5",
                "Building 5 elevator",
                camera_entity="camera.elevator_5",
                elevator_building="5",
                frigate_camera="elevator_5",
                ebike_labels=["ebike"],
            ),
            ConfigSubentryDataWithId(
                subentry_id="route_guard",
                subentry_type="notification_route",
                title="Guard room",
                unique_id="guard room",
                data={"kinds": ["ebike_in_elevator"], "targets": ["notify.mobile_app_guard"]},
            ),
        ],
    )
    compound.add_to_hass(hass)
    assert await hass.config_entries.async_setup(compound.entry_id)
    await hass.async_block_till_done(wait_background_tasks=True)
    return compound


class Frigate:
    """The simulator's publisher on a paho client of its own."""

    def __init__(self, hass: HomeAssistant, port: int) -> None:
        self.hass = hass
        self.port = port
        self.client = paho.Client(CallbackAPIVersion.VERSION2, client_id="frigate")

    async def connect(self) -> None:
        await self.hass.async_add_executor_job(self.client.connect, "127.0.0.1", self.port)
        self.client.loop_start()

    async def until_heard(self, watch: ElevatorWatch) -> None:
        """Probe until Home Assistant's subscription reached the broker (counted as junk)."""
        async with asyncio.timeout(30):
            while not watch.malformed:
                self.client.publish("frigate/events", "probe")
                await asyncio.sleep(0.1)

    def stop(self) -> None:
        self.client.disconnect()
        self.client.loop_stop()


async def test_an_ebike_in_the_elevator_raises_once_per_object(
    hass: HomeAssistant, mosquitto: Broker, elevator_camera: str, tmp_path: Path
) -> None:
    hass.config.config_dir = str(tmp_path)
    guard = async_mock_service(hass, "notify", "mobile_app_guard")
    alarms = async_capture_events(hass, EVENT_ALARM)
    compound = await set_up(hass, mosquitto.port, elevator_camera)
    (watch,) = compound.runtime_data.elevator_watches  # one prefix: one subscription
    frigate = Frigate(hass, mosquitto.port)
    await frigate.connect()
    try:
        await frigate.until_heard(watch)
        await _ride(hass, compound, frigate, alarms, guard, elevator_camera, tmp_path)
    finally:
        frigate.stop()
    assert await hass.config_entries.async_unload(compound.entry_id)
    await hass.async_block_till_done()


async def _ride(
    hass: HomeAssistant,
    compound: MockConfigEntry,
    frigate: Frigate,
    alarms: list[Event[dict[str, Any]]],
    guard: list[ServiceCall],
    elevator_camera: str,
    tmp_path: Path,
) -> None:
    (watch,) = compound.runtime_data.elevator_watches

    async def next_alarm(count: int) -> Event[dict[str, Any]]:
        await wait_for(lambda: len(alarms) >= count)
        await hass.async_block_till_done(wait_background_tasks=True)
        assert len(alarms) == count  # nothing in between raised one
        return alarms[-1]

    # Wheeled in, seen entering the car zone, updated again, gone: one alarm.
    ebike = ride_elevator(frigate.client, "elevator_3", zone="car")
    alarm = await next_alarm(1)
    assert alarm.data["kind"] == "ebike_in_elevator"
    assert alarm.data["severity"] == "warning"
    assert (alarm.data["camera"], alarm.data["building"]) == ("cam_elevator_3", "3")
    assert alarm.data["access_point"] is None
    assert "building 3" in alarm.data["message"]
    assert "Building 3 elevator" in alarm.data["message"]
    alarm_id = alarm.data["alarm_id"]
    probes = watch.malformed  # every probe came before the e-bike: all are counted now

    # The elevator camera's own snapshot, on the alarm and in the guard's notification.
    record = await compound.runtime_data.audit.async_get_alarm(alarm_id)
    assert record is not None
    assert record["snapshot"] is not None
    assert (tmp_path / "compound_security" / record["snapshot"]).read_bytes() == JPEG
    (call,) = guard
    assert call.data["title"] == "E-bike in the elevator"
    assert URL(call.data["data"]["image"]).path == f"/api/compound_security/snapshots/{alarm_id}"

    # Frigate repeating the same object (even in the zone again) raises nothing new; nor
    # a person, another camera, an e-bike outside the zone, a false positive, an `end`,
    # a bicycle where only `ebike` counts, or messages that are not events.
    publish_event(frigate.client, ebike, "update", zones=["car"])
    others: list[tuple[str, str, list[str], bool]] = [
        ("elevator_3", "person", ["car"], False),
        ("lobby", "bicycle", ["car"], False),
        ("elevator_3", "bicycle", ["hall"], False),
        ("elevator_3", "motorcycle", ["car"], True),
        ("elevator_5", "bicycle", [], False),
    ]
    for camera, label, zones, false_positive in others:
        tracked = TrackedObject(camera, label, false_positive=false_positive)
        publish_event(frigate.client, tracked, "new", zones=zones)
    publish_event(frigate.client, TrackedObject("elevator_3", "bicycle"), "end", zones=["car"])
    for junk in ("not json", b"\xff\xfe\x00", '{"type": "new", "after": []}'):
        frigate.client.publish("frigate/events", junk)
    # A second e-bike: a second alarm (and the subscription outlived the junk).
    ride_elevator(frigate.client, "elevator_3", label="motorcycle", zone="car")
    second = await next_alarm(2)
    assert second.data["alarm_id"] != alarm_id
    assert watch.malformed == probes + 3
    # Another building's elevator, with a custom model's label and no zone.
    ride_elevator(frigate.client, "elevator_5", label="ebike")
    third = await next_alarm(3)
    assert (third.data["camera"], third.data["building"]) == ("cam_elevator_5", "5")
    diagnostics = await async_get_config_entry_diagnostics(hass, compound)
    assert diagnostics["runtime"]["elevator_watches"] == {
        "frigate/events": {"cameras": 2, "alarms_raised": 3, "malformed_messages": probes + 3}
    }

    # No picture path or link reaches an entity (every user reads every entity).
    for state in hass.states.async_all():
        text = f"{state.state} {state.attributes}"
        assert "snapshots/" not in text
        assert alarm_id not in text
        assert elevator_camera not in text
