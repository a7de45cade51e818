"""Constants of the Compound Security integration."""

from __future__ import annotations

from enum import StrEnum
import logging
from typing import Final

from .engine.model import Direction

__all__ = ["DOMAIN", "LOGGER", "Direction", "Zone"]

DOMAIN: Final = "compound_security"
LOGGER = logging.getLogger(__package__)

CONF_MIN_AREA_PER_PERSON: Final = "min_area_per_person"
CONF_RETENTION_DAYS: Final = "retention_days"
CONF_ZONE: Final = "zone"
CONF_BUILDING: Final = "building"
CONF_UNIT: Final = "unit"
CONF_DIRECTION: Final = "direction"

SUBENTRY_ACCESS_POINT: Final = "access_point"
SUBENTRY_METER_BUS: Final = "meter_bus"
SUBENTRY_CAMERA: Final = "camera"
SUBENTRY_NOTIFICATION_ROUTE: Final = "notification_route"
SUBENTRY_ACCESS_CONTROLLER: Final = "access_controller"

MANUFACTURER: Final = "Compound Security"

EVENT_ACCESS: Final = "compound_security_access"
EVENT_ALARM: Final = "compound_security_alarm"

CONF_DB_URL: Final = "db_url"
CONF_FIRE_ENTITY: Final = "fire_alarm_entity"
CONF_USAGE_FACTOR: Final = "usage_factor"
CONF_USAGE_MONTHS: Final = "usage_months"
CONF_TENANT_CARDS: Final = "tenant_cards"  # engine.model.TenantCards; residence permit only

# Access point hardware (flat keys in the subentry's data).
CARD_READER: Final = "card_reader"
CHIP_READER: Final = "chip_reader"
CONF_URL: Final = "url"
CONF_FRAME_FORMAT: Final = "frame_format"
CONF_BAUDRATE: Final = "baudrate"
CONF_TAG_DEVICES: Final = "tag_devices"
CONF_WEBHOOK_ID: Final = "webhook_id"
CONF_WEBHOOK_SECRET: Final = "webhook_secret"  # noqa: S105  # a key, not a secret
CONF_WEBHOOK_REMOTE: Final = "webhook_allow_remote"
CONF_GATE_ENTITY: Final = "gate_entity"
CONF_GATE_MQTT_TOPIC: Final = "gate_mqtt_topic"
CONF_GATE_MQTT_PAYLOAD: Final = "gate_mqtt_payload"
CONF_READER_MQTT_TOPIC: Final = "reader_mqtt_topic"
CONF_GATE_SERIAL_URL: Final = "gate_serial_url"
CONF_GATE_SERIAL_OPEN: Final = "gate_serial_open"
CONF_GATE_SERIAL_CLOSE: Final = "gate_serial_close"
CONF_DOOR_MQTT_TOPIC: Final = "door_mqtt_topic"
CONF_PULSE_SECONDS: Final = "pulse_seconds"
CONF_DOOR_ENTITY: Final = "door_entity"
CONF_FORCED_WINDOW: Final = "forced_window"
CONF_HELD_OPEN_AFTER: Final = "held_open_after"

DEFAULT_BAUDRATE: Final = 9600

# Meter buses (flat keys in the subentry's data; CONF_URL and CONF_BAUDRATE as above).
CONF_PROTOCOL: Final = "protocol"
CONF_PARITY: Final = "parity"
CONF_POLL_INTERVAL: Final = "poll_interval"
CONF_BUILDINGS: Final = "buildings"
DEFAULT_METER_BAUDRATE: Final = 2400  # DL/T 645-2007 and CJ/T 188 meters leave the factory at 2400
DEFAULT_POLL_INTERVAL: Final = 900
MIN_POLL_INTERVAL: Final = 60

# Cameras (flat keys in the subentry's data).
CONF_SNAPSHOT_URL: Final = "snapshot_url"
CONF_STREAM_URL: Final = "stream_url"
CONF_ISAPI_EVENTS: Final = "isapi_events"  # subscribe to a Hikvision camera's event stream
CONF_FACADE: Final = "facade"  # the façade or building a camera watches (its alarms say it)
CONF_CAMERA_ENTITY: Final = "camera_entity"
CONF_ACCESS_POINTS: Final = "access_points"
CONF_PUBLIC: Final = "public"
CONF_HEALTH_INTERVAL: Final = "health_interval"
CONF_OFFLINE_AFTER: Final = "offline_after"
CONF_REPAIR_HOURS: Final = "repair_hours"
CONF_ELEVATOR_BUILDING: Final = "elevator_building"
CONF_FRIGATE_CAMERA: Final = "frigate_camera"
CONF_FRIGATE_ZONE: Final = "frigate_zone"
CONF_FRIGATE_PREFIX: Final = "frigate_prefix"
CONF_EBIKE_LABELS: Final = "ebike_labels"

# Notification routes (subentries) and escalation (options).
CONF_KINDS: Final = "kinds"
CONF_TARGETS: Final = "targets"
CONF_ESCALATE_AFTER: Final = "escalate_after"
CONF_ESCALATION_TARGETS: Final = "escalation_targets"
DEFAULT_ESCALATE_AFTER: Final = 5  # minutes; 0 turns escalation off

EVENT_ALARM_UPDATED: Final = "compound_security_alarm_updated"
DEFAULT_PULSE_SECONDS: Final = 1.0
DEBOUNCE_SECONDS: Final = 2.0
CONF_CONFIG_ENTRY_ID: Final = "config_entry_id"

STORAGE_VERSION: Final = 1
STORAGE_MINOR_VERSION: Final = 1


class Zone(StrEnum):
    """Where an access point stands."""

    COMPOUND_GATE = "compound_gate"
    UNIT_DOOR = "unit_door"
    GARAGE = "garage"
