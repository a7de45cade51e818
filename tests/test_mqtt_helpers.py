"""MQTT readers, door contacts and relays with Home Assistant's MQTT test helpers (fast)."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from datetime import timedelta

from homeassistant.config_entries import ConfigSubentryData
from homeassistant.core import HomeAssistant
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_capture_events,
    async_fire_mqtt_message,
    async_fire_time_changed,
)
from pytest_homeassistant_custom_component.typing import MqttMockHAClient

from custom_components.compound_security.const import DOMAIN, EVENT_ACCESS, EVENT_ALARM
from custom_components.compound_security.engine.audit import AccessQuery

from .helpers import populate

SHELLY_PULSE = (
    '{"id":1,"src":"compound","method":"Switch.Set","params":{"id":0,"on":true,"toggle_after":1}}'
)
CHIP = '{"uid": "E0000001", "credential": "vehicle_chip"}'


@pytest.fixture
async def compound(
    hass: HomeAssistant, mqtt_mock: MqttMockHAClient
) -> AsyncGenerator[MockConfigEntry]:
    entry = MockConfigEntry(
        domain=DOMAIN,
        title="A",
        unique_id="a",
        data={"name": "A"},
        options={},
        subentries_data=[
            ConfigSubentryData(
                subentry_type="access_point",
                title="Garage",
                unique_id="garage",
                data={
                    "zone": "garage",
                    "direction": "both",
                    "reader_mqtt_topic": "tele/garage/SENSOR",
                    "gate_mqtt_topic": "shelly-garage/rpc",
                    "gate_mqtt_payload": SHELLY_PULSE,
                    "pulse_seconds": 1.0,
                    "door_mqtt_topic": "zigbee2mqtt/garage_door",
                    "forced_window": 10,
                    "held_open_after": 60,
                },
            )
        ],
    )
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    await populate(hass)
    yield entry
    assert await hass.config_entries.async_unload(entry.entry_id)
    async_fire_time_changed(hass, dt_util.utcnow() + timedelta(seconds=10))  # MQTT's cooldowns
    await hass.async_block_till_done()


async def test_generic_json_card_then_chip_opens_a_shelly(
    hass: HomeAssistant, mqtt_mock: MqttMockHAClient, compound: MockConfigEntry
) -> None:
    decisions = async_capture_events(hass, EVENT_ACCESS)
    async_fire_mqtt_message(hass, "tele/garage/SENSOR", '{"uid": "0x8ec793"}')
    async_fire_mqtt_message(
        hass, "tele/garage/SENSOR", '{"uid": "E0000001", "credential": "vehicle_chip"}'
    )
    async_fire_mqtt_message(hass, "tele/garage/SENSOR", '{"uid": "0x8ec793"}')  # within 2 s: once
    async_fire_mqtt_message(hass, "tele/garage/SENSOR", "garbage")
    await hass.async_block_till_done()
    assert [(d.data["credential"], d.data["decision"]) for d in decisions] == [
        ("card", "granted"),
        ("vehicle_chip", "granted"),
    ]
    publish = mqtt_mock.async_publish
    assert publish.call_count == 2
    assert publish.call_args_list[0].args[:4] == ("shelly-garage/rpc", SHELLY_PULSE, 1, False)


async def test_zigbee_contact_forced(
    hass: HomeAssistant, mqtt_mock: MqttMockHAClient, compound: MockConfigEntry
) -> None:
    alarms = async_capture_events(hass, EVENT_ALARM)
    async_fire_mqtt_message(hass, "zigbee2mqtt/garage_door", '{"contact":true}')
    async_fire_mqtt_message(hass, "zigbee2mqtt/garage_door", '{"contact":false,"battery":90}')
    async_fire_mqtt_message(
        hass, "zigbee2mqtt/garage_door", '{"battery":90}'
    )  # no contact: ignored
    await hass.async_block_till_done()
    assert [a.data["kind"] for a in alarms] == ["forced_entry"]


async def test_forged_uids_open_nothing_and_decide_nothing(
    hass: HomeAssistant,
    mqtt_mock: MqttMockHAClient,
    compound: MockConfigEntry,
) -> None:
    decisions = async_capture_events(hass, EVENT_ACCESS)
    for payload in (
        '{"uid": -5}',
        '{"uid": 1e-05}',
        '{"uid": 5e-324}',
        '{"uid": true}',
        '{"uid": "99999999999999999999999"}',
        '{"Wiegand":{"UID":-5,"Size":26}}',
        '{"Wiegand":{"UID":true,"Size":26}}',
        '{"PN532":{"UID":-5}}',
        '{"RDM6300":{"UID":"-8EC793"}}',
    ):
        async_fire_mqtt_message(hass, "tele/garage/SENSOR", payload)
    await hass.async_block_till_done()
    assert decisions == []
    assert mqtt_mock.async_publish.call_count == 0
    assert await compound.runtime_data.audit.async_query(AccessQuery()) == []
