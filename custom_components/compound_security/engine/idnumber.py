"""Resident ID numbers (居民身份证号码, GB 11643-1999): validate, mask, slow salted hash.

The full number is never stored or logged. Storage keeps `mask_id_number` (the last
character only, see below) and `IdNumberHasher.hash`: scrypt over the HMAC-SHA256 of the
number, with a per-installation salt. The HMAC step is what older releases stored, so
their hashes migrate without the numbers: `IdNumberHasher.strengthen(old_hmac)`.

Why one salt per installation, not one per person: the wanted list is matched by hashing
each listed number once and looking the hash up among the people. With a salt per person,
every listed number would have to be hashed once per resident (10,000 x 5,000 scrypt
runs). The installation salt still makes every compound's hashes its own: no table
computed for one stolen folder works on another.

Why the mask keeps only the last character: what an attacker with a stolen folder must
try is every number the mask leaves open, times the cost of one hash. With the region
code, date of birth and sequence hidden, that is about 3,000 region codes x 46,000 dates
x 1,000 sequence numbers / 11 (the visible check character); showing the first two
characters would cut the region codes to a province's (as few as about 20, and a single
one for Hong Kong, Macao and Taiwan permits), i.e. a CPU-month or less. See the README's
Privacy section for the measured figures.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
import hashlib
import hmac
import re

from .errors import RuleError

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK_CHARS = "10X98765432"
_SHAPE = re.compile(r"[1-9]\d{5}(\d{4})(\d{2})(\d{2})\d{3}[\dX]")
ID_NUMBER_LENGTH = 18

# scrypt cost: n=2**14, r=8 takes 16 MiB and about 30 ms per hash on the project's
# machine: a registration stays interactive, a 10,000-number wanted list is matched in
# minutes in the background, and a search of the masked candidates takes CPU-years.
SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
_SCRYPT_MAXMEM = 64 * 1024 * 1024


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


def mask_id_number(number_or_mask: str) -> str:
    """Return the number with all but its last character hidden: `*****************X`.

    Also re-masks the longer masks of older releases (`320507********123X`), whose last
    character is the number's.
    """
    return "*" * (ID_NUMBER_LENGTH - 1) + number_or_mask[-1:]


@dataclass(frozen=True, slots=True)
class IdNumberHasher:
    """Turns ID numbers into the slow salted hashes that stand for them in storage."""

    key: bytes
    salt: bytes
    n: int = SCRYPT_N
    r: int = SCRYPT_R
    p: int = SCRYPT_P

    def legacy_hash(self, number: str) -> str:
        """Return the HMAC-SHA256 hex digest older releases stored."""
        return hmac.new(self.key, number.encode("ascii"), hashlib.sha256).hexdigest()

    def strengthen(self, legacy: str) -> str:
        """Return the stored hash for an HMAC digest (CPU-heavy: run it in an executor)."""
        return hashlib.scrypt(
            legacy.encode("ascii"),
            salt=self.salt,
            n=self.n,
            r=self.r,
            p=self.p,
            maxmem=_SCRYPT_MAXMEM,
            dklen=32,
        ).hex()

    def hash(self, number: str) -> str:
        """Return the stored hash of a normalised number (CPU-heavy: run it in an executor)."""
        return self.strengthen(self.legacy_hash(number))

    def seal(self, text: str, today: date | None = None) -> dict[str, str]:
        """Check a typed number; return the fields that replace it in storage."""
        number = normalize_id_number(text, today)
        return {"id_number_hash": self.hash(number), "id_number_mask": mask_id_number(number)}


def normalize_all(texts: Iterable[str], today: date | None = None) -> tuple[list[str], list[int]]:
    """Return the valid numbers (normalised, each once) and the positions of invalid ones."""
    numbers: dict[str, None] = {}
    invalid: list[int] = []
    for position, text in enumerate(texts):
        try:
            numbers[normalize_id_number(str(text), today)] = None
        except RuleError:
            invalid.append(position)
    return list(numbers), invalid
