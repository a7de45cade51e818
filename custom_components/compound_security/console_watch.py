"""The console's watch page: who is watched, which way, who is told; the wanted matches.

`compound_security/watch/list` answers with the care watch (重点看护: the family's
request, with the directions reported and the family's notify targets) for those the
`care_watch_set` row allows (managers and clerks; a resident their own household), and
the police watch (重点人员) only for those the `police_watch` row allows (managers and
the police); a list the caller may not see is `null`, not empty, so nobody learns
whether there is one. `compound_security/wanted/matches` lists the registered people the
wanted list names (police business: `police_watch`). The list itself is uploaded with
`compound_security/wanted/import` (`registry_websocket`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from homeassistant.components.websocket_api import async_register_command
from homeassistant.core import HomeAssistant, callback
import probatio as vol

from .console_command import ID, ConsoleCall, console_command
from .engine.model import WatchLevel
from .permissions import Grant, Operation, grant

if TYPE_CHECKING:
    from .engine.model import Person
    from .engine.registry import Registry


def _person_row(person: Person, engine: Registry) -> dict[str, Any]:
    household = engine.households.get(person.household_id)
    return {
        "person_id": person.id,
        "name": person.name,
        "role": person.role.value,
        "household_id": person.household_id,
        "flat": household.label if household is not None else None,
        "moved_out": person.moved_out.isoformat() if person.moved_out else None,
    }


def _ordered(people: list[Person], engine: Registry) -> list[Person]:
    """Return people by flat, then name: the order staff look them up in."""

    def _key(person: Person) -> tuple[str, str]:
        household = engine.households.get(person.household_id)
        return (household.label if household else "", person.name)

    return sorted(people, key=_key)


@console_command("watch/list", {}, (Operation.CARE_WATCH_SET, Operation.POLICE_WATCH))
async def ws_watch_list(_msg: dict[str, Any], call: ConsoleCall) -> dict[str, Any]:
    """Return the care watch and the police watch, each only to whoever may see it."""
    engine = call.registry.engine
    care_grant = grant(call.caller, Operation.CARE_WATCH_SET)
    care: list[dict[str, Any]] | None = None
    if care_grant is not Grant.NONE:
        watched = [
            person
            for person in engine.people.values()
            if person.watch is WatchLevel.CARE
            and (care_grant is Grant.ALL or person.household_id == call.caller.household_id)
        ]
        care = [
            _person_row(person, engine)
            | {"directions": person.watch_directions.value, "notify": list(person.notify)}
            for person in _ordered(watched, engine)
        ]
    police: list[dict[str, Any]] | None = None
    if grant(call.caller, Operation.POLICE_WATCH) is Grant.ALL:
        watched = [person for person in engine.people.values() if person.police_watch]
        police = [
            _person_row(person, engine) | {"directions": person.watch_directions.value}
            for person in _ordered(watched, engine)
        ]
    return {"care": care, "police": police}


@console_command("wanted/matches", {vol.Optional("job_id"): ID}, Operation.POLICE_WATCH)
async def ws_wanted_matches(msg: dict[str, Any], call: ConsoleCall) -> dict[str, Any]:
    """Return the people the wanted list names, its length, and an upload's progress."""
    engine = call.registry.engine
    matches = _ordered(engine.wanted_people(engine.wanted), engine)
    return {
        "listed": len(engine.wanted),
        "matches": [_person_row(person, engine) for person in matches],
        "job": call.registry.wanted.progress.get(msg.get("job_id") or ""),
    }


@callback
def async_setup_watch_websocket(hass: HomeAssistant) -> None:
    """Register the watch page's console commands."""
    async_register_command(hass, ws_watch_list)
    async_register_command(hass, ws_wanted_matches)
