"""What of the registry each caller sees through the console's list and subscribe commands.

The `registry_view` row of the permission table decides: everything (managers, clerks,
police), their own household's records (residents), or finding a household or person by
flat or name (guards at the gate): a search term is needed and only ids, flats and names
come back, no phone, ID mask or watch. Whoever may not see police watches (all but
managers and police) sees a person on police watch as watched by nobody.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final

from .engine.model import WatchLevel
from .permissions import Caller, Grant, Operation, grant

if TYPE_CHECKING:
    from .engine.registry import Registry

MIN_SEARCH_LENGTH: Final = 1
# What a guard finding someone at the gate gets, per kind of record.
FIND_FIELDS: Final[Mapping[str, tuple[str, ...]]] = {
    "household": ("id", "building", "unit", "room"),
    "person": ("id", "name", "household_id"),
}


def flat_label(building: object, unit: object, room: object) -> str:
    """Return a flat as people write it, for searching: building-unit-room (3-1-502)."""
    return f"{building}-{unit}-{room}".casefold()


def _household_of(kind: str, item: Mapping[str, Any], registry: Registry) -> str | None:
    """Return the household a record belongs to."""
    if kind == "household":
        return str(item["id"])
    if kind == "person":
        return item.get("household_id")
    person = registry.people.get(item.get("person_id") or "")
    return person.household_id if person is not None else None


def _found(term: str, text: str, *, whole: bool) -> bool:
    return term == text if whole else term in text


def _matches(
    kind: str, item: Mapping[str, Any], term: str, registry: Registry, *, whole: bool
) -> bool:
    """Return whether a record answers a search for a flat or a name (any case).

    `whole` (guards): only a whole flat or a whole name answers, so that short searches
    cannot list the registry.
    """
    term = term.casefold()
    if kind == "person":
        if _found(term, str(item.get("name", "")).casefold(), whole=whole):
            return True
        home = registry.households.get(item.get("household_id") or "")
        return home is not None and _found(
            term, flat_label(home.building, home.unit, home.room), whole=whole
        )
    if kind == "household":
        label = flat_label(item.get("building"), item.get("unit"), item.get("room"))
        return _found(term, label, whole=whole)
    return term in str(item.get("uid", item.get("chip_uid", ""))).casefold() or (
        term in str(item.get("plate", "")).casefold()
    )


def may_list(caller: Caller, kind: str, search: str | None) -> bool:
    """Return whether the caller may list this kind (a guard: households, people, searched)."""
    match grant(caller, Operation.REGISTRY_VIEW):
        case Grant.ALL | Grant.OWN:
            return True
        case Grant.FIND:
            return kind in FIND_FIELDS and len((search or "").strip()) >= MIN_SEARCH_LENGTH
        case _:
            return False


def may_subscribe(caller: Caller) -> bool:
    """Return whether the caller may follow changes (not a guard: they only find)."""
    return grant(caller, Operation.REGISTRY_VIEW) in (Grant.ALL, Grant.OWN)


def visible(
    caller: Caller, kind: str, item: Mapping[str, Any], registry: Registry
) -> dict[str, Any] | None:
    """Return the record as the caller may see it, or None when they may not see it."""
    granted = grant(caller, Operation.REGISTRY_VIEW)
    if granted is Grant.NONE:
        return None
    if granted is Grant.OWN and (
        caller.household_id is None or _household_of(kind, item, registry) != caller.household_id
    ):
        return None
    if granted is Grant.FIND:
        return {field: item[field] for field in FIND_FIELDS.get(kind, ()) if field in item}
    shown = dict(item)
    if kind == "person" and grant(caller, Operation.POLICE_WATCH) is not Grant.ALL:
        shown.pop("police_watch", None)  # police business
        if shown.get("watch") == WatchLevel.POLICE:  # a record from before the split
            shown["watch"] = WatchLevel.NONE.value
    return shown


def listed(
    caller: Caller,
    kind: str,
    items: list[dict[str, Any]],
    registry: Registry,
    search: str | None,
) -> list[dict[str, Any]]:
    """Return the records the caller may see, answering a search if there is one."""
    shown = []
    whole = grant(caller, Operation.REGISTRY_VIEW) is Grant.FIND
    for item in items:
        if search and not _matches(kind, item, search.strip(), registry, whole=whole):
            continue
        if (record := visible(caller, kind, item, registry)) is not None:
            shown.append(record)
    return shown
