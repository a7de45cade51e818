"""Who may do what: one table, used by actions, websocket commands, gates, phones and views.

Home Assistant lets every logged-in user call every action and read every entity, so the
integration decides for itself. A caller is one of a few kinds (a column of the table):
automations, managers (Home Assistant admins), the staff roles a manager gives users
per compound (clerk, guard, police; see `roles`), residents (users linked to a person)
and nobody. Each operation (a row) grants each kind everything, a part (`Grant`), or
nothing. A refusal is Home Assistant's `Unauthorized` naming the operation, translated.

A staff member linked to a person is also a resident of their own household: where their
role grants nothing, the resident's grant applies, and a record of their own household
is theirs to act on as a resident's would be (a police officer's own e-bike theft).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Final

from homeassistant.exceptions import Unauthorized, UnknownUser

from .const import DOMAIN
from .engine.decision import POLICE_KINDS, AlarmKind
from .engine.model import Role, Tenure, WatchLevel

if TYPE_CHECKING:
    from homeassistant.auth.models import User
    from homeassistant.core import Context, HomeAssistant

    from .engine.model import Person
    from .engine.registry import Registry
    from .registry import CompoundRegistry


class CallerKind(StrEnum):
    """The columns of the table."""

    AUTOMATION = "automation"  # no user: automations and scripts
    MANAGER = "manager"  # a Home Assistant admin, in every compound
    CLERK = "clerk"  # property office desk
    GUARD = "guard"  # guard room, gates
    POLICE = "police"  # community police and their assistants
    RESIDENT = "resident"  # a user linked to a registered person
    NOBODY = "nobody"  # any other user: may do nothing


STAFF_KINDS: Final = frozenset({CallerKind.CLERK, CallerKind.GUARD, CallerKind.POLICE})


class Grant(StrEnum):
    """What one kind of caller may do with one operation."""

    ALL = "all"
    OWN = "own"  # only what concerns their own household
    OWN_VEHICLE_THEFT = "own_vehicle_theft"  # their own household's vehicle-theft alarms
    FIND = "find"  # find a household or person by flat or name: flats and names only
    TENANTS = "tenants"  # tenants of rental flats only (流管通 registration)
    REDACTED = "redacted"  # "check with the police", no detail
    NOT_POLICE = "not_police"  # every alarm but the police kinds
    POLICE_ONLY = "police_only"  # the police kinds only (wanted person, police watch)
    NONE = "none"


OWN_GRANTS: Final = frozenset({Grant.OWN, Grant.OWN_VEHICLE_THEFT})


class Operation(StrEnum):
    """The rows of the table."""

    REGISTRY_VIEW = "registry_view"  # households, people, cards, vehicles: list, follow
    REGISTRY_EDIT = "registry_edit"  # households, people: create, edit, move out
    REGISTRY_IMPORT = "registry_import"
    ID_NUMBER_ENTER = "id_number_enter"  # console only: actions refuse ID numbers
    WANTED_RESULT = "wanted_result"  # the wanted-list result at registration
    CARD_MANAGE = "card_manage"  # issue, replace, revoke, found, edit validity
    CARD_REPORT_LOST = "card_report_lost"
    CARD_ENROL = "card_enrol"  # enrol by swipe at a desk reader
    VEHICLE_MANAGE = "vehicle_manage"  # add, edit, remove
    VEHICLE_LOCK = "vehicle_lock"
    CARE_WATCH_SET = "care_watch_set"  # 重点看护: set, clear, family targets
    POLICE_WATCH = "police_watch"  # 重点人员 and the wanted list: set, import, view
    ACCESS_LOG_QUERY = "access_log_query"
    LIVE_PASSAGES = "live_passages"  # the last 24 hours at the compound's gates
    ACCESS_LOG_EXPORT = "access_log_export"
    ALARM_VIEW = "alarm_view"
    ALARM_HANDLE = "alarm_handle"  # acknowledge, close, note: by action
    ALARM_BUTTON = "alarm_button"  # the same from a notification's button on a phone
    ALARM_SNAPSHOT = "alarm_snapshot"  # an alarm's picture
    GATE_OPERATE = "gate_operate"  # open once, hold open, close
    VISITOR_PASS = "visitor_pass"  # noqa: S105 (a row, not a secret): create, revoke
    VISITORS_TODAY = "visitors_today"
    CAMERA_PUBLIC = "camera_public"
    CAMERA_PRIVATE = "camera_private"
    CAMERA_HEALTH = "camera_health"  # camera health, repairs
    USAGE_VIEW = "usage_view"  # flagged households, any flat's months
    USAGE_IMPORT = "usage_import"
    USAGE_ANALYZE = "usage_analyze"
    SETTINGS = "settings"  # roles, access levels, schedules, tenant cards, hardware, routes
    CREDENTIAL_PRESENT = "credential_present"  # a read typed in instead of swiped


_A, _OWN, _NO = Grant.ALL, Grant.OWN, Grant.NONE
_NOT_POL, _POL = Grant.NOT_POLICE, Grant.POLICE_ONLY
COLUMNS: Final = (
    CallerKind.AUTOMATION,
    CallerKind.MANAGER,
    CallerKind.CLERK,
    CallerKind.GUARD,
    CallerKind.POLICE,
    CallerKind.RESIDENT,
)
# The product's table (roles.md); README "Who may do what" is generated from it (a test
# checks). Automations may do what a manager may, except what only a person at a screen
# does or sees: phone buttons, pictures, ID numbers, the wanted-list result, enrolment.
_ROWS: Final[dict[Operation, tuple[Grant, ...]]] = {
    #                         automation manager clerk  guard  police  resident
    Operation.REGISTRY_VIEW: (_A, _A, _A, Grant.FIND, _A, _OWN),
    Operation.REGISTRY_EDIT: (_A, _A, _A, _NO, Grant.TENANTS, _NO),
    Operation.REGISTRY_IMPORT: (_A, _A, _A, _NO, _NO, _NO),
    Operation.ID_NUMBER_ENTER: (_NO, _A, _A, _NO, _A, _NO),
    Operation.WANTED_RESULT: (_NO, _A, Grant.REDACTED, _NO, _A, _NO),
    Operation.CARD_MANAGE: (_A, _A, _A, _NO, _NO, _NO),
    Operation.CARD_REPORT_LOST: (_A, _A, _A, _A, _NO, _OWN),
    Operation.CARD_ENROL: (_NO, _A, _A, _NO, _A, _NO),
    Operation.VEHICLE_MANAGE: (_A, _A, _A, _NO, _NO, _NO),
    Operation.VEHICLE_LOCK: (_A, _A, _A, _NO, _NO, _OWN),
    Operation.CARE_WATCH_SET: (_A, _A, _A, _NO, _NO, _OWN),
    Operation.POLICE_WATCH: (_A, _A, _NO, _NO, _A, _NO),
    Operation.ACCESS_LOG_QUERY: (_A, _A, _NO, _NO, _A, _OWN),
    Operation.LIVE_PASSAGES: (_A, _A, _NO, _A, _A, _NO),
    Operation.ACCESS_LOG_EXPORT: (_A, _A, _NO, _NO, _A, _NO),
    Operation.ALARM_VIEW: (_A, _A, _NO, _NOT_POL, _POL, _OWN),
    Operation.ALARM_HANDLE: (_A, _A, _NO, _NOT_POL, _POL, Grant.OWN_VEHICLE_THEFT),
    Operation.ALARM_BUTTON: (_NO, _A, _NO, _NOT_POL, _POL, Grant.OWN_VEHICLE_THEFT),
    Operation.ALARM_SNAPSHOT: (_NO, _A, _NO, _NOT_POL, _POL, _OWN),
    Operation.GATE_OPERATE: (_A, _A, _NO, _A, _NO, _NO),
    Operation.VISITOR_PASS: (_A, _A, _A, _A, _NO, _OWN),
    Operation.VISITORS_TODAY: (_A, _A, _A, _A, _NO, _OWN),
    Operation.CAMERA_PUBLIC: (_A, _A, _A, _A, _A, _A),
    Operation.CAMERA_PRIVATE: (_A, _A, _NO, _A, _A, _NO),
    Operation.CAMERA_HEALTH: (_A, _A, _A, _A, _NO, _NO),
    Operation.USAGE_VIEW: (_A, _A, _NO, _NO, _A, _OWN),
    Operation.USAGE_IMPORT: (_A, _A, _A, _NO, _NO, _NO),
    Operation.USAGE_ANALYZE: (_A, _A, _NO, _NO, _A, _NO),
    Operation.SETTINGS: (_A, _A, _NO, _NO, _NO, _NO),
    Operation.CREDENTIAL_PRESENT: (_A, _A, _NO, _NO, _NO, _NO),
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
    person: Person | None = None  # the user's registered person (residents; some staff)

    @property
    def household_id(self) -> str | None:
        """Return the household of the caller's person."""
        return self.person.household_id if self.person is not None else None

    @property
    def name(self) -> str | None:
        """Return who acts, for records: the user's name, or None for automations."""
        return (self.user.name or self.user.id) if self.user is not None else None


