"""The decision every gate makes: grant or deny, with a reason, and the alarms it raises.

Pure and clock-free: callers pass `now`. State kept here is short-lived by design:
recent granted cards per access point (for vehicle chips, whose owner must be present),
vehicle reads waiting for their owner's card, and recent denials (GB 50396 §5.1.5).

Repeated denials raise one alarm per access point and burst: once `denial_limit` denials
fall within `denial_window`, later denials (each within `denial_window` of the one
before) only raise that alarm's count, reported in `Decision.updated_alarms`.
"""

from __future__ import annotations

__all__ = [  # the outcome types live in `outcomes`; callers may import them from here
    "POLICE_KINDS",
    "AccessController",
    "Alarm",
    "AlarmKind",
    "Decision",
    "PendingVehicle",
    "Reason",
    "Severity",
]

from collections import defaultdict, deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta

from .access_levels import AccessZone, Holder, Verdict, judge, resident_covers
from .model import Card, CardStatus, Credential, Direction, Person, Vehicle, WatchLevel
from .outcomes import POLICE_KINDS, Alarm, AlarmKind, Decision, Reason, Severity
from .registry import Registry
from .settings import AccessPointSettings
from .uid import CardUid
from .visitors import PassBook, PassVerdict, PinGuard

# An access point's direction setting as the enum, by a dict lookup (an enum call costs
# several Python frames, and this is on every read's way to the gate).
DIRECTIONS = {direction.value: direction for direction in Direction}
OWNER_WINDOW = timedelta(seconds=30)
OWNER_GRACE = timedelta(seconds=5)
DENIAL_LIMIT = 5
DENIAL_WINDOW = timedelta(minutes=1)


_PASS_REASON = {
    PassVerdict.GRANTED: Reason.GRANTED,
    PassVerdict.UNKNOWN: Reason.UNKNOWN_CREDENTIAL,
    PassVerdict.REVOKED: Reason.REVOKED,
    PassVerdict.EXPIRED: Reason.EXPIRED,
    PassVerdict.NOT_YET_VALID: Reason.NOT_YET_VALID,
    PassVerdict.USED_UP: Reason.USED_UP,
    PassVerdict.NOT_PERMITTED_HERE: Reason.NOT_PERMITTED_HERE,
    PassVerdict.PIN_LOCKED: Reason.PIN_LOCKED,
}
_VERDICT_REASON = {
    Verdict.PERMITTED: Reason.GRANTED,
    Verdict.NOT_PERMITTED_HERE: Reason.NOT_PERMITTED_HERE,
    Verdict.OUTSIDE_SCHEDULE: Reason.OUTSIDE_SCHEDULE,
}


@dataclass(slots=True)
class DenialBurst:
    """A repeated-denials alarm that still counts denials until `quiet_from` + the window."""

    alarm: Alarm
    quiet_from: datetime


@dataclass(slots=True)
class PendingVehicle:
    """A vehicle chip waiting, at most `deadline`, for its owner's card."""

    decision: Decision
    vehicle: Vehicle
    deadline: datetime


