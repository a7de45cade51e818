"""MQTT payloads of readers, door contacts and relays (Tasmota, Zigbee2MQTT, generic JSON).

Pure parsing: the Home Assistant layer subscribes and publishes through its `mqtt`
integration. Anything unreadable gives None, never an exception. A UID is a string or a
non-negative integer of at most 64 bits; floats, booleans, negative numbers and oversized
messages or strings are not card reads.

Visitors' codes come as the generic `{"credential": "pin" | "qr", "code": "..."}` or from
a Tasmota Wiegand keypad. Tasmota (`xsns_82_wiegand.ino`, default `SetOption124 0`)
gathers the keys up to `#` or `*` into one decimal number and publishes it with the key
burst's size, `{"Wiegand":{"UID":123456,"Size":4}}` (or 8; `"1E240h"` with
`SetOption123 1`); leading zeros are lost on the way, so the code is padded back to the
six digits of a visitor PIN. With `SetOption124 1` every key is its own message, which
cannot be told from a one-digit code: keep it off.
"""

from __future__ import annotations

from collections.abc import Mapping
import json
import re
from typing import Any, TypeGuard

from ..engine.errors import RuleError
from ..engine.model import Credential
from ..engine.uid import CardUid, parse_uid, wiegand34_uid
from ..engine.visitors import PIN_DIGITS
from .keypad import MAX_CODE

TASMOTA_CARD_DRIVERS = ("RDM6300", "PN532", "RC522", "MFRC522")
MAX_PAYLOAD = 4096  # bytes; a reader's message is a few hundred
MAX_UID_TEXT = 64  # characters; the longest accepted form (8 bytes with separators) is 23
MAX_UID_VALUE = (1 << 64) - 1
MAX_TOKEN_TEXT = 128  # characters; a visitor token is about 60
_HEX_DIGITS = re.compile(r"[0-9A-Fa-f]{1,16}")
_PIN = re.compile(rf"[0-9]{{1,{MAX_CODE}}}")
_TOKEN = re.compile(rf"[!-~]{{1,{MAX_TOKEN_TEXT}}}")  # printable ASCII, no spaces
CARD_CREDENTIALS = frozenset({Credential.CARD, Credential.VEHICLE_CHIP})
CODE_CREDENTIALS = frozenset({Credential.PIN, Credential.QR})
KEYPAD_SIZES = (4, 8)

type ReaderRead = tuple[CardUid | str, Credential]  # a card or chip UID, or a visitor's code


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


def _credential(message: Mapping[str, Any]) -> Credential:
    credential = message.get("credential", Credential.CARD)
    if not isinstance(credential, str):
        raise ValueError(credential)  # noqa: TRY004  # a bad value, as Credential() raises
    return Credential(credential)


def generic_read(message: Mapping[str, Any]) -> tuple[CardUid, Credential]:
    """Read `{"uid": ..., "credential": "card" | "vehicle_chip"}`, or raise.

    Raises `RuleError('uid_invalid')` for a UID that is no card, `KeyError` without a UID
    and `ValueError` for an unknown credential (or a visitor's, which has no UID).
    """
    credential = _credential(message)
    if credential not in CARD_CREDENTIALS:
        raise ValueError(credential)
    return uid_from_json(message["uid"]), credential


def code_from_json(credential: Credential, value: object) -> str:
    """Return a visitor's code: a PIN of digits, or a QR token of printable ASCII; or raise.

    Raises `RuleError('code_invalid')`. A PIN must be text: a JSON number loses zeros.
    """
    pattern = _PIN if credential is Credential.PIN else _TOKEN
    if isinstance(value, str) and pattern.fullmatch(value):
        return value
    raise RuleError("code_invalid")


def generic_message(message: Mapping[str, Any]) -> ReaderRead:
    """Read the generic JSON of a card, a chip or a visitor's code, or raise.

    `{"uid": ..., "credential": "card" | "vehicle_chip"}` or
    `{"credential": "pin" | "qr", "code": "..."}`; raises as `generic_read` does, and
    `RuleError('code_invalid')` for a code that is not one.
    """
    credential = _credential(message)
    if credential in CODE_CREDENTIALS:
        return code_from_json(credential, message["code"]), credential
    return generic_read(message)


def _wiegand(reading: dict[str, Any]) -> ReaderRead | None:
    uid, size = reading.get("UID"), reading.get("Size", 26)
    if isinstance(uid, str) and uid.lower().endswith("h"):  # SetOption123 1: "763AE8h"
        if not _HEX_DIGITS.fullmatch(uid[:-1]):
            return None
        value = int(uid[:-1], 16)
    elif _is_uint(uid):
        value = uid
    else:
        return None
    if size in KEYPAD_SIZES:
        code = _keypad_code(value)
        return (code, Credential.PIN) if code is not None else None
    card = _wiegand_card(value, size)
    return (card, Credential.CARD) if card is not None else None


def _keypad_code(value: int) -> str | None:
    """Return the PIN a Tasmota keypad gathered (its leading zeros restored), or None."""
    code = f"{value:0{PIN_DIGITS}d}"
    if value == 0 or len(code) > MAX_CODE:  # `#` alone, or more keys than any code has
        return None
    return code


def _wiegand_card(value: int, size: object) -> CardUid | None:
    if size == 26 and value < 1 << 24:  # noqa: PLR2004
        return CardUid(value, 24)
    if size == 34 and value < 1 << 32:  # noqa: PLR2004
        return wiegand34_uid(value)
    return None


def _tasmota_read(message: dict[str, Any]) -> ReaderRead | None:
    for driver in TASMOTA_CARD_DRIVERS:
        if isinstance(reading := message.get(driver), dict) and "UID" in reading:
            uid = reading["UID"]  # hex text; anything else is not this driver's read
            if not (isinstance(uid, str) and _HEX_DIGITS.fullmatch(uid)):
                return None
            return parse_uid(f"0x{uid}"), Credential.CARD
    if isinstance(reading := message.get("Wiegand"), dict):
        return _wiegand(reading)
    return None


def parse_reader_payload(payload: str | bytes | bytearray) -> ReaderRead | None:
    """Return the card, chip or visitor's code a reader's message reports, or None.

    Accepts Tasmota `tele/<topic>/SENSOR` messages (RDM6300, PN532, RC522, Wiegand cards
    and keypads) and the generic JSON any controller can send (`generic_message`).
    """
    message = _json(payload)
    if not isinstance(message, dict):
        return None
    generic = "uid" in message or "credential" in message
    try:
        return generic_message(message) if generic else _tasmota_read(message)
    except RuleError, ValueError, KeyError:
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
