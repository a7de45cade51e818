"""MQTT payloads of peer devices (protocols.md section 4)."""

from __future__ import annotations

from hypothesis import given, strategies as st
import pytest

from custom_components.compound_security.engine.model import Credential
from custom_components.compound_security.engine.uid import CardUid, parse_uid
from custom_components.compound_security.transport.mqtt_payloads import (
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
    assert parsed is None or isinstance(parsed[0], CardUid)
    parse_door_payload(payload)
