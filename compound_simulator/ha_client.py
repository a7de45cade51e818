"""Home Assistant's HTTP and websocket API as the frontend uses it: onboarding, log-in, flows.

Used by the demo (`script/demo.py`) and the console's browser tests to configure a real
Home Assistant the way a user would, and to get tokens for the browser.
"""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import dataclass
from typing import Any

import aiohttp


class HomeAssistantError(RuntimeError):
    """Home Assistant answered a request with an error."""


@dataclass(frozen=True, slots=True)
class Tokens:
    """A user's tokens, as the frontend keeps them (`hassTokens` in local storage)."""

    access_token: str
    refresh_token: str
    expires_in: int

    def for_browser(self, base: str) -> dict[str, Any]:
        """Return the frontend's `hassTokens` value."""
        return {
            "access_token": self.access_token,
            "refresh_token": self.refresh_token,
            "token_type": "Bearer",
            "expires_in": self.expires_in,
            "hassUrl": base,
            "clientId": f"{base}/",
            "expires": 4102444800000,  # the frontend refreshes it when the server says so
        }


class Api:
    """Home Assistant's HTTP and websocket API, as the frontend uses it."""

    def __init__(self, session: aiohttp.ClientSession, base: str) -> None:
        """Use a session against `base` (http://host:port); `login` gets a token."""
        self.session = session
        self.base = base
        self.client_id = f"{base}/"
        self.token = ""
        self._ws: aiohttp.ClientWebSocketResponse | None = None
        self._id = 0

    async def wait_up(self, attempts: int = 600) -> None:
        """Wait until Home Assistant answers.

        The server starts once the frontend (which needs onboarding) is set up; onboarding
        then answers, or 404 when it finished on an earlier run and left no views.
        """
        for _ in range(attempts):
            with contextlib.suppress(aiohttp.ClientError):
                async with self.session.get(f"{self.base}/api/onboarding") as response:
                    if response.status in (200, 404):
                        return
            await asyncio.sleep(0.5)
        raise HomeAssistantError("Home Assistant did not start")

    async def onboard(self, name: str, username: str, password: str, language: str) -> None:
        """Onboard on the first run (creating the owner), then log in as the owner."""
        async with self.session.get(f"{self.base}/api/onboarding") as response:
            onboarded = response.status == 404  # noqa: PLR2004  # done on an earlier run
            steps = {} if onboarded else {s["step"]: s["done"] for s in await response.json()}
        if onboarded:
            self.token = (await self.login(username, password)).access_token
            return
        if not steps.get("user"):
            async with self.session.post(
                f"{self.base}/api/onboarding/users",
                json={
                    "client_id": self.client_id,
                    "name": name,
                    "username": username,
                    "password": password,
                    "language": language,
                },
            ) as response:
                code = (await response.json())["auth_code"]
            self.token = (await self._tokens(code)).access_token
        else:
            self.token = (await self.login(username, password)).access_token
        for step, body in (
            ("core_config", {}),
            ("analytics", {}),
            ("integration", {"client_id": self.client_id, "redirect_uri": self.client_id}),
        ):
            if not steps.get(step):
                await self.post(f"/api/onboarding/{step}", body, check=False)

    async def confirm_http_config(self) -> None:
        """Keep the HTTP settings from configuration.yaml (else the UI asks, then reverts)."""
        with contextlib.suppress(HomeAssistantError):  # nothing pending: already confirmed
            await self.ws({"type": "http/config/promote"})

    async def login(self, username: str, password: str) -> Tokens:
        """Log in through the login flow, as the frontend's login page does."""
        async with self.session.post(
            f"{self.base}/auth/login_flow",
            json={
                "client_id": self.client_id,
                "handler": ["homeassistant", None],
                "redirect_uri": self.client_id,
            },
        ) as response:
            flow = await response.json()
        async with self.session.post(
            f"{self.base}/auth/login_flow/{flow['flow_id']}",
            json={"client_id": self.client_id, "username": username, "password": password},
        ) as response:
            answer = await response.json()
        if "result" not in answer:
            raise HomeAssistantError(f"login of {username}: {answer}")
        return await self._tokens(answer["result"])

    async def _tokens(self, code: str) -> Tokens:
        async with self.session.post(
            f"{self.base}/auth/token",
            data={"grant_type": "authorization_code", "code": code, "client_id": self.client_id},
        ) as response:
            body = await response.json()
        return Tokens(body["access_token"], body["refresh_token"], body["expires_in"])

    async def post(self, path: str, body: Any, *, check: bool = True) -> Any:
        """POST JSON with the token."""
        async with self.session.post(
            f"{self.base}{path}", json=body, headers={"Authorization": f"Bearer {self.token}"}
        ) as response:
            result = await response.json(content_type=None)
            if check and response.status >= 400:  # noqa: PLR2004
                raise HomeAssistantError(f"{path}: {response.status} {result}")
            return result

    async def ws(self, message: dict[str, Any]) -> Any:
        """Send one websocket command and return its result."""
        if self._ws is None:
            self._ws = await self.session.ws_connect(f"{self.base}/api/websocket")
            await self._ws.receive_json()
            await self._ws.send_json({"type": "auth", "access_token": self.token})
            await self._ws.receive_json()
        self._id += 1
        await self._ws.send_json({"id": self._id} | message)
        while True:
            reply = await self._ws.receive_json()
            if reply.get("id") == self._id:
                if not reply.get("success", True):
                    raise HomeAssistantError(f"{message['type']}: {reply}")
                return reply.get("result")

    async def close(self) -> None:
        """Close the websocket, if one was opened."""
        if self._ws is not None:
            await self._ws.close()
            self._ws = None

    async def wait_loaded(self, entry_id: str) -> None:
        """Wait until a config entry has finished (re)loading."""
        await asyncio.sleep(2)
        for _ in range(120):
            entries = await self.ws({"type": "config_entries/get"})
            if any(e["entry_id"] == entry_id and e["state"] == "loaded" for e in entries):
                return
            await asyncio.sleep(0.5)
        raise HomeAssistantError(f"config entry {entry_id} did not load")

    async def flow(self, start: str, handler: Any, *steps: dict[str, Any]) -> Any:
        """Walk a config or subentry flow through its steps."""
        result = await self.post(start, {"handler": handler})
        for step in steps:
            if result.get("type") != "form":
                break
            result = await self.post(f"{start}/{result['flow_id']}", step)
            if result.get("errors"):
                raise HomeAssistantError(f"{handler}: {result['errors']}")
        return result

    async def add_user(self, name: str, username: str, password: str, *, admin: bool) -> str:
        """Create a user with a password, as Settings → People does; return the user id."""
        group = "system-admin" if admin else "system-users"
        user = await self.ws({"type": "config/auth/create", "name": name, "group_ids": [group]})
        user_id: str = user["user"]["id"]
        await self.ws(
            {
                "type": "config/auth_provider/homeassistant/create",
                "user_id": user_id,
                "username": username,
                "password": password,
            }
        )
        return user_id
