"""MQTT payloads of readers, door contacts and relays (Tasmota, Zigbee2MQTT, generic JSON).

Pure parsing: the Home Assistant layer subscribes and publishes through its `mqtt`
integration. Anything unreadable gives None, never an exception. A UID is a string or a
non-negative integer of at most 64 bits; floats, booleans, negative numbers and oversized
messages or strings are not card reads.
"""

from __future__ import annotations

from collections.abc import Mapping
import json
import re
from typing import Any, TypeGuard

from ..engine.errors import RuleError
from ..engine.model import Credential
from ..engine.uid import CardUid, parse_uid, wiegand34_uid

TASMOTA_CARD_DRIVERS = ("RDM6300", "PN532", "RC522", "MFRC522")
MAX_PAYLOAD = 4096  # bytes; a reader's message is a few hundred
MAX_UID_TEXT = 64  # characters; the longest accepted form (8 bytes with separators) is 23
MAX_UID_VALUE = (1 << 64) - 1
_HEX_DIGITS = re.compile(r"[0-9A-Fa-f]{1,16}")


def _json(payload: str | bytes | bytearray) -> Any:
    if len(payload) > MAX_PAYLOAD:
        return None
    try:
        return json.loads(payload)
    except ValueError, UnicodeDecodeError:
        return None


def _is_uint(value: object, maximum: int = MAX_UID_VALUE) -> TypeGuard[int]:
    """Return whether `value` is a JSON integer in 0..maximum (`true` is not 1)."""
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= maximum


def uid_from_json(value: object) -> CardUid:
    """Return the UID a JSON `uid` field carries, or raise `RuleError('uid_invalid')`.

    Text goes through `parse_uid`; an integer is a decimal card number.
    """
    if isinstance(value, str) and len(value) <= MAX_UID_TEXT:
        return parse_uid(value)
    if _is_uint(value):
        return parse_uid(str(value))
    raise RuleError("uid_invalid", uid=str(value)[:MAX_UID_TEXT])


def generic_read(message: Mapping[str, Any]) -> tuple[CardUid, Credential]:
    """Read `{"uid": ..., "credential": "card" | "vehicle_chip"}`, or raise.

    Raises `RuleError('uid_invalid')` for a UID that is no card, `KeyError` without a UID
    and `ValueError` for an unknown credential.
    """
    credential = message.get("credential", Credential.CARD)
    if not isinstance(credential, str):
        raise ValueError(credential)  # noqa: TRY004  # a bad value, as Credential() raises
    return uid_from_json(message["uid"]), Credential(credential)


def _wiegand(reading: dict[str, Any]) -> CardUid | None:
    uid, size = reading.get("UID"), reading.get("Size", 26)
    if isinstance(uid, str) and uid.lower().endswith("h"):  # SetOption123 1: "763AE8h"
        if not _HEX_DIGITS.fullmatch(uid[:-1]):
            return None
        value = int(uid[:-1], 16)
    elif _is_uint(uid):
        value = uid
    else:
        return None
    if size == 26 and value < 1 << 24:  # noqa: PLR2004
        return CardUid(value, 24)
    if size == 34 and value < 1 << 32:  # noqa: PLR2004
        return wiegand34_uid(value)
    return None


def _tasmota_read(message: dict[str, Any]) -> tuple[CardUid, Credential] | None:
    for driver in TASMOTA_CARD_DRIVERS:
        if isinstance(reading := message.get(driver), dict) and "UID" in reading:
            uid = reading["UID"]  # hex text; anything else is not this driver's read
            if not (isinstance(uid, str) and _HEX_DIGITS.fullmatch(uid)):
                return None
            return parse_uid(f"0x{uid}"), Credential.CARD
    if isinstance(reading := message.get("Wiegand"), dict):
        uid = _wiegand(reading)
        return (uid, Credential.CARD) if uid is not None else None
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
        return generic_read(message) if "uid" in message else _tasmota_read(message)
    except RuleError, ValueError:
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
