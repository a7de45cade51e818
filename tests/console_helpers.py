"""Console websocket clients for each role, for the record pages' tests."""

from __future__ import annotations

from typing import Any

from homeassistant.auth.models import User
from homeassistant.core import HomeAssistant
from pytest_homeassistant_custom_component.common import CLIENT_ID
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from custom_components.compound_security.roles import StaffRole

from .helpers import act, registry_of

ROLES = ("manager", "clerk", "guard", "police", "resident")


class Console:
    """One user's websocket connection to the console."""

    def __init__(self, client: Any) -> None:
        """Wrap a websocket test client."""
        self.client = client

    async def ask(self, command: str, **data: Any) -> dict[str, Any]:
        """Send a `compound_security/<command>` and return the whole answer."""
        await self.client.send_json_auto_id({"type": f"compound_security/{command}", **data})
        answer: dict[str, Any] = await self.client.receive_json()
        return answer

    async def result(self, command: str, **data: Any) -> Any:
        """Send a command that must succeed; return its result."""
        answer = await self.ask(command, **data)
        assert answer["success"], answer
        return answer["result"]

    async def refused(self, command: str, **data: Any) -> dict[str, Any]:
        """Send a command that must be refused by the table; return the error."""
        answer = await self.ask(command, **data)
        assert not answer["success"], answer
        assert answer["error"]["code"] == "unauthorized", answer
        assert answer["error"]["translation_key"] == "unauthorized"
        return dict(answer["error"])


async def console_as(
    hass: HomeAssistant,
    hass_ws_client: WebSocketGenerator,
    role: str,
    resident_of: str | None = None,
) -> Console:
    """Return a console for a new user of that role (a resident: linked to the person)."""
    if role == "manager":
        return Console(await hass_ws_client(hass))  # the test's admin
    user: User = await hass.auth.async_create_user(role.title(), group_ids=["system-users"])
    if role == "resident":
        assert resident_of is not None
        await act(hass, "update_person", person_id=resident_of, user_id=user.id)
    else:
        await registry_of(hass).roles.async_set(user.id, StaffRole(role))
    refresh = await hass.auth.async_create_refresh_token(user, CLIENT_ID)
    return Console(await hass_ws_client(hass, hass.auth.async_create_access_token(refresh)))


async def consoles(
    hass: HomeAssistant, hass_ws_client: WebSocketGenerator, resident_of: str
) -> dict[str, Console]:
    """Return a console for every role; the resident is the person `resident_of`."""
    return {
        role: await console_as(
            hass, hass_ws_client, role, resident_of if role == "resident" else None
        )
        for role in ROLES
    }
