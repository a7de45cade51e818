"""DL/T 645 frames: published vectors (protocols.md section 1), the `dlt645` oracle, fuzzing."""

from __future__ import annotations

import logging

from hypothesis import given, settings, strategies as st
import pytest

from custom_components.compound_security.transport.dlt645 import (
    FORWARD_ACTIVE_ENERGY_1997,
    Decoder,
    Dlt645Error,
    Frame,
    Version,
    build_read,
    decode_address,
    encode_address,
    read_energy,
)

logging.getLogger("dlt645").setLevel(logging.WARNING)


def hexes(text: str) -> bytes:
    return bytes.fromhex(text.replace(" ", ""))


@pytest.mark.parametrize(
    ("address", "identifier", "version", "preamble", "expected"),
    [
        (
            "000102030425",
            0x00010000,
            Version.V2007,
            b"",
            "68 25 04 03 02 01 00 68 11 04 33 33 34 33 E1 16",
        ),  # D1
        (
            "652022122003",
            0x00000000,
            Version.V2007,
            b"",
            "68 03 20 12 22 20 65 68 11 04 33 33 33 33 8D 16",
        ),  # D3
        (
            "652022122018",
            0x0201FF00,
            Version.V2007,
            b"\xfe" * 4,
            "FE FE FE FE 68 18 20 12 22 20 65 68 11 04 33 32 34 35 A4 16",
        ),  # D5: 0xFF + 0x33 wraps
        (
            "000000000161",
            0x00010000,
            Version.V2007,
            b"",
            "68 61 01 00 00 00 00 68 11 04 33 33 34 33 14 16",
        ),  # D8
        (
            "000000000003",
            0xB611,
            Version.V1997,
            b"",
            "68 03 00 00 00 00 00 68 01 02 44 E9 03 16",
        ),  # S1
        (
            "138000130754",
            0x9010,
            Version.V1997,
            b"",
            "68 54 07 13 00 80 13 68 01 02 43 C3 DA 16",
        ),  # S4
        (
            "000003430163",
            0x9010,
            Version.V1997,
            b"",
            "68 63 01 43 03 00 00 68 01 02 43 C3 83 16",
        ),  # S6
    ],
)
def test_requests_match_the_published_vectors(
    address: str, identifier: int, version: Version, preamble: bytes, expected: str
) -> None:
    assert build_read(address, identifier, version, preamble) == hexes(expected)


def test_reply_vectors() -> None:
    decoder = Decoder()
    d2 = "68 25 04 03 02 01 00 68 91 08 33 33 34 33 75 39 45 33 8B 16"
    d4 = "68 03 20 12 22 20 65 68 91 08 33 33 33 33 33 33 33 33 DD 16"
    l1 = "FE FE FE FE 68 25 04 03 02 01 00 68 91 08 33 33 33 33 89 67 45 33 CC 16"
    frames = decoder.feed(hexes(d2) + hexes(d4) + hexes(l1))
    assert read_energy(frames[0], "000102030425") == 1206.42
    assert read_energy(frames[1], "652022122003", 0x00000000) == 0.0
    assert read_energy(frames[2], "000102030425", 0x00000000) == 1234.56
    s5 = "68 54 07 13 00 80 13 68 81 06 43 C3 34 33 33 33 2B 16"
    (s5_frame,) = Decoder().feed(hexes(s5))
    assert read_energy(s5_frame, "138000130754", FORWARD_ACTIVE_ENERGY_1997, Version.V1997) == 0.01


def test_error_and_wrong_replies() -> None:
    (error,) = Decoder().feed(hexes("FE FE FE FE 68 25 04 03 02 01 00 68 D1 01 35 06 16"))  # L5
    assert error.is_reply
    assert error.is_error
    with pytest.raises(Dlt645Error) as err:
        read_energy(error, "000102030425")
    assert (err.value.code, err.value.detail) == ("error_reply", 0x02)  # no requested data
    (reply,) = Decoder().feed(hexes("68 25 04 03 02 01 00 68 91 08 33 33 34 33 75 39 45 33 8B 16"))
    for args, code in (
        (("000000000001",), "wrong_meter"),
        (("000102030425", 0x00020000), "wrong_identifier"),
    ):
        with pytest.raises(Dlt645Error) as err:
            read_energy(reply, *args)
        assert err.value.code == code
    with pytest.raises(Dlt645Error, match="wrong_reply"):
        read_energy(Frame("000102030425", 0x93, b""), "000102030425")
    with pytest.raises(Dlt645Error, match="too_short"):
        read_energy(Frame("000102030425", 0x91, bytes.fromhex("00000100")), "000102030425")
    with pytest.raises(Dlt645Error, match="wrong_reply"):
        read_energy(Frame("000102030425", 0x91, bytes.fromhex("00000100AB000000")), "000102030425")


def test_decoder_resynchronises_and_counts() -> None:
    decoder = Decoder()
    good = hexes("68 25 04 03 02 01 00 68 91 08 33 33 34 33 75 39 45 33 8B 16")
    bad = good[:-2] + b"\x00\x16"
    stream = b"\x00noise\xfe\xfe" + bad + b"\x68\x68" + good[:7]
    assert decoder.feed(stream) == []
    assert len(decoder.feed(good[7:] + good)) == 2  # a frame split across reads joins up
    assert decoder.bad_checksum == 1
    assert decoder.garbage_bytes > 0


def test_addresses() -> None:
    assert encode_address("000102030425") == hexes("25 04 03 02 01 00")
    assert decode_address(hexes("25 04 03 02 01 00")) == "000102030425"
    assert encode_address("161") == hexes("61 01 00 00 00 00")
    for bad in ("12345678901234", "0001020304AB"):
        with pytest.raises(ValueError, match=bad):
            encode_address(bad)


@settings(max_examples=15, deadline=None)  # the oracle is slow: it logs every frame
@given(st.integers(0, 10**12 - 1), st.integers(0, 79_999_999))  # the oracle stores < 800,000 kWh
def test_against_the_dlt645_oracle(address_number: int, hundredths: int) -> None:
    """PyPI `dlt645` 3.2.0 reads our request and we read its reply."""
    from dlt645.protocol.protocol import DLT645Protocol  # noqa: PLC0415
    from dlt645.service.serversvc.server_service import MeterServerService  # noqa: PLC0415

    address = f"{address_number:012d}"
    meter = MeterServerService(server=None, address=bytearray(encode_address(address)))  # type: ignore[arg-type]
    meter.set_00(0x00010000, hundredths / 100)
    request = build_read(address)
    parsed = DLT645Protocol.deserialize(bytearray(request))  # the oracle reads our request
    assert parsed is not None
    reply = meter.handle_request(parsed)
    (frame,) = Decoder().feed(bytes(reply))
    assert read_energy(frame, address) == hundredths / 100


@given(st.binary(max_size=300))
def test_no_byte_stream_raises(stream: bytes) -> None:
    decoder = Decoder()
    for start in range(0, len(stream), 11):
        for frame in decoder.feed(stream[start : start + 11]):
            assert len(frame.address) == 12
