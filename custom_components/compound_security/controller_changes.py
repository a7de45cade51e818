"""Which credentials a registry change touches, so a controller is sent only their diff.

A person, a card or a household changed: those people's records are planned again alone
(`SyncPlanner.incremental`). A level or a vehicle (whose household's garage default it
changes, riders included) changes whom it covers in ways not worth tracing: the whole list
is planned again, still sent as a diff.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from homeassistant.helpers import collection

from .engine.controller_sync import VISITOR_OWNER, Intended, SyncPlanner
from .engine.registry import Registry


class Changed(StrEnum):
    """Which collection a change set comes from."""

    LEVELS = "levels"
    HOUSEHOLDS = "households"
    PEOPLE = "people"
    CARDS = "cards"
    VEHICLES = "vehicles"
    PASSES = "passes"


@dataclass(slots=True)
class Dirty:
    """The people and passes to plan again, or everything."""

    people: set[str] = field(default_factory=set)
    passes: set[str] = field(default_factory=set)
    cards: set[str] = field(default_factory=set)  # whose number's last holder to plan too
    everything: bool = False

    def __bool__(self) -> bool:
        """Return whether anything is to be planned again."""
        return self.everything or bool(self.people or self.passes)

    def note(
        self, source: Changed, changes: Iterable[collection.CollectionChange], registry: Registry
    ) -> None:
        """Add what a change set touches."""
        for change in changes:
            item = change.item
            match source:
                case Changed.PEOPLE:
                    self.people.add(change.item_id)
                case Changed.CARDS:
                    self.people.add(str(item.get("person_id", "")))
                    self.cards.add(change.item_id)
                case Changed.HOUSEHOLDS:
                    self.people.update(p.id for p in registry.people_of(change.item_id))
                case Changed.PASSES:
                    self.passes.add(change.item_id)
                case Changed.LEVELS | Changed.VEHICLES:
                    self.everything = True


def previous_holders(planner: SyncPlanner, previous: Intended, card_ids: Iterable[str]) -> set[str]:
    """Return who held the controller's records of these cards' numbers when last planned.

    A card given to someone else (or re-issued) must also leave its former holder's record.
    """
    holders: set[str] = set()
    for card_id in card_ids:
        card = planner.registry.cards.get(card_id)
        number = planner.card_number(card) if card is not None else None
        owner = previous.owners.get(number) if number is not None else None
        if owner is not None and not owner.startswith(VISITOR_OWNER):
            holders.add(owner)
    return holders
