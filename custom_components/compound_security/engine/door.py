"""A door contact's meaning: forced entry and doors held open (GB 51348 §14.4.1).

Pure and clock-free like the decisions: the caller reports what happened and when.
A door that opens with no granted decision (or manual open) in the window before it was
forced; a door open longer than the threshold is held open until it closes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from .decision import Alarm, AlarmKind, Severity

FORCED_WINDOW = timedelta(seconds=10)
HELD_OPEN_AFTER = timedelta(seconds=60)


@dataclass(slots=True)
class DoorMonitor:
    """Follows one access point's door."""

    access_point_id: str
    forced_window: timedelta = FORCED_WINDOW
    held_open_after: timedelta = HELD_OPEN_AFTER
    opened_at: datetime | None = None
    last_release: datetime | None = None
    held_open_alarm: Alarm | None = None
    held_open: bool = False  # the gate is deliberately held open (unlock, fire release)

    def released(self, now: datetime) -> None:
        """Note a granted decision or a manual open: the door may open now."""
        self.last_release = now

    def baseline(self, now: datetime, *, is_open: bool) -> Alarm | None:
        """Take the door as found (at startup, or back after a gap): never forced entry.

        An open door counts as open from now on; a closed one clears a held-open alarm.
        """
        if not is_open:
            return self.closed()
        if self.opened_at is None:
            self.opened_at = now
        return None

    def opened(self, now: datetime) -> Alarm | None:
        """Note the door opening; return a forced-entry alarm if nothing released it."""
        if self.opened_at is not None:
            return None
        self.opened_at = now
        if self.held_open or (
            self.last_release is not None and now - self.last_release <= self.forced_window
        ):
            return None
        return Alarm(AlarmKind.FORCED_ENTRY, Severity.CRITICAL, now, self.access_point_id)

    def due(self) -> datetime | None:
        """Return when the door counts as held open, if it is open and not yet alarmed."""
        if self.opened_at is None or self.held_open_alarm is not None or self.held_open:
            return None
        return self.opened_at + self.held_open_after

    def check_held_open(self, now: datetime) -> Alarm | None:
        """Return a held-open alarm once the door has been open too long."""
        due = self.due()
        if due is None or now < due:
            return None
        seconds = int((now - (self.opened_at or now)).total_seconds())
        self.held_open_alarm = Alarm(
            AlarmKind.DOOR_HELD_OPEN,
            Severity.WARNING,
            now,
            self.access_point_id,
            placeholders={"seconds": str(seconds)},
        )
        return self.held_open_alarm

    def closed(self) -> Alarm | None:
        """Note the door closing; return the held-open alarm it clears, if any."""
        self.opened_at = None
        cleared, self.held_open_alarm = self.held_open_alarm, None
        return cleared
