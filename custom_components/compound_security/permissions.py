"""Who may do what: one table, used by actions, websocket commands, gates, phones and views.

Home Assistant lets every logged-in user call every action and read every entity, so the
integration decides for itself. A caller is one of a few kinds (a column of the table);
each operation (a row) grants each kind everything, only what concerns their own
household, or nothing. A refusal is Home Assistant's `Unauthorized`, naming the
operation. A user is a resident of the compound whose registry links a person to them.

Adding a role (clerk, guard, police) is adding a `CallerKind` and a column.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Final

from homeassistant.exceptions import Unauthorized, UnknownUser

from .const import DOMAIN
from .engine.decision import POLICE_KINDS, AlarmKind

if TYPE_CHECKING:
    from homeassistant.auth.models import User
    from homeassistant.core import Context, HomeAssistant

    from .engine.model import Person
    from .engine.registry import Registry


class CallerKind(StrEnum):
    """The columns of the table."""

    AUTOMATION = "automation"  # no user: automations and scripts
    MANAGER = "manager"  # a Home Assistant admin
    RESIDENT = "resident"  # a user linked to a registered person
    NOBODY = "nobody"  # any other user: may do nothing


class Grant(StrEnum):
    """What one kind of caller may do with one operation."""

    ALL = "all"
    OWN = "own"  # only what concerns their own household
    NONE = "none"


class Operation(StrEnum):
    """The rows of the table."""

    REGISTRY_VIEW = "registry_view"  # households, people, cards, vehicles: list, follow
    REGISTRY_EDIT = "registry_edit"  # households, people: create, edit, move out
    REGISTRY_IMPORT = "registry_import"
    CARD_MANAGE = "card_manage"  # issue, replace, revoke, found, edit validity
    CARD_REPORT_LOST = "card_report_lost"  # takes effect at once; residents: their own
    VEHICLE_MANAGE = "vehicle_manage"  # add, edit, remove
    VEHICLE_LOCK = "vehicle_lock"
    WATCH_SET = "watch_set"  # care and police watch
    WANTED_IMPORT = "wanted_import"
    CREDENTIAL_PRESENT = "credential_present"  # a read typed in instead of swiped
    ACCESS_LOG_QUERY = "access_log_query"
    ACCESS_LOG_EXPORT = "access_log_export"
    ALARM_HANDLE = "alarm_handle"  # acknowledge, close, note: by action
    ALARM_BUTTON = "alarm_button"  # the same from a notification's button on a phone
    ALARM_SNAPSHOT = "alarm_snapshot"  # an alarm's picture
    GATE_OPERATE = "gate_operate"  # open once, hold open, close
    USAGE_IMPORT = "usage_import"
    USAGE_ANALYZE = "usage_analyze"
    SETTINGS = "settings"  # roles, access levels, schedules, tenant-card policy, hardware


_A, _OWN, _NO = Grant.ALL, Grant.OWN, Grant.NONE
COLUMNS: Final = (CallerKind.AUTOMATION, CallerKind.MANAGER, CallerKind.RESIDENT)
# A button press or a picture always comes with a user: with none, nobody asked.
_ROWS: Final[dict[Operation, tuple[Grant, ...]]] = {
    #                            automation  manager  resident
    Operation.REGISTRY_VIEW: (_A, _A, _NO),
    Operation.REGISTRY_EDIT: (_A, _A, _NO),
    Operation.REGISTRY_IMPORT: (_A, _A, _NO),
    Operation.CARD_MANAGE: (_A, _A, _NO),
    Operation.CARD_REPORT_LOST: (_A, _A, _OWN),
    Operation.VEHICLE_MANAGE: (_A, _A, _NO),
    Operation.VEHICLE_LOCK: (_A, _A, _OWN),
    Operation.WATCH_SET: (_A, _A, _NO),
    Operation.WANTED_IMPORT: (_A, _A, _NO),
    Operation.CREDENTIAL_PRESENT: (_A, _A, _NO),
    Operation.ACCESS_LOG_QUERY: (_A, _A, _OWN),
    Operation.ACCESS_LOG_EXPORT: (_A, _A, _NO),
    Operation.ALARM_HANDLE: (_A, _A, _OWN),
    Operation.ALARM_BUTTON: (_NO, _A, _OWN),
    Operation.ALARM_SNAPSHOT: (_NO, _A, _OWN),
    Operation.GATE_OPERATE: (_A, _A, _NO),
    Operation.USAGE_IMPORT: (_A, _A, _NO),
    Operation.USAGE_ANALYZE: (_A, _A, _NO),
    Operation.SETTINGS: (_A, _A, _NO),
}
PERMISSIONS: Final[Mapping[Operation, Mapping[CallerKind, Grant]]] = {
    operation: dict(zip(COLUMNS, grants, strict=True)) | {CallerKind.NOBODY: _NO}
    for operation, grants in _ROWS.items()
}


@dataclass(frozen=True, slots=True)
class Caller:
    """Who asks, as far as the table is concerned."""

    kind: CallerKind
    user: User | None = None
    person: Person | None = None  # a resident's registered person

    @property
    def household_id(self) -> str | None:
        """Return a resident's household."""
        return self.person.household_id if self.person is not None else None

    @property
    def name(self) -> str | None:
        """Return who acts, for records: the user's name, or None for automations."""
        return (self.user.name or self.user.id) if self.user is not None else None


