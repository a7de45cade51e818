"""Access hardware in Home Assistant: a pty reader opens a gate, doors, webhook, tags, fire."""

from __future__ import annotations

import asyncio
from datetime import timedelta
import os
from pathlib import Path
from typing import Any

from freezegun.api import FrozenDateTimeFactory
from homeassistant.config_entries import SOURCE_USER, ConfigSubentryData
from homeassistant.core import Context, HomeAssistant, ServiceCall
from homeassistant.data_entry_flow import FlowResultType
from homeassistant.exceptions import HomeAssistantError, Unauthorized
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    MockUser,
    async_capture_events,
    async_fire_time_changed,
    async_mock_service,
)
from pytest_homeassistant_custom_component.typing import ClientSessionGenerator

from custom_components.compound_security.const import DOMAIN, EVENT_ACCESS, EVENT_ALARM
from custom_components.compound_security.engine.audit import AccessQuery

from .helpers import act, populate
from .test_transport_serial import R1, Pty

GATE = "switch.north_gate_relay"
DOOR = "binary_sensor.north_gate_door"


def gate_entry(link: Path | None = None, **extra: Any) -> MockConfigEntry:
    data: dict[str, Any] = {
        "zone": "compound_gate",
        "direction": "both",
        "gate_entity": GATE,
        "pulse_seconds": 1.0,
        "door_entity": DOOR,
        "forced_window": 10,
        "held_open_after": 60,
        "webhook_id": "north-gate-hook",
        "tag_devices": ["esphome-pn532"],
    } | extra
    if link is not None:
        data |= {
            "card_reader_url": str(link),
            "card_reader_frame_format": "rdm6300",
            "card_reader_baudrate": 9600,
        }
    return MockConfigEntry(
        domain=DOMAIN,
        title="漕湖花园五区",
        unique_id="漕湖花园五区",
        data={"name": "漕湖花园五区"},
        options={
            "min_area_per_person": 10.0,
            "retention_days": 180,
            "fire_alarm_entity": "binary_sensor.fire",
        },
        subentries_data=[
            ConfigSubentryData(
                subentry_type="access_point", title="North gate", unique_id="north gate", data=data
            )
        ],
    )


@pytest.fixture
def relay(hass: HomeAssistant) -> dict[str, list[ServiceCall]]:
    return {
        "on": async_mock_service(hass, "switch", "turn_on"),
        "off": async_mock_service(hass, "switch", "turn_off"),
    }


async def setup(hass: HomeAssistant, entry: MockConfigEntry) -> MockConfigEntry:
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    return entry


async def wait_for(condition: Any) -> None:
    async with asyncio.timeout(5):
        while not condition():  # noqa: ASYNC110  # polls state written by other tasks
            await asyncio.sleep(0.01)


async def test_card_at_a_pty_reader_opens_the_gate(
    hass: HomeAssistant, tmp_path: Path, relay: dict[str, list[ServiceCall]]
) -> None:
    pty = Pty(tmp_path / "ttyNorth")
    try:
        await setup(hass, gate_entry(pty.link))
        assert len(relay["off"]) == 1  # closed at start: the relay matches the entity
        relay["off"].clear()
        await populate(hass)
        decisions = async_capture_events(hass, EVENT_ACCESS)
        connectivity = "binary_sensor.north_gate_card_reader"
        await wait_for(lambda: hass.states.get(connectivity).state == "on")  # type: ignore[union-attr]
        pty.write(R1 + R1 + R1)  # an RDM6300 repeats while the card is held
        await wait_for(lambda: relay["on"])
        await hass.async_block_till_done()
        assert [c.data["entity_id"] for c in relay["on"]] == [GATE]
        assert [(d.data["decision"], d.data["uid"]) for d in decisions] == [("granted", "008EC793")]
        assert hass.states.get("lock.north_gate_gate").state == "open"  # type: ignore[union-attr]
        await wait_for(lambda: relay["off"])  # the one-second pulse ends (real time)
        await hass.async_block_till_done()
        assert [c.data["entity_id"] for c in relay["off"]] == [GATE]
        assert hass.states.get("lock.north_gate_gate").state == "locked"  # type: ignore[union-attr]
        pty.unplug()
        await wait_for(lambda: hass.states.get(connectivity).state == "off")  # type: ignore[union-attr]
    finally:
        if pty.master >= 0:
            pty.unplug()


