"""Actions of Compound Security, registered once in `async_setup`.

Authorization: Home Assistant lets every logged-in user call every action, so each
handler checks our own roles. Calls without a user (automations, scripts) and admins may
do everything; a non-admin user linked to a registered person may only lock or unlock
their household's vehicles and read their household's access log.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Coroutine, Iterator, Mapping
import csv
from dataclasses import dataclass
from datetime import datetime
from functools import wraps
import io
from pathlib import Path
import re
from typing import Any, override

from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import (
    HomeAssistant,
    ServiceCall,
    ServiceResponse,
    SupportsResponse,
    callback,
)
from homeassistant.exceptions import ServiceValidationError, Unauthorized, UnknownUser
from homeassistant.helpers import collection, config_validation as cv
from homeassistant.util import dt as dt_util
import probatio as vol

from .alarm_desk import AlarmDesk
from .const import CONF_CONFIG_ENTRY_ID, DOMAIN
from .coordinator import CompoundSecurityConfigEntry
from .engine.audit import ACCESS_FIELDS, AccessQuery
from .engine.bounds import MAX_NOTE, checked_text
from .engine.errors import RuleError
from .engine.importer import ImportPlan, ImportRejected, plan_import
from .engine.model import Credential, Person, WatchLevel
from .engine.readings import Reading, RejectedRow, check_records, parse_csv
from .engine.uid import parse_uid
from .engine.usage import parse_period
from .imports import read_file
from .registry import (
    CARD_TYPE,
    DIRECTION,
    HOUSEHOLD_FIELDS,
    NOTIFY_LIST,
    PERSON_FIELDS,
    REGISTRY_KEY,
    SCHEMA_TEXT_LIMIT,
    VEHICLE_KIND,
    WATCH_LEVEL,
    CompoundRegistry,
)
from .usage_tracker import flag_response
from .wanted import wanted_numbers

MAX_REPORTED_ROWS = 10
MAX_QUERY_LIMIT = 10_000

ENTRY = {vol.Optional(CONF_CONFIG_ENTRY_ID): cv.string}


def _optional(fields: dict[Any, Any]) -> dict[Any, Any]:
    return {vol.Optional(str(key)): value for key, value in fields.items()}


class _ActionSchema(vol.Schema):
    """An action's schema that refuses ID numbers before Home Assistant records the call.

    Home Assistant validates the data first and fires `call_service` (which the recorder
    stores, data and all) only if that passes: raising here keeps the number out of it.
    """

    @override
    def __call__(self, data: Any, **kwargs: Any) -> Any:
        if isinstance(data, Mapping) and any(field in data for field in ID_NUMBER_FIELDS):
            raise _invalid("id_number_not_in_actions")
        return super().__call__(data, **kwargs)


# Fields that would put ID numbers into the recorder; they go in through the staff
# console (the admin websocket API) or an import file instead.
ID_NUMBER_FIELDS = ("id_number", "id_numbers")
PERSON_ACTION_FIELDS = {k: v for k, v in PERSON_FIELDS.items() if str(k) != "id_number"}


def _schema(fields: dict[Any, Any]) -> vol.Schema:
    return _ActionSchema({**ENTRY, **fields})


ALARM_FIELDS: dict[Any, Any] = {
    vol.Exclusive("alarm_id", "alarm"): cv.string,
    vol.Exclusive("access_point", "alarm"): cv.string,
    vol.Optional("note"): vol.All(cv.string, vol.Length(max=SCHEMA_TEXT_LIMIT)),
}
QUERY_FIELDS: dict[Any, Any] = {
    vol.Optional("person_id"): cv.string,
    vol.Optional("household_id"): cv.string,
    vol.Optional("uid"): cv.string,
    vol.Optional("access_point"): cv.string,
    vol.Optional("since"): cv.datetime,
    vol.Optional("until"): cv.datetime,
    vol.Optional("limit", default=100): vol.All(
        vol.Coerce(int), vol.Range(min=1, max=MAX_QUERY_LIMIT)
    ),
}

SCHEMAS: dict[str, vol.Schema] = {
    "add_household": _schema(HOUSEHOLD_FIELDS),
    "update_household": _schema(
        {vol.Required("household_id"): cv.string, **_optional(HOUSEHOLD_FIELDS)}
    ),
    "remove_household": _schema({vol.Required("household_id"): cv.string}),
    "add_person": _schema(PERSON_ACTION_FIELDS),
    "update_person": _schema(
        {vol.Required("person_id"): cv.string, **_optional(PERSON_ACTION_FIELDS)}
    ),
    "remove_person": _schema({vol.Required("person_id"): cv.string}),
    "issue_card": _schema(
        {
            vol.Required("person_id"): cv.string,
            vol.Required("uid"): cv.string,
            vol.Required("card_type"): CARD_TYPE,
            vol.Optional("valid_from"): cv.date,
            vol.Optional("valid_until"): cv.date,
        }
    ),
    "revoke_card": _schema(
        {
            vol.Required("uid"): cv.string,
            vol.Required("status"): vol.In(["revoked", "lost"]),
            vol.Optional("reason"): vol.All(cv.string, vol.Length(max=SCHEMA_TEXT_LIMIT)),
        }
    ),
    "set_watch": _schema(
        {
            vol.Required("person_id"): cv.string,
            vol.Required("level"): WATCH_LEVEL,
            vol.Optional("notify"): NOTIFY_LIST,
            vol.Optional("directions"): DIRECTION,
        }
    ),
    "add_vehicle": _schema(
        {
            vol.Required("person_id"): cv.string,
            vol.Required("chip_uid"): cv.string,
            vol.Required("kind"): VEHICLE_KIND,
            vol.Optional("plate"): vol.All(cv.string, vol.Length(max=SCHEMA_TEXT_LIMIT)),
            vol.Optional("riders"): vol.All(cv.ensure_list, [cv.string]),
        }
    ),
    "set_vehicle_lock": _schema(
        {vol.Required("chip_uid"): cv.string, vol.Required("locked"): cv.boolean}
    ),
    "import_wanted_list": _schema({vol.Required("file"): cv.string}),
    "import_registry": _schema({vol.Required("file"): cv.string}),
    "present_credential": _schema(
        {
            vol.Required("access_point"): cv.string,
            vol.Required("uid"): cv.string,
            vol.Optional("credential", default="card"): vol.In(["card", "vehicle_chip"]),
        }
    ),
    "query_access_log": _schema(QUERY_FIELDS),
    "import_meter_readings": _schema(
        {
            vol.Exclusive("file", "source"): cv.string,
            vol.Exclusive("records", "source"): vol.All(
                cv.ensure_list, [dict], vol.Length(max=100_000)
            ),
        }
    ),
    "analyze_usage": _schema({vol.Optional("period"): cv.string}),
    "acknowledge_alarm": _schema(ALARM_FIELDS),
    "close_alarm": _schema(ALARM_FIELDS),
    "export_access_log": _schema({vol.Required("file"): cv.string, **QUERY_FIELDS}),
}

RESPONSE_ONLY = {"query_access_log", "analyze_usage"}
RESPONSE_OPTIONAL = {
    "add_household",
    "add_person",
    "issue_card",
    "add_vehicle",
    "import_wanted_list",
    "import_registry",
    "present_credential",
    "export_access_log",
    "import_meter_readings",
}
RESIDENT_ALLOWED = {"set_vehicle_lock", "query_access_log", "acknowledge_alarm", "close_alarm"}


def _invalid(code: str, **placeholders: str) -> ServiceValidationError:
    return ServiceValidationError(
        translation_domain=DOMAIN, translation_key=code, translation_placeholders=placeholders
    )


def _compound(hass: HomeAssistant, call: ServiceCall) -> CompoundSecurityConfigEntry:
    """Return the loaded compound the call is for (the only one, or the one named)."""
    loaded: list[CompoundSecurityConfigEntry] = [
        entry
        for entry in hass.config_entries.async_entries(DOMAIN)
        if entry.state is ConfigEntryState.LOADED
    ]
    if entry_id := call.data.get(CONF_CONFIG_ENTRY_ID):
        for entry in loaded:
            if entry.entry_id == entry_id:
                return entry
        raise _invalid("compound_not_loaded")
    if not loaded:
        raise _invalid("compound_not_loaded")
    if len(loaded) > 1:
        raise _invalid("compound_ambiguous")
    return loaded[0]


async def _caller(
    hass: HomeAssistant, call: ServiceCall, registry: CompoundRegistry
) -> Person | None:
    """Return None for automations and admins, the linked person for a resident."""
    user_id = call.context.user_id
    if user_id is None:
        return None
    user = await hass.auth.async_get_user(user_id)
    if user is None:
        raise UnknownUser(context=call.context, user_id=user_id)
    if user.is_admin:
        return None
    person = registry.engine.person_for_user(user.id)
    if person is None or call.service not in RESIDENT_ALLOWED:
        raise Unauthorized(context=call.context, permission="compound_security")
    return person


@dataclass(frozen=True, slots=True)
class ActionCall:
    """A call with what every handler needs: its compound, the registry and the caller."""

    hass: HomeAssistant
    call: ServiceCall
    entry: CompoundSecurityConfigEntry
    registry: CompoundRegistry
    caller: Person | None  # None: an automation or an admin

    @property
    def data(self) -> Mapping[str, Any]:
        """Return the call's data."""
        return self.call.data


