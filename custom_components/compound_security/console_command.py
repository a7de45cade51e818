"""One way to write a console command: find the compound, check the caller, answer.

`@console_command("kind/verb", fields, Operation.X)` over `async def body(msg, call)`
registers a websocket command `compound_security/kind/verb` that takes
`config_entry_id` (needed only with several compounds), refuses a caller the permission
table refuses (of several operations named, the first the caller is granted counts) with
a translated `unauthorized`, answers a rule's refusal as `invalid_format` with its
translation key and placeholders, and otherwise answers with what `body` returns.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Final

from homeassistant.components.websocket_api.connection import ActiveConnection
from homeassistant.components.websocket_api.const import (
    ERR_INVALID_FORMAT,
    ERR_NOT_FOUND,
    ERR_UNAUTHORIZED,
)
from homeassistant.components.websocket_api.decorators import async_response, websocket_command
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import service
import probatio as vol

from .const import CONF_CONFIG_ENTRY_ID, DOMAIN
from .data import CompoundSecurityConfigEntry
from .engine.errors import RuleError
from .permissions import Caller, Grant, Operation, Refused, caller_for_user, grant, refusal
from .registry import CompoundRegistry

# Bounds every console command's fields share: ids are 32 characters or fewer (a ULID,
# a uuid's hex), a page has at most 200 rows, and an offset stays far below what the
# audit database can take (a larger one would end in a traceback, not an answer).
MAX_ID: Final = 64
MAX_PAGE: Final = 200
MAX_OFFSET: Final = 1_000_000
ID: Final = vol.All(str, vol.Length(min=1, max=MAX_ID))


def page_fields(default_limit: int = 50) -> dict[Any, Any]:
    """Return the `offset` and `limit` fields of a paged command."""
    return {
        vol.Optional("offset", default=0): vol.All(int, vol.Range(min=0, max=MAX_OFFSET)),
        vol.Optional("limit", default=default_limit): vol.All(int, vol.Range(min=1, max=MAX_PAGE)),
    }


@dataclass(frozen=True, slots=True)
class ConsoleCall:
    """One command's Home Assistant, connection, compound, caller and grant."""

    hass: HomeAssistant
    connection: ActiveConnection
    entry: CompoundSecurityConfigEntry
    caller: Caller
    grant: Grant

    @property
    def registry(self) -> CompoundRegistry:
        """Return the compound's registry."""
        return self.entry.runtime_data.registry


type Body = Callable[[dict[str, Any], ConsoleCall], Awaitable[Any]]


def compound_for(
    hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]
) -> CompoundSecurityConfigEntry | None:
    """Return the compound a command names (or the only one), else answer `not_found`."""
    try:
        entry: CompoundSecurityConfigEntry = service.async_get_config_entry(
            hass, DOMAIN, msg.get(CONF_CONFIG_ENTRY_ID)
        )
    except ServiceValidationError as err:
        connection.send_error(msg["id"], ERR_NOT_FOUND, str(err.translation_key))
        return None
    return entry


def send_rule_error(connection: ActiveConnection, msg_id: int, err: RuleError) -> None:
    """Answer a refusal by a rule, translated by the console."""
    connection.send_error(
        msg_id,
        ERR_INVALID_FORMAT,
        err.code,
        translation_key=err.code,
        translation_domain=DOMAIN,
        translation_placeholders=err.placeholders,
    )


def send_refused(connection: ActiveConnection, msg_id: int, err: Refused) -> None:
    """Answer a refusal by the permission table, translated (names the operation)."""
    connection.send_error(
        msg_id,
        ERR_UNAUTHORIZED,
        str(err),
        translation_key=err.translation_key,
        translation_domain=err.translation_domain,
        translation_placeholders=err.translation_placeholders,
    )


def first_grant(caller: Caller, operations: tuple[Operation, ...]) -> Grant:
    """Return the caller's grant for the first operation granted; refuse the first if none."""
    for operation in operations:
        if (granted := grant(caller, operation)) is not Grant.NONE:
            return granted
    raise refusal(caller, operations[0])


def console_command(
    command: str, fields: dict[Any, Any], operation: Operation | tuple[Operation, ...]
) -> Callable[[Body], Callable[..., Any]]:
    """Return a decorator making `body` a registered-ready websocket handler."""
    operations = operation if isinstance(operation, tuple) else (operation,)

    def _wrap(body: Body) -> Callable[..., Any]:
        @websocket_command(
            {
                vol.Required("type"): f"{DOMAIN}/{command}",
                vol.Optional(CONF_CONFIG_ENTRY_ID): ID,
                **fields,
            }
        )
        @async_response
        async def _handler(
            hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]
        ) -> None:
            if (entry := compound_for(hass, connection, msg)) is None:
                return
            caller = caller_for_user(connection.user, entry.runtime_data.registry)
            try:
                granted = first_grant(caller, operations)
                result = await body(msg, ConsoleCall(hass, connection, entry, caller, granted))
            except Refused as err:
                send_refused(connection, msg["id"], err)
                return
            except RuleError as err:
                send_rule_error(connection, msg["id"], err)
                return
            connection.send_result(msg["id"], result)

        return _handler

    return _wrap
