"""What of a passage a caller is told: its alarms, its watch, and whether it is named.

The live feed (`console_passages`) and the access log (`console_access_log`) show the
same passages to the same roles, so one set of rules decides both:
- a passage's alarms are told as the caller's `alarm_view` grant allows (guards all but
  the police kinds, the police those only, residents their own household's: a passage
  they see is theirs), and the police kinds only where police-watch facts may be shown
  (the log, to those with the `police_watch` row; never the feed);
- a passage's watch "police" (重点人员) is, to anyone else, the watch that person has
  besides (the family's care watch, or none), so a care-watched person on police watch
  looks like any other care-watched person;
- names come with every passage to those who see names, and with a passage that raised
  an alarm they are told of to the rest (a guard greets a care-watched resident).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import TYPE_CHECKING, Final

from .engine.decision import POLICE_KINDS, AlarmKind
from .engine.model import WatchLevel
from .permissions import Grant, Operation, grant

if TYPE_CHECKING:
    from .engine.model import Person
    from .permissions import Caller

# `alarm_view` grants that cover the alarms a passage raised, police kinds apart.
_NOT_POLICE_KINDS: Final = frozenset({Grant.ALL, Grant.NOT_POLICE, Grant.OWN})
_POLICE_KINDS: Final = frozenset({Grant.ALL, Grant.POLICE_ONLY})


def alarms_told(caller: Caller, alarms: Mapping[str, str], *, police: bool) -> dict[str, str]:
    """Return the passage's alarms (id: kind) the caller is told of.

    `police`: whether police-watch facts may be shown here at all.
    """
    granted = grant(caller, Operation.ALARM_VIEW)
    police_told = police and granted in _POLICE_KINDS
    others_told = granted in _NOT_POLICE_KINDS
    return {
        alarm_id: kind
        for alarm_id, kind in alarms.items()
        if (police_told if kind in POLICE_KINDS else others_told)
    }


def watch_told(watch: str, kinds_told: list[str], person: Person | None, *, police: bool) -> str:
    """Return the watch a passage is shown with: never "police" without `police`."""
    if watch != WatchLevel.POLICE or police:
        return watch
    cared_for = AlarmKind.WATCHLIST in kinds_told or (
        person is not None and person.watch is WatchLevel.CARE
    )
    return WatchLevel.CARE.value if cared_for else WatchLevel.NONE.value


def named(*, names: bool, alarms: Collection[str]) -> bool:
    """Return whether a passage comes with the person's name (and ids)."""
    return names or bool(alarms)
