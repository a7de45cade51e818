"""Resident ID numbers: check digit, masking, slow salted hashing (plain Python)."""

from __future__ import annotations

from datetime import date

from hypothesis import given, strategies as st
import pytest

from custom_components.compound_security.engine.errors import RuleError
from custom_components.compound_security.engine.idnumber import (
    IdNumberHasher,
    check_character,
    mask_id_number,
    normalize_id_number,
)

GB11643_EXAMPLE = "11010519491231002X"  # the standard's own worked example


def make_id(first17: str) -> str:
    return first17 + check_character(first17)


def test_standard_example_is_valid() -> None:
    assert normalize_id_number(GB11643_EXAMPLE) == GB11643_EXAMPLE
    assert normalize_id_number("110101202311012176", today=date(2026, 11, 20))  # I2
    assert normalize_id_number(" 11010519491231002x ") == GB11643_EXAMPLE


def test_mask_keeps_only_the_last_character() -> None:
    number = make_id("32050719800101123")
    assert mask_id_number(number) == f"{'*' * 17}{number[-1]}"
    # An older release's mask (six and four kept) shortens to the same.
    assert mask_id_number(f"320507********123{number[-1]}") == mask_id_number(number)


def test_migrated_hashes_match_new_ones() -> None:
    """A migrated hash (scrypt of the old HMAC digest) equals a new registration's."""
    hasher = IdNumberHasher(b"k" * 32, b"s" * 16, n=2**4)
    assert hasher.strengthen(hasher.legacy_hash(GB11643_EXAMPLE)) == hasher.hash(GB11643_EXAMPLE)
    sealed = hasher.seal(" 11010519491231002x ")
    assert sealed == {
        "id_number_hash": hasher.hash(GB11643_EXAMPLE),
        "id_number_mask": "*" * 17 + "X",
    }


@pytest.mark.parametrize(
    ("number", "code"),
    [
        ("110105194912310021", "id_number_checksum"),
        ("110101202311012171", "id_number_checksum"),  # I3 of protocols.md
        ("11010519491231002", "id_number_invalid"),
        ("01010519491231002X", "id_number_invalid"),  # region code cannot start with 0
        ("110105194913310028", "id_number_invalid"),  # month 13
        ("110105194902300028", "id_number_invalid"),  # 30 February
        ("110105189912310028", "id_number_invalid"),  # born before 1900
        ("11010530001231002X", "id_number_invalid"),  # born in the future
        ("1101051949123100XX", "id_number_invalid"),
    ],
)
def test_bad_numbers(number: str, code: str) -> None:
    with pytest.raises(RuleError) as err:
        normalize_id_number(number, today=date(2026, 11, 20))
    assert err.value.code == code
    assert number not in str(err.value)  # errors never echo the number


def test_hash_depends_on_the_key_and_the_salt() -> None:
    hasher = IdNumberHasher(b"a" * 32, b"s" * 16, n=2**4)
    first = hasher.hash(GB11643_EXAMPLE)
    assert first == IdNumberHasher(b"a" * 32, b"s" * 16, n=2**4).hash(GB11643_EXAMPLE)
    assert first != IdNumberHasher(b"b" * 32, b"s" * 16, n=2**4).hash(GB11643_EXAMPLE)
    assert first != IdNumberHasher(b"a" * 32, b"t" * 16, n=2**4).hash(GB11643_EXAMPLE)
    assert GB11643_EXAMPLE not in first


@given(
    st.integers(min_value=110000, max_value=659999),
    st.dates(min_value=date(1900, 1, 1), max_value=date(2026, 1, 1)),
    st.integers(min_value=0, max_value=999),
)
def test_every_well_formed_number_validates_and_one_wrong_digit_fails(
    region: int, born: date, sequence: int
) -> None:
    number = make_id(f"{region}{born:%Y%m%d}{sequence:03d}")
    assert normalize_id_number(number) == number
    wrong = "0" if number[-1] != "0" else "1"
    with pytest.raises(RuleError):
        normalize_id_number(number[:-1] + wrong)
