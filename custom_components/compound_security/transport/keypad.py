"""Wiegand keypads: one burst per key, 4 bits or 8 bits, a code ending in `#`.

Keypads on a Wiegand line (the same line a card reader uses) send each key as its own
short burst: 4 bits (the key's value) or 8 bits (the value's complement, then the value,
so a corrupted burst shows). Keys 0-9 are digits, 10 is `*` (clear) and 11 is `#`
(enter). `KeypadEntry` gathers the digits of one code; a pause of more than
`KEY_TIMEOUT` seconds between keys starts afresh, as the keypads themselves do.
"""

from __future__ import annotations

from dataclasses import dataclass, field

KEY_TIMEOUT = 10.0
MAX_CODE = 12
STAR = "*"
HASH = "#"
_KEYS = "0123456789*#"
_NIBBLE = 4
_BYTE = 8


def decode_key(bits: str) -> str | None:
    """Return the key a 4- or 8-bit burst of '0'/'1' stands for, or None if it is not one."""
    if not bits or set(bits) - {"0", "1"}:
        return None
    if len(bits) == _NIBBLE:
        value = int(bits, 2)
    elif len(bits) == _BYTE:
        high, value = int(bits[:_NIBBLE], 2), int(bits[_NIBBLE:], 2)
        if high != value ^ 0xF:  # the complement guards the key
            return None
    else:
        return None
    return _KEYS[value] if value < len(_KEYS) else None


def encode_key(key: str, bits: int = _BYTE) -> str:
    """Return the burst a keypad sends for `key` (for simulators and tests)."""
    value = _KEYS.index(key)
    nibble = f"{value:04b}"
    return nibble if bits == _NIBBLE else f"{value ^ 0xF:04b}{nibble}"


@dataclass(slots=True)
class KeypadEntry:
    """The code being typed at one keypad."""

    digits: list[str] = field(default_factory=list)
    last_key: float | None = None

    def press(self, key: str, now: float) -> str | None:
        """Take one key; return the code when `#` ends it (an empty code is None)."""
        if self.last_key is not None and now - self.last_key > KEY_TIMEOUT:
            self.digits.clear()
        self.last_key = now
        if key == STAR:
            self.digits.clear()
            return None
        if key == HASH:
            code = "".join(self.digits)
            self.digits.clear()
            return code or None
        if len(self.digits) < MAX_CODE:
            self.digits.append(key)
        return None
