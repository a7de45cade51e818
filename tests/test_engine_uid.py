"""Card UID normalisation (plain Python)."""

from __future__ import annotations

from hypothesis import given, strategies as st
import pytest

from custom_components.compound_security.engine.errors import RuleError
from custom_components.compound_security.engine.uid import (
    CardUid,
    full_uid,
    parse_uid,
    uid_from_canonical,
    wiegand26_uid,
    wiegand34_uid,
)


@pytest.mark.parametrize(
    "text", ["008EC793", "0x8ec793", "0x008EC793", "9357203", "0009357203", "00:8e:c7:93", "8EC793"]
)
def test_the_forms_of_one_card_agree(text: str) -> None:
    assert parse_uid(text) == CardUid(0x8EC793, 32)
    assert str(parse_uid(text)) == "008EC793"


def test_wiegand26_pair_is_the_low_24_bits() -> None:
    read = parse_uid("142,51091")
    assert read == CardUid(0x8EC793, 24)
    assert str(read) == "W26:8EC793"
    assert parse_uid("W26:8EC793") == read
    assert parse_uid("142/51091") == read
    assert read.matches(parse_uid("008EC793"))
    assert read.matches(parse_uid("04A2C1FF8EC793"))  # a 7-byte UID with the same low bits
    assert not read.matches(parse_uid("008EC794"))


@pytest.mark.parametrize(
    ("text", "canonical", "bits"),
    [
        ("04:A2:2B:1A:7C:5D:80", "04A22B1A7C5D80", 56),
        ("0A008EC793", "0A008EC793", 40),  # EM4100: five bytes
        ("E004015012345678", "E004015012345678", 64),
        ("0x12345678", "12345678", 32),
        ("12345678", "00BC614E", 32),  # all digits: decimal
        ("4294967296", "0100000000", 40),  # one past 32 bits grows to the next length
    ],
)
def test_lengths(text: str, canonical: str, bits: int) -> None:
    uid = parse_uid(text)
    assert (str(uid), uid.bits) == (canonical, bits)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "  ",
        "xyz",
        "0x",
        "12345678901234567890123",
        "0x1234567890ABCDEF01",
        "256,1",
        "1,65536",
        "-5",
        "00-",
        ":00",
        "W26:1234567",
        "²",
        "١٢٣",
    ],
)
def test_garbage_is_refused(text: str) -> None:
    with pytest.raises(RuleError) as err:
        parse_uid(text)
    assert err.value.code == "uid_invalid"


def test_canonical_text_is_strict() -> None:
    assert uid_from_canonical("12345678") == CardUid(0x12345678, 32)
    assert uid_from_canonical("W26:8EC793") == CardUid(0x8EC793, 24)
    for text in ("1234567", "0x12345678", "abcdef12", "123456789"):
        with pytest.raises(RuleError):
            uid_from_canonical(text)


def test_helpers_refuse_out_of_range() -> None:
    with pytest.raises(RuleError):
        full_uid(-1)
    with pytest.raises(RuleError):
        full_uid(1 << 64)
    with pytest.raises(RuleError):
        wiegand26_uid(256, 0)
    with pytest.raises(RuleError):
        wiegand34_uid(1 << 32)
    assert wiegand34_uid(0x8EC793).matches(parse_uid("008EC793"))


@given(st.integers(min_value=0, max_value=(1 << 64) - 1))
def test_canonical_text_round_trips(value: int) -> None:
    uid = full_uid(value)
    assert uid_from_canonical(str(uid)) == uid
    assert parse_uid(f"0x{uid}") == uid
    assert parse_uid(f"0x{value:x}") == uid
    assert parse_uid(str(value)) == uid


@given(st.integers(min_value=0, max_value=(1 << 32) - 1))
def test_decimal_and_hex_of_a_4_byte_card_agree(value: int) -> None:
    assert parse_uid(f"{value:010d}") == parse_uid(f"0x{value:08X}")


@given(st.integers(min_value=0, max_value=(1 << 56) - 1))
def test_a_wiegand26_read_matches_its_full_uid(value: int) -> None:
    full = full_uid(value)
    read = wiegand26_uid((value >> 16) & 0xFF, value & 0xFFFF)
    assert read.matches(full)
    assert full.matches(read)
    assert parse_uid(f"{(value >> 16) & 0xFF},{value & 0xFFFF}") == read


@given(st.text(max_size=30))
def test_any_text_normalises_or_is_refused(text: str) -> None:
    try:
        uid = parse_uid(text)
    except RuleError as err:
        assert err.code == "uid_invalid"  # noqa: PT017
    else:
        assert uid_from_canonical(str(uid)) == uid


@given(st.integers(0, 2**56 - 1), st.integers(1, 7))
def test_reparseable_text_reads_back_as_the_same_uid(value: int, size: int) -> None:
    from custom_components.compound_security.engine.uid import reparseable  # noqa: PLC0415

    uid = full_uid(value % (1 << (8 * size)), size)
    assert parse_uid(reparseable(uid)) == uid
    w26 = wiegand26_uid(value % 256, value % 65536)
    assert parse_uid(reparseable(w26)) == w26


@given(
    st.text("0123456789abcdefABCDEF", min_size=1, max_size=16),
    st.sampled_from(["", "0x", "0X", " 0x"]),
)
def test_hex_is_read_the_one_way_whatever_its_length(digits: str, prefix: str) -> None:
    """Hex read on the short way sizes the UID exactly as `full_uid` does."""
    if not prefix.strip() and digits.isdigit():
        return  # digits alone are decimal
    uid = parse_uid(prefix + digits)
    assert uid == full_uid(int(digits, 16), (len(digits) + 1) // 2)
    assert uid_from_canonical(str(uid)) == uid
