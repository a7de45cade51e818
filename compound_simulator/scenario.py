"""A scenario: a compound and a day of its traffic, generated from a YAML file and a seed.

The compound is buildings, households, people, cards, vehicles, meters, cameras and access
points; the day is residents coming and going plus the incidents the file plants.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from pathlib import Path
import random
from typing import Any

import yaml  # type: ignore[import-untyped]

from custom_components.compound_security.engine.idnumber import check_character

CARD_TYPES = ["citizen_card", "id_card"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英"


@dataclass(slots=True)
class Person:
    """A resident with a card (and maybe an e-bike)."""

    name: str
    role: str
    card_uid: int  # RDM6300 / EM4100 id, 5 bytes
    card_type: str
    id_number: str
    chip_uid: int | None = None
    watch: bool = False


@dataclass(slots=True)
class Household:
    """A flat and its people and meters."""

    building: int
    unit: int
    room: str
    area_m2: float
    tenure: str
    electricity_meter: str
    water_meter: str
    people: list[Person] = field(default_factory=list)
    group_rental: bool = False  # its meters run far above the compound

    @property
    def label(self) -> str:
        """Return building-unit-room."""
        return f"{self.building}-{self.unit}-{self.room}"


@dataclass(slots=True)
class AccessPoint:
    """A gate with a reader, a relay and a door contact, or a door of an access controller."""

    name: str
    zone: str
    direction: str
    reader: str  # pty or tcp
    frame_format: str  # rdm6300, wiegand or text
    slug: str
    building: str = ""  # a unit door's
    unit: str = ""
    controller: str = ""  # "uhppote": reader, lock and contact wired to a UHPPOTE board
    frigate_camera: str = ""  # its faces and plates come from this Frigate camera


@dataclass(slots=True)
class Camera:
    """A camera served as an HTTP snapshot URL."""

    name: str
    slug: str
    access_points: list[str]
    public: bool
    facade: str | None = None  # a Hikvision façade camera: its ISAPI alert stream is used
    elevator_building: str | None = None  # an elevator camera, watched through Frigate
    frigate_camera: str | None = None  # its name in Frigate


@dataclass(slots=True)
class Event:
    """A moment of the day's traffic."""

    at: time
    # passage, watch_out, theft, forced_door, camera_dark, camera_back; and on a camera's
    # ISAPI alert stream: throw (高空抛物, with its picture), camera_tamper; on an elevator
    # camera's Frigate: ebike_elevator
    kind: str
    access_point: str = ""
    person: Person | None = None
    camera: str = ""


@dataclass(slots=True)
class Scenario:
    """Everything the simulator plays."""

    name: str
    seed: int
    households: list[Household]
    access_points: list[AccessPoint]
    cameras: list[Camera]
    events: list[Event]
    meter_baudrate: int = 2400
    meter_transport: str = "tcp"  # meter buses usually reach the office via converters

    def people(self) -> list[Person]:
        """Return every resident."""
        return [person for household in self.households for person in household.people]


def _id_number(rng: random.Random) -> str:
    body = f"320507{rng.randint(1940, 2005)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    body += f"{rng.randint(0, 999):03d}"
    return body + check_character(body)


def _slug(name: str) -> str:
    return "".join(c if c.isalnum() and c.isascii() else "_" for c in name.lower()).strip("_")


def load(path: Path, seed: int | None = None) -> Scenario:
    """Read a scenario file and generate its compound and day."""
    spec: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return generate(spec, seed if seed is not None else int(spec.get("seed", 1)))


def generate(spec: dict[str, Any], seed: int) -> Scenario:
    """Generate the compound and its day from a scenario's description."""
    rng = random.Random(seed)
    layout = spec["compound"]
    households: list[Household] = []
    uids = iter(rng.sample(range(0x1000000, 0xFFFFFFFF), 20 * 4096))
    meter_number = 0
    for building in range(1, layout["buildings"] + 1):
        for unit in range(1, layout["units_per_building"] + 1):
            for floor in range(1, layout["floors"] + 1):
                for door in range(1, layout["flats_per_floor"] + 1):
                    meter_number += 1
                    rental = rng.random() < layout.get("rental_share", 0.25)
                    household = Household(
                        building,
                        unit,
                        f"{floor}{door:02d}",
                        rng.choice([60.0, 75.0, 90.0, 110.0, 130.0]),
                        "rental" if rental else "owner",
                        f"{meter_number:012d}",
                        f"{meter_number:014d}",
                    )
                    size = rng.choice([1, 2, 2, 3, 3, 4]) if not rental else rng.choice([1, 2])
                    for n in range(size):
                        role = ("tenant" if rental else "owner") if n == 0 else "family"
                        if rental:
                            role = "tenant"
                        person = Person(
                            rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN),
                            role,
                            0x0100000000 | next(uids),
                            "residence_permit"
                            if rental
                            else rng.choice(["citizen_card", "id_card"]),
                            _id_number(rng),
                        )
                        if rng.random() < layout.get("ebike_share", 0.3):
                            person.chip_uid = 0xE000000000 | next(uids)
                        household.people.append(person)
                    households.append(household)
    for index in spec.get("group_rentals", []):
        households[index % len(households)].group_rental = True
    elderly = households[spec.get("watched_household", 0) % len(households)].people[0]
    elderly.watch = True
    thief_target = next(p for h in households for p in h.people if p.chip_uid is not None)
    access_points = [
        AccessPoint(
            ap["name"],
            ap.get("zone", "compound_gate"),
            ap.get("direction", "both"),
            ap.get("reader", "pty"),
            ap.get("frame_format", "rdm6300"),
            _slug(ap["name"]),
            str(ap.get("building", "")),
            str(ap.get("unit", "")),
            ap.get("controller", ""),
            ap.get("frigate_camera", ""),
        )
        for ap in spec["access_points"]
    ]
    cameras = [
        Camera(
            cam["name"],
            _slug(cam["name"]),
            cam.get("access_points", []),
            cam.get("public", False),
            cam.get("facade"),
            None if cam.get("elevator_building") is None else str(cam["elevator_building"]),
            cam.get("frigate_camera"),
        )
        for cam in spec.get("cameras", [])
    ]
    events = _day(spec.get("traffic", {}), rng, households, access_points, elderly, thief_target)
    return Scenario(
        layout["name"],
        seed,
        households,
        access_points,
        cameras,
        events,
        int(spec.get("meter_baudrate", 2400)),
        spec.get("meter_transport", "tcp"),
    )


