"""The compound simulator: deterministic scenarios, real lines, real MQTT, real HTTP cameras."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator
from datetime import date, time, timedelta
import json
from pathlib import Path
import socket

import aiohttp
import pytest

from compound_simulator.__main__ import Options, Simulator, parse_args
from compound_simulator.scenario import Event, load, past_readings_csv, registry_csv
from custom_components.compound_security.engine.importer import plan_import
from custom_components.compound_security.engine.readings import parse_csv
from custom_components.compound_security.engine.registry import Registry
from custom_components.compound_security.engine.usage import MonthlyUsage, analyze
from custom_components.compound_security.transport.frames import Decoder, FrameFormat, make_decoder
from custom_components.compound_security.transport.isapi import (
    IsapiEvent,
    IsapiLoginError,
    StreamCutError,
    alert_stream_url,
    read_alert_stream,
)
from custom_components.compound_security.transport.meter_bus import MeterBus, MeterProtocol
from custom_components.compound_security.transport.uhppote import UhppoteClient
from custom_components.compound_security.transport.uhppote_types import (
    ControllerAddress,
    EventKind,
    EventReason,
)

from .engine_fixtures import HASHER
from .test_mqtt_broker import Broker, broker  # noqa: F401  # the real Mosquitto fixture

pytestmark = pytest.mark.usefixtures("socket_enabled")
SCENARIO = Path(__file__).parents[1] / "demo" / "caohu.yaml"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_scenarios_are_deterministic_and_importable() -> None:
    first, again, other = load(SCENARIO), load(SCENARIO), load(SCENARIO, seed=1)
    assert registry_csv(first) == registry_csv(again)
    assert registry_csv(first) != registry_csv(other)
    assert len(first.households) == 288
    plan = plan_import(registry_csv(first), Registry(HASHER))
    assert (len(plan.households), len(plan.people)) == (288, len(first.people()))
    kinds = [event.kind for event in first.events if event.kind != "passage"]
    assert kinds == [
        "watch_out",
        "face",
        "plate",
        "theft",
        "throw",
        "forced_door",
        "camera_dark",
        "camera_back",
        "watch_out",
        "ebike_elevator",
    ]
    assert sum(1 for p in first.people() if p.watch) == 1
    assert sum(1 for h in first.households if h.group_rental) == 2
    # The unit door on the controller is used by its own residents only.
    behind = {
        p.card_uid for h in first.households if (h.building, h.unit) == (1, 1) for p in h.people
    }
    at_door = [e for e in first.events if e.access_point == "Building 1 unit 1"]
    assert len(at_door) > 100
    assert {e.person.card_uid for e in at_door if e.person} <= behind


def test_command_line() -> None:
    path, options, seed = parse_args(["x.yaml", "--rate", "600", "--transport", "tcp"])
    assert (path, options.rate, options.transport, seed) == (Path("x.yaml"), 600.0, "tcp", None)


@pytest.fixture
async def simulator(tmp_path: Path, broker: Broker) -> AsyncGenerator[Simulator]:  # noqa: F811
    options = Options(
        state_dir=tmp_path / "sim",
        rate=60,
        mqtt_port=broker.port,
        http_port=free_port(),
        transport="tcp",
    )
    simulator = Simulator(load(SCENARIO), options)
    await simulator.start()
    yield simulator
    await simulator.stop()


async def read_frame(url: str, decoder: Decoder, act: object) -> object:
    host, port = url.removeprefix("socket://").split(":")
    reader, writer = await asyncio.open_connection(host, int(port))
    await asyncio.sleep(0.1)
    act()  # type: ignore[operator]
    try:
        async with asyncio.timeout(5):
            while True:
                if found := decoder.feed(await reader.read(64)):
                    return found[0]
    finally:
        writer.close()


async def test_the_hardware_speaks_real_protocols(simulator: Simulator, broker: Broker) -> None:  # noqa: F811
    endpoints = json.loads((simulator.options.state_dir / "endpoints.json").read_text())
    north = next(ap for ap in endpoints["access_points"] if ap["name"] == "North gate")
    person = simulator.scenario.people()[0]

    # A passage: the card reader sends the person's RDM6300 frame.
    event = Event(time(8), "passage", "North gate", person)
    uid = await read_frame(
        north["card_reader_url"], make_decoder(FrameFormat.RDM6300), lambda: simulator.play(event)
    )
    assert uid.value == person.card_uid  # type: ignore[attr-defined]

    # The relay obeys Tasmota's command and the door contact reports like Zigbee2MQTT.
    contact = await broker.receive_one(north["door_mqtt_topic"])
    await broker.publish(north["gate_mqtt_topic"], "ON")
    async with asyncio.timeout(5):
        output, _ = await contact.communicate()
    assert json.loads(output)["contact"] in (True, False)
    async with asyncio.timeout(5):
        while simulator.compound.gates["North gate"].opened == 0:  # noqa: ASYNC110
            await asyncio.sleep(0.05)

    # Meters answer DL/T 645 and CJ/T 188 over TCP, like RS-485 converters.
    for bus, protocol in zip(
        endpoints["meter_buses"], (MeterProtocol.DLT645_2007, MeterProtocol.CJT188), strict=True
    ):
        meter_bus = MeterBus(bus["url"], protocol, baudrate=bus["baudrate"], timeout=1)
        household = simulator.scenario.households[0]
        address = household.water_meter if protocol.is_water else household.electricity_meter
        report = await meter_bus.poll([address])
        await meter_bus.close()
        assert report.answered == 1, report

    # Cameras are JPEG snapshot URLs; a dark camera answers 503.
    camera = endpoints["cameras"][1]
    async with aiohttp.ClientSession() as session:
        async with session.get(camera["snapshot_url"]) as response:
            first = await response.read()
            assert response.content_type == "image/jpeg"
        async with session.get(camera["snapshot_url"]) as response:
            assert await response.read() != first  # never frozen
        simulator.play(Event(time(13), "camera_dark", camera=camera["name"]))
        async with session.get(camera["snapshot_url"]) as response:
            assert response.status == 503
    assert first.startswith(b"\xff\xd8")
    assert simulator.played == 2


async def test_group_rental_meters_run_high(simulator: Simulator) -> None:
    simulator._advance_meters(hours=24 * 30)
    electricity = simulator.compound.buses[0]
    per_person = {
        h.label: electricity.meters[h.electricity_meter].value / len(h.people)
        for h in simulator.scenario.households
    }
    rentals = [h.label for h in simulator.scenario.households if h.group_rental]
    typical = sorted(per_person.values())[len(per_person) // 2]
    assert all(per_person[label] > 4 * typical for label in rentals)


async def test_the_day_waits_for_home_assistant(tmp_path: Path) -> None:
    """The demo's residents start swiping only once Home Assistant holds the registry."""
    go = tmp_path / "ready"
    _path, options, _ = parse_args(
        ["x.yaml", "--wait-for", str(go), "--state-dir", str(tmp_path / "sim")]
    )
    assert options.wait_for == go
    simulator = Simulator(load(SCENARIO), options)
    waiting = asyncio.create_task(simulator.wait_for_go())
    await asyncio.sleep(0.5)
    assert not waiting.done()
    before = simulator.started
    go.touch()
    async with asyncio.timeout(5):
        await waiting
    assert simulator.started > before  # the simulated day's clock starts now
    assert simulator.now() - simulator.day_start < timedelta(minutes=2)


