"""Driving a gate through an entity Home Assistant already has (Shelly, Tasmota, ESPHome).

A pulse opens the gate for `pulse` seconds; holding it open lasts until it is closed.
Commands never wait for the device: a slow relay must not hold up the next decision.
"""

from __future__ import annotations

from collections.abc import Callable

from homeassistant.components import mqtt
from homeassistant.const import ATTR_ENTITY_ID
from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback
from homeassistant.helpers.event import async_call_later

from .const import LOGGER

# (open, close) actions per actuator domain; a button only opens (a gate controller
# closes by itself).
ACTIONS: dict[str, tuple[str, str | None]] = {
    "switch": ("turn_on", "turn_off"),
    "lock": ("unlock", "lock"),
    "cover": ("open_cover", "close_cover"),
    "button": ("press", None),
}


class Gate:
    """One access point's actuator: an entity, or an MQTT command topic."""

    def __init__(
        self,
        hass: HomeAssistant,
        entity_id: str | None,
        pulse: float,
        *,
        mqtt_topic: str | None = None,
        mqtt_payload: str = "ON",
    ) -> None:
        """Drive `entity_id` (pulsing for `pulse` seconds) or publish to `mqtt_topic`.

        An MQTT relay times its own pulse (Tasmota `PulseTime`, Shelly `toggle_after`), so
        only the open command is published.
        """
        self.hass = hass
        self.entity_id = entity_id or ""
        self.domain = self.entity_id.split(".", 1)[0]
        self.mqtt_topic = mqtt_topic
        self.mqtt_payload = mqtt_payload
        self.pulse = pulse
        self.held_open = False
        self.pulsing = False
        self.listeners: list[Callable[[], None]] = []
        self._close_later: CALLBACK_TYPE | None = None

    @property
    def is_open(self) -> bool:
        """Return whether the gate is commanded open."""
        return self.held_open or self.pulsing

    @callback
    def async_pulse(self) -> None:
        """Open for the pulse length (a granted card, or `open` on the lock entity)."""
        self._command(open_gate=True)
        if self.held_open:
            return
        self.pulsing = True
        self._cancel_close()
        self._close_later = async_call_later(self.hass, self.pulse, self._end_pulse)
        self._notify()

    @callback
    def async_hold_open(self) -> None:
        """Open until `async_close` (deliveries, emergencies, fire release)."""
        self._cancel_close()
        self.held_open = True
        self.pulsing = False
        self._command(open_gate=True)
        self._notify()

    @callback
    def async_close(self) -> None:
        """Close now."""
        self._cancel_close()
        self.held_open = False
        self.pulsing = False
        self._command(open_gate=False)
        self._notify()

    @callback
    def async_cancel(self) -> None:
        """Forget a pending close (unloading)."""
        self._cancel_close()

    @callback
    def _end_pulse(self, _now: object) -> None:
        self._close_later = None
        self.pulsing = False
        if not self.held_open:
            self._command(open_gate=False)
        self._notify()

    def _cancel_close(self) -> None:
        if self._close_later is not None:
            self._close_later()
            self._close_later = None

    def _command(self, *, open_gate: bool) -> None:
        if self.mqtt_topic:
            if open_gate:
                self.hass.async_create_task(
                    mqtt.async_publish(
                        self.hass, self.mqtt_topic, self.mqtt_payload, qos=1, retain=False
                    ),
                    f"compound_security gate {self.mqtt_topic}",
                    eager_start=True,
                )
            if not self.entity_id:
                return
        opening, closing = ACTIONS[self.domain]
        action = opening if open_gate else closing
        if action is None:
            return
        LOGGER.debug("Gate %s: %s", self.entity_id, action)
        self.hass.async_create_task(
            self.hass.services.async_call(
                self.domain, action, {ATTR_ENTITY_ID: self.entity_id}, blocking=False
            ),
            f"compound_security gate {self.entity_id}",
            eager_start=True,
        )

    def _notify(self) -> None:
        for listener in list(self.listeners):
            listener()
