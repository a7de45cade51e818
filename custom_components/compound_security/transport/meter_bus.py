"""Polling a bus of household meters: DL/T 645 electricity or CJ/T 188 water, one by one.

RS-485 is half duplex with one master: send a request, wait for that meter's reply or a
timeout, retry a silent meter, move on. The line is opened with serialx (a local port,
`socket://host:port` of an RS-485-to-Ethernet converter, or `rfc2217://`) and kept open
between polls; a dropped line is reopened on the next poll. Frames from other meters
(late replies) and echoes of our own requests are ignored, and a corrupt reply is simply
not a frame to the decoder, so the meter is asked again.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
import contextlib
from dataclasses import dataclass, field
from enum import StrEnum
import logging
import time
from typing import Any

import serialx

from . import cjt188, dlt645

_LOGGER = logging.getLogger(__name__)
READ_SIZE = 256
# DL/T 645-2007 §5.1: a meter answers within 500 ms; CJ/T 188 meters are similar.
RESPONSE_TIME = 0.5
LONGEST_REPLY = {"dlt645": 4 + 12 + 8, "cjt188": 4 + 13 + 22}

type Opener = Callable[..., Awaitable[tuple[asyncio.StreamReader, Any]]]


class MeterProtocol(StrEnum):
    """What the meters on one bus speak."""

    DLT645_2007 = "dlt645_2007"
    DLT645_1997 = "dlt645_1997"
    CJT188 = "cjt188"  # data identifier sent as 90 1F
    CJT188_SWAPPED = "cjt188_1f90"  # sent as 1F 90, as some vendors expect

    @property
    def is_water(self) -> bool:
        """Return whether the bus has water meters (else electricity)."""
        return self in (MeterProtocol.CJT188, MeterProtocol.CJT188_SWAPPED)

    def request(self, address: str) -> bytes:
        """Return the frame asking one meter for its cumulative reading."""
        match self:
            case MeterProtocol.DLT645_2007:
                return dlt645.build_read(address)
            case MeterProtocol.DLT645_1997:
                return dlt645.build_read(
                    address, dlt645.FORWARD_ACTIVE_ENERGY_1997, dlt645.Version.V1997
                )
            case _:
                return cjt188.build_read(
                    address, little_endian_di=self is MeterProtocol.CJT188_SWAPPED
                )

    def line_bytes(self, address: str) -> int:
        """Return the bytes on the wire for one request and its longest reply."""
        family = "cjt188" if self.is_water else "dlt645"
        return len(self.request(address)) + LONGEST_REPLY[family]


@dataclass(frozen=True, slots=True)
class MeterReading:
    """One meter's answer: a cumulative value (kWh or m³) or why there is none."""

    address: str
    value: float | None
    error: str | None = None  # timeout, error_reply, wrong_reply, unit, disconnected
    attempts: int = 1
    valve_closed: bool | None = None
    battery_low: bool | None = None


@dataclass(slots=True)
class PollReport:
    """One pass over the bus."""

    readings: list[MeterReading] = field(default_factory=list)
    duration: float = 0.0
    line_error: str | None = None

    @property
    def answered(self) -> int:
        """Return how many meters gave a reading."""
        return sum(1 for reading in self.readings if reading.value is not None)


class LineDroppedError(Exception):
    """The serial line failed during a poll."""


