"""The simulated controller's side of the UHPPOTE 64-byte frames.

The `uhppoted` library encodes requests and decodes replies; a controller does the
opposite, so this module reads requests with the library's `unpack_*` helpers and writes
replies with its `pack_*` helpers, at the offsets of the library's own reply decoders
(uhppote-core documents the same layout). Every multi-byte integer is little endian;
dates and times are BCD.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from ipaddress import IPv4Address

from uhppoted import codec, decode, encode

from custom_components.compound_security.transport.uhppote_types import DOORS

FRAME_SIZE = 64
MAGIC = 0x55AAAA55  # guards destructive requests (delete all, set index, PC control)
DELETED_CARD = 0xFFFFFFFF
LATEST_EVENT = 0xFFFFFFFF


@dataclass(slots=True)
class StoredCard:
    """One card in the controller's store."""

    card: int
    start: date | None
    end: date | None
    doors: tuple[int, int, int, int]
    pin: int


@dataclass(slots=True)
class StoredProfile:
    """One time profile: dates, weekdays (Monday first), up to three segments, a link."""

    profile_id: int
    start: date | None
    end: date | None
    weekdays: tuple[bool, ...]
    segments: tuple[tuple[time, time], ...]
    linked_profile_id: int


@dataclass(frozen=True, slots=True)
class StoredEvent:
    """One event in the controller's log."""

    index: int
    kind: int
    granted: bool
    door: int
    direction: int
    card: int
    timestamp: datetime
    reason: int


@dataclass(frozen=True, slots=True)
class DoorSnapshot:
    """A door's lock, contact and button for a status frame."""

    unlocked: bool
    open: bool
    button: bool


def is_request(frame: bytes) -> bool:
    """Return whether a datagram looks like a request frame at all."""
    return len(frame) == FRAME_SIZE and frame[0] == codec.SOM


def serial_of(frame: bytes) -> int:
    """Return the controller serial a frame is addressed to."""
    return int(decode.unpack_uint32(frame, 4))


def uint8(frame: bytes, offset: int) -> int:
    """Return one byte of a request."""
    return int(decode.unpack_uint8(frame, offset))


def uint32(frame: bytes, offset: int) -> int:
    """Return a little-endian uint32 of a request."""
    return int(decode.unpack_uint32(frame, offset))


def new_reply(function: int, serial: int) -> bytearray:
    """Return an empty reply frame for a function."""
    frame = bytearray(FRAME_SIZE)
    frame[0] = codec.SOM
    frame[1] = function
    encode.pack_uint32(serial, frame, 4)
    return frame


def flag_reply(function: int, serial: int, *, ok: bool) -> bytearray:
    """Return the common reply that only says whether the request was done."""
    frame = new_reply(function, serial)
    encode.pack_bool(ok, frame, 8)
    return frame


def controller_reply(serial: int, address: IPv4Address, mac: bytes) -> bytearray:
    """Return a get-controller reply: addresses, MAC, firmware v6.62 of 2020-01-08."""
    frame = new_reply(codec.GET_CONTROLLER, serial)
    encode.pack_IPv4(address, frame, 8)
    encode.pack_IPv4(IPv4Address("255.255.255.0"), frame, 12)
    encode.pack_IPv4(IPv4Address(int(address) & 0xFFFFFF00 | 1), frame, 16)
    frame[20:26] = mac
    frame[26:28] = bytes((0x06, 0x62))
    encode.pack_date(date(2020, 1, 8), frame, 28)
    return frame


def time_reply(function: int, serial: int, clock: datetime) -> bytearray:
    """Return a get-time or set-time reply."""
    frame = new_reply(function, serial)
    encode.pack_datetime(clock, frame, 8)
    return frame


def _pack_event(event: StoredEvent, frame: bytearray, offset: int = 8) -> None:
    encode.pack_uint32(event.index, frame, offset)
    frame[offset + 4] = event.kind
    encode.pack_bool(event.granted, frame, offset + 5)
    frame[offset + 6] = event.door
    frame[offset + 7] = event.direction
    encode.pack_uint32(event.card, frame, offset + 8)
    encode.pack_datetime(event.timestamp, frame, offset + 12)
    frame[offset + 19] = event.reason