async def test_denied_card_leaves_the_gate_shut(
    hass: HomeAssistant, relay: dict[str, list[ServiceCall]]
) -> None:
    await setup(hass, gate_entry())
    await act(hass, "present_credential", access_point="North gate", uid="0x99")
    await hass.async_block_till_done()
    assert relay["on"] == []


async def test_webhook_reads_with_bad_bodies_and_a_rate_limit(
    hass: HomeAssistant,
    hass_client_no_auth: ClientSessionGenerator,
    relay: dict[str, list[ServiceCall]],
) -> None:
    await setup(hass, gate_entry(webhook_secret="north-gate-secret"))  # noqa: S106
    await populate(hass)
    client = await hass_client_no_auth()
    secret = {"X-Compound-Secret": "north-gate-secret"}
    response = await client.post(
        "/api/webhook/north-gate-hook", headers=secret, json={"uid": "142,51091"}
    )
    assert response.status == 200
    assert await response.json() == {"decision": "granted", "reason": "granted"}
    again = await client.post(
        "/api/webhook/north-gate-hook", headers=secret, json={"uid": "142,51091"}
    )
    assert await again.json() == {"decision": "ignored", "reason": "debounced"}  # same card, 2 s
    for body, error in (
        ({"uid": "zz"}, "uid_invalid"),
        ({"card": 1}, "bad_request"),
        ([1], "bad_request"),
        ({"uid": "0x1", "credential": "face"}, "bad_request"),
    ):
        response = await client.post("/api/webhook/north-gate-hook", headers=secret, json=body)
        assert (response.status, (await response.json())["error"]) == (400, error)
    response = await client.post("/api/webhook/north-gate-hook", headers=secret, data=b"not json")
    assert response.status == 400
    statuses = [
        (
            await client.post("/api/webhook/north-gate-hook", headers=secret, json={"uid": "0x99"})
        ).status
        for _ in range(25)
    ]
    assert 429 in statuses
    await hass.async_block_till_done()
    assert len(relay["on"]) == 1


async def test_tag_scanned_by_a_chosen_device(
    hass: HomeAssistant, relay: dict[str, list[ServiceCall]]
) -> None:
    await setup(hass, gate_entry())
    await populate(hass)
    decisions = async_capture_events(hass, EVENT_ACCESS)
    hass.bus.async_fire("tag_scanned", {"tag_id": "00-8E-C7-93", "device_id": "esphome-pn532"})
    hass.bus.async_fire("tag_scanned", {"tag_id": "008EC793", "device_id": "esphome-pn532"})
    hass.bus.async_fire("tag_scanned", {"tag_id": "008EC793", "device_id": "someone-elses-phone"})
    hass.bus.async_fire(
        "tag_scanned", {"tag_id": "1f1a2b3c-uuid-of-a-phone-tag", "device_id": "esphome-pn532"}
    )
    await hass.async_block_till_done()
    assert [d.data["decision"] for d in decisions] == ["granted"]
    assert len(relay["on"]) == 1