type Handler = Callable[[ActionCall], Awaitable[ServiceResponse]]


def _guarded(handler: Handler) -> Callable[[ServiceCall], Coroutine[Any, Any, ServiceResponse]]:
    """Check the compound and the caller, and translate rule errors."""

    @wraps(handler)
    async def _handle(call: ServiceCall) -> ServiceResponse:
        hass = call.hass
        entry = _compound(hass, call)
        registry = hass.data[REGISTRY_KEY]
        caller = await _caller(hass, call, registry)
        try:
            return await handler(ActionCall(hass, call, entry, registry, caller))
        except RuleError as err:
            raise _invalid(err.code, **err.placeholders) from err
        except collection.ItemNotFound as err:
            raise _invalid("record_not_found", record=str(err.item_id)) from err

    return _handle


def _fields(call: ServiceCall, *skip: str) -> dict[str, Any]:
    return {k: v for k, v in call.data.items() if k not in (CONF_CONFIG_ENTRY_ID, *skip)}


def _must_exist(records: collection.DictStorageCollection, item_id: str, code: str) -> None:
    if item_id not in records.data:
        raise RuleError(code, **{code.removesuffix("_not_found") + "_id": item_id})


async def _add_household(ctx: ActionCall) -> ServiceResponse:
    item = await ctx.registry.households.async_create_item(_fields(ctx.call))
    return {"household_id": item["id"]}


