"""Driving a gate through an entity Home Assistant already has (Shelly, Tasmota, ESPHome).

A pulse opens the gate for `pulse` seconds; holding it open lasts until it is closed.
Commands never wait for the device: a slow relay must not hold up the next decision.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from homeassistant.components import mqtt
from homeassistant.const import ATTR_ENTITY_ID
from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers.event import async_call_later
import serialx

from .const import LOGGER

SERIAL_TIMEOUT = 3

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
        serial_url: str | None = None,
        serial_open: bytes = b"",
        serial_close: bytes = b"",
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
        self.serial_url = serial_url
        self.serial_open = serial_open
        self.serial_close = serial_close
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
        command = self.serial_open if open_gate else self.serial_close
        if self.serial_url and command:
            self.hass.async_create_task(
                self._write_serial(self.serial_url, command),
                f"compound_security gate {self.serial_url}",
                eager_start=True,
            )
        if self.mqtt_topic and open_gate:
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
            self._call(action), f"compound_security gate {self.entity_id}", eager_start=True
        )

    async def _call(self, action: str) -> None:
        """Call the actuator's action; one missing or failing only logs (nothing waits)."""
        try:
            await self.hass.services.async_call(
                self.domain, action, {ATTR_ENTITY_ID: self.entity_id}, blocking=False
            )
        except HomeAssistantError as err:  # e.g. its integration is not loaded yet
            LOGGER.warning("Gate %s did not take %s: %s", self.entity_id, action, err)

    async def _write_serial(self, url: str, command: bytes) -> None:
        """Send a relay command (e.g. an LCUS USB relay's `A0 01 01 A2`) on a serial line."""
        try:
            async with asyncio.timeout(SERIAL_TIMEOUT):
                _reader, writer = await serialx.open_serial_connection(url=url, baudrate=9600)
                try:
                    writer.write(command)
                    await writer.drain()
                finally:
                    writer.close()
        except (OSError, serialx.SerialException, TimeoutError) as err:
            LOGGER.warning("Gate relay %s did not take the command: %s", url, err)

    def _notify(self) -> None:
        for listener in list(self.listeners):
            listener()
