"""Run a simulated compound: `python -m compound_simulator SCENARIO.yaml [options]`.

Creates the hardware (readers and meter buses on ptys or TCP ports, relays and door
contacts on the MQTT broker, cameras on an HTTP port, a UHPPOTE controller on a UDP port
for the access points wired to one), writes `endpoints.json` and
`registry.csv` into the state folder for whoever configures Home Assistant, then plays the
scenario's day at `--rate` simulated seconds per real second until stopped.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
from dataclasses import dataclass, field
from datetime import datetime, timedelta
import json
import logging
from pathlib import Path
import signal
from zoneinfo import ZoneInfo

from custom_components.compound_security.transport.meter_bus import MeterProtocol

from .controller_doors import ControllerDoors
from .devices import CameraServer, MqttGate, Reader
from .frigate_events import FrigateFeed
from .lines import PtyLine, TcpLine
from .meters import MeterBusSimulator, SimulatedMeter
from .scenario import Event, Scenario, load, past_readings_csv, registry_csv

_LOGGER = logging.getLogger("compound_simulator")
SHANGHAI = ZoneInfo("Asia/Shanghai")  # the compound's zone: a utility export names its months
KWH_PER_PERSON_HOUR = 0.14  # about 100 kWh a month
M3_PER_PERSON_HOUR = 0.0055  # about 4 m³ a month
GROUP_RENTAL_FACTOR = 6.0
DEMO_PLATE = "苏E·D1234"  # the car the demo gives the watched resident, as Frigate reads it


def face_name(person: object) -> str:
    """Return a resident's name in Frigate's face library (the demo's: no real name)."""
    return f"resident_{person.card_uid:010X}"  # type: ignore[attr-defined]


@dataclass(slots=True)
class Options:
    """Where the simulated hardware listens."""

    state_dir: Path
    rate: float = 60.0
    start: str = "07:00"
    mqtt_host: str = "127.0.0.1"
    mqtt_port: int = 1883
    http_host: str = "127.0.0.1"
    http_port: int = 8124
    transport: str = "pty"  # override every reader's and bus's transport, or "scenario"
    wait_for: Path | None = None  # play the day only once this file exists (Home Assistant set up)
    controller_port: int = 0  # the UHPPOTE controller's UDP port (0: any free one)


@dataclass(slots=True)
class Compound:
    """The running hardware."""

    readers: dict[str, dict[str, Reader]] = field(default_factory=dict)  # ap -> which -> reader
    gates: dict[str, MqttGate] = field(default_factory=dict)
    buses: list[MeterBusSimulator] = field(default_factory=list)
    lines: list[PtyLine | TcpLine] = field(default_factory=list)
    controller: ControllerDoors = field(default_factory=ControllerDoors)
    endpoints: dict[str, list[dict[str, object]]] = field(default_factory=dict)


class Simulator:
    """Plays one scenario."""

    def __init__(self, scenario: Scenario, options: Options) -> None:
        """Prepare; `run` starts everything."""
        self.scenario = scenario
        self.options = options
        hour, minute = (int(x) for x in options.start.split(":"))
        self.started = datetime.now()  # noqa: DTZ005  # the simulated day is local time
        self.day_start = self.started.replace(hour=hour, minute=minute, second=0, microsecond=0)
        self.compound = Compound()
        self.cameras = CameraServer(options.http_host, options.http_port, self.clock_text)
        self.frigate = FrigateFeed(options.mqtt_host, options.mqtt_port)
        self.cameras.alerts.clock = self.clock_iso
        self.played = 0

    def now(self) -> datetime:
        """Return the simulated time."""
        elapsed = (datetime.now() - self.started).total_seconds()  # noqa: DTZ005
        return self.day_start + timedelta(seconds=elapsed * self.options.rate)

    def clock_iso(self) -> str:
        """Return the simulated time as a camera's alerts give it (ISO 8601, +08:00)."""
        return self.now().replace(microsecond=0, tzinfo=SHANGHAI).isoformat()

    def clock_text(self) -> str:
        """Return the simulated time for camera overlays."""
        return self.now().strftime("%Y-%m-%d %H:%M:%S")

    async def _line(self, name: str, transport: str, on_data: object = None) -> PtyLine | TcpLine:
        chosen = transport if self.options.transport == "scenario" else self.options.transport
        line: PtyLine | TcpLine
        if chosen == "tcp":
            line = TcpLine("127.0.0.1", 0, on_data)  # type: ignore[arg-type]
        else:
            line = PtyLine(self.options.state_dir / f"tty{name}", on_data)  # type: ignore[arg-type]
        await line.start()
        self.compound.lines.append(line)
        return line

    async def start(self) -> None:
        """Create every device and write the endpoints for Home Assistant's setup."""
        state = self.options.state_dir
        state.mkdir(parents=True, exist_ok=True)
        loop = asyncio.get_running_loop()
        endpoints = self.compound.endpoints
        endpoints["access_points"] = []
        for ap in self.scenario.access_points:
            entry: dict[str, object] = {"name": ap.name, "zone": ap.zone, "direction": ap.direction}
            entry |= {k: v for k, v in (("building", ap.building), ("unit", ap.unit)) if v}
            endpoints["access_points"].append(entry)
            if ap.controller == "uhppote":  # no reader line, no relay: the board has them
                self.compound.controller.add(ap.name)
                continue
            card = await self._line(f"{ap.slug}_card", ap.reader)
            readers = {"card": Reader(card, ap.frame_format)}
            entry |= {"card_reader_url": card.url, "card_reader_frame_format": ap.frame_format}
            if ap.frigate_camera:
                entry["frigate_camera"] = ap.frigate_camera
            if ap.zone == "garage":
                chip = await self._line(f"{ap.slug}_chip", ap.reader)
                readers["chip"] = Reader(chip, "rdm6300")
                entry |= {"chip_reader_url": chip.url, "chip_reader_frame_format": "rdm6300"}
            self.compound.readers[ap.name] = readers
            gate = MqttGate(
                self.options.mqtt_host,
                self.options.mqtt_port,
                f"{ap.slug}_relay",
                f"{ap.slug}_door",
                loop,
            )
            gate.start()
            self.compound.gates[ap.name] = gate
            entry |= {
                "gate_mqtt_topic": gate.command_topic,
                "gate_mqtt_payload": "ON",
                "door_mqtt_topic": gate.contact_topic,
            }
        endpoints["access_controllers"] = []
        if self.compound.controller.doors:
            endpoints["access_controllers"].append(
                await self.compound.controller.start("127.0.0.1", self.options.controller_port)
            )
        endpoints["meter_buses"] = []
        for protocol, water in ((MeterProtocol.DLT645_2007, False), (MeterProtocol.CJT188, True)):
            meters = [
                SimulatedMeter(
                    h.water_meter if water else h.electricity_meter,
                    round(self._usage(h, water, hours=24 * 200), 2),
                )
                for h in self.scenario.households
            ]
            bus = MeterBusSimulator(meters, water=water)
            line = await self._line(
                "water" if water else "electricity", self.scenario.meter_transport, bus.feed
            )
            bus.send = line.write
            self.compound.buses.append(bus)
            endpoints["meter_buses"].append(
                {
                    "name": "Water meters" if water else "Electricity meters",
                    "url": line.url,
                    "protocol": protocol.value,
                    "baudrate": self.scenario.meter_baudrate,
                }
            )
        await self.cameras.start()
        self.frigate.start()
        endpoints["cameras"] = []
        for camera in self.scenario.cameras:
            self.cameras.cameras[camera.slug] = camera.name
            endpoints["cameras"].append(
                {
                    "name": camera.name,
                    "snapshot_url": self.cameras.url(camera.slug),
                    # The same camera as a Hikvision one: its ISAPI alert stream (digest).
                    "isapi_snapshot_url": self.cameras.isapi_url(camera.slug),
                    "isapi_login": list(self.cameras.alerts.login),
                    "access_points": camera.access_points,
                    "public": camera.public,
                    "facade": camera.facade,
                    "elevator_building": camera.elevator_building,
                    "frigate_camera": camera.frigate_camera,
                }
            )
        (state / "registry.csv").write_text(registry_csv(self.scenario), encoding="utf-8")
        (state / "past-readings.csv").write_text(
            past_readings_csv(self.scenario, datetime.now(SHANGHAI).date()), encoding="utf-8"
        )
        watched = [p for p in self.scenario.people() if p.watch]
        endpoints["watched_cards"] = [{"card_uid": f"{p.card_uid:010X}"} for p in watched]
        # Frigate knows the watched resident's face, and their car's plate (faces, plates).
        endpoints["recognised"] = [
            {"card_uid": f"{p.card_uid:010X}", "face_name": face_name(p), "plate": DEMO_PLATE}
            for p in watched
        ]
        (state / "endpoints.json").write_text(
            json.dumps(endpoints, indent=2, ensure_ascii=False), encoding="utf-8"
        )
        _LOGGER.info("Simulated compound %s is up; endpoints in %s", self.scenario.name, state)

    def _usage(self, household: object, water: bool, hours: float) -> float:  # noqa: FBT001
        people = len(household.people)  # type: ignore[attr-defined]
        per_hour = M3_PER_PERSON_HOUR if water else KWH_PER_PERSON_HOUR
        factor = GROUP_RENTAL_FACTOR if household.group_rental else 1.0  # type: ignore[attr-defined]
        return people * per_hour * factor * hours

    def _advance_meters(self, hours: float) -> None:
        for bus in self.compound.buses:
            for household in self.scenario.households:
                address = household.water_meter if bus.water else household.electricity_meter
                meter = bus.meters[address]
                meter.value = round(meter.value + self._usage(household, bus.water, hours), 3)

    def play(self, event: Event) -> None:
        """Make one event happen on the hardware."""
        readers = self.compound.readers.get(event.access_point, {})
        wired = event.access_point in self.compound.controller.doors
        match event.kind:
            case "passage" | "watch_out" if event.person is not None and wired:
                self.compound.controller.present(event.access_point, event.person.card_uid)
            case "passage" | "watch_out" if event.person is not None:
                readers["card"].present(event.person.card_uid)
            case "theft" if event.person is not None and event.person.chip_uid is not None:
                # The chip passes the garage with no card from its owner: after the grace
                # period the barrier stays shut and the theft alarm is raised.
                (readers.get("chip") or readers["card"]).present(event.person.chip_uid)
            case "forced_door" if wired:
                self.compound.controller.pass_through(event.access_point)
            case "forced_door":
                self.compound.gates[event.access_point].pass_through()
            case "camera_dark" | "camera_back" | "throw" | "camera_tamper":
                self._play_camera(event.kind, _slug_of(self.scenario, event.camera))
            case "face" | "plate" if event.person is not None:
                self._recognise(event.kind, event.access_point, event.person)
            case "ebike_elevator":  # Frigate sees an e-bike wheeled into the elevator
                self.frigate.ride_elevator(_frigate_name(self.scenario, event.camera))
        self.played += 1
        if event.kind != "passage":
            _LOGGER.info("%s %s %s", event.at, event.kind, event.access_point or event.camera)

    def _recognise(self, kind: str, access_point: str, person: object) -> None:
        """Frigate recognises a resident at an access point's camera: a face or a plate."""
        camera = next(
            ap.frigate_camera for ap in self.scenario.access_points if ap.name == access_point
        )
        if kind == "face":
            self.frigate.recognise("face", camera, face_name(person))
        else:
            self.frigate.recognise("lpr", camera, DEMO_PLATE)

    def _play_camera(self, kind: str, slug: str) -> None:
        """Make a camera go dark or come back, or report on its ISAPI alert stream."""
        match kind:
            case "camera_dark":
                self.cameras.dark.add(slug)
            case "camera_back":
                self.cameras.dark.discard(slug)
            case "throw":  # 高空抛物: the alert with the camera's picture of the moment
                self.cameras.alerts.throw(slug, self.cameras.picture(slug))
            case _:
                self.cameras.alerts.tamper(slug)

    async def run(self) -> None:
        """Play the day, then the next, until cancelled."""
        await self.start()
        await self.wait_for_go()
        events = self.scenario.events
        index = next(
            (i for i, e in enumerate(events) if e.at >= self.day_start.time()), len(events)
        )
        last = self.now()
        while True:
            now = self.now()
            self._advance_meters((now - last).total_seconds() / 3600)
            last = now
            while index < len(events) and events[index].at <= now.time():
                self.play(events[index])
                index += 1
            if index >= len(events) and now.time() < events[0].at:
                index = 0  # a new day
            await asyncio.sleep(0.05)

    async def wait_for_go(self) -> None:
        """Hold the day until `wait_for` exists, then start its clock at `start`.

        The hardware is up meanwhile (Home Assistant is being configured against it), but
        nobody swipes before the registry is in place.
        """
        if (go := self.options.wait_for) is None:
            return
        while not await asyncio.to_thread(go.exists):  # noqa: ASYNC110  # another process writes it
            await asyncio.sleep(0.2)
        self.started = datetime.now()  # noqa: DTZ005  # the simulated day is local time
        _LOGGER.info("Home Assistant is ready: the day starts at %s", self.options.start)

    async def stop(self) -> None:
        """Take everything down."""
        for gate in self.compound.gates.values():
            gate.stop()
        for bus in self.compound.buses:
            bus.close()
        self.compound.controller.stop()
        for line in self.compound.lines:
            await line.stop()
        await self.cameras.stop()
        self.frigate.stop()


def _frigate_name(scenario: Scenario, camera: str | None) -> str:
    found = next((c for c in scenario.cameras if c.name == camera), None)
    return (found.frigate_camera if found else None) or str(camera)


def _slug_of(scenario: Scenario, camera: str) -> str:
    return next((c.slug for c in scenario.cameras if c.name == camera), camera)


def parse_args(argv: list[str] | None = None) -> tuple[Path, Options, int | None]:
    """Read the command line."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("scenario", type=Path)
    parser.add_argument("--state-dir", type=Path, default=Path("simulator-state"))
    parser.add_argument("--seed", type=int, help="override the scenario's seed")
    parser.add_argument("--rate", type=float, default=60.0, help="simulated s per real s")
    parser.add_argument("--start", default="07:00", help="simulated time of day to start at")
    parser.add_argument("--mqtt-port", type=int, default=1883)
    parser.add_argument("--http-port", type=int, default=8124)
    parser.add_argument("--transport", choices=["pty", "tcp", "scenario"], default="scenario")
    parser.add_argument("--wait-for", type=Path, help="start the day only once this file exists")
    parser.add_argument("--controller-port", type=int, default=0, help="UHPPOTE UDP port")
    args = parser.parse_args(argv)
    options = Options(
        state_dir=args.state_dir,
        rate=args.rate,
        start=args.start,
        mqtt_port=args.mqtt_port,
        http_port=args.http_port,
        transport=args.transport,
        wait_for=args.wait_for,
        controller_port=args.controller_port,
    )
    return args.scenario, options, args.seed


async def _main(argv: list[str] | None = None) -> None:
    path, options, seed = parse_args(argv)
    simulator = Simulator(load(path, seed), options)
    task = asyncio.current_task()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, task.cancel)  # type: ignore[union-attr]
    try:
        await simulator.run()
    except asyncio.CancelledError:
        pass
    finally:
        with contextlib.suppress(Exception):
            await simulator.stop()


def main() -> None:
    """Run until interrupted."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    asyncio.run(_main())


if __name__ == "__main__":
    main()
