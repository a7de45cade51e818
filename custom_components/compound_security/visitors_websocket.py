"""Websocket commands for visitors: passes for the console, today's expected visitors.

`compound_security/visitor_pass/{create,revoke,list}` (`VISITOR_PASS`) and
`compound_security/visitors/today` (`VISITORS_TODAY`). A resident acts as host for their
own household only, and sees only its passes and visitors; staff see all. Unlike the
actions, `create` takes the visitor's name: websocket messages are not recorded.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from homeassistant.components.websocket_api import async_register_command
from homeassistant.core import HomeAssistant, callback
from homeassistant.util import dt as dt_util
import probatio as vol

from .actions.visitors import PASS_FIELDS, host_household, pass_request, pass_view
from .console_command import ConsoleCall, console_command
from .engine.visitors import MAX_VISITOR_NAME
from .permissions import Operation, may_for_household, refusal


@console_command(
    "visitor_pass/create",
    {**PASS_FIELDS, vol.Optional("name"): vol.All(str, vol.Length(max=10 * MAX_VISITOR_NAME))},
    Operation.VISITOR_PASS,
)
async def ws_create_pass(msg: dict[str, Any], call: ConsoleCall) -> dict[str, Any]:
    """Create a pass; the reply has its PIN and QR text."""
    entry = call.entry
    context = call.connection.context(msg)
    household_id = host_household(entry, call.caller, call.grant, msg.get("household_id"), context)
    runtime = entry.runtime_data
    visitor = await runtime.visitors.async_create(
        pass_request(entry, msg, household_id), runtime.access_points
    )
    return pass_view(entry, visitor, with_name=True)


@console_command("visitor_pass/revoke", {vol.Required("pass_id"): str}, Operation.VISITOR_PASS)
async def ws_revoke_pass(msg: dict[str, Any], call: ConsoleCall) -> None:
    """Revoke a pass (a resident: one of their own household's)."""
    visitors = call.entry.runtime_data.visitors
    visitor = visitors.get(msg["pass_id"])
    if not may_for_household(call.caller, Operation.VISITOR_PASS, visitor.household_id):
        raise refusal(call.caller, Operation.VISITOR_PASS, call.connection.context(msg))
    await visitors.async_revoke(visitor.id)


@console_command("visitor_pass/list", {}, Operation.VISITOR_PASS)
async def ws_list_passes(msg: dict[str, Any], call: ConsoleCall) -> dict[str, Any]:  # noqa: ARG001
    """List the passes kept (a resident: their own household's), newest window first."""
    passes = sorted(
        (
            visitor
            for visitor in call.entry.runtime_data.visitors.book.passes.values()
            if may_for_household(call.caller, Operation.VISITOR_PASS, visitor.household_id)
        ),
        key=lambda visitor: visitor.valid_from,
        reverse=True,
    )
    return {"passes": [pass_view(call.entry, v, with_name=True) for v in passes]}


@console_command("visitors/today", {}, Operation.VISITORS_TODAY)
async def ws_visitors_today(msg: dict[str, Any], call: ConsoleCall) -> dict[str, Any]:  # noqa: ARG001
    """List today's expected visitors: who, for which flat, when, entries left."""
    runtime = call.entry.runtime_data
    start = dt_util.start_of_local_day()
    households = runtime.registry.engine.households
    return {
        "visitors": [
            {
                "pass_id": visitor.id,
                "household_id": visitor.household_id,
                "household": label.label
                if (label := households.get(visitor.household_id))
                else None,
                "name": visitor.name,
                "valid_from": visitor.valid_from.isoformat(),
                "valid_until": visitor.valid_until.isoformat(),
                "entries_left": visitor.entries - visitor.used,
            }
            for visitor in runtime.visitors.book.expected_on(start, start + timedelta(days=1))
            if may_for_household(call.caller, Operation.VISITORS_TODAY, visitor.household_id)
        ]
    }


@callback
def async_setup_visitor_websocket(hass: HomeAssistant) -> None:
    """Register the visitor commands, once; each finds its compound per message."""
    for command in (ws_create_pass, ws_revoke_pass, ws_list_passes, ws_visitors_today):
        async_register_command(hass, command)