class MeterBus:
    """One RS-485 meter bus, polled on demand."""

    def __init__(
        self,
        url: str,
        protocol: MeterProtocol,
        *,
        baudrate: int = 2400,
        parity: str = "E",
        timeout: float | None = None,
        retries: int = 2,
        opener: Opener | None = None,
    ) -> None:
        """Describe the bus; `timeout` defaults to the response time plus the bytes' time."""
        self.url = url
        self.protocol = protocol
        self.baudrate = baudrate
        self.parity = parity
        self.bits_per_byte = 10 if parity == "N" else 11  # start + 8 data + parity + stop
        family = "cjt188" if protocol.is_water else "dlt645"
        wire_time = (24 + LONGEST_REPLY[family]) * self.bits_per_byte / baudrate
        self.timeout = timeout if timeout is not None else RESPONSE_TIME + wire_time
        self.retries = retries
        self._opener: Opener = opener or serialx.open_serial_connection
        self._reader: asyncio.StreamReader | None = None
        self._writer: Any = None

    @property
    def connected(self) -> bool:
        """Return whether the line is open."""
        return self._writer is not None

    def line_limit(self, addresses: Sequence[str]) -> float:
        """Return the seconds the bytes of a full poll take on the wire (the physical floor)."""
        total = sum(self.protocol.line_bytes(address) for address in addresses)
        return total * self.bits_per_byte / self.baudrate

    async def poll(self, addresses: Sequence[str]) -> PollReport:
        """Ask every meter once (plus retries); never raises for a meter or the line."""
        started = time.perf_counter()
        report = PollReport()
        try:
            await self._open()
            for address in addresses:
                report.readings.append(await self._read(address))
        except (OSError, serialx.SerialException, TimeoutError, LineDroppedError) as err:
            report.line_error = str(err) or type(err).__name__
            _LOGGER.warning("Meter bus %s: %s", self.url, report.line_error)
            await self.close()
            done = {reading.address for reading in report.readings}
            report.readings.extend(
                MeterReading(address, None, "disconnected")
                for address in addresses
                if address not in done
            )
        report.duration = time.perf_counter() - started
        return report

    async def close(self) -> None:
        """Close the line (the next poll reopens it)."""
        writer, self._writer, self._reader = self._writer, None, None
        if writer is not None:
            writer.close()
            with contextlib.suppress(OSError, serialx.SerialException):
                await writer.wait_closed()

    async def _open(self) -> None:
        if self._writer is not None:
            return
        self._reader, self._writer = await self._opener(
            url=self.url, baudrate=self.baudrate, parity=self.parity
        )

    async def _read(self, address: str) -> MeterReading:
        request = self.protocol.request(address)
        for attempt in range(1, self.retries + 2):
            self._writer.write(request)
            await self._writer.drain()
            reading = await self._await_reply(address, attempt)
            if reading is not None:
                return reading
        return MeterReading(address, None, "timeout", self.retries + 1)

    async def _await_reply(self, address: str, attempt: int) -> MeterReading | None:
        """Return the meter's answer, or None when it stays silent for `timeout`."""
        reader = self._reader
        if reader is None:
            raise LineDroppedError("line closed")
        decoder: dlt645.Decoder | cjt188.Decoder = (
            cjt188.Decoder() if self.protocol.is_water else dlt645.Decoder()
        )
        deadline = asyncio.get_running_loop().time() + self.timeout
        try:
            async with asyncio.timeout_at(deadline):
                while True:
                    chunk = await reader.read(READ_SIZE)
                    if not chunk:
                        raise LineDroppedError("line closed")
                    for frame in decoder.feed(chunk):
                        if reading := self._answer(frame, address, attempt):
                            return reading
        except TimeoutError:
            return None

    def _answer(
        self, frame: dlt645.Frame | cjt188.Frame, address: str, attempt: int
    ) -> MeterReading | None:
        """Return the reading a frame gives, or None for an echo or another meter's frame."""
        if frame.address != address.zfill(len(frame.address)) or not frame.control & 0x80:
            return None  # a late reply from another meter, or our own request echoed
        try:
            if isinstance(frame, cjt188.Frame):
                water = cjt188.read_water(frame, address)
                return MeterReading(
                    address,
                    water.cubic_metres,
                    attempts=attempt,
                    valve_closed=water.valve_closed,
                    battery_low=water.battery_low,
                )
            if self.protocol is MeterProtocol.DLT645_1997:
                value = dlt645.read_energy(
                    frame, address, dlt645.FORWARD_ACTIVE_ENERGY_1997, dlt645.Version.V1997
                )
            else:
                value = dlt645.read_energy(frame, address)
        except (dlt645.Dlt645Error, cjt188.Cjt188Error) as err:
            return MeterReading(address, None, err.code, attempt)
        return MeterReading(address, value, attempts=attempt)
