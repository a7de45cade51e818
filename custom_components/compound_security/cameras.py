"""Cameras in Home Assistant: health checks, offline alarms with a repair deadline, snapshots.

A camera is either a snapshot URL (with an optional RTSP stream), which becomes our own
`camera` entity only when it is public (every user reaches every camera entity), or an
existing Home Assistant camera (Frigate, ONVIF, generic) that we link without duplicating.
Either way it is fetched on an interval through Home Assistant (the shared aiohttp
session, or the camera component) to judge its health.
"""

from __future__ import annotations

import contextlib
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import override

import aiohttp
from homeassistant.components import camera
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import entity_registry as er, issue_registry as ir
from homeassistant.helpers.aiohttp_client import async_get_clientsession
from homeassistant.helpers.update_coordinator import DataUpdateCoordinator
from homeassistant.util import dt as dt_util
import yarl

from .const import (
    DOMAIN,
    LOGGER,
)
from .controller import CompoundController
from .coordinator import CompoundSecurityConfigEntry
from .engine.camera_health import (
    DEFAULT_FROZEN_AFTER,
    LEGACY_SNAPSHOTS,
    SNAPSHOTS,
    CameraHealth,
    snapshot_path,
)
from .engine.decision import Alarm, AlarmKind, Severity
from .subentries import CameraConfig

FETCH_TIMEOUT = 10
DEFAULT_HEALTH_INTERVAL = 60
DEFAULT_OFFLINE_MINUTES = 10


def private_root(hass: HomeAssistant) -> Path:
    """Return the integration's own folder for alarm snapshots and exports.

    Not Home Assistant's media folder, which every user may browse, and not `www/`,
    which is served without a login: only the role-checked views read from here.
    """
    return Path(hass.config.path(DOMAIN))


def legacy_media_root(hass: HomeAssistant) -> Path:
    """Return the media folder where releases before 2026.12 stored snapshots."""
    return Path(hass.config.media_dirs.get("local") or hass.config.path("media"))


def move_legacy_snapshots(media: Path, root: Path) -> int:
    """Move snapshots out of the media folder into the private one (run in the executor)."""
    legacy = media / LEGACY_SNAPSHOTS
    if not legacy.is_dir():
        return 0
    moved = 0
    for day in legacy.iterdir():
        if not day.is_dir():
            continue
        target = root / SNAPSHOTS / day.name
        target.mkdir(parents=True, exist_ok=True)
        for picture in day.iterdir():
            if picture.is_file():
                picture.replace(target / picture.name)
                moved += 1
        with contextlib.suppress(OSError):
            day.rmdir()
    with contextlib.suppress(OSError):
        legacy.rmdir()
    return moved


