"""A thin async client for UHPPOTE (微耕) access controllers over the `uhppoted` library.

The controller speaks 64-byte request/response frames over UDP (or TCP) on port 60000 and
sends an event frame to its configured listener for every swipe and door change. This
module turns the library's replies into small typed records and its failures into three
errors the Home Assistant layer translates: the controller did not answer, answered with
something that is not the reply asked for, or refused (for example a full card store).
The listener yields parsed events; a malformed or foreign datagram is counted and dropped,
never raised, so one bad packet on the LAN cannot stop the events.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import date, datetime
from ipaddress import IPv4Address
from typing import Any

from uhppoted import structs
from uhppoted.errors import (
    CardDeleted,
    CardNotFound,
    EventNotFound,
    EventOverwritten,
    InvalidResponse,
    TimeProfileNotFound,
)
from uhppoted.uhppote_async import UhppoteAsync

from .uhppote_listener import EventListener
from .uhppote_types import (
    DOORS,
    CardRecord,
    CardSlot,
    ControllerAddress,
    ControllerError,
    ControllerEvent,
    ControllerInfo,
    ControllerRefusedError,
    ControllerReplyError,
    ControllerStatus,
    ControllerTimeoutError,
    DoorMode,
    DoorState,
    EventSlot,
    TimeProfile,
    event_from_frame,
)

DEFAULT_TIMEOUT = 2.5
# Far-off dates the controller stores for "no limit".
FOREVER_START = date(2000, 1, 1)
FOREVER_END = date(2099, 12, 31)


def _status_from_reply(reply: Any) -> ControllerStatus:
    clock = None
    if reply.system_date is not None and reply.system_time is not None:
        clock = datetime.combine(reply.system_date, reply.system_time)
    doors = {
        door: DoorState(
            unlocked=bool(reply.relays & (1 << (door - 1))),
            open=getattr(reply, f"door_{door}_open"),
            button=getattr(reply, f"door_{door}_button"),
        )
        for door in DOORS
    }
    return ControllerStatus(
        reply.controller, clock, doors, event_from_frame(reply), reply.system_error
    )


def _card_from_library(card: structs.Card) -> CardRecord:
    doors = (card.permission(1), card.permission(2), card.permission(3), card.permission(4))
    return CardRecord(
        card.card, card.start_date or FOREVER_START, card.end_date or FOREVER_END, doors, card.pin
    )


class UhppoteClient:
    """Requests to one controller; every method raises a `ControllerError` on failure."""

    def __init__(
        self,
        address: ControllerAddress,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        bind: str = "0.0.0.0",  # noqa: S104 - any interface may route to the controller
    ) -> None:
        """Initialise the client; nothing is sent until a method is called."""
        self.address = address
        self._timeout = timeout
        self._library = UhppoteAsync(bind=bind)

    @property
    def serial(self) -> int:
        """Return the controller's serial number."""
        return self.address.serial

    async def _call(self, request: Callable[..., Awaitable[Any]], *args: Any) -> Any:
        """Send one request and check the reply is this controller's.

        The library's "no such card/event/profile" errors pass through for the caller.
        """
        try:
            reply = await request(self.address.target, *args, timeout=self._timeout)
        except TimeoutError as err:
            raise ControllerTimeoutError(self.serial, "no reply") from err
        except InvalidResponse as err:  # its message may carry a card number: not logged
            raise ControllerReplyError(self.serial, "reply about something else") from err
        except ValueError as err:  # wrong length, start byte or function code
            raise ControllerReplyError(self.serial, str(err)) from err
        except (OSError, EOFError) as err:  # unreachable, refused or closed (TCP)
            raise ControllerTimeoutError(self.serial, str(err)) from err
        if reply is None:
            raise ControllerReplyError(self.serial, "empty reply")
        if getattr(reply, "controller", self.serial) != self.serial:
            raise ControllerReplyError(self.serial, f"reply from {reply.controller}")
        return reply

    async def _expect(self, flag: str, request: Callable[..., Awaitable[Any]], *args: Any) -> None:
        """Send one request whose reply says by `flag` whether it was done."""
        reply = await self._call(request, *args)
        # The library's *_record calls answer the flag itself, the others the whole reply.
        if not (reply if isinstance(reply, bool) else getattr(reply, flag)):
            raise ControllerRefusedError(self.serial, request.__name__)

    async def get_controller(self) -> ControllerInfo:
        """Return the controller's identity and firmware."""
        reply = await self._call(self._library.get_controller)
        return ControllerInfo(
            reply.controller, reply.ip_address, reply.mac_address, reply.version, reply.date
        )

    async def get_status(self) -> ControllerStatus:
        """Return doors, clock and the newest event."""
        return _status_from_reply(await self._call(self._library.get_status))

    async def get_time(self) -> datetime:
        """Return the controller's clock."""
        return (await self._call(self._library.get_time)).datetime  # type: ignore[no-any-return]

    async def set_time(self, moment: datetime) -> datetime:
        """Set the controller's clock; return what it now reads."""
        reply = await self._call(self._library.set_time, moment)
        return reply.datetime  # type: ignore[no-any-return]

    async def put_card(self, card: CardRecord) -> None:
        """Add or replace one card."""
        record = structs.Card(
            card.card, card.start, card.end, dict(zip(DOORS, card.doors, strict=True)), card.pin
        )
        await self._expect("stored", self._library.put_card_record, record)

    async def delete_card(self, card: int) -> bool:
        """Delete one card; return False when the controller did not have it."""
        return bool((await self._call(self._library.delete_card, card)).deleted)

    async def delete_all_cards(self) -> None:
        """Empty the card store."""
        await self._expect("deleted", self._library.delete_all_cards)

    async def get_card(self, card: int) -> CardRecord | None:
        """Return one card, or None when the controller does not have it."""
        try:
            return _card_from_library(await self._call(self._library.get_card_record, card))
        except CardNotFound:
            return None

    async def get_card_count(self) -> int:
        """Return how many cards the controller holds."""
        return int((await self._call(self._library.get_cards)).cards)

    async def get_card_by_index(self, index: int) -> CardRecord | CardSlot:
        """Return the card at a 1-based index of the store, or what is there instead."""
        try:
            return _card_from_library(
                await self._call(self._library.get_card_record_by_index, index)
            )
        except CardNotFound:
            return CardSlot.EMPTY
        except CardDeleted:
            return CardSlot.DELETED

    async def all_cards(self) -> AsyncIterator[CardRecord]:
        """Yield every card on the controller, one request per index (for a reconcile)."""
        remaining = await self.get_card_count()
        index = 1
        while remaining > 0:
            slot = await self.get_card_by_index(index)
            if slot is CardSlot.EMPTY:  # fewer cards than it counts: a read to trust is whole
                raise ControllerReplyError(self.serial, f"{remaining} cards missing from the walk")
            if isinstance(slot, CardRecord):
                remaining -= 1
                yield slot
            index += 1

    async def set_time_profile(self, profile: TimeProfile) -> None:
        """Add or replace one time profile (ids 2..254)."""
        segments = {
            number: structs.TimeSegment(start, end)
            for number, (start, end) in enumerate(profile.segments, start=1)
        }
        names = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
        weekdays = structs.Weekdays(
            **{name: day in profile.weekdays for day, name in enumerate(names)}
        )
        record = structs.TimeProfile(
            profile.profile_id,
            profile.start,
            profile.end,
            weekdays,
            segments,
            profile.linked_profile_id,
        )
        await self._expect("stored", self._library.set_time_profile_record, record)

    async def get_time_profile(self, profile_id: int) -> TimeProfile | None:
        """Return one time profile, or None when the controller does not have it."""
        try:
            reply = await self._call(self._library.get_time_profile_record, profile_id)
        except TimeProfileNotFound:
            return None
        names = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
        weekdays = frozenset(day for day, name in enumerate(names) if getattr(reply.weekdays, name))
        segments = tuple(
            (segment.start, segment.end)
            for segment in reply.segments.values()
            if segment.start is not None
            and segment.end is not None
            and segment.start != segment.end
        )
        return TimeProfile(
            reply.id, reply.start_date, reply.end_date, weekdays, segments, reply.linked_profile
        )

    async def clear_time_profiles(self) -> None:
        """Delete every time profile."""
        await self._expect("deleted", self._library.delete_all_time_profiles)

    async def open_door(self, door: int) -> None:
        """Unlock one door for its configured delay."""
        await self._expect("opened", self._library.open_door, door)

    async def set_door_control(self, door: int, mode: DoorMode, delay: int) -> None:
        """Set how a door's lock is driven and how long it stays unlocked (seconds)."""
        await self._call(self._library.set_door_control, door, int(mode), delay)

    async def get_door_mode(self, door: int) -> DoorMode:
        """Return how a door's lock is driven now."""
        return DoorMode(int((await self._call(self._library.get_door_control, door)).mode))

    async def set_listener(self, host: str, port: int, interval: int = 0) -> None:
        """Send events to host:port (and the status every `interval` seconds if not 0)."""
        await self._expect("ok", self._library.set_listener, IPv4Address(host), port, interval)

    async def get_listener(self) -> tuple[str, int, int]:
        """Return the listener's host, port and auto-send interval."""
        reply = await self._call(self._library.get_listener)
        return (str(reply.address), int(reply.port), int(reply.interval))

    async def get_event(self, index: int) -> ControllerEvent | EventSlot:
        """Return the event at an index of the log, or why there is none."""
        try:
            record = await self._call(self._library.get_event_record, index)
        except EventNotFound:
            return EventSlot.NOT_YET
        except EventOverwritten:
            return EventSlot.OVERWRITTEN
        return ControllerEvent(
            self.serial,
            record.index,
            record.kind,
            record.access_granted,
            record.door,
            record.direction,
            record.card,
            record.timestamp,
            record.reason,
        )

    async def get_event_index(self) -> int:
        """Return the index the host last stored on the controller (the read mark)."""
        return int((await self._call(self._library.get_event_index)).event_index)

    async def set_event_index(self, index: int) -> None:
        """Store the host's read mark on the controller."""
        await self._expect("updated", self._library.set_event_index, index)

    async def record_special_events(self, *, enable: bool) -> None:
        """Log door contacts, buttons and remote opens as events too."""
        await self._expect("updated", self._library.record_special_events, enable)

    async def set_pc_control(self, *, enable: bool) -> None:
        """Defer decisions to the host (also the keep-alive), or take them back."""
        await self._expect("ok", self._library.set_pc_control, enable)


async def discover_controllers(
    broadcast: str = "255.255.255.255:60000",
    *,
    wait: float = DEFAULT_TIMEOUT,
    bind: str = "0.0.0.0",  # noqa: S104 - the broadcast leaves by any interface
) -> list[ControllerInfo]:
    """Return every controller that answers a broadcast get-controller within `wait` s."""
    library = UhppoteAsync(bind=bind, broadcast=broadcast)
    try:
        replies = await library.get_all_controllers(timeout=wait)
    except (ValueError, OSError, RuntimeError) as err:
        raise ControllerTimeoutError(0, str(err)) from err
    return sorted(
        (
            ControllerInfo(
                reply.controller, reply.ip_address, reply.mac_address, reply.version, reply.date
            )
            for reply in replies
        ),
        key=lambda info: info.serial,
    )


__all__ = [
    "CardRecord",
    "CardSlot",
    "ControllerAddress",
    "ControllerError",
    "ControllerEvent",
    "ControllerInfo",
    "ControllerRefusedError",
    "ControllerReplyError",
    "ControllerStatus",
    "ControllerTimeoutError",
    "DoorState",
    "EventListener",
    "EventSlot",
    "TimeProfile",
    "UhppoteClient",
    "discover_controllers",
]
