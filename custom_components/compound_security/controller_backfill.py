"""A controller's events: live as they come, and read back from its log after an outage.

Every event has an index the controller never reuses. The last index handled is stored
per controller (`EventMarks`, and on the controller itself as its read mark), and an
event at or below it is never handled again: after a restart the log is read from the
mark on, so each passage the controller decided alone reaches the access log exactly
once, with its own time, marked as decided offline, and the alarms it implies are
raised late. A swipe the controller reported for Home Assistant to decide (PC control)
is decided at once when live and is no passage when read back.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers.storage import Store
from homeassistant.util import dt as dt_util

from .const import DOMAIN, LOGGER
from .engine.controller_sync import VISITOR_OWNER
from .engine.decision import Alarm, AlarmKind, Severity
from .engine.model import Credential
from .engine.uid import LOW24, WIEGAND26_BITS, CardUid, wiegand34_uid
from .transport.uhppote import ControllerEvent, ControllerStatus, EventSlot
from .transport.uhppote_types import EventKind, EventReason

if TYPE_CHECKING:
    from .controller import CompoundController
    from .controller_link import ControllerHealth, ControllerLink
    from .hardware import AccessPointHardware

MARKS_VERSION = 1
MARKS_SAVE_DELAY = 1.0  # seconds: a burst of events is one write


class EventMarks:
    """The last event index handled, per controller serial, for one compound."""

    def __init__(self, hass: HomeAssistant, entry_id: str) -> None:
        """Use the compound's own store; `async_load` reads it."""
        self._store: Store[dict[str, int]] = Store(
            hass, MARKS_VERSION, f"{DOMAIN}.{entry_id}.controller_marks", atomic_writes=True
        )
        self._marks: dict[str, int] = {}

    async def async_load(self) -> None:
        """Read the stored marks."""
        self._marks = dict(await self._store.async_load() or {})

    def get(self, serial: int) -> int | None:
        """Return the last index handled for a controller, if any."""
        return self._marks.get(str(serial))

    @callback
    def set(self, serial: int, index: int) -> None:
        """Note an index as handled (written shortly after)."""
        self._marks[str(serial)] = index
        self._store.async_delay_save(lambda: dict(self._marks), MARKS_SAVE_DELAY)

    async def async_save_now(self) -> None:
        """Write the marks now (after a backfill, at stop)."""
        await self._store.async_save(dict(self._marks))


