"""Which credentials a registry change makes a controller plan again."""

from __future__ import annotations

from datetime import UTC, datetime, time

from homeassistant.helpers import collection

from custom_components.compound_security.controller_changes import (
    Changed,
    Dirty,
    previous_holders,
)
from custom_components.compound_security.engine.controller_sync import (
    ControllerLayout,
    SyncPlanner,
)
from custom_components.compound_security.engine.registry import Registry
from custom_components.compound_security.engine.settings import AccessPointSettings
from custom_components.compound_security.engine.visitors import PassBook

from .engine_fixtures import TODAY, Builder

NOW = datetime.combine(TODAY, time(9), tzinfo=UTC)


def make_registry() -> Registry:
    builder = Builder()
    household = builder.household()
    builder.person(household)
    builder.person(household, role="family")
    return builder.registry


def change(item_id: str, **item: str) -> collection.CollectionChange:
    return collection.CollectionChange(collection.CHANGE_UPDATED, item_id, {"id": item_id, **item})


def test_people_cards_and_passes_are_planned_alone() -> None:
    registry: Registry = make_registry()
    dirty = Dirty()
    assert not dirty
    dirty.note(Changed.PEOPLE, [change("p1")], registry)
    dirty.note(Changed.CARDS, [change("c1", person_id="p2")], registry)
    dirty.note(Changed.PASSES, [change("v1")], registry)
    assert dirty.people == {"p1", "p2"}
    assert dirty.passes == {"v1"}
    assert dirty
    assert not dirty.everything


def test_a_household_change_touches_its_people() -> None:
    registry = make_registry()
    household = next(iter(registry.households))
    dirty = Dirty()
    dirty.note(Changed.HOUSEHOLDS, [change(household)], registry)
    assert dirty.people == {person.id for person in registry.people_of(household)}
    assert dirty.people


def test_levels_and_vehicles_plan_everything() -> None:
    for source in (Changed.LEVELS, Changed.VEHICLES):
        dirty = Dirty()
        dirty.note(source, [change("x")], make_registry())
        assert dirty.everything


def test_a_card_given_to_someone_else_leaves_its_former_holders_record() -> None:
    builder = Builder()
    here = builder.household(building="3", unit="1")
    elsewhere = builder.household(room="101", building="9", unit="2")
    first = builder.person(here)
    second = builder.person(elsewhere)
    card_id = builder.card(first, "0A0B0C0D")
    registry = builder.registry
    door = AccessPointSettings("d", "Unit 3-1", "unit_door", "in", "3", "1")
    layout = ControllerLayout({1: door})
    planner = SyncPlanner(layout, registry, PassBook(b"k" * 32), NOW)
    previous = planner.intended()
    assert previous.owners == {0x0A0B0C0D: first}
    registry.drop_card(card_id)  # the number now someone's who does not pass this door
    new_card = builder.card(second, "0A0B0C0D")
    holders = previous_holders(planner, previous, [new_card])
    assert holders == {first}
    operations, after = planner.incremental(previous, {second} | holders)
    assert 0x0A0B0C0D not in after.state.cards
    assert operations  # the former holder's record goes
