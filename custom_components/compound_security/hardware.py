"""An access point's hardware in Home Assistant: readers in, gate and door contact out.

Readers, one module per source: serial lines (`reader_serial`), Home Assistant tags
(`reader_tag`), MQTT (`reader_mqtt`) and a webhook for networked controllers
(`webhook_reader`). Every read takes one path, awaited: read → decision → gate command,
the same path as the `present_credential` action; a visitor's PIN or QR token is decided
against the visitor passes instead of the cards. While staff enrol a card by swipe here
(`enrolment`), an unknown card goes to them and is not decided. The door contact
(`door_contact`) turns openings with no release before them into forced-entry alarms.
"""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from functools import partial
import time

from homeassistant.components import webhook
from homeassistant.core import CALLBACK_TYPE, Context, HomeAssistant, callback
from homeassistant.exceptions import HomeAssistantError
from homeassistant.util import dt as dt_util

from .const import (
    DEBOUNCE_SECONDS,
    DEFAULT_PULSE_SECONDS,
    DOMAIN,
    LOGGER,
)
from .controller import CompoundController
from .coordinator import AccessPointCoordinator, AccessPointState, CompoundSecurityConfigEntry
from .door_contact import DoorContact
from .engine.decision import Decision
from .engine.door import DoorMonitor
from .engine.model import Credential
from .engine.recognition import Recognition
from .engine.settings import AccessPointSettings
from .engine.uid import CardUid
from .enrolment import Enrolment
from .fire import FireRelease
from .gate import Actuator, EntityActuator, Gate, MqttActuator, SerialRelayActuator
from .reader_frigate import FrigateReader
from .reader_mqtt import MessageHandler, MqttReader, async_subscribe
from .reader_serial import SerialReaders
from .reader_tag import TagReader
from .subentries import AccessPointConfig, DoorConfig, GateConfig
from .webhook_reader import WebhookReader

VISITOR_CREDENTIALS = frozenset({Credential.PIN, Credential.QR})


def actuators_from(hass: HomeAssistant, gate: GateConfig) -> list[Actuator]:
    """Return the actuators a gate drives (an entity, an MQTT relay, a serial relay)."""
    actuators: list[Actuator] = []
    if gate.entity_id:
        actuators.append(EntityActuator(hass, gate.entity_id))
    if gate.mqtt_topic:
        actuators.append(MqttActuator(hass, gate.mqtt_topic, gate.mqtt_payload or "ON"))
    if gate.serial_url:
        actuators.append(
            SerialRelayActuator(gate.serial_url, gate.serial_open_bytes, gate.serial_close_bytes)
        )
    return actuators


