"""An access point's hardware in Home Assistant: readers in, gate and door contact out.

Readers: serial lines (serialx), Home Assistant tags (`tag_scanned` from chosen devices,
never one a user fired), MQTT and a webhook for networked controllers (`webhook_reader`).
Every read runs the same decision as `present_credential`; a granted one opens the gate.
The door contact turns openings with no release before them into forced-entry alarms and
long openings into held-open alarms.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial
import time
from typing import Any

from homeassistant.components import mqtt
from homeassistant.const import STATE_ON
from homeassistant.core import (
    CALLBACK_TYPE,
    Event,
    EventOrigin,
    EventStateChangedData,
    HomeAssistant,
    callback,
)
from homeassistant.helpers import issue_registry as ir
from homeassistant.helpers.dispatcher import async_dispatcher_connect, async_dispatcher_send
from homeassistant.helpers.event import async_call_later, async_track_state_change_event
from homeassistant.util import dt as dt_util

from .const import (
    CARD_READER,
    CHIP_READER,
    CONF_BAUDRATE,
    CONF_DOOR_ENTITY,
    CONF_DOOR_MQTT_TOPIC,
    CONF_FORCED_WINDOW,
    CONF_FRAME_FORMAT,
    CONF_GATE_ENTITY,
    CONF_GATE_MQTT_PAYLOAD,
    CONF_GATE_MQTT_TOPIC,
    CONF_GATE_SERIAL_CLOSE,
    CONF_GATE_SERIAL_OPEN,
    CONF_GATE_SERIAL_URL,
    CONF_HELD_OPEN_AFTER,
    CONF_PULSE_SECONDS,
    CONF_READER_MQTT_TOPIC,
    CONF_TAG_DEVICES,
    CONF_URL,
    CONF_WEBHOOK_ID,
    CONF_WEBHOOK_REMOTE,
    DEBOUNCE_SECONDS,
    DEFAULT_BAUDRATE,
    DEFAULT_PULSE_SECONDS,
    DOMAIN,
    LOGGER,
)
from .controller import CompoundController, signal_decision
from .data import CompoundSecurityConfigEntry
from .engine.decision import Alarm, AlarmKind, Decision, Severity
from .engine.door import FORCED_WINDOW, HELD_OPEN_AFTER, DoorMonitor
from .engine.errors import RuleError
from .engine.model import Credential
from .engine.settings import AccessPointSettings
from .engine.throttle import RateLimiter
from .engine.uid import CardUid, parse_uid
from .fire import FireRelease
from .gate import Gate
from .transport.mqtt_payloads import parse_door_payload, parse_reader_payload
from .transport.serial_reader import SerialReader
from .webhook_reader import WebhookReader

TAG_RATE = 5  # scans per second per tag reader; a flood beyond that is ignored
READER_CREDENTIAL = {CARD_READER: Credential.CARD, CHIP_READER: Credential.VEHICLE_CHIP}


def signal_reader_state(access_point_id: str, which: str) -> str:
    """Return the dispatcher signal of a reader's connectivity."""
    return f"{DOMAIN}_{access_point_id}_{which}_state"


@dataclass(frozen=True, slots=True)
class ReaderConfig:
    """A serial reader of an access point."""

    which: str  # card_reader | chip_reader
    url: str
    frame_format: str
    baudrate: int


def reader_configs(data: Mapping[str, Any]) -> list[ReaderConfig]:
    """Return the serial readers configured in an access point's subentry data."""
    return [
        ReaderConfig(
            which,
            data[f"{which}_{CONF_URL}"],
            data.get(f"{which}_{CONF_FRAME_FORMAT}", "rdm6300"),
            int(data.get(f"{which}_{CONF_BAUDRATE}", DEFAULT_BAUDRATE)),
        )
        for which in (CARD_READER, CHIP_READER)
        if data.get(f"{which}_{CONF_URL}")
    ]


