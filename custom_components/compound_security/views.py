"""Alarm snapshots, served only to those who may see them.

Home Assistant lets every logged-in user browse local media, so snapshots live in the
integration's private folder and come out only through this view, which checks who asks:
managers see every snapshot, guards those of alarms but the police kinds, police those
of police alarms, a resident only their own household's alarms' (never a police
alarm's): `permissions.py` decides. Everyone else gets 403, and only a manager learns
whether a missing alarm exists.
"""

from __future__ import annotations

from http import HTTPStatus
from pathlib import Path
from typing import Any

from aiohttp import web
from homeassistant.components.http.const import KEY_HASS_USER
from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.helpers.http import KEY_HASS, HomeAssistantView

from .cameras import private_root
from .const import DOMAIN
from .data import CompoundSecurityConfigEntry
from .engine.camera_health import stored_snapshot_path
from .permissions import Operation, caller_for_user, may_handle_alarm, may_see_every_snapshot

SNAPSHOT_URL = f"/api/{DOMAIN}/snapshots/{{alarm_id}}"


def snapshot_url(alarm_id: str) -> str:
    """Return the address of an alarm's snapshot."""
    return SNAPSHOT_URL.format(alarm_id=alarm_id)


class SnapshotView(HomeAssistantView):
    """`GET /api/compound_security/snapshots/<alarm id>`: one alarm's picture."""

    url = SNAPSHOT_URL
    name = f"api:{DOMAIN}:snapshot"
    requires_auth = True

    async def get(self, request: web.Request, alarm_id: str) -> web.StreamResponse:
        """Return the JPEG, or 403 when the user may not see it, 404 when there is none."""
        hass: HomeAssistant = request.app[KEY_HASS]
        user = request[KEY_HASS_USER]
        found = await _find_alarm(hass, alarm_id)
        if found is None:
            # Those who see every snapshot learn that it is missing; others learn nothing.
            everything = may_see_every_snapshot(caller_for_user(user, None))
            return web.Response(status=HTTPStatus.NOT_FOUND if everything else HTTPStatus.FORBIDDEN)
        entry, row = found
        registry = entry.runtime_data.registry
        if not may_handle_alarm(
            caller_for_user(user, registry), Operation.ALARM_SNAPSHOT, row, registry.engine
        ):
            return web.Response(status=HTTPStatus.FORBIDDEN)
        if not row["snapshot"]:
            return web.Response(status=HTTPStatus.NOT_FOUND)
        root = private_root(hass)
        path = (root / stored_snapshot_path(row["snapshot"])).resolve()
        if not path.is_relative_to(root.resolve()):
            return web.Response(status=HTTPStatus.NOT_FOUND)
        body = await hass.async_add_executor_job(_read, path)
        if body is None:
            return web.Response(status=HTTPStatus.NOT_FOUND)
        return web.Response(
            body=body,
            content_type="image/jpeg",
            headers={"Cache-Control": "private, no-store"},
        )


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


async def _find_alarm(
    hass: HomeAssistant, alarm_id: str
) -> tuple[CompoundSecurityConfigEntry, dict[str, Any]] | None:
    """Return an alarm's record and its compound, from whichever loaded compound has it."""
    entry: CompoundSecurityConfigEntry
    for entry in hass.config_entries.async_entries(DOMAIN):
        if entry.state is ConfigEntryState.LOADED:
            row: dict[str, Any] | None = await entry.runtime_data.audit.async_get_alarm(alarm_id)
            if row is not None:
                return entry, row
    return None