def status_frame(
    serial: int,
    clock: datetime,
    doors: dict[int, DoorSnapshot],
    last_event: StoredEvent | None,
    sequence: int,
) -> bytearray:
    """Return a get-status reply, which is also the frame sent to the listener."""
    frame = new_reply(codec.GET_STATUS, serial)
    if last_event is not None:
        _pack_event(last_event, frame)
    relays = 0
    for door in DOORS:
        encode.pack_bool(doors[door].open, frame, 27 + door)
        encode.pack_bool(doors[door].button, frame, 31 + door)
        relays |= (1 << (door - 1)) if doors[door].unlocked else 0
    frame[37:40] = bytes.fromhex(f"{clock:%H%M%S}")
    encode.pack_uint32(sequence, frame, 40)
    frame[49] = relays
    frame[51:54] = bytes.fromhex(f"{clock:%y%m%d}")
    return frame


def event_reply(serial: int, index: int, event: StoredEvent | None, kind: int) -> bytearray:
    """Return a get-event reply: the event, or `kind` 0 (none yet) / 0xFF (overwritten)."""
    frame = new_reply(codec.GET_EVENT, serial)
    if event is not None:
        _pack_event(event, frame)
    else:
        encode.pack_uint32(index, frame, 8)
        frame[12] = kind
    return frame


def uint32_reply(function: int, serial: int, value: int) -> bytearray:
    """Return a reply carrying one uint32 (card count, event index)."""
    frame = new_reply(function, serial)
    encode.pack_uint32(value, frame, 8)
    return frame


def parse_card(frame: bytes) -> StoredCard:
    """Return the card record of a put-card request."""
    doors = (uint8(frame, 20), uint8(frame, 21), uint8(frame, 22), uint8(frame, 23))
    return StoredCard(
        uint32(frame, 8),
        decode.unpack_date(frame, 12),
        decode.unpack_date(frame, 16),
        doors,
        int(decode.unpack_pin(frame, 24)),
    )


def card_reply(function: int, serial: int, card: StoredCard | int) -> bytearray:
    """Return a get-card reply: the record, or a bare number (0 missing, 0xFFFFFFFF deleted)."""
    frame = new_reply(function, serial)
    if isinstance(card, int):
        encode.pack_uint32(card, frame, 8)
        return frame
    encode.pack_uint32(card.card, frame, 8)
    if card.start is not None and card.end is not None:
        encode.pack_date(card.start, frame, 12)
        encode.pack_date(card.end, frame, 16)
    frame[20:24] = bytes(card.doors)
    encode.pack_pin(card.pin, frame, 24)
    return frame


def parse_profile(frame: bytes) -> StoredProfile:
    """Return the time profile of a set-time-profile request."""
    weekdays = tuple(decode.unpack_bool(frame, offset) for offset in range(17, 24))
    segments = []
    for offset in (24, 28, 32):
        start, end = decode.unpack_hhmm(frame, offset), decode.unpack_hhmm(frame, offset + 2)
        if start is not None and end is not None and start != end:
            segments.append((start, end))
    return StoredProfile(
        uint8(frame, 8),
        decode.unpack_date(frame, 9),
        decode.unpack_date(frame, 13),
        weekdays,
        tuple(segments),
        uint8(frame, 36),
    )


def profile_reply(serial: int, profile: StoredProfile | None) -> bytearray:
    """Return a get-time-profile reply (profile id 0 when there is none)."""
    frame = new_reply(codec.GET_TIME_PROFILE, serial)
    if profile is None:
        return frame
    frame[8] = profile.profile_id
    if profile.start is not None and profile.end is not None:
        encode.pack_date(profile.start, frame, 9)
        encode.pack_date(profile.end, frame, 13)
    for day, active in enumerate(profile.weekdays):
        encode.pack_bool(active, frame, 17 + day)
    for number, (start, end) in enumerate(profile.segments):
        encode.pack_HHmm(start, frame, 24 + 4 * number)
        encode.pack_HHmm(end, frame, 26 + 4 * number)
    frame[36] = profile.linked_profile_id
    return frame


def listener_reply(serial: int, address: IPv4Address, port: int, interval: int) -> bytearray:
    """Return a get-listener reply."""
    frame = new_reply(codec.GET_LISTENER, serial)
    encode.pack_IPv4(address, frame, 8)
    encode.pack_uint16(port, frame, 12)
    frame[14] = interval
    return frame


def door_control_reply(function: int, serial: int, door: int, mode: int, delay: int) -> bytearray:
    """Return a get- or set-door-control reply."""
    frame = new_reply(function, serial)
    frame[8:11] = bytes((door, mode, delay))
    return frame
