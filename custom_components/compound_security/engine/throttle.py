"""Throttles for reads that arrive over the network: rate limits and source lockouts.

Pure and clock-free: callers pass `now` in seconds from a monotonic clock. Memory is
bounded: keys nobody has used for a whole window are forgotten, and at most `max_keys`
are tracked (a flood of new keys forgets the quietest first, never blocks the busiest).
"""

from __future__ import annotations

from collections import OrderedDict, deque
from dataclasses import dataclass, field

LOCKOUT_AFTER = 10  # unknown credentials from one source ...
LOCKOUT_WINDOW = 60.0  # ... within this many seconds ...
LOCKOUT_FOR = 300.0  # ... shut that source out this long
MAX_KEYS = 4096


class RateLimiter:
    """At most `limit` events per key within any `period` seconds; the excess is refused."""

    def __init__(self, limit: int, period: float = 1.0, max_keys: int = MAX_KEYS) -> None:
        """Allow `limit` events per `period` seconds for each key."""
        self.limit = limit
        self.period = period
        self.max_keys = max_keys
        self._events: OrderedDict[str, deque[float]] = OrderedDict()

    def allow(self, key: str, now: float) -> bool:
        """Count an event for `key` and return whether it is within the limit."""
        events = self._events.pop(key, None)
        if events is None:
            events = deque()
        while events and now - events[0] >= self.period:
            events.popleft()
        allowed = len(events) < self.limit
        if allowed:
            events.append(now)
        self._events[key] = events  # the most recently used key goes last
        while len(self._events) > self.max_keys:
            self._events.popitem(last=False)
        return allowed


@dataclass(slots=True)
class _Source:
    failures: deque[float] = field(default_factory=deque)
    locked_until: float = 0.0


class SourceLockout:
    """Shuts a source (a remote address) out after repeated unknown credentials."""

    def __init__(
        self,
        after: int = LOCKOUT_AFTER,
        window: float = LOCKOUT_WINDOW,
        duration: float = LOCKOUT_FOR,
        max_keys: int = MAX_KEYS,
    ) -> None:
        """Lock a source out for `duration` after `after` failures within `window`."""
        self.after = after
        self.window = window
        self.duration = duration
        self.max_keys = max_keys
        self._sources: OrderedDict[str, _Source] = OrderedDict()

    def locked(self, source: str, now: float) -> bool:
        """Return whether `source` is shut out at `now`."""
        state = self._sources.get(source)
        if state is None:
            return False
        self._sources.move_to_end(source)  # a source still knocking is not forgotten first
        return now < state.locked_until

    def failed(self, source: str, now: float) -> bool:
        """Count an unknown credential from `source`; return True when it locks it out now."""
        state = self._sources.pop(source, None) or _Source()
        self._sources[source] = state
        while len(self._sources) > self.max_keys:
            self._sources.popitem(last=False)
        if now < state.locked_until:
            return False  # already shut out
        failures = state.failures
        while failures and now - failures[0] >= self.window:
            failures.popleft()
        failures.append(now)
        if len(failures) < self.after:
            return False
        failures.clear()
        state.locked_until = now + self.duration
        return True