class CameraCoordinator(DataUpdateCoordinator[CameraHealth]):
    """One configured camera: its health (checked on its interval), offline alarm, snapshots.

    A camera that fails its checks is not an update failure: its health says so, and the
    offline alarm and repair issue follow the camera's own threshold.
    """

    config_entry: CompoundSecurityConfigEntry

    def __init__(
        self,
        hass: HomeAssistant,
        entry: CompoundSecurityConfigEntry,
        subentry_id: str,
        name: str,
        config: CameraConfig,
        controller: CompoundController,
    ) -> None:
        """Describe the camera; the first check comes once the entities are set up."""
        super().__init__(
            hass,
            LOGGER,
            config_entry=entry,
            name=name,
            update_interval=timedelta(seconds=config.health_interval),
        )
        self.id = subentry_id
        self.snapshot_url = config.snapshot_url
        self.stream_url = config.stream_url
        self.linked_entity = config.camera_entity
        self.access_points: list[str] = list(config.access_points)
        self.public = config.public
        self.elevator = config.elevator  # watched for e-bikes by `elevator_watch.py`
        # A camera login goes only over verified TLS (or plain HTTP, said so in its
        # URL); a self-signed certificate is an explicit choice in the camera's settings.
        self.verify_ssl = config.verify_ssl
        self.offline_after = timedelta(minutes=config.offline_after)
        self.repair_hours = config.repair_hours
        self.isapi_events = config.isapi_events and bool(config.snapshot_url)
        self.facade = config.facade
        username, password = config.username, config.password
        self._login: tuple[str, str] | None = (username, password or "") if username else None
        self._headers = (
            {"Authorization": aiohttp.encode_basic_auth(username, password or "")}
            if username
            else {}
        )
        self.controller = controller
        self.health = CameraHealth(frozen_after=DEFAULT_FROZEN_AFTER)
        self.data = self.health
        self.last_image: bytes | None = None
        self._offline_alarm: Alarm | None = None
        # Pictures that came with an alarm's event (ISAPI), stored instead of a snapshot.
        self._held: dict[str, bytes] = {}

    @property
    def login(self) -> tuple[str, str] | None:
        """Return the camera's username and password, if it has a login."""
        return self._login

    def hold_picture(self, alarm_id: str, picture: bytes) -> None:
        """Keep the picture an event carried: the alarm's snapshot is this, not a new one."""
        self._held[alarm_id] = picture

    def report_problem(self, problem: str, now: datetime, *, active: bool = True) -> None:
        """Record a problem the camera reports itself (video loss, tampering), or its end.

        It counts like a failed check: the offline alarm follows the same threshold.
        """
        if self.health.report(problem, now, active=active):
            self.async_update_listeners()
        if not self.health.online and self.health.offline_for(now) >= self.offline_after:
            self._raise_offline(now)
        elif self.health.online and self._offline_alarm is not None:
            self._clear_offline()

    def stream_source(self) -> str | None:
        """Return the stream URL with the camera's credentials in it."""
        if not self.stream_url or self._login is None or "@" in self.stream_url:
            return self.stream_url
        username, password = self._login
        return str(yarl.URL(self.stream_url).with_user(username).with_password(password or None))

    @property
    def issue_id(self) -> str:
        """Return the repair issue's id."""
        return f"camera_offline_{self.id}"

    @property
    def has_own_entity(self) -> bool:
        """Return whether we add a camera entity: public snapshot-URL cameras only.

        Every user reaches every camera entity, so a camera residents may not watch is
        no entity of ours (a linked one stays what its own integration made it).
        """
        return bool(self.public and self.snapshot_url and not self.linked_entity)

    @property
    def entity_id(self) -> str | None:
        """Return the camera entity to show: the linked one, or ours (public ones only)."""
        if self.linked_entity:
            return self.linked_entity
        if not self.has_own_entity:
            return None
        return er.async_get(self.hass).async_get_entity_id("camera", DOMAIN, f"{self.id}_camera")

    async def async_fetch(self) -> bytes | None:
        """Return a fresh snapshot, or None when the camera cannot give one."""
        try:
            if self.snapshot_url:
                session = async_get_clientsession(self.hass, verify_ssl=self.verify_ssl)
                async with session.get(
                    self.snapshot_url,
                    headers=self._headers,
                    timeout=aiohttp.ClientTimeout(total=FETCH_TIMEOUT),
                ) as response:
                    if response.status != 200:  # noqa: PLR2004
                        return None
                    body = await response.read()
            elif self.linked_entity:
                image = await camera.async_get_image(
                    self.hass, self.linked_entity, timeout=FETCH_TIMEOUT
                )
                body = image.content
            else:
                return None
        except (aiohttp.ClientError, TimeoutError, HomeAssistantError) as err:
            LOGGER.debug("Camera %s: %s", self.name, err)
            return None
        return body or None

    async def async_check(self, now: datetime | None = None) -> None:
        """Fetch once, update health, raise or clear the offline alarm."""
        image = await self.async_fetch()
        now = now or dt_util.now()
        if image is not None:
            self.last_image = image
        changed = self.health.fetched(image, now)
        if not self.health.online and self.health.offline_for(now) >= self.offline_after:
            self._raise_offline(now)
        elif self.health.online and self._offline_alarm is not None:
            self._clear_offline()
        if changed:
            self.async_update_listeners()

    @override
    async def _async_update_data(self) -> CameraHealth:
        await self.async_check()
        return self.health

    def _raise_offline(self, now: datetime) -> None:
        if self._offline_alarm is not None:
            return
        since = self.health.failing_since or now
        deadline = since + timedelta(hours=self.repair_hours)
        placeholders = {
            "camera": self.name,
            "problem": self.controller.text(  # said in words, in the system language
                f"camera_problem_{self.health.problem or 'unreachable'}",
                self.health.problem or "unreachable",
            ),
            "since": dt_util.as_local(since).strftime("%Y-%m-%d %H:%M"),
            "deadline": dt_util.as_local(deadline).strftime("%Y-%m-%d %H:%M"),
        }
        self._offline_alarm = Alarm(
            AlarmKind.CAMERA_OFFLINE,
            Severity.WARNING,
            now,
            access_point_id=self.access_points[0] if self.access_points else None,
            placeholders=placeholders,
        )
        self.controller.async_raise(self._offline_alarm)
        ir.async_create_issue(
            self.hass,
            DOMAIN,
            self.issue_id,
            is_fixable=False,
            severity=ir.IssueSeverity.ERROR,
            translation_key="camera_offline",
            translation_placeholders=placeholders,
        )

    def _clear_offline(self) -> None:
        assert self._offline_alarm is not None  # noqa: S101  # checked by the caller
        self.controller.async_clear(self._offline_alarm)
        self._offline_alarm = None
        ir.async_delete_issue(self.hass, DOMAIN, self.issue_id)

    async def async_snapshot(self, alarm_id: str, when: datetime) -> str | None:
        """Store a snapshot for an alarm; return its path under the private folder."""
        image = self._held.pop(alarm_id, None) or await self.async_fetch()
        if image is None:
            return None
        relative = snapshot_path(dt_util.as_local(when).date().isoformat(), alarm_id)
        target = private_root(self.hass) / relative

        def _write() -> None:
            target.parent.mkdir(parents=True, exist_ok=True)
            partial = target.with_suffix(".part")
            partial.write_bytes(image)
            partial.replace(target)  # a reader never sees half a picture

        await self.hass.async_add_executor_job(_write)
        return relative


def purge_snapshots(root: Path, before: datetime) -> int:
    """Delete snapshot folders of days before `before` (run in the executor).

    Only what we write is touched: day folders named YYYY-MM-DD holding pictures. Anything
    else (a stray file, another folder, a link, a subfolder in a day) is left where it is,
    and one thing that cannot be removed does not stop the rest.
    """
    removed = 0
    folder = root / SNAPSHOTS
    if not folder.is_dir():
        return 0
    cutoff = before.date()
    for day in folder.iterdir():
        if day.is_symlink() or not day.is_dir() or (_day_of(day.name) or cutoff) >= cutoff:
            continue
        for picture in day.iterdir():
            if picture.is_symlink() or picture.is_file():
                try:
                    picture.unlink()
                except OSError as err:
                    LOGGER.warning("Could not purge a snapshot in %s: %s", day.name, err)
                    continue
                removed += 1
        with contextlib.suppress(OSError):  # not empty: something we did not write is left
            day.rmdir()
    return removed


def _day_of(name: str) -> date | None:
    """Return the day a folder we wrote is named after, or None for any other name."""
    try:
        day = date.fromisoformat(name)
    except ValueError:
        return None
    return day if day.isoformat() == name else None
