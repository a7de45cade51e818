"""Card-reader frames on a serial line: RDM6300 / EM4100, Wiegand 26 and 34, text lines.

Every decoder takes bytes as they arrive, in chunks of any size, and returns the card
UIDs completed by them. Bad checksums, bad parity, garbage and partial frames are counted
in `stats` and skipped; the stream resynchronises on the next good frame. Nothing here
raises on input.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from ..engine.errors import RuleError
from ..engine.uid import CardUid, full_uid, parse_uid, wiegand26_uid, wiegand34_uid

STX = 0x02
ETX = 0x03
RDM6300_BODY = 13  # ten data and two checksum characters, then ETX
MAX_LINE = 64
HEX_DIGITS = frozenset(b"0123456789ABCDEFabcdef")


class FrameFormat(StrEnum):
    """What a serial reader sends."""

    RDM6300 = "rdm6300"  # 0x02, 10 hex, 2 hex XOR checksum, 0x03 (125 kHz EM4100 readers)
    WIEGAND = "wiegand"  # lines of 26 or 34 '0'/'1' characters from a Wiegand converter
    TEXT = "text"  # lines with a card number: hex, or decimal as printed
    TEXT_DECIMAL24 = "text_decimal24"  # lines of 8-digit decimal of the low 3 bytes (6H8D)


@dataclass(slots=True)
class DecoderStats:
    """What a decoder has seen, for diagnostics."""

    frames: int = 0
    bad_checksum: int = 0
    bad_parity: int = 0
    bad_lines: int = 0
    garbage_bytes: int = 0


class Decoder(Protocol):
    """Turns a byte stream into card reads."""

    stats: DecoderStats

    def feed(self, data: bytes) -> list[CardUid]:
        """Return the reads the new bytes complete."""
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

    def feed(self, data: bytes) -> list[CardUid]:
        """Return the cards whose frames `data` completes."""
        reads: list[CardUid] = []
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

    def feed(self, data: bytes) -> list[CardUid]:
        reads: list[CardUid] = []
        for byte in data:
            if byte in (0x0A, 0x0D):
                if self._overflow:
                    self._overflow = False
                elif self._line and (uid := self._decode(bytes(self._line).strip())) is not None:
                    reads.append(uid)
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

    def _decode(self, line: bytes) -> CardUid | None:
        raise NotImplementedError


class WiegandDecoder(_LineDecoder):
    """Lines of 26 or 34 bits, as Wiegand-to-serial converters print them, parity checked."""

    def _decode(self, line: bytes) -> CardUid | None:
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


class TextDecoder(_LineDecoder):
    """Lines with one card number each, in any form staff would type it."""

    def __init__(self, decimal24: bool = False) -> None:  # noqa: FBT001, FBT002
        """`decimal24`: lines are 8-digit decimals of the low 3 bytes (6H8D readers)."""
        super().__init__()
        self.decimal24 = decimal24

    def _decode(self, line: bytes) -> CardUid | None:
        try:
            text = line.decode("ascii")
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