class AccessPointHardware:
    """Readers, gate and door of one access point."""

    def __init__(
        self,
        hass: HomeAssistant,
        entry: CompoundSecurityConfigEntry,
        access_point: AccessPointSettings,
        data: Mapping[str, Any],
        controller: CompoundController,
        fire: FireRelease,
    ) -> None:
        """Build the parts the subentry configures; `async_start` starts them."""
        self.hass = hass
        self.fire = fire
        self.entry = entry
        self.access_point = access_point
        self.data = data
        self.controller = controller
        self.readers: dict[str, SerialReader] = {}
        for config in reader_configs(data):
            self.readers[config.which] = SerialReader(
                config.url,
                config.frame_format,
                partial(self._on_serial_read, config.which),
                partial(self._on_reader_state, config.which),
                baudrate=config.baudrate,
            )
        gate_entity = data.get(CONF_GATE_ENTITY)
        gate_topic = data.get(CONF_GATE_MQTT_TOPIC)
        gate_serial = data.get(CONF_GATE_SERIAL_URL)
        self.gate = (
            Gate(
                hass,
                gate_entity,
                float(data.get(CONF_PULSE_SECONDS, DEFAULT_PULSE_SECONDS)),
                mqtt_topic=gate_topic,
                mqtt_payload=data.get(CONF_GATE_MQTT_PAYLOAD) or "ON",
                serial_url=gate_serial,
                serial_open=bytes.fromhex(data.get(CONF_GATE_SERIAL_OPEN, "")),
                serial_close=bytes.fromhex(data.get(CONF_GATE_SERIAL_CLOSE, "")),
            )
            if gate_entity or gate_topic or gate_serial
            else None
        )
        self.door: DoorMonitor | None = None
        if data.get(CONF_DOOR_ENTITY) or data.get(CONF_DOOR_MQTT_TOPIC):
            self.door = DoorMonitor(
                access_point.id,
                timedelta(seconds=data.get(CONF_FORCED_WINDOW, FORCED_WINDOW.total_seconds())),
                timedelta(seconds=data.get(CONF_HELD_OPEN_AFTER, HELD_OPEN_AFTER.total_seconds())),
            )
        self._last_read: dict[tuple[str, str], float] = {}
        self._tag_rate = RateLimiter(TAG_RATE)
        self.webhook = WebhookReader(hass, entry, access_point, controller, self._fresh)
        self._held_open_check: CALLBACK_TYPE | None = None
        self.shut_until: datetime | None = None  # an owner said "stop it" about a theft

    @callback
    def async_start(self) -> None:
        """Start reading and listening; everything stops when the entry unloads."""
        entry = self.entry
        for which, reader in self.readers.items():
            entry.async_create_background_task(
                self.hass, reader.run(), f"{DOMAIN} {self.access_point.name} {which}"
            )
        entry.async_on_unload(
            async_dispatcher_connect(self.hass, signal_decision(entry.entry_id), self._on_decision)
        )
        if self.data.get(CONF_TAG_DEVICES):
            entry.async_on_unload(self.hass.bus.async_listen("tag_scanned", self._on_tag))
        if webhook_id := self.data.get(CONF_WEBHOOK_ID):
            self.webhook.async_register(
                webhook_id, allow_remote=bool(self.data.get(CONF_WEBHOOK_REMOTE))
            )
        if door_entity := self.data.get(CONF_DOOR_ENTITY):
            entry.async_on_unload(
                async_track_state_change_event(self.hass, door_entity, self._on_door)
            )
        if self.data.get(CONF_READER_MQTT_TOPIC) or self.data.get(CONF_DOOR_MQTT_TOPIC):
            entry.async_create_background_task(
                self.hass, self._async_subscribe_mqtt(), f"{DOMAIN} mqtt {self.access_point.name}"
            )
        entry.async_on_unload(self._async_stop)

    async def _async_subscribe_mqtt(self) -> None:
        """Subscribe once Home Assistant's MQTT client is up; raise a repair if it never is."""
        issue_id = f"mqtt_unavailable_{self.access_point.id}"
        if not await mqtt.async_wait_for_mqtt_client(self.hass):
            ir.async_create_issue(
                self.hass,
                DOMAIN,
                issue_id,
                is_fixable=False,
                severity=ir.IssueSeverity.ERROR,
                translation_key="mqtt_unavailable",
                translation_placeholders={"access_point": self.access_point.name},
            )
            return
        ir.async_delete_issue(self.hass, DOMAIN, issue_id)
        if topic := self.data.get(CONF_READER_MQTT_TOPIC):
            self.entry.async_on_unload(
                await mqtt.async_subscribe(self.hass, topic, self._on_mqtt_read, qos=0)
            )
        if topic := self.data.get(CONF_DOOR_MQTT_TOPIC):
            self.entry.async_on_unload(
                await mqtt.async_subscribe(self.hass, topic, self._on_mqtt_door, qos=0)
            )

    @callback
    def _async_stop(self) -> None:
        if self.gate is not None:
            self.gate.async_cancel()
        if self._held_open_check is not None:
            self._held_open_check()
            self._held_open_check = None

    # --- reads --------------------------------------------------------------------

    def _fresh(self, reader: str, uid: CardUid, now: float | None = None) -> bool:
        """Return False for the same card at the same reader within the debounce window."""
        now = time.perf_counter() if now is None else now
        key = (reader, str(uid))
        last = self._last_read.get(key)
        self._last_read[key] = now
        return last is None or now - last >= DEBOUNCE_SECONDS

    def _on_serial_read(self, which: str, uid: CardUid, arrived: float) -> None:
        if self._fresh(which, uid, arrived):  # a card held at the reader counts once
            self._present(uid, READER_CREDENTIAL[which])

    @callback
    def _on_mqtt_read(self, message: mqtt.ReceiveMessage) -> None:
        parsed = parse_reader_payload(message.payload)
        if parsed is None:
            LOGGER.debug("Unreadable reader message on %s", message.topic)
            return
        uid, credential = parsed
        if self._fresh("mqtt", uid):
            self._present(uid, credential)

    @callback
    def _on_mqtt_door(self, message: mqtt.ReceiveMessage) -> None:
        is_open = parse_door_payload(message.payload)
        if is_open is not None:
            self._door_changed(is_open=is_open)

    def _on_reader_state(self, which: str, connected: bool) -> None:  # noqa: FBT001
        async_dispatcher_send(
            self.hass, signal_reader_state(self.access_point.id, which), connected
        )

    def _present(self, uid: CardUid, credential: Credential) -> None:
        self.hass.async_create_task(
            self.controller.async_present(self.access_point, uid, credential),
            f"{DOMAIN} decision",
            eager_start=True,  # decide now, not on the next loop iteration
        )

    @callback
    def _on_tag(self, event: Event[dict[str, Any]]) -> None:
        device_id = event.data.get("device_id")
        if device_id not in self.data.get(CONF_TAG_DEVICES, ()):
            return
        if event.context.user_id is not None or event.origin is EventOrigin.remote:
            return  # a user fired it (REST, websocket, a phone's app): not this reader's scan
        if not self._tag_rate.allow(str(device_id), time.monotonic()):
            return
        try:
            uid = parse_uid(str(event.data.get("tag_id", "")))
        except RuleError:
            LOGGER.debug("Tag %s is not a card number", event.data.get("tag_id"))
            return
        if self._fresh(f"tag {device_id}", uid):
            self._present(uid, Credential.CARD)

    # --- gate and door ----------------------------------------------------------------

    @callback
    def _on_decision(self, decision: Decision) -> None:
        if decision.access_point_id != self.access_point.id or not decision.granted:
            return
        if self.shut_until is not None and dt_util.now() < self.shut_until:
            LOGGER.warning("%s stays shut after a theft alarm", self.access_point.name)
            return
        self.async_open()

    @callback
    def async_keep_shut(self, duration: timedelta) -> None:
        """Close the gate and ignore granted passages for a while (a vehicle theft).

        Refused while the fire alarm is on.
        """
        self.fire.refuse_closing(self.access_point, "keep_shut")
        self.shut_until = dt_util.now() + duration
        if self.gate is not None:
            self.gate.async_close()

    @callback
    def async_open(self) -> None:
        """Open for one passage (a granted credential, or staff pressing open)."""
        if self.gate is not None:
            self.gate.async_pulse()
        if self.door is not None:
            self.door.released(dt_util.now())

    @callback
    def async_hold_open(self) -> None:
        """Hold the gate open until closed (deliveries, emergencies, fire release)."""
        self.shut_until = None
        if self.gate is not None:
            self.gate.async_hold_open()
        if self.door is not None:
            self.door.held_open = True

    @callback
    def async_close(self) -> None:
        """Close the gate and watch the door normally again (refused during a fire)."""
        self.fire.refuse_closing(self.access_point, "close")
        if self.gate is not None:
            self.gate.async_close()
        if self.door is not None:
            self.door.held_open = False

    @callback
    def _on_door(self, event: Event[EventStateChangedData]) -> None:
        if (new := event.data["new_state"]) is not None:
            self._door_changed(is_open=new.state == STATE_ON)

    def _door_changed(self, *, is_open: bool) -> None:
        door = self.door
        if door is None:
            return
        if is_open:
            if alarm := door.opened(dt_util.now()):
                self.controller.async_raise(alarm)
            self._schedule_held_open_check()
            return
        if (cleared := door.closed()) is not None:
            self.controller.async_clear(cleared)
        if self._held_open_check is not None:
            self._held_open_check()
            self._held_open_check = None

    def _schedule_held_open_check(self) -> None:
        if self.door is None or (due := self.door.due()) is None:
            return
        if self._held_open_check is not None:
            self._held_open_check()
        self._held_open_check = async_call_later(
            self.hass, max((due - dt_util.now()).total_seconds(), 0), self._check_held_open
        )

    @callback
    def _check_held_open(self, now: datetime) -> None:
        self._held_open_check = None
        if self.door is not None and (alarm := self.door.check_held_open(dt_util.now())):
            self.controller.async_raise(alarm)


@callback
def async_track_fire_release(entry: CompoundSecurityConfigEntry) -> None:
    """While the fire alarm is on, hold every gate open (GB 50396 §9.0.1) and raise an alarm."""
    runtime = entry.runtime_data
    fire = runtime.fire

    @callback
    def _apply(on: bool) -> None:  # noqa: FBT001
        for hardware in runtime.hardware.values():
            if on:
                hardware.async_hold_open()
            else:
                hardware.async_close()
        if on:
            runtime.controller.async_raise(
                Alarm(AlarmKind.FIRE_RELEASE, Severity.CRITICAL, dt_util.now())
            )

    if fire.entity_id is None:
        return
    entry.async_on_unload(fire.async_track(_apply))
    if fire.active:
        _apply(True)  # noqa: FBT003  # a reload or restart during a fire
