"""What a UHPPOTE controller should hold, and the fewest requests that get it there.

Offline, the controller decides from its own card list. `SyncPlanner` computes that list
from the registry: one record per credential allowed at any of its doors (a card as the
Wiegand reader reports it, with its validity dates and a permission per door), the time
profiles the access levels' schedules need, and visitor PINs with their windows (a Wiegand
keypad sends the typed PIN as a card number). `plan` diffs what the controller holds
against it: revocations first, then profiles, updates and adds; `SyncPlanner.incremental`
plans one person's or one pass's change alone.

What needs Home Assistant (alarms, vehicle owners, entry counts) is `OFFLINE_LIMITS`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from enum import IntEnum

from .access_levels import AccessZone, Holder, resident_covers
from .controller_profiles import (
    ALWAYS_OPEN,
    EARLIEST,
    LATEST,
    Chain,
    ProfileBook,
    ProfileRecord,
    compile_schedules,
    compile_window,
    permission_allows,
)
from .model import Card, CardStatus, Person
from .registry import Registry
from .schedule import ALWAYS, WeeklySchedule
from .settings import AccessPointSettings
from .uid import WIEGAND26_BITS
from .visitors import PassBook, VisitorPass

DOORS = (1, 2, 3, 4)
LOW_32_BITS = 0xFFFFFFFF
VISITOR_OWNER = "visitor:"  # owners of PIN records: the pass id after it

# What the controller cannot decide from its list while Home Assistant is away (for the
# README, and for what backfill must raise late).
OFFLINE_LIMITS: Mapping[str, str] = {
    "care_watch": "a care-watched person passes; the family's alarm comes late, by backfill",
    "police_watch": "a police-watched person passes; the police alarm comes late",
    "wanted_list": "a person on the wanted list passes; the alarm comes late",
    "lost_card_alarm": "a lost card is refused, but its alarm comes late",
    "vehicle_chips": "vehicle chips need their owner's card just before: not on the list",
    "visitor_entries": "a visitor PIN opens as often as its window allows, not its entries",
    "visitor_qr": "QR passes need the signature check: only the PIN works offline",
    "pin_lockout": "wrong PINs lock no keypad; the controller counts no guesses",
    "denial_bursts": "repeated refusals raise no tailgating or probing alarm",
    "card_and_face": "a card + face door opens on the card alone: the board sees no face",
}


@dataclass(frozen=True, slots=True)
class CardRecord:
    """A card (or a visitor PIN) as the controller stores it; no personal data."""

    card: int
    start_date: date
    end_date: date
    doors: tuple[int, int, int, int]  # per door: 0 none, 1 always, 2-254 a profile id
    pin: int = 0  # a card's own keypad PIN (card + PIN mode); unused here

    def narrows(self, current: CardRecord) -> bool:
        """Return whether this record only takes away from `current` (a revocation)."""
        return (
            self.pin == current.pin
            and self.start_date >= current.start_date
            and self.end_date <= current.end_date
            and all(new in {0, old} for new, old in zip(self.doors, current.doors, strict=True))
        )


@dataclass(frozen=True, slots=True)
class ControllerLayout:
    """A controller's doors (1-4) and the access points they are, and its limits."""

    doors: Mapping[int, AccessPointSettings]
    wiegand_bits: int = 34  # 26: readers report 24 bits, 34: 32 bits
    capacity: int = 20_000  # card records it holds (the WG boards: 20,000 to 100,000)


@dataclass(slots=True)
class ControllerState:
    """Card records by number and time profiles by id, on a controller or intended."""

    cards: dict[int, CardRecord] = field(default_factory=dict)
    profiles: dict[int, ProfileRecord] = field(default_factory=dict)

    def allows(self, card: int, door: int, moment: datetime) -> bool:
        """Return what a controller holding this state decides offline (local time)."""
        record = self.cards.get(card)
        return (
            record is not None
            and record.start_date <= moment.date() <= record.end_date
            and permission_allows(record.doors[door - 1], self.profiles, moment)
        )


@dataclass(frozen=True, slots=True)
class Shortfall:
    """Records the controller cannot carry: Home Assistant alone decides them."""

    cards: int = 0  # over the card store's capacity
    profiles: int = 0  # a door left shut for want of free time-profile ids
    unrepresentable: int = 0  # a 24-bit UID behind a 32-bit (Wiegand 34) reader
    pin_conflicts: int = 0  # a visitor PIN equal to a card's number
    short_windows: int = 0  # a visitor window without one whole minute

    def __bool__(self) -> bool:
        """Return whether anything is missing (the repair issue's condition)."""
        return any((self.cards, self.profiles, self.unrepresentable, self.pin_conflicts))


@dataclass(slots=True)
class Intended:
    """The controller's intended state, whose credential each record is, and what is left."""

    state: ControllerState
    owners: dict[int, str]  # card number -> person id, or VISITOR_OWNER + pass id
    shortfall: Shortfall = Shortfall()


