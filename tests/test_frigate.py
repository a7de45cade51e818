"""Faces and plates from Frigate through a real Mosquitto broker and Home Assistant's MQTT.

Messages come from `mosquitto_pub` as Frigate 0.16 publishes them on
`frigate/tracked_object_update` and `frigate/events`.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator
from datetime import timedelta
import json
import logging
from pathlib import Path
from typing import Any

from homeassistant.components import mqtt
from homeassistant.config_entries import ConfigSubentryData
from homeassistant.core import Event, HomeAssistant
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry, async_capture_events

from compound_simulator.frigate import async_publish_recognition
from compound_simulator.frigate_events import FrigateFeed
from custom_components.compound_security.const import (
    DEBOUNCE_SECONDS,
    DOMAIN,
    EVENT_ACCESS,
    EVENT_ALARM,
)
from custom_components.compound_security.engine.audit import AccessQuery

from .helpers import act, populate, registry_of
from .test_mqtt_broker import Broker, broker, wait_for

__all__ = ["broker"]  # the broker fixture, shared with the MQTT reader tests

pytestmark = pytest.mark.usefixtures("socket_enabled")

UPDATES = "frigate/tracked_object_update"
EVENTS = "frigate/events"
CARDS = "tele/unit_door_reader/SENSOR"
FACE_NAME = "wang_nainai"


def _access_point(title: str, **data: Any) -> ConfigSubentryData:
    return ConfigSubentryData(
        subentry_type="access_point",
        title=title,
        unique_id=title.casefold(),
        data={"direction": "both", **data},
    )


@pytest.fixture
async def frigate_compound(
    hass: HomeAssistant, broker: Broker, tmp_path: Path
) -> AsyncGenerator[dict[str, str]]:
    hass.config.config_dir = str(tmp_path)
    (tmp_path / "configuration.yaml").write_text("")
    mqtt_entry = MockConfigEntry(
        domain="mqtt",
        data={"broker": "127.0.0.1", "port": broker.port},
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
        options={"min_area_per_person": 10.0, "retention_days": 180},
        subentries_data=[
            _access_point("North gate", zone="compound_gate", frigate_cameras=["north_gate"]),
            _access_point(
                "Unit door",
                zone="unit_door",
                building="3",
                unit="1",
                reader_mqtt_topic=CARDS,
                frigate_cameras=["unit_door"],
                card_and_face=True,
            ),
            _access_point(
                "Garage", zone="garage", frigate_cameras=["garage_in"], frigate_score_threshold=0.8
            ),
        ],
    )
    compound.add_to_hass(hass)
    assert await hass.config_entries.async_setup(compound.entry_id)
    await hass.async_block_till_done()
    ids = await populate(hass)
    await registry_of(hass).people.async_update_item(ids["owner"], {"face_name": FACE_NAME})
    await act(
        hass,
        "add_vehicle",
        person_id=ids["owner"],
        chip_uid="0xE0000009",
        kind="car",
        plate="沪A·12345",
    )
    await _until_subscribed(hass, broker)
    yield ids
    assert await hass.config_entries.async_unload(compound.entry_id)
    assert await hass.config_entries.async_unload(mqtt_entry.entry_id)
    await hass.async_block_till_done()


async def _until_subscribed(hass: HomeAssistant, broker: Broker) -> None:
    """Wait until Frigate's topics reach our readers (MQTT subscribes discovery first)."""
    (entry,) = hass.config_entries.async_entries(DOMAIN)
    readers = [h.frigate for h in entry.runtime_data.hardware.values() if h.frigate is not None]
    async with asyncio.timeout(30):
        while not all(reader.dropped for reader in readers):
            await broker.publish(UPDATES, "probe")
            await broker.publish(CARDS, "probe")
            await asyncio.sleep(0.2)
    await asyncio.sleep(0.3)  # the last probes, dropped too
    for reader in readers:
        reader.dropped = 0


