"""MQTT payloads of peer devices (protocols.md section 4)."""

from __future__ import annotations

from hypothesis import given, strategies as st
import pytest

from custom_components.compound_security.engine.errors import RuleError
from custom_components.compound_security.engine.model import Credential
from custom_components.compound_security.engine.uid import CardUid, parse_uid
from custom_components.compound_security.transport.mqtt_payloads import (
    generic_message,
    generic_read,
    parse_door_payload,
    parse_reader_payload,
)


@pytest.mark.parametrize(
    ("payload", "uid", "credential"),
    [
        ('{"Time":"2026-11-20T08:00:00","RDM6300":{"UID":"008EC793"}}', "008EC793", "card"),
        ('{"PN532":{"UID":"94D8FC5F","Data":"ILOVETASMOTA"}}', "94D8FC5F", "card"),
        ('{"PN532":{"UID":"04A22B1A7C5D80"}}', "04A22B1A7C5D80", "card"),
        (
            '{"Time":"2021-01-21T16:04:12","Wiegand":{"UID":7748328,"Size":26}}',
            "W26:763AE8",
            "card",
        ),
        ('{"Wiegand":{"UID":"763AE8h","Size":26}}', "W26:763AE8", "card"),
        ('{"Wiegand":{"UID":13961168,"Size":34}}', "00D507D0", "card"),
        ('{"uid": "142,51091", "credential": "card"}', "W26:8EC793", "card"),
        ('{"uid": "E0000001", "credential": "vehicle_chip"}', "E0000001", "vehicle_chip"),
        (b'{"uid": "0x8ec793"}', "008EC793", "card"),
    ],
)
def test_reader_payloads(payload: str | bytes, uid: str, credential: str) -> None:
    parsed = parse_reader_payload(payload)
    assert parsed is not None
    assert (str(parsed[0]), parsed[1]) == (uid, Credential(credential))


def test_tasmota_rdm6300_and_the_registered_card_agree() -> None:
    parsed = parse_reader_payload('{"RDM6300":{"UID":"008EC793"}}')
    assert parsed is not None
    assert parsed[0] == parse_uid("9357203")


@pytest.mark.parametrize(
    "payload",
    [
        "",
        "not json",
        "[1,2]",
        "{}",
        '{"uid": "zz"}',
        '{"uid": "1", "credential": "face"}',
        '{"PN532":{"UID":"XYZ"}}',
        '{"Wiegand":{"UID":4302741608,"Size":34}}',
        '{"Wiegand":{"UID":[1],"Size":26}}',
        '{"Wiegand":{"UID":1,"Size":37}}',
        '{"ENERGY":{"Power":5}}',
        b"\xff\xfe",
    ],
)
def test_unreadable_reader_payloads(payload: str | bytes) -> None:
    assert parse_reader_payload(payload) is None


FORGED_UIDS = [
    '{"uid": -5}',
    '{"uid": 1e30}',
    '{"uid": 1e-05}',
    '{"uid": 5e-324}',
    '{"uid": 1.5}',
    '{"uid": 100000.0}',
    '{"uid": true}',
    '{"uid": false}',
    '{"uid": null}',
    '{"uid": [1]}',
    '{"uid": {"value": 1}}',
    '{"uid": 18446744073709551616}',
    '{"uid": "99999999999999999999999"}',
    '{"uid": "-8EC793"}',
    '{"uid": "%s"}' % ("0" * 100_000),
    '{"uid": "%s"}' % ("8E " * 30),
    '{"uid": "0x8ec793", "credential": ["card"]}',
    '{"uid": "0x8ec793", "credential": 1}',
    '{"Wiegand":{"UID":-5,"Size":26}}',
    '{"Wiegand":{"UID":-5,"Size":34}}',
    '{"Wiegand":{"UID":true,"Size":26}}',
    '{"Wiegand":{"UID":7748328.0,"Size":26}}',
    '{"Wiegand":{"UID":"-5h","Size":26}}',
    '{"Wiegand":{"UID":"1_0h","Size":26}}',
    '{"Wiegand":{"UID":" 5h","Size":26}}',
    '{"Wiegand":{"UID":"%sh","Size":26}}' % ("F" * 100_000),
    '{"Wiegand":{"UID":16777216,"Size":26}}',
    '{"PN532":{"UID":-5}}',
    '{"PN532":{"UID":123}}',
    '{"PN532":{"UID":true}}',
    '{"RDM6300":{"UID":"-8EC793"}}',
    '{"RDM6300":{"UID":"00:8E:C7:93"}}',
    '{"RC522":{"UID":"%s"}}' % ("A" * 17),
]


