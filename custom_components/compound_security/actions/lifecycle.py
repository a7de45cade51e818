"""Lifecycle actions: access levels, replacing, losing and finding cards, moving out.

The same changes are open to the console as websocket commands (`registry_websocket`);
both call `registry_lifecycle`, which holds the registry's lock for each of them.
"""

from __future__ import annotations

from typing import Any

from homeassistant.core import ServiceResponse, SupportsResponse
from homeassistant.helpers import config_validation as cv
from homeassistant.util import dt as dt_util
import probatio as vol

from ..card_reports import async_card_back, async_card_replaced, async_report_card_lost
from ..engine.errors import RuleError
from ..engine.model import Card
from ..permissions import Operation, is_tenant_of_rental
from ..registry import LEVEL_FIELDS, SCHEMA_TEXT_LIMIT, CompoundRegistry
from ..registry_lifecycle import (
    async_move_out,
    card_response,
    find_card,
    reminder_rows,
)
from .base import ActionCall, ActionList, must_exist, optional

_OPTIONAL = SupportsResponse.OPTIONAL
REASON = vol.All(cv.string, vol.Length(max=SCHEMA_TEXT_LIMIT))
# A card is named by its id (what a resident's screen knows) or its number (what staff
# hold in their hand).
CARD_FIELDS: dict[Any, Any] = {
    vol.Exclusive("card_id", "card"): cv.string,
    vol.Exclusive("uid", "card"): cv.string,
}

ACTIONS = ActionList()
declare = ACTIONS.declare


def _level_must_exist(ctx: ActionCall) -> str:
    level_id = str(ctx.data["level_id"])
    if level_id not in ctx.registry.levels.data:
        raise RuleError("level_not_found", level=level_id[:40])
    return level_id


def _card(ctx: ActionCall) -> Card:
    if not (ctx.data.get("card_id") or ctx.data.get("uid")):
        raise RuleError("card_not_found", uid="-")
    return find_card(ctx.registry, ctx.data.get("card_id"), ctx.data.get("uid"))


@declare("add_access_level", Operation.SETTINGS, LEVEL_FIELDS, _OPTIONAL)
async def _add_access_level(ctx: ActionCall) -> ServiceResponse:
    item = await ctx.registry.levels.async_create_item(ctx.fields())
    return {"level_id": item["id"]}


@declare(
    "update_access_level",
    Operation.SETTINGS,
    {vol.Required("level_id"): cv.string, **optional(LEVEL_FIELDS)},
)
async def _update_access_level(ctx: ActionCall) -> ServiceResponse:
    level_id = _level_must_exist(ctx)
    await ctx.registry.levels.async_update_item(level_id, ctx.fields("level_id"))
    return None


@declare("remove_access_level", Operation.SETTINGS, {vol.Required("level_id"): cv.string})
async def _remove_access_level(ctx: ActionCall) -> ServiceResponse:
    await ctx.registry.levels.async_delete_item(_level_must_exist(ctx))
    return None


@declare(
    "replace_card",
    Operation.CARD_MANAGE,
    {**CARD_FIELDS, vol.Required("new_uid"): cv.string, vol.Optional("reason"): REASON},
    _OPTIONAL,
)
async def _replace_card(ctx: ActionCall) -> ServiceResponse:
    card = _card(ctx)
    item = await async_card_replaced(
        ctx.entry, card, ctx.data["new_uid"], ctx.data.get("reason"), ctx.caller
    )
    return card_response(item, dt_util.now().date())


@declare(
    "report_card_lost", Operation.CARD_REPORT_LOST, {**CARD_FIELDS, vol.Optional("reason"): REASON}
)
async def _report_card_lost(ctx: ActionCall) -> ServiceResponse:
    card = _card(ctx)
    holder = ctx.registry.engine.people.get(card.person_id)
    ctx.require_household(holder.household_id if holder else None)
    await async_report_card_lost(ctx.hass, ctx.entry, card, ctx.data.get("reason"), ctx.caller)
    return None


@declare("card_found", Operation.CARD_MANAGE, CARD_FIELDS)
async def _card_found(ctx: ActionCall) -> ServiceResponse:
    card = _card(ctx)
    await async_card_back(ctx.entry, card, ctx.caller)
    return None


@declare(
    "update_card",
    Operation.CARD_MANAGE,
    {
        **CARD_FIELDS,
        vol.Optional("valid_from"): vol.Any(None, cv.date),
        vol.Optional("valid_until"): vol.Any(None, cv.date),
    },
    _OPTIONAL,
)
async def _update_card(ctx: ActionCall) -> ServiceResponse:
    card = _card(ctx)
    updates = {
        key: value.isoformat() if value else None
        for key, value in ctx.data.items()
        if key in ("valid_from", "valid_until")
    }
    item = await ctx.registry.cards.async_update_item(card.id, updates)
    return card_response(item, dt_util.now().date())


def _all_tenants(registry: CompoundRegistry, people: list[str]) -> bool:
    """Return whether everyone named is a tenant of a rental flat (the police's part)."""
    engine = registry.engine
    return all(
        (person := engine.people.get(person_id)) is not None
        and is_tenant_of_rental(engine, person.role, person.household_id)
        for person_id in people
    )


MOVE_OUT_FIELDS: dict[Any, Any] = {
    vol.Optional("date"): cv.date,
    vol.Optional("reason"): REASON,
}


@declare(
    "move_out_person",
    Operation.REGISTRY_EDIT,
    {vol.Required("person_id"): cv.string, **MOVE_OUT_FIELDS},
)
async def _move_out_person(ctx: ActionCall) -> ServiceResponse:
    must_exist(ctx.registry.people, ctx.data["person_id"], "person_not_found")
    ctx.require_edit(tenant_of_rental=_all_tenants(ctx.registry, [ctx.data["person_id"]]))
    day = ctx.data.get("date") or dt_util.now().date()
    await async_move_out(ctx.registry, [ctx.data["person_id"]], day, ctx.data.get("reason"))
    return None


@declare(
    "move_out_household",
    Operation.REGISTRY_EDIT,
    {vol.Required("household_id"): cv.string, **MOVE_OUT_FIELDS},
    _OPTIONAL,
)
async def _move_out_household(ctx: ActionCall) -> ServiceResponse:
    household_id = ctx.data["household_id"]
    must_exist(ctx.registry.households, household_id, "household_not_found")
    day = ctx.data.get("date") or dt_util.now().date()
    people = [p.id for p in ctx.registry.engine.people_of(household_id)]
    ctx.require_edit(tenant_of_rental=_all_tenants(ctx.registry, people))
    count = await async_move_out(ctx.registry, people, day, ctx.data.get("reason"))
    return {"people": count}


@declare("permit_reminders", Operation.CARD_MANAGE, {}, SupportsResponse.ONLY)
async def _permit_reminders(ctx: ActionCall) -> ServiceResponse:
    own = ctx.caller.household_id if ctx.own_household_only else None
    rows: list[Any] = reminder_rows(ctx.registry, dt_util.now().date(), own)
    return {"reminders": rows}
