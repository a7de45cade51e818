"""Visitors at real readers: a Wiegand keypad and a QR reader on ptys, and MQTT keypads.

A keypad PIN arrives as 8-bit Wiegand key bursts ending in `#`, a QR code as a text line;
both open their gate and are logged with the host household. Five wrong PINs lock the
keypad with one `pin_guessing` alarm.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from homeassistant.components.mqtt import ReceiveMessage
from homeassistant.config_entries import ConfigSubentryData
from homeassistant.core import HomeAssistant, ServiceCall
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_capture_events,
    async_mock_service,
)

from custom_components.compound_security.const import EVENT_ACCESS, EVENT_ALARM
from custom_components.compound_security.engine.audit import AccessQuery
from custom_components.compound_security.transport.keypad import encode_key

from .helpers import act, compound_entry, populate
from .test_hardware import wait_for
from .test_transport_serial import Pty

pytestmark = pytest.mark.usefixtures("socket_enabled")  # real ptys

KEYPAD_RELAY = "switch.north_gate_relay"
QR_RELAY = "switch.unit_3_1_relay"


def reader_entry(keypad: Path, qr: Path) -> MockConfigEntry:
    def point(title: str, relay: str, link: Path, frame_format: str, **data: Any) -> Any:
        return ConfigSubentryData(
            subentry_type="access_point",
            title=title,
            unique_id=title.casefold(),
            data={
                "gate_entity": relay,
                "pulse_seconds": 1.0,
                "card_reader_url": str(link),
                "card_reader_frame_format": frame_format,
                "card_reader_baudrate": 9600,
            }
            | data,
        )

    return compound_entry(
        [
            point(
                "North gate", KEYPAD_RELAY, keypad, "wiegand", zone="compound_gate", direction="in"
            ),
            point(
                "Unit 3-1",
                QR_RELAY,
                qr,
                "text",
                zone="unit_door",
                direction="in",
                building="3",
                unit="1",
            ),
        ]
    )


def keys(code: str) -> bytes:
    """Return a keypad's 8-bit bursts for `code`, as a Wiegand converter prints them."""
    return b"".join(encode_key(key).encode() + b"\r\n" for key in code)


@pytest.fixture
def relays(hass: HomeAssistant) -> list[ServiceCall]:
    async_mock_service(hass, "switch", "turn_off")
    return async_mock_service(hass, "switch", "turn_on")


def opened(relays: list[ServiceCall], relay: str) -> int:
    return sum(call.data["entity_id"] == relay for call in relays)


async def test_keypad_pin_and_qr_line_open_their_gates_logged_with_the_host(
    hass: HomeAssistant, tmp_path: Path, relays: list[ServiceCall]
) -> None:
    keypad, qr = Pty(tmp_path / "ttyKeypad"), Pty(tmp_path / "ttyQr")
    try:
        entry = reader_entry(keypad.link, qr.link)
        entry.add_to_hass(hass)
        assert await hass.config_entries.async_setup(entry.entry_id)
        await hass.async_block_till_done()
        ids = await populate(hass)
        visit = await act(hass, "create_visitor_pass", household_id=ids["home"], entries=2)
        decisions = async_capture_events(hass, EVENT_ACCESS)
        for sensor in ("north_gate_card_reader", "unit_3_1_card_reader"):
            await wait_for(lambda s=sensor: hass.states.get(f"binary_sensor.{s}").state == "on")  # type: ignore[union-attr]
        keypad.write(keys(visit["pin"][:3]))  # typed slowly: the code waits for #
        keypad.write(keys(visit["pin"][3:] + "#"))
        await wait_for(lambda: opened(relays, KEYPAD_RELAY) == 1)
        qr.write(visit["qr"].encode() + b"\r\n")
        await wait_for(lambda: opened(relays, QR_RELAY) == 1)
        await hass.async_block_till_done()
        assert [
            (d.data["credential"], d.data["decision"], d.data["uid"], d.data["household_id"])
            for d in decisions
        ] == [
            ("pin", "granted", visit["pass_id"], ids["home"]),
            ("qr", "granted", visit["pass_id"], ids["home"]),
        ]
        rows = await entry.runtime_data.audit.async_query(AccessQuery(household_id=ids["home"]))
        assert [(r["credential"], r["reason"], r["uid"]) for r in rows] == [
            ("qr", "granted", visit["pass_id"]),
            ("pin", "granted", visit["pass_id"]),
        ]
        # The QR code again at once counts once (as a card held at a reader); a card
        # number on the same line is a card.
        qr.write(visit["qr"].encode() + b"\r\n" + b"008EC793\r\n")
        await wait_for(lambda: len(decisions) == 3)
        assert (decisions[2].data["credential"], decisions[2].data["reason"]) == (
            "card",
            "granted",
        )
    finally:
        keypad.unplug()
        qr.unplug()


