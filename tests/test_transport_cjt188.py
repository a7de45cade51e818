"""CJ/T 188 water meters against the vectors in protocols.md section 2, and fuzzed."""

from __future__ import annotations

from hypothesis import given, strategies as st
import pytest

from custom_components.compound_security.transport.cjt188 import (
    Cjt188Error,
    Decoder,
    Frame,
    build_read,
    decode_address,
    encode_address,
    read_water,
)


def hexes(text: str) -> bytes:
    return bytes.fromhex(text.replace(" ", ""))


C3 = "FE FE FE FE 68 10 18 02 12 20 20 00 00 01 03 90 1F 00 97 16"
C5 = "FE FE FE FE 68 10 44 33 22 11 00 33 78 01 03 1F 90 00 80 16"
C9 = "68 10 12 00 00 00 00 00 00 01 03 90 1f 00 3d 16"
TAIL = " 00 00 00 00 00 00 00 00"  # time (7 bytes) and the first status byte
C4 = (
    "FE FE FE FE 68 10 18 02 12 20 20 00 00 81 16 90 1F 00 00 02 00 00 2C 00 02 00 00 2C"
    + TAIL
    + " FF 85 16"
)
C10 = (
    "fe fe fe 68 10 12 00 00 00 00 00 00 81 16 90 1f 00 10 00 10 00 2c 10 00 10 00 2c"
    + TAIL
    + " ff 67 16"
)
C11 = (
    "FE FE FE 68 10 01 00 00 05 08 00 00 81 16 90 1F 00 00 23 01 00 2C 00 00 00 00 2C"
    + TAIL
    + " 00 48 16"
)
ZEROS = " 00" * 14


@pytest.mark.parametrize(
    ("address", "little", "preamble", "expected"),
    [
        (
            "00002020120218",
            False,
            b"\xfe" * 4,
            "FE FE FE FE 68 10 18 02 12 20 20 00 00 01 03 90 1F 00 97 16",
        ),  # C3
        (
            "78330011223344",
            True,
            b"\xfe" * 4,
            "FE FE FE FE 68 10 44 33 22 11 00 33 78 01 03 1F 90 00 80 16",
        ),  # C5
        ("00000000000012", False, b"", "68 10 12 00 00 00 00 00 00 01 03 90 1f 00 3d 16"),  # C9
    ],
)
def test_requests(address: str, little: bool, preamble: bytes, expected: str) -> None:
    assert build_read(address, little_endian_di=little, preamble=preamble) == hexes(expected)


@pytest.mark.parametrize(
    ("reply", "address", "cubic_metres"),
    [
        (C4, "00002020120218", 2.0),
        (C10, "00000000000012", 1000.10),
        (C11, "00000805000001", 123.0),  # low byte first
    ],
)
def test_replies(reply: str, address: str, cubic_metres: float) -> None:
    (frame,) = Decoder().feed(hexes(reply))
    reading = read_water(frame, address)
    assert reading.cubic_metres == cubic_metres
    assert not reading.valve_closed


def test_published_reply_with_a_bad_checksum_is_rejected() -> None:
    c6 = (
        "FE FE FE FE 68 10 44 33 22 11 00 33 78 81 16 1F 90 00 00 77 66 55 2C 00 77 66 55 2C"
        " 31 01 22 11 05 15 20 21 84 08 16"
    )
    decoder = Decoder()
    assert decoder.feed(hexes(c6)) == []
    assert decoder.bad_checksum == 1


def test_address_reply_and_status_bits() -> None:
    (c2,) = Decoder().feed(hexes("FE FE FE FE 68 10 18 02 12 20 20 00 00 83 03 81 0A 00 F5 16"))
    assert (c2.meter_type, c2.address, c2.control) == (0x10, "00002020120218", 0x83)
    with pytest.raises(Cjt188Error, match="wrong_reply"):
        read_water(c2, "00002020120218")
    data = hexes("1F 90 00 00 23 01 00 2E 00 00 00 00 2C 00 00 00 00 00 00 00 05 00")
    reading = read_water(Frame(0x10, "00000805000001", 0x81, data), "00000805000001")
    assert (reading.cubic_metres, reading.valve_closed, reading.battery_low) == (
        12300.0,
        True,
        True,
    )


@pytest.mark.parametrize(
    ("frame", "code"),
    [
        (Frame(0x10, "00000000000001", 0x81, b""), "wrong_meter"),
        (Frame(0x10, "00000000000012", 0xC1, hexes("00 02 00")), "error_reply"),
        (Frame(0x10, "00000000000012", 0x81, hexes("81 0A 00")), "wrong_identifier"),
        (Frame(0x10, "00000000000012", 0x81, hexes("90 1F 00 00 02")), "too_short"),
        (
            Frame(0x10, "00000000000012", 0x81, hexes("90 1F 00 00 02 00 00 99" + " 00" * 14)),
            "unit",
        ),
        (
            Frame(0x10, "00000000000012", 0x81, hexes("90 1F 00 0A 02 00 00 2C" + " 00" * 14)),
            "wrong_reply",
        ),
    ],
)
def test_unreadable_replies(frame: Frame, code: str) -> None:
    with pytest.raises(Cjt188Error) as err:
        read_water(frame, "00000000000012")
    assert err.value.code == code


def test_addresses_and_resync() -> None:
    assert encode_address("00002020120218") == hexes("18 02 12 20 20 00 00")
    assert decode_address(hexes("18 02 12 20 20 00 00")) == "00002020120218"
    with pytest.raises(ValueError, match="ABC"):
        encode_address("ABC")
    c4 = hexes(
        "68 10 18 02 12 20 20 00 00 81 16 90 1F 00 00 02 00 00 2C 00 02 00 00 2C"
        " 00 00 00 00 00 00 00 00 FF 85 16"
    )
    decoder = Decoder()
    assert len(decoder.feed(b"\x00\x68\xff" + c4[:9]) + decoder.feed(c4[9:])) == 1
    assert decoder.garbage_bytes > 0


@given(st.binary(max_size=300))
def test_no_byte_stream_raises(stream: bytes) -> None:
    decoder = Decoder()
    for start in range(0, len(stream), 9):
        for frame in decoder.feed(stream[start : start + 9]):
            assert len(frame.address) == 14
