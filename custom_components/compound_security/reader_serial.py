"""Serial readers of an access point (UART card and chip readers, via serialx).

A card held at an RDM6300 repeats its frame; the access point's debounce makes it one read.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine, Mapping
from dataclasses import dataclass
from functools import partial
from typing import Any

from homeassistant.core import HomeAssistant, callback

from .const import (
    CARD_READER,
    CHIP_READER,
    CONF_BAUDRATE,
    CONF_FRAME_FORMAT,
    CONF_URL,
    DEFAULT_BAUDRATE,
    DOMAIN,
)
from .coordinator import CompoundSecurityConfigEntry
from .engine.model import Credential
from .engine.uid import CardUid
from .transport.serial_reader import SerialReader

READER_CREDENTIAL = {CARD_READER: Credential.CARD, CHIP_READER: Credential.VEHICLE_CHIP}

type ReadHandler = Callable[[str, CardUid, Credential, float], Coroutine[Any, Any, object]]


@dataclass(frozen=True, slots=True)
class ReaderConfig:
    """A serial reader of an access point."""

    which: str  # card_reader | chip_reader
    url: str
    frame_format: str
    baudrate: int


def reader_configs(data: Mapping[str, Any]) -> list[ReaderConfig]:
    """Return the serial readers configured in an access point's subentry data."""
    return [
        ReaderConfig(
            which,
            data[f"{which}_{CONF_URL}"],
            data.get(f"{which}_{CONF_FRAME_FORMAT}", "rdm6300"),
            int(data.get(f"{which}_{CONF_BAUDRATE}", DEFAULT_BAUDRATE)),
        )
        for which in (CARD_READER, CHIP_READER)
        if data.get(f"{which}_{CONF_URL}")
    ]


class SerialReaders:
    """The serial readers of one access point, each read on its own task."""

    def __init__(
        self,
        hass: HomeAssistant,
        name: str,
        data: Mapping[str, Any],
        read: ReadHandler,
        on_line: Callable[[str, bool], None],
    ) -> None:
        """Open nothing yet; `read(which, uid, credential, arrived)` decides each read."""
        self.hass = hass
        self.name = name
        self._read = read
        self.readers = {
            config.which: SerialReader(
                config.url,
                config.frame_format,
                partial(self._on_read, config.which),
                partial(on_line, config.which),
                baudrate=config.baudrate,
            )
            for config in reader_configs(data)
        }
        self._tasks: list[asyncio.Task[None]] = []

    @callback
    def async_start(self, entry: CompoundSecurityConfigEntry) -> None:
        """Read every line until `async_stop` (or the entry unloads)."""
        for which, reader in self.readers.items():
            self._tasks.append(
                entry.async_create_background_task(
                    self.hass, reader.run(), f"{DOMAIN} {self.name} {which}"
                )
            )

    @callback
    def async_stop(self) -> None:
        """Close every line. Safe to call twice."""
        while self._tasks:
            self._tasks.pop().cancel()

    def _on_read(self, which: str, uid: CardUid, arrived: float) -> None:
        self.hass.async_create_task(
            self._read(which, uid, READER_CREDENTIAL[which], arrived),
            f"{DOMAIN} {self.name} read",
            eager_start=True,  # decide now, not on the next loop iteration
        )