class Phase(IntEnum):
    """The order requests go in: nothing is granted before everything revoked is gone."""

    REVOKE = 0  # delete a card, or take doors or days away from it
    PROFILE = 1
    UPDATE = 2
    ADD = 3


@dataclass(frozen=True, slots=True)
class DeleteCard:
    """Delete one card record."""

    card: int
    phase: Phase = Phase.REVOKE


@dataclass(frozen=True, slots=True)
class PutCard:
    """Add or overwrite one card record."""

    record: CardRecord
    phase: Phase


@dataclass(frozen=True, slots=True)
class SetProfile:
    """Store one time profile (the protocol deletes only all of them at once)."""

    profile: ProfileRecord
    phase: Phase = Phase.PROFILE


type SyncOperation = DeleteCard | PutCard | SetProfile


def plan(current: ControllerState, intended: ControllerState) -> list[SyncOperation]:
    """Return the fewest requests that turn `current` into `intended`, in a safe order.

    Profiles the intended state does not name stay: nothing points at them.
    """
    operations: list[SyncOperation] = [
        DeleteCard(number) for number in sorted(current.cards.keys() - intended.cards.keys())
    ]
    operations.extend(
        SetProfile(profile)
        for profile_id, profile in sorted(intended.profiles.items())
        if current.profiles.get(profile_id) != profile
    )
    for number, record in sorted(intended.cards.items()):
        old = current.cards.get(number)
        if old is None:
            operations.append(PutCard(record, Phase.ADD))
        elif old != record:
            operations.append(
                PutCard(record, Phase.REVOKE if record.narrows(old) else Phase.UPDATE)
            )
    return sorted(operations, key=lambda operation: operation.phase)


def apply(state: ControllerState, operations: Iterable[SyncOperation]) -> ControllerState:
    """Return the state after the operations (what the controller then holds)."""
    after = ControllerState(dict(state.cards), dict(state.profiles))
    for operation in operations:
        match operation:
            case DeleteCard(card=number):
                after.cards.pop(number, None)
            case PutCard(record=record):
                after.cards[record.card] = record
            case SetProfile(profile=profile):
                after.profiles[profile.id] = profile
    return after