AUTOMATION: Final = Caller(CallerKind.AUTOMATION)


def caller_for_user(user: User, registry: Registry | None) -> Caller:
    """Return what a known user is in one compound (in none: only a manager is anyone)."""
    if user.is_admin:
        return Caller(CallerKind.MANAGER, user)
    person = registry.person_for_user(user.id) if registry is not None else None
    if person is None:
        return Caller(CallerKind.NOBODY, user)
    return Caller(CallerKind.RESIDENT, user, person)


async def async_caller(hass: HomeAssistant, context: Context | None, registry: Registry) -> Caller:
    """Return who made a call: an automation when no user did; raise for an unknown user."""
    if context is None or context.user_id is None:
        return AUTOMATION
    user = await hass.auth.async_get_user(context.user_id)
    if user is None:
        raise UnknownUser(context=context, user_id=context.user_id)
    return caller_for_user(user, registry)


def grant(caller: Caller, operation: Operation) -> Grant:
    """Return what the caller may do with the operation."""
    return PERMISSIONS[operation][caller.kind]


def refusal(
    caller: Caller, operation: Operation, context: Context | None = None, **details: Any
) -> Unauthorized:
    """Return the error that refuses an operation."""
    return Unauthorized(
        context=context,
        user_id=caller.user.id if caller.user is not None else None,
        permission=f"{DOMAIN}.{operation}",
        **details,
    )


def require(
    caller: Caller, operation: Operation, context: Context | None = None, **details: Any
) -> Grant:
    """Return the caller's grant for the operation; raise `Unauthorized` when it is none."""
    granted = grant(caller, operation)
    if granted is Grant.NONE:
        raise refusal(caller, operation, context, **details)
    return granted


def may_for_household(caller: Caller, operation: Operation, household_id: str | None) -> bool:
    """Return whether the caller may do the operation to something of that household."""
    granted = grant(caller, operation)
    if granted is Grant.OWN:
        return household_id is not None and household_id == caller.household_id
    return granted is Grant.ALL


def require_household(
    caller: Caller, operation: Operation, household_id: str | None, context: Context | None
) -> None:
    """Raise `Unauthorized` unless the caller may act on that household's records."""
    if not may_for_household(caller, operation, household_id):
        raise refusal(caller, operation, context)


def alarm_household(alarm: Mapping[str, Any], registry: Registry) -> str | None:
    """Return whose alarm it is: a vehicle theft's is the vehicle owner's household."""
    if alarm["kind"] == AlarmKind.VEHICLE_THEFT and alarm.get("vehicle_id"):
        vehicle = registry.vehicles.get(alarm["vehicle_id"])
        owner = registry.people.get(vehicle.person_id) if vehicle else None
        return owner.household_id if owner else None
    household_id: str | None = alarm.get("household_id")
    return household_id


def may_handle_alarm(
    caller: Caller, operation: Operation, alarm: Mapping[str, Any], registry: Registry
) -> bool:
    """Return whether the caller may handle (or see) an alarm's record.

    "Their own" never covers a police alarm (wanted person, police watch), even about
    someone of their own household.
    """
    if grant(caller, operation) is Grant.OWN and alarm["kind"] in POLICE_KINDS:
        return False
    return may_for_household(caller, operation, alarm_household(alarm, registry))
