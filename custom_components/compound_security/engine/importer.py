"""Registry import from a CSV file: every row checked first, then all stored or none.

One row per person. Household columns repeat for everyone in a flat; a flat that is
already registered (same building, unit and room) is reused. A row may also issue the
person's card and register their vehicle.

Columns (header required, order free, unknown columns refused):
  building, unit, room, area_m2, tenure        the flat (tenure: owner | rental)
  electricity_meter, water_meter               the flat's meter addresses, optional
  name, role, phone, id_number                 the person (role: owner | family | tenant)
  card_uid, card_type, valid_from, valid_until the card, optional
  chip_uid, vehicle_kind, plate                the vehicle, optional
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .csvfile import read_rows
from .errors import RuleError
from .registry import Registry
from .uid import reparseable, uid_from_canonical

HOUSEHOLD_COLUMNS = ("building", "unit", "room", "area_m2", "tenure")
METER_COLUMNS = ("electricity_meter", "water_meter")
PERSON_COLUMNS = ("name", "role", "phone", "id_number")
CARD_COLUMNS = ("card_uid", "card_type", "valid_from", "valid_until")
VEHICLE_COLUMNS = ("chip_uid", "vehicle_kind", "plate")
COLUMNS = HOUSEHOLD_COLUMNS + METER_COLUMNS + PERSON_COLUMNS + CARD_COLUMNS + VEHICLE_COLUMNS
REQUIRED = (*HOUSEHOLD_COLUMNS, "name", "role")
MAX_ROWS = 50_000


@dataclass(frozen=True, slots=True)
class RowError:
    """What is wrong with one data row (numbered from 2: the header is row 1)."""

    row: int
    code: str
    placeholders: dict[str, str] = field(default_factory=dict)


class ImportRejected(Exception):  # noqa: N818  # a verdict on the file, not a crash
    """The file was refused; nothing was stored."""

    def __init__(self, errors: list[RowError], rows: int = 0) -> None:
        """Keep every row error, and how many data rows were read (good and bad)."""
        super().__init__(f"{len(errors)} rows refused")
        self.errors = errors
        self.rows = rows


@dataclass(slots=True)
class ImportPlan:
    """Records to create, in order. `ref` keys link them before real ids exist."""

    households: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    people: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    cards: list[dict[str, Any]] = field(default_factory=list)
    vehicles: list[dict[str, Any]] = field(default_factory=list)


def plan_import(
    source: str | Iterable[str], registry: Registry, today: date | None = None
) -> ImportPlan:
    """Check every row against `registry` plus the rows before it; raise `ImportRejected`.

    `source` is the CSV text or its lines (a file being read: rows are planned as they
    come). ID numbers are hashed here, which is slow: call this in an executor, on a
    clone of the live registry. Planned people carry the hash and mask only; storing
    them checks the wanted list as a registration does.
    """
    header, rows = read_rows(source)
    unknown = [name for name in header if name not in COLUMNS]
    missing = [name for name in REQUIRED if name not in header]
    if unknown or missing:
        raise ImportRejected(
            [
                RowError(
                    1,
                    "import_header",
                    {"unknown": ", ".join(unknown) or "-", "missing": ", ".join(missing) or "-"},
                )
            ]
        )
    scratch = registry.clone()
    plan = ImportPlan()
    errors: list[RowError] = []
    count = 0
    for count, (number, row) in enumerate(rows, start=1):  # counted after the loop
        if count > MAX_ROWS:
            errors.append(RowError(number, "import_too_many_rows", {"max": str(MAX_ROWS)}))
            break
        try:
            _plan_row(row, number, scratch, plan, today)
        except RuleError as err:
            errors.append(RowError(number, err.code, dict(err.placeholders)))
    if errors:
        raise ImportRejected(errors, count)
    return plan


def _plan_row(
    row: dict[str, str],
    number: int,
    scratch: Registry,
    plan: ImportPlan,
    today: date | None,
) -> None:
    household_data = {key: row.get(key, "") for key in HOUSEHOLD_COLUMNS + METER_COLUMNS}
    household_id = scratch.household_at(
        household_data["building"], household_data["unit"], household_data["room"]
    )
    if household_id is None:
        stored = scratch.prepare_household(household_data, today=today)
        household_id = f"import-household-{number}"
        scratch.put_household({"id": household_id, **stored})
        plan.households.append((household_id, stored))
    person_data = {key: row.get(key, "") for key in PERSON_COLUMNS} | {"household_id": household_id}
    stored_person, _wanted = scratch.prepare_person(person_data, today=today)
    person_id = f"import-person-{number}"
    scratch.put_person({"id": person_id, **stored_person})
    plan.people.append((person_id, stored_person))
    if row.get("card_uid"):
        card_data = {
            "uid": row["card_uid"],
            "person_id": person_id,
            "card_type": row.get("card_type", ""),
            "valid_from": row.get("valid_from"),
            "valid_until": row.get("valid_until"),
        }
        stored_card = scratch.prepare_card(card_data, today=today)
        scratch.put_card({"id": f"import-card-{number}", **stored_card})
        # The plan is stored through the same checks again: hand over text that reads
        # back as the same card (canonical "0102088475" alone would read as decimal).
        plan.cards.append(
            stored_card | {"uid": reparseable(uid_from_canonical(stored_card["uid"]))}
        )
    if row.get("chip_uid"):
        vehicle_data = {
            "chip_uid": row["chip_uid"],
            "person_id": person_id,
            "kind": row.get("vehicle_kind", ""),
            "plate": row.get("plate"),
        }
        stored_vehicle = scratch.prepare_vehicle(vehicle_data)
        scratch.put_vehicle({"id": f"import-vehicle-{number}", **stored_vehicle})
        chip = reparseable(uid_from_canonical(stored_vehicle["chip_uid"]))
        plan.vehicles.append(stored_vehicle | {"chip_uid": chip})
