"""Meter buses over real ptys and TCP: simulated meters, the `dlt645` oracle, broken lines."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import pytest

from compound_simulator.lines import PtyLine, TcpLine
from compound_simulator.meters import Behaviour, MeterBusSimulator, SimulatedMeter
from custom_components.compound_security.transport.dlt645 import encode_address
from custom_components.compound_security.transport.meter_bus import (
    MeterBus,
    MeterProtocol,
    MeterReading,
)

pytestmark = pytest.mark.usefixtures("socket_enabled")
logging.getLogger("dlt645").setLevel(logging.WARNING)


def electricity_bus() -> list[SimulatedMeter]:
    return [
        SimulatedMeter("000000000101", 1234.56),
        SimulatedMeter("000000000102", 0.07),
        SimulatedMeter("000000000103", 88.0, Behaviour.SILENT),
        SimulatedMeter("000000000104", 88.0, Behaviour.CORRUPT),
        SimulatedMeter("000000000105", 88.0, Behaviour.ERROR),
        SimulatedMeter("000000000106", 999999.99),
    ]


async def start_pty(tmp_path: Path, simulator: MeterBusSimulator, *, echo: bool = False) -> PtyLine:
    line = PtyLine(tmp_path / "ttyMeters")

    def received(data: bytes) -> None:
        if echo:  # a half-duplex converter that echoes what the master sends
            line.write(data)
        simulator.feed(data)

    line.on_data = received
    simulator.send = line.write
    await line.start()
    return line


@pytest.mark.parametrize("echo", [False, True])
async def test_a_pty_bus_with_silent_corrupt_and_erroring_meters(
    tmp_path: Path, echo: bool
) -> None:
    meters = electricity_bus()
    simulator = MeterBusSimulator(meters)
    line = await start_pty(tmp_path, simulator, echo=echo)
    bus = MeterBus(line.url, MeterProtocol.DLT645_2007, baudrate=9600, timeout=0.15, retries=2)
    try:
        report = await bus.poll([meter.address for meter in meters] + ["000000000199"])
    finally:
        await bus.close()
        await line.stop()
    readings = {reading.address: reading for reading in report.readings}
    assert readings["000000000101"] == MeterReading("000000000101", 1234.56)
    assert readings["000000000102"].value == 0.07
    assert readings["000000000106"].value == 999999.99
    # Silent and corrupt meters are asked three times, then given up; an error reply is an answer.
    assert readings["000000000103"] == MeterReading("000000000103", None, "timeout", 3)
    assert readings["000000000104"] == MeterReading("000000000104", None, "timeout", 3)
    assert readings["000000000105"] == MeterReading("000000000105", None, "error_reply", 1)
    assert readings["000000000199"].error == "timeout"  # no such meter on the bus
    assert report.answered == 3
    assert report.line_error is None
    assert simulator.requests == 4 + 3 * 3  # three attempts only for the three that stay silent
    assert 3 * 3 * 0.15 <= report.duration < 3


async def test_a_meter_that_answers_late_is_not_taken_for_the_next(tmp_path: Path) -> None:
    """A reply arriving after the timeout belongs to its meter, not to the one asked next."""
    meters = [
        SimulatedMeter("000000000001", 1.0, reply_delay=1.0),
        SimulatedMeter("000000000002", 2.0, reply_delay=0.2),
        SimulatedMeter("000000000003", 3.0, reply_delay=0.5),
    ]
    simulator = MeterBusSimulator(meters)
    line = await start_pty(tmp_path, simulator)
    bus = MeterBus(line.url, MeterProtocol.DLT645_2007, timeout=0.6, retries=1)
    try:
        report = await bus.poll([meter.address for meter in meters])
    finally:
        simulator.close()
        await bus.close()
        await line.stop()
    # Meter 1 answers its first request at 1.0 s, during the retry (sent at 0.6 s); the
    # answer to that retry comes at 1.6 s while meter 3 is being asked, and is ignored.
    assert report.readings == [
        MeterReading("000000000001", 1.0, attempts=2),
        MeterReading("000000000002", 2.0),
        MeterReading("000000000003", 3.0),
    ]


async def test_dlt645_1997_meters(tmp_path: Path) -> None:
    simulator = MeterBusSimulator([SimulatedMeter("112233445566", 42.5)])
    line = await start_pty(tmp_path, simulator)
    bus = MeterBus(line.url, MeterProtocol.DLT645_1997, parity="N", timeout=0.3)
    assert bus.bits_per_byte == 10
    try:
        report = await bus.poll(["112233445566"])
    finally:
        await bus.close()
        await line.stop()
    assert report.readings == [MeterReading("112233445566", 42.5)]


@pytest.mark.parametrize("protocol", [MeterProtocol.CJT188, MeterProtocol.CJT188_SWAPPED])
async def test_water_meters_over_tcp_in_both_di_orders(protocol: MeterProtocol) -> None:
    meters = [
        SimulatedMeter("00000805000001", 123.0),
        SimulatedMeter("78330011223344", 1000.1, valve_closed=True, swapped_di=True),
        SimulatedMeter("00002020120218", 2.0, Behaviour.ERROR),
    ]
    simulator = MeterBusSimulator(meters, water=True)
    line = TcpLine(on_data=simulator.feed)
    simulator.send = line.write
    await line.start()
    bus = MeterBus(line.url, protocol, timeout=0.3)
    try:
        report = await bus.poll([meter.address for meter in meters])
    finally:
        await bus.close()
        await line.stop()
    first, second, third = report.readings
    assert first == MeterReading("00000805000001", 123.0, valve_closed=False, battery_low=False)
    assert second.value == 1000.1
    assert second.valve_closed is True
    assert third.error == "error_reply"


async def test_a_dropped_line_ends_the_poll_and_the_next_poll_reconnects() -> None:
    meters = [SimulatedMeter(f"{n:012d}", n) for n in range(1, 5)]
    simulator = MeterBusSimulator(meters)
    line = TcpLine()
    answered = 0

    def received(data: bytes) -> None:
        nonlocal answered
        answered += 1
        if answered == 2:  # the converter loses power while the second meter is asked
            line.drop_clients()
            return
        simulator.feed(data)

    line.on_data = received
    simulator.send = line.write
    await line.start()
    bus = MeterBus(line.url, MeterProtocol.DLT645_2007, timeout=0.3)
    try:
        report = await bus.poll([meter.address for meter in meters])
        assert report.line_error
        assert report.readings[0].value == 1
        assert {r.error for r in report.readings[2:]} == {"disconnected"}
        assert not bus.connected
        again = await bus.poll([meter.address for meter in meters])
    finally:
        await bus.close()
        await line.stop()
    assert again.answered == 4
    assert again.line_error is None


async def test_a_port_that_does_not_exist(tmp_path: Path) -> None:
    bus = MeterBus(str(tmp_path / "ttyNothing"), MeterProtocol.DLT645_2007)
    report = await bus.poll(["000000000001"])
    assert report.line_error
    assert report.readings == [MeterReading("000000000001", None, "disconnected")]


async def test_the_dlt645_oracle_meter_over_socket() -> None:
    """PyPI `dlt645` 3.2.0 serves one meter on TCP; the bus reads it through socket://."""
    from dlt645.service.serversvc.server_service import MeterServerService  # noqa: PLC0415

    address = "000102030425"
    meter = MeterServerService.new_tcp_server("127.0.0.1", 0)
    meter.set_address(bytearray(encode_address(address)))  # the oracle takes wire order
    meter.set_00(0x00010000, 7502.64)
    server = meter.server
    await asyncio.to_thread(server.start)
    try:
        port = server.port if hasattr(server, "port") else server.server_socket.getsockname()[1]
        bus = MeterBus(f"socket://127.0.0.1:{port}", MeterProtocol.DLT645_2007, timeout=1.0)
        report = await bus.poll([address])
        await bus.close()
    finally:
        await asyncio.to_thread(server.stop)
    assert report.readings == [MeterReading(address, 7502.64)]


def test_line_limit_counts_every_byte() -> None:
    bus = MeterBus("socket://x:1", MeterProtocol.DLT645_2007, baudrate=9600)
    # 20-byte request (4 FE) + 24-byte reply, 11 bits each at 9600 baud.
    assert bus.line_limit(["000000000001"]) == pytest.approx(44 * 11 / 9600)
    water = MeterBus("socket://x:1", MeterProtocol.CJT188, baudrate=2400, parity="N")
    assert water.line_limit(["00000000000001"]) == pytest.approx((20 + 39) * 10 / 2400)
