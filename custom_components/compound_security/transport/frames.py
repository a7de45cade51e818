"""Card-reader frames on a serial line: RDM6300 / EM4100, Wiegand 26 and 34, text lines.

Every decoder takes bytes as they arrive, in chunks of any size, and returns the reads
completed by them: card UIDs, and on the lines that carry them, visitors' codes (a PIN
typed on a Wiegand keypad, a QR reader's visitor token). Bad checksums, bad parity,
garbage and partial frames are counted in `stats` and skipped; the stream resynchronises
on the next good frame. Nothing here raises on input.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol, override

from ..engine.errors import RuleError
from ..engine.model import Credential
from ..engine.uid import CardUid, full_uid, parse_uid, wiegand26_uid, wiegand34_uid
from ..engine.visitors import TOKEN_PREFIX
from .keypad import KeypadEntry, decode_key

STX = 0x02
ETX = 0x03
RDM6300_BODY = 13  # ten data and two checksum characters, then ETX
MAX_LINE = 128  # a visitor token is about 60 characters; a card number at most 23
HEX_DIGITS = frozenset(b"0123456789ABCDEFabcdef")


class FrameFormat(StrEnum):
    """What a serial reader sends."""

    RDM6300 = "rdm6300"  # 0x02, 10 hex, 2 hex XOR checksum, 0x03 (125 kHz EM4100 readers)
    WIEGAND = "wiegand"  # lines of 26/34 '0'/'1' (cards) or 4/8 (keypad keys) from a converter
    TEXT = "text"  # lines with a card number (hex, or decimal as printed), or a visitor token
    TEXT_DECIMAL24 = "text_decimal24"  # lines of 8-digit decimal of the low 3 bytes (6H8D)


@dataclass(frozen=True, slots=True)
class CodeRead:
    """A visitor's code: a PIN typed on a keypad, or a token a QR reader read."""

    credential: Credential  # PIN or QR
    code: str = field(repr=False)  # never in a log line or a traceback


type Read = CardUid | CodeRead


@dataclass(slots=True)
class DecoderStats:
    """What a decoder has seen, for diagnostics."""

    frames: int = 0
    bad_checksum: int = 0
    bad_parity: int = 0
    bad_lines: int = 0
    garbage_bytes: int = 0


class Decoder(Protocol):
    """Turns a byte stream into reads."""

    stats: DecoderStats

    def feed(self, data: bytes, now: float = 0.0) -> list[Read]:
        """Return the reads the new bytes complete; `now` (seconds) times keypad entry."""
        ...  # pragma: no cover

    def reset(self) -> None:
        """Forget a partial frame (the line dropped)."""
        ...  # pragma: no cover


class Rdm6300Decoder:
    """RDM6300 / RDM630 frames: `02` + 10 hex + 2 hex XOR of the 5 bytes + `03`."""

    def __init__(self) -> None:
        """Start outside a frame."""
        self.stats = DecoderStats()
        self._body: bytearray | None = None

    def feed(self, data: bytes, now: float = 0.0) -> list[Read]:
        """Return the cards whose frames `data` completes."""
        reads: list[Read] = []
        for byte in data:
            if byte == STX:
                if self._body:  # a new frame starts inside one: drop the partial one
                    self.stats.garbage_bytes += len(self._body) + 1
                self._body = bytearray()
            elif self._body is None:
                self.stats.garbage_bytes += 1
            elif len(self._body) < RDM6300_BODY - 1:
                if byte not in HEX_DIGITS:
                    self.stats.garbage_bytes += len(self._body) + 2
                    self._body = None
                else:
                    self._body.append(byte)
            else:
                if (uid := self._finish(byte)) is not None:
                    reads.append(uid)
                self._body = None
        return reads

    def reset(self) -> None:
        """Forget a partial frame."""
        self._body = None

    def _finish(self, last: int) -> CardUid | None:
        body = self._body or bytearray()
        if last != ETX:
            self.stats.garbage_bytes += len(body) + 2
            return None
        data = bytes.fromhex(body[:10].decode())
        checksum = int(body[10:12], 16)
        expected = 0
        for value in data:
            expected ^= value
        if checksum != expected:
            self.stats.bad_checksum += 1
            return None
        self.stats.frames += 1
        return full_uid(int.from_bytes(data), 5)


class _LineDecoder:
    """Splits the stream into lines (CR, LF or both); overlong lines are dropped."""

    def __init__(self) -> None:
        self.stats = DecoderStats()
        self._line = bytearray()
        self._overflow = False

    def feed(self, data: bytes, now: float = 0.0) -> list[Read]:
        reads: list[Read] = []
        for byte in data:
            if byte in (0x0A, 0x0D):
                if self._overflow:
                    self._overflow = False
                elif (
                    self._line
                    and (read := self._decode(bytes(self._line).strip(), now)) is not None
                ):
                    reads.append(read)
                self._line.clear()
            elif self._overflow:
                self.stats.garbage_bytes += 1
            else:
                self._line.append(byte)
                if len(self._line) > MAX_LINE:
                    self.stats.garbage_bytes += len(self._line)
                    self._line.clear()
                    self._overflow = True
        return reads

    def reset(self) -> None:
        """Forget a partial line."""
        self._line.clear()
        self._overflow = False

    def _decode(self, line: bytes, now: float) -> Read | None:
        raise NotImplementedError


