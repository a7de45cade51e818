"""Reads that networked controllers push to an access point's webhook.

Every request must prove the access point's secret (`transport.webhook_auth`); one that
does not gets HTTP 401 and no decision. The webhook answers callers on the local network
only, unless the access point allows remote ones. Bodies are small JSON objects
(`{"uid": ..., "credential": "card" | "vehicle_chip"}`, or a visitor's
`{"credential": "pin" | "qr", "code": ...}`); anything else gets HTTP 400 with an error
code. A caller that presents `LOCKOUT_AFTER` unknown credentials within
`LOCKOUT_WINDOW` seconds is shut out (HTTP 429) for `LOCKOUT_FOR` seconds, and the access
point's repeated-denials alarm covers the whole attempt.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from dataclasses import replace
from datetime import timedelta
import json
import time
from typing import Any

from aiohttp import web
from homeassistant.components import webhook
from homeassistant.core import HomeAssistant, callback

from .const import DOMAIN
from .controller import CompoundController
from .coordinator import CompoundSecurityConfigEntry
from .engine.decision import Decision, Reason
from .engine.errors import RuleError
from .engine.model import Credential
from .engine.settings import AccessPointSettings
from .engine.throttle import RateLimiter, SourceLockout
from .engine.uid import CardUid
from .subentries import AccessPointConfig
from .transport.mqtt_payloads import generic_message
from .transport.webhook_auth import authorized, new_secret

WEBHOOK_RATE = 20  # requests per second per caller; more get HTTP 429
MAX_BODY = 4096  # bytes; a read is a few dozen

type WebhookReadHandler = Callable[
    [str, CardUid | str, Credential], Coroutine[Any, Any, Decision | None]
]


@callback
def async_webhook_secret(
    hass: HomeAssistant, entry: CompoundSecurityConfigEntry, access_point_id: str
) -> str:
    """Return an access point's webhook secret, storing a new one if it has none yet.

    Access points set up before secrets existed get theirs here, on their first start.
    """
    subentry = entry.subentries[access_point_id]
    config = AccessPointConfig.from_subentry(subentry)
    if (hook := config.webhook) is None:
        return ""
    if hook.secret:
        return hook.secret
    secret = new_secret()
    webhook = replace(hook, secret=secret)
    hass.config_entries.async_update_subentry(
        entry, subentry, data=replace(config, webhook=webhook).to_data()
    )
    return secret


async def _read_body(request: web.Request) -> bytes | None:
    """Return the raw body, or None when it is longer than `MAX_BODY`."""
    length = getattr(request, "content_length", None)  # cloud and websocket calls have none
    if length is not None and length > MAX_BODY:
        return None
    stream, body = request.content, bytearray()
    while len(body) <= MAX_BODY:
        chunk = await stream.read(MAX_BODY + 1 - len(body))
        if not chunk:
            return bytes(body)
        body += chunk
    return None


def _error(code: str, status: int) -> web.Response:
    return web.json_response({"error": code}, status=status)


class WebhookReader:
    """One access point's webhook."""

    def __init__(
        self,
        hass: HomeAssistant,
        entry: CompoundSecurityConfigEntry,
        access_point: AccessPointSettings,
        controller: CompoundController,
        read: WebhookReadHandler,
        enrolling: Callable[[str, CardUid, Credential], bool] | None = None,
    ) -> None:
        """Prepare; `async_register` opens the webhook.

        `read(source, uid, credential)` decides and opens the gate, or returns None for the
        same card again within the debounce window, or for an unknown card an enrolment
        at the desk takes (`enrolling` says which).
        """
        self.hass = hass
        self.entry = entry
        self.access_point = access_point
        self.controller = controller
        self.read = read
        self.enrolling = enrolling or (lambda _source, _uid, _credential: False)
        self.secret = ""
        self.rate = RateLimiter(WEBHOOK_RATE)
        self.lockout = SourceLockout()

    @callback
    def async_register(self, webhook_id: str, *, allow_remote: bool) -> None:
        """Accept reads at `webhook_id` until the entry unloads (its id is never logged)."""
        self.secret = async_webhook_secret(self.hass, self.entry, self.access_point.id)
        webhook.async_register(
            self.hass,
            DOMAIN,
            f"{self.entry.title} {self.access_point.name}",
            webhook_id,
            self.async_handle,
            local_only=not allow_remote,
            allowed_methods=["POST"],
        )
        self.entry.async_on_unload(lambda: webhook.async_unregister(self.hass, webhook_id))

    async def async_handle(
        self, hass: HomeAssistant, webhook_id: str, request: web.Request
    ) -> web.Response:
        """Decide one pushed read; the answer says granted, denied, ignored or why not."""
        source = request.remote or "-"
        body = await self._admitted_body(source, request)
        if isinstance(body, web.Response):
            return body
        try:
            message = json.loads(body)
            if not isinstance(message, dict):
                return _error("bad_request", 400)
            read, credential = generic_message(message)
        except RuleError as err:
            return _error(err.code, 400)
        except ValueError, KeyError:
            return _error("bad_request", 400)
        enrolled = isinstance(read, CardUid) and self.enrolling("webhook", read, credential)
        decision = await self.read("webhook", read, credential)
        if decision is None:  # the same read again, or a new card going to the desk
            reason = "enrolment" if enrolled else "debounced"
            return web.json_response({"decision": "ignored", "reason": reason})
        if decision.reason is Reason.UNKNOWN_CREDENTIAL and self.lockout.failed(
            source, time.monotonic()
        ):
            until = decision.time + timedelta(seconds=self.lockout.duration)
            self.controller.async_source_locked_out(self.access_point, until)
        return web.json_response(
            {"decision": "granted" if decision.granted else "denied", "reason": decision.reason}
        )

    async def _admitted_body(self, source: str, request: web.Request) -> bytes | web.Response:
        """Return the body of a request let in, or the refusal to send back."""
        if self.lockout.locked(source, time.monotonic()):
            return _error("locked_out", 429)
        if not self.rate.allow(source, time.monotonic()):  # one caller cannot starve others
            return _error("rate_limited", 429)
        body = await _read_body(request)
        if body is None:
            return _error("too_large", 413)
        if not authorized(self.secret, request.headers, body):
            return _error("unauthorized", 401)
        return body