async def _update_household(ctx: ActionCall) -> ServiceResponse:
    _must_exist(ctx.registry.households, ctx.data["household_id"], "household_not_found")
    await ctx.registry.households.async_update_item(
        ctx.data["household_id"], _fields(ctx.call, "household_id")
    )
    return None


async def _remove_household(ctx: ActionCall) -> ServiceResponse:
    _must_exist(ctx.registry.households, ctx.data["household_id"], "household_not_found")
    await ctx.registry.households.async_delete_item(ctx.data["household_id"])
    return None


async def _add_person(ctx: ActionCall) -> ServiceResponse:
    await _check_user(ctx.hass, ctx.data.get("user_id"))
    item = await ctx.registry.people.async_create_item(_fields(ctx.call))
    return {"person_id": item["id"], "id_number_mask": item.get("id_number_mask")}


async def _check_user(hass: HomeAssistant, user_id: str | None) -> None:
    if user_id and await hass.auth.async_get_user(user_id) is None:
        raise RuleError("user_not_found", user_id=user_id)


async def _update_person(ctx: ActionCall) -> ServiceResponse:
    _must_exist(ctx.registry.people, ctx.data["person_id"], "person_not_found")
    await _check_user(ctx.hass, ctx.data.get("user_id"))
    await ctx.registry.people.async_update_item(
        ctx.data["person_id"], _fields(ctx.call, "person_id")
    )
    return None


async def _remove_person(ctx: ActionCall) -> ServiceResponse:
    _must_exist(ctx.registry.people, ctx.data["person_id"], "person_not_found")
    await ctx.registry.async_remove_person(ctx.data["person_id"])
    return None


async def _issue_card(ctx: ActionCall) -> ServiceResponse:
    item = await ctx.registry.cards.async_create_item(_fields(ctx.call))
    return {"card_id": item["id"], "uid": item["uid"]}


async def _revoke_card(ctx: ActionCall) -> ServiceResponse:
    read = parse_uid(ctx.data["uid"])
    async with ctx.registry.mutation():
        card = ctx.registry.engine.find_card(read)
        if card is None:
            raise RuleError("card_not_found", uid=str(read))
        updates: dict[str, Any] = {"status": ctx.data["status"]}
        if reason := ctx.data.get("reason"):
            updates["status_reason"] = reason
        await ctx.registry.cards.async_update_item(card.id, updates)  # stored before it returns
    return None


