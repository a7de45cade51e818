"""Visitor passes (访客通行证): a time-boxed PIN and a signed QR token for one host household.

A resident (for their own household) or staff create a pass with a window (default: the
rest of today, at most seven days), a number of entries (default one) and the access
points it opens (default: the compound gates and the host's own unit doors). It is shown
as a six-digit PIN, typed on a Wiegand keypad, and as a QR code carrying a token signed
with the installation's key, so nobody can make one up. Every use counts; the pass stops
after its entries or its window, or when the host revokes it.

Guessing is bounded: five wrong PINs at one reader lock PIN entry there for five minutes
(one alarm for the lockout, not one per PIN).
"""

from __future__ import annotations

import base64
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum
import hashlib
import hmac
import secrets
from typing import Any

from .errors import RuleError

PIN_DIGITS = 6
MAX_PASS_DAYS = 7
MAX_ENTRIES = 50
MAX_VISITOR_NAME = 40
PIN_LOCK_AFTER = 5
PIN_LOCK_FOR = timedelta(minutes=5)
TOKEN_PREFIX = "CSV1"  # noqa: S105  # not a secret: Compound Security visitor, version 1
_SIGNATURE_BYTES = 16


class PassVerdict(StrEnum):
    """Why a pass opens or not."""

    GRANTED = "granted"
    UNKNOWN = "unknown_credential"
    REVOKED = "revoked"
    EXPIRED = "expired"
    NOT_YET_VALID = "not_yet_valid"
    USED_UP = "used_up"
    NOT_PERMITTED_HERE = "not_permitted_here"
    PIN_LOCKED = "pin_locked"


@dataclass(frozen=True, slots=True)
class VisitorPass:
    """One pass, as stored (the visitor's name stays behind the role-checked API)."""

    id: str
    household_id: str
    pin: str
    valid_from: datetime
    valid_until: datetime
    entries: int
    used: int = 0
    access_points: frozenset[str] = frozenset()  # empty: the host's defaults
    name: str = ""
    revoked: bool = False

    @classmethod
    def from_item(cls, item: Mapping[str, Any]) -> VisitorPass:
        """Build from a stored item."""
        return cls(
            str(item["id"]),
            str(item["household_id"]),
            str(item["pin"]),
            datetime.fromisoformat(item["valid_from"]),
            datetime.fromisoformat(item["valid_until"]),
            int(item["entries"]),
            int(item.get("used", 0)),
            frozenset(item.get("access_points") or ()),
            str(item.get("name") or ""),
            bool(item.get("revoked", False)),
        )

    def verdict(self, now: datetime, opens_here: bool) -> PassVerdict:  # noqa: FBT001
        """Return whether the pass opens now at a door it does or does not name."""
        if self.revoked:
            return PassVerdict.REVOKED
        if now < self.valid_from:
            return PassVerdict.NOT_YET_VALID
        if now >= self.valid_until:
            return PassVerdict.EXPIRED
        if self.used >= self.entries:
            return PassVerdict.USED_UP
        if not opens_here:
            return PassVerdict.NOT_PERMITTED_HERE
        return PassVerdict.GRANTED

    def active(self, now: datetime) -> bool:
        """Return whether the pass may still open something (its PIN is taken)."""
        return not self.revoked and now < self.valid_until and self.used < self.entries

    def used_once(self) -> VisitorPass:
        """Return the pass with one more entry used."""
        return replace(self, used=self.used + 1)


def prepare_pass(
    data: Mapping[str, Any],
    now: datetime,
    end_of_today: datetime,
    known_access_points: Iterable[str],
    pins_in_use: Callable[[str], bool],
) -> dict[str, Any]:
    """Check a pass as a host asked for it; return what to store (with a fresh PIN)."""
    valid_from = _moment(data.get("valid_from")) or now
    valid_until = _moment(data.get("valid_until")) or end_of_today
    if valid_from.tzinfo is None or valid_until.tzinfo is None:
        valid_from, valid_until = (
            valid_from.replace(tzinfo=now.tzinfo),
            valid_until.replace(tzinfo=now.tzinfo),
        )
    if valid_until <= valid_from or valid_until <= now:
        raise RuleError("visitor_window_invalid")
    if valid_until - valid_from > timedelta(days=MAX_PASS_DAYS):
        raise RuleError("visitor_window_too_long", days=str(MAX_PASS_DAYS))
    try:
        entries = int(data.get("entries", 1))
    except TypeError, ValueError:
        raise RuleError("visitor_entries_invalid", max=str(MAX_ENTRIES)) from None
    if not 1 <= entries <= MAX_ENTRIES:
        raise RuleError("visitor_entries_invalid", max=str(MAX_ENTRIES))
    known = set(known_access_points)
    points = sorted({str(p) for p in data.get("access_points") or ()})
    if unknown := [p for p in points if p not in known]:
        raise RuleError("access_point_not_found", access_point=unknown[0][:40])
    name = " ".join(str(data.get("name") or "").split())
    if len(name) > MAX_VISITOR_NAME or any(ord(c) < 32 for c in name):  # noqa: PLR2004
        raise RuleError("text_invalid", field="name", max=str(MAX_VISITOR_NAME))
    return {
        "household_id": str(data["household_id"]),
        "pin": new_pin(pins_in_use),
        "valid_from": valid_from.isoformat(),
        "valid_until": valid_until.isoformat(),
        "entries": entries,
        "used": 0,
        "access_points": points,
        "name": name,
        "revoked": False,
    }


