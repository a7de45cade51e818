"""The console's registry page: search, a household's page, an ID number checked as typed.

`compound_security/registry/search` (paged, see `registry_search`),
`compound_security/household/detail` and `compound_security/person/check_id`. What each
answer holds follows the caller's grants: the household's records by `registry_view`
(a guard finds flats and names only), its open alarms by `alarm_view`, its recent
passages by `access_log_query`, its electricity and water statistics by `usage_view`,
and the wanted-list result at registration by `wanted_result`. Times are ISO 8601 UTC.
"""

from __future__ import annotations

from datetime import UTC
from typing import Any, Final

from homeassistant.components.websocket_api import async_register_command
from homeassistant.core import HomeAssistant, callback
from homeassistant.util import dt as dt_util
import probatio as vol

from .console_command import ID, ConsoleCall, console_command, page_fields
from .console_import import async_setup_console_import_websocket
from .console_register import async_setup_register_websocket
from .engine.audit import AccessQuery
from .engine.errors import RuleError
from .engine.idnumber import normalize_id_number
from .engine.lifecycle import expires_soon
from .permissions import (
    Caller,
    Grant,
    Operation,
    grant,
    may_for_household,
    may_handle_alarm,
    refusal,
    wanted_result,
)
from .registry_search import search_households
from .registry_view import visible

RECENT_PASSAGES: Final = 20


@console_command(
    "registry/search",
    {vol.Optional("query", default=""): vol.All(str, vol.Length(max=100)), **page_fields()},
    Operation.REGISTRY_VIEW,
)
async def ws_search(msg: dict[str, Any], call: ConsoleCall) -> dict[str, Any]:
    """Find households by flat, name, phone, plate or card number; one page of them."""
    registry = call.registry
    return search_households(
        registry.engine,
        registry.people.data,
        registry.vehicles.data.values(),
        msg["query"],
        grant=call.grant,
        own_household=call.caller.household_id,
        offset=msg["offset"],
        limit=msg["limit"],
    )


def _cards(call: ConsoleCall, person_ids: list[str]) -> list[dict[str, Any]]:
    engine = call.registry.engine
    today = dt_util.now().date()
    stored = call.registry.cards.data
    return [
        {
            "card_id": card.id,
            "person_id": card.person_id,
            "uid": str(card.uid),
            "card_type": card.card_type.value,
            "status": card.status.value,
            "status_reason": stored.get(card.id, {}).get("status_reason"),
            "valid_from": card.valid_from.isoformat() if card.valid_from else None,
            "valid_until": card.valid_until.isoformat() if card.valid_until else None,
            "expires_soon": expires_soon(card, today),
        }
        for person_id in person_ids
        for card in sorted(engine.cards_of(person_id), key=lambda card: str(card.uid))
    ]


def _vehicles(call: ConsoleCall, person_ids: list[str]) -> list[dict[str, Any]]:
    engine = call.registry.engine
    stored = call.registry.vehicles.data
    return [
        {
            "vehicle_id": vehicle.id,
            "person_id": vehicle.person_id,
            "chip_uid": str(vehicle.chip),
            "kind": vehicle.kind.value,
            "plate": stored.get(vehicle.id, {}).get("plate"),
            "locked": vehicle.locked,
        }
        for person_id in person_ids
        for vehicle in engine.vehicles_of(person_id)
    ]


def _alarms(call: ConsoleCall, household_id: str) -> list[dict[str, Any]]:
    """Return the household's unhandled alarms the caller may see, newest first."""
    engine = call.registry.engine
    shown = [
        alarm
        for alarm in call.entry.runtime_data.desk.open.values()
        if alarm.household_id == household_id
        and may_handle_alarm(
            call.caller,
            Operation.ALARM_VIEW,
            {"kind": alarm.kind, "household_id": alarm.household_id},
            engine,
        )
    ]
    return [
        {
            "alarm_id": alarm.alarm_id,
            "kind": alarm.kind,
            "access_point_id": alarm.access_point_id,
            "time": alarm.time.astimezone(UTC).isoformat(),
        }
        for alarm in sorted(shown, key=lambda alarm: alarm.time, reverse=True)
    ]