def _day(
    traffic: dict[str, Any],
    rng: random.Random,
    households: list[Household],
    access_points: list[AccessPoint],
    elderly: Person,
    thief_target: Person,
) -> list[Event]:
    """Return the day's events: residents coming and going, and the planted incidents."""
    gates = [ap.name for ap in access_points if ap.zone == "compound_gate"]
    gates = gates or [access_points[0].name]
    garages = [ap.name for ap in access_points if ap.zone == "garage"] or gates
    people = [p for h in households for p in h.people]
    events: list[Event] = []
    per_hour = float(traffic.get("passages_per_hour", 120))
    for hour in range(24):
        busy = 2.5 if hour in (7, 8, 17, 18) else 0.2 if hour < 6 else 1.0  # noqa: PLR2004
        for _ in range(int(per_hour * busy)):
            at = time(hour, rng.randrange(60), rng.randrange(60))
            events.append(Event(at, "passage", rng.choice(gates), rng.choice(people)))
    for incident in traffic.get("incidents", []):
        hour, minute = (int(x) for x in str(incident["at"]).split(":"))
        at = time(hour, minute)
        kind = incident["kind"]
        if kind == "watch_out":
            events.append(Event(at, kind, incident.get("access_point", gates[0]), elderly))
        elif kind == "theft":
            events.append(Event(at, kind, incident.get("access_point", garages[0]), thief_target))
        elif kind == "forced_door":
            events.append(Event(at, kind, incident.get("access_point", garages[0])))
        elif kind in ("face", "plate"):  # Frigate recognises a resident (a face, a car's plate)
            events.append(Event(at, kind, incident["access_point"], elderly))
        elif kind in ("camera_dark", "camera_back", "throw", "camera_tamper", "ebike_elevator"):
            events.append(Event(at, kind, camera=incident["camera"]))
    # Last, so adding a unit door leaves the rest of the day as it was.
    per_door = float(traffic.get("unit_door_passages_per_hour", 8))
    for door in (ap for ap in access_points if ap.zone == "unit_door"):
        events += _unit_door_day(door, households, per_door, rng)
    return sorted(events, key=lambda event: event.at)


def _unit_door_day(
    door: AccessPoint, households: list[Household], per_hour: float, rng: random.Random
) -> list[Event]:
    """Return a unit door's passages: the residents behind it (its building and unit)."""
    people = [
        p
        for h in households
        if door.building in ("", str(h.building)) and door.unit in ("", str(h.unit))
        for p in h.people
    ]
    events: list[Event] = []
    for hour in range(24 if people else 0):
        busy = 2.5 if hour in (7, 8, 17, 18) else 0.2 if hour < 6 else 1.0  # noqa: PLR2004
        for _ in range(round(per_hour * busy)):
            at = time(hour, rng.randrange(60), rng.randrange(60))
            events.append(Event(at, "passage", door.name, rng.choice(people)))
    return events


def registry_csv(scenario: Scenario) -> str:
    """Return the compound as a CSV for the `import_registry` action."""
    rows = [
        (
            "building,unit,room,area_m2,tenure,electricity_meter,water_meter,name,role,id_number,"
            "card_uid,card_type,valid_until,chip_uid,vehicle_kind"
        )
    ]
    for household in scenario.households:
        for person in household.people:
            valid_until = "2027-12-31" if person.card_type == "residence_permit" else ""
            # "0x": a hex number of only decimal digits would otherwise be read as decimal.
            chip = f"0x{person.chip_uid:010X}" if person.chip_uid is not None else ""
            rows.append(
                f"{household.building},{household.unit},{household.room},{household.area_m2},"
                f"{household.tenure},{household.electricity_meter},{household.water_meter},"
                f"{person.name},{person.role},{person.id_number},0x{person.card_uid:010X},"
                f"{person.card_type},{valid_until},{chip},{'ebike' if chip else ''}"
            )
    return "\n".join(rows) + "\n"


def past_readings_csv(scenario: Scenario, this_month: date, months: int = 3) -> str:
    """Return the months before `this_month` as an `import_meter_readings` CSV.

    A utility's export: electricity by the flat's size and people, water by its people; the
    group rentals' meters run about six (electricity) and four (water) times as much, so the
    demo's usage page has its suspects on the first visit.
    """
    rng = random.Random(scenario.seed)
    rows = ["meter,period,electricity_kwh,water_m3"]
    for back in range(months, 0, -1):
        year, month = divmod(this_month.year * 12 + this_month.month - 1 - back, 12)
        period = f"{year}-{month + 1:02d}"
        for household in scenario.households:
            people = len(household.people)
            kwh = (35 * people + 0.6 * household.area_m2) * rng.uniform(0.85, 1.15)
            water = 3.2 * people * rng.uniform(0.8, 1.2)
            if household.group_rental:
                kwh, water = kwh * 6, water * 4
            rows.append(f"{household.electricity_meter},{period},{kwh:.1f},")
            rows.append(f"{household.water_meter},{period},,{water:.1f}")
    return "\n".join(rows) + "\n"
