"""Card and chip UIDs: every form staff type or readers send, normalised to one.

Forms accepted:
- hex of 4, 5, 7 or 8 bytes, with or without `0x`, separators `:`, `-` or spaces
  (`008EC793`, `0x8ec793`, `04:A2:2B:1A:7C:5D:80`); a hex string of an odd or short length
  is zero-padded to the next accepted byte length;
- decimal, as printed on cards (`9357203`, `0009357203`): all digits means decimal, so a
  hex UID made only of digits must be written with `0x`;
- Wiegand 26 facility and card number pairs (`142,51091` or `142:51091` with a comma, or
  `W26:8EC793`), which carry only the low 24 bits of the UID.

A read with fewer bits than a registered UID matches when the low bits agree; that is why
registration refuses two cards that share their low 24 bits.
"""

from __future__ import annotations

from dataclasses import dataclass
import re

from .errors import RuleError

FULL_BYTE_LENGTHS = (4, 5, 7, 8)
WIEGAND26_BITS = 24
LOW24 = 0xFFFFFF
MAX_FACILITY = 0xFF
MAX_CARD_NUMBER = 0xFFFF
MAX_32_BITS = 0xFFFFFFFF
# Bits of the full UID that n hex digits (1-16) make: the smallest accepted byte length
# holding them, as `full_uid` picks (n digits always fit in (n + 1) // 2 bytes).
_FULL_BITS_FOR_DIGITS = (
    0,
    *(8 * next(size for size in FULL_BYTE_LENGTHS if size >= (n + 1) // 2) for n in range(1, 17)),
)

_HEX = re.compile(r"(?:0x)?([0-9a-f]+)")
_HEX_DIGITS = "0123456789abcdef"
_DECIMAL = re.compile(r"[0-9]+")
_SEPARATED = re.compile(r"[0-9a-fx]+(?:[\s:\-][0-9a-f]+)*")
_SEPARATORS = re.compile(r"[\s:\-]")
_CANONICAL = re.compile(r"[0-9A-F]{8}|[0-9A-F]{10}|[0-9A-F]{14}|[0-9A-F]{16}")
_PAIR = re.compile(r"(\d{1,3})\s*[,/]\s*(\d{1,5})")
_W26 = re.compile(r"w26:([0-9a-f]{1,6})")


@dataclass(frozen=True, slots=True, order=True)
class CardUid:
    """A UID value and how many of its low bits are known.

    `bits` is 8 x the byte length for a full UID and 24 for a Wiegand 26 read. A Wiegand 34
    read is a 32-bit value, exactly like a 4-byte UID.
    """

    value: int
    bits: int

    @property
    def low24(self) -> int:
        """Return the low 24 bits, the part every reader reports."""
        return self.value & LOW24

    def __str__(self) -> str:
        """Return the canonical text: hex padded to the byte length, or W26: and 24 bits."""
        if self.bits == WIEGAND26_BITS:
            return f"W26:{self.value:06X}"
        return f"{self.value:0{self.bits // 4}X}"

    def matches(self, other: CardUid) -> bool:
        """Return whether two UIDs can denote the same card."""
        if self.bits == other.bits:
            return self.value == other.value
        mask = (1 << min(self.bits, other.bits)) - 1
        return (self.value & mask) == (other.value & mask)


def full_uid(value: int, byte_length: int | None = None) -> CardUid:
    """Return a full UID, sized to the smallest accepted byte length that holds it."""
    if value < 0:
        raise RuleError("uid_invalid", uid=str(value))
    for length in FULL_BYTE_LENGTHS:
        if (byte_length is None or length >= byte_length) and value < 1 << (8 * length):
            return CardUid(value, 8 * length)
    raise RuleError("uid_invalid", uid=hex(value))


def wiegand26_uid(facility: int, card: int) -> CardUid:
    """Return the 24 bits a Wiegand 26 reader reports as facility and card number."""
    if not (0 <= facility <= MAX_FACILITY and 0 <= card <= MAX_CARD_NUMBER):
        raise RuleError("uid_invalid", uid=f"{facility},{card}")
    return CardUid((facility << 16) | card, WIEGAND26_BITS)


def wiegand34_uid(value: int) -> CardUid:
    """Return the 32 bits a Wiegand 34 reader reports (the low 4 bytes of the UID)."""
    if not 0 <= value <= MAX_32_BITS:
        raise RuleError("uid_invalid", uid=str(value))
    return CardUid(value, 32)


def parse_uid(text: str) -> CardUid:
    """Normalise any accepted form, or raise `RuleError('uid_invalid')`."""
    raw = text.strip().lower()
    # The usual form first, with string methods rather than a regex (this runs on every
    # read): hex as readers and staff type it, `0x` or a letter making it hex. All digits
    # without `0x` is decimal and takes the long way below, as does anything else.
    digits = raw.removeprefix("0x")
    if (
        0 < len(digits) < len(_FULL_BITS_FOR_DIGITS)
        and not digits.strip(_HEX_DIGITS)
        and (raw.startswith("0x") or not digits.isdigit())
    ):
        return CardUid(int(digits, 16), _FULL_BITS_FOR_DIGITS[len(digits)])
    if pair := _PAIR.fullmatch(raw):
        return wiegand26_uid(int(pair[1]), int(pair[2]))
    if w26 := _W26.fullmatch(raw):
        return CardUid(int(w26[1], 16), WIEGAND26_BITS)
    if not _SEPARATED.fullmatch(raw):
        raise RuleError("uid_invalid", uid=text)
    compact = _SEPARATORS.sub("", raw)
    if _DECIMAL.fullmatch(compact) and not raw.startswith("0x"):
        if len(compact) > 20:  # noqa: PLR2004  # longer than any 8-byte number
            raise RuleError("uid_invalid", uid=text)
        return full_uid(int(compact))
    if (match := _HEX.fullmatch(compact)) and len(match[1]) <= 16:  # noqa: PLR2004
        digits = match[1]
        return full_uid(int(digits, 16), (len(digits) + 1) // 2)
    raise RuleError("uid_invalid", uid=text)


def reparseable(uid: CardUid) -> str:
    """Return text `parse_uid` reads back as this very uid (hex marked as hex)."""
    text = str(uid)
    return text if text.startswith("W26:") else f"0x{text}"


def uid_from_canonical(text: str) -> CardUid:
    """Read back `str(uid)` as stored; unlike `parse_uid`, digits here are always hex."""
    if text.startswith("W26:"):
        return CardUid(int(text[4:], 16), WIEGAND26_BITS)
    if not _CANONICAL.fullmatch(text):
        raise RuleError("uid_invalid", uid=text)
    return CardUid(int(text, 16), 4 * len(text))
