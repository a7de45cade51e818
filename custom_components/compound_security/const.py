"""Constants of the Compound Security integration."""

from __future__ import annotations

from enum import StrEnum
import logging
from typing import Final

DOMAIN: Final = "compound_security"
LOGGER = logging.getLogger(__package__)

CONF_MIN_AREA_PER_PERSON: Final = "min_area_per_person"
CONF_RETENTION_DAYS: Final = "retention_days"
CONF_ZONE: Final = "zone"
CONF_DIRECTION: Final = "direction"

SUBENTRY_ACCESS_POINT: Final = "access_point"

MANUFACTURER: Final = "Compound Security"

EVENT_ACCESS: Final = "compound_security_access"
EVENT_ALARM: Final = "compound_security_alarm"

CONF_DB_URL: Final = "db_url"
CONF_CONFIG_ENTRY_ID: Final = "config_entry_id"

STORAGE_VERSION: Final = 1
STORAGE_MINOR_VERSION: Final = 1


class Zone(StrEnum):
    """Where an access point stands."""

    COMPOUND_GATE = "compound_gate"
    UNIT_DOOR = "unit_door"
    GARAGE = "garage"


class Direction(StrEnum):
    """Which way people pass an access point."""

    IN = "in"
    OUT = "out"
    BOTH = "both"
