"""Finding households in the registry: by flat, name, phone, plate or card number.

Plain functions over a compound's records (no Home Assistant), so the console's search
(`console_registry`) and its benchmark share them. One answer row per household, with
the people who made it match (all of them when the flat did), sorted by building, unit
and room as people count them (2 before 10), and paged: the console never receives
thousands of rows.

What a row shows follows the caller's `registry_view` grant: everything but phones and
ID numbers in the list (they are on the household's page), only their own household for
residents, and for guards (find) flats and names, matched by flat or name only.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
import re
from typing import TYPE_CHECKING, Any, Final

from .engine.errors import RuleError
from .engine.uid import parse_uid
from .permissions import Grant

if TYPE_CHECKING:
    from .engine.model import Household
    from .engine.registry import Registry

MAX_PAGE: Final = 200
_FLAT_SEPARATORS = re.compile(r"[\s/·.]+")  # 9 1 301, 9/1/301: as 9-1-301
_PHONE_SEPARATORS = re.compile(r"[\s+()\-]")
_PHONE_SHORT, _PHONE_LONG = 4, 7
_SPACES = re.compile(r"[\s\-·.]")


class Match:
    """Why a household answers a search (the console shows it as a word)."""

    FLAT: Final = "flat"
    NAME: Final = "name"
    PHONE: Final = "phone"
    PLATE: Final = "plate"
    CARD: Final = "card"


@dataclass(slots=True)
class _Hit:
    household: Household
    matches: set[str] = field(default_factory=set)
    people: set[str] = field(default_factory=set)  # ids of the people who matched


def natural_key(household: Household) -> tuple[tuple[int, str], ...]:
    """Return a sort key that puts building 2 before building 10."""
    return tuple(
        (int(part), "") if part.isdigit() else (1 << 30, part.casefold())
        for part in (household.building, household.unit, household.room)
    )


def _compact(text: str) -> str:
    return _SPACES.sub("", text).casefold()


def _phone_part(term: str) -> str | None:
    """Return the digits of a term that reads as (part of) a phone number, else None.

    At least four digits; a dash is a phone's separator only in a long number, so
    "9-1-301" stays a flat.
    """
    digits = _PHONE_SEPARATORS.sub("", term)
    if not digits.isdigit():
        return None
    if len(digits) >= _PHONE_LONG or ("-" not in term and len(digits) >= _PHONE_SHORT):
        return digits
    return None


def _card_holders(term: str, registry: Registry) -> set[str]:
    """Return the people holding a card (or a vehicle chip) with this number, any form."""
    holders: set[str] = set()
    try:
        read = parse_uid(term)
    except RuleError:
        read = None
    if read is not None:
        if card := registry.find_card(read):
            holders.add(card.person_id)
        if vehicle := registry.find_vehicle(read):
            holders.add(vehicle.person_id)
    hex_term = term.strip().upper().removeprefix("0X")
    if len(hex_term) >= 4:  # noqa: PLR2004  # a part of a number printed on the card
        holders |= {c.person_id for c in registry.cards.values() if hex_term in str(c.uid)}
    return holders


class _Search:
    """One search's hits, household by household."""

    def __init__(self, registry: Registry, household_id: str | None) -> None:
        self.registry = registry
        self.household_id = household_id  # a resident's: only their own
        self.hits: dict[str, _Hit] = {}

    def hit(self, home: str, why: str, person: str | None = None) -> None:
        if self.household_id is not None and home != self.household_id:
            return
        if (household := self.registry.households.get(home)) is None:
            return
        found = self.hits.setdefault(home, _Hit(household))
        found.matches.add(why)
        if person is not None:
            found.people.add(person)

    def flats_and_people(
        self, term: str, people: Mapping[str, Mapping[str, Any]], *, phones: bool
    ) -> None:
        folded = term.casefold()
        # From the start of a part (9-1-301 is not 19-1-301), to anywhere in one (9-1-3).
        flat = "-" + _FLAT_SEPARATORS.sub("-", folded)
        for home, household in self.registry.households.items():
            if flat in "-" + household.label.casefold():
                self.hit(home, Match.FLAT)
        phone = _phone_part(term) if phones else None
        for person_id, person in people.items():
            if folded in str(person.get("name", "")).casefold():
                self.hit(person["household_id"], Match.NAME, person_id)
            elif phone and phone in str(person.get("phone", "")):
                self.hit(person["household_id"], Match.PHONE, person_id)

    def plates_and_cards(
        self,
        term: str,
        people: Mapping[str, Mapping[str, Any]],
        vehicles: Iterable[Mapping[str, Any]],
    ) -> None:
        compact = _compact(term)
        holders = {
            (vehicle["person_id"], Match.PLATE)
            for vehicle in vehicles
            if compact and compact in _compact(str(vehicle.get("plate") or ""))
        } | {(person_id, Match.CARD) for person_id in _card_holders(term, self.registry)}
        for person_id, why in holders:
            if (owner := people.get(person_id)) is not None:
                self.hit(owner["household_id"], why, person_id)


def _row(hit: _Hit, registry: Registry, grant: Grant) -> dict[str, Any]:
    """Return a household's row: its flat, and who matched (everyone, for the flat)."""
    household = hit.household
    members = registry.people_of(household.id)
    if hit.people and Match.FLAT not in hit.matches:
        members_shown = [p for p in members if p.id in hit.people]
    else:
        members_shown = members
    detail = grant is not Grant.FIND
    row: dict[str, Any] = {
        "household_id": household.id,
        "flat": household.label,
        "matches": sorted(hit.matches),
        "people": [
            {"person_id": p.id, "name": p.name}
            | ({"role": p.role.value, "moved_out": p.moved_out is not None} if detail else {})
            for p in sorted(members_shown, key=lambda p: p.name)
        ],
    }
    if detail:
        row["tenure"] = household.tenure.value
        row["people_count"] = len(members)
    return row


def search_households(
    registry: Registry,
    people: Mapping[str, Mapping[str, Any]],
    vehicles: Iterable[Mapping[str, Any]],
    term: str,
    *,
    grant: Grant,
    own_household: str | None = None,
    offset: int = 0,
    limit: int = 50,
) -> dict[str, Any]:
    """Return one page of the households that answer `term`, as the grant shows them.

    `people` and `vehicles` are the stored records (phones and plates are not in the
    engine's). An empty term lists every household the caller may see (not for find).
    """
    term = term.strip()
    household_id = own_household if grant is Grant.OWN else None
    if grant is Grant.OWN and household_id is None:
        found: dict[str, _Hit] = {}
    elif not term:
        found = (
            {}
            if grant is Grant.FIND
            else {
                home: _Hit(household)
                for home, household in registry.households.items()
                if household_id in (None, home)
            }
        )
    else:
        search = _Search(registry, household_id)
        search.flats_and_people(term, people, phones=grant is not Grant.FIND)
        if grant is not Grant.FIND:  # a guard finds by flat or name only
            search.plates_and_cards(term, people, vehicles)
        found = search.hits
    ordered = sorted(found.values(), key=lambda hit: natural_key(hit.household))
    page = ordered[offset : offset + min(limit, MAX_PAGE)]
    return {
        "total": len(ordered),
        "offset": offset,
        "limit": limit,
        "results": [_row(hit, registry, grant) for hit in page],
    }
