"""Frigate's `<prefix>/events` messages: tracked objects, and which of them to act on once.

Pure parsing: the Home Assistant layer subscribes through its `mqtt` integration.
Frigate publishes one message per change of a tracked object (`type` `new`, `update`,
`end`), each with the object's state `before` and `after` it; only `after` matters here.
Anything unreadable gives None, never an exception.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
import json
from typing import Any

MAX_PAYLOAD = 65536  # bytes; an event with its path data is a few kilobytes
CHANGES = frozenset({"new", "update"})  # an `end` says the object left: nothing new
MAX_REMEMBERED = 1024  # objects remembered per watch: bounded whatever Frigate sends
REMEMBER_SECONDS = 3600.0  # an object tracked longer than this is in no elevator


@dataclass(frozen=True, slots=True)
class TrackedObject:
    """One tracked object as an event leaves it (`after`)."""

    change: str  # new | update | end
    object_id: str
    camera: str
    label: str
    false_positive: bool
    zones: frozenset[str]  # entered or current


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _zones(after: dict[str, Any]) -> frozenset[str] | None:
    zones: set[str] = set()
    for key in ("entered_zones", "current_zones"):
        listed = after.get(key) or []
        if not isinstance(listed, list) or not all(isinstance(z, str) for z in listed):
            return None
        zones.update(listed)
    return frozenset(zones)


def parse_event(payload: str | bytes | bytearray) -> TrackedObject | None:
    """Return the object a Frigate event message describes, or None if it is unreadable."""
    if len(payload) > MAX_PAYLOAD:
        return None
    try:
        message = json.loads(payload)
    except ValueError, UnicodeDecodeError:
        return None
    if not isinstance(message, dict) or not isinstance(after := message.get("after"), dict):
        return None
    change, object_id = _text(message.get("type")), _text(after.get("id"))
    camera, label = _text(after.get("camera")), _text(after.get("label"))
    false_positive = after.get("false_positive", False)
    zones = _zones(after)
    if (
        change is None
        or object_id is None
        or camera is None
        or label is None
        or not isinstance(false_positive, bool)
        or zones is None
    ):
        return None
    return TrackedObject(change, object_id, camera, label, false_positive, zones)


@dataclass(frozen=True, slots=True)
class ObjectRule:
    """What one camera watches for: labels on a Frigate camera, optionally in one zone."""

    camera: str
    labels: frozenset[str]
    zone: str | None = None

    def matches(self, tracked: TrackedObject) -> bool:
        """Return whether a new or updated, real object of ours is where we watch."""
        return (
            tracked.change in CHANGES
            and not tracked.false_positive
            and tracked.camera == self.camera
            and tracked.label in self.labels
            and (self.zone is None or self.zone in tracked.zones)
        )


class OnceEach:
    """Remembers what was acted on, for a while and up to a bound, so it is acted on once."""

    def __init__(
        self, *, limit: int = MAX_REMEMBERED, remember_seconds: float = REMEMBER_SECONDS
    ) -> None:
        """Forget the oldest past `limit`, and anything after `remember_seconds`."""
        self.limit = limit
        self.remember_seconds = remember_seconds
        self._seen: OrderedDict[Hashable, float] = OrderedDict()

    def first_time(self, key: Hashable, now: float) -> bool:
        """Return True the first time `key` comes (within memory), and remember it."""
        self._forget_before(now - self.remember_seconds)
        if key in self._seen:
            return False
        self._seen[key] = now
        while len(self._seen) > self.limit:
            self._seen.popitem(last=False)
        return True

    def _forget_before(self, oldest: float) -> None:
        while self._seen and next(iter(self._seen.values())) < oldest:
            self._seen.popitem(last=False)

    def __len__(self) -> int:
        """Return how many keys are remembered."""
        return len(self._seen)


def labels_from(values: Iterable[str]) -> frozenset[str]:
    """Return labels as typed (Frigate compares them exactly), without blanks."""
    return frozenset(label.strip() for label in values if label.strip())
