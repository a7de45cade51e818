"""Camera health from snapshot fetches: reachable, not frozen, offline for how long.

A camera is healthy when its snapshot can be fetched and the picture changes: a frozen
encoder keeps serving the same bytes, so `frozen_after` byte-identical fetches in a row
count as a failure too (a static scene still changes in its noise and time overlay).
A camera may also report a problem itself (video loss, tampering on its ISAPI event
stream): it fails with that problem until the camera says it is over, or stops repeating
it for `REPORT_HOLD` (cameras repeat an active alarm while it lasts and many never send
its end).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
import hashlib

DEFAULT_FROZEN_AFTER = 5
DEFAULT_OFFLINE_ALARM_AFTER = timedelta(minutes=10)
DEFAULT_REPAIR_HOURS = 72
REPORT_HOLD = timedelta(minutes=2)


@dataclass(slots=True)
class CameraHealth:
    """The health of one camera, updated by each fetch."""

    frozen_after: int = DEFAULT_FROZEN_AFTER
    online: bool | None = None  # None until the first fetch
    problem: str | None = None  # unreachable or frozen
    failing_since: datetime | None = None
    reported: str | None = None  # a problem the camera reports itself (video_loss, tampered)
    reported_at: datetime | None = None
    _last_digest: bytes | None = field(default=None, repr=False)
    _same: int = 0

    def report(self, problem: str, now: datetime, *, active: bool = True) -> bool:
        """Record a problem the camera reports, or (not active) its end; return if changed.

        The end of one problem (a video-loss heartbeat) leaves another (tampering) as it is.
        """
        was = self.online
        if active:
            self.reported, self.reported_at = problem, now
            self._fail(problem, now)
        elif self.reported == problem:
            self.reported = self.reported_at = None
            if self.problem == problem:  # the report was all that failed
                self.online, self.problem, self.failing_since = True, None, None
        return was != self.online

    def fetched(self, image: bytes | None, now: datetime, error: str = "unreachable") -> bool:
        """Record a fetch (None: it failed); return whether the camera's state changed."""
        was = self.online
        if image is None:
            self._last_digest, self._same = None, 0
            self._fail(error, now)
        else:
            digest = hashlib.blake2b(image, digest_size=16).digest()
            self._same = self._same + 1 if digest == self._last_digest else 1
            self._last_digest = digest
            if self._same >= self.frozen_after:
                self._fail("frozen", now)
            elif self._still_reported(now):
                self._fail(self.reported or "", now)
            else:
                self.online, self.problem, self.failing_since = True, None, None
        return was != self.online

    def _still_reported(self, now: datetime) -> bool:
        if self.reported_at is not None and now - self.reported_at >= REPORT_HOLD:
            self.reported = self.reported_at = None  # not repeated: over
        return self.reported is not None

    def _fail(self, problem: str, now: datetime) -> None:
        if self.online is not False:
            self.failing_since = now
        self.online, self.problem = False, problem

    def offline_for(self, now: datetime) -> timedelta:
        """Return how long the camera has been failing (zero when healthy)."""
        return now - self.failing_since if self.failing_since else timedelta(0)


def availability(healths: list[CameraHealth]) -> float | None:
    """Return the percentage of cameras healthy now (None without cameras)."""
    known = [health for health in healths if health.online is not None]
    if not healths:
        return None
    return round(100 * sum(1 for health in known if health.online) / len(healths), 1)


SNAPSHOTS = "snapshots"
LEGACY_SNAPSHOTS = "compound_security"  # before 2026.12: under Home Assistant's media folder


def snapshot_path(day: str, alarm_id: str) -> str:
    """Return where an alarm's snapshot lives under the integration's private folder."""
    return f"{SNAPSHOTS}/{day}/{alarm_id}.jpg"


def stored_snapshot_path(stored: str) -> str:
    """Return the private-folder path of a snapshot recorded by this or an older release."""
    head, _, rest = stored.partition("/")
    return f"{SNAPSHOTS}/{rest}" if head == LEGACY_SNAPSHOTS else stored
