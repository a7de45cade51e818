"""A gate and the actuators that move it: an entity, an MQTT topic or a serial relay.

Every command is awaited. A command an actuator does not take raises a translated
`HomeAssistantError`, marks the gate unavailable (logged once), and the next command that
goes through makes it available again (logged once too). While unavailable, the gate
resends the state it should be in (open while held, else closed) every `RETRY_AFTER`
seconds, since a lock entity that is unavailable takes no commands. A pulse opens the gate for
`pulse` seconds; holding it open lasts until it is closed.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Protocol

from homeassistant.components import mqtt
from homeassistant.const import ATTR_ENTITY_ID
from homeassistant.core import (
    CALLBACK_TYPE,
    Context,
    HassJob,
    HassJobType,
    HomeAssistant,
    callback,
)
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers.event import async_call_later
from homeassistant.util.async_ import create_eager_task
import serialx

from .const import DOMAIN, LOGGER

COMMAND_TIMEOUT = 5  # seconds an actuator may take to accept a command
RETRY_AFTER = 30  # seconds: an unavailable gate resends its state until it is taken
SERIAL_TIMEOUT = 3

# (open, close) actions per actuator domain; a button only opens (a gate controller
# closes by itself).
ACTIONS: dict[str, tuple[str, str | None]] = {
    "switch": ("turn_on", "turn_off"),
    "lock": ("unlock", "lock"),
    "cover": ("open_cover", "close_cover"),
    "button": ("press", None),
}


class ActuatorError(Exception):
    """An actuator did not take a command."""


class Actuator(Protocol):
    """Something that opens or closes a gate."""

    name: str

    async def async_command(self, *, open_gate: bool, context: Context | None = None) -> bool:
        """Send the open or close command; False when there is none to send.

        `context` is the call's that opened the gate (a user's action), if any. Raise
        `ActuatorError` when the command is not taken.
        """


class EntityActuator:
    """An entity Home Assistant already has (Shelly, Tasmota, ESPHome relays)."""

    def __init__(self, hass: HomeAssistant, entity_id: str) -> None:
        """Drive `entity_id` with the actions of its domain."""
        self.hass = hass
        self.name = entity_id
        self.domain = entity_id.split(".", 1)[0]

    async def async_command(self, *, open_gate: bool, context: Context | None = None) -> bool:
        """Call the entity's open or close action, as part of `context`, and wait for it."""
        opening, closing = ACTIONS[self.domain]
        action = opening if open_gate else closing
        if action is None:
            return False
        # The call runs at once, until it first waits (an eager task); the timeout is armed
        # just after, so the command reaches the entity before any timer is set.
        calling = create_eager_task(
            self.hass.services.async_call(
                self.domain,
                action,
                {ATTR_ENTITY_ID: self.name},
                blocking=True,
                context=context,  # the logbook shows who opened the gate
            ),
            loop=self.hass.loop,
        )
        try:
            async with asyncio.timeout(COMMAND_TIMEOUT):
                await calling
        except (HomeAssistantError, TimeoutError) as err:  # e.g. its integration is not loaded
            raise ActuatorError(str(err) or type(err).__name__) from err
        LOGGER.debug("Gate %s: %s taken", self.name, action)
        return True


class MqttActuator:
    """A relay on MQTT; it times its own pulse (Tasmota `PulseTime`, Shelly `toggle_after`)."""

    def __init__(self, hass: HomeAssistant, topic: str, payload: str) -> None:
        """Publish `payload` to `topic` to open; closing is the relay's own business."""
        self.hass = hass
        self.name = topic
        self.payload = payload

    async def async_command(self, *, open_gate: bool, context: Context | None = None) -> bool:
        """Publish the open payload (nothing to close; a broker keeps no context)."""
        if not open_gate:
            return False
        try:
            await mqtt.async_publish(self.hass, self.name, self.payload, qos=1, retain=False)
        except HomeAssistantError as err:  # MQTT not set up or not connected
            raise ActuatorError(str(err)) from err
        return True


class SerialRelayActuator:
    """A relay on a serial line (e.g. an LCUS USB relay's `A0 01 01 A2`)."""

    def __init__(self, url: str, open_command: bytes, close_command: bytes) -> None:
        """Write `open_command` or `close_command` to the line at `url`."""
        self.name = url
        self.commands = {True: open_command, False: close_command}

    async def async_command(self, *, open_gate: bool, context: Context | None = None) -> bool:
        """Write the command, if one is configured."""
        command = self.commands[open_gate]
        if not command:
            return False
        try:
            async with asyncio.timeout(SERIAL_TIMEOUT):
                _reader, writer = await serialx.open_serial_connection(url=self.name, baudrate=9600)
                try:
                    writer.write(command)
                    await writer.drain()
                finally:
                    writer.close()
        except (OSError, serialx.SerialException, TimeoutError) as err:
            raise ActuatorError(str(err) or type(err).__name__) from err
        return True


