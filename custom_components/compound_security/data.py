"""Reading a compound's config entry: settings, access points, routes, database URL."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from homeassistant.config_entries import ConfigEntry

from .const import (
    CONF_DB_URL,
    CONF_MIN_AREA_PER_PERSON,
    CONF_RETENTION_DAYS,
    SUBENTRY_ACCESS_POINT,
    SUBENTRY_NOTIFICATION_ROUTE,
)
from .coordinator import CompoundSecurityConfigEntry, CompoundSecurityData
from .engine.routing import Route
from .engine.settings import (
    DEFAULT_MIN_AREA_PER_PERSON,
    DEFAULT_RETENTION_DAYS,
    AccessPointSettings,
    CompoundSettings,
)
from .subentries import AccessPointConfig, NotificationRouteConfig

__all__ = [  # the runtime data and its entry type live in coordinator.py
    "CompoundSecurityConfigEntry",
    "CompoundSecurityData",
    "access_points_from_entry",
    "db_url_from_entry",
    "routes_from_entry",
    "settings_from_entry",
]


def settings_from_entry(entry: ConfigEntry[Any]) -> CompoundSettings:
    """Read the compound's settings from a config entry (name in data, rest in options)."""
    options: Mapping[str, Any] = entry.options
    return CompoundSettings(
        name=entry.title,
        min_area_per_person=float(
            options.get(CONF_MIN_AREA_PER_PERSON, DEFAULT_MIN_AREA_PER_PERSON)
        ),
        retention_days=int(options.get(CONF_RETENTION_DAYS, DEFAULT_RETENTION_DAYS)),
    )


def access_points_from_entry(entry: ConfigEntry[Any]) -> dict[str, AccessPointSettings]:
    """Read the access points configured as subentries, keyed by subentry id."""
    return {
        subentry_id: AccessPointConfig.from_subentry(subentry).settings(subentry_id, subentry.title)
        for subentry_id, subentry in entry.subentries.items()
        if subentry.subentry_type == SUBENTRY_ACCESS_POINT
    }


def routes_from_entry(entry: ConfigEntry[Any]) -> list[Route]:
    """Read the notification routes configured as subentries."""
    return [
        NotificationRouteConfig.from_subentry(subentry).route(subentry.title)
        for subentry in entry.subentries.values()
        if subentry.subentry_type == SUBENTRY_NOTIFICATION_ROUTE
    ]


def db_url_from_entry(entry: ConfigEntry[Any]) -> str | None:
    """Return the access log's SQLAlchemy URL, or None for the default SQLite file."""
    return entry.options.get(CONF_DB_URL) or None