def _moment(value: Any) -> datetime | None:
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        raise RuleError("date_invalid", value=str(value)[:40]) from None


def new_pin(in_use: Callable[[str], bool]) -> str:
    """Return a random six-digit PIN no active pass holds."""
    for _ in range(1000):
        pin = f"{secrets.randbelow(10**PIN_DIGITS):0{PIN_DIGITS}d}"
        if not in_use(pin):
            return pin
    raise RuleError("visitor_pins_exhausted")  # pragma: no cover - a million live passes


def _signature(key: bytes, payload: bytes) -> bytes:
    return hmac.new(key, payload, hashlib.sha256).digest()[:_SIGNATURE_BYTES]


def sign_token(key: bytes, pass_id: str) -> str:
    """Return the QR code's text: the pass id and a signature only the key can make."""
    payload = pass_id.encode("ascii")
    signature = base64.urlsafe_b64encode(_signature(key, payload)).rstrip(b"=").decode()
    return f"{TOKEN_PREFIX}.{pass_id}.{signature}"


def verify_token(key: bytes, text: str) -> str | None:
    """Return the pass id of a genuine token, or None for anything else."""
    parts = text.strip().split(".")
    if len(parts) != 3 or parts[0] != TOKEN_PREFIX or not parts[1].isalnum():  # noqa: PLR2004
        return None
    try:
        given = base64.urlsafe_b64decode(parts[2] + "=" * (-len(parts[2]) % 4))
    except ValueError:
        return None
    expected = _signature(key, parts[1].encode("ascii"))
    return parts[1] if hmac.compare_digest(given, expected) else None


class PinGuard:
    """Counts wrong PINs per reader and locks PIN entry there after too many."""

    def __init__(self, limit: int = PIN_LOCK_AFTER, lock_for: timedelta = PIN_LOCK_FOR) -> None:
        """Lock after `limit` wrong PINs within `lock_for`, for `lock_for`."""
        self.limit = limit
        self.lock_for = lock_for
        self._wrong: dict[str, deque[datetime]] = {}
        self._locked_until: dict[str, datetime] = {}

    def locked(self, reader: str, now: datetime) -> bool:
        """Return whether PIN entry at this reader is locked now."""
        until = self._locked_until.get(reader)
        return until is not None and now < until

    def wrong(self, reader: str, now: datetime) -> bool:
        """Count a wrong PIN; return True when it locks the reader (raise one alarm)."""
        attempts = self._wrong.setdefault(reader, deque())
        attempts.append(now)
        while attempts and now - attempts[0] > self.lock_for:
            attempts.popleft()
        if len(attempts) < self.limit:
            return False
        attempts.clear()
        self._locked_until[reader] = now + self.lock_for
        return True


class PassBook:
    """The compound's visitor passes, found by id, by PIN and by signed token."""

    def __init__(self, key: bytes) -> None:
        """Start empty; `key` signs and checks QR tokens."""
        self.key = key
        self.passes: dict[str, VisitorPass] = {}
        self._by_pin: dict[str, str] = {}

    def put(self, item: Mapping[str, Any]) -> None:
        """Index a stored pass."""
        self.drop(str(item["id"]))
        visitor = VisitorPass.from_item(item)
        self.passes[visitor.id] = visitor
        if not visitor.revoked:
            self._by_pin[visitor.pin] = visitor.id

    def drop(self, pass_id: str) -> None:
        """Forget a pass."""
        if (old := self.passes.pop(pass_id, None)) is not None and (
            self._by_pin.get(old.pin) == pass_id
        ):
            del self._by_pin[old.pin]

    def pin_in_use(self, pin: str, now: datetime) -> bool:
        """Return whether an active pass holds this PIN (a new pass must not)."""
        pass_id = self._by_pin.get(pin)
        return pass_id is not None and self.passes[pass_id].active(now)

    def by_pin(self, pin: str) -> VisitorPass | None:
        """Return the pass a typed PIN belongs to, if any."""
        pass_id = self._by_pin.get(pin)
        return self.passes.get(pass_id) if pass_id else None

    def by_token(self, text: str) -> VisitorPass | None:
        """Return the pass of a genuine QR token, if it still exists."""
        pass_id = verify_token(self.key, text)
        return self.passes.get(pass_id) if pass_id else None

    def record_use(self, pass_id: str) -> VisitorPass:
        """Count one entry at once, so a second swipe a moment later finds it used."""
        visitor = self.passes[pass_id].used_once()
        self.passes[pass_id] = visitor
        return visitor

    def token(self, pass_id: str) -> str:
        """Return the QR code's text for a pass."""
        return sign_token(self.key, pass_id)

    def expected_on(self, day_start: datetime, day_end: datetime) -> list[VisitorPass]:
        """Return passes whose window overlaps a day and that may still be used."""
        return sorted(
            (
                visitor
                for visitor in self.passes.values()
                if not visitor.revoked
                and visitor.used < visitor.entries
                and visitor.valid_from < day_end
                and visitor.valid_until > day_start
            ),
            key=lambda visitor: visitor.valid_from,
        )
