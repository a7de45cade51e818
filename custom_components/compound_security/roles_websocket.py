"""Websocket commands with which a manager gives staff roles, per compound.

`compound_security/roles/list` lists Home Assistant's users (not the system's own) with
their role in the compound; `compound_security/roles/set` gives one a role (`clerk`,
`guard`, `police`) or takes it away (`role: null`). Both need the `settings` row
(managers); admins are managers everywhere and get no other role. `config_entry_id` is
needed only when several compounds are set up.
"""

from __future__ import annotations

from typing import Any

from homeassistant.components.websocket_api import async_register_command
from homeassistant.components.websocket_api.connection import ActiveConnection
from homeassistant.components.websocket_api.const import ERR_INVALID_FORMAT, ERR_NOT_FOUND
from homeassistant.components.websocket_api.decorators import async_response, websocket_command
from homeassistant.core import HomeAssistant, callback
from homeassistant.exceptions import HomeAssistantError
import probatio as vol

from .const import CONF_CONFIG_ENTRY_ID, DOMAIN
from .permissions import CallerKind, Operation
from .registry import CompoundRegistry
from .registry_websocket import registry_or_error
from .roles import StaffRole


def _send_translated(
    connection: ActiveConnection, msg: dict[str, Any], code: str, key: str, **placeholders: str
) -> None:
    """Answer with a translated error."""
    err = HomeAssistantError(
        translation_domain=DOMAIN, translation_key=key, translation_placeholders=placeholders
    )
    connection.send_error(
        msg["id"],
        code,
        str(err),
        translation_key=key,
        translation_domain=DOMAIN,
        translation_placeholders=placeholders,
    )


def _role_of(registry: CompoundRegistry, user_id: str, *, is_admin: bool) -> str | None:
    if is_admin:
        return CallerKind.MANAGER.value
    role = registry.roles.role_of(user_id)
    return role.value if role is not None else None


@websocket_command(
    {
        vol.Required("type"): f"{DOMAIN}/roles/list",
        vol.Optional(CONF_CONFIG_ENTRY_ID): str,
    }
)
@async_response
async def ws_list_roles(
    hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]
) -> None:
    """List the users with their role in the compound and the person they are, if any."""
    if (registry := registry_or_error(hass, connection, msg, Operation.SETTINGS)) is None:
        return
    users = []
    for user in await hass.auth.async_get_users():
        if user.system_generated:
            continue
        person = registry.engine.person_for_user(user.id)
        users.append(
            {
                "user_id": user.id,
                "name": user.name,
                "is_admin": user.is_admin,
                "is_active": user.is_active,
                "role": _role_of(registry, user.id, is_admin=user.is_admin),
                "person_id": person.id if person is not None else None,
            }
        )
    users.sort(key=lambda user: (str(user["name"] or "").casefold(), user["user_id"]))
    connection.send_result(msg["id"], {"users": users, "roles": [r.value for r in StaffRole]})


@websocket_command(
    {
        vol.Required("type"): f"{DOMAIN}/roles/set",
        vol.Optional(CONF_CONFIG_ENTRY_ID): str,
        vol.Required("user_id"): str,
        vol.Required("role"): vol.Any(None, vol.In([r.value for r in StaffRole])),
    }
)
@async_response
async def ws_set_role(
    hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]
) -> None:
    """Give a non-admin user a staff role in the compound, or take it away."""
    if (registry := registry_or_error(hass, connection, msg, Operation.SETTINGS)) is None:
        return
    user = await hass.auth.async_get_user(msg["user_id"])
    if user is None or user.system_generated:
        _send_translated(
            connection, msg, ERR_NOT_FOUND, "role_user_not_found", user_id=msg["user_id"]
        )
        return
    if user.is_admin:
        _send_translated(
            connection, msg, ERR_INVALID_FORMAT, "role_for_admin", user=user.name or user.id
        )
        return
    role = StaffRole(msg["role"]) if msg["role"] is not None else None
    await registry.roles.async_set(user.id, role)
    connection.send_result(
        msg["id"], {"user_id": user.id, "role": role.value if role is not None else None}
    )


@callback
def async_setup_roles_websocket(hass: HomeAssistant) -> None:
    """Register the role commands, once; each finds its compound per message."""
    async_register_command(hass, ws_list_roles)
    async_register_command(hass, ws_set_role)