async def _set_watch(ctx: ActionCall) -> ServiceResponse:
    person_id = ctx.data["person_id"]
    _must_exist(ctx.registry.people, person_id, "person_not_found")
    updates: dict[str, Any] = {"watch": ctx.data["level"]}
    if "notify" in ctx.data:
        updates["notify"] = ctx.data["notify"]
    if "directions" in ctx.data:
        updates["watch_directions"] = ctx.data["directions"]
    await ctx.registry.people.async_update_item(person_id, updates)
    return None


async def _add_vehicle(ctx: ActionCall) -> ServiceResponse:
    item = await ctx.registry.vehicles.async_create_item(_fields(ctx.call))
    return {"vehicle_id": item["id"], "chip_uid": item["chip_uid"]}


async def _set_vehicle_lock(ctx: ActionCall) -> ServiceResponse:
    async with ctx.registry.mutation():
        vehicle = ctx.registry.engine.find_vehicle(parse_uid(ctx.data["chip_uid"]))
        if vehicle is None:
            raise RuleError("vehicle_not_found", chip_uid=ctx.data["chip_uid"])
        if ctx.caller is not None:
            owner = ctx.registry.engine.people.get(vehicle.person_id)
            if owner is None or owner.household_id != ctx.caller.household_id:
                raise Unauthorized(context=ctx.call.context, permission="compound_security")
        # A lock is stored before it returns.
        await ctx.registry.vehicles.async_update_item(vehicle.id, {"locked": ctx.data["locked"]})
    return None


async def _import_wanted_list(ctx: ActionCall) -> ServiceResponse:
    numbers, invalid = await ctx.hass.async_add_executor_job(
        read_file, ctx.hass.config.config_dir, ctx.data["file"], wanted_numbers
    )
    return ctx.registry.wanted.async_start_import(numbers, invalid)


async def _import_registry(ctx: ActionCall) -> ServiceResponse:
    scratch = ctx.registry.engine.clone()  # planned in the executor: hashing is slow
    today = dt_util.now().date()

    def _plan(lines: Iterator[str]) -> ImportPlan:
        return plan_import(lines, scratch, today)

    try:
        plan = await ctx.hass.async_add_executor_job(
            read_file, ctx.hass.config.config_dir, ctx.data["file"], _plan
        )
    except ImportRejected as rejected:
        report = "; ".join(
            f"{e.row}: {e.code}"
            + (
                f" ({', '.join(f'{k}={v}' for k, v in e.placeholders.items())})"
                if e.placeholders
                else ""
            )
            for e in rejected.errors[:MAX_REPORTED_ROWS]
        )
        raise _invalid("import_rejected", rows=str(len(rejected.errors)), report=report) from None
    # Planned outside the lock (hashing takes seconds); every record is checked again as
    # it is created under the lock, and a conflict undoes the whole import.
    async with ctx.registry.mutation():
        return await _apply_import(ctx, plan)


async def _apply_import(ctx: ActionCall, plan: ImportPlan) -> ServiceResponse:
    created: list[tuple[collection.DictStorageCollection, str]] = []
    ids: dict[str, str] = {}
    try:
        for ref, data in plan.households:
            item = await ctx.registry.households.async_create_item(data)
            ids[ref] = item["id"]
            created.append((ctx.registry.households, item["id"]))
        for ref, planned in plan.people:
            household_id = ids.get(planned["household_id"], planned["household_id"])
            item = await ctx.registry.people.async_create_item(
                planned | {"household_id": household_id}
            )
            ids[ref] = item["id"]
            created.append((ctx.registry.people, item["id"]))
        linked: tuple[tuple[collection.DictStorageCollection, list[dict[str, Any]]], ...] = (
            (ctx.registry.cards, plan.cards),
            (ctx.registry.vehicles, plan.vehicles),
        )
        for records, rows in linked:
            for data in rows:
                item = await records.async_create_item(data | {"person_id": ids[data["person_id"]]})
                created.append((records, item["id"]))
    except RuleError:
        for records, item_id in reversed(created):  # all or nothing
            await records.async_delete_item(item_id)
        raise
    return {
        "households": len(plan.households),
        "people": len(plan.people),
        "cards": len(plan.cards),
        "vehicles": len(plan.vehicles),
    }


