"""Faces and plates a camera recognised (Frigate), decided like cards.

A face is its person's credential: the same levels, schedules and watch list as their
card, and it opens only while the person holds at least one usable card (a person whose
cards are all lost, revoked or expired is shut out by face too). A plate is its vehicle's:
the owner's levels decide, and a locked vehicle raises the theft alarm, as its chip does.

Recognitions never count towards the repeated-denials alarm: a camera sees passers-by,
visitors and the same unregistered face again and again, which is not someone trying
cards. The decision's uid is the person's or vehicle's id, never the name or the plate.

An access point that asks for card + face takes a card and its holder's face within
`PAIR_WINDOW` of each other, in either order; either alone waits and opens nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from .decision import DIRECTIONS, AccessController
from .model import Credential, Person, VehicleKind, WatchLevel
from .outcomes import AlarmKind, Decision, Reason, Severity
from .settings import AccessPointSettings

PAIR_WINDOW = timedelta(seconds=10)
# Frigate repeats an object's updates while it is in view; longer than any stay at a gate.
SEEN_FOR = timedelta(minutes=10)
DEFAULT_SCORE_THRESHOLD = 0.9


class RecognitionKind(StrEnum):
    """What a camera recognised."""

    FACE = "face"
    PLATE = "plate"


@dataclass(frozen=True, slots=True)
class Recognition:
    """One face or plate a camera recognised, with Frigate's object id and score."""

    kind: RecognitionKind
    camera: str
    object_id: str
    name: str  # the face name or the plate: personal data, never logged
    score: float


class RecognitionDeduper:
    """Remembers which (camera, object id) already led to a decision: it opens once."""

    def __init__(self, seen_for: timedelta = SEEN_FOR) -> None:
        """Forget an object `seen_for` after it was decided."""
        self.seen_for = seen_for
        self._seen: dict[tuple[str, str], datetime] = {}

    def first(self, recognition: Recognition, now: datetime) -> bool:
        """Return True the first time an object is offered; note it."""
        for key in [k for k, when in self._seen.items() if now - when > self.seen_for]:
            del self._seen[key]
        key = (recognition.camera, recognition.object_id)
        if key in self._seen:
            return False
        self._seen[key] = now
        return True


@dataclass(slots=True)
class _Half:
    decision: Decision
    until: datetime


class RecognitionDecider:
    """Decides faces and plates with the compound's access controller's rules."""

    def __init__(self, controller: AccessController, pair_window: timedelta = PAIR_WINDOW) -> None:
        """Share `controller`'s registry, levels and alarms."""
        self.controller = controller
        self.pair_window = pair_window
        # Per access point and person: the card or the face waiting for its other half.
        self._halves: dict[tuple[str, str, Credential], _Half] = {}

    def decide(
        self, access_point: AccessPointSettings, recognition: Recognition, now: datetime
    ) -> Decision:
        """Decide a recognition above the access point's threshold."""
        if recognition.kind is RecognitionKind.FACE:
            decision = self._face(access_point, recognition, now)
            return self.pair(access_point, decision) if access_point.card_and_face else decision
        decision = self._plate(access_point, recognition, now)
        if access_point.card_and_face and decision.granted:  # only the pair opens there
            decision.reason = Reason.NOT_PERMITTED_HERE
        return decision

    def pair(self, access_point: AccessPointSettings, decision: Decision) -> Decision:
        """Hold a granted card or face until its other half; return the pair once both came.

        A half waiting is returned with `AWAITING_PAIR` (it opens nothing and is not
        logged); a denied one is returned as it is.
        """
        if not decision.granted or decision.person_id is None:
            return decision
        now = decision.time
        for key in [k for k, half in self._halves.items() if half.until < now]:
            del self._halves[key]
        other = Credential.FACE if decision.credential is Credential.CARD else Credential.CARD
        waiting = self._halves.pop((access_point.id, decision.person_id, other), None)
        if waiting is None:
            key = (access_point.id, decision.person_id, decision.credential)
            self._halves[key] = _Half(decision, now + self.pair_window)
            return Decision(
                decision.access_point_id,
                decision.direction,
                decision.credential,
                decision.uid,
                Reason.AWAITING_PAIR,
                now,
                decision.person_id,
                decision.household_id,
                score=decision.score,
            )
        card, face = (
            (waiting.decision, decision)
            if decision.credential is Credential.FACE
            else (decision, waiting.decision)
        )
        card.credential = Credential.CARD_AND_FACE
        card.score = face.score
        card.time = now
        return card  # the card's alarms (watch lists) stand for the pair

    def _face(
        self, access_point: AccessPointSettings, recognition: Recognition, now: datetime
    ) -> Decision:
        controller = self.controller
        person = controller.registry.find_face(recognition.name)
        decision = Decision(
            access_point.id,
            DIRECTIONS[access_point.direction],
            Credential.FACE,
            "",
            Reason.UNKNOWN_CREDENTIAL,
            now,
            score=recognition.score,
        )
        if person is None:
            return decision  # not a denial storm: never counted towards repeated denials
        decision.uid = person.id
        controller.identify(decision, person)
        decision.reason = self._card_held(person, now)
        if decision.reason is Reason.GRANTED:
            decision.reason = controller.holder_reason(person, access_point, now)
        if decision.granted:
            self._watch_alarms(decision, person)
        return decision

    def _card_held(self, person: Person, now: datetime) -> Reason:
        cards = self.controller.registry.cards_of(person.id)
        return (
            Reason.GRANTED
            if any(card.usable_on(now.date()) for card in cards)
            else Reason.NO_ACTIVE_CARD
        )

    def _plate(
        self, access_point: AccessPointSettings, recognition: Recognition, now: datetime
    ) -> Decision:
        controller = self.controller
        vehicle = controller.registry.find_plate(recognition.name)
        decision = Decision(
            access_point.id,
            DIRECTIONS[access_point.direction],
            Credential.PLATE,
            "",
            Reason.UNKNOWN_CREDENTIAL,
            now,
            score=recognition.score,
        )
        if vehicle is None:
            return decision
        decision.uid = vehicle.id
        decision.vehicle_id = vehicle.id
        owner = controller.registry.people.get(vehicle.person_id)
        controller.identify(decision, owner)
        if vehicle.locked:
            decision.reason = Reason.VEHICLE_LOCKED
            decision.alarms.append(
                controller.alarm(AlarmKind.VEHICLE_THEFT, Severity.CRITICAL, decision)
            )
            return decision
        decision.reason = controller.holder_reason(owner, access_point, now)
        if (
            decision.granted
            and vehicle.kind is not VehicleKind.CAR
            and not controller.rider_seen(access_point.id, vehicle, now)
        ):
            # A two-wheeler's plate is the same anti-theft rule as its chip: only with its
            # owner's (or a rider's) card or face just before. A car's plate opens alone.
            decision.reason = Reason.OWNER_ABSENT
        if decision.granted and owner is not None:
            self._watch_alarms(decision, owner)
        return decision

    def _watch_alarms(self, decision: Decision, person: Person) -> None:
        """Raise the care and police watch alarms a card of this person would."""
        if not person.watched_towards(decision.direction):
            return
        controller = self.controller
        if person.police_watch:
            decision.alarms.append(
                controller.alarm(AlarmKind.POLICE_WATCH, Severity.WARNING, decision)
            )
        if person.watch is WatchLevel.CARE:
            decision.alarms.append(controller.alarm(AlarmKind.WATCHLIST, Severity.INFO, decision))
