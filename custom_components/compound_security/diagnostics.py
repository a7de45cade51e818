"""Diagnostics for Compound Security, with personal data redacted."""

from __future__ import annotations

from typing import Any

from homeassistant.components.diagnostics import async_redact_data
from homeassistant.core import HomeAssistant
from homeassistant.util import dt as dt_util
from sqlalchemy.engine import make_url

from .coordinator import CompoundSecurityConfigEntry

# Credentials and personal data (PIPL): never leave the installation in a diagnostics file.
TO_REDACT = {
    "chip_uid",
    "db_url",
    "escalation_targets",
    "face_name",
    "id_number",
    "id_number_mask",
    "notify",
    "password",
    "phone",
    "plate",
    "snapshot_url",
    "stream_url",
    "targets",
    "uid",
    "user_id",
    "username",
    "webhook_id",
    "webhook_secret",
}


async def async_get_config_entry_diagnostics(
    hass: HomeAssistant,  # noqa: ARG001
    entry: CompoundSecurityConfigEntry,
) -> dict[str, Any]:
    """Return the compound's configuration and a summary of its runtime state."""
    runtime = entry.runtime_data
    return {
        "entry": {
            "title": entry.title,
            "version": entry.version,
            "data": async_redact_data(dict(entry.data), TO_REDACT),
            "options": async_redact_data(dict(entry.options), TO_REDACT),
        },
        "subentries": [
            {
                "subentry_type": subentry.subentry_type,
                "title": subentry.title,
                "data": async_redact_data(dict(subentry.data), TO_REDACT),
            }
            for subentry in entry.subentries.values()
        ],
        "runtime": {
            "min_area_per_person": runtime.settings.min_area_per_person,
            "retention_days": runtime.settings.retention_days,
            "access_points": len(runtime.access_points),
            "audit_backend": make_url(runtime.audit.store.url).get_backend_name(),
            "audit_dropped_entries": runtime.audit.dropped,
            "open_alarms": runtime.desk.open_by_kind(),
            "notification_routes": len(runtime.desk.routes),
            "cameras": {
                monitor.name: {
                    "linked": monitor.linked_entity is not None,
                    "online": monitor.health.online,
                    "problem": monitor.health.problem,
                    "public": monitor.public,
                }
                | (
                    {"event_stream": stream.diagnostics()}
                    if (stream := runtime.event_streams.get(monitor.id)) is not None
                    else {}
                )
                for monitor in runtime.cameras.values()
            },
            "meter_buses": {
                poller.name: poller.diagnostics() for poller in runtime.meter_buses.values()
            },
            "access_controllers": {
                link.title: link.diagnostics() for link in runtime.controllers.values()
            },
            "elevator_watches": {  # Frigate's events: counts only
                watch.topic: {
                    "cameras": len(watch.cameras),
                    "alarms_raised": watch.raised,
                    "malformed_messages": watch.malformed,
                }
                for watch in runtime.elevator_watches
            },
        },
        # Totals only: the registry itself (names, ID numbers, cards) never leaves.
        "registry": runtime.registry.engine.statistics(dt_util.now().date()),
        "wanted_list_size": len(runtime.registry.engine.wanted),
    }
