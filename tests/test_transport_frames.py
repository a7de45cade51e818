"""Reader frame decoders against the vectors in shared/reference/protocols.md, and fuzzed."""

from __future__ import annotations

from hypothesis import given, strategies as st
import pytest

from custom_components.compound_security.engine.model import Credential
from custom_components.compound_security.engine.uid import CardUid, parse_uid
from custom_components.compound_security.engine.visitors import sign_token
from custom_components.compound_security.transport.frames import (
    CodeRead,
    FrameFormat,
    Rdm6300Decoder,
    TextDecoder,
    WiegandDecoder,
    encode_rdm6300,
    encode_wiegand26,
    encode_wiegand34,
    make_decoder,
)
from custom_components.compound_security.transport.keypad import KEY_TIMEOUT, encode_key

R1 = bytes.fromhex("0231343030384543373933434503")  # "14008EC793", checksum CE
R2 = bytes.fromhex("0231303030383646343434323603")  # "100086F444", checksum 26
W26_VECTORS = [
    ("00101101000000001010001000", 90, 324),
    ("10101101100000100110010111", 91, 1227),
    ("10000111000000010110001111", 14, 711),
    ("01111111111111111111111111", 255, 65535),
    ("00000000000000000000000001", 0, 0),
    ("11101010000011011100000010", 212, 7041),
    ("11101010100000111110100001", 213, 2000),
]


def test_rdm6300_vectors() -> None:
    decoder = Rdm6300Decoder()
    reads = decoder.feed(R1 + R2)
    assert [str(r) for r in reads] == ["14008EC793", "100086F444"]
    assert reads[0].matches(parse_uid("008EC793"))  # Tasmota's UID, ESPHome's 9357203
    assert reads[1].matches(parse_uid("0008844356"))  # printed on the fob
    assert decoder.stats.frames == 2
    assert encode_rdm6300(0x14008EC793) == R1
    assert encode_rdm6300(0x100086F444) == R2


def test_rdm6300_bad_checksum_garbage_and_resync() -> None:
    decoder = Rdm6300Decoder()
    bad = R1[:11] + b"CF" + R1[13:]
    partial = R2[:7]
    stream = b"noise" + bad + partial + R1 + b"\x02ZZ" + R2
    assert [str(r) for r in decoder.feed(stream)] == ["14008EC793", "100086F444"]
    assert decoder.stats.bad_checksum == 1
    assert decoder.stats.garbage_bytes > 0
    assert decoder.feed(R1[:-1] + b"X" + R1) == [parse_uid("0x14008EC793")]  # missing ETX


@pytest.mark.parametrize("split", range(1, len(R1)))
def test_rdm6300_chunks_at_any_boundary(split: int) -> None:
    decoder = Rdm6300Decoder()
    assert decoder.feed(R1[:split]) == []
    assert len(decoder.feed(R1[split:])) == 1


@pytest.mark.parametrize(("bits", "facility", "card"), W26_VECTORS)
def test_wiegand26_vectors(bits: str, facility: int, card: int) -> None:
    assert encode_wiegand26(facility, card) == bits
    decoder = WiegandDecoder()
    assert decoder.feed(f"{bits}\r\n".encode()) == [CardUid((facility << 16) | card, 24)]


def test_wiegand34_vector_and_esphome_decimal() -> None:
    bits = "1000000001101010100000111110100001"
    assert encode_wiegand34(0x00D507D0) == bits
    (read,) = WiegandDecoder().feed(bits.encode() + b"\n")
    assert read.matches(parse_uid("0013961168"))  # printed 10-digit form of the same card
    (w26,) = WiegandDecoder().feed(b"00101101000000001010001000\n")
    assert w26 == parse_uid("90,324") == CardUid(5898564, 24)  # ESPHome on_tag "5898564"


def test_wiegand_parity_and_garbage() -> None:
    decoder = WiegandDecoder()
    flipped = "10101101000000001010001000"
    # 010 is no key burst (4 or 8 bits) and no card (26 or 34): a bad line
    assert decoder.feed(f"{flipped}\n010\nhello\n\n{'1' * 200}\n".encode()) == []
    assert decoder.stats.bad_parity == 1
    assert decoder.stats.bad_lines == 2
    assert decoder.stats.garbage_bytes > 0
    assert len(decoder.feed(b"00101101000000001010001000\n")) == 1


def _keys(code: str, bits: int = 8) -> bytes:
    return b"".join(encode_key(key, bits).encode() + b"\r\n" for key in code)


@pytest.mark.parametrize("bits", [4, 8])
def test_wiegand_keypad_pin_ends_with_hash(bits: int) -> None:
    decoder = WiegandDecoder()
    stream = _keys("0123", bits) + _keys("45#", bits)
    assert decoder.feed(stream) == [CodeRead(Credential.PIN, "012345")]
    assert decoder.stats.frames == 7


