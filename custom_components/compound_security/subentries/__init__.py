"""Typed configuration of each subentry type: read, written and shown in a form in one place.

A subentry's `data` is a flat dict in the config entry's storage. The dataclasses here
(one module per subentry type) are the only code that spells those keys: `from_data`
reads what any release stored (older releases left out fields added later; those get the
defaults the runtime always used), `to_data` writes what this release stores, and the
form methods give what the flow's form shows. Runtime code reads subentries through
`from_subentry`, never through raw keys.
"""

from __future__ import annotations

from .access_controller import AccessControllerConfig
from .access_point import (
    CONF_WEBHOOK,
    DEFAULT_FORCED_WINDOW,
    DEFAULT_GATE_MQTT_PAYLOAD,
    DEFAULT_HELD_OPEN_AFTER,
    READERS,
    SECTION_DOOR,
    SECTION_GATE,
    SECTION_NETWORK,
    AccessPointConfig,
    DoorConfig,
    GateConfig,
    SerialReaderConfig,
    WebhookConfig,
)
from .camera import (
    DEFAULT_EBIKE_LABELS,
    DEFAULT_FRIGATE_PREFIX,
    DEFAULT_HEALTH_INTERVAL,
    DEFAULT_OFFLINE_MINUTES,
    CameraConfig,
    ElevatorCamera,
)
from .frigate import SECTION_FRIGATE, FrigateConfig
from .meter_bus import DEFAULT_PARITY, MeterBusConfig
from .notification_route import NotificationRouteConfig

__all__ = [
    "CONF_WEBHOOK",
    "DEFAULT_EBIKE_LABELS",
    "DEFAULT_FORCED_WINDOW",
    "DEFAULT_FRIGATE_PREFIX",
    "DEFAULT_GATE_MQTT_PAYLOAD",
    "DEFAULT_HEALTH_INTERVAL",
    "DEFAULT_HELD_OPEN_AFTER",
    "DEFAULT_OFFLINE_MINUTES",
    "DEFAULT_PARITY",
    "READERS",
    "SECTION_DOOR",
    "SECTION_FRIGATE",
    "SECTION_GATE",
    "SECTION_NETWORK",
    "AccessControllerConfig",
    "AccessPointConfig",
    "CameraConfig",
    "DoorConfig",
    "ElevatorCamera",
    "FrigateConfig",
    "GateConfig",
    "MeterBusConfig",
    "NotificationRouteConfig",
    "SerialReaderConfig",
    "WebhookConfig",
]