class AccessPointHardware:
    """Readers, gate and door of one access point."""

    def __init__(
        self,
        hass: HomeAssistant,
        entry: CompoundSecurityConfigEntry,
        access_point: AccessPointSettings,
        config: AccessPointConfig,
        controller: CompoundController,
        fire: FireRelease,
        controller_door: Actuator | None = None,
    ) -> None:
        """Build the parts the subentry configures; `async_start` starts them.

        `controller_door`: the access controller's door this access point is, which then
        drives the lock and reports the door contact.
        """
        self.hass = hass
        self.entry = entry
        self.access_point = access_point
        self.config = config
        self.controller = controller
        self.fire = fire
        self.coordinator = AccessPointCoordinator(hass, entry, access_point)
        self.serial = SerialReaders(
            hass, access_point.name, config.serial_readers(), self.async_read, self._on_line
        )
        self.readers = self.serial.readers
        actuators = actuators_from(hass, config.gate) if config.gate else []
        self.controller_door = controller_door
        if controller_door is not None:
            actuators.append(controller_door)
        self.gate = (
            Gate(
                hass,
                access_point.name,
                actuators,
                config.gate.pulse_seconds if config.gate else DEFAULT_PULSE_SECONDS,
                self._push_state,
            )
            if actuators
            else None
        )
        self.door: DoorMonitor | None = None
        self.door_contact: DoorContact | None = None
        door = config.door
        if door is None and controller_door is not None:  # the controller has the contact
            door = DoorConfig()
        if door is not None:
            self.door = DoorMonitor(
                access_point.id,
                timedelta(seconds=door.forced_window),
                timedelta(seconds=door.held_open_after),
            )
            self.door_contact = DoorContact(hass, self.door, controller, door.entity_id)
        self.tag = TagReader(hass, access_point.name, config.tag_devices, self.async_read)
        self.mqtt = MqttReader(hass, access_point.name, self.async_read)
        self.frigate = (
            FrigateReader(hass, access_point.name, config.frigate, self.async_recognised)
            if config.frigate
            else None
        )
        self.webhook = WebhookReader(
            hass, entry, access_point, controller, self.async_read, self._enrolling
        )
        self.enrolment = Enrolment()
        self._last_read: dict[tuple[str, str], float] = {}
        self._unsubscribe: list[CALLBACK_TYPE] = []
        self.stopped = False
        self.shut_until: datetime | None = None  # an owner said "stop it" about a theft
        self._pushing: asyncio.Handle | None = None

    @callback
    def async_start(self) -> None:
        """Start reading and listening; `async_stop` (or unloading the entry) ends it all."""
        entry = self.entry
        self.serial.async_start(entry)
        if self.tag.devices:
            self._unsubscribe.append(self.tag.async_start())
        if (hook := self.config.webhook) is not None:
            webhook_id = hook.webhook_id
            self.webhook.async_register(webhook_id, allow_remote=hook.allow_remote)
            # Also unregistered on unload by the reader; stopping must not wait for that.
            self._unsubscribe.append(lambda: webhook.async_unregister(self.hass, webhook_id))
        if self.door_contact is not None:
            self.door_contact.async_start()
        subscriptions: list[tuple[str, MessageHandler]] = []
        if topic := self.config.reader_mqtt_topic:
            subscriptions.append((topic, self.mqtt.on_message))
        door = self.config.door
        if door is not None and (topic := door.mqtt_topic) and self.door_contact is not None:
            subscriptions.append((topic, self.door_contact.on_mqtt))
        if self.frigate is not None:
            subscriptions.extend(self.frigate.subscriptions())
        if subscriptions:
            entry.async_create_background_task(
                self.hass,
                self._async_subscribe_mqtt(subscriptions),
                f"{DOMAIN} mqtt {self.access_point.name}",
            )
        entry.async_on_unload(self._async_stop_inputs)

    async def _async_subscribe_mqtt(self, subscriptions: list[tuple[str, MessageHandler]]) -> None:
        unsubscribes = await async_subscribe(self.hass, self.access_point, subscriptions)
        if self.stopped:  # unloaded while waiting for MQTT
            for unsubscribe in unsubscribes:
                unsubscribe()
            return
        self._unsubscribe.extend(unsubscribes)

    @callback
    def _async_stop_inputs(self) -> None:
        """Stop every input. Safe to call twice."""
        self.stopped = True
        while self._unsubscribe:
            self._unsubscribe.pop()()
        if self._pushing is not None:
            self._pushing.cancel()
            self._pushing = None
        self.serial.async_stop()
        if self.door_contact is not None:
            self.door_contact.async_stop()

    async def async_stop(self) -> None:
        """Stop every input, and close a gate in mid-pulse. Safe to call twice.

        Unloading calls this before the access log closes, so every decision made until
        now is logged. A gate held open stays open: the lock entity restores the hold.
        """
        self._async_stop_inputs()
        if self.gate is None:
            return
        if self.gate.pulsing and not self.gate.held_open:
            try:  # the relay must not stay on with nobody to end it
                await self.gate.async_close()
            except HomeAssistantError as err:
                LOGGER.warning(
                    "%s: the gate did not close at unload: %s", self.access_point.name, err
                )
        self.gate.async_cancel()  # no pulse end or retry after the unload

    # --- reads --------------------------------------------------------------------

    def _fresh(self, reader: str, read: CardUid | str, now: float | None = None) -> bool:
        """Return False for the same card (or code) at the same reader within the window."""
        now = time.perf_counter() if now is None else now
        key = (reader, str(read))
        last = self._last_read.get(key)
        self._last_read[key] = now
        return last is None or now - last >= DEBOUNCE_SECONDS

    async def async_read(
        self,
        source: str,
        read: CardUid | str,
        credential: Credential,
        arrived: float | None = None,
    ) -> Decision | None:
        """Decide a reader's read and act on it; None when it is not decided.

        `read` is a card's (or chip's) UID, or the text of a visitor's PIN or QR token.
        Not decided: a repeat, a read after stop, and an unknown card that an enrolment
        here takes. A failed gate command does not undo the decision: the gate logs it
        (once) and shows itself unavailable.
        """
        if not self._fresh(source, read, arrived):  # a card held at the reader counts once
            return None
        if self.stopped:  # a read that raced the unload: the access log is closing
            LOGGER.debug("%s: read after stop ignored", self.access_point.name)
            return None
        if isinstance(read, str):
            if credential not in VISITOR_CREDENTIALS:
                return None  # a code claiming to be a card: no reader sends that
            decision = self.controller.async_present_visitor(self.access_point, credential, read)
            await self._async_act_quietly(decision)
            return decision
        if self._enrolling(source, read, credential):
            known = self._known(read, credential)
            self.enrolment.async_offer(source, read, credential, known=known)
            return None
        return await self.controller.async_present(
            self.access_point, read, credential, self._async_act_quietly
        )

    async def async_recognised(self, recognition: Recognition) -> Decision | None:
        """Decide a face or plate Frigate recognised here, and act on it."""
        if self.stopped:
            return None
        return await self.controller.async_present_recognition(
            self.access_point, recognition, self._async_act_quietly
        )

    def _enrolling(self, source: str, uid: CardUid, credential: Credential) -> bool:
        """Return whether an enrolment here takes this read.

        An enrolment takes an unknown card or chip; one finding a holder (the console's
        search by swipe) takes a known one too.
        """
        if not self.enrolment.wants(source):
            return False
        return self.enrolment.wants(source, known=self._known(uid, credential))

    def _known(self, uid: CardUid, credential: Credential) -> bool:
        registry = self.controller.registry.engine
        if credential is Credential.CARD:
            return registry.find_card(uid) is not None
        return registry.find_vehicle(uid) is not None

    async def async_present(
        self, uid: CardUid, credential: Credential, context: Context | None = None
    ) -> Decision:
        """Decide a credential here and open the gate for a granted one (awaited).

        A vehicle chip waiting for its owner's card opens this gate once the card comes.
        The gate's command is part of `context` (the action call's). Raises
        `HomeAssistantError` when the gate does not take the command.
        """
        act = (
            self._async_act_on if context is None else partial(self._async_act_on, context=context)
        )
        return await self.controller.async_present(self.access_point, uid, credential, act)

    async def _async_act_quietly(self, decision: Decision) -> None:
        """Act on a reader's decision: a failed gate command does not undo it."""
        try:
            await self._async_act_on(decision)
        except HomeAssistantError as err:  # the gate logged its failure
            LOGGER.debug("%s: %s", self.access_point.name, err)

    async def _async_act_on(self, decision: Decision, context: Context | None = None) -> None:
        if not decision.granted:
            return
        if self.shut_until is not None and dt_util.now() < self.shut_until:
            LOGGER.warning("%s stays shut after a theft alarm", self.access_point.name)
            return
        await self.async_open(context)

    def _on_line(self, which: str, connected: bool) -> None:  # noqa: FBT001
        readers = {**self.coordinator.data.readers, which: connected}
        self.coordinator.async_set_updated_data(AccessPointState(readers, *self._gate_state()))

    # --- gate and door ----------------------------------------------------------------

    def _gate_state(self) -> tuple[bool, bool, bool]:
        gate = self.gate
        if gate is None:
            return False, False, True
        return gate.is_open, gate.held_open, gate.available

    @callback
    def _push_state(self) -> None:
        """Show the gate's state once per turn of the loop, after the command and reply.

        A pulse that opens and fails in one turn writes the entities once.
        """
        if self._pushing is None:
            self._pushing = self.hass.loop.call_soon(self._push_now)

    @callback
    def _push_now(self) -> None:
        self._pushing = None
        self.coordinator.async_set_updated_data(
            AccessPointState(self.coordinator.data.readers, *self._gate_state())
        )

    async def async_keep_shut(self, duration: timedelta) -> None:
        """Close the gate and ignore granted passages for a while (a vehicle theft).

        Refused while the fire alarm is on.
        """
        self.fire.refuse_closing(self.access_point, "keep_shut")
        self.shut_until = dt_util.now() + duration
        if self.gate is not None:
            await self.gate.async_close()

    async def async_open(self, context: Context | None = None) -> None:
        """Open for one passage (a granted credential, or staff pressing open).

        `context` is the call's that asked for it, which the gate's command is part of.
        """
        if self.door is not None:
            self.door.released(dt_util.now())
        if self.gate is not None:
            await self.gate.async_pulse(context)

    async def async_hold_open(self) -> None:
        """Hold the gate open until closed (deliveries, emergencies, fire release)."""
        self.shut_until = None
        if self.door is not None:
            self.door.held_open = True
        if self.gate is not None:
            await self.gate.async_hold_open()

    async def async_close(self) -> None:
        """Close the gate and watch the door normally again (refused during a fire)."""
        self.fire.refuse_closing(self.access_point, "close")
        if self.door is not None:
            self.door.held_open = False
        if self.gate is not None:
            await self.gate.async_close()
