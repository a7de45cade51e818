"""An access point's door contact in Home Assistant: an entity, an MQTT topic, or both.

The first state seen (the entity's state at start, an MQTT message retained by the
broker, a sensor back from unavailable) is a baseline, not an opening: a reload or a
restart never reports a door that was already open as forced.
"""

from __future__ import annotations

from datetime import datetime

from homeassistant.components import mqtt
from homeassistant.const import STATE_ON, STATE_UNAVAILABLE, STATE_UNKNOWN
from homeassistant.core import CALLBACK_TYPE, Event, EventStateChangedData, HomeAssistant, callback
from homeassistant.helpers.event import async_call_later, async_track_state_change_event
from homeassistant.util import dt as dt_util

from .const import LOGGER
from .controller import CompoundController
from .engine.door import DoorMonitor
from .transport.mqtt_payloads import parse_door_payload


class DoorContact:
    """Feeds one door's contact into its `DoorMonitor` and raises what it finds."""

    def __init__(
        self,
        hass: HomeAssistant,
        monitor: DoorMonitor,
        controller: CompoundController,
        entity_id: str | None,
    ) -> None:
        """Follow `entity_id` (if any); MQTT messages come through `on_mqtt`."""
        self.hass = hass
        self.monitor = monitor
        self.controller = controller
        self.entity_id = entity_id
        self._known = False  # a state seen since start (or since the sensor came back)
        self._held_open_check: CALLBACK_TYPE | None = None
        self._unsubscribe: CALLBACK_TYPE | None = None

    @callback
    def async_start(self) -> None:
        """Take the entity's current state as the baseline, then follow its changes."""
        if not self.entity_id:
            return
        if (state := self.hass.states.get(self.entity_id)) is not None:
            self._state(state.state)
        self._unsubscribe = async_track_state_change_event(
            self.hass, self.entity_id, self._on_state_change
        )

    @callback
    def async_stop(self) -> None:
        """Stop following the door. Safe to call twice."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self._cancel_held_open_check()

    @callback
    def on_mqtt(self, message: mqtt.ReceiveMessage) -> None:
        """Read a contact message; one the broker retained is the state as found."""
        is_open = parse_door_payload(message.payload)
        if is_open is not None:
            self._changed(is_open=is_open, baseline=message.retain or not self._known)

    @callback
    def async_report(self, *, is_open: bool, baseline: bool = False) -> None:
        """Take a change an access controller reported (`baseline`: as found at connect)."""
        self._changed(is_open=is_open, baseline=baseline or not self._known)

    @callback
    def _on_state_change(self, event: Event[EventStateChangedData]) -> None:
        if (new := event.data["new_state"]) is not None:
            self._state(new.state)

    def _state(self, state: str) -> None:
        if state in (STATE_UNAVAILABLE, STATE_UNKNOWN):
            self._known = False  # what happened meanwhile is unknown
            return
        self._changed(is_open=state == STATE_ON, baseline=not self._known)

    def _changed(self, *, is_open: bool, baseline: bool) -> None:
        self._known = True
        now = dt_util.now()
        if baseline:
            LOGGER.debug("Door at %s found %s", self.monitor.access_point_id, is_open)
            cleared = self.monitor.baseline(now, is_open=is_open)
        elif is_open:
            if alarm := self.monitor.opened(now):
                self.controller.async_raise(alarm)
            cleared = None
        else:
            cleared = self.monitor.closed()
        if cleared is not None:
            self.controller.async_clear(cleared)
        if is_open:
            self._schedule_held_open_check()
        else:
            self._cancel_held_open_check()

    def _schedule_held_open_check(self) -> None:
        if (due := self.monitor.due()) is None:
            return
        self._cancel_held_open_check()
        self._held_open_check = async_call_later(
            self.hass, max((due - dt_util.now()).total_seconds(), 0), self._check_held_open
        )

    def _cancel_held_open_check(self) -> None:
        if self._held_open_check is not None:
            self._held_open_check()
            self._held_open_check = None

    @callback
    def _check_held_open(self, _now: datetime) -> None:
        self._held_open_check = None
        if alarm := self.monitor.check_held_open(dt_util.now()):
            self.controller.async_raise(alarm)
