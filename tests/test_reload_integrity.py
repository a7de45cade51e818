"""A reload or restart loses nothing and invents nothing: doors, gates and the access log."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator
from datetime import timedelta
import logging
from types import MappingProxyType

from freezegun.api import FrozenDateTimeFactory
from homeassistant.config_entries import ConfigEntryState, ConfigSubentry, ConfigSubentryData
from homeassistant.core import HomeAssistant, ServiceCall, State
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_capture_events,
    async_fire_mqtt_message,
    async_fire_time_changed,
    async_mock_service,
    mock_restore_cache_with_extra_data,
)
from pytest_homeassistant_custom_component.typing import MqttMockHAClient

from custom_components.compound_security.const import DOMAIN, EVENT_ACCESS, EVENT_ALARM

from .helpers import act
from .test_hardware import DOOR, GATE, gate_entry, setup

LOCK = "lock.north_gate_gate"
SOUTH = ConfigSubentry(
    data=MappingProxyType({"zone": "compound_gate", "direction": "both"}),
    subentry_type="access_point",
    title="South gate",
    unique_id="south gate",
)


@pytest.fixture
def relay(hass: HomeAssistant) -> list[str]:
    """Return the commands of a switch whose state follows them."""
    commands: list[str] = []

    async def _switch(call: ServiceCall) -> None:
        commands.append(call.service)
        hass.states.async_set(GATE, "on" if call.service == "turn_on" else "off")

    for service in ("turn_on", "turn_off"):
        hass.services.async_register("switch", service, _switch)
    return commands


async def add_subentry(hass: HomeAssistant, entry: MockConfigEntry) -> None:
    """Add an access point: the compound reloads."""
    hass.config_entries.async_add_subentry(entry, SOUTH)
    await hass.async_block_till_done()
    assert entry.state is ConfigEntryState.LOADED


def forced(alarms: list[object]) -> int:
    return sum(1 for a in alarms if a.data["kind"] == "forced_entry")  # type: ignore[attr-defined]


@pytest.mark.usefixtures("relay")
@pytest.mark.parametrize("door", ["on", "off"])
async def test_a_reload_reports_no_door_as_forced(hass: HomeAssistant, door: str) -> None:
    hass.states.async_set("binary_sensor.fire", "off")
    hass.states.async_set(DOOR, door)
    entry = await setup(hass, gate_entry())
    hass.states.async_set(DOOR, door, {"battery": 90})  # a sensor's routine report
    alarms = async_capture_events(hass, EVENT_ALARM)
    await add_subentry(hass, entry)
    hass.states.async_set(DOOR, door, {"battery": 89})  # the door as it was: not an opening
    await hass.async_block_till_done()
    assert forced(alarms) == 0
    hass.states.async_set(DOOR, "off")
    hass.states.async_set(DOOR, "on")  # a real opening still counts
    await hass.async_block_till_done()
    assert forced(alarms) == 1


@pytest.fixture
async def mqtt_door(
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
                    "door_mqtt_topic": "zigbee2mqtt/garage_door",
                },
            )
        ],
    )
    await setup(hass, entry)
    yield entry
    assert await hass.config_entries.async_unload(entry.entry_id)
    async_fire_time_changed(hass, dt_util.utcnow() + timedelta(seconds=10))  # MQTT's cooldowns
    await hass.async_block_till_done()


async def test_a_retained_door_message_is_the_door_as_found(
    hass: HomeAssistant, mqtt_door: MockConfigEntry
) -> None:
    alarms = async_capture_events(hass, EVENT_ALARM)
    topic = "zigbee2mqtt/garage_door"
    async_fire_mqtt_message(hass, topic, '{"contact":false}', retain=True)  # open, from before
    await hass.async_block_till_done()
    assert forced(alarms) == 0
    async_fire_mqtt_message(hass, topic, '{"contact":true}')
    async_fire_mqtt_message(hass, topic, '{"contact":false}')  # opened now, nobody let in
    await hass.async_block_till_done()
    assert forced(alarms) == 1


@pytest.mark.usefixtures("relay")
async def test_decisions_during_a_reload_all_land_in_the_log(
    hass: HomeAssistant, caplog: pytest.LogCaptureFixture
) -> None:
    entry = await setup(hass, gate_entry())
    decisions = async_capture_events(hass, EVENT_ACCESS)
    before = entry.runtime_data
    reads = 0

    def read() -> None:
        nonlocal reads
        reads += 1  # a new card each time, so none is debounced
        hass.bus.async_fire("tag_scanned", {"tag_id": f"{reads:08X}", "device_id": "esphome-pn532"})

    with caplog.at_level(logging.DEBUG):
        for _ in range(3):
            read()  # buffered, not yet written, when the reload starts
        hass.config_entries.async_add_subentry(entry, SOUTH)  # schedules the reload
        async with asyncio.timeout(10):
            while entry.state is not ConfigEntryState.LOADED or entry.runtime_data is before:
                read()
                await asyncio.sleep(0.001)
        for _ in range(3):
            read()
        await hass.async_block_till_done()
        logged = (await act(hass, "query_access_log", limit=10_000))["entries"]
    assert len(decisions) >= 6
    assert len(logged) == len(decisions)
    assert "RuntimeError" not in caplog.text
    assert "not open" not in caplog.text


async def test_a_gate_held_open_stays_open_across_a_reload(
    hass: HomeAssistant, relay: list[str]
) -> None:
    entry = await setup(hass, gate_entry())
    await hass.services.async_call("lock", "unlock", {"entity_id": LOCK}, blocking=True)
    await add_subentry(hass, entry)
    assert hass.states.get(GATE).state == "on"  # type: ignore[union-attr]
    assert hass.states.get(LOCK).state == "open"  # type: ignore[union-attr]
    gate = next(iter(entry.runtime_data.hardware.values())).gate
    assert gate is not None
    assert gate.held_open
    await hass.services.async_call("lock", "lock", {"entity_id": LOCK}, blocking=True)
    await hass.async_block_till_done()
    assert hass.states.get(GATE).state == "off"  # type: ignore[union-attr]


async def test_a_pulse_cut_short_by_a_reload_is_closed(
    hass: HomeAssistant, relay: list[str]
) -> None:
    entry = await setup(hass, gate_entry(pulse_seconds=30.0))
    await hass.services.async_call("lock", "open", {"entity_id": LOCK}, blocking=True)
    await hass.async_block_till_done()
    assert hass.states.get(GATE).state == "on"  # type: ignore[union-attr]
    await add_subentry(hass, entry)
    assert hass.states.get(GATE).state == "off"  # type: ignore[union-attr]
    assert hass.states.get(LOCK).state == "locked"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("held", "relay_state", "lock_state"), [(True, "on", "open"), (False, "off", "locked")]
)
async def test_a_restart_restores_the_hold_or_closes_the_gate(
    hass: HomeAssistant, relay: list[str], held: bool, relay_state: str, lock_state: str
) -> None:
    hass.states.async_set(GATE, "on")  # whatever the relay was left at
    mock_restore_cache_with_extra_data(hass, [(State(LOCK, "open"), {"held_open": held})])
    await setup(hass, gate_entry())
    await hass.async_block_till_done()
    assert hass.states.get(GATE).state == relay_state  # type: ignore[union-attr]
    assert hass.states.get(LOCK).state == lock_state  # type: ignore[union-attr]


@pytest.mark.usefixtures("relay")
async def test_a_closed_access_log_refuses_late_records_quietly(
    hass: HomeAssistant, caplog: pytest.LogCaptureFixture
) -> None:
    entry = await setup(hass, gate_entry())
    audit = entry.runtime_data.audit
    await audit.async_stop()
    with caplog.at_level(logging.DEBUG):
        audit.record_access({"ts": 0.0})  # e.g. a caller that outlived its compound
        audit.record_alarm({"alarm_id": "late"})
    assert audit._access == []
    assert audit._alarms == []
    assert audit._flush_task is None  # nothing will touch the closed database
    assert "a late decision is not recorded" in caplog.text
    await hass.config_entries.async_unload(entry.entry_id)


async def test_a_gate_whose_actuator_is_missing_is_unavailable_until_it_is_back(
    hass: HomeAssistant, caplog: pytest.LogCaptureFixture, freezer: FrozenDateTimeFactory
) -> None:
    await setup(hass, gate_entry())  # no switch integration: its actions do not exist
    assert hass.states.get(LOCK).state == "unavailable"  # type: ignore[union-attr]  # closing at start failed
    await act(
        hass, "present_credential", access_point="North gate", uid="0x99"
    )  # denied: no command
    assert caplog.text.count("Gate North gate is unavailable") == 1  # logged once
    closes = async_mock_service(hass, "switch", "turn_off")  # the relay's integration is back
    freezer.tick(timedelta(seconds=31))
    async_fire_time_changed(hass)
    await hass.async_block_till_done()
    assert [call.data["entity_id"] for call in closes] == [GATE]  # the gate resent its state
    assert hass.states.get(LOCK).state == "locked"  # type: ignore[union-attr]
    assert caplog.text.count("Gate North gate takes commands again") == 1
