"""Opening a console subscription: find the compound, check the caller, follow, answer.

A subscription answers with an empty result, then sends its first event (what there is
now), then one event per change. A refusal is the translated `unauthorized` the registry
commands send. When the compound unloads (a reload, new options), the subscription ends
with an event `{"ended": true}`, so the console subscribes again to the new one. So it
does when the caller is no longer who they were when they subscribed (a role given or
taken away, a resident linked to another person or to none, an admin no longer one):
each event is checked before it is sent, and the console's new subscription is checked
against the table as it is now.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from homeassistant.components.websocket_api.connection import ActiveConnection
from homeassistant.components.websocket_api.messages import event_message, result_message
from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback
import probatio as vol

from .console_command import ID, MAX_PAGE, compound_for
from .const import CONF_CONFIG_ENTRY_ID, DOMAIN
from .data import CompoundSecurityConfigEntry
from .permissions import Caller, Grant, Operation, Refused, caller_for_user, require
from .registry_websocket import send_refusal


def subscription_schema(command: str, default_limit: int) -> dict[Any, Any]:
    """Return the fields of a subscription: its type, the compound, how many come first."""
    return {
        vol.Required("type"): f"{DOMAIN}/{command}",
        vol.Optional(CONF_CONFIG_ENTRY_ID): ID,
        vol.Optional("limit", default=default_limit): vol.All(int, vol.Range(min=1, max=MAX_PAGE)),
    }


@dataclass(frozen=True, slots=True)
class Subscriber:
    """One subscription's connection, message id, compound and caller."""

    connection: ActiveConnection
    msg_id: int
    entry: CompoundSecurityConfigEntry
    caller: Caller
    grant: Grant

    @callback
    def send(self, payload: dict[str, Any]) -> None:
        """Send one event to the subscriber, or end the subscription if they changed."""
        if not self.unchanged():
            self.end()
            return
        self.connection.send_message(event_message(self.msg_id, payload))

    def unchanged(self) -> bool:
        """Return whether the caller is still what they were (their grants depend on it)."""
        now = caller_for_user(self.connection.user, self.entry.runtime_data.registry)
        return (now.kind, now.household_id) == (self.caller.kind, self.caller.household_id)

    @callback
    def end(self) -> None:
        """Stop following and tell the console, which subscribes again if it still may."""
        if (stop := self.connection.subscriptions.pop(self.msg_id, None)) is not None:
            stop()
            self.connection.send_message(event_message(self.msg_id, {"ended": True}))


def open_subscription(
    hass: HomeAssistant,
    connection: ActiveConnection,
    msg: dict[str, Any],
    operation: Operation,
) -> Subscriber | None:
    """Return the subscriber once the caller may do the operation, else answer and None."""
    if (entry := compound_for(hass, connection, msg)) is None:
        return None
    caller = caller_for_user(connection.user, entry.runtime_data.registry)
    try:
        granted = require(caller, operation, connection.context(msg))
    except Refused as err:
        send_refusal(connection, msg, err)
        return None
    return Subscriber(connection, msg["id"], entry, caller, granted)


@callback
def start_subscription(
    hass: HomeAssistant, subscriber: Subscriber, unsubscribes: list[CALLBACK_TYPE]
) -> None:
    """Register the listeners' removal with the connection and the compound; answer."""
    connection, msg_id, entry = subscriber.connection, subscriber.msg_id, subscriber.entry

    @callback
    def _stop() -> None:
        while unsubscribes:
            unsubscribes.pop()()
        forget_entry()

    @callback
    def _state_changed() -> None:
        if entry.state is ConfigEntryState.LOADED:
            return
        if connection.subscriptions.pop(msg_id, None) is not None:
            subscriber.send({"ended": True})
        while unsubscribes:
            unsubscribes.pop()()
        # Not now: the entry is going through its listeners' list.
        hass.loop.call_soon(forget_entry)

    forget_entry = _once(entry.async_on_state_change(_state_changed))
    connection.subscriptions[msg_id] = _stop
    connection.send_message(result_message(msg_id))


def _once(remove: CALLBACK_TYPE) -> CALLBACK_TYPE:
    """Return `remove`, safe to call more than once."""
    removed = False

    @callback
    def _remove() -> None:
        nonlocal removed
        if not removed:
            removed = True
            remove()

    return _remove