AUTOMATION: Final = Caller(CallerKind.AUTOMATION)


def caller_for_user(user: User, registry: CompoundRegistry | None) -> Caller:
    """Return what a known user is in one compound (in none: only a manager is anyone)."""
    if user.is_admin:
        return Caller(CallerKind.MANAGER, user)
    if registry is None:
        return Caller(CallerKind.NOBODY, user)
    person = registry.engine.person_for_user(user.id)
    if (role := registry.roles.role_of(user.id)) is not None:
        return Caller(CallerKind(role.value), user, person)
    if person is None:
        return Caller(CallerKind.NOBODY, user)
    return Caller(CallerKind.RESIDENT, user, person)


async def async_caller(
    hass: HomeAssistant, context: Context | None, registry: CompoundRegistry
) -> Caller:
    """Return who made a call: an automation when no user did; raise for an unknown user."""
    if context is None or context.user_id is None:
        return AUTOMATION
    user = await hass.auth.async_get_user(context.user_id)
    if user is None:
        raise UnknownUser(context=context, user_id=context.user_id)
    return caller_for_user(user, registry)


def _resident_grant(caller: Caller, operation: Operation) -> Grant:
    """Return what the caller's own person may do as a resident (staff too)."""
    if caller.person is None:
        return Grant.NONE
    return PERMISSIONS[operation][CallerKind.RESIDENT]


