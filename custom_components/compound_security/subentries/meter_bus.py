"""A meter bus's subentry: an RS-485 line with one kind of meter."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Self

from ..const import (
    CONF_BAUDRATE,
    CONF_BUILDINGS,
    CONF_PARITY,
    CONF_POLL_INTERVAL,
    CONF_PROTOCOL,
    CONF_URL,
    DEFAULT_METER_BAUDRATE,
    DEFAULT_POLL_INTERVAL,
)
from ..transport.meter_bus import MeterProtocol

if TYPE_CHECKING:
    from homeassistant.config_entries import ConfigSubentry

DEFAULT_PARITY = "E"  # DL/T 645 and CJ/T 188 both use 8E1


@dataclass(frozen=True, slots=True, kw_only=True)
class MeterBusConfig:
    """An RS-485 line with one kind of meter."""

    url: str
    protocol: str = MeterProtocol.DLT645_2007.value
    baudrate: int = DEFAULT_METER_BAUDRATE
    parity: str = DEFAULT_PARITY
    poll_interval: int = DEFAULT_POLL_INTERVAL
    buildings: str = ""  # comma-separated building names; empty: every building

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Self:
        """Read a meter bus's subentry data."""
        return cls(
            url=str(data[CONF_URL]),
            protocol=str(data.get(CONF_PROTOCOL) or MeterProtocol.DLT645_2007),
            baudrate=int(data.get(CONF_BAUDRATE) or DEFAULT_METER_BAUDRATE),
            parity=str(data.get(CONF_PARITY) or DEFAULT_PARITY),
            poll_interval=int(data.get(CONF_POLL_INTERVAL) or DEFAULT_POLL_INTERVAL),
            buildings=str(data.get(CONF_BUILDINGS) or ""),
        )

    @classmethod
    def from_subentry(cls, subentry: ConfigSubentry) -> Self:
        """Read a meter bus subentry."""
        return cls.from_data(subentry.data)

    @property
    def building_names(self) -> list[str]:
        """Return the building names ("" means every building; a Chinese comma works too)."""
        return [
            part.strip() for part in self.buildings.replace("，", ",").split(",") if part.strip()
        ]

    def to_data(self) -> dict[str, Any]:
        """Return the subentry data."""
        return {
            CONF_URL: self.url,
            CONF_PROTOCOL: self.protocol,
            CONF_BAUDRATE: self.baudrate,
            CONF_PARITY: self.parity,
            CONF_POLL_INTERVAL: self.poll_interval,
            CONF_BUILDINGS: self.buildings,
        }

    def form_values(self) -> dict[str, Any]:
        """Return the form's values (the baud rate is a choice of texts)."""
        return self.to_data() | {CONF_BAUDRATE: str(self.baudrate)}
