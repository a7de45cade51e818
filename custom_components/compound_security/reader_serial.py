"""Serial readers of an access point (UART card and chip readers, via serialx).

A card held at an RDM6300 repeats its frame; the access point's debounce makes it one read.
A Wiegand line may also carry a keypad's PINs and a text line a QR reader's visitor
tokens: those are presented as visitors' codes, whichever reader the line is.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine, Mapping
from functools import partial
from typing import Any

from homeassistant.core import HomeAssistant, callback

from .const import (
    CARD_READER,
    CHIP_READER,
    DOMAIN,
)
from .coordinator import CompoundSecurityConfigEntry
from .engine.model import Credential
from .engine.uid import CardUid
from .subentries import SerialReaderConfig
from .transport.frames import CodeRead, Read
from .transport.serial_reader import SerialReader

READER_CREDENTIAL = {CARD_READER: Credential.CARD, CHIP_READER: Credential.VEHICLE_CHIP}

type ReadHandler = Callable[[str, CardUid | str, Credential, float], Coroutine[Any, Any, object]]


class SerialReaders:
    """The serial readers of one access point, each read on its own task."""

    def __init__(
        self,
        hass: HomeAssistant,
        name: str,
        configs: Mapping[str, SerialReaderConfig],
        read: ReadHandler,
        on_line: Callable[[str, bool], None],
    ) -> None:
        """Open nothing yet; `read(which, uid or code, credential, arrived)` decides each read."""
        self.hass = hass
        self.name = name
        self._read = read
        self.readers = {
            which: SerialReader(
                config.url,
                config.frame_format,
                partial(self._on_read, which),
                partial(on_line, which),
                baudrate=config.baudrate,
            )
            for which, config in configs.items()
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

    def _on_read(self, which: str, read: Read, arrived: float) -> None:
        decide = (
            self._read(which, read.code, read.credential, arrived)
            if isinstance(read, CodeRead)
            else self._read(which, read, READER_CREDENTIAL[which], arrived)
        )
        self.hass.async_create_task(
            decide,
            f"{DOMAIN} {self.name} read",
            eager_start=True,  # decide now, not on the next loop iteration
        )
