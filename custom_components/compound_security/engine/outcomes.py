"""What a decision produces: its reason, the alarms it raises, the decision itself.

Plain values, shared by the decision engine and everything that reports on it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
import uuid

from .model import Credential, Direction, WatchLevel


class Reason(StrEnum):
    """Why a credential was granted or denied."""

    GRANTED = "granted"
    UNKNOWN_CREDENTIAL = "unknown_credential"
    REVOKED = "revoked"
    LOST = "lost"
    EXPIRED = "expired"
    NOT_YET_VALID = "not_yet_valid"
    VEHICLE_LOCKED = "vehicle_locked"
    OWNER_ABSENT = "owner_absent"
    HOLDER_MISSING = "holder_missing"  # the card's or vehicle's person is not registered
    MOVED_OUT = "moved_out"  # 退房/注销: the holder has left the compound
    NOT_PERMITTED_HERE = "not_permitted_here"  # no access level opens this door
    OUTSIDE_SCHEDULE = "outside_schedule"  # a level opens it, but not at this time
    USED_UP = "used_up"  # a visitor pass with no entries left
    PIN_LOCKED = "pin_locked"  # too many wrong PINs at this reader: PIN entry paused
    # Decided by an access controller from its own list while Home Assistant was away.
    OFFLINE_GRANTED = "offline_granted"
    OFFLINE_DENIED = "offline_denied"
    # A face whose person holds no usable card: lost, revoked or expired cards shut faces too.
    NO_ACTIVE_CARD = "no_active_card"
    # Half of a card + face pair, waiting for the other half: neither opened nor logged.
    AWAITING_PAIR = "awaiting_pair"


class AlarmKind(StrEnum):
    """What an alarm is about."""

    LOST_CARD = "lost_card"
    VEHICLE_THEFT = "vehicle_theft"
    WATCHLIST = "watchlist"  # care watch (重点看护): the family's request
    POLICE_WATCH = "police_watch"  # police watch (重点人员): police business only
    REPEATED_DENIALS = "repeated_denials"
    WANTED_PERSON = "wanted_person"
    FORCED_ENTRY = "forced_entry"
    DOOR_HELD_OPEN = "door_held_open"
    FIRE_RELEASE = "fire_release"
    OVER_USAGE = "over_usage"
    CAMERA_OFFLINE = "camera_offline"
    PIN_GUESSING = "pin_guessing"  # wrong PINs at a keypad: PIN entry locked there
    CARD_REPORTED_LOST = "card_reported_lost"  # for the property office: issue a new card
    EBIKE_IN_ELEVATOR = "ebike_in_elevator"  # 电瓶车进电梯: seen by an elevator camera
    HIGH_ALTITUDE_THROW = "high_altitude_throw"  # 高空抛物: a façade camera saw it


# Alarms that are police business (roles table): only the police and managers see them,
# only routes that name them are told, never a family and never a shared notification.
POLICE_KINDS = frozenset({AlarmKind.WANTED_PERSON, AlarmKind.POLICE_WATCH})
# Alarms for the property office: a route tells staff, never the household's own pages.
OFFICE_KINDS = frozenset({AlarmKind.CARD_REPORTED_LOST})


class Severity(StrEnum):
    """How urgently staff should look."""

    INFO = "info"
    WARNING = "warning"
    CRITICAL = "critical"


@dataclass(slots=True)
class Alarm:
    """An alarm raised by a decision or a registration."""

    kind: AlarmKind
    severity: Severity
    time: datetime
    access_point_id: str | None = None
    person_id: str | None = None
    household_id: str | None = None
    vehicle_id: str | None = None
    placeholders: dict[str, str] = field(default_factory=dict)
    alarm_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    count: int = 1  # how many events it stands for: repeated denials keep counting
    late: bool = False  # found in a controller's log after an outage, not as it happened
    # A camera's own alarm (no access point): the camera subentry whose snapshot it takes.
    camera_id: str | None = None
    building: str | None = None  # where a camera's alarm is, for automations to filter


@dataclass(slots=True)
class Decision:
    """The outcome of one presentation at an access point."""

    access_point_id: str
    direction: Direction
    credential: Credential
    uid: str
    reason: Reason
    time: datetime
    person_id: str | None = None
    household_id: str | None = None
    vehicle_id: str | None = None
    watch: WatchLevel = WatchLevel.NONE
    score: float | None = None  # a recognised face's or plate's confidence, 0 to 1
    alarms: list[Alarm] = field(default_factory=list)
    updated_alarms: list[Alarm] = field(default_factory=list)  # raised before, count grew

    @property
    def granted(self) -> bool:
        """Return whether the gate opens (or, decided offline, opened)."""
        return self.reason is Reason.GRANTED or self.reason is Reason.OFFLINE_GRANTED