async def test_forced_and_held_open_doors(
    hass: HomeAssistant, relay: dict[str, list[ServiceCall]], freezer: FrozenDateTimeFactory
) -> None:
    await setup(hass, gate_entry())
    await populate(hass)
    alarms = async_capture_events(hass, EVENT_ALARM)
    hass.states.async_set(DOOR, "off")
    hass.states.async_set(DOOR, "on")  # nobody was granted: forced
    await hass.async_block_till_done()
    assert [a.data["kind"] for a in alarms] == ["forced_entry"]
    assert alarms[0].data["message"] == "Door forced open at North gate."
    hass.states.async_set(DOOR, "off")
    await act(hass, "present_credential", access_point="North gate", uid="008EC793")
    hass.states.async_set(DOOR, "on")  # granted just before: fine
    await hass.async_block_till_done()
    assert len(alarms) == 1  # a door opened right after a grant is no alarm
    freezer.tick(timedelta(seconds=61))
    async_fire_time_changed(hass)
    await hass.async_block_till_done()
    assert [a.data["kind"] for a in alarms][-1] == "door_held_open"
    open_alarms = "sensor.cao_hu_hua_yuan_wu_qu_open_alarms"
    before = int(hass.states.get(open_alarms).state)  # type: ignore[union-attr]
    hass.states.async_set(DOOR, "off")  # closing clears the held-open alarm
    await hass.async_block_till_done()
    assert int(hass.states.get(open_alarms).state) == before - 1  # type: ignore[union-attr]
    entry = hass.config_entries.async_entries(DOMAIN)[0]
    record = await hass.async_add_executor_job(
        entry.runtime_data.audit.store.get_alarm, alarms[-1].data["alarm_id"]
    )
    assert record["state"] == "closed"


async def test_a_second_grant_within_the_pulse_extends_it(
    hass: HomeAssistant, relay: dict[str, list[ServiceCall]]
) -> None:
    await setup(hass, gate_entry())
    await populate(hass)
    relay["off"].clear()
    for _ in range(2):
        await act(hass, "present_credential", access_point="North gate", uid="008EC793")
    async_fire_time_changed(hass, dt_util.utcnow() + timedelta(seconds=1.5))
    await hass.async_block_till_done()
    assert len(relay["on"]) == 2
    assert len(relay["off"]) == 1  # the first pulse's end went with the second grant


async def test_the_gate_opens_as_part_of_the_call_that_opened_it(
    hass: HomeAssistant, relay: dict[str, list[ServiceCall]], hass_admin_user: MockUser
) -> None:
    """The relay's action carries the caller's context: the logbook says who opened it."""
    await setup(hass, gate_entry())
    await populate(hass)
    by_admin = Context(user_id=hass_admin_user.id)
    await act(hass, "present_credential", by_admin, access_point="North gate", uid="008EC793")
    await hass.services.async_call(
        "lock", "open", {"entity_id": "lock.north_gate_gate"}, blocking=True, context=by_admin
    )
    assert [call.context for call in relay["on"]] == [by_admin, by_admin]
    reader_read = await act(hass, "present_credential", access_point="North gate", uid="008EC793")
    assert reader_read["decision"] == "granted"
    assert relay["on"][2].context.user_id is None  # nobody's: a context of its own


async def test_gate_lock_for_admins_and_automations_only(
    hass: HomeAssistant,
    relay: dict[str, list[ServiceCall]],
    hass_read_only_user: MockUser,
    hass_admin_user: MockUser,
) -> None:
    await setup(hass, gate_entry())
    lock = "lock.north_gate_gate"
    with pytest.raises(Unauthorized):
        await hass.services.async_call(
            "lock",
            "open",
            {"entity_id": lock},
            blocking=True,
            context=Context(user_id=hass_read_only_user.id),
        )
    await hass.services.async_call(
        "lock",
        "open",
        {"entity_id": lock},
        blocking=True,
        context=Context(user_id=hass_admin_user.id),
    )
    await hass.services.async_call("lock", "unlock", {"entity_id": lock}, blocking=True)
    await hass.async_block_till_done()
    assert hass.states.get(lock).state == "open"  # type: ignore[union-attr]
    await hass.services.async_call("lock", "lock", {"entity_id": lock}, blocking=True)
    await hass.async_block_till_done()
    assert hass.states.get(lock).state == "locked"  # type: ignore[union-attr]
    assert len(relay["on"]) == 2
    assert len(relay["off"]) == 2  # closed at start, then locked