class SyncPlanner:
    """Computes one controller's intended state from the registry and the visitor passes."""

    def __init__(
        self,
        layout: ControllerLayout,
        registry: Registry,
        passes: PassBook,
        now: datetime,
    ) -> None:
        """Plan for `now` (local, aware): validity, moved-out dates and past holidays."""
        self.layout = layout
        self.registry = registry
        self.passes = passes
        self.now = now
        self.today = now.date()
        self._chains: dict[frozenset[WeeklySchedule], Chain] = {}

    def card_number(self, card: Card) -> int | None:
        """Return the number the controller's readers report for a card, if they can."""
        uid = card.uid
        if self.layout.wiegand_bits == 26:  # noqa: PLR2004
            return uid.low24 or None
        if uid.bits == WIEGAND26_BITS:
            return None  # only 24 bits known: a 32-bit read cannot be matched
        return (uid.value & LOW_32_BITS) or None

    def intended(self, current_profiles: Mapping[int, ProfileRecord] | None = None) -> Intended:
        """Return every record the controller should hold, within its capacity.

        `current_profiles` (as read back) lets unchanged chains keep their ids.
        """
        book = ProfileBook(current_profiles or {})
        result = Intended(ControllerState(), {})
        for person_id in sorted(self.registry.people):
            self._add_person(result, book, person_id)
        for pass_id in sorted(self.passes.passes):
            self._add_pass(result, book, pass_id)
        return self._within_capacity(result, book)

    def incremental(
        self,
        previous: Intended,
        person_ids: Iterable[str] = (),
        pass_ids: Iterable[str] = (),
    ) -> tuple[list[SyncOperation], Intended]:
        """Plan the change of some people's cards or some passes against the last intended.

        A level or schedule edit changes everyone: plan those with `intended` and `plan`.
        The shortfall counts here may count a changed credential twice; the next full
        reconcile counts afresh.
        """
        owners = {*person_ids, *(VISITOR_OWNER + pass_id for pass_id in pass_ids)}
        book = ProfileBook(previous.state.profiles, keep=True)
        after = Intended(
            ControllerState(
                {n: r for n, r in previous.state.cards.items() if previous.owners[n] not in owners}
            ),
            {n: o for n, o in previous.owners.items() if o not in owners},
            replace(previous.shortfall, cards=0),
        )
        for owner in sorted(owners):
            if owner.startswith(VISITOR_OWNER):
                self._add_pass(after, book, owner.removeprefix(VISITOR_OWNER))
            else:
                self._add_person(after, book, owner)
        after = self._within_capacity(after, book)
        # Unchanged records are equal on both sides: the diff is exactly the change.
        return plan(previous.state, after.state), after

    # --- records ------------------------------------------------------------------------

    def _add_person(self, result: Intended, book: ProfileBook, person_id: str) -> None:
        person = self.registry.people.get(person_id)
        if person is None:
            return
        cards = [card for card in self.registry.cards_of(person_id) if self._on_list(card, person)]
        if not cards:
            return
        chains = [self._person_chain(person, point) for point in self._door_points()]
        for card in sorted(cards, key=lambda card: card.id):
            number = self.card_number(card)
            if number is None:
                result.shortfall = replace(
                    result.shortfall, unrepresentable=result.shortfall.unrepresentable + 1
                )
                continue
            doors = self._permissions(result, book, chains)
            if not any(doors):
                continue
            end = card.valid_until or LATEST
            if person.moved_out is not None:  # out on that day: the day before is the last
                end = min(end, person.moved_out - timedelta(days=1))
            start = card.valid_from or EARLIEST
            result.state.cards[number] = CardRecord(number, start, end, doors)
            result.owners[number] = person.id

    def _on_list(self, card: Card, person: Person) -> bool:
        """Return whether a card belongs on a controller at all (active, not over)."""
        return (
            card.status is CardStatus.ACTIVE
            and (card.valid_until is None or card.valid_until >= self.today)
            and not person.moved_out_by(self.today)
        )

    def _door_points(self) -> list[AccessPointSettings | None]:
        return [self.layout.doors.get(door) for door in DOORS]

    def _person_chain(self, person: Person, point: AccessPointSettings | None) -> Chain:
        """Return when a person may pass a door: the levels' `judge`, as profiles."""
        if point is None or point.id in person.denied:
            return ()
        holder = self.registry.holder(person)
        if resident_covers(holder, point):
            return ALWAYS_OPEN
        schedules = frozenset(
            level.schedule
            for level_id in holder.levels
            if (level := self.registry.levels.get(level_id)) is not None and level.covers(point)
        )
        if not schedules:
            return ()
        if ALWAYS in schedules:
            return ALWAYS_OPEN
        if schedules not in self._chains:
            self._chains[schedules] = compile_schedules(schedules, self.today)
        return self._chains[schedules]

    def _permissions(
        self, result: Intended, book: ProfileBook, chains: list[Chain]
    ) -> tuple[int, int, int, int]:
        doors: list[int] = []
        for chain in chains:
            permission = book.permission(chain)
            if permission is None:  # out of profile ids: Home Assistant decides it
                result.shortfall = replace(result.shortfall, profiles=result.shortfall.profiles + 1)
                permission = 0
            doors.append(permission)
        return (doors[0], doors[1], doors[2], doors[3])

    def _add_pass(
        self,
        result: Intended,
        book: ProfileBook,
        pass_id: str,
    ) -> None:
        visitor = self.passes.passes.get(pass_id)
        if visitor is None or not visitor.active(self.now):
            return
        zone = self.now.tzinfo
        start, until = visitor.valid_from.astimezone(zone), visitor.valid_until.astimezone(zone)
        window = compile_window(start.replace(tzinfo=None), until.replace(tzinfo=None))
        if window is None:
            result.shortfall = replace(
                result.shortfall, short_windows=result.shortfall.short_windows + 1
            )
            return
        number = int(visitor.pin)
        owner = result.owners.get(number)
        if number == 0 or (owner is not None and owner != VISITOR_OWNER + pass_id):
            result.shortfall = replace(
                result.shortfall, pin_conflicts=result.shortfall.pin_conflicts + 1
            )
            return
        chains = [window if self._pass_opens(visitor, p) else () for p in self._door_points()]
        doors = self._permissions(result, book, chains)
        if not any(doors):
            return
        last = until - timedelta(microseconds=1)
        result.state.cards[number] = CardRecord(number, start.date(), last.date(), doors)
        result.owners[number] = VISITOR_OWNER + pass_id

    def _pass_opens(self, visitor: VisitorPass, point: AccessPointSettings | None) -> bool:
        """Return whether a pass opens a door (as `DecisionEngine.present_visitor`)."""
        if point is None:
            return False
        if visitor.access_points:
            return point.id in visitor.access_points
        household = self.registry.households.get(visitor.household_id)
        if household is None or point.zone == AccessZone.GARAGE:
            return False
        return resident_covers(Holder(household.building, household.unit), point)

    def _within_capacity(self, result: Intended, book: ProfileBook) -> Intended:
        """Keep residents' and staff cards before visitor PINs, up to the capacity."""
        result.state.profiles = dict(book.profiles)
        excess = len(result.state.cards) - self.layout.capacity
        if excess <= 0:
            return result
        dropped = sorted(
            result.state.cards,
            key=lambda n: (not result.owners[n].startswith(VISITOR_OWNER), -n),
        )[:excess]
        for number in dropped:
            del result.state.cards[number]
            del result.owners[number]
        result.shortfall = replace(result.shortfall, cards=result.shortfall.cards + excess)
        return result