async def _present_credential(ctx: ActionCall) -> ServiceResponse:
    runtime = ctx.entry.runtime_data
    access_point = runtime.controller.find_access_point(ctx.data["access_point"])
    decision = await runtime.hardware[access_point.id].async_present(  # and the gate opens
        parse_uid(ctx.data["uid"]), Credential(ctx.data["credential"])
    )
    return {
        "decision": "granted" if decision.granted else "denied",
        "reason": decision.reason.value,
        "access_point": decision.access_point_id,
        "direction": decision.direction.value,
        "credential": decision.credential.value,
        "uid": decision.uid,
        "person_id": decision.person_id,
        "household_id": decision.household_id,
        "vehicle_id": decision.vehicle_id,
        "watch": decision.watch.value,
        "time": decision.time.isoformat(),
        "alarms": [{"alarm_id": a.alarm_id, "kind": a.kind.value} for a in decision.alarms],
    }


def _access_query(ctx: ActionCall) -> AccessQuery:
    """Turn the filters into a query; a resident's is pinned to their own household."""
    data = ctx.data
    household_id = data.get("household_id")
    person_id = data.get("person_id")
    if ctx.caller is not None:  # a resident sees their own household only
        if household_id not in (None, ctx.caller.household_id):
            raise Unauthorized(context=ctx.call.context, permission="compound_security")
        person = ctx.registry.engine.people.get(person_id or "")
        if person_id is not None and (
            person is None or person.household_id != ctx.caller.household_id
        ):
            raise Unauthorized(context=ctx.call.context, permission="compound_security")
        household_id = ctx.caller.household_id
    access_point_id = None
    if data.get("access_point"):
        access_point_id = ctx.entry.runtime_data.controller.find_access_point(
            data["access_point"]
        ).id
    since: datetime | None = data.get("since")
    until: datetime | None = data.get("until")
    return AccessQuery(
        person_id=person_id,
        household_id=household_id,
        uid=str(parse_uid(data["uid"])) if data.get("uid") else None,
        access_point_id=access_point_id,
        since=dt_util.as_local(since) if since and since.tzinfo is None else since,
        until=dt_util.as_local(until) if until and until.tzinfo is None else until,
        limit=data["limit"],
    )


def _for_resident(entry: dict[str, Any]) -> dict[str, Any]:
    """Return an access-log row as a resident may read it: police watch is not theirs."""
    if entry.get("watch") == WatchLevel.POLICE:
        return entry | {"watch": WatchLevel.NONE.value, "alarm_ids": []}
    return entry


async def _query_access_log(ctx: ActionCall) -> ServiceResponse:
    query = _access_query(ctx)
    entries = await ctx.entry.runtime_data.audit.async_query(query)
    if ctx.caller is not None:
        entries = [_for_resident(entry) for entry in entries]
    return {"entries": entries}  # type: ignore[dict-item]  # rows are JSON values


EXPORT_NAME = re.compile(r"[\w\-. ]{1,100}\.csv", re.IGNORECASE)


def _write_csv(config_dir: str, name: str, entries: list[dict[str, Any]]) -> str:
    """Write a new CSV file (never overwriting) and return its path in the config folder.

    Exports go only to the integration's own `exports` folder: never `www/` (served
    without a login at `/local/`), media or any other folder Home Assistant serves.
    """
    if not EXPORT_NAME.fullmatch(name) or name.startswith("."):
        raise RuleError("export_name_invalid", file=name)
    folder = Path(config_dir).resolve() / DOMAIN / "exports"
    path = folder / name
    columns = ["time", *ACCESS_FIELDS]
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    for row in entries:
        writer.writerow(row | {"alarm_ids": ",".join(row["alarm_ids"])})
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with path.open("x", encoding="utf-8-sig", newline="") as file:  # never overwrite
            file.write(buffer.getvalue())
    except FileExistsError:
        raise RuleError("file_exists", file=path.name) from None
    except OSError as err:
        raise RuleError("file_unwritable", file=path.name, error=str(err)) from None
    return str(path.relative_to(Path(config_dir).resolve()))


async def _export_access_log(ctx: ActionCall) -> ServiceResponse:
    entries = await ctx.entry.runtime_data.audit.async_query(_access_query(ctx))
    written = await ctx.hass.async_add_executor_job(
        _write_csv, ctx.hass.config.config_dir, ctx.data["file"], entries
    )
    return {"file": written, "rows": len(entries)}


