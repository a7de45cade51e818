"""Which credentials a registry change makes a controller plan again."""

from __future__ import annotations

from homeassistant.helpers import collection

from custom_components.compound_security.controller_changes import Changed, Dirty
from custom_components.compound_security.engine.registry import Registry

from .engine_fixtures import Builder


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
