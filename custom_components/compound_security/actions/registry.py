"""Registry actions: households, people, cards, vehicles, watch, the wanted list, imports."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from homeassistant.core import HomeAssistant, ServiceResponse, SupportsResponse
from homeassistant.helpers import config_validation as cv
from homeassistant.util import dt as dt_util
import probatio as vol

from ..engine.errors import RuleError
from ..engine.importer import ImportRejected
from ..engine.model import WatchLevel
from ..engine.uid import parse_uid
from ..imports import read_file
from ..permissions import Operation, is_tenant_of_rental, require_watch_change
from ..registry import (
    CARD_TYPE,
    DIRECTION,
    HOUSEHOLD_FIELDS,
    NOTIFY_LIST,
    PERSON_FIELDS,
    SCHEMA_TEXT_LIMIT,
    VEHICLE_KIND,
    WATCH_LEVEL,
)
from ..registry_lifecycle import async_issue_card, card_response
from ..wanted import wanted_numbers
from .base import ActionCall, ActionList, invalid, must_exist, optional

MAX_REPORTED_ROWS = 10

# Actions never carry ID numbers (Home Assistant records action data).
PERSON_ACTION_FIELDS = {
    k: v for k, v in PERSON_FIELDS.items() if str(k) not in {"id_number", "face_name"}
}
_OPTIONAL = SupportsResponse.OPTIONAL

ACTIONS = ActionList()
declare = ACTIONS.declare


@declare("add_household", Operation.REGISTRY_EDIT, HOUSEHOLD_FIELDS, _OPTIONAL)
async def _add_household(ctx: ActionCall) -> ServiceResponse:
    ctx.require_edit(tenant_of_rental=False)  # police register tenants, not flats
    item = await ctx.registry.households.async_create_item(ctx.fields())
    return {"household_id": item["id"]}


@declare(
    "update_household",
    Operation.REGISTRY_EDIT,
    {vol.Required("household_id"): cv.string, **optional(HOUSEHOLD_FIELDS)},
)
async def _update_household(ctx: ActionCall) -> ServiceResponse:
    ctx.require_edit(tenant_of_rental=False)
    must_exist(ctx.registry.households, ctx.data["household_id"], "household_not_found")
    await ctx.registry.households.async_update_item(
        ctx.data["household_id"], ctx.fields("household_id")
    )
    return None


@declare("remove_household", Operation.REGISTRY_EDIT, {vol.Required("household_id"): cv.string})
async def _remove_household(ctx: ActionCall) -> ServiceResponse:
    ctx.require_edit(tenant_of_rental=False)
    must_exist(ctx.registry.households, ctx.data["household_id"], "household_not_found")
    await ctx.registry.households.async_delete_item(ctx.data["household_id"])
    return None


async def _check_user(hass: HomeAssistant, user_id: str | None) -> None:
    if user_id and await hass.auth.async_get_user(user_id) is None:
        raise RuleError("user_not_found", user_id=user_id)


@declare("add_person", Operation.REGISTRY_EDIT, PERSON_ACTION_FIELDS, _OPTIONAL)
async def _add_person(ctx: ActionCall) -> ServiceResponse:
    engine = ctx.registry.engine
    ctx.require_edit(
        tenant_of_rental=is_tenant_of_rental(engine, ctx.data["role"], ctx.data["household_id"])
    )
    require_watch_change(ctx.caller, None, ctx.data, ctx.call.context)
    await _check_user(ctx.hass, ctx.data.get("user_id"))
    item = await ctx.registry.people.async_create_item(ctx.fields())
    return {"person_id": item["id"], "id_number_mask": item.get("id_number_mask")}


@declare(
    "update_person",
    Operation.REGISTRY_EDIT,
    {vol.Required("person_id"): cv.string, **optional(PERSON_ACTION_FIELDS)},
)
async def _update_person(ctx: ActionCall) -> ServiceResponse:
    must_exist(ctx.registry.people, ctx.data["person_id"], "person_not_found")
    engine = ctx.registry.engine
    person = engine.people[ctx.data["person_id"]]
    role = ctx.data.get("role", person.role)
    household_id = ctx.data.get("household_id", person.household_id)
    ctx.require_edit(  # a tenant of a rental flat before and after (police)
        tenant_of_rental=is_tenant_of_rental(engine, person.role, person.household_id)
        and is_tenant_of_rental(engine, role, household_id)
    )
    require_watch_change(ctx.caller, person, ctx.data, ctx.call.context)
    await _check_user(ctx.hass, ctx.data.get("user_id"))
    await ctx.registry.people.async_update_item(ctx.data["person_id"], ctx.fields("person_id"))
    return None


@declare("remove_person", Operation.REGISTRY_EDIT, {vol.Required("person_id"): cv.string})
async def _remove_person(ctx: ActionCall) -> ServiceResponse:
    must_exist(ctx.registry.people, ctx.data["person_id"], "person_not_found")
    person = ctx.registry.engine.people[ctx.data["person_id"]]
    ctx.require_edit(
        tenant_of_rental=is_tenant_of_rental(ctx.registry.engine, person.role, person.household_id)
    )
    await ctx.registry.async_remove_person(ctx.data["person_id"])
    return None


@declare(
    "issue_card",
    Operation.CARD_MANAGE,
    {
        vol.Required("person_id"): cv.string,
        vol.Required("uid"): cv.string,
        vol.Required("card_type"): CARD_TYPE,
        vol.Optional("valid_from"): cv.date,
        vol.Optional("valid_until"): cv.date,
    },
    _OPTIONAL,
)
async def _issue_card(ctx: ActionCall) -> ServiceResponse:
    today = dt_util.now().date()
    item = await async_issue_card(ctx.registry, ctx.fields(), today)
    return card_response(item, today)


@declare(
    "revoke_card",
    Operation.CARD_MANAGE,
    {
        vol.Required("uid"): cv.string,
        vol.Required("status"): vol.In(["revoked", "lost"]),
        vol.Optional("reason"): vol.All(cv.string, vol.Length(max=SCHEMA_TEXT_LIMIT)),
    },
)
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


def _watch_row(data: Mapping[str, Any]) -> Operation:
    """Return the row a watch change needs first (the handler checks each part)."""
    if data["level"] == WatchLevel.POLICE or "police" in data:
        return Operation.POLICE_WATCH
    return Operation.CARE_WATCH_SET


@declare(
    "set_watch",
    Operation.CARE_WATCH_SET,
    {
        vol.Required("person_id"): cv.string,
        vol.Required("level"): WATCH_LEVEL,
        vol.Optional("police"): cv.boolean,  # set or lift the police watch (police only)
        vol.Optional("notify"): NOTIFY_LIST,
        vol.Optional("directions"): DIRECTION,
    },
    operation_for=_watch_row,
)
async def _set_watch(ctx: ActionCall) -> ServiceResponse:
    person_id = ctx.data["person_id"]
    must_exist(ctx.registry.people, person_id, "person_not_found")
    updates: dict[str, Any] = {"watch": ctx.data["level"]}
    if "police" in ctx.data:  # the police watch alone: the care watch stays as it is
        updates = {"police_watch": ctx.data["police"]}
        if ctx.data["level"] != WatchLevel.NONE:
            updates["watch"] = ctx.data["level"]
    if "notify" in ctx.data:
        updates["notify"] = ctx.data["notify"]
    if "directions" in ctx.data:
        updates["watch_directions"] = ctx.data["directions"]
    # Residents: their own household's members; lifting a police watch: police.
    require_watch_change(
        ctx.caller, ctx.registry.engine.people[person_id], updates, ctx.call.context
    )
    await ctx.registry.people.async_update_item(person_id, updates)
    return None


@declare(
    "add_vehicle",
    Operation.VEHICLE_MANAGE,
    {
        vol.Required("person_id"): cv.string,
        vol.Required("chip_uid"): cv.string,
        vol.Required("kind"): VEHICLE_KIND,
        vol.Optional("plate"): vol.All(cv.string, vol.Length(max=SCHEMA_TEXT_LIMIT)),
        vol.Optional("riders"): vol.All(cv.ensure_list, [cv.string]),
    },
    _OPTIONAL,
)
async def _add_vehicle(ctx: ActionCall) -> ServiceResponse:
    item = await ctx.registry.vehicles.async_create_item(ctx.fields())
    return {"vehicle_id": item["id"], "chip_uid": item["chip_uid"]}


@declare(
    "set_vehicle_lock",
    Operation.VEHICLE_LOCK,
    {vol.Required("chip_uid"): cv.string, vol.Required("locked"): cv.boolean},
)
async def _set_vehicle_lock(ctx: ActionCall) -> ServiceResponse:
    async with ctx.registry.mutation():
        vehicle = ctx.registry.engine.find_vehicle(parse_uid(ctx.data["chip_uid"]))
        if vehicle is None:
            raise RuleError("vehicle_not_found", chip_uid=ctx.data["chip_uid"])
        owner = ctx.registry.engine.people.get(vehicle.person_id)
        ctx.require_household(owner.household_id if owner else None)
        # A lock is stored before it returns.
        await ctx.registry.vehicles.async_update_item(vehicle.id, {"locked": ctx.data["locked"]})
    return None


@declare("import_wanted_list", Operation.POLICE_WATCH, {vol.Required("file"): cv.string}, _OPTIONAL)
async def _import_wanted_list(ctx: ActionCall) -> ServiceResponse:
    numbers, invalid_rows = await ctx.hass.async_add_executor_job(
        read_file, ctx.hass.config.config_dir, ctx.data["file"], wanted_numbers
    )
    return ctx.registry.wanted.async_start_import(numbers, invalid_rows)


@declare("import_registry", Operation.REGISTRY_IMPORT, {vol.Required("file"): cv.string}, _OPTIONAL)
async def _import_registry(ctx: ActionCall) -> ServiceResponse:
    try:
        counts = await ctx.registry.async_import_file(ctx.hass.config.config_dir, ctx.data["file"])
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
        raise invalid("import_rejected", rows=str(len(rejected.errors)), report=report) from None
    return dict(counts)
