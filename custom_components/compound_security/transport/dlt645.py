"""DL/T 645 (2007 and 1997) electricity meters on an RS-485 bus: frames and readings.

A frame is: optional `FE` wake-up bytes, `68`, the 6-byte address (12 BCD digits, lowest
two first), `68`, control code, length, data (each byte + 0x33), a checksum (sum of the
bytes from the first `68` through the data, mod 256) and `16`. The decoder skips noise and
`FE`, resynchronises on the next `68 .. .. .. .. .. .. 68`, and never raises on input.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from .framing import END, START, FrameScanner

PREAMBLE = b"\xfe\xfe\xfe\xfe"
OFFSET = 0x33
MAX_DATA = 200

FORWARD_ACTIVE_ENERGY_2007 = 0x00010000  # 正向有功总电能, XXXXXX.XX kWh
FORWARD_ACTIVE_ENERGY_1997 = 0x9010


class Version(IntEnum):
    """Protocol edition: they differ in data identifiers and control codes."""

    V1997 = 1997
    V2007 = 2007


READ = {Version.V2007: 0x11, Version.V1997: 0x01}
DI_SIZE = {Version.V2007: 4, Version.V1997: 2}


class Dlt645Error(Exception):
    """A meter's reply that carries no reading."""

    def __init__(self, code: str, detail: int = 0) -> None:
        """`code`: error_reply, wrong_meter, wrong_reply, wrong_identifier or too_short."""
        super().__init__(f"{code} {detail:#04x}")
        self.code = code
        self.detail = detail


@dataclass(frozen=True, slots=True)
class Frame:
    """A decoded frame; `data` has the 0x33 offset removed."""

    address: str
    control: int
    data: bytes

    @property
    def is_reply(self) -> bool:
        """Return whether a meter sent it."""
        return bool(self.control & 0x80)

    @property
    def is_error(self) -> bool:
        """Return whether it is an abnormal reply."""
        return bool(self.control & 0x40)


def encode_address(address: str) -> bytes:
    """Return the 6 address bytes for a 12-digit address (`000102030425` -> 25 04 03 02 01 00)."""
    digits = address.strip().zfill(12)
    if len(digits) != 12 or not digits.isdigit():  # noqa: PLR2004
        raise ValueError(address)
    return bytes.fromhex(digits)[::-1]


def decode_address(raw: bytes) -> str:
    """Return the 12-digit address of 6 address bytes."""
    return raw[::-1].hex().upper()


def build_frame(address: str, control: int, data: bytes, preamble: bytes = PREAMBLE) -> bytes:
    """Return a complete frame for raw `data` (the 0x33 offset is added here)."""
    body = (
        bytes([START])
        + encode_address(address)
        + bytes([START, control, len(data)])
        + bytes((b + OFFSET) % 256 for b in data)
    )
    return preamble + body + bytes([sum(body) % 256, END])


def build_read(
    address: str,
    identifier: int = FORWARD_ACTIVE_ENERGY_2007,
    version: Version = Version.V2007,
    preamble: bytes = PREAMBLE,
) -> bytes:
    """Return the request reading one data identifier from one meter."""
    di = identifier.to_bytes(DI_SIZE[version], "little")
    return build_frame(address, READ[version], di, preamble)


class Decoder(FrameScanner[Frame]):
    """Finds frames in a byte stream (replies may come with or without `FE`)."""

    length_index = 9
    overhead = 12
    max_data = MAX_DATA

    def _header_ok(self, buffer: bytearray) -> bool:
        return buffer[7] == START  # the second 68 after the address

    def _build(self, frame: bytes) -> Frame:
        data = bytes((b - OFFSET) % 256 for b in frame[10:-2])
        return Frame(decode_address(frame[1:7]), frame[8], data)


def bcd_value(raw: bytes, decimals: int) -> float:
    """Return a BCD value sent least significant byte first (`42 06 12 00` -> 1206.42)."""
    digits = raw[::-1].hex()
    if not digits.isdigit():
        raise Dlt645Error("wrong_reply")
    return int(digits) / float(10**decimals)


def read_energy(
    frame: Frame,
    address: str,
    identifier: int = FORWARD_ACTIVE_ENERGY_2007,
    version: Version = Version.V2007,
) -> float:
    """Return the kWh a meter's reply to `build_read` carries, or raise `Dlt645Error`."""
    if frame.address != address.zfill(12):
        raise Dlt645Error("wrong_meter")
    if frame.is_error and frame.control & 0x1F == READ[version]:
        raise Dlt645Error("error_reply", frame.data[0] if frame.data else 0)
    if frame.control != READ[version] | 0x80:
        raise Dlt645Error("wrong_reply", frame.control)
    size = DI_SIZE[version]
    if frame.data[:size] != identifier.to_bytes(size, "little"):
        raise Dlt645Error("wrong_identifier")
    value = frame.data[size : size + 4]
    if len(value) != 4:  # noqa: PLR2004
        raise Dlt645Error("too_short")
    return bcd_value(value, 2)
