"""Websocket commands for visitors: passes for the console, today's expected visitors.

`compound_security/visitor_pass/{create,revoke,list}` (`VISITOR_PASS`) and
`compound_security/visitors/today` (`VISITORS_TODAY`). A resident acts as host for their
own household only, and sees only its passes and visitors; staff see all. Unlike the
actions, `create` takes the visitor's name: websocket messages are not recorded.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any

from homeassistant.components.websocket_api import async_register_command
from homeassistant.components.websocket_api.connection import ActiveConnection
from homeassistant.components.websocket_api.const import ERR_INVALID_FORMAT, ERR_NOT_FOUND
from homeassistant.components.websocket_api.decorators import async_response, websocket_command
from homeassistant.core import HomeAssistant, callback
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import service
from homeassistant.util import dt as dt_util
import probatio as vol

from .actions.visitors import PASS_FIELDS, host_household, pass_request, pass_view
from .const import CONF_CONFIG_ENTRY_ID, DOMAIN
from .data import CompoundSecurityConfigEntry
from .engine.errors import RuleError
from .engine.visitors import MAX_VISITOR_NAME
from .permissions import (
    Caller,
    Grant,
    Operation,
    caller_for_user,
    may_for_household,
    refusal,
    require,
)

type Handler = Callable[
    [HomeAssistant, ActiveConnection, dict[str, Any], CompoundSecurityConfigEntry, Caller, Grant],
    Awaitable[None],
]
_ENTRY: dict[Any, Any] = {vol.Optional(CONF_CONFIG_ENTRY_ID): str}


def _guarded(
    operation: Operation, handler: Handler
) -> Callable[[HomeAssistant, ActiveConnection, dict[str, Any]], Awaitable[None]]:
    """Find the compound and check the caller; rule errors become `invalid_format`."""

    async def _handle(
        hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]
    ) -> None:
        try:
            entry: CompoundSecurityConfigEntry = service.async_get_config_entry(
                hass, DOMAIN, msg.get(CONF_CONFIG_ENTRY_ID)
            )
        except ServiceValidationError as err:
            connection.send_error(msg["id"], ERR_NOT_FOUND, str(err.translation_key))
            return
        caller = caller_for_user(connection.user, entry.runtime_data.registry)
        granted = require(caller, operation, connection.context(msg))
        try:
            await handler(hass, connection, msg, entry, caller, granted)
        except RuleError as err:
            connection.send_error(
                msg["id"],
                ERR_INVALID_FORMAT,
                err.code,
                translation_key=err.code,
                translation_domain=DOMAIN,
                translation_placeholders=err.placeholders,
            )

    return _handle


@websocket_command(
    {
        vol.Required("type"): f"{DOMAIN}/visitor_pass/create",
        **_ENTRY,
        **PASS_FIELDS,
        vol.Optional("name"): vol.All(str, vol.Length(max=10 * MAX_VISITOR_NAME)),
    }
)
@async_response
async def ws_create_pass(
    hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]
) -> None:
    """Create a pass; the reply has its PIN and QR text."""

    async def _create(
        _hass: HomeAssistant,
        connection: ActiveConnection,
        msg: dict[str, Any],
        entry: CompoundSecurityConfigEntry,
        caller: Caller,
        granted: Grant,
    ) -> None:
        context = connection.context(msg)
        household_id = host_household(entry, caller, granted, msg.get("household_id"), context)
        runtime = entry.runtime_data
        visitor = await runtime.visitors.async_create(
            pass_request(entry, msg, household_id), runtime.access_points
        )
        connection.send_result(msg["id"], pass_view(entry, visitor, with_name=True))

    await _guarded(Operation.VISITOR_PASS, _create)(hass, connection, msg)


@websocket_command(
    {vol.Required("type"): f"{DOMAIN}/visitor_pass/revoke", **_ENTRY, vol.Required("pass_id"): str}
)
@async_response
async def ws_revoke_pass(
    hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]
) -> None:
    """Revoke a pass (a resident: one of their own household's)."""

    async def _revoke(
        _hass: HomeAssistant,
        connection: ActiveConnection,
        msg: dict[str, Any],
        entry: CompoundSecurityConfigEntry,
        caller: Caller,
        _granted: Grant,
    ) -> None:
        visitors = entry.runtime_data.visitors
        visitor = visitors.get(msg["pass_id"])
        if not may_for_household(caller, Operation.VISITOR_PASS, visitor.household_id):
            raise refusal(caller, Operation.VISITOR_PASS, connection.context(msg))
        await visitors.async_revoke(visitor.id)
        connection.send_result(msg["id"])

    await _guarded(Operation.VISITOR_PASS, _revoke)(hass, connection, msg)


@websocket_command({vol.Required("type"): f"{DOMAIN}/visitor_pass/list", **_ENTRY})
@async_response
async def ws_list_passes(
    hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]
) -> None:
    """List the passes kept (a resident: their own household's), newest window first."""

    async def _list(
        _hass: HomeAssistant,
        connection: ActiveConnection,
        msg: dict[str, Any],
        entry: CompoundSecurityConfigEntry,
        caller: Caller,
        _granted: Grant,
    ) -> None:
        passes = sorted(
            (
                visitor
                for visitor in entry.runtime_data.visitors.book.passes.values()
                if may_for_household(caller, Operation.VISITOR_PASS, visitor.household_id)
            ),
            key=lambda visitor: visitor.valid_from,
            reverse=True,
        )
        connection.send_result(
            msg["id"], {"passes": [pass_view(entry, v, with_name=True) for v in passes]}
        )

    await _guarded(Operation.VISITOR_PASS, _list)(hass, connection, msg)


@websocket_command({vol.Required("type"): f"{DOMAIN}/visitors/today", **_ENTRY})
@async_response
async def ws_visitors_today(
    hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]
) -> None:
    """List today's expected visitors: who, for which flat, when, entries left."""

    async def _today(
        _hass: HomeAssistant,
        connection: ActiveConnection,
        msg: dict[str, Any],
        entry: CompoundSecurityConfigEntry,
        caller: Caller,
        _granted: Grant,
    ) -> None:
        runtime = entry.runtime_data
        start = dt_util.start_of_local_day()
        households = runtime.registry.engine.households
        visitors = [
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
            if may_for_household(caller, Operation.VISITORS_TODAY, visitor.household_id)
        ]
        connection.send_result(msg["id"], {"visitors": visitors})

    await _guarded(Operation.VISITORS_TODAY, _today)(hass, connection, msg)


@callback
def async_setup_visitor_websocket(hass: HomeAssistant) -> None:
    """Register the visitor commands, once; each finds its compound per message."""
    for command in (ws_create_pass, ws_revoke_pass, ws_list_passes, ws_visitors_today):
        async_register_command(hass, command)
