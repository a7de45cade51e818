"""An access controller's subentry: a UHPPOTE (微耕) board, its address and its doors."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, Self

if TYPE_CHECKING:
    from homeassistant.config_entries import ConfigSubentry

CONF_SERIAL = "serial"
CONF_HOST = "host"
CONF_PORT = "port"
CONF_TRANSPORT = "transport"
CONF_DOORS = "doors"  # door number (as text) -> access point subentry id
CONF_LISTENER_HOST = "listener_host"
CONF_LISTENER_PORT = "listener_port"
CONF_WIEGAND_BITS = "wiegand_bits"
CONF_CAPACITY = "capacity"

DEFAULT_CONTROLLER_PORT = 60000
DEFAULT_LISTENER_PORT = 60001
DEFAULT_WIEGAND_BITS = 34
DEFAULT_CAPACITY = 20_000
WIEGAND_BITS = (26, 34)


@dataclass(frozen=True, slots=True, kw_only=True)
class AccessControllerConfig:
    """A UHPPOTE controller: where it is, which access point each door is, its limits.

    `listener_host` is the address of Home Assistant the controller sends its events to
    (the controller must be able to reach it); empty: the address Home Assistant uses
    toward the controller.
    """

    serial: int
    host: str
    port: int = DEFAULT_CONTROLLER_PORT
    transport: Literal["udp", "tcp"] = "udp"
    doors: Mapping[int, str] = field(default_factory=dict)
    listener_host: str = ""
    listener_port: int = DEFAULT_LISTENER_PORT
    wiegand_bits: int = DEFAULT_WIEGAND_BITS
    capacity: int = DEFAULT_CAPACITY

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Self:
        """Read a controller's subentry data."""
        transport: Literal["udp", "tcp"] = "tcp" if data.get(CONF_TRANSPORT) == "tcp" else "udp"
        return cls(
            serial=int(data[CONF_SERIAL]),
            host=str(data[CONF_HOST]),
            port=int(data.get(CONF_PORT) or DEFAULT_CONTROLLER_PORT),
            transport=transport,
            doors={
                int(door): str(access_point)
                for door, access_point in (data.get(CONF_DOORS) or {}).items()
                if access_point
            },
            listener_host=str(data.get(CONF_LISTENER_HOST) or ""),
            # 0 binds a free port (tests); a controller must then be told it each start
            listener_port=int(data.get(CONF_LISTENER_PORT, DEFAULT_LISTENER_PORT)),
            wiegand_bits=int(data.get(CONF_WIEGAND_BITS) or DEFAULT_WIEGAND_BITS),
            capacity=int(data.get(CONF_CAPACITY) or DEFAULT_CAPACITY),
        )

    @classmethod
    def from_subentry(cls, subentry: ConfigSubentry) -> Self:
        """Read an access controller subentry."""
        return cls.from_data(subentry.data)

    def to_data(self) -> dict[str, Any]:
        """Return the subentry data (door numbers as text: the storage is JSON)."""
        return {
            CONF_SERIAL: self.serial,
            CONF_HOST: self.host,
            CONF_PORT: self.port,
            CONF_TRANSPORT: self.transport,
            CONF_DOORS: {str(door): ap for door, ap in sorted(self.doors.items())},
            CONF_LISTENER_HOST: self.listener_host,
            CONF_LISTENER_PORT: self.listener_port,
            CONF_WIEGAND_BITS: self.wiegand_bits,
            CONF_CAPACITY: self.capacity,
        }

    def form_values(self) -> dict[str, Any]:
        """Return the form's values (one access point field per door)."""
        values = self.to_data()
        doors = values.pop(CONF_DOORS)
        return values | {f"door_{door}": ap for door, ap in doors.items()}

    def door_of(self, access_point_id: str) -> int | None:
        """Return the door that is this access point, if any."""
        return next((d for d, ap in self.doors.items() if ap == access_point_id), None)