def grant(caller: Caller, operation: Operation) -> Grant:
    """Return what the caller may do with the operation (a resident's, if the role has none)."""
    granted = PERMISSIONS[operation][caller.kind]
    if granted is Grant.NONE and caller.kind in STAFF_KINDS:
        return _resident_grant(caller, operation)
    return granted


def kinds_granted(operation: Operation) -> list[CallerKind]:
    """Return the people's kinds (not automations) that may do some of the operation."""
    return [
        kind
        for kind in COLUMNS
        if kind is not CallerKind.AUTOMATION and PERMISSIONS[operation][kind] is not Grant.NONE
    ]


class Refused(Unauthorized):
    """`Unauthorized`, with a translated message naming the operation and the roles needed."""

    def __init__(
        self, caller: Caller, operation: Operation, context: Context | None, **details: Any
    ) -> None:
        """Refuse `operation` to `caller`."""
        super().__init__(
            context=context,
            user_id=caller.user.id if caller.user is not None else None,
            permission=f"{DOMAIN}.{operation}",
            **details,
        )
        self.operation = operation
        self.translation_domain = DOMAIN
        self.translation_key = "unauthorized"
        self.translation_placeholders = {
            "operation": operation.value,
            "role": caller.kind.value,
            "roles": ", ".join(kinds_granted(operation)),
        }
        self.generate_message = True