class Backfill:
    """Handles one controller's events, live and read back, each once."""

    def __init__(
        self, link: ControllerLink, compound: CompoundController, marks: EventMarks
    ) -> None:
        """Handle `link`'s controller's events for `compound`."""
        self.link = link
        self.compound = compound
        self.marks = marks
        self.serial = link.config.serial
        self._caught_up = False  # the log is read back to its end since the last connect
        self._seen: set[int] = set()  # handled live before that
        self.late = 0  # passages and alarms read back since start (diagnostics)
        self.lost = 0  # events overwritten before they could be read

    # --- live ----------------------------------------------------------------------------

    @callback
    def on_event(self, event: ControllerEvent) -> None:
        """Handle an event the controller sent (a swipe, a door, a power-up)."""
        if self._handled(event.index):
            return
        if self._caught_up:
            self.marks.set(self.serial, event.index)
        else:  # the mark moves only past what was read back: nothing before it is skipped
            self._seen.add(event.index)
        self._handle(event, live=True)
        if self._caught_up:
            self.link.async_set_updated_data(_with_index(self.link, event.index))

    @callback
    def reset(self) -> None:
        """Read the log back before moving the mark again (the controller went or restarted)."""
        self._caught_up = False

    def _handled(self, index: int) -> bool:
        mark = self.marks.get(self.serial)
        return (mark is not None and index <= mark) or index in self._seen

    # --- read back ---------------------------------------------------------------------

    async def async_catch_up(self, status: ControllerStatus) -> None:
        """Read the log from the mark to the newest event; handle what is new."""
        client = self.link.client
        newest = status.last_event.index if status.last_event is not None else 0
        mark = self.marks.get(self.serial)
        if mark is None:  # first connection: the controller's own read mark, or now
            mark = await client.get_event_index() or newest
        elif mark > newest:  # a new or reset controller: its old log is not ours
            LOGGER.warning("Controller %s log restarted; not read back", self.link.title)
            mark = newest
        try:
            index = mark + 1
            while True:  # to the end of the log, events since the status included
                slot = await client.get_event(index)
                if slot is EventSlot.NOT_YET:
                    break
                if slot is EventSlot.OVERWRITTEN:
                    self.lost += 1
                elif index not in self._seen:
                    self._handle(slot, live=False)
                mark = index
                self.marks.set(self.serial, mark)
                index += 1
        finally:  # what was read is in the log before its mark is on disk
            await self.compound.audit.async_flush()
            await self.marks.async_save_now()
        # Read to the end: what came live meanwhile lies past it, with nothing in between.
        mark = max(mark, *self._seen) if self._seen else mark
        self._seen.clear()
        self._caught_up = True
        self.marks.set(self.serial, mark)
        await self.marks.async_save_now()
        await client.set_event_index(mark)
        self.link.async_set_updated_data(_with_index(self.link, mark))

    # --- one event ---------------------------------------------------------------------

    def _handle(self, event: ControllerEvent, *, live: bool) -> None:
        hardware = self.link.doors.get(event.door)
        if event.kind == EventKind.SWIPE:
            if hardware is None:
                return
            if event.reason == EventReason.DENIED_PC_CONTROL:
                if live:  # Home Assistant decides, as for any reader
                    self._decide(hardware, event.card)
                return  # read back: it waited for a host that was gone; no passage
            if live and event.granted and hardware.door is not None:
                hardware.door.released(dt_util.now())  # it opened the door: no forced entry
            self._record_offline(hardware, event)
        elif event.reason == EventReason.POWER_ON:
            if live:
                self.link.async_rebooted()
        elif hardware is not None:
            self._door_event(hardware, event, live=live)

    def _read(self, number: int) -> tuple[CardUid | str, Credential, str | None]:
        """Return what a number from a reader is: a card, or a visitor's PIN (and pass)."""
        intended = self.link.intended
        owner = intended.owners.get(number) if intended is not None else None
        if owner is not None and owner.startswith(VISITOR_OWNER):
            pass_id = owner.removeprefix(VISITOR_OWNER)
            if (visitor := self.link.visitors.book.passes.get(pass_id)) is not None:
                return visitor.pin, Credential.PIN, pass_id
        elif intended is None:  # not planned yet since the start: ask the passes themselves
            for visitor in self.link.visitors.book.passes.values():
                if visitor.pin.isdigit() and int(visitor.pin) == number:
                    return visitor.pin, Credential.PIN, visitor.id
        if self.link.config.wiegand_bits == 26:  # noqa: PLR2004
            return CardUid(number & LOW24, WIEGAND26_BITS), Credential.CARD, None
        return wiegand34_uid(number), Credential.CARD, None

    def _decide(self, hardware: AccessPointHardware, number: int) -> None:
        read, credential, _pass_id = self._read(number)
        self.link.hass.async_create_task(
            hardware.async_read(f"controller {self.serial}", read, credential),
            f"{DOMAIN} controller swipe",
            eager_start=True,
        )

    def _record_offline(self, hardware: AccessPointHardware, event: ControllerEvent) -> None:
        read, _credential, pass_id = self._read(event.card)
        self.late += 1
        self.compound.async_record_offline(
            hardware.access_point,
            pass_id if pass_id is not None else read,
            granted=event.granted,
            moment=_local(event.timestamp),
        )

    def _door_event(
        self, hardware: AccessPointHardware, event: ControllerEvent, *, live: bool
    ) -> None:
        reason = event.reason
        if not live:
            if reason == EventReason.FORCED_OPEN:  # nobody saw it: raise it late
                self.late += 1
                self.compound.async_raise(
                    Alarm(
                        AlarmKind.FORCED_ENTRY,
                        Severity.CRITICAL,
                        _local(event.timestamp),
                        hardware.access_point.id,
                        late=True,
                    )
                )
            return
        contact = hardware.door_contact
        if reason == EventReason.BUTTON and hardware.door is not None:
            hardware.door.released(dt_util.now())  # the exit button: the opening is no force
        elif reason in (EventReason.DOOR_OPENED, EventReason.FORCED_OPEN) and contact:
            contact.async_report(is_open=True)
        elif reason == EventReason.DOOR_CLOSED and contact:
            contact.async_report(is_open=False)

    def door_baselines(self, status: ControllerStatus) -> None:
        """Take the doors as the controller finds them (an open door is not forced)."""
        for door, hardware in self.link.doors.items():
            if hardware.door_contact is not None and door in status.doors:
                hardware.door_contact.async_report(is_open=status.doors[door].open, baseline=True)


def _local(moment: datetime | None) -> datetime:
    """Return a controller's local wall time as an aware time (now when it gave none)."""
    if moment is None:
        return dt_util.now()
    return moment.replace(tzinfo=dt_util.get_default_time_zone())


def _with_index(link: ControllerLink, index: int) -> ControllerHealth:
    return replace(link.data, event_index=index)
