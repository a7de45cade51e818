"""Meter buses in Home Assistant: poll each bus on its interval and book the readings.

Each bus is a `DataUpdateCoordinator`: its first poll runs in the background after setup,
so a slow or silent bus never holds up setup, and the next poll is scheduled only once
the last one has ended, so polls are never doubled.
"""

from __future__ import annotations

from datetime import datetime, timedelta
import logging
from typing import Any, override

from homeassistant.core import HomeAssistant
from homeassistant.helpers.update_coordinator import DataUpdateCoordinator, UpdateFailed
from homeassistant.util import dt as dt_util

from .const import (
    DOMAIN,
)
from .coordinator import CompoundSecurityConfigEntry
from .registry import CompoundRegistry
from .subentries import MeterBusConfig
from .transport.meter_bus import MeterBus, MeterProtocol, PollReport
from .usage_tracker import UsageTracker

_LOGGER = logging.getLogger(__name__)


class MeterBusCoordinator(DataUpdateCoordinator[PollReport]):
    """One configured meter bus, polled on its interval; its report is the data.

    A bus whose line cannot be opened fails the update (its entities go unavailable,
    logged once, and once again when it is back); its connectivity sensor stays to say off.
    """

    config_entry: CompoundSecurityConfigEntry

    def __init__(
        self,
        hass: HomeAssistant,
        entry: CompoundSecurityConfigEntry,
        subentry_id: str,
        name: str,
        config: MeterBusConfig,
        registry: CompoundRegistry,
        usage: UsageTracker,
    ) -> None:
        """Describe the bus; the first poll comes once the entities are set up."""
        super().__init__(
            hass,
            _LOGGER,
            config_entry=entry,
            name=name,
            update_interval=timedelta(seconds=config.poll_interval),
        )
        self.id = subentry_id
        self.protocol = MeterProtocol(config.protocol)
        self.bus = MeterBus(
            config.url, self.protocol, baudrate=config.baudrate, parity=config.parity
        )
        self.buildings = config.building_names
        self.registry = registry
        self.usage = usage
        self.last_report: PollReport | None = None
        self.last_poll: datetime | None = None

    @property
    def interval(self) -> timedelta:
        """Return the time between polls."""
        assert self.update_interval is not None  # noqa: S101  # always polled
        return self.update_interval

    @property
    def connected(self) -> bool:
        """Return whether the last poll reached the line and at least one meter answered."""
        report = self.last_report
        return report is not None and report.line_error is None and report.answered > 0

    def targets(self) -> dict[str, str]:
        """Return meter address -> household for the meters on this bus."""
        return self.registry.engine.meters(water=self.protocol.is_water, buildings=self.buildings)

    @override
    async def _async_update_data(self) -> PollReport:
        report = await self.async_poll()
        if report.line_error is not None:
            raise UpdateFailed(
                translation_domain=DOMAIN,
                translation_key="meter_bus_line_error",
                translation_placeholders={"bus": self.name, "error": report.line_error},
            )
        return report

    async def async_poll(self) -> PollReport:
        """Poll every meter once and book the readings."""
        targets = self.targets()
        report = await self.bus.poll(list(targets))
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
