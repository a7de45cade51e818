"""Registers the actions of Compound Security, once, in `async_setup`.

Each action is declared once in `actions/` (schema, response, operation, handler). Every
call goes through the same gate here: find the compound (`config_entry_id`, needed only
when several are set up), find who calls and check the permission table, then run the
handler and turn rule errors into translated ones.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from homeassistant.core import HomeAssistant, ServiceCall, ServiceResponse, callback
from homeassistant.helpers import collection, service

from .actions import ACTIONS, Action
from .actions.base import ActionCall, invalid
from .const import CONF_CONFIG_ENTRY_ID, DOMAIN
from .data import CompoundSecurityConfigEntry
from .engine.errors import RuleError
from .permissions import async_caller, require


def compound_for_call(call: ServiceCall) -> CompoundSecurityConfigEntry:
    """Return the loaded compound a call is for: the one named, or the only one."""
    entry: CompoundSecurityConfigEntry = service.async_get_config_entry(
        call.hass, DOMAIN, call.data.get(CONF_CONFIG_ENTRY_ID)
    )
    return entry


def _guarded(action: Action) -> Callable[[ServiceCall], Coroutine[Any, Any, ServiceResponse]]:
    """Check the compound and the caller, run the action, and translate rule errors."""

    async def _handle(call: ServiceCall) -> ServiceResponse:
        entry = compound_for_call(call)
        registry = entry.runtime_data.registry
        caller = await async_caller(call.hass, call.context, registry)
        operation = action.operation_of(call.data)
        grant = require(caller, operation, call.context)
        ctx = ActionCall(call.hass, call, entry, registry, caller, operation, grant)
        try:
            return await action.handler(ctx)
        except RuleError as err:
            raise invalid(err.code, **err.placeholders) from err
        except collection.ItemNotFound as err:
            raise invalid("record_not_found", record=str(err.item_id)) from err

    return _handle


@callback
def async_setup_services(hass: HomeAssistant) -> None:
    """Register every action of the integration."""
    for action in ACTIONS.values():
        hass.services.async_register(
            DOMAIN,
            action.name,
            _guarded(action),
            schema=action.schema,
            supports_response=action.response,
        )