def refusal(
    caller: Caller, operation: Operation, context: Context | None = None, **details: Any
) -> Refused:
    """Return the error that refuses an operation."""
    return Refused(caller, operation, context, **details)


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
    if PERMISSIONS[operation][caller.kind] is Grant.ALL:
        return True
    return (
        _resident_grant(caller, operation) in OWN_GRANTS
        and household_id is not None
        and household_id == caller.household_id
    )


def require_household(
    caller: Caller, operation: Operation, household_id: str | None, context: Context | None
) -> None:
    """Raise `Unauthorized` unless the caller may act on that household's records."""
    if not may_for_household(caller, operation, household_id):
        raise refusal(caller, operation, context)


def is_tenant_of_rental(registry: Registry, role: str | None, household_id: str | None) -> bool:
    """Return whether a person (as stored or as asked for) is a tenant of a rental flat."""
    household = registry.households.get(household_id or "")
    return role == Role.TENANT and household is not None and household.tenure is Tenure.RENTAL


def may_edit_record(caller: Caller, operation: Operation, *, tenant_of_rental: bool) -> bool:
    """Return whether the caller may create, change or remove a record (police: tenants)."""
    granted = grant(caller, operation)
    return granted is Grant.ALL or (granted is Grant.TENANTS and tenant_of_rental)


CARE_WATCH_FIELDS: Final = ("watch", "notify", "watch_directions")


def watch_operations(changes: Mapping[str, Any]) -> list[Operation]:
    """Return the rows that changing a person's watch fields needs (none if untouched).

    The police watch (重点人员: `police_watch`, or `watch: police` as one field held it)
    is police business; the care watch (its level, the family's targets, directions) is
    the care watch's. The two are kept apart, so changing one never needs, or tells of,
    the other.
    """
    operations: list[Operation] = []
    police = "police_watch" in changes or changes.get("watch") == WatchLevel.POLICE
    if police:
        operations.append(Operation.POLICE_WATCH)
    care = [f for f in CARE_WATCH_FIELDS if f in changes]
    if care and not (care == ["watch"] and changes["watch"] == WatchLevel.POLICE):
        operations.append(Operation.CARE_WATCH_SET)
    return operations


def require_watch_change(
    caller: Caller,
    person: Person | None,
    changes: Mapping[str, Any],
    context: Context | None,
) -> None:
    """Raise `Unauthorized` unless the caller may make these changes to a person's watch."""
    household_id = person.household_id if person is not None else changes.get("household_id")
    for operation in watch_operations(changes):
        require_household(caller, operation, household_id, context)


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

    Guards have every alarm but the police kinds, police those only. "Their own" never
    covers a police alarm (wanted person, police watch), even about someone of their own
    household, and a resident handles only their own vehicle's theft.
    """
    police = alarm["kind"] in POLICE_KINDS
    role_grant = PERMISSIONS[operation][caller.kind]
    if role_grant is Grant.ALL:
        return True
    if (role_grant is Grant.NOT_POLICE and not police) or (
        role_grant is Grant.POLICE_ONLY and police
    ):
        return True
    own = _resident_grant(caller, operation)
    if police or own not in OWN_GRANTS:
        return False
    if own is Grant.OWN_VEHICLE_THEFT and alarm["kind"] != AlarmKind.VEHICLE_THEFT:
        return False
    household_id = alarm_household(alarm, registry)
    return household_id is not None and household_id == caller.household_id


def may_see_every_snapshot(caller: Caller) -> bool:
    """Return whether the caller sees every alarm's snapshot (learns that one is missing)."""
    return PERMISSIONS[Operation.ALARM_SNAPSHOT][caller.kind] is Grant.ALL


def wanted_result(caller: Caller, *, listed: bool) -> str | None:
    """Return what the caller is told of a registration's wanted-list check, if anything."""
    match grant(caller, Operation.WANTED_RESULT):
        case Grant.ALL:
            return "listed" if listed else "not_listed"
        case Grant.REDACTED:
            return "check_with_police" if listed else None
        case _:
            return None