class Gate:
    """One access point's gate: its state and the actuators that move it."""

    def __init__(
        self,
        hass: HomeAssistant,
        name: str,
        actuators: list[Actuator],
        pulse: float,
        on_change: Callable[[], None],
    ) -> None:
        """Drive every actuator in `actuators`; `on_change` hears of every state change."""
        self.hass = hass
        self.name = name
        self.actuators = actuators
        self.pulse = pulse
        self.held_open = False
        self.pulsing = False
        self.available = True  # the last command went through
        self._on_change = on_change
        self._close_later: CALLBACK_TYPE | None = None
        # Made once, not per granted card: the pulse's end.
        self._end_pulse_job = HassJob(
            self._end_pulse, f"{DOMAIN} gate {name} pulse end", job_type=HassJobType.Callback
        )
        self._retry_later: CALLBACK_TYPE | None = None

    @property
    def is_open(self) -> bool:
        """Return whether the gate is commanded open."""
        return self.held_open or self.pulsing

    async def async_pulse(self, context: Context | None = None) -> None:
        """Open for the pulse length (a granted card, or `open` on the lock entity).

        The command goes out before the entities hear of the pulse: the gate is what a
        resident waits for.
        """
        pulsed = not self.held_open
        if pulsed:
            self.pulsing = True
        sending = create_eager_task(
            self._async_command(open_gate=True, context=context), loop=self.hass.loop
        )
        if pulsed:  # a pulse still open ends later: no timer can run before this line
            self._cancel_close()
            self._close_later = async_call_later(self.hass, self.pulse, self._end_pulse_job)
            self._on_change()
        await sending

    async def async_hold_open(self) -> None:
        """Open until `async_close` (deliveries, emergencies, fire release)."""
        self._cancel_close()
        self.held_open = True
        self.pulsing = False
        self._on_change()
        await self._async_command(open_gate=True)

    async def async_close(self) -> None:
        """Close now."""
        self._cancel_close()
        self.held_open = False
        self.pulsing = False
        self._on_change()
        await self._async_command(open_gate=False)

    @callback
    def async_cancel(self) -> None:
        """Forget a pending close and retry (unloading)."""
        self._cancel_close()
        if self._retry_later is not None:
            self._retry_later()
            self._retry_later = None

    @callback
    def _retry(self, _now: object) -> None:
        self._retry_later = None
        self.hass.async_create_task(
            self._async_send_quietly(open_gate=self.is_open), f"{DOMAIN} gate {self.name} retry"
        )

    @callback
    def _end_pulse(self, _now: object) -> None:
        self._close_later = None
        self.pulsing = False
        self._on_change()
        if not self.held_open:
            self.hass.async_create_task(
                self._async_send_quietly(open_gate=False), f"{DOMAIN} gate {self.name} pulse end"
            )

    async def _async_send_quietly(self, *, open_gate: bool) -> None:
        """Send a command nobody waits for; a failure is logged and shown by availability."""
        try:
            await self._async_command(open_gate=open_gate)
        except HomeAssistantError:
            return

    def _cancel_close(self) -> None:
        if self._close_later is not None:
            self._close_later()
            self._close_later = None

    async def _async_command(self, *, open_gate: bool, context: Context | None = None) -> None:
        """Send the command to every actuator, all at once; raise if one did not take it.

        Each command starts at once (an eager task), not on the next turn of the loop; a
        gate with one actuator (the usual) just awaits it.
        """
        results: list[bool | BaseException]
        if len(self.actuators) == 1:
            try:
                actuator = self.actuators[0]
                results = [await actuator.async_command(open_gate=open_gate, context=context)]
            except ActuatorError as err:
                results = [err]
        else:
            sending = [
                create_eager_task(
                    actuator.async_command(open_gate=open_gate, context=context),
                    loop=self.hass.loop,
                )
                for actuator in self.actuators
            ]
            results = await asyncio.gather(*sending, return_exceptions=True)
        failures = [
            (actuator, result)
            for actuator, result in zip(self.actuators, results, strict=True)
            if isinstance(result, BaseException)
        ]
        for _actuator, result in failures:
            if not isinstance(result, ActuatorError):
                raise result
        if not failures:
            if not self.available and any(results):  # a command went through
                LOGGER.info("Gate %s takes commands again", self.name)
                self.available = True
                self._on_change()
            return
        actuator, error = failures[0]
        if self.available:
            LOGGER.info(
                "Gate %s is unavailable: %s did not take a command", self.name, actuator.name
            )
            self.available = False
            self._on_change()
        if self._retry_later is None:
            self._retry_later = async_call_later(self.hass, RETRY_AFTER, self._retry)
        raise HomeAssistantError(
            translation_domain=DOMAIN,
            translation_key="gate_command_failed",
            translation_placeholders={
                "access_point": self.name,
                "actuator": actuator.name,
                "error": str(error),
            },
        )