class AccessController:
    """Decides presentations; one per compound."""

    def __init__(
        self,
        registry: Registry,
        *,
        owner_window: timedelta = OWNER_WINDOW,
        owner_grace: timedelta = OWNER_GRACE,
        denial_limit: int = DENIAL_LIMIT,
        denial_window: timedelta = DENIAL_WINDOW,
        passes: PassBook | None = None,
    ) -> None:
        """Use `registry` for lookups and `passes` for visitors."""
        self.registry = registry
        self.passes = passes if passes is not None else PassBook(b"")
        self.pin_guard = PinGuard()
        self.owner_window = owner_window
        self.owner_grace = owner_grace
        self.denial_limit = denial_limit
        self.denial_window = denial_window
        self._granted_cards: defaultdict[str, deque[tuple[datetime, str]]] = defaultdict(deque)
        self._pending: defaultdict[str, list[PendingVehicle]] = defaultdict(list)
        self._denials: defaultdict[str, deque[datetime]] = defaultdict(deque)
        self._bursts: dict[str, DenialBurst] = {}
        self._counting = True

    @contextmanager
    def past(self) -> Iterator[None]:
        """Decide what happened earlier (a controller's log): no denial counts toward now."""
        self._counting = False
        try:
            yield
        finally:
            self._counting = True

    def present_card(
        self, access_point: AccessPointSettings, read: CardUid, now: datetime
    ) -> tuple[Decision, list[Decision]]:
        """Decide a card; also return vehicle decisions its holder's presence settles."""
        decision = self.decide_card(access_point, read, now)
        return decision, self.card_passed(decision)

    def decide_card(
        self, access_point: AccessPointSettings, read: CardUid, now: datetime
    ) -> Decision:
        """Decide a card, alarms included; `card_passed` then notes a granted one.

        Apart so that the gate can be told before the holder is noted for vehicle chips.
        """
        direction = DIRECTIONS[access_point.direction]
        card = self.registry.find_card(read)
        decision = Decision(
            access_point.id,
            direction,
            Credential.CARD,
            str(read) if card is None else card.uid_text,
            Reason.UNKNOWN_CREDENTIAL,
            now,
        )
        if card is None:
            return self.deny(decision, access_point)
        person = self.registry.people.get(card.person_id)
        self.identify(decision, person)
        decision.reason = self._card_reason(card, now)
        if decision.reason is Reason.GRANTED:
            decision.reason = self.holder_reason(person, access_point, now)
        if decision.reason is Reason.LOST:
            decision.alarms.append(self.alarm(AlarmKind.LOST_CARD, Severity.WARNING, decision))
        if not decision.granted:
            return self.deny(decision, access_point)
        if person is not None and person.watched_towards(direction):
            if person.police_watch:
                decision.alarms.append(
                    self.alarm(AlarmKind.POLICE_WATCH, Severity.WARNING, decision)
                )
            if person.watch is WatchLevel.CARE:  # the family's, whatever the police do
                decision.alarms.append(self.alarm(AlarmKind.WATCHLIST, Severity.INFO, decision))
        return decision

    def card_passed(self, decision: Decision) -> list[Decision]:
        """Note a granted card's holder here; return the vehicle decisions that settles.

        A vehicle chip read up to `owner_window` later, or waiting now, needs its owner (or
        a rider) to have shown a card at the same access point.
        """
        if not decision.granted or decision.person_id is None:
            return []
        self._remember_card(decision.access_point_id, decision.person_id, decision.time)
        return self._settle_pending(decision.access_point_id, decision.person_id)

    def present_chip(
        self, access_point: AccessPointSettings, read: CardUid, now: datetime
    ) -> Decision | PendingVehicle:
        """Decide a vehicle chip, or hold it until its owner's card or the grace ends."""
        decision = Decision(
            access_point.id,
            DIRECTIONS[access_point.direction],
            Credential.VEHICLE_CHIP,
            str(read),
            Reason.UNKNOWN_CREDENTIAL,
            now,
        )
        vehicle = self.registry.find_vehicle(read)
        if vehicle is None:
            return self.deny(decision, access_point)
        decision.uid = str(vehicle.chip)
        decision.vehicle_id = vehicle.id
        owner = self.registry.people.get(vehicle.person_id)
        self.identify(decision, owner)
        if vehicle.locked:
            decision.reason = Reason.VEHICLE_LOCKED
            decision.alarms.append(self.alarm(AlarmKind.VEHICLE_THEFT, Severity.CRITICAL, decision))
            return self.deny(decision, access_point)
        decision.reason = self.holder_reason(owner, access_point, now)
        if not decision.granted:
            return self.deny(decision, access_point)
        if self.rider_seen(access_point.id, vehicle, now):
            decision.reason = Reason.GRANTED
            return decision
        pending = PendingVehicle(decision, vehicle, now + self.owner_grace)
        self._pending[access_point.id].append(pending)
        return pending

    def expire(self, access_point: AccessPointSettings, now: datetime) -> list[Decision]:
        """Deny the vehicles whose grace has ended without their owner's card."""
        expired: list[Decision] = []
        waiting = self._pending.get(access_point.id)
        if not waiting:
            return expired
        for pending in [p for p in waiting if p.deadline <= now]:
            waiting.remove(pending)
            decision = pending.decision
            decision.reason = Reason.OWNER_ABSENT
            decision.time = now
            decision.alarms.append(self.alarm(AlarmKind.VEHICLE_THEFT, Severity.CRITICAL, decision))
            expired.append(self.deny(decision, access_point))
        return expired

    def present_visitor(
        self, access_point: AccessPointSettings, credential: Credential, shown: str, now: datetime
    ) -> Decision:
        """Decide a visitor's PIN or QR token; a granted one uses up one entry at once.

        The decision names the pass (never the PIN) and the host household.
        """
        decision = Decision(
            access_point.id,
            DIRECTIONS[access_point.direction],
            credential,
            "",
            Reason.UNKNOWN_CREDENTIAL,
            now,
        )
        pin = credential is Credential.PIN
        if pin and self.pin_guard.locked(access_point.id, now):
            decision.reason = Reason.PIN_LOCKED  # already alarmed when it locked
            return decision
        visitor = self.passes.by_pin(shown) if pin else self.passes.by_token(shown)
        if visitor is None:
            if pin and self.pin_guard.wrong(access_point.id, now):
                # The guessing's own alarm; counting it as a denial too would raise a
                # second one (repeated denials) for the same five PINs.
                decision.alarms.append(
                    Alarm(AlarmKind.PIN_GUESSING, Severity.WARNING, now, access_point.id)
                )
                return decision
            return self.deny(decision, access_point)
        decision.uid = visitor.id
        decision.household_id = visitor.household_id
        opens_here = (
            access_point.id in visitor.access_points
            if visitor.access_points
            else self._host_door(visitor.household_id, access_point)
        )
        decision.reason = _PASS_REASON[visitor.verdict(now, opens_here)]
        if not decision.granted:
            return self.deny(decision, access_point)
        self.passes.record_use(visitor.id)
        return decision

    def _host_door(self, household_id: str, access_point: AccessPointSettings) -> bool:
        """Return whether a pass with no doors named opens here: gates, the host's door."""
        household = self.registry.households.get(household_id)
        if household is None or access_point.zone == AccessZone.GARAGE:
            return False
        return resident_covers(Holder(household.building, household.unit), access_point)

    def wanted_alarm(self, person: Person, now: datetime) -> Alarm:
        """Return the alarm for a person whose ID number is on the wanted list."""
        return Alarm(
            AlarmKind.WANTED_PERSON, Severity.CRITICAL, now, None, person.id, person.household_id
        )

    # --- helpers -----------------------------------------------------------------------

    @staticmethod
    def _card_reason(card: Card, now: datetime) -> Reason:
        if card.status is CardStatus.LOST:
            return Reason.LOST
        if card.status is CardStatus.REVOKED:
            return Reason.REVOKED
        day = now.date()
        if card.valid_from is not None and day < card.valid_from:
            return Reason.NOT_YET_VALID
        if card.valid_until is not None and day > card.valid_until:
            return Reason.EXPIRED
        return Reason.GRANTED

    def holder_reason(
        self, person: Person | None, access_point: AccessPointSettings, now: datetime
    ) -> Reason:
        """Return whether this person may pass here now.

        They must be registered, still living here, and permitted at this door at this
        time by their access levels.
        """
        if person is None:
            return Reason.HOLDER_MISSING  # e.g. a people file that failed to load
        if person.moved_out_by(now.date()):
            return Reason.MOVED_OUT
        verdict = judge(self.registry.holder(person), access_point, self.registry.levels, now)
        return _VERDICT_REASON[verdict]

    @staticmethod
    def identify(decision: Decision, person: Person | None) -> None:
        """Name the person (and household and watch) a decision is about."""
        if person is not None:
            decision.person_id = person.id
            decision.household_id = person.household_id
            decision.watch = person.watch_level

    def alarm(self, kind: AlarmKind, severity: Severity, decision: Decision) -> Alarm:
        """Return an alarm about a decision: its place, person and why."""
        return Alarm(
            kind,
            severity,
            decision.time,
            decision.access_point_id,
            decision.person_id,
            decision.household_id,
            decision.vehicle_id,
            {"direction": decision.direction.value, "reason": decision.reason.value},
        )

    def deny(self, decision: Decision, access_point: AccessPointSettings) -> Decision:
        """Count a denial towards the repeated-denials alarm; return the decision."""
        if not self._counting:
            return decision
        if (burst := self._live_burst(access_point.id, decision.time)) is not None:
            burst.alarm.count += 1
            burst.quiet_from = max(burst.quiet_from, decision.time)
            decision.updated_alarms.append(burst.alarm)
            return decision
        denials = self._recent_denials(access_point.id, decision.time)
        denials.append(decision.time)
        if len(denials) >= self.denial_limit:
            decision.alarms.append(self._start_burst(access_point.id, decision.time).alarm)
        return decision

    def source_locked_out(
        self, access_point_id: str, now: datetime, until: datetime
    ) -> tuple[Alarm, bool]:
        """Fold a reader source locked out until `until` into the repeated-denials alarm.

        Return the alarm and whether it is new. The alarm keeps counting through the
        lockout, so a source that starts again afterwards adds to it, not a new alarm.
        """
        burst = self._live_burst(access_point_id, now)
        is_new = burst is None
        if burst is None:
            burst = self._start_burst(access_point_id, now)
        burst.quiet_from = max(burst.quiet_from, until)
        return burst.alarm, is_new

    def _live_burst(self, access_point_id: str, now: datetime) -> DenialBurst | None:
        burst = self._bursts.get(access_point_id)
        if burst is not None and now - burst.quiet_from > self.denial_window:
            del self._bursts[access_point_id]
            return None
        return burst

    def _recent_denials(self, access_point_id: str, now: datetime) -> deque[datetime]:
        denials = self._denials[access_point_id]
        while denials and now - denials[0] > self.denial_window:
            denials.popleft()
        return denials

    def _start_burst(self, access_point_id: str, now: datetime) -> DenialBurst:
        denials = self._recent_denials(access_point_id, now)
        alarm = Alarm(
            AlarmKind.REPEATED_DENIALS,
            Severity.WARNING,
            now,
            access_point_id,
            count=max(len(denials), 1),
        )
        denials.clear()
        burst = self._bursts[access_point_id] = DenialBurst(alarm, now)
        return burst

    def _remember_card(self, access_point_id: str, person_id: str, now: datetime) -> None:
        seen = self._granted_cards[access_point_id]
        seen.append((now, person_id))
        while seen and now - seen[0][0] > self.owner_window:
            seen.popleft()

    def rider_seen(self, access_point_id: str, vehicle: Vehicle, now: datetime) -> bool:
        """Return whether a card (or face) of someone who may ride it passed here just now."""
        return any(
            now - when <= self.owner_window and vehicle.may_ride(person_id)
            for when, person_id in self._granted_cards.get(access_point_id, ())
        )

    def _settle_pending(self, access_point_id: str, person_id: str) -> list[Decision]:
        waiting = self._pending.get(access_point_id)
        if not waiting:
            return []
        settled = [p for p in waiting if p.vehicle.may_ride(person_id)]
        for pending in settled:
            waiting.remove(pending)
            pending.decision.reason = Reason.GRANTED
        return [p.decision for p in settled]