def test_the_past_months_flag_the_group_rentals_on_the_first_visit() -> None:
    scenario = load(SCENARIO)
    by_meter = {}
    for household in scenario.households:
        by_meter[household.electricity_meter] = household.label
        by_meter[household.water_meter] = household.label
    usage: dict[str, dict[str, MonthlyUsage]] = {}
    for row in parse_csv(past_readings_csv(scenario, date(2026, 11, 30))):
        month = usage.setdefault(by_meter[row["meter"]], {})
        before = month.get(row["period"], MonthlyUsage())
        month[row["period"]] = MonthlyUsage(
            float(row["electricity_kwh"]) if row["electricity_kwh"] else before.electricity_kwh,
            float(row["water_m3"]) if row["water_m3"] else before.water_m3,
        )
    assert sorted({period for months in usage.values() for period in months}) == [
        "2026-08",
        "2026-09",
        "2026-10",
    ]
    occupants = {h.label: len(h.people) for h in scenario.households}
    flagged = {flag.household_id for flag in analyze(usage, occupants, period="2026-10")}
    assert flagged == {h.label for h in scenario.households if h.group_rental}


async def test_a_unit_door_wired_to_a_uhppote_controller(simulator: Simulator) -> None:
    """The demo's unit door: no reader line and no relay, a board on UDP instead."""
    endpoints = json.loads((simulator.options.state_dir / "endpoints.json").read_text())
    door = next(ap for ap in endpoints["access_points"] if ap["name"] == "Building 1 unit 1")
    assert door == {
        "name": "Building 1 unit 1",
        "zone": "unit_door",
        "direction": "both",
        "building": "1",
        "unit": "1",
    }
    (controller,) = endpoints["access_controllers"]
    assert controller["doors"] == {"1": "Building 1 unit 1"}
    address = ControllerAddress(controller["serial"], controller["host"], controller["port"])
    client = UhppoteClient(address, timeout=2)
    info = await client.get_controller()
    assert info.serial == controller["serial"] == 405419896
    await client.record_special_events(enable=True)  # as Home Assistant does: door events

    # A swipe reaches the board as Wiegand 34 (the UID's low 32 bits); with no host in
    # control and no cards stored, the board refuses it alone.
    board = simulator.compound.controller.board
    person = simulator.scenario.households[0].people[0]
    simulator.play(Event(time(8), "passage", "Building 1 unit 1", person))
    swipe = board.events[-1]
    assert (swipe.kind, swipe.door, swipe.card) == (
        EventKind.SWIPE,
        1,
        person.card_uid & 0xFFFFFFFF,
    )
    assert swipe.reason == EventReason.DENIED_UNKNOWN_CARD

    # Pushed open while locked, the door is forced; the contact closes again by itself.
    simulator.play(Event(time(11), "forced_door", "Building 1 unit 1"))
    async with asyncio.timeout(2):
        while board.events[-1].reason != EventReason.FORCED_OPEN:  # noqa: ASYNC110
            await asyncio.sleep(0.02)
    assert board.events[-1].kind == EventKind.ALARM