async def test_fire_alarm_holds_every_gate_open(
    hass: HomeAssistant, relay: dict[str, list[ServiceCall]]
) -> None:
    hass.states.async_set("binary_sensor.fire", "off")
    await setup(hass, gate_entry())
    alarms = async_capture_events(hass, EVENT_ALARM)
    hass.states.async_set("binary_sensor.fire", "on")
    await hass.async_block_till_done()
    assert hass.states.get("lock.north_gate_gate").state == "open"  # type: ignore[union-attr]
    assert [a.data["kind"] for a in alarms] == ["fire_release"]
    hass.states.async_set(DOOR, "on")  # people leaving is not forced entry
    await hass.async_block_till_done()
    assert len(alarms) == 1
    hass.states.async_set("binary_sensor.fire", "off")
    await hass.async_block_till_done()
    assert hass.states.get("lock.north_gate_gate").state == "locked"  # type: ignore[union-attr]


async def test_fire_alarm_already_on_at_startup(
    hass: HomeAssistant, relay: dict[str, list[ServiceCall]]
) -> None:
    hass.states.async_set("binary_sensor.fire", "on")
    await setup(hass, gate_entry())
    assert hass.states.get("lock.north_gate_gate").state == "open"  # type: ignore[union-attr]


async def test_hardware_step_opens_readers_and_keeps_the_webhook(
    hass: HomeAssistant, init_integration: MockConfigEntry, tmp_path: Path
) -> None:
    pty = Pty(tmp_path / "ttyNew")
    try:
        result = await hass.config_entries.subentries.async_init(
            (init_integration.entry_id, "access_point"), context={"source": SOURCE_USER}
        )
        result = await hass.config_entries.subentries.async_configure(
            result["flow_id"], {"name": "Garage C", "zone": "garage", "direction": "in"}
        )
        hardware = {
            "card_reader": {
                "url": str(tmp_path / "missing"),
                "frame_format": "wiegand",
                "baudrate": 9600,
            },
            "network_readers": {"webhook": True},
        }
        result = await hass.config_entries.subentries.async_configure(result["flow_id"], hardware)
        assert result["errors"] == {"card_reader": "card_reader_unavailable"}
        hardware["card_reader"]["url"] = str(pty.link)
        result = await hass.config_entries.subentries.async_configure(result["flow_id"], hardware)
        assert result["type"] is FlowResultType.CREATE_ENTRY
        data = result["data"]
        assert data["card_reader_url"] == str(pty.link)
        assert data["card_reader_frame_format"] == "wiegand"
        webhook_id = data["webhook_id"]
        assert len(webhook_id) == 32
        await hass.async_block_till_done()
        subentry_id = next(
            k for k, v in init_integration.subentries.items() if v.title == "Garage C"
        )
        result = await init_integration.start_subentry_reconfigure_flow(hass, subentry_id)
        result = await hass.config_entries.subentries.async_configure(
            result["flow_id"], {"name": "Garage C", "zone": "garage", "direction": "in"}
        )
        defaults = result["data_schema"]({})
        assert result["step_id"] == "hardware"
        result = await hass.config_entries.subentries.async_configure(
            result["flow_id"], defaults | {"network_readers": {"webhook": True}}
        )
        assert result["reason"] == "reconfigure_successful"
        assert init_integration.subentries[subentry_id].data["webhook_id"] == webhook_id
        await hass.async_block_till_done()
    finally:
        pty.unplug()


async def test_serial_relay_gets_its_open_and_close_commands(
    hass: HomeAssistant, tmp_path: Path
) -> None:
    relay = Pty(tmp_path / "ttyRelay")
    try:
        entry = gate_entry(
            gate_entity=None,
            gate_serial_url=str(relay.link),
            gate_serial_open="A0 01 01 A2",
            gate_serial_close="A0 01 00 A1",
            pulse_seconds=0.3,
        )
        await setup(hass, entry)
        await populate(hass)
        await act(hass, "present_credential", access_point="North gate", uid="008EC793")
        received = bytearray()

        def readable() -> bool:
            import select  # noqa: PLC0415

            while select.select([relay.master], [], [], 0)[0]:
                try:
                    received.extend(os.read(relay.master, 64))
                except OSError:  # EIO: the relay's line is closed between commands
                    break
            return len(received) >= 12

        await wait_for(readable)
        assert bytes(received) == bytes.fromhex("A00100A1 A00101A2 A00100A1")  # closed at start
    finally:
        relay.unplug()


