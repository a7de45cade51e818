"""MQTT readers, relays and door contacts through a real Mosquitto broker.

The broker is Debian's `mosquitto` (installed by script/setup), started here on a free
loopback port; Home Assistant's own MQTT integration connects to it, and messages come
from `mosquitto_pub` as a Tasmota reader or a Zigbee2MQTT contact would send them.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator
from dataclasses import dataclass
from pathlib import Path
import shutil
import socket
import subprocess

from homeassistant.components import mqtt
from homeassistant.config_entries import ConfigSubentryData
from homeassistant.core import HomeAssistant
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry, async_capture_events

from custom_components.compound_security.const import DOMAIN, EVENT_ACCESS, EVENT_ALARM

from .helpers import populate

pytestmark = pytest.mark.usefixtures("socket_enabled")

READER = "tele/north_gate_reader/SENSOR"
RELAY = "cmnd/north_gate_relay/POWER1"
DOOR = "zigbee2mqtt/north_gate_door"


def _binary(name: str) -> str:
    path = shutil.which(name) or shutil.which(name, path="/usr/sbin:/usr/bin")
    if path is None:
        pytest.fail(f"{name} is missing: run script/setup (it installs Debian's mosquitto)")
    return path


@dataclass
class Broker:
    port: int
    config: Path
    process: subprocess.Popen[bytes] | None = None

    async def start(self) -> None:
        self.process = subprocess.Popen(  # noqa: ASYNC220, S603
            [_binary("mosquitto"), "-c", str(self.config)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        async with asyncio.timeout(10):
            while True:
                try:
                    _, writer = await asyncio.open_connection("127.0.0.1", self.port)
                except OSError:
                    await asyncio.sleep(0.05)
                else:
                    writer.close()
                    return

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(5)
            self.process = None

    async def publish(self, topic: str, payload: str) -> None:
        process = await asyncio.create_subprocess_exec(
            _binary("mosquitto_pub"),
            "-h",
            "127.0.0.1",
            "-p",
            str(self.port),
            "-t",
            topic,
            "-m",
            payload,
        )
        assert await process.wait() == 0

    async def receive_one(self, topic: str) -> asyncio.subprocess.Process:
        process = await asyncio.create_subprocess_exec(
            _binary("mosquitto_sub"),
            "-h",
            "127.0.0.1",
            "-p",
            str(self.port),
            "-t",
            topic,
            "-C",
            "1",
            stdout=asyncio.subprocess.PIPE,
        )
        await asyncio.sleep(0.3)  # let it subscribe
        return process


@pytest.fixture
async def broker(tmp_path: Path) -> AsyncGenerator[Broker]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = tmp_path / "mosquitto.conf"
    config.write_text(f"listener {port} 127.0.0.1\nallow_anonymous true\npersistence false\n")
    broker = Broker(port, config)
    await broker.start()
    yield broker
    broker.stop()


async def wait_for(condition: object) -> None:
    async with asyncio.timeout(30):
        while not condition():  # type: ignore[operator]  # noqa: ASYNC110
            await asyncio.sleep(0.05)


async def test_tasmota_reader_relay_and_zigbee_door(
    hass: HomeAssistant, broker: Broker, tmp_path: Path
) -> None:
    hass.config.config_dir = str(tmp_path)
    (tmp_path / "configuration.yaml").write_text("")  # MQTT reads its YAML part at setup
    mqtt_entry = MockConfigEntry(
        domain="mqtt",
        data={"broker": "127.0.0.1", "port": broker.port},
        # No birth message: its publish after the reconnect would race the unload below.
        options={"birth_message": {}, "will_message": {}},
        version=2,
    )
    mqtt_entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(mqtt_entry.entry_id)
    await hass.async_block_till_done()
    assert await mqtt.async_wait_for_mqtt_client(hass)
    compound = MockConfigEntry(
        domain=DOMAIN,
        title="漕湖花园五区",
        unique_id="漕湖花园五区",
        data={"name": "漕湖花园五区"},
        options={"min_area_per_person": 10.0, "retention_days": 180},
        subentries_data=[
            ConfigSubentryData(
                subentry_type="access_point",
                title="North gate",
                unique_id="north gate",
                data={
                    "zone": "compound_gate",
                    "direction": "both",
                    "reader_mqtt_topic": READER,
                    "gate_mqtt_topic": RELAY,
                    "gate_mqtt_payload": "ON",
                    "pulse_seconds": 1.0,
                    "door_mqtt_topic": DOOR,
                    "forced_window": 1,
                    "held_open_after": 60,
                },
            )
        ],
    )
    compound.add_to_hass(hass)
    assert await hass.config_entries.async_setup(compound.entry_id)
    await hass.async_block_till_done()
    await populate(hass)
    decisions = async_capture_events(hass, EVENT_ACCESS)
    alarms = async_capture_events(hass, EVENT_ALARM)
    await asyncio.sleep(0.3)  # our subscriptions reach the broker

    relay = await broker.receive_one(RELAY)
    await broker.publish(READER, '{"Time":"2026-11-20T08:00:00","RDM6300":{"UID":"008EC793"}}')
    await wait_for(lambda: decisions)
    assert [(d.data["decision"], d.data["uid"]) for d in decisions] == [("granted", "008EC793")]
    stdout, _ = await asyncio.wait_for(relay.communicate(), 10)
    assert stdout.strip() == b"ON"  # the gate command went out on the relay's topic

    await broker.publish(DOOR, '{"contact":false,"battery":100}')  # opened right after: fine
    await broker.publish(DOOR, '{"contact":true}')
    await asyncio.sleep(1.2)  # past the forced-entry window
    await broker.publish(DOOR, '{"contact":false,"linkquality":153}')
    await wait_for(lambda: alarms)
    assert [a.data["kind"] for a in alarms] == ["forced_entry"]

    await broker.publish(READER, "not json")  # ignored, nothing breaks
    broker.stop()  # the broker goes away and comes back
    await wait_for(lambda: not mqtt.is_connected(hass))
    await broker.start()
    await wait_for(lambda: mqtt.is_connected(hass))
    await asyncio.sleep(1)  # subscriptions restored
    await broker.publish(READER, '{"Wiegand":{"UID":9357203,"Size":26}}')
    await wait_for(lambda: len(decisions) == 2)
    await asyncio.sleep(0.5)
    assert [(d.data["decision"], d.data["uid"]) for d in decisions] == [("granted", "008EC793")] * 2

    assert await hass.config_entries.async_unload(compound.entry_id)
    assert await hass.config_entries.async_unload(mqtt_entry.entry_id)
    await hass.async_block_till_done()


async def test_missing_mqtt_raises_a_repair_issue(hass: HomeAssistant) -> None:
    from homeassistant.helpers import issue_registry as ir  # noqa: PLC0415

    compound = MockConfigEntry(
        domain=DOMAIN,
        title="A",
        unique_id="a",
        data={"name": "A"},
        options={},
        subentries_data=[
            ConfigSubentryData(
                subentry_type="access_point",
                title="Gate",
                unique_id="gate",
                data={"zone": "compound_gate", "direction": "both", "reader_mqtt_topic": READER},
            )
        ],
    )
    compound.add_to_hass(hass)
    assert await hass.config_entries.async_setup(compound.entry_id)
    await hass.async_block_till_done()
    subentry_id = next(iter(compound.subentries))
    issue = ir.async_get(hass).async_get_issue(DOMAIN, f"mqtt_unavailable_{subentry_id}")
    assert issue is not None
    assert issue.translation_placeholders == {"access_point": "Gate"}
