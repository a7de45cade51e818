"""The console's registry CSV: upload (preview, then commit) and export.

`compound_security/import/preview` checks an uploaded CSV the way the import does
(`engine.importer`: every row against the registry and the rows before it) and answers
every bad row with its line and reason code (the console translates it), and the count
of good rows; nothing is stored. `compound_security/import/commit` stores it all or
nothing. `compound_security/registry/export` answers the registry as CSV text for the
browser to download: managers, clerks and police only (`registry_view` in full), ID
numbers masked, no watch.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
import csv
import io
from typing import Any, Final

from homeassistant.components.websocket_api import async_register_command
from homeassistant.core import HomeAssistant, callback
from homeassistant.util import dt as dt_util
import probatio as vol

from .console_command import ConsoleCall, console_command
from .csv_cells import spreadsheet_safe
from .engine.errors import RuleError
from .engine.importer import ImportPlan, ImportRejected, plan_import
from .engine.model import Household
from .permissions import Grant, Operation, refusal
from .registry_search import natural_key

MAX_UPLOAD_CHARS: Final = 1_000_000  # a browser upload: about 10,000 rows
IMPORT_KINDS: Final = ("registry",)
UPLOAD_FIELDS: Final[dict[Any, Any]] = {
    vol.Required("kind"): vol.In(IMPORT_KINDS),
    vol.Required("content"): str,
}
EXPORT_COLUMNS: Final = (
    "building",
    "unit",
    "room",
    "area_m2",
    "tenure",
    "electricity_meter",
    "water_meter",
    "name",
    "role",
    "phone",
    "id_number_mask",
    "moved_out",
    "card_uid",
    "card_type",
    "card_status",
    "valid_from",
    "valid_until",
    "chip_uid",
    "vehicle_kind",
    "plate",
)


def _content(msg: dict[str, Any]) -> str:
    content: str = msg["content"]
    if len(content) > MAX_UPLOAD_CHARS:
        raise RuleError("upload_too_large", max_kb=str(MAX_UPLOAD_CHARS // 1000))
    return content


def _answer(plan: ImportPlan | None, rejected: ImportRejected | None) -> dict[str, Any]:
    """Return the verdict on a CSV: its bad rows (all of them) and how many are good."""
    if rejected is not None:
        bad = {error.row for error in rejected.errors}
        header_refused = 1 in bad  # then no row was read
        return {
            "valid": False,
            "rows": rejected.rows,
            "good_rows": 0 if header_refused else max(rejected.rows - len(bad), 0),
            "errors": [
                {"line": error.row, "code": error.code, "placeholders": error.placeholders}
                for error in rejected.errors
            ],
        }
    assert plan is not None  # noqa: S101  # one of the two is given
    return {
        "valid": True,
        "rows": len(plan.people),
        "good_rows": len(plan.people),
        "errors": [],
        "counts": {
            "households": len(plan.households),
            "people": len(plan.people),
            "cards": len(plan.cards),
            "vehicles": len(plan.vehicles),
        },
    }


@console_command("import/preview", UPLOAD_FIELDS, Operation.REGISTRY_IMPORT)
async def ws_import_preview(msg: dict[str, Any], call: ConsoleCall) -> dict[str, Any]:
    """Check an uploaded CSV row by row; store nothing."""
    content = _content(msg)
    scratch = call.registry.engine.clone()
    try:
        plan = await call.hass.async_add_executor_job(
            plan_import, content, scratch, dt_util.now().date()
        )
    except ImportRejected as rejected:
        return _answer(None, rejected)
    return _answer(plan, None)


@console_command("import/commit", UPLOAD_FIELDS, Operation.REGISTRY_IMPORT)
async def ws_import_commit(msg: dict[str, Any], call: ConsoleCall) -> dict[str, Any]:
    """Store an uploaded CSV, all or nothing; a refused one answers its bad rows."""
    content = _content(msg)
    try:
        counts = await call.registry.async_import_text(content)
    except ImportRejected as rejected:
        return _answer(None, rejected) | {"stored": False}
    rows = counts["people"]
    return {"valid": True, "stored": True, "rows": rows, "good_rows": rows, "errors": []} | {
        "counts": dict(counts)
    }


def export_rows(
    households: Mapping[str, Household],
    stored: Mapping[str, Mapping[str, Mapping[str, Any]]],
    members: Mapping[str, list[str]],
) -> Iterator[dict[str, Any]]:
    """Yield one row per person and card or vehicle (pairing them), one per empty flat."""
    cards_of: dict[str, list[Mapping[str, Any]]] = {}
    for card in stored["cards"].values():
        cards_of.setdefault(card["person_id"], []).append(card)
    vehicles_of: dict[str, list[Mapping[str, Any]]] = {}
    for vehicle in stored["vehicles"].values():
        vehicles_of.setdefault(vehicle["person_id"], []).append(vehicle)
    for household in sorted(households.values(), key=natural_key):
        flat = stored["households"][household.id]
        base = {key: flat.get(key) for key in EXPORT_COLUMNS[:7]}
        people = [stored["people"][person_id] for person_id in members.get(household.id, [])]
        if not people:
            yield base
        for person in sorted(people, key=lambda person: person["name"]):
            row = base | {
                "name": person["name"],
                "role": person["role"],
                "phone": person.get("phone"),
                "id_number_mask": person.get("id_number_mask"),
                "moved_out": (person.get("moved_out") or {}).get("date"),
            }
            cards = cards_of.get(person["id"], [])
            vehicles = vehicles_of.get(person["id"], [])
            for index in range(max(len(cards), len(vehicles), 1)):
                card = cards[index] if index < len(cards) else {}
                vehicle = vehicles[index] if index < len(vehicles) else {}
                yield row | {
                    "card_uid": card.get("uid"),
                    "card_type": card.get("card_type"),
                    "card_status": card.get("status", "active") if card else None,
                    "valid_from": card.get("valid_from"),
                    "valid_until": card.get("valid_until"),
                    "chip_uid": vehicle.get("chip_uid"),
                    "vehicle_kind": vehicle.get("kind"),
                    "plate": vehicle.get("plate"),
                }


def export_csv(rows: Iterator[dict[str, Any]]) -> tuple[str, int]:
    """Return the rows as CSV text with a header, and how many rows there are."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=EXPORT_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    count = 0
    for count, row in enumerate(rows, start=1):  # noqa: B007  # the count is kept
        writer.writerow({key: spreadsheet_safe(row.get(key)) for key in EXPORT_COLUMNS})
    return buffer.getvalue(), count


@console_command("registry/export", {}, Operation.REGISTRY_VIEW)
async def ws_registry_export(msg: dict[str, Any], call: ConsoleCall) -> dict[str, Any]:
    """Answer the whole registry as CSV text (not a resident's or a guard's to take)."""
    if call.grant is not Grant.ALL:
        raise refusal(call.caller, Operation.REGISTRY_VIEW, call.connection.context(msg))
    registry = call.registry
    engine = registry.engine
    stored = {
        "households": registry.households.data,
        "people": registry.people.data,
        "cards": registry.cards.data,
        "vehicles": registry.vehicles.data,
    }
    members = {home: [p.id for p in engine.people_of(home)] for home in engine.households}
    text, rows = export_csv(export_rows(engine.households, stored, members))
    day = dt_util.now().date().isoformat()
    return {"file_name": f"registry-{day}.csv", "content": text, "rows": rows}


@callback
def async_setup_console_import_websocket(hass: HomeAssistant) -> None:
    """Register the registry CSV commands, once; each finds its compound per message."""
    for command in (ws_import_preview, ws_import_commit, ws_registry_export):
        async_register_command(hass, command)
