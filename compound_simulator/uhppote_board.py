"""The board of a simulated UHPPOTE controller: stores, doors, decisions and event log.

`uhppote.py` puts the protocol on top; this is what the firmware keeps and decides.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from ipaddress import IPv4Address
import time

from custom_components.compound_security.transport.uhppote_types import (
    ANY_TIME,
    DOORS,
    NO_ACCESS,
    PC_CONTROL_TIMEOUT,
    DoorMode,
    EventKind,
    EventReason,
)

from . import uhppote_frames as frames
from .uhppote_frames import DoorSnapshot, StoredCard, StoredEvent, StoredProfile

type Sender = Callable[[bytes, tuple[str, int]], None]


@dataclass(frozen=True, slots=True)
class SwipeResult:
    """What the board did with a card: decided itself, or reported it to the host."""

    granted: bool
    reason: EventReason
    event_index: int

    @property
    def deferred_to_host(self) -> bool:
        """Return whether the host (PC control) has to decide and open the door."""
        return self.reason is EventReason.DENIED_PC_CONTROL


class ControllerBoard:
    """One controller board: what it stores, what its doors do, what it decides."""

    def __init__(
        self,
        serial: int,
        *,
        card_capacity: int = 20_000,
        event_capacity: int = 200_000,
        monotonic: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        """Initialise an empty board with its doors locked and closed."""
        self.serial = serial
        self.address = IPv4Address("127.0.0.1")
        self.card_capacity = card_capacity
        self.powered = True  # False: a silent board (unplugged, wrong address)
        self.requests_seen = 0
        self._monotonic = monotonic
        self._wall_clock = wall_clock
        self._clock_offset = timedelta()
        self._cards: dict[int, StoredCard] = {}
        self._card_slots: list[int | None] = []  # None where a card was deleted
        self._slot_of: dict[int, int] = {}
        self._profiles: dict[int, StoredProfile] = {}
        self._events: deque[StoredEvent] = deque(maxlen=event_capacity)
        self._last_index = 0
        self._read_index = 0
        self._sequence = 0
        self._listener: tuple[IPv4Address, int, int] = (IPv4Address(0), 0, 0)  # none set
        self._special_events = False
        self._pc_control = False
        self._host_seen_at = 0.0
        self._door_modes = dict.fromkeys(DOORS, (int(DoorMode.CONTROLLED), 3))
        self._keypads = dict.fromkeys(DOORS, False)
        self._unlocked_until = dict.fromkeys(DOORS, 0.0)
        self._contacts_open = dict.fromkeys(DOORS, False)
        self.send: Sender | None = None  # set by the server to reach the listener

    # --- state for tests -----------------------------------------------------------------
    def now(self) -> datetime:
        """Return the board's clock."""
        return (self._wall_clock() + self._clock_offset).replace(microsecond=0)

    @property
    def card_count(self) -> int:
        """Return how many cards the board holds."""
        return len(self._cards)

    @property
    def events(self) -> list[StoredEvent]:
        """Return the events still kept, oldest first."""
        return list(self._events)

    @property
    def pc_control_active(self) -> bool:
        """Return whether swipes go to the host (PC control on and the host not silent)."""
        return self._pc_control and (self._monotonic() - self._host_seen_at < PC_CONTROL_TIMEOUT)

    def is_unlocked(self, door: int) -> bool:
        """Return whether a door's relay is energised now."""
        if self._door_modes[door][0] == DoorMode.NORMALLY_OPEN:
            return True
        return self._monotonic() < self._unlocked_until[door]

    def card(self, number: int) -> StoredCard | None:
        """Return a stored card."""
        return self._cards.get(number)

    # --- the physical world --------------------------------------------------------------
    def present_card(
        self, door: int, card: int, *, pin: int | None = None, direction: int = 1
    ) -> SwipeResult:
        """Swipe a card at a door's reader; decide locally or report it to the host."""
        if door not in DOORS:
            msg = f"a controller has doors 1 to 4, not {door}"
            raise ValueError(msg)
        if self.pc_control_active:
            reason = EventReason.DENIED_PC_CONTROL
        else:
            reason = self._decide(door, card, pin)
        granted = reason is EventReason.SWIPE
        if granted:
            self._unlock(door)
        index = self._log(EventKind.SWIPE, door, card, reason, granted=granted, direction=direction)
        return SwipeResult(granted, reason, index)

    def press_button(self, door: int) -> None:
        """Press a door's exit button: unlock it (a special event)."""
        self._unlock(door)
        self._log_special(EventKind.DOOR, door, EventReason.BUTTON, granted=True)

    def set_contact(self, door: int, *, is_open: bool) -> None:
        """Open or close a door's contact; opening a locked door is forced."""
        if self._contacts_open[door] == is_open:
            return
        self._contacts_open[door] = is_open
        if is_open and not self.is_unlocked(door):
            self._log_special(EventKind.ALARM, door, EventReason.FORCED_OPEN, granted=False)
            return
        reason = EventReason.DOOR_OPENED if is_open else EventReason.DOOR_CLOSED
        self._log_special(EventKind.DOOR, door, reason, granted=True)

    def reboot(self, *, lose_cards: bool = False) -> None:
        """Power-cycle: PC control off, doors relock; flash keeps cards unless `lose_cards`."""
        self._pc_control = False
        self._unlocked_until = dict.fromkeys(DOORS, 0.0)
        self._sequence = 0
        if lose_cards:
            self._forget_cards()
        self._log_special(EventKind.DOOR, 0, EventReason.POWER_ON, granted=True)

    # --- the card store ----------------------------------------------------------------
    def _store_card(self, card: StoredCard) -> bool:
        """Add or replace a card; False when it is new and the store is full."""
        if card.card not in self._cards:
            if len(self._cards) >= self.card_capacity:
                return False
            self._slot_of[card.card] = len(self._card_slots)
            self._card_slots.append(card.card)
        self._cards[card.card] = card
        return True

    def _remove_card(self, number: int) -> bool:
        """Delete a card, leaving its slot marked deleted as the firmware does."""
        if self._cards.pop(number, None) is None:
            return False
        self._card_slots[self._slot_of.pop(number)] = None
        return True

    def _forget_cards(self) -> None:
        self._cards.clear()
        self._card_slots.clear()
        self._slot_of.clear()

    # --- decisions -----------------------------------------------------------------------
    def _decide(self, door: int, number: int, pin: int | None) -> EventReason:  # noqa: PLR0911
        card = self._cards.get(number)
        if card is None:
            return EventReason.DENIED_UNKNOWN_CARD
        if self._door_modes[door][0] == DoorMode.NORMALLY_CLOSED:
            return EventReason.DENIED_NORMALLY_CLOSED
        now = self.now()
        if card.start is None or card.end is None or not card.start <= now.date() <= card.end:
            return EventReason.DENIED_NO_PRIVILEGE
        permission = card.doors[door - 1]
        if permission == NO_ACCESS:
            return EventReason.DENIED_NO_PRIVILEGE
        if permission != ANY_TIME and not self._profile_allows(permission, now, set()):
            return EventReason.DENIED_TIME_PROFILE
        if self._keypads[door] and card.pin and pin != card.pin:
            return EventReason.DENIED_WRONG_PIN
        return EventReason.SWIPE

    def _profile_allows(self, profile_id: int, now: datetime, seen: set[int]) -> bool:
        """Return whether a profile, or one linked from it, covers this moment."""
        profile = self._profiles.get(profile_id)
        if profile is None or profile_id in seen:
            return False
        seen.add(profile_id)
        in_dates = (
            profile.start is not None
            and profile.end is not None
            and profile.start <= now.date() <= profile.end
        )
        moment = now.time()
        if (
            in_dates
            and profile.weekdays[now.weekday()]
            and any(start <= moment <= end for start, end in profile.segments)
        ):
            return True
        return bool(profile.linked_profile_id) and self._profile_allows(
            profile.linked_profile_id, now, seen
        )

    def _unlock(self, door: int) -> None:
        self._unlocked_until[door] = self._monotonic() + self._door_modes[door][1]

    # --- the event log -------------------------------------------------------------------
    def _log_special(
        self, kind: EventKind, door: int, reason: EventReason, *, granted: bool
    ) -> None:
        if self._special_events:
            self._log(kind, door, 0, reason, granted=granted)

    def _log(
        self,
        kind: EventKind,
        door: int,
        card: int,
        reason: EventReason,
        *,
        granted: bool,
        direction: int = 1,
    ) -> int:
        self._last_index += 1
        event = StoredEvent(
            self._last_index, kind, granted, door, direction, card, self.now(), reason
        )
        self._events.append(event)
        if self.send is not None and self.powered and self._listener[1]:
            address, port, _ = self._listener
            self.send(bytes(self._status(event)), (str(address), port))
        return self._last_index

    def _status(self, event: StoredEvent | None) -> bytearray:
        self._sequence += 1
        doors = {
            door: DoorSnapshot(self.is_unlocked(door), self._contacts_open[door], button=False)
            for door in DOORS
        }
        return frames.status_frame(self.serial, self.now(), doors, event, self._sequence)

    def _event_at(self, index: int) -> bytearray:
        if index == frames.LATEST_EVENT:
            index = self._last_index
        if index > self._last_index or index == 0:
            return frames.event_reply(self.serial, index, None, EventKind.NONE)
        first = self._events[0].index if self._events else self._last_index + 1
        if index < first:
            return frames.event_reply(self.serial, index, None, EventKind.OVERWRITTEN)
        return frames.event_reply(self.serial, index, self._events[index - first], 0)
