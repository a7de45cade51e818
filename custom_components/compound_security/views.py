"""Alarm snapshots and private cameras, served only to those who may see them.

Home Assistant lets every logged-in user browse local media, so snapshots live in the
integration's private folder and come out only through this view, which checks who asks:
managers see every snapshot, guards those of alarms but the police kinds, police those
of police alarms, a resident only their own household's alarms' (never a police
alarm's): `permissions.py` decides. Everyone else gets 403, and only a manager learns
whether a missing alarm exists. Without a login, only a link signed for that alarm
(`snapshot_links.py`, in staff and family notifications) opens its snapshot.

`GET /api/compound_security/camera/<camera id>/snapshot` is a fresh picture from one
camera: a public one for everyone with an account, any other for the roles the table
lets watch them (such cameras are no entity: see `camera.py`).
"""

from __future__ import annotations

from http import HTTPStatus
from pathlib import Path
from typing import Any

from aiohttp import web
from homeassistant.components.http.const import KEY_HASS_USER
from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.helpers.http import KEY_AUTHENTICATED, KEY_HASS, HomeAssistantView
from homeassistant.util import dt as dt_util

from .cameras import private_root
from .const import DOMAIN
from .data import CompoundSecurityConfigEntry
from .engine.camera_health import stored_snapshot_path
from .permissions import (
    Grant,
    Operation,
    caller_for_user,
    grant,
    may_handle_alarm,
    may_see_every_snapshot,
)
from .snapshot_links import LINK_KEY, SNAPSHOT_URL, valid_signature

CAMERA_SNAPSHOT_URL = f"/api/{DOMAIN}/camera/{{camera_id}}/snapshot"
NO_STORE = {"Cache-Control": "private, no-store"}


class SnapshotView(HomeAssistantView):
    """`GET /api/compound_security/snapshots/<alarm id>`: one alarm's picture.

    Open to requests without a login so that a signed link works; every other request
    needs one (401), as Home Assistant's own check would.
    """

    url = SNAPSHOT_URL
    name = f"api:{DOMAIN}:snapshot"
    requires_auth = False

    async def get(self, request: web.Request, alarm_id: str) -> web.StreamResponse:
        """Return the JPEG, or 403 when the user may not see it, 404 when there is none."""
        hass: HomeAssistant = request.app[KEY_HASS]
        if "sig" in request.query:  # a signed link: the signature is the permission
            return await _signed_picture(hass, alarm_id, dict(request.query))
        if not request.get(KEY_AUTHENTICATED):
            return web.Response(status=HTTPStatus.UNAUTHORIZED)
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
        return await _picture(hass, row)


class CameraSnapshotView(HomeAssistantView):
    """`GET /api/compound_security/camera/<camera id>/snapshot`: a fresh picture."""

    url = CAMERA_SNAPSHOT_URL
    name = f"api:{DOMAIN}:camera_snapshot"
    requires_auth = True

    async def get(self, request: web.Request, camera_id: str) -> web.StreamResponse:
        """Return the camera's picture now; 403 to who may not watch it, 503 when it fails."""
        hass: HomeAssistant = request.app[KEY_HASS]
        user = request[KEY_HASS_USER]
        entry: CompoundSecurityConfigEntry
        for entry in hass.config_entries.async_entries(DOMAIN):
            if entry.state is not ConfigEntryState.LOADED:
                continue
            if (camera := entry.runtime_data.cameras.get(camera_id)) is None:
                continue
            operation = Operation.CAMERA_PUBLIC if camera.public else Operation.CAMERA_PRIVATE
            caller = caller_for_user(user, entry.runtime_data.registry)
            if grant(caller, operation) is Grant.NONE:
                return web.Response(status=HTTPStatus.FORBIDDEN)
            image = await camera.async_fetch()
            if image is None:
                return web.Response(status=HTTPStatus.SERVICE_UNAVAILABLE)
            return web.Response(body=image, content_type="image/jpeg", headers=NO_STORE)
        # Only who may watch every camera learns that there is no such camera.
        everyone = grant(caller_for_user(user, None), Operation.CAMERA_PRIVATE) is Grant.ALL
        return web.Response(status=HTTPStatus.NOT_FOUND if everyone else HTTPStatus.FORBIDDEN)


async def _signed_picture(
    hass: HomeAssistant, alarm_id: str, query: dict[str, str]
) -> web.Response:
    """Return an alarm's snapshot to a signed link: 403 unless signed for it and in time."""
    if not valid_signature(hass.data[LINK_KEY], alarm_id, query, dt_util.utcnow()):
        return web.Response(status=HTTPStatus.FORBIDDEN)
    found = await _find_alarm(hass, alarm_id)
    if found is None:
        return web.Response(status=HTTPStatus.NOT_FOUND)
    return await _picture(hass, found[1])


async def _picture(hass: HomeAssistant, row: dict[str, Any]) -> web.Response:
    """Return an alarm's stored snapshot, or 404 when it has none."""
    if not row["snapshot"]:
        return web.Response(status=HTTPStatus.NOT_FOUND)
    root = private_root(hass)
    path = (root / stored_snapshot_path(row["snapshot"])).resolve()
    if not path.is_relative_to(root.resolve()):
        return web.Response(status=HTTPStatus.NOT_FOUND)
    body = await hass.async_add_executor_job(_read, path)
    if body is None:
        return web.Response(status=HTTPStatus.NOT_FOUND)
    return web.Response(body=body, content_type="image/jpeg", headers=NO_STORE)


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
