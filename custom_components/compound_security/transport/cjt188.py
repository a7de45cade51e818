"""CJ/T 188-2004 household water meters on an RS-485 / M-Bus line: frames and readings.

A frame is: `FE` wake-up bytes, `68`, meter type, the 7-byte address (14 BCD digits,
lowest two first; the last two bytes are the manufacturer), control code, length, data
(DI, SER, payload; no +0x33 offset, unlike DL/T 645), a checksum (sum from `68` through
the data, mod 256) and `16`. Vendors send the data identifier in either byte order
(`90 1F` or `1F 90`): requests use the order configured per meter, replies are read in
both. The decoder skips noise, resynchronises, and never raises on input.
"""

from __future__ import annotations

from dataclasses import dataclass

from .framing import END, START, FrameScanner

PREAMBLE = b"\xfe\xfe\xfe\xfe"
COLD_WATER = 0x10
READ_DATA = 0x01
CURRENT_FLOW = 0x901F
MAX_DATA = 0x64

# Volume unit codes (CJ/T 188-2004 table 13) as cubic metres per count.
VOLUME_UNITS = {0x29: 0.001, 0x2A: 0.01, 0x2B: 0.1, 0x2C: 1.0, 0x2D: 10.0, 0x2E: 100.0}


class Cjt188Error(Exception):
    """A meter's reply that carries no reading."""

    def __init__(self, code: str, detail: int = 0) -> None:
        """`code`: error_reply, wrong_meter, wrong_reply, wrong_identifier, too_short, unit."""
        super().__init__(f"{code} {detail:#06x}")
        self.code = code
        self.detail = detail


@dataclass(frozen=True, slots=True)
class Frame:
    """A decoded frame."""

    meter_type: int
    address: str
    control: int
    data: bytes


@dataclass(frozen=True, slots=True)
class WaterReading:
    """Cumulative flow and the meter's status bits."""

    cubic_metres: float
    valve_closed: bool
    battery_low: bool


def encode_address(address: str) -> bytes:
    """Return the 7 address bytes for 14 digits (`00002020120218` -> 18 02 12 20 20 00 00)."""
    digits = address.strip().zfill(14)
    if len(digits) != 14 or not digits.isdigit():  # noqa: PLR2004
        raise ValueError(address)
    return bytes.fromhex(digits)[::-1]


def decode_address(raw: bytes) -> str:
    """Return the 14 digits of 7 address bytes."""
    return raw[::-1].hex().upper()


def build_read(
    address: str,
    identifier: int = CURRENT_FLOW,
    *,
    meter_type: int = COLD_WATER,
    serial: int = 0,
    little_endian_di: bool = False,
    preamble: bytes = PREAMBLE,
) -> bytes:
    """Return the request reading one data identifier (`90 1F` order unless told otherwise)."""
    di = identifier.to_bytes(2, "little" if little_endian_di else "big")
    data = di + bytes([serial & 0xFF])
    body = (
        bytes([START, meter_type]) + encode_address(address) + bytes([READ_DATA, len(data)]) + data
    )
    return preamble + body + bytes([sum(body) % 256, END])


class Decoder(FrameScanner[Frame]):
    """Finds frames in a byte stream."""

    length_index = 10
    overhead = 13
    max_data = MAX_DATA

    def _build(self, frame: bytes) -> Frame:
        return Frame(frame[1], decode_address(frame[2:9]), frame[9], frame[11:-2])


def _bcd(raw: bytes) -> int:
    digits = raw[::-1].hex()
    if not digits.isdigit():
        raise Cjt188Error("wrong_reply")
    return int(digits)


def read_water(frame: Frame, address: str) -> WaterReading:
    """Return the current cumulative flow a reply to `build_read` carries, or raise."""
    if frame.address != address.zfill(14):
        raise Cjt188Error("wrong_meter")
    if frame.control == READ_DATA | 0xC0:
        status = int.from_bytes(frame.data[1:3], "little") if len(frame.data) >= 3 else 0  # noqa: PLR2004
        raise Cjt188Error("error_reply", status)
    if frame.control != READ_DATA | 0x80:
        raise Cjt188Error("wrong_reply", frame.control)
    if frame.data[:2] not in (b"\x90\x1f", b"\x1f\x90"):
        raise Cjt188Error("wrong_identifier")
    payload = frame.data[3:]
    if len(payload) < 19:  # noqa: PLR2004  # flow 5, settlement 5, time 7, status 2
        raise Cjt188Error("too_short")
    unit = VOLUME_UNITS.get(payload[4])
    if unit is None:
        raise Cjt188Error("unit", payload[4])
    status = payload[17]
    return WaterReading(
        round(_bcd(payload[:4]) / 100 * unit, 3),
        valve_closed=status & 0b11 == 0b01,
        battery_low=bool(status & 0b100),
    )
