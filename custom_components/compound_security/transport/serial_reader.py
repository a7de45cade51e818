"""A card reader on a serial line: a local port, `socket://host:port` or `rfc2217://`.

Reads with serialx (asyncio-native), decodes frames, and reconnects with backoff when the
line drops. A malformed frame never stops it: decoders skip what they cannot read.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
import logging
import time
from typing import Any

import serialx

from .frames import Decoder, FrameFormat, Read, make_decoder

_LOGGER = logging.getLogger(__name__)
READ_SIZE = 256

type ReadCallback = Callable[[Read, float], None]
type StateCallback = Callable[[bool], None]
type Opener = Callable[..., Awaitable[tuple[asyncio.StreamReader, Any]]]


@dataclass(slots=True)
class ReaderStats:
    """Connection history, for diagnostics."""

    connects: int = 0
    disconnects: int = 0
    last_error: str | None = None


class SerialReader:
    """Reads cards from one serial line until cancelled."""

    def __init__(
        self,
        url: str,
        frame_format: FrameFormat | str,
        on_read: ReadCallback,
        on_state: StateCallback,
        *,
        baudrate: int = 9600,
        backoff_min: float = 1.0,
        backoff_max: float = 30.0,
        opener: Opener | None = None,
    ) -> None:
        """Describe the line; `run` opens it.

        `on_read(read, arrived)` gets each card (or visitor's code) with the
        `time.perf_counter()` at which the chunk completing it arrived; `on_state(connected)`
        follows the line.
        """
        self.url = url
        self.baudrate = baudrate
        self.decoder: Decoder = make_decoder(frame_format)
        self.on_read = on_read
        self.on_state = on_state
        self.backoff_min = backoff_min
        self.backoff_max = backoff_max
        self.stats = ReaderStats()
        self.connected = False
        self._opener: Opener = opener or serialx.open_serial_connection

    async def run(self) -> None:
        """Read, and reconnect after every failure, until cancelled."""
        delay = self.backoff_min
        while True:
            try:
                reader, writer = await self._opener(url=self.url, baudrate=self.baudrate)
            except (OSError, serialx.SerialException, TimeoutError) as err:
                self._note_failure(err)
            else:
                delay = self.backoff_min
                try:
                    await self._read_until_closed(reader)
                except (OSError, serialx.SerialException, TimeoutError) as err:
                    self._note_failure(err)
                finally:
                    writer.close()
            self._set_connected(connected=False)
            await asyncio.sleep(delay)
            delay = min(delay * 2, self.backoff_max)

    async def _read_until_closed(self, reader: asyncio.StreamReader) -> None:
        self.stats.connects += 1
        self._set_connected(connected=True)
        self.decoder.reset()
        while data := await reader.read(READ_SIZE):
            arrived = time.perf_counter()
            for read in self.decoder.feed(data, arrived):
                self.on_read(read, arrived)
        self._note_failure(ConnectionError("end of stream"))

    def _note_failure(self, err: BaseException) -> None:
        if self.connected:
            self.stats.disconnects += 1
        self.stats.last_error = str(err) or type(err).__name__

    def _set_connected(self, *, connected: bool) -> None:
        if connected != self.connected:
            self.connected = connected
            if not connected:
                _LOGGER.info("Reader %s disconnected: %s", self.url, self.stats.last_error)
            else:
                _LOGGER.info("Reader %s connected", self.url)
            self.on_state(connected)
