"""Console websocket clients for each role, for the console's tests.

`Console` asks one command at a time; `LiveConsole` also follows subscriptions, keeping
their events apart from the answers.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import Any

from homeassistant.auth.models import User
from homeassistant.core import HomeAssistant
from pytest_homeassistant_custom_component.common import CLIENT_ID, MockConfigEntry
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from custom_components.compound_security.const import DOMAIN
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


class LiveConsole:
    """One user's websocket: answers by message id, events kept per subscription."""

    def __init__(self, socket: Any) -> None:
        """Wrap a websocket test client."""
        self.socket = socket
        self.user_id: str | None = None  # the user's, where a test needs it
        self.last_id = 0
        self.answers: dict[int, dict[str, Any]] = {}
        self.events: dict[int, list[dict[str, Any]]] = defaultdict(list)

    async def ask(self, kind: str, /, **fields: Any) -> dict[str, Any]:
        """Send a `compound_security/<kind>` and return the whole answer."""
        self.last_id += 1
        msg_id = self.last_id
        await self.socket.send_json({"id": msg_id, "type": f"{DOMAIN}/{kind}", **fields})
        return await self._wait(lambda: self.answers.pop(msg_id, None))

    async def subscribe(self, command: str, **fields: Any) -> tuple[int, dict[str, Any]]:
        """Subscribe; return the subscription's id and its first event (what there is now)."""
        answer = await self.ask(command, **fields)
        assert answer["success"], answer
        return answer["id"], await self.event(answer["id"])

    async def event(self, subscription: int) -> dict[str, Any]:
        """Return the subscription's next event (waiting for it)."""
        queue = self.events[subscription]
        return await self._wait(lambda: queue.pop(0) if queue else None)

    async def _wait(self, take: Callable[[], dict[str, Any] | None]) -> dict[str, Any]:
        while (found := take()) is None:
            message = await self.socket.receive_json(timeout=5)
            if message["type"] == "event":
                self.events[message["id"]].append(message["event"])
            else:
                self.answers[message["id"]] = message
        return found


async def live_console(
    hass: HomeAssistant, ws: WebSocketGenerator, user: User | None = None
) -> LiveConsole:
    """Return a live console for a user (none: the test's owner, a manager)."""
    if user is None:
        return LiveConsole(await ws(hass))
    refresh = await hass.auth.async_create_refresh_token(user, CLIENT_ID)
    console = LiveConsole(await ws(hass, hass.auth.async_create_access_token(refresh)))
    console.user_id = user.id
    return console


async def staff_user(hass: HomeAssistant, entry: MockConfigEntry, role: StaffRole) -> User:
    """Return a new user with a staff role in the compound."""
    user = await hass.auth.async_create_user(str(role), group_ids=["system-users"])
    await entry.runtime_data.registry.roles.async_set(user.id, role)
    return user


async def staff_console(
    hass: HomeAssistant, ws: WebSocketGenerator, entry: MockConfigEntry, role: StaffRole
) -> LiveConsole:
    """Return a live console for a new user with a staff role in the compound."""
    return await live_console(hass, ws, await staff_user(hass, entry, role))
