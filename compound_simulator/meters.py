"""Household meters answering on a simulated RS-485 bus: DL/T 645 electricity, CJ/T 188 water.

A meter answers only requests for its own address (real meters stay silent otherwise) and
can misbehave on purpose: stay silent, send a corrupt reply, or send an error reply. With a
`baudrate`, replies are held back by the time the request and the reply take on the wire,
so a poll over a pty takes as long as on a real line.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from custom_components.compound_security.transport import cjt188, dlt645


class Behaviour(StrEnum):
    """How a simulated meter answers."""

    NORMAL = "normal"
    SILENT = "silent"
    CORRUPT = "corrupt"  # the checksum is wrong
    ERROR = "error"  # an abnormal reply (DL/T 645 SERR 02 "no requested data"; CJ/T 188 ST)


def _bcd(value: int, size: int) -> bytes:
    """Return `value` as `size` BCD bytes, least significant first."""
    return bytes.fromhex(f"{value:0{size * 2}d}"[-size * 2 :])[::-1]


@dataclass(slots=True)
class SimulatedMeter:
    """One meter: its address, register and behaviour."""

    address: str
    value: float  # kWh or m³
    behaviour: Behaviour = Behaviour.NORMAL
    valve_closed: bool = False
    swapped_di: bool = False  # CJ/T 188: sends the DI as 1F 90
    reply_delay: float = 0.0  # seconds a slow meter takes to answer

    def answer_dlt645(self, frame: dlt645.Frame) -> bytes | None:
        """Return the reply to a DL/T 645 request (2007 or 1997 read)."""
        if frame.is_reply or self.behaviour is Behaviour.SILENT:
            return None
        function = frame.control & 0x1F
        if function not in (0x11, 0x01):
            return None
        size = 4 if function == 0x11 else 2  # noqa: PLR2004
        if self.behaviour is Behaviour.ERROR:
            return dlt645.build_frame(self.address, function | 0xC0, b"\x02")
        register = _bcd(round(self.value * 100) % 10**8, 4)
        reply = dlt645.build_frame(self.address, function | 0x80, frame.data[:size] + register)
        return _corrupt(reply) if self.behaviour is Behaviour.CORRUPT else reply

    def answer_cjt188(self, frame: cjt188.Frame, now: datetime | None = None) -> bytes | None:
        """Return the reply to a CJ/T 188 901F read."""
        if frame.control & 0x80 or self.behaviour is Behaviour.SILENT:
            return None
        serial = frame.data[2:3] or b"\x00"
        status = bytes([0b01 if self.valve_closed else 0b00, 0])
        if self.behaviour is Behaviour.ERROR:
            return _cjt188_frame(frame.meter_type, self.address, 0xC1, serial + b"\x13\x00")
        flow = _bcd(round(self.value * 100) % 10**8, 4) + b"\x2c"  # unit: m³
        moment = now or datetime.now()  # noqa: DTZ005  # a meter's clock has no zone
        clock = bytes.fromhex(moment.strftime("%S%M%H%d%m%y") + moment.strftime("%Y")[:2])
        di = b"\x1f\x90" if self.swapped_di else b"\x90\x1f"
        reply = _cjt188_frame(
            frame.meter_type, self.address, 0x81, di + serial + flow + flow + clock + status
        )
        return _corrupt(reply) if self.behaviour is Behaviour.CORRUPT else reply


def _cjt188_frame(meter_type: int, address: str, control: int, data: bytes) -> bytes:
    body = (
        bytes([0x68, meter_type])
        + cjt188.encode_address(address)
        + bytes([control, len(data)])
        + data
    )
    return cjt188.PREAMBLE + body + bytes([sum(body) % 256, 0x16])


def _corrupt(frame: bytes) -> bytes:
    return frame[:-2] + bytes([(frame[-2] + 1) % 256]) + frame[-1:]


class MeterBusSimulator:
    """The meters of one bus behind one line (`PtyLine` or `TcpLine`)."""

    def __init__(
        self,
        meters: list[SimulatedMeter],
        *,
        water: bool = False,
        baudrate: int | None = None,
        bits_per_byte: int = 11,
    ) -> None:
        """Describe the bus; connect `feed` to a line's `on_data` and `send` to its `write`."""
        self.meters = {meter.address: meter for meter in meters}
        self.water = water
        self.baudrate = baudrate
        self.bits_per_byte = bits_per_byte
        self.requests = 0
        self._pending: set[asyncio.TimerHandle] = set()
        self.send: Callable[[bytes], None] | None = None
        self._decoder: dlt645.Decoder | cjt188.Decoder = (
            cjt188.Decoder() if water else dlt645.Decoder()
        )

    def feed(self, data: bytes) -> None:
        """Take bytes the master sent; answer the requests they complete."""
        for frame in self._decoder.feed(data):
            self.requests += 1
            meter = self.meters.get(frame.address)
            if meter is None:
                continue
            if isinstance(frame, cjt188.Frame):
                reply = meter.answer_cjt188(frame)
                request_size = 4 + 13 + len(frame.data)
            else:
                reply = meter.answer_dlt645(frame)
                request_size = 4 + 12 + len(frame.data)
            if reply is None or self.send is None:
                continue
            delay = meter.reply_delay
            if self.baudrate:
                delay += (request_size + len(reply)) * self.bits_per_byte / self.baudrate
            if delay:
                handle = asyncio.get_running_loop().call_later(delay, self._send_later, reply)
                self._pending.add(handle)
            else:
                self.send(reply)

    def _send_later(self, reply: bytes) -> None:
        now = asyncio.get_running_loop().time()
        self._pending = {handle for handle in self._pending if handle.when() > now}
        if self.send is not None:
            self.send(reply)

    def close(self) -> None:
        """Drop replies still on their way."""
        for handle in self._pending:
            handle.cancel()
        self._pending.clear()
