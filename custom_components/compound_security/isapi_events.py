"""Hikvision cameras' ISAPI event streams: high-altitude throwing alarms, camera problems.

A camera added by its snapshot URL may subscribe to its alert stream (`transport/isapi.py`).
One background task per such camera keeps the stream open: it reconnects after any end
(a reboot, a dropped connection, a cut part) with a backoff from 1 s doubling to 5 min,
back to 1 s once a stream has delivered something, and it stops when the entry unloads.
A refused login is a repair issue (said once, retried on the same backoff) that goes away
by itself when the login works again.

An `objectsThrownDetection` alert raises `high_altitude_throw` (one per camera within
`THROW_DEBOUNCE`: a camera repeats the alert while the object falls); its picture is the
event's own JPEG, else a snapshot, stored as every alarm picture is. Video loss and
tampering (`shelteralarm`, `tamperdetection`) are the camera's health; a `videoloss`
alert that is inactive (the heartbeat) says the picture is there.
"""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from typing import Any, Final

from homeassistant.core import HomeAssistant
from homeassistant.helpers import issue_registry as ir
from homeassistant.helpers.aiohttp_client import async_get_clientsession
from homeassistant.util import dt as dt_util

from .cameras import CameraCoordinator
from .const import DOMAIN, LOGGER
from .coordinator import CompoundSecurityConfigEntry
from .engine.decision import Alarm, AlarmKind, Severity
from .transport.isapi import (
    AlertStreamParser,
    IsapiError,
    IsapiEvent,
    IsapiLoginError,
    alert_stream_url,
    read_alert_stream,
)

FIRST_RETRY: Final = 1.0  # seconds before the first reconnection
LAST_RETRY: Final = 300.0  # the backoff's cap
THROW_DEBOUNCE: Final = timedelta(seconds=10)
THROW_TYPES: Final = frozenset({"objectsthrowndetection"})  # compared in lower case
TAMPER_TYPES: Final = frozenset({"shelteralarm", "tamperdetection"})
VIDEO_LOSS: Final = "videoloss"


def backoff(retry: float, *, delivered: bool) -> tuple[float, float]:
    """Return how long to wait before reconnecting, and the wait after that.

    Doubling from `FIRST_RETRY` to `LAST_RETRY` while the camera stays away; a stream that
    delivered something (the camera was back) starts again from the first.
    """
    wait = FIRST_RETRY if delivered else retry
    return wait, min(wait * 2, LAST_RETRY)


class CameraEventStream:
    """One camera's alert stream, kept open in the background."""

    def __init__(self, hass: HomeAssistant, camera: CameraCoordinator) -> None:
        """Follow `camera`'s stream (its snapshot URL names the device)."""
        assert camera.snapshot_url is not None  # noqa: S101  # only URL cameras subscribe
        self.hass = hass
        self.camera = camera
        self.url = alert_stream_url(camera.snapshot_url)
        self.retry = FIRST_RETRY
        self.connections = 0
        self.garbage = 0
        self.malformed = 0
        self._last_throw: datetime | None = None
        self._login_refused = False

    @property
    def issue_id(self) -> str:
        """Return the id of the repair issue for a refused login."""
        return f"camera_events_login_{self.camera.id}"

    def diagnostics(self) -> dict[str, Any]:
        """Return the stream's counters (nothing an event carried)."""
        return {
            "connections": self.connections,
            "garbage": self.garbage,
            "malformed": self.malformed,
            "login_refused": self._login_refused,
            "retry_seconds": self.retry,
        }

    def start(self, entry: CompoundSecurityConfigEntry) -> None:
        """Run in the background until the entry unloads (its tasks are cancelled then)."""
        entry.async_create_background_task(
            self.hass, self.run(), f"{DOMAIN} ISAPI events {self.camera.name}"
        )

    async def run(self) -> None:
        """Keep the stream open; wait and reconnect after every end."""
        while True:
            delivered = await self._follow()
            wait, self.retry = backoff(self.retry, delivered=delivered)
            await asyncio.sleep(wait)

    async def _follow(self) -> bool:
        """Read the stream until it ends; return whether it delivered any event."""
        username, password = self.camera.login or ("", "")
        session = async_get_clientsession(self.hass, verify_ssl=self.camera.verify_ssl)
        parsers: list[AlertStreamParser] = []
        delivered = False
        try:
            async for event in read_alert_stream(
                session, self.url, username, password, parser_box=parsers
            ):
                if not delivered:
                    delivered = True
                    self.connections += 1
                    self._login_works()
                self._on_event(event)
        except IsapiLoginError:
            self._login_refused_once()
        except IsapiError as err:
            LOGGER.debug("Event stream of %s ended: %s", self.camera.name, type(err).__name__)
        except Exception:  # noqa: BLE001 - the stream must outlive any one failure
            LOGGER.exception("Event stream of %s failed; reconnecting", self.camera.name)
        finally:
            for parser in parsers:
                self.garbage += parser.garbage
                self.malformed += parser.malformed
                if parser.garbage or parser.malformed:
                    LOGGER.debug(
                        "Event stream of %s: %d garbage runs, %d unreadable parts dropped",
                        self.camera.name,
                        parser.garbage,
                        parser.malformed,
                    )
        return delivered

    def _on_event(self, event: IsapiEvent) -> None:
        kind = event.event_type.lower()
        now = dt_util.now()
        if kind in THROW_TYPES and event.active:
            self._on_throw(event, now)
        elif kind in TAMPER_TYPES:
            self.camera.report_problem("tampered", now, active=event.active)
        elif kind == VIDEO_LOSS:  # inactive: the heartbeat, the picture is there
            self.camera.report_problem("video_loss", now, active=event.active)

    def _on_throw(self, event: IsapiEvent, now: datetime) -> None:
        if self._last_throw is not None and now - self._last_throw < THROW_DEBOUNCE:
            return  # the same throw, repeated while the object falls
        self._last_throw = now
        camera = self.camera
        alarm = Alarm(
            AlarmKind.HIGH_ALTITUDE_THROW,
            Severity.CRITICAL,
            now,
            access_point_id=camera.access_points[0] if camera.access_points else None,
            camera_id=camera.id,
            building=camera.facade,
            placeholders={
                "camera": camera.name,
                "facade": camera.facade or camera.name,
                "time": dt_util.as_local(now).strftime("%H:%M:%S"),
            },
        )
        if event.picture is not None:
            camera.hold_picture(alarm.alarm_id, event.picture)
        camera.controller.async_raise(alarm)

    def _login_works(self) -> None:
        if self._login_refused:
            self._login_refused = False
            ir.async_delete_issue(self.hass, DOMAIN, self.issue_id)

    def _login_refused_once(self) -> None:
        if self._login_refused:
            return
        self._login_refused = True
        LOGGER.warning("Camera %s refused the login to its event stream", self.camera.name)
        ir.async_create_issue(
            self.hass,
            DOMAIN,
            self.issue_id,
            is_fixable=False,
            severity=ir.IssueSeverity.ERROR,
            translation_key="camera_events_login",
            translation_placeholders={"camera": self.camera.name},
        )


def async_start_event_streams(
    hass: HomeAssistant,
    entry: CompoundSecurityConfigEntry,
    cameras: dict[str, CameraCoordinator],
) -> dict[str, CameraEventStream]:
    """Start the event streams of the cameras that subscribe to theirs."""
    streams = {
        camera_id: CameraEventStream(hass, camera)
        for camera_id, camera in cameras.items()
        if camera.isapi_events
    }
    for stream in streams.values():
        stream.start(entry)
    return streams