def face(camera: str, object_id: str, name: str = FACE_NAME, score: float = 0.95) -> str:
    return json.dumps(
        {
            "type": "face",
            "id": object_id,
            "name": name,
            "score": score,
            "camera": camera,
            "timestamp": 1764489600.0,
        }
    )


def summary(events: list[Event]) -> list[tuple[str, str, str, str]]:
    return [
        (e.data["access_point"], e.data["credential"], e.data["decision"], e.data["reason"])
        for e in events
    ]


async def settle(hass: HomeAssistant) -> None:
    await asyncio.sleep(0.5)  # anything else the broker still had for us
    await hass.async_block_till_done()


async def test_faces_open_once_above_the_threshold_and_stay_private(
    hass: HomeAssistant,
    broker: Broker,
    frigate_compound: dict[str, str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    decisions = async_capture_events(hass, EVENT_ACCESS)
    alarms = async_capture_events(hass, EVENT_ALARM)

    await broker.publish(UPDATES, face("north_gate", "obj-1", score=0.6))  # below: nothing
    await broker.publish(UPDATES, face("east_gate", "obj-9"))  # not this gate's camera
    await broker.publish(UPDATES, "{not json")  # dropped, counted
    await broker.publish(UPDATES, face("north_gate", "obj-1", score=0.95))  # surer: opens
    await broker.publish(UPDATES, face("north_gate", "obj-1", score=0.97))  # repeated
    event = {
        "type": "update",
        "before": {},
        "after": {
            "id": "obj-1",
            "camera": "north_gate",
            "label": "person",
            "sub_label": [FACE_NAME, 0.97],
        },
    }
    await broker.publish(EVENTS, json.dumps(event))  # the same object on the other topic
    await wait_for(lambda: decisions)
    await settle(hass)
    assert summary(decisions) == [(decisions[0].data["access_point"], "face", "granted", "granted")]
    assert decisions[0].data["uid"] == frigate_compound["owner"]
    assert decisions[0].data["person_id"] == frigate_compound["owner"]

    entry = hass.config_entries.async_entries(DOMAIN)[0]
    hardware = entry.runtime_data.hardware
    dropped = [h.frigate.dropped for h in hardware.values() if h.frigate is not None]
    assert sum(dropped) == len(dropped)  # every access point's reader dropped the bad one

    # Unknown faces: each denied once, and no repeated-denials alarm however many.
    for n in range(8):
        await broker.publish(UPDATES, face("north_gate", f"stranger-{n}", name="unknown_42"))
    await wait_for(lambda: len(decisions) == 9)
    await settle(hass)
    assert [d.data["reason"] for d in decisions[1:]] == ["unknown_credential"] * 8
    assert all(d.data["uid"] == "" for d in decisions[1:])
    assert not alarms

    await entry.runtime_data.audit.async_flush()
    rows = await entry.runtime_data.audit.async_query(AccessQuery(limit=20))
    assert {row["score"] for row in rows if row["decision"] == "granted"} == {0.95}

    # The face name is personal data: nowhere in logs, states or events.
    # Our own log lines, at every level (MQTT's debug lines and mosquitto_pub's arguments
    # carry the payloads they were given, which is theirs, not ours).
    ours = "\n".join(
        r.getMessage() for r in caplog.records if r.name.startswith("custom_components.")
    )
    assert "Frigate message" in ours  # the dropped one, named by its topic only
    assert FACE_NAME not in ours
    assert "unknown_42" not in ours
    for state in hass.states.async_all():
        assert FACE_NAME not in str(state.as_dict())
    assert FACE_NAME not in str([d.data for d in decisions])


async def test_card_and_face_open_only_together_within_ten_seconds(
    hass: HomeAssistant,
    broker: Broker,
    frigate_compound: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The clock moves ahead by hand (a frozen one would stop the broker's event loop).
    ahead = [timedelta()]
    real_now = dt_util.now
    monkeypatch.setattr(dt_util, "now", lambda time_zone=None: real_now(time_zone) + ahead[0])
    decisions = async_capture_events(hass, EVENT_ACCESS)
    card = '{"RDM6300":{"UID":"008EC793"}}'

    await broker.publish(CARDS, card)  # the card alone waits
    await settle(hass)
    assert decisions == []
    ahead[0] += timedelta(seconds=9)
    await broker.publish(UPDATES, face("unit_door", "door-1"))  # its face within 10 s
    await wait_for(lambda: decisions)
    await settle(hass)
    assert [(d.data["credential"], d.data["decision"]) for d in decisions] == [
        ("card_face", "granted")
    ]

    ahead[0] += timedelta(minutes=5)
    await broker.publish(UPDATES, face("unit_door", "door-2"))  # the face alone waits
    await settle(hass)
    ahead[0] += timedelta(seconds=11)
    await asyncio.sleep(DEBOUNCE_SECONDS)  # the reader's own debounce, in real time
    await broker.publish(CARDS, card)  # the card 11 s later: no pair
    await settle(hass)
    assert len(decisions) == 1
    ahead[0] += timedelta(seconds=3)
    await broker.publish(UPDATES, face("unit_door", "door-3"))  # that card's own pair
    await wait_for(lambda: len(decisions) == 2)
    assert decisions[1].data["credential"] == "card_face"


async def test_a_plate_opens_the_garage(
    hass: HomeAssistant, broker: Broker, frigate_compound: dict[str, str]
) -> None:
    decisions = async_capture_events(hass, EVENT_ACCESS)
    lpr = {
        "type": "lpr",
        "id": "car-1",
        "name": None,
        "plate": "沪A12345",
        "score": 0.85,
        "camera": "garage_in",
        "timestamp": 1764489600.0,
    }
    await broker.publish(UPDATES, json.dumps(lpr))
    event = {
        "type": "update",
        "after": {
            "id": "car-1",
            "camera": "garage_in",
            "label": "car",
            "recognized_license_plate": "沪A12345",
            "recognized_license_plate_score": 0.88,
        },
    }
    await broker.publish(EVENTS, json.dumps(event))
    await wait_for(lambda: decisions)
    await settle(hass)
    assert [(d.data["credential"], d.data["decision"]) for d in decisions] == [("plate", "granted")]
    car = registry_of(hass).engine.find_plate("沪A12345")
    assert car is not None
    assert decisions[0].data["vehicle_id"] == car.id == decisions[0].data["uid"]


async def test_the_simulators_frigate_opens_the_gate_once(
    hass: HomeAssistant, broker: Broker, frigate_compound: dict[str, str]
) -> None:
    decisions = async_capture_events(hass, EVENT_ACCESS)
    host, port = "127.0.0.1", broker.port
    await async_publish_recognition(host, port, "face", "north_gate", FACE_NAME, 0.96, "sim-1")
    await async_publish_recognition(host, port, "lpr", "garage_in", "沪A 12345", 0.92, "sim-2")
    await wait_for(lambda: len(decisions) == 2)
    await settle(hass)
    assert sorted((d.data["credential"], d.data["decision"]) for d in decisions) == [
        ("face", "granted"),
        ("plate", "granted"),
    ]  # each object once, though it came on both topics
    assert frigate_compound["owner"] in {d.data["person_id"] for d in decisions}


async def test_the_demos_frigate_feed_recognises_on_its_own_connection(
    hass: HomeAssistant, broker: Broker, frigate_compound: dict[str, str]
) -> None:
    decisions = async_capture_events(hass, EVENT_ACCESS)
    feed = FrigateFeed("127.0.0.1", broker.port)
    feed.start()
    try:
        await wait_for(feed._client.is_connected)
        feed.recognise("face", "north_gate", FACE_NAME)
        await wait_for(lambda: len(decisions) == 1)
    finally:
        feed.stop()
    await settle(hass)
    assert [(d.data["credential"], d.data["decision"]) for d in decisions] == [("face", "granted")]
    assert decisions[0].data["person_id"] == frigate_compound["owner"]