async def test_five_wrong_pins_lock_the_keypad_with_one_alarm(
    hass: HomeAssistant, tmp_path: Path, relays: list[ServiceCall]
) -> None:
    keypad, qr = Pty(tmp_path / "ttyKeypad"), Pty(tmp_path / "ttyQr")
    try:
        entry = reader_entry(keypad.link, qr.link)
        entry.add_to_hass(hass)
        assert await hass.config_entries.async_setup(entry.entry_id)
        await hass.async_block_till_done()
        ids = await populate(hass)
        visit = await act(hass, "create_visitor_pass", household_id=ids["home"])
        decisions = async_capture_events(hass, EVENT_ACCESS)
        alarms = async_capture_events(hass, EVENT_ALARM)
        await wait_for(
            lambda: hass.states.get("binary_sensor.north_gate_card_reader").state == "on"  # type: ignore[union-attr]
        )
        wrong = [f"{n:06d}" for n in range(7) if f"{n:06d}" != visit["pin"]][:5]
        keypad.write(b"".join(keys(pin + "#") for pin in wrong))
        await wait_for(lambda: len(decisions) == 5)
        keypad.write(keys(visit["pin"] + "#"))  # right, but too late
        await wait_for(lambda: len(decisions) == 6)
        await hass.async_block_till_done()
        assert [d.data["reason"] for d in decisions] == ["unknown_credential"] * 5 + ["pin_locked"]
        assert [a.data["kind"] for a in alarms] == ["pin_guessing"]
        assert opened(relays, KEYPAD_RELAY) == 0
        qr.write(visit["qr"].encode() + b"\n")  # the QR code still works: no PIN typed
        await wait_for(lambda: opened(relays, QR_RELAY) == 1)
    finally:
        keypad.unplug()
        qr.unplug()


async def test_mqtt_keypads_and_qr_readers(
    hass: HomeAssistant, tmp_path: Path, relays: list[ServiceCall]
) -> None:
    keypad, qr = Pty(tmp_path / "ttyKeypad"), Pty(tmp_path / "ttyQr")
    try:
        entry = reader_entry(keypad.link, qr.link)
        entry.add_to_hass(hass)
        assert await hass.config_entries.async_setup(entry.entry_id)
        await hass.async_block_till_done()
        ids = await populate(hass)
        first = await act(hass, "create_visitor_pass", household_id=ids["home"], entries=2)
        second = await act(hass, "create_visitor_pass", household_id=ids["home"])
        decisions = async_capture_events(hass, EVENT_ACCESS)
        gate = next(
            h for h in entry.runtime_data.hardware.values() if h.access_point.name == "North gate"
        )
        for payload in (
            f'{{"Wiegand":{{"UID":{int(first["pin"])},"Size":4}}}}',  # Tasmota: zeros lost
            f'{{"credential": "qr", "code": "{first["qr"]}"}}',
            f'{{"credential": "pin", "code": "{second["pin"]}"}}',
            '{"credential": "pin", "code": 123456}',  # not a read: ignored
        ):
            message = ReceiveMessage(
                "tele/kp/SENSOR", payload, 0, retain=False, subscribed_topic="", timestamp=0.0
            )
            gate.mqtt.on_message(message)
            await hass.async_block_till_done()
        assert [(d.data["credential"], d.data["reason"], d.data["uid"]) for d in decisions] == [
            ("pin", "granted", first["pass_id"]),
            ("qr", "granted", first["pass_id"]),
            ("pin", "granted", second["pass_id"]),
        ]
        assert opened(relays, KEYPAD_RELAY) >= 1
    finally:
        keypad.unplug()
        qr.unplug()