async def _passages(call: ConsoleCall, household_id: str) -> list[dict[str, Any]]:
    """Return the household's last passages: when, where, who, granted or why not."""
    entries = await call.entry.runtime_data.audit.async_query(
        AccessQuery(household_id=household_id, limit=RECENT_PASSAGES)
    )
    people = call.registry.engine.people
    access_points = call.entry.runtime_data.access_points
    return [
        {
            "time": entry["time"],
            "access_point_id": entry["access_point_id"],
            "access_point": (
                point.name if (point := access_points.get(entry["access_point_id"])) else None
            ),
            "direction": entry["direction"],
            "credential": entry["credential"],
            "decision": entry["decision"],
            "reason": entry["reason"],
            "person_id": entry["person_id"],
            "name": person.name if (person := people.get(entry["person_id"] or "")) else None,
        }
        for entry in entries
    ]


def _person(caller: Caller, item: dict[str, Any], call: ConsoleCall) -> dict[str, Any] | None:
    shown = visible(caller, "person", item, call.registry.engine)
    if shown is not None:
        shown.pop("id_number_hash", None)  # the mask is all anybody sees
    return shown


@console_command("household/detail", {vol.Required("household_id"): ID}, Operation.REGISTRY_VIEW)
async def ws_household_detail(msg: dict[str, Any], call: ConsoleCall) -> dict[str, Any]:
    """Return a household's page: its records, and what else the caller's role may see."""
    household_id = msg["household_id"]
    registry = call.registry
    item = registry.households.data.get(household_id)
    if item is None:
        raise RuleError("household_not_found", household_id=household_id[:40])
    caller = call.caller
    if not may_for_household(caller, Operation.REGISTRY_VIEW, household_id) and (
        call.grant is not Grant.FIND
    ):
        raise refusal(caller, Operation.REGISTRY_VIEW, call.connection.context(msg))
    household = visible(caller, "household", item, registry.engine) or {}
    household["flat"] = registry.engine.households[household_id].label
    members = [
        shown
        for person in registry.engine.people_of(household_id)
        if (shown := _person(caller, registry.people.data[person.id], call)) is not None
    ]
    members.sort(key=lambda person: (person.get("role") != "owner", person["name"]))
    answer: dict[str, Any] = {"household": household, "people": members}
    if call.grant is not Grant.FIND:
        person_ids = [person["id"] for person in members]
        answer["cards"] = _cards(call, person_ids)
        answer["vehicles"] = _vehicles(call, person_ids)
        answer["meters"] = {
            key: item[key] for key in ("electricity_meter", "water_meter") if item.get(key)
        }
    if may_for_household(caller, Operation.USAGE_VIEW, household_id):
        answer["statistics"] = {
            kind: call.entry.runtime_data.usage.statistic_id(household_id, kind)
            for kind in ("electricity", "water")
        }
    if grant(caller, Operation.ALARM_VIEW) is not Grant.NONE:
        answer["alarms"] = _alarms(call, household_id)
    if may_for_household(caller, Operation.ACCESS_LOG_QUERY, household_id):
        answer["passages"] = await _passages(call, household_id)
    return answer


@console_command(
    "person/check_id",
    {vol.Required("id_number"): vol.All(str, vol.Length(max=30))},
    Operation.ID_NUMBER_ENTER,
)
async def ws_check_id(msg: dict[str, Any], call: ConsoleCall) -> dict[str, Any]:
    """Check an ID number as it is typed: well-formed, and (for some roles) wanted.

    The number is neither stored nor logged: it is hashed (in the executor, scrypt is
    slow) only to look it up in the wanted list, and only for a caller who may learn
    the result.
    """
    engine = call.registry.engine
    try:
        number = normalize_id_number(msg["id_number"], dt_util.now().date())
    except RuleError as err:
        return {"valid": False, "reason": err.code}
    answer: dict[str, Any] = {"valid": True, "mask": "*" * 17 + number[-1]}
    if grant(call.caller, Operation.WANTED_RESULT) is Grant.NONE:
        return answer
    digest = await call.hass.async_add_executor_job(engine.id_hasher.hash, number)
    answer["wanted"] = wanted_result(call.caller, listed=digest in engine.wanted)
    return answer


@callback
def async_setup_registry_console_websocket(hass: HomeAssistant) -> None:
    """Register the registry page's commands, once; each finds its compound per message."""
    for command in (ws_search, ws_household_detail, ws_check_id):
        async_register_command(hass, command)
    async_setup_console_import_websocket(hass)
    async_setup_register_websocket(hass)