class WiegandDecoder(_LineDecoder):
    """Lines of bits as Wiegand-to-serial converters print them, parity checked.

    26 or 34 bits are a card; 4 or 8 bits are one key of a keypad on the same line, and
    the keys up to `#` make a PIN (`transport.keypad`). A card read between keys leaves
    the code being typed alone.
    """

    def __init__(self) -> None:
        """Start with no code being typed."""
        super().__init__()
        self.keypad = KeypadEntry()

    @override
    def reset(self) -> None:
        """Forget a partial line and a partial code."""
        super().reset()
        self.keypad = KeypadEntry()

    def _decode(self, line: bytes, now: float) -> Read | None:
        if line and len(line) in (4, 8) and not line.strip(b"01"):
            return self._key(line.decode(), now)
        if not line or any(b not in b"01" for b in line) or len(line) not in (26, 34):
            self.stats.bad_lines += 1
            return None
        bits = [b - 0x30 for b in line]
        half = (len(bits) - 2) // 2
        even_ok = sum(bits[: half + 1]) % 2 == 0
        odd_ok = sum(bits[half + 1 :]) % 2 == 1
        if not (even_ok and odd_ok):
            self.stats.bad_parity += 1
            return None
        value = int(line[1:-1], 2)
        self.stats.frames += 1
        if len(bits) == 26:  # noqa: PLR2004
            return wiegand26_uid(value >> 16, value & 0xFFFF)
        return wiegand34_uid(value)

    def _key(self, bits: str, now: float) -> CodeRead | None:
        key = decode_key(bits)
        if key is None:  # an 8-bit key whose complement does not match, or no key at all
            self.stats.bad_parity += 1
            return None
        self.stats.frames += 1
        code = self.keypad.press(key, now)
        return CodeRead(Credential.PIN, code) if code is not None else None


class TextDecoder(_LineDecoder):
    """Lines with one card number each, in any form staff would type it.

    A line that is a visitor token (`CSV1.<pass>.<signature>`, from a QR reader) is a QR
    read; the engine checks its signature.
    """

    def __init__(self, decimal24: bool = False) -> None:  # noqa: FBT001, FBT002
        """`decimal24`: lines are 8-digit decimals of the low 3 bytes (6H8D readers)."""
        super().__init__()
        self.decimal24 = decimal24

    def _decode(self, line: bytes, now: float) -> Read | None:
        try:
            text = line.decode("ascii")
            if text.startswith(f"{TOKEN_PREFIX}."):
                self.stats.frames += 1
                return CodeRead(Credential.QR, text)
            if self.decimal24:
                value = int(text, 10)
                if not text.isdigit() or value >= 1 << 24:
                    raise RuleError("uid_invalid")
                uid = CardUid(value, 24)
            else:
                uid = parse_uid(text)
        except UnicodeDecodeError, ValueError:
            self.stats.bad_lines += 1
            return None
        self.stats.frames += 1
        return uid


def make_decoder(frame_format: FrameFormat | str) -> Decoder:
    """Return a fresh decoder for a reader's frame format."""
    match FrameFormat(frame_format):
        case FrameFormat.RDM6300:
            return Rdm6300Decoder()
        case FrameFormat.WIEGAND:
            return WiegandDecoder()
        case FrameFormat.TEXT:
            return TextDecoder()
        case FrameFormat.TEXT_DECIMAL24:
            return TextDecoder(decimal24=True)


def encode_rdm6300(value: int) -> bytes:
    """Return the RDM6300 frame for a 5-byte EM4100 id (for simulators and tests)."""
    data = value.to_bytes(5)
    checksum = 0
    for byte in data:
        checksum ^= byte
    return bytes([STX]) + f"{value:010X}{checksum:02X}".encode() + bytes([ETX])


def _with_parity(data_bits: str) -> str:
    half = len(data_bits) // 2
    even = str(data_bits[:half].count("1") % 2)
    odd = str(1 - data_bits[half:].count("1") % 2)
    return even + data_bits + odd


def encode_wiegand26(facility: int, card: int) -> str:
    """Return the 26-bit string for a facility code and card number."""
    return _with_parity(f"{facility:08b}{card:016b}")


def encode_wiegand34(value: int) -> str:
    """Return the 34-bit string for 32 data bits."""
    return _with_parity(f"{value:032b}")