def test_wiegand_line_carries_cards_and_pins() -> None:
    decoder = WiegandDecoder()
    card = encode_wiegand26(90, 324).encode() + b"\n"
    reads = decoder.feed(_keys("12") + card + _keys("3456#") + card)
    assert reads == [
        CardUid(0x5A0144, 24),  # a card read between keys leaves the code alone
        CodeRead(Credential.PIN, "123456"),
        CardUid(0x5A0144, 24),
    ]


def test_wiegand_keypad_star_clears_timeout_restarts_and_bad_complement() -> None:
    decoder = WiegandDecoder()
    assert decoder.feed(_keys("99*123456#")) == [CodeRead(Credential.PIN, "123456")]
    assert decoder.feed(_keys("77"), now=1.0) == []
    later = 2.0 + KEY_TIMEOUT  # the keypad gave up on the 7s: a new code starts
    assert decoder.feed(_keys("654321#"), now=later) == [CodeRead(Credential.PIN, "654321")]
    assert decoder.feed(_keys("#")) == []  # an empty code is no read
    bad = b"11110001\n"  # complement of 1 would be 1110
    assert decoder.feed(_keys("1") + bad + _keys("2#")) == [CodeRead(Credential.PIN, "12")]
    assert decoder.stats.bad_parity == 1


def test_wiegand_reset_forgets_a_half_typed_code() -> None:
    decoder = WiegandDecoder()
    decoder.feed(_keys("123"))
    decoder.reset()  # the line dropped
    assert decoder.feed(_keys("456#")) == [CodeRead(Credential.PIN, "456")]


def test_code_reads_keep_the_code_out_of_repr() -> None:
    assert "123456" not in repr(CodeRead(Credential.PIN, "123456"))


def test_text_lines_carry_visitor_tokens() -> None:
    token = sign_token(b"k" * 32, "0123456789abcdef0123456789abcdef")
    assert len(token) < 64  # a QR reader's line; uuid-hex pass ids
    decoder = TextDecoder()
    reads = decoder.feed(f"{token}\r\n008EC793\nCSV1.\u00e9\n".encode())
    assert reads == [CodeRead(Credential.QR, token), parse_uid("008EC793")]
    assert decoder.stats.bad_lines == 1


def test_text_lines() -> None:
    decoder = TextDecoder()
    reads = decoder.feed(b"008EC793\r\n0009357203\n142,51091\r\nnot a card\n\xff\xfe\n")
    assert reads == [parse_uid("008EC793")] * 2 + [parse_uid("142,51091")]
    assert decoder.stats.bad_lines == 2


def test_text_decimal24_6h8d() -> None:
    decoder = TextDecoder(decimal24=True)
    (read,) = decoder.feed(b"07302202\n99999999\n+1\n")
    assert read.matches(parse_uid("0x01026F6C3A"))  # the card of protocols.md 3.2
    assert decoder.stats.bad_lines == 2


@pytest.mark.parametrize("frame_format", list(FrameFormat))
def test_every_format_has_a_decoder(frame_format: FrameFormat) -> None:
    assert make_decoder(frame_format).feed(b"") == []


@given(st.binary(max_size=400), st.integers(min_value=0, max_value=(1 << 40) - 1))
def test_rdm6300_fuzz(noise: bytes, value: int) -> None:
    decoder = Rdm6300Decoder()
    stream = noise + encode_rdm6300(value)
    reads = decoder.feed(stream)
    for read in reads:
        assert isinstance(read, CardUid)
        assert encode_rdm6300(read.value) in stream  # only valid frames come out
    last = reads[-1]
    assert isinstance(last, CardUid)
    assert last.value == value  # and the stream resynchronises on a good one


@given(st.binary(max_size=400), st.integers(0, 255), st.integers(0, 65535))
def test_wiegand_fuzz(noise: bytes, facility: int, card: int) -> None:
    decoder = WiegandDecoder()
    frame = encode_wiegand26(facility, card).encode()
    stream = noise + b"\n" + frame + b"\n"
    reads = [read for read in decoder.feed(stream) if isinstance(read, CardUid)]
    for read in reads:
        bits = (
            encode_wiegand26(read.value >> 16, read.value & 0xFFFF)
            if read.bits == 24
            else encode_wiegand34(read.value)
        )
        assert bits.encode() in stream
    assert reads[-1] == CardUid((facility << 16) | card, 24)


@given(st.binary(max_size=400), st.sampled_from(list(FrameFormat)))
def test_no_byte_stream_raises(stream: bytes, frame_format: FrameFormat) -> None:
    decoder = make_decoder(frame_format)
    for start in range(0, len(stream), 7):
        decoder.feed(stream[start : start + 7])
