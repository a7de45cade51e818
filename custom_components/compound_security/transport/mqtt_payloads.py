"""MQTT payloads of readers, door contacts and relays (Tasmota, Zigbee2MQTT, generic JSON).

Pure parsing: the Home Assistant layer subscribes and publishes through its `mqtt`
integration. Anything unreadable gives None, never an exception.
"""

from __future__ import annotations

import json
from typing import Any

from ..engine.errors import RuleError
from ..engine.model import Credential
from ..engine.uid import CardUid, parse_uid, wiegand34_uid

TASMOTA_CARD_DRIVERS = ("RDM6300", "PN532", "RC522", "MFRC522")


def _json(payload: str | bytes | bytearray) -> Any:
    try:
        return json.loads(payload)
    except ValueError, UnicodeDecodeError:
        return None


def _wiegand(reading: dict[str, Any]) -> CardUid | None:
    uid, size = reading.get("UID"), reading.get("Size", 26)
    if isinstance(uid, str) and uid.lower().endswith("h"):  # SetOption123 1: "763AE8h"
        value = int(uid[:-1], 16)
    elif isinstance(uid, int):
        value = uid
    else:
        return None
    if size == 26 and value < 1 << 24:  # noqa: PLR2004
        return CardUid(value, 24)
    if size == 34 and value < 1 << 32:  # noqa: PLR2004
        return wiegand34_uid(value)
    return None


def parse_reader_payload(payload: str | bytes | bytearray) -> tuple[CardUid, Credential] | None:
    """Return the card (or chip) a reader's message reports, or None.

    Accepts Tasmota `tele/<topic>/SENSOR` messages (RDM6300, PN532, RC522, Wiegand) and the
    generic `{"uid": "...", "credential": "card" | "vehicle_chip"}` any controller can send.
    """
    message = _json(payload)
    if not isinstance(message, dict):
        return None
    try:
        if "uid" in message:
            credential = Credential(message.get("credential", Credential.CARD))
            return parse_uid(str(message["uid"])), credential
        for driver in TASMOTA_CARD_DRIVERS:
            if isinstance(reading := message.get(driver), dict) and "UID" in reading:
                return parse_uid(f"0x{reading['UID']}"), Credential.CARD
        if isinstance(reading := message.get("Wiegand"), dict):
            uid = _wiegand(reading)
            return (uid, Credential.CARD) if uid is not None else None
    except RuleError, ValueError, TypeError:
        return None
    return None


def parse_door_payload(payload: str | bytes | bytearray) -> bool | None:
    """Return whether a door is open from a contact's message, or None if unreadable.

    Zigbee2MQTT: `{"contact": false}` means open (the magnet is away). Plain `OPEN` /
    `CLOSED` / `ON` / `OFF` payloads are read too (ON = open, as Home Assistant's door).
    """
    message = _json(payload)
    if isinstance(message, dict) and isinstance(message.get("contact"), bool):
        return not message["contact"]
    text = payload if isinstance(payload, str) else bytes(payload).decode(errors="replace")
    return {"open": True, "on": True, "closed": False, "off": False}.get(text.strip().lower())
