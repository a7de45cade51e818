"""Enrol by swipe: the next unknown card read at a desk reader fills the new-card form.

Staff pick an access point (and, optionally, one of its readers) as the desk reader; the
console subscribes with `compound_security/enrol/subscribe` and gets one event with the
UID of the next unknown card (or vehicle chip) read there within `ENROL_TIMEOUT`
seconds, or one saying the time ran out; then the subscription ends. With `known`, a
registered card is handed over too (and not decided), so the console can find whose it
is by swiping it. That is for a desk reader: at an access point with a gate the next
registered card would be a passer-by's, telling whoever listens where they are and
keeping their gate shut, so there only those who may follow anyone's passages (managers
and the police, `access_log_query`) may listen for one.

It never opens a gate: while an enrolment listens at an access point, an unknown
credential read there is handed to it instead of being decided (no decision, no denial
counted towards repeated denials, no alarm, nothing in the access log). A known card read
meanwhile is decided as usual.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from homeassistant.components.websocket_api import async_register_command
from homeassistant.components.websocket_api.connection import ActiveConnection
from homeassistant.components.websocket_api.const import ERR_NOT_FOUND
from homeassistant.components.websocket_api.decorators import websocket_command
from homeassistant.components.websocket_api.messages import event_message
from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback
from homeassistant.helpers.event import async_call_later
import probatio as vol

from .console_command import ID, compound_for, send_rule_error
from .const import CONF_CONFIG_ENTRY_ID, DOMAIN, LOGGER
from .engine.errors import RuleError
from .engine.model import Credential
from .engine.uid import CardUid
from .permissions import Caller, Grant, Operation, caller_for_user, grant, require

ENROL_TIMEOUT = 60.0  # seconds

type Offer = Callable[[str, CardUid, Credential], None]


@dataclass(frozen=True, slots=True)
class _Listener:
    reader: str | None  # None: any reader of the access point
    offer: Offer
    known: bool = False  # also a registered card: the console finds its holder


class Enrolment:
    """The enrolments listening at one access point."""

    def __init__(self) -> None:
        """Start with nobody listening."""
        self._listeners: list[_Listener] = []

    def wants(self, source: str, *, known: bool = False) -> bool:
        """Return whether an enrolment listens to this reader for such a card."""
        return any(
            listener.reader in (None, source) and (listener.known or not known)
            for listener in self._listeners
        )

    @callback
    def async_listen(
        self, reader: str | None, offer: Offer, *, known: bool = False
    ) -> CALLBACK_TYPE:
        """Offer the next unknown (or any, `known`) read at `reader`; return a remover."""
        listener = _Listener(reader, offer, known)
        self._listeners.append(listener)

        @callback
        def _remove() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return _remove

    @callback
    def async_offer(
        self, source: str, uid: CardUid, credential: Credential, *, known: bool = False
    ) -> None:
        """Hand a read to every enrolment listening to its reader for it; they end."""
        taken = [
            listener
            for listener in self._listeners
            if listener.reader in (None, source) and (listener.known or not known)
        ]
        for listener in taken:
            self._listeners.remove(listener)
            listener.offer(source, uid, credential)


@websocket_command(
    {
        vol.Required("type"): f"{DOMAIN}/enrol/subscribe",
        vol.Optional(CONF_CONFIG_ENTRY_ID): ID,
        vol.Required("access_point"): vol.All(str, vol.Length(max=200)),
        vol.Optional("reader"): vol.All(str, vol.Length(max=200)),
        vol.Optional("known", default=False): bool,  # find a registered card's holder
    }
)
@callback
def ws_enrol_subscribe(
    hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]
) -> None:
    """Send the next unknown card read at the chosen desk reader, once; then end."""
    if (entry := compound_for(hass, connection, msg)) is None:
        return
    runtime = entry.runtime_data
    caller = caller_for_user(connection.user, runtime.registry)
    require(caller, Operation.CARD_ENROL, connection.context(msg))
    try:
        access_point = runtime.controller.find_access_point(msg["access_point"])
    except RuleError as err:
        connection.send_error(
            msg["id"],
            ERR_NOT_FOUND,
            err.code,
            translation_key=err.code,
            translation_domain=DOMAIN,
            translation_placeholders=err.placeholders,
        )
        return
    hardware = runtime.hardware[access_point.id]
    if msg["known"] and hardware.gate is not None and not _follows_anyone(caller):
        error = RuleError("known_swipe_at_gate", access_point=access_point.name)
        send_rule_error(connection, msg["id"], error)
        return
    enrolment = hardware.enrolment
    msg_id = msg["id"]
    cancel_timer: CALLBACK_TYPE | None = None

    @callback
    def _finish(event: dict[str, Any]) -> None:
        _stop()
        connection.subscriptions.pop(msg_id, None)
        connection.send_message(event_message(msg_id, event))

    @callback
    def _offer(source: str, uid: CardUid, credential: Credential) -> None:
        LOGGER.info("Enrolment at %s took a new credential", access_point.id)
        _finish({"type": "read", "uid": str(uid), "credential": credential, "reader": source})

    @callback
    def _timeout(_now: datetime) -> None:
        nonlocal cancel_timer
        cancel_timer = None
        _finish({"type": "timeout"})

    remove_listener = enrolment.async_listen(msg.get("reader"), _offer, known=msg["known"])

    @callback
    def _stop() -> None:
        remove_listener()
        if cancel_timer is not None:
            cancel_timer()

    cancel_timer = async_call_later(hass, ENROL_TIMEOUT, _timeout)
    connection.subscriptions[msg_id] = _stop
    connection.send_result(msg_id)


def _follows_anyone(caller: Caller) -> bool:
    """Return whether the caller may learn anyone's passages anyway (a gate's swipe)."""
    return grant(caller, Operation.ACCESS_LOG_QUERY) is Grant.ALL


@callback
def async_setup_enrolment_websocket(hass: HomeAssistant) -> None:
    """Register the enrolment subscription, once."""
    async_register_command(hass, ws_enrol_subscribe)
