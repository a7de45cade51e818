"""The registry search at a compound's size: 2,000 flats, 5,000 people, one page at a time."""

from __future__ import annotations

from typing import Any

from custom_components.compound_security.engine.registry import Registry
from custom_components.compound_security.permissions import Grant
from custom_components.compound_security.registry_search import MAX_PAGE, search_households

from .engine_fixtures import HASHER


def _compound() -> tuple[Registry, dict[str, dict[str, Any]], list[dict[str, Any]]]:
    """Return 2,000 flats (buildings 1 to 20) with 5,000 people and 500 e-bikes."""
    registry = Registry(HASHER)
    people: dict[str, dict[str, Any]] = {}
    vehicles: list[dict[str, Any]] = []
    for number in range(2000):
        building, rest = divmod(number, 100)
        unit, room = divmod(rest, 50)
        home = f"h{number}"
        registry.put_household(
            {
                "id": home,
                "building": str(building + 1),
                "unit": str(unit + 1),
                "room": str(101 + room),
                "area_m2": 80,
                "tenure": "rental" if number % 3 else "owner",
            }
        )
        for member in range(3 if number % 2 else 2):
            person_id = f"p{number}-{member}"
            people[person_id] = {
                "id": person_id,
                "household_id": home,
                "name": f"住户{number}-{member}",
                "role": "tenant" if number % 3 else "owner",
                "phone": f"139{number:04d}{member:04d}",
            }
            registry.put_person(people[person_id])
        if number % 4 == 0:
            vehicles.append({"person_id": f"p{number}-0", "plate": f"苏E{number:05d}"})
    assert len(people) == 5000
    return registry, people, vehicles


def test_every_flat_in_pages_sorted_as_people_count() -> None:
    registry, people, vehicles = _compound()
    first = search_households(registry, people, vehicles, "", grant=Grant.ALL, limit=MAX_PAGE)
    assert first["total"] == 2000
    assert len(first["results"]) == MAX_PAGE
    flats = [row["flat"] for row in first["results"]]
    assert flats[:3] == ["1-1-101", "1-1-102", "1-1-103"]
    assert flats[50] == "1-2-101"
    assert flats[100] == "2-1-101"  # building 2 before building 10
    last = search_households(registry, people, vehicles, "", grant=Grant.ALL, offset=1950)
    assert [row["flat"] for row in last["results"]][-1] == "20-2-150"
    assert len(last["results"]) == 50


def test_a_flat_a_name_a_phone_and_a_plate_among_thousands() -> None:
    registry, people, vehicles = _compound()

    def flats(term: str, grant: Grant = Grant.ALL) -> list[str]:
        answer = search_households(registry, people, vehicles, term, grant=grant)
        return [row["flat"] for row in answer["results"]]

    assert flats("9-1-130") == ["9-1-130"]
    assert flats("住户829-2") == ["9-1-130"]
    assert flats("13908290002") == ["9-1-130"]
    assert flats("苏E00828") == ["9-1-129"]
    assert flats("苏E00828", Grant.FIND) == []  # a guard finds by flat or name only
    assert flats("13908290002", Grant.FIND) == []
    many = search_households(registry, people, vehicles, "住户1", grant=Grant.ALL, limit=20)
    assert many["total"] == 1111  # 1, 10-19, 100-199, 1000-1999
    assert len(many["results"]) == 20
