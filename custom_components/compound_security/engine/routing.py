"""Who is told about an alarm, and the buttons a phone notification carries.

Routes are configured per compound: each names alarm kinds (none means every kind) and
notify targets. The family comes on top for the kinds that concern one resident: a
care-watch passage goes to the watched person's own list (their family), a vehicle theft
to the owner's list. Police watch is never the family's business. Targets are
`notify.<name>`: a notify action (mobile_app_<phone>, and any bot integration) or a notify
entity; both are resolved when sending.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from .decision import POLICE_KINDS, AlarmKind

ACTION_PREFIX = "COMPOUND_SECURITY"
FAMILY_KINDS = frozenset({AlarmKind.WATCHLIST, AlarmKind.VEHICLE_THEFT})


class AlarmAction(StrEnum):
    """The buttons of an alarm notification."""

    ACKNOWLEDGE = "acknowledge"
    ITS_ME = "its_me"  # a vehicle's owner: the chip passing was me; the alarm closes
    STOP_IT = "stop_it"  # a vehicle's owner: keep the garage barrier shut


@dataclass(frozen=True, slots=True)
class Route:
    """Alarm kinds (empty: every kind) and whom to tell."""

    name: str
    kinds: frozenset[str]
    targets: tuple[str, ...]

    def matches(self, kind: str) -> bool:
        """Return whether this route covers an alarm kind.

        A route for every kind does not cover police kinds: those go only where a route
        names them (the police's own phones), not to the guard room or a shared screen.
        """
        if not self.kinds:
            return kind not in POLICE_KINDS
        return kind in self.kinds


def recipients(kind: str, routes: Iterable[Route], family: Iterable[str] = ()) -> list[str]:
    """Return the targets for an alarm, each once, routes first and then the family."""
    found: list[str] = []
    for route in routes:
        if route.matches(kind):
            found.extend(route.targets)
    if kind in FAMILY_KINDS:
        found.extend(family)
    return list(dict.fromkeys(found))


def actions_for(kind: str) -> list[AlarmAction]:
    """Return the buttons for an alarm kind."""
    if kind == AlarmKind.VEHICLE_THEFT:
        return [AlarmAction.ACKNOWLEDGE, AlarmAction.ITS_ME, AlarmAction.STOP_IT]
    return [AlarmAction.ACKNOWLEDGE]


def action_id(action: AlarmAction, alarm_id: str) -> str:
    """Return the id a mobile app sends back when the button is pressed."""
    return f"{ACTION_PREFIX}_{action.value.upper()}:{alarm_id}"


def parse_action(value: str) -> tuple[AlarmAction, str] | None:
    """Return (action, alarm id) of a pressed button, or None for anyone else's."""
    head, _, alarm_id = value.partition(":")
    if not head.startswith(f"{ACTION_PREFIX}_") or not alarm_id:
        return None
    try:
        action = AlarmAction(head.removeprefix(f"{ACTION_PREFIX}_").lower())
    except ValueError:
        return None
    return action, alarm_id
