"""Access levels (权限组): which doors a credential opens, and when (GB 50396 §5.1).

A level names access points, or whole zones (`compound_gates`, `garages`, `unit_doors`
for every unit door, `unit_doors:<building>` for one building's), and a weekly schedule.
Nobody needs one to get in at home: the default resident level opens the compound gates,
their own building's unit doors (their own unit's, where a door names its unit) and, when
their household has a vehicle, the garages, at any time. Staff and contractors hold named
levels; anyone may hold extra levels, and exceptions shut single access points for one
person whatever their levels say.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
import re
from typing import Any

from .errors import RuleError
from .schedule import ALWAYS, WeeklySchedule
from .settings import AccessPointSettings

MAX_LEVEL_NAME = 60
MAX_LEVEL_TARGETS = 200
_ZONE = re.compile(r"compound_gates|garages|unit_doors(?::[^\s:]{1,20})?")


class AccessZone(StrEnum):
    """The zones access points stand in (the access point's `zone` setting)."""

    COMPOUND_GATE = "compound_gate"
    UNIT_DOOR = "unit_door"
    GARAGE = "garage"


class Verdict(StrEnum):
    """What the levels say about one presentation."""

    PERMITTED = "permitted"
    NOT_PERMITTED_HERE = "not_permitted_here"
    OUTSIDE_SCHEDULE = "outside_schedule"


@dataclass(frozen=True, slots=True)
class AccessLevel:
    """Named doors and zones, open on a schedule."""

    id: str
    name: str
    access_points: frozenset[str] = frozenset()
    zones: frozenset[str] = frozenset()
    schedule: WeeklySchedule = ALWAYS

    @classmethod
    def from_item(cls, item: Mapping[str, Any]) -> AccessLevel:
        """Build from a stored item."""
        return cls(
            str(item["id"]),
            str(item["name"]),
            frozenset(item.get("access_points") or ()),
            frozenset(item.get("zones") or ()),
            WeeklySchedule.from_dict(item.get("schedule") or {}),
        )

    def covers(self, access_point: AccessPointSettings) -> bool:
        """Return whether this level names the access point or a zone it stands in."""
        if access_point.id in self.access_points:
            return True
        zone = access_point.zone
        if zone == AccessZone.COMPOUND_GATE:
            return "compound_gates" in self.zones
        if zone == AccessZone.GARAGE:
            return "garages" in self.zones
        return zone == AccessZone.UNIT_DOOR and (
            "unit_doors" in self.zones
            or (
                bool(access_point.building)
                and f"unit_doors:{access_point.building.casefold()}" in self.zones
            )
        )


def prepare_level(data: Mapping[str, Any], known_access_points: Iterable[str]) -> dict[str, Any]:
    """Check a level as typed by a manager; return what to store."""
    name = " ".join(str(data.get("name") or "").split())
    if not name or len(name) > MAX_LEVEL_NAME:
        raise RuleError("level_name_invalid", max=str(MAX_LEVEL_NAME))
    known = set(known_access_points)
    points = [str(p) for p in data.get("access_points") or ()]
    if unknown := [p for p in points if p not in known]:
        raise RuleError("access_point_not_found", access_point=unknown[0][:40])
    zones = [str(z).strip().casefold() for z in data.get("zones") or ()]
    if bad := [z for z in zones if not _ZONE.fullmatch(z)]:
        raise RuleError("level_zone_invalid", zone=bad[0][:40])
    if len(points) + len(zones) > MAX_LEVEL_TARGETS:
        raise RuleError("level_too_large", max=str(MAX_LEVEL_TARGETS))
    if not points and not zones:
        raise RuleError("level_empty")
    schedule = WeeklySchedule.from_dict(data.get("schedule") or ALWAYS.to_dict())
    return {
        "name": name,
        "access_points": sorted(set(points)),
        "zones": sorted(set(zones)),
        "schedule": schedule.to_dict(),
    }


@dataclass(frozen=True, slots=True)
class Holder:
    """What the levels need to know about whoever presents a credential."""

    resident_building: str | None = None  # None: not a resident (staff, contractor)
    resident_unit: str | None = None
    has_vehicle: bool = False
    levels: tuple[str, ...] = ()
    denied: frozenset[str] = field(default_factory=frozenset)


def resident_covers(holder: Holder, access_point: AccessPointSettings) -> bool:
    """Return whether the default resident level opens this access point."""
    if holder.resident_building is None:
        return False
    match access_point.zone:
        case AccessZone.COMPOUND_GATE:
            return True
        case AccessZone.GARAGE:
            return holder.has_vehicle
        case AccessZone.UNIT_DOOR:
            return _own_unit_door(holder, access_point)
    return False


def _own_unit_door(holder: Holder, door: AccessPointSettings) -> bool:
    """Return whether a unit door is the holder's (no building named: everyone's)."""
    building = holder.resident_building or ""
    if door.building and door.building.casefold() != building.casefold():
        return False
    if not door.unit or holder.resident_unit is None:
        return True
    return door.unit.casefold() == holder.resident_unit.casefold()


def judge(
    holder: Holder,
    access_point: AccessPointSettings,
    levels: Mapping[str, AccessLevel],
    now: datetime,
) -> Verdict:
    """Return whether the holder may pass here now, and if not, why.

    An exception shuts the door whatever the levels say. Otherwise a level that covers
    the door and is open now permits; one that covers it but is closed now makes the
    refusal `outside_schedule` rather than `not_permitted_here`.
    """
    if access_point.id in holder.denied:
        return Verdict.NOT_PERMITTED_HERE
    if resident_covers(holder, access_point):
        return Verdict.PERMITTED
    verdict = Verdict.NOT_PERMITTED_HERE
    for level_id in holder.levels:
        level = levels.get(level_id)
        if level is None or not level.covers(access_point):
            continue
        if level.schedule.allows(now):
            return Verdict.PERMITTED
        verdict = Verdict.OUTSIDE_SCHEDULE
    return verdict
