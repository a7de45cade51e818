"""Meter buses in Home Assistant: poll each bus on its interval and book the readings.

A poll runs as a background task of the config entry, so a slow or silent bus never
blocks the event loop or setup; a poll still running when the next is due is not doubled.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
import logging
from typing import Any

from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers.event import async_track_time_interval
from homeassistant.util import dt as dt_util

from .const import (
    CONF_BAUDRATE,
    CONF_BUILDINGS,
    CONF_PARITY,
    CONF_POLL_INTERVAL,
    CONF_PROTOCOL,
    CONF_URL,
    DEFAULT_METER_BAUDRATE,
    DEFAULT_POLL_INTERVAL,
)
from .data import CompoundSecurityConfigEntry
from .registry import CompoundRegistry
from .transport.meter_bus import MeterBus, MeterProtocol, PollReport
from .usage_tracker import UsageTracker

_LOGGER = logging.getLogger(__name__)


def buildings_of(text: str) -> list[str]:
    """Return the building names of a comma-separated list ("" means every building)."""
    return [part.strip() for part in text.replace("，", ",").split(",") if part.strip()]


class MeterPoller:
    """One configured meter bus."""

    def __init__(
        self,
        hass: HomeAssistant,
        entry: CompoundSecurityConfigEntry,
        subentry_id: str,
        name: str,
        data: Mapping[str, Any],
        registry: CompoundRegistry,
        usage: UsageTracker,
    ) -> None:
        """Describe the bus; `async_start` begins polling."""
        self.hass = hass
        self.entry = entry
        self.id = subentry_id
        self.name = name
        self.protocol = MeterProtocol(data[CONF_PROTOCOL])
        self.bus = MeterBus(
            data[CONF_URL],
            self.protocol,
            baudrate=int(data.get(CONF_BAUDRATE, DEFAULT_METER_BAUDRATE)),
            parity=data.get(CONF_PARITY, "E"),
        )
        self.interval = timedelta(
            seconds=float(data.get(CONF_POLL_INTERVAL, DEFAULT_POLL_INTERVAL))
        )
        self.buildings = buildings_of(data.get(CONF_BUILDINGS, ""))
        self.registry = registry
        self.usage = usage
        self.last_report: PollReport | None = None
        self.last_poll: datetime | None = None
        self.listeners: list[Callable[[], None]] = []
        self._polling = False

    @property
    def connected(self) -> bool:
        """Return whether the last poll reached the line and at least one meter answered."""
        report = self.last_report
        return report is not None and report.line_error is None and report.answered > 0

    def targets(self) -> dict[str, str]:
        """Return meter address -> household for the meters on this bus."""
        return self.registry.engine.meters(water=self.protocol.is_water, buildings=self.buildings)

    @callback
    def async_start(self) -> None:
        """Poll now, then on every interval, until the entry unloads."""
        self.entry.async_on_unload(async_track_time_interval(self.hass, self._tick, self.interval))
        self.entry.async_on_unload(self.bus.close)
        self._tick(dt_util.now())

    @callback
    def _tick(self, _now: datetime) -> None:
        if self._polling:
            _LOGGER.warning(
                "Meter bus %s: the previous poll is still running; consider a longer interval",
                self.name,
            )
            return
        self._polling = True
        self.entry.async_create_background_task(
            self.hass, self.async_poll(), f"compound_security meter bus {self.name}"
        )

    async def async_poll(self) -> PollReport:
        """Poll every meter once and book the readings."""
        self._polling = True
        try:
            targets = self.targets()
            report = await self.bus.poll(list(targets))
        finally:
            self._polling = False
        now = dt_util.now()
        self.usage.async_add_meter_readings(
            water=self.protocol.is_water,
            readings=[
                (targets[reading.address], reading.address, now, reading.value)
                for reading in report.readings
                if reading.value is not None
            ],
        )
        silent = [r.address for r in report.readings if r.value is None]
        if silent:
            _LOGGER.info("Meter bus %s: no reading from %s", self.name, ", ".join(silent[:20]))
        self.last_report = report
        self.last_poll = now
        for listener in list(self.listeners):
            listener()
        return report

    def diagnostics(self) -> dict[str, Any]:
        """Return the bus's last poll, for diagnostics (addresses are not personal data)."""
        report = self.last_report
        return {
            "protocol": self.protocol.value,
            "baudrate": self.bus.baudrate,
            "parity": self.bus.parity,
            "interval_seconds": self.interval.total_seconds(),
            "meters": len(self.targets()),
            "last_poll": self.last_poll.isoformat() if self.last_poll else None,
            "duration_seconds": round(report.duration, 3) if report else None,
            "answered": report.answered if report else None,
            "line_error": report.line_error if report else None,
            "errors": {r.address: r.error for r in report.readings if r.error} if report else {},
        }
