"""Numbers, records and errors of the UHPPOTE (微耕) access controller client.

Event kinds and reasons as the controller reports them in its event log and in the
events it sends to its listener (uhppote-core `types/event.go` and the vendor's SDK).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import Enum, IntEnum
from ipaddress import IPv4Address
from typing import Any, Literal

DEFAULT_PORT = 60000
DOORS = (1, 2, 3, 4)
# A card's permission for one door: 0 no access, 1 at any time, 2..254 a time profile id.
NO_ACCESS = 0
ANY_TIME = 1
FIRST_PROFILE_ID = 2
LAST_PROFILE_ID = 254
# The controller leaves PC control when its host has been silent this long.
PC_CONTROL_TIMEOUT = 30.0


class EventKind(IntEnum):
    """What an event in the controller's log is about."""

    NONE = 0x00  # also: no event at that index (yet)
    SWIPE = 0x01
    DOOR = 0x02  # door contact, exit button, remote open ("special events")
    ALARM = 0x03
    OVERWRITTEN = 0xFF  # the index is older than the oldest event kept


class EventReason(IntEnum):
    """Why the controller granted or refused, or what happened at a door."""

    SWIPE = 1
    DENIED_PC_CONTROL = 5  # waiting for the host to decide
    DENIED_NO_PRIVILEGE = 6
    DENIED_WRONG_PIN = 7
    DENIED_NORMALLY_CLOSED = 11
    DENIED_TIME_PROFILE = 13
    DENIED_UNKNOWN_CARD = 18
    BUTTON = 20
    DOOR_OPENED = 23
    DOOR_CLOSED = 24
    POWER_ON = 28
    HELD_OPEN = 37
    FORCED_OPEN = 38
    REMOTE_OPEN = 44


class DoorMode(IntEnum):
    """How the controller drives a door's lock."""

    NORMALLY_OPEN = 1
    NORMALLY_CLOSED = 2
    CONTROLLED = 3


class ControllerError(Exception):
    """A controller request failed; `translation_key` names the message for the user."""

    translation_key = "controller_error"

    def __init__(self, serial: int, detail: str = "") -> None:
        """Initialise with the controller's serial and a detail for the log."""
        super().__init__(f"controller {serial}: {detail or self.translation_key}")
        self.serial = serial

    @property
    def translation_placeholders(self) -> dict[str, str]:
        """Return the placeholders of the translated message."""
        return {"serial": str(self.serial)}


class ControllerTimeoutError(ControllerError):
    """The controller did not answer in time (off, unplugged, wrong address)."""

    translation_key = "controller_timeout"


class ControllerReplyError(ControllerError):
    """The reply was not the one asked for (wrong function, serial, card or profile)."""

    translation_key = "controller_bad_reply"


class ControllerRefusedError(ControllerError):
    """The controller answered but did not do it (card store full, bad profile)."""

    translation_key = "controller_refused"


@dataclass(frozen=True, slots=True)
class ControllerAddress:
    """Where one controller is and how to reach it."""

    serial: int
    host: str
    port: int = DEFAULT_PORT
    protocol: Literal["udp", "tcp"] = "udp"

    @property
    def target(self) -> tuple[int, str, str]:
        """Return the (serial, address:port, protocol) tuple the library takes."""
        return (self.serial, f"{self.host}:{self.port}", self.protocol)


@dataclass(frozen=True, slots=True)
class ControllerInfo:
    """What get-controller tells: identity and firmware."""

    serial: int
    address: IPv4Address
    mac: str
    version: str
    released: date | None


@dataclass(frozen=True, slots=True)
class CardRecord:
    """One card on the controller: validity, per-door permission and keypad PIN."""

    card: int
    start: date
    end: date
    doors: tuple[int, int, int, int]  # 0 none, 1 any time, 2..254 a time profile id
    pin: int = 0


class CardSlot(Enum):
    """What a card index holds when it holds no card."""

    EMPTY = "empty"  # past the last card
    DELETED = "deleted"  # a card was deleted there


@dataclass(frozen=True, slots=True)
class TimeProfile:
    """A time profile: dates, weekdays (0 = Monday) and up to three daily segments."""

    profile_id: int
    start: date
    end: date
    weekdays: frozenset[int]
    segments: tuple[tuple[time, time], ...]
    linked_profile_id: int = 0


@dataclass(frozen=True, slots=True)
class ControllerEvent:
    """One event from the controller's log or its listener."""

    serial: int
    index: int
    kind: int
    granted: bool
    door: int
    direction: int  # 1 in, 2 out
    card: int
    timestamp: datetime | None
    reason: int


@dataclass(frozen=True, slots=True)
class DoorState:
    """A door as the controller sees it."""

    unlocked: bool
    open: bool
    button: bool


class EventSlot(Enum):
    """What an event index holds when it holds no event."""

    NOT_YET = "not_yet"  # past the newest event
    OVERWRITTEN = "overwritten"  # older than the oldest event kept


@dataclass(frozen=True, slots=True)
class ControllerStatus:
    """Doors, clock and the newest event (None when the log is empty)."""

    serial: int
    clock: datetime | None
    doors: dict[int, DoorState]
    last_event: ControllerEvent | None
    system_error: int = field(default=0)


def event_from_frame(reply: Any) -> ControllerEvent | None:
    """Return the newest event carried by a status reply or a listener frame."""
    if reply.event_index == 0:
        return None
    return ControllerEvent(
        serial=reply.controller,
        index=reply.event_index,
        kind=reply.event_type,
        granted=reply.event_access_granted,
        door=reply.event_door,
        direction=reply.event_direction,
        card=reply.event_card,
        timestamp=reply.event_timestamp,
        reason=reply.event_reason,
    )