async def test_serial_relay_that_is_gone_fails_loudly(
    hass: HomeAssistant, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    entry = gate_entry(
        gate_entity=None, gate_serial_url=str(tmp_path / "nothing"), gate_serial_open="A0 01 01 A2"
    )
    await setup(hass, entry)
    await populate(hass)
    with pytest.raises(HomeAssistantError) as raised:
        await act(hass, "present_credential", access_point="North gate", uid="008EC793")
    assert raised.value.translation_key == "gate_command_failed"
    await hass.async_block_till_done()
    (row,) = await entry.runtime_data.audit.async_query(AccessQuery())
    assert row["decision"] == "granted"  # the decision stands and is on record
    assert hass.states.get("lock.north_gate_gate").state == "unavailable"  # type: ignore[union-attr]
    assert caplog.text.count("Gate North gate is unavailable") == 1  # logged once


async def test_a_relay_entity_that_hangs_or_is_missing_fails_the_command(
    hass: HomeAssistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whether the relay's action never returns or does not exist, the caller hears of it."""
    monkeypatch.setattr("custom_components.compound_security.gate.COMMAND_TIMEOUT", 0.05)
    await setup(hass, gate_entry())  # no switch actions yet: the closing at start fails
    await populate(hass)
    with pytest.raises(HomeAssistantError) as raised:
        await act(hass, "present_credential", access_point="North gate", uid="008EC793")
    assert raised.value.translation_key == "gate_command_failed"
    abandoned: list[ServiceCall] = []

    async def hang(call: ServiceCall) -> None:
        try:
            await asyncio.Event().wait()
        except asyncio.CancelledError:
            abandoned.append(call)
            raise

    hass.services.async_register("switch", "turn_on", hang)
    with pytest.raises(HomeAssistantError) as raised:
        await act(hass, "present_credential", access_point="North gate", uid="008EC793")
    assert raised.value.translation_key == "gate_command_failed"
    assert len(abandoned) == 1  # the hanging call is cancelled, not left behind
    await hass.async_block_till_done()


async def test_gate_step_checks_relay_commands(
    hass: HomeAssistant, init_integration: MockConfigEntry
) -> None:
    result = await hass.config_entries.subentries.async_init(
        (init_integration.entry_id, "access_point"), context={"source": SOURCE_USER}
    )
    result = await hass.config_entries.subentries.async_configure(
        result["flow_id"], {"name": "Garage D", "zone": "garage", "direction": "in"}
    )
    gate = {"gate_serial_url": "/dev/ttyUSB9", "gate_serial_open": "A0 zz", "pulse_seconds": 1}
    result = await hass.config_entries.subentries.async_configure(result["flow_id"], {"gate": gate})
    assert result["errors"] == {"gate": "gate_serial_open_invalid"}
    result = await hass.config_entries.subentries.async_configure(
        result["flow_id"],
        {
            "gate": gate | {"gate_serial_open": "a00101a2"},
            "door": {"door_mqtt_topic": "zigbee2mqtt/#/bad#"},
        },
    )
    assert result["errors"] == {"door": "door_mqtt_topic_invalid"}
    result = await hass.config_entries.subentries.async_configure(
        result["flow_id"],
        {
            "gate": gate | {"gate_serial_open": "a00101a2", "gate_mqtt_topic": "cmnd/d/POWER1"},
            "door": {"door_mqtt_topic": "zigbee2mqtt/garage_d"},
            "network_readers": {"reader_mqtt_topic": "tele/garage_d/SENSOR"},
        },
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["data"]["gate_serial_open"] == "A0 01 01 A2"
    assert result["data"]["door_mqtt_topic"] == "zigbee2mqtt/garage_d"
    assert result["data"]["reader_mqtt_topic"] == "tele/garage_d/SENSOR"
    await hass.async_block_till_done()