async def test_a_camera_alert_stream_with_digest_login_throws_and_cut(
    simulator: Simulator,
) -> None:
    """Each camera is also a Hikvision one: its alert stream carries the day's throws."""
    endpoints = json.loads((simulator.options.state_dir / "endpoints.json").read_text())
    camera = endpoints["cameras"][0]
    url = alert_stream_url(camera["isapi_snapshot_url"])
    username, password = camera["isapi_login"]
    slug = url.path.split("/")[2]
    async with aiohttp.ClientSession() as session:
        with pytest.raises(IsapiLoginError):
            async for _ in read_alert_stream(session, url, username, "wrong"):
                pass
        events = read_alert_stream(session, url, username, password)
        simulator.cameras.alerts.heartbeat = 0.1
        first = await anext(events)
        assert (first.event_type, first.state) == ("videoloss", "inactive")
        simulator.play(Event(time(14), "throw", camera=camera["name"]))
        simulator.play(Event(time(14), "camera_tamper", camera=camera["name"]))
        seen: dict[str, IsapiEvent] = {}
        async with asyncio.timeout(5):
            while len(seen) < 3:  # heartbeats, the throw, the tampering
                event = await anext(events)
                seen[event.event_type] = event
        assert seen["shelteralarm"].active
        throw = seen["objectsThrownDetection"]
        assert throw.active
        assert throw.picture is not None
        assert throw.picture.startswith(b"\xff\xd8")
        assert throw.time is not None
        assert throw.time.utcoffset() == timedelta(hours=8)
        assert simulator.cameras.alerts.cut(slug) == 1
        with pytest.raises(StreamCutError):
            async for _ in events:
                pass