async def _import_meter_readings(ctx: ActionCall) -> ServiceResponse:
    engine = ctx.registry.engine
    if "file" in ctx.data:

        def _check(lines: Iterator[str]) -> tuple[list[Reading], list[RejectedRow]]:
            return check_records(parse_csv(lines), engine, 2)  # row 1 is the header

        good, rejected = await ctx.hass.async_add_executor_job(
            read_file, ctx.hass.config.config_dir, ctx.data["file"], _check
        )
    elif "records" in ctx.data:
        good, rejected = check_records(ctx.data["records"], engine, 1)
    else:
        raise RuleError("readings_source_missing")
    usage = ctx.entry.runtime_data.usage
    usage.async_add(good)
    flags = usage.async_analyze()
    response: dict[str, Any] = {
        "imported": len(good),
        "rejected": [{"row": r.row, "error": r.code} for r in rejected[: MAX_REPORTED_ROWS * 10]],
        "rejected_count": len(rejected),
        "flagged": len(flags),
    }
    return response


async def _analyze_usage(ctx: ActionCall) -> ServiceResponse:
    period = None
    if "period" in ctx.data:
        try:
            period = parse_period(ctx.data["period"])
        except ValueError:
            raise RuleError("period_invalid") from None
    usage = ctx.entry.runtime_data.usage
    flags = usage.async_analyze(period)
    response: dict[str, Any] = {
        "factor": usage.factor,
        "months": usage.months,
        "flags": [flag_response(flag, ctx.registry) for flag in flags],
    }
    return response


async def _handler_name(ctx: ActionCall) -> str | None:
    """Return who acts, for the alarm record: the user's name, or None for automations."""
    if ctx.call.context.user_id is None:
        return None
    user = await ctx.hass.auth.async_get_user(ctx.call.context.user_id)
    return (user.name or user.id) if user else None


async def _alarm_ids(ctx: ActionCall) -> tuple[AlarmDesk, list[str]]:
    """Return the desk and the alarms meant (one id, or every open one at an access point).

    A resident may handle their own household's alarms only.
    """
    desk = ctx.entry.runtime_data.desk
    if "access_point" in ctx.data:
        access_point = ctx.entry.runtime_data.controller.find_access_point(ctx.data["access_point"])
        ids = [alarm.alarm_id for alarm in desk.active_at(access_point.id)]
    elif "alarm_id" in ctx.data:
        ids = [ctx.data["alarm_id"]]
    else:
        raise RuleError("alarm_missing")
    for alarm_id in ids:
        row = await desk.async_get(alarm_id)
        if ctx.caller is not None and row["household_id"] != ctx.caller.household_id:
            raise Unauthorized(context=ctx.call.context, permission="compound_security")
    return desk, ids


def _note(ctx: ActionCall) -> str | None:
    return checked_text(ctx.data.get("note"), "note", MAX_NOTE) or None


async def _acknowledge_alarm(ctx: ActionCall) -> ServiceResponse:
    note = _note(ctx)
    desk, ids = await _alarm_ids(ctx)
    who = await _handler_name(ctx)
    for alarm_id in ids:
        await desk.async_acknowledge(alarm_id, who, note)
    return None


async def _close_alarm(ctx: ActionCall) -> ServiceResponse:
    note = _note(ctx)
    desk, ids = await _alarm_ids(ctx)
    who = await _handler_name(ctx)
    for alarm_id in ids:
        await desk.async_close(alarm_id, who, note)
    return None


HANDLERS: dict[str, Handler] = {
    "add_household": _add_household,
    "update_household": _update_household,
    "remove_household": _remove_household,
    "add_person": _add_person,
    "update_person": _update_person,
    "remove_person": _remove_person,
    "issue_card": _issue_card,
    "revoke_card": _revoke_card,
    "set_watch": _set_watch,
    "add_vehicle": _add_vehicle,
    "set_vehicle_lock": _set_vehicle_lock,
    "import_wanted_list": _import_wanted_list,
    "import_registry": _import_registry,
    "present_credential": _present_credential,
    "query_access_log": _query_access_log,
    "export_access_log": _export_access_log,
    "import_meter_readings": _import_meter_readings,
    "analyze_usage": _analyze_usage,
    "acknowledge_alarm": _acknowledge_alarm,
    "close_alarm": _close_alarm,
}


@callback
def async_setup_services(hass: HomeAssistant) -> None:
    """Register every action of the integration."""
    for name, handler in HANDLERS.items():
        supports = (
            SupportsResponse.ONLY
            if name in RESPONSE_ONLY
            else SupportsResponse.OPTIONAL
            if name in RESPONSE_OPTIONAL
            else SupportsResponse.NONE
        )
        hass.services.async_register(
            DOMAIN, name, _guarded(handler), schema=SCHEMAS[name], supports_response=supports
        )