@pytest.mark.parametrize("payload", FORGED_UIDS)
def test_forged_uids_are_not_card_reads(payload: str) -> None:
    assert parse_reader_payload(payload) is None
    assert parse_reader_payload(payload.encode()) is None


@pytest.mark.parametrize(
    ("value", "uid"),
    [(9357203, "008EC793"), (0, "00000000"), ((1 << 64) - 1, "FFFFFFFFFFFFFFFF")],
)
def test_integer_uids_are_decimal_card_numbers(value: int, uid: str) -> None:
    parsed = parse_reader_payload(f'{{"uid": {value}}}')
    assert parsed is not None
    assert str(parsed[0]) == uid


TOKEN = "CSV1.0123456789abcdef0123456789abcdef.AAAAAAAAAAAAAAAAAAAAAA"  # noqa: S105


@pytest.mark.parametrize(
    ("payload", "code", "credential"),
    [
        ('{"credential": "pin", "code": "123456"}', "123456", "pin"),
        ('{"credential": "pin", "code": "012345"}', "012345", "pin"),
        (f'{{"credential": "qr", "code": "{TOKEN}"}}', TOKEN, "qr"),
        # Tasmota keypad (SetOption124 0): the keys up to # as one number, zeros lost
        ('{"Time":"2026-11-20T08:00:00","Wiegand":{"UID":123456,"Size":4}}', "123456", "pin"),
        ('{"Wiegand":{"UID":12345,"Size":8}}', "012345", "pin"),
        ('{"Wiegand":{"UID":"1E240h","Size":4}}', "123456", "pin"),  # SetOption123 1
        ('{"Wiegand":{"UID":123456789012,"Size":4}}', "123456789012", "pin"),
    ],
)
def test_visitor_codes(payload: str, code: str, credential: str) -> None:
    assert parse_reader_payload(payload) == (code, Credential(credential))


@pytest.mark.parametrize(
    "payload",
    [
        '{"credential": "pin", "code": 123456}',  # a number loses its zeros: text only
        '{"credential": "pin", "code": "12a456"}',
        '{"credential": "pin", "code": "1234567890123"}',
        '{"credential": "pin", "code": ""}',
        '{"credential": "pin"}',
        '{"credential": "qr", "code": "has space"}',
        '{"credential": "qr", "code": "%s"}' % ("A" * 129),
        '{"credential": "qr", "code": ["CSV1"]}',
        '{"uid": "0x8ec793", "credential": "pin"}',  # a card number is no PIN
        '{"credential": "card"}',
        '{"Wiegand":{"UID":0,"Size":4}}',  # # alone
        '{"Wiegand":{"UID":1234567890123,"Size":4}}',
        '{"Wiegand":{"UID":-1,"Size":8}}',
    ],
)
def test_bad_visitor_codes(payload: str) -> None:
    assert parse_reader_payload(payload) is None


def test_generic_read_says_why() -> None:
    with pytest.raises(RuleError) as invalid:
        generic_read({"uid": -5})
    assert invalid.value.code == "uid_invalid"
    with pytest.raises(KeyError):
        generic_read({"card": "0x1"})
    with pytest.raises(ValueError, match="face"):
        generic_read({"uid": "0x1", "credential": "face"})
    with pytest.raises(ValueError, match="pin"):  # a PIN has no UID: generic_message
        generic_read({"uid": "0x1", "credential": "pin"})
    with pytest.raises(RuleError) as bad_code:
        generic_message({"credential": "pin", "code": "1 2"})
    assert bad_code.value.code == "code_invalid"


@pytest.mark.parametrize(
    ("payload", "is_open"),
    [
        ('{"battery":100,"contact":false,"linkquality":153}', True),
        ('{"contact":true}', False),
        ("OPEN", True),
        ("closed", False),
        ("ON", True),
        ("off", False),
        ('{"contact":"maybe"}', None),
        ("ajar", None),
        (b"\xff", None),
    ],
)
def test_door_payloads(payload: str | bytes, is_open: bool | None) -> None:
    assert parse_door_payload(payload) is is_open


@given(st.binary(max_size=200))
def test_no_payload_raises(payload: bytes) -> None:
    parsed = parse_reader_payload(payload)
    assert parsed is None or isinstance(parsed[0], CardUid | str)
    parse_door_payload(payload)
