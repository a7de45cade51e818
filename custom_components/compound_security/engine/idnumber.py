"""Resident ID numbers (居民身份证号码, GB 11643-1999): validate, mask, keyed hash.

The full number is never stored or logged: only `mask_id_number` (first six and last four
characters, as GB/T 35273 §7.2 shows on screen) and `hash_id_number`, an HMAC-SHA256 keyed
with a per-installation secret, which lets the wanted list and duplicate checks match
numbers without keeping them.
"""

from __future__ import annotations

from datetime import date
import hashlib
import hmac
import re

from .errors import RuleError

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK_CHARS = "10X98765432"
_SHAPE = re.compile(r"[1-9]\d{5}(\d{4})(\d{2})(\d{2})\d{3}[\dX]")


def check_character(first17: str) -> str:
    """Return the ISO 7064 MOD 11-2 check character for the first 17 digits."""
    total = sum(int(digit) * weight for digit, weight in zip(first17, _WEIGHTS, strict=True))
    return _CHECK_CHARS[total % 11]


def normalize_id_number(text: str, today: date | None = None) -> str:
    """Return the 18-character number in upper case, or raise `RuleError`.

    Checks the shape, the date of birth (a real date, not in the future) and the check
    character. The error never echoes the number.
    """
    number = re.sub(r"\s", "", text).upper()
    match = _SHAPE.fullmatch(number)
    if match is None:
        raise RuleError("id_number_invalid")
    try:
        born = date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        raise RuleError("id_number_invalid") from None
    if born > (today or date.today()) or born.year < 1900:  # noqa: DTZ011, PLR2004
        raise RuleError("id_number_invalid")
    if check_character(number[:17]) != number[17]:
        raise RuleError("id_number_checksum")
    return number


def mask_id_number(number: str) -> str:
    """Return the number with its middle eight characters hidden: `320507********123X`."""
    return f"{number[:6]}{'*' * 8}{number[14:]}"


def hash_id_number(number: str, secret: bytes) -> str:
    """Return the keyed hash that stands for the number in storage."""
    return hmac.new(secret, number.encode("ascii"), hashlib.sha256).hexdigest()
