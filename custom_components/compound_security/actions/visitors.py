"""Visitor-pass actions: create a pass for a host household, revoke it.

For automations; the console uses the websocket commands (`visitors_websocket`), which
also take the visitor's name. Action data is recorded (the `call_service` event), the
response is not: so the name has no field here, and the PIN and QR token come back only
in the response.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from homeassistant.core import ServiceResponse, SupportsResponse
from homeassistant.helpers import config_validation as cv
from homeassistant.util import dt as dt_util
import probatio as vol

from ..engine.errors import RuleError
from ..engine.visitors import MAX_ENTRIES, VisitorPass
from ..permissions import Caller, Grant, Operation, refusal
from .base import ActionCall, ActionList

if TYPE_CHECKING:
    from homeassistant.core import Context

    from ..data import CompoundSecurityConfigEntry

MAX_PASS_ACCESS_POINTS = 50
PASS_FIELDS: dict[Any, Any] = {
    vol.Optional("household_id"): cv.string,  # the host; a resident's own by default
    vol.Optional("valid_from"): cv.datetime,
    vol.Optional("valid_until"): cv.datetime,  # default: the end of today
    vol.Optional("entries"): vol.All(vol.Coerce(int), vol.Range(min=1, max=MAX_ENTRIES)),
    vol.Optional("access_points"): vol.All(
        cv.ensure_list, [cv.string], vol.Length(max=MAX_PASS_ACCESS_POINTS)
    ),
}

ACTIONS = ActionList()
declare = ACTIONS.declare


def host_household(
    entry: CompoundSecurityConfigEntry,
    caller: Caller,
    granted: Grant,
    household_id: str | None,
    context: Context | None,
) -> str:
    """Return the household a pass is for: a resident's own; staff must name one."""
    if granted is Grant.OWN:
        if household_id is not None and household_id != caller.household_id:
            raise refusal(caller, Operation.VISITOR_PASS, context)
        household_id = caller.household_id
    if not household_id:
        raise RuleError("visitor_host_required")
    if household_id not in entry.runtime_data.registry.engine.households:
        raise RuleError("household_not_found", household_id=household_id[:40])
    return household_id


def pass_request(
    entry: CompoundSecurityConfigEntry, data: dict[str, Any], household_id: str
) -> dict[str, Any]:
    """Return what `prepare_pass` checks: the host, and access points named by id."""
    controller = entry.runtime_data.controller
    request: dict[str, Any] = {
        key: value.isoformat() if isinstance(value, datetime) else value
        for key, value in data.items()
        if key in ("valid_from", "valid_until", "entries", "name")
    }
    request["household_id"] = household_id
    request["access_points"] = [
        controller.find_access_point(name).id for name in data.get("access_points") or ()
    ]
    return request


def pass_view(
    entry: CompoundSecurityConfigEntry, visitor: VisitorPass, *, with_name: bool
) -> dict[str, Any]:
    """Return a pass as the host or staff see it: PIN and QR text included."""
    visitors = entry.runtime_data.visitors
    now = dt_util.now()
    view: dict[str, Any] = {
        "pass_id": visitor.id,
        "household_id": visitor.household_id,
        "pin": visitor.pin,
        "qr": visitors.book.token(visitor.id),
        "valid_from": visitor.valid_from.isoformat(),
        "valid_until": visitor.valid_until.isoformat(),
        "entries": visitor.entries,
        "used": visitor.used,
        "access_points": sorted(visitor.access_points),  # none: the host's gates and door
        "state": pass_state(visitor, now),
    }
    if with_name:
        view["name"] = visitor.name
    return view


def pass_state(visitor: VisitorPass, now: datetime) -> str:
    """Return whether a pass is active, not yet valid, used up, expired or revoked."""
    if visitor.revoked:
        return "revoked"
    if visitor.used >= visitor.entries:
        return "used_up"
    if now >= visitor.valid_until:
        return "expired"
    return "not_yet_valid" if now < visitor.valid_from else "active"


@declare("create_visitor_pass", Operation.VISITOR_PASS, PASS_FIELDS, SupportsResponse.OPTIONAL)
async def _create_visitor_pass(ctx: ActionCall) -> ServiceResponse:
    household_id = host_household(
        ctx.entry, ctx.caller, ctx.grant, ctx.data.get("household_id"), ctx.call.context
    )
    runtime = ctx.entry.runtime_data
    visitor = await runtime.visitors.async_create(
        pass_request(ctx.entry, dict(ctx.data), household_id), runtime.access_points
    )
    return pass_view(ctx.entry, visitor, with_name=False)


@declare("revoke_visitor_pass", Operation.VISITOR_PASS, {vol.Required("pass_id"): cv.string})
async def _revoke_visitor_pass(ctx: ActionCall) -> ServiceResponse:
    visitors = ctx.entry.runtime_data.visitors
    ctx.require_household(visitors.get(ctx.data["pass_id"]).household_id)
    await visitors.async_revoke(ctx.data["pass_id"])
    return None
