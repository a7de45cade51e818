"""An access point's subentry: where it stands, its readers, its gate and its door."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Self

from ..const import (
    CARD_READER,
    CHIP_READER,
    CONF_BAUDRATE,
    CONF_BUILDING,
    CONF_DIRECTION,
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
    CONF_UNIT,
    CONF_URL,
    CONF_WEBHOOK_ID,
    CONF_WEBHOOK_REMOTE,
    CONF_WEBHOOK_SECRET,
    CONF_ZONE,
    DEFAULT_BAUDRATE,
    DEFAULT_PULSE_SECONDS,
    Direction,
    Zone,
)
from ..engine.door import FORCED_WINDOW, HELD_OPEN_AFTER
from ..engine.settings import AccessPointSettings
from ..transport.frames import FrameFormat
from .common import present, stored_text
from .frigate import SECTION_FRIGATE, FrigateConfig

if TYPE_CHECKING:
    from homeassistant.config_entries import ConfigSubentry

# The hardware form: one section per part, besides the reader sections, which are named
# after the reader (card_reader, chip_reader).
SECTION_NETWORK = "network_readers"
SECTION_GATE = "gate"
SECTION_DOOR = "door"
CONF_WEBHOOK = "webhook"  # the form's switch; the data holds the webhook's id and secret
READERS = (CARD_READER, CHIP_READER)

DEFAULT_GATE_MQTT_PAYLOAD = "ON"  # Tasmota's POWER1 with PulseTime
DEFAULT_FORCED_WINDOW = FORCED_WINDOW.total_seconds()
DEFAULT_HELD_OPEN_AFTER = HELD_OPEN_AFTER.total_seconds()


@dataclass(frozen=True, slots=True, kw_only=True)
class SerialReaderConfig:
    """A card or vehicle-chip reader on a serial line or a serial-to-Ethernet converter."""

    url: str
    frame_format: str = FrameFormat.RDM6300.value
    baudrate: int = DEFAULT_BAUDRATE

    @classmethod
    def from_data(cls, data: Mapping[str, Any], which: str) -> Self | None:
        """Read the reader `which` (card_reader or chip_reader), or None without a URL."""
        if not (url := stored_text(data, f"{which}_{CONF_URL}")):
            return None
        return cls(
            url=url,
            frame_format=str(data.get(f"{which}_{CONF_FRAME_FORMAT}") or FrameFormat.RDM6300),
            baudrate=int(data.get(f"{which}_{CONF_BAUDRATE}") or DEFAULT_BAUDRATE),
        )

    def to_data(self, which: str) -> dict[str, Any]:
        """Return the reader's flat keys."""
        return {
            f"{which}_{CONF_URL}": self.url,
            f"{which}_{CONF_FRAME_FORMAT}": self.frame_format,
            f"{which}_{CONF_BAUDRATE}": self.baudrate,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class GateConfig:
    """What opens: an entity, an MQTT command topic and/or a serial relay."""

    entity_id: str | None = None
    mqtt_topic: str | None = None
    mqtt_payload: str | None = None
    serial_url: str | None = None
    serial_open: str | None = None  # hex bytes, spaced and upper case: "A0 01 01 A2"
    serial_close: str | None = None
    pulse_seconds: float = DEFAULT_PULSE_SECONDS

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Self | None:
        """Read the gate, or None when nothing opens."""
        entity_id = stored_text(data, CONF_GATE_ENTITY)
        topic = stored_text(data, CONF_GATE_MQTT_TOPIC)
        serial_url = stored_text(data, CONF_GATE_SERIAL_URL)
        if not (entity_id or topic or serial_url):
            return None
        return cls(
            entity_id=entity_id,
            mqtt_topic=topic,
            # Stored without a payload by older releases: the runtime always sent ON.
            mqtt_payload=(stored_text(data, CONF_GATE_MQTT_PAYLOAD) or DEFAULT_GATE_MQTT_PAYLOAD)
            if topic
            else None,
            serial_url=serial_url,
            serial_open=stored_text(data, CONF_GATE_SERIAL_OPEN),
            serial_close=stored_text(data, CONF_GATE_SERIAL_CLOSE),
            pulse_seconds=float(data.get(CONF_PULSE_SECONDS) or DEFAULT_PULSE_SECONDS),
        )

    @property
    def serial_open_bytes(self) -> bytes:
        """Return the serial relay's open command (empty without one)."""
        return bytes.fromhex(self.serial_open or "")

    @property
    def serial_close_bytes(self) -> bytes:
        """Return the serial relay's close command (empty without one)."""
        return bytes.fromhex(self.serial_close or "")

    def to_data(self) -> dict[str, Any]:
        """Return the gate's flat keys."""
        return {CONF_PULSE_SECONDS: self.pulse_seconds} | present(
            {
                CONF_GATE_ENTITY: self.entity_id,
                CONF_GATE_MQTT_TOPIC: self.mqtt_topic,
                CONF_GATE_MQTT_PAYLOAD: self.mqtt_payload,
                CONF_GATE_SERIAL_URL: self.serial_url,
                CONF_GATE_SERIAL_OPEN: self.serial_open,
                CONF_GATE_SERIAL_CLOSE: self.serial_close,
            }
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class DoorConfig:
    """A door contact: a binary sensor and/or an MQTT topic, and its two thresholds."""

    entity_id: str | None = None
    mqtt_topic: str | None = None
    forced_window: float = DEFAULT_FORCED_WINDOW
    held_open_after: float = DEFAULT_HELD_OPEN_AFTER

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Self | None:
        """Read the door contact, or None without one."""
        entity_id = stored_text(data, CONF_DOOR_ENTITY)
        topic = stored_text(data, CONF_DOOR_MQTT_TOPIC)
        if not (entity_id or topic):
            return None
        return cls(
            entity_id=entity_id,
            mqtt_topic=topic,
            forced_window=data.get(CONF_FORCED_WINDOW) or DEFAULT_FORCED_WINDOW,
            held_open_after=data.get(CONF_HELD_OPEN_AFTER) or DEFAULT_HELD_OPEN_AFTER,
        )

    def to_data(self) -> dict[str, Any]:
        """Return the door contact's flat keys."""
        return {
            CONF_FORCED_WINDOW: self.forced_window,
            CONF_HELD_OPEN_AFTER: self.held_open_after,
        } | present({CONF_DOOR_ENTITY: self.entity_id, CONF_DOOR_MQTT_TOPIC: self.mqtt_topic})


@dataclass(frozen=True, slots=True, kw_only=True)
class WebhookConfig:
    """Reads POSTed by networked controllers, proven with the access point's secret."""

    webhook_id: str
    secret: str | None = None  # None only for access points set up before secrets existed
    allow_remote: bool = False

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Self | None:
        """Read the webhook, or None when reads by webhook are off."""
        if not (webhook_id := stored_text(data, CONF_WEBHOOK_ID)):
            return None
        return cls(
            webhook_id=webhook_id,
            secret=stored_text(data, CONF_WEBHOOK_SECRET),
            allow_remote=bool(data.get(CONF_WEBHOOK_REMOTE)),
        )

    def to_data(self) -> dict[str, Any]:
        """Return the webhook's flat keys."""
        return {CONF_WEBHOOK_ID: self.webhook_id, CONF_WEBHOOK_REMOTE: self.allow_remote} | (
            {CONF_WEBHOOK_SECRET: self.secret} if self.secret else {}
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class AccessPointConfig:
    """A gate, unit door or garage barrier and its hardware (every part optional)."""

    zone: str = Zone.COMPOUND_GATE.value
    direction: str = Direction.BOTH.value
    building: str = ""  # a unit door's building and unit: whose residents it lets in
    unit: str = ""
    card_reader: SerialReaderConfig | None = None
    chip_reader: SerialReaderConfig | None = None
    reader_mqtt_topic: str | None = None
    tag_devices: tuple[str, ...] = ()
    webhook: WebhookConfig | None = None
    gate: GateConfig | None = None
    door: DoorConfig | None = None
    frigate: FrigateConfig | None = None

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Self:
        """Read an access point's subentry data."""
        return cls(
            zone=str(data.get(CONF_ZONE) or Zone.COMPOUND_GATE),
            direction=str(data.get(CONF_DIRECTION) or Direction.BOTH),
            building=str(data.get(CONF_BUILDING) or ""),
            unit=str(data.get(CONF_UNIT) or ""),
            card_reader=SerialReaderConfig.from_data(data, CARD_READER),
            chip_reader=SerialReaderConfig.from_data(data, CHIP_READER),
            reader_mqtt_topic=stored_text(data, CONF_READER_MQTT_TOPIC),
            tag_devices=tuple(data.get(CONF_TAG_DEVICES) or ()),
            webhook=WebhookConfig.from_data(data),
            gate=GateConfig.from_data(data),
            door=DoorConfig.from_data(data),
            frigate=FrigateConfig.from_data(data),
        )

    @classmethod
    def from_subentry(cls, subentry: ConfigSubentry) -> Self:
        """Read an access point subentry."""
        return cls.from_data(subentry.data)

    def settings(self, access_point_id: str, name: str) -> AccessPointSettings:
        """Return what the decision engine knows of this access point."""
        return AccessPointSettings(
            id=access_point_id,
            name=name,
            zone=self.zone,
            direction=self.direction,
            building=self.building,
            unit=self.unit,
            card_and_face=self.frigate is not None and self.frigate.card_and_face,
        )

    def serial_readers(self) -> dict[str, SerialReaderConfig]:
        """Return the serial readers by kind (card_reader, chip_reader)."""
        readers = {CARD_READER: self.card_reader, CHIP_READER: self.chip_reader}
        return {which: reader for which, reader in readers.items() if reader is not None}

    def to_data(self) -> dict[str, Any]:
        """Return the subentry data: zone, direction, and the keys of each part present."""
        data: dict[str, Any] = {CONF_ZONE: self.zone, CONF_DIRECTION: self.direction}
        data |= present({CONF_BUILDING: self.building, CONF_UNIT: self.unit})
        for which, reader in self.serial_readers().items():
            data |= reader.to_data(which)
        data |= present(
            {
                CONF_READER_MQTT_TOPIC: self.reader_mqtt_topic,
                CONF_TAG_DEVICES: list(self.tag_devices),
            }
        )
        for part in (self.webhook, self.gate, self.door, self.frigate):
            if part is not None:
                data |= part.to_data()
        return data

    def basics_form_values(self, name: str) -> dict[str, Any]:
        """Return the first step's values: name, zone and direction."""
        return {
            "name": name,
            CONF_ZONE: self.zone,
            CONF_DIRECTION: self.direction,
            CONF_BUILDING: self.building,
            CONF_UNIT: self.unit,
        }

    def hardware_form_values(self) -> dict[str, Any]:
        """Return the hardware step's sections, with the documented defaults where unset.

        Every stored value is shown, so saving the form unchanged changes nothing.
        """
        gate = self.gate or GateConfig()
        door = self.door or DoorConfig()
        sections: dict[str, Any] = {}
        for which in READERS:
            reader = self.serial_readers().get(which) or SerialReaderConfig(url="")
            sections[which] = present({CONF_URL: reader.url}) | {
                CONF_FRAME_FORMAT: reader.frame_format,
                CONF_BAUDRATE: reader.baudrate,
            }
        sections[SECTION_NETWORK] = present({CONF_READER_MQTT_TOPIC: self.reader_mqtt_topic}) | {
            CONF_TAG_DEVICES: list(self.tag_devices),
            CONF_WEBHOOK: self.webhook is not None,
            CONF_WEBHOOK_REMOTE: self.webhook is not None and self.webhook.allow_remote,
        }
        sections[SECTION_GATE] = present(
            {
                CONF_GATE_ENTITY: gate.entity_id,
                CONF_GATE_MQTT_TOPIC: gate.mqtt_topic,
                CONF_GATE_SERIAL_URL: gate.serial_url,
                CONF_GATE_SERIAL_OPEN: gate.serial_open,
                CONF_GATE_SERIAL_CLOSE: gate.serial_close,
            }
        ) | {
            CONF_GATE_MQTT_PAYLOAD: gate.mqtt_payload or DEFAULT_GATE_MQTT_PAYLOAD,
            CONF_PULSE_SECONDS: gate.pulse_seconds,
        }
        sections[SECTION_DOOR] = present(
            {CONF_DOOR_ENTITY: door.entity_id, CONF_DOOR_MQTT_TOPIC: door.mqtt_topic}
        ) | {CONF_FORCED_WINDOW: door.forced_window, CONF_HELD_OPEN_AFTER: door.held_open_after}
        sections[SECTION_FRIGATE] = (self.frigate or FrigateConfig()).form_values()
        return sections
