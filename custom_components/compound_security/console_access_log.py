"""The console's access log: who passed where and when, as the caller may see it.

`compound_security/access_log/query` pages through the log, newest first, with the
access point's name and, where the caller's grant allows, the person's name and flat;
`compound_security/access_log/export` returns the same rows as CSV text for the browser
to download (no file is written: nothing lands in a folder Home Assistant serves).

What a caller sees (the `access_log_query` and `live_passages` rows of the table):
- everyone's passages, names and flats: managers and the police (`access_log_query` all);
- the last 24 hours at the gates, flats only, a name only where the passage raised an
  alarm (a care-watch passage names the watched person so the guard can greet them):
  guards (`live_passages`), who may not follow a person, so no person filter either;
- their own household's passages: residents (and staff with a home, as residents).
Police-watch facts (重点人员) reach only those who may see the police watch: others see
such a passage with the watch the person has besides and without its police alarms
(`passage_privacy`, the rules the live feed follows too).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
import csv
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
import io
from typing import Any, Final

from homeassistant.components.websocket_api import async_register_command
from homeassistant.core import HomeAssistant, callback
from homeassistant.util import dt as dt_util
import probatio as vol

from .console_command import ID, ConsoleCall, console_command, page_fields
from .csv_cells import spreadsheet_safe
from .engine.audit import AccessQuery
from .engine.errors import RuleError
from .engine.outcomes import Reason
from .passage_privacy import alarms_told, named, watch_told
from .permissions import Caller, Grant, Operation, grant, refusal

MAX_EXPORT_ROWS: Final = 10_000
LIVE_WINDOW: Final = timedelta(hours=24)
DECISIONS: Final = ("granted", "denied")
FILTER_FIELDS: Final[dict[Any, Any]] = {
    vol.Optional("person_id"): ID,
    vol.Optional("household_id"): ID,
    vol.Optional("access_point_id"): ID,
    vol.Optional("start"): vol.All(str, vol.Length(max=40)),
    vol.Optional("end"): vol.All(str, vol.Length(max=40)),
    vol.Optional("decision"): vol.In(DECISIONS),
    vol.Optional("reason"): vol.In([reason.value for reason in Reason]),
}
CSV_COLUMNS: Final = (
    "time",
    "access_point",
    "direction",
    "decision",
    "reason",
    "credential",
    "uid",
    "flat",
    "name",
    "watch",
    "person_id",
    "household_id",
    "vehicle_id",
)


@dataclass(frozen=True, slots=True)
class LogScope:
    """What of the log one caller sees."""

    names: bool  # names, person and vehicle ids and card numbers on every row
    police: bool  # police-watch facts
    household_id: str | None = None  # only this household's passages
    since: datetime | None = None  # nothing earlier (the live passages' 24 hours)


def scope_for(caller: Caller) -> LogScope:
    """Return the caller's view of the log; raise `Unauthorized` if they have none."""
    police = grant(caller, Operation.POLICE_WATCH) is Grant.ALL
    query = grant(caller, Operation.ACCESS_LOG_QUERY)
    if query is Grant.ALL:
        return LogScope(names=True, police=police)
    if grant(caller, Operation.LIVE_PASSAGES) is Grant.ALL:  # a guard: at work, not at home
        return LogScope(names=False, police=police, since=dt_util.utcnow() - LIVE_WINDOW)
    if query is Grant.OWN and caller.household_id is not None:
        return LogScope(names=True, police=False, household_id=caller.household_id)
    raise refusal(caller, Operation.ACCESS_LOG_QUERY)


def _moment(value: str | None) -> datetime | None:
    """Parse an ISO 8601 time; one without a zone is the compound's local time."""
    if value is None:
        return None
    try:  # 2026-02-30 and year 1 in UTC+8 raise rather than answer None
        if (moment := dt_util.parse_datetime(value)) is not None:
            return dt_util.as_utc(dt_util.as_local(moment) if moment.tzinfo is None else moment)
    except ValueError, OverflowError:
        pass
    raise RuleError("time_invalid", value=value)


def build_query(
    msg: dict[str, Any], call: ConsoleCall, scope: LogScope, limit: int, offset: int
) -> AccessQuery:
    """Turn the filters into a query within the caller's scope (refusing what is outside)."""
    since, until = _moment(msg.get("start")), _moment(msg.get("end"))
    if since is not None and until is not None and since > until:
        raise RuleError("time_range_invalid")
    person_id, household_id = msg.get("person_id"), msg.get("household_id")
    if person_id is not None and not scope.names:
        raise refusal(call.caller, Operation.ACCESS_LOG_QUERY)  # following someone
    if scope.household_id is not None:
        person = call.registry.engine.people.get(person_id or "")
        others = household_id not in (None, scope.household_id)
        someone_else = person_id is not None and (
            person is None or person.household_id != scope.household_id
        )
        if others or someone_else:
            raise refusal(call.caller, Operation.ACCESS_LOG_QUERY)
        household_id = scope.household_id
    if scope.since is not None:
        since = max(since or scope.since, scope.since)
    return AccessQuery(
        person_id=person_id,
        household_id=household_id,
        access_point_id=msg.get("access_point_id"),
        since=since,
        until=until,
        decision=msg.get("decision"),
        reason=msg.get("reason"),
        limit=limit,
        offset=offset,
    )


def shown_row(
    entry: dict[str, Any], kinds: dict[str, str], scope: LogScope, call: ConsoleCall
) -> dict[str, Any]:
    """Return one log entry as the caller may see it, with names looked up.

    `kinds` holds the kind of (at least) each of the entry's alarms.
    """
    engine = call.registry.engine
    access_point = call.entry.runtime_data.access_points.get(entry["access_point_id"])
    household = engine.households.get(entry["household_id"] or "")
    person = engine.people.get(entry["person_id"] or "")
    raised = {i: kinds[i] for i in entry["alarm_ids"] if i in kinds}
    alarms = alarms_told(call.caller, raised, police=scope.police)
    watch = watch_told(entry["watch"], list(alarms.values()), person, police=scope.police)
    row = {
        "time": entry["time"],
        "access_point_id": entry["access_point_id"],
        "access_point": access_point.name if access_point is not None else None,
        "direction": entry["direction"],
        "decision": entry["decision"],
        "reason": entry["reason"],
        "credential": entry["credential"],
        "household_id": entry["household_id"],
        "flat": household.label if household is not None else None,
        "watch": watch,
        "alarm_ids": list(alarms),
    }
    if named(names=scope.names, alarms=alarms):
        row |= {
            "person_id": entry["person_id"],
            "name": person.name if person is not None else None,
            "vehicle_id": entry["vehicle_id"],
            "uid": entry["uid"],
        }
    return row


@console_command(
    "access_log/query",
    {**FILTER_FIELDS, **page_fields()},
    (Operation.ACCESS_LOG_QUERY, Operation.LIVE_PASSAGES),
)
async def ws_query_access_log(msg: dict[str, Any], call: ConsoleCall) -> dict[str, Any]:
    """Return a page of the access log, newest first, and how many entries match."""
    scope = scope_for(call.caller)
    query = build_query(msg, call, scope, msg["limit"], msg["offset"])
    entries, total = await call.entry.runtime_data.audit.async_page(query)
    kinds = await _alarm_kinds(call, entries)
    points = call.entry.runtime_data.access_points.values()
    return {
        "entries": [shown_row(entry, kinds, scope, call) for entry in entries],
        "total": total,
        "offset": msg["offset"],
        "since": scope.since.isoformat() if scope.since is not None else None,
        # For the page's access point filter: every place a passage can be.
        "access_points": sorted(
            ({"id": point.id, "name": point.name} for point in points),
            key=lambda point: point["name"].casefold(),
        ),
    }


@console_command("access_log/export", FILTER_FIELDS, Operation.ACCESS_LOG_EXPORT)
async def ws_export_access_log(msg: dict[str, Any], call: ConsoleCall) -> dict[str, Any]:
    """Return the matching entries (at most `MAX_EXPORT_ROWS`, newest) as CSV text."""
    scope = replace(scope_for(call.caller), names=True)  # export: managers and police
    query = build_query(msg, call, scope, MAX_EXPORT_ROWS, 0)
    entries, total = await call.entry.runtime_data.audit.async_page(query)
    kinds = await _alarm_kinds(call, entries)
    rows = [shown_row(entry, kinds, scope, call) for entry in entries]
    stamp = dt_util.now().strftime("%Y%m%d-%H%M")
    return {
        "filename": f"access-log-{stamp}.csv",
        "csv": csv_text(rows, _local_time),
        "rows": len(rows),
        "total": total,
    }


async def _alarm_kinds(call: ConsoleCall, entries: list[dict[str, Any]]) -> dict[str, str]:
    """Return the kind of every alarm the entries raised."""
    alarm_ids = [alarm_id for entry in entries for alarm_id in entry["alarm_ids"]]
    return await call.entry.runtime_data.audit.async_alarm_kinds(alarm_ids)


def _local_time(iso: str) -> str:
    return dt_util.as_local(datetime.fromisoformat(iso)).isoformat(timespec="seconds")


def csv_text(rows: Iterable[dict[str, Any]], local_time: Callable[[str], str]) -> str:
    """Return rows as CSV with a BOM (so spreadsheets read the Chinese right)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        values = row | {"time": local_time(row["time"])}
        writer.writerow([spreadsheet_safe(values.get(column)) for column in CSV_COLUMNS])
    return "\ufeff" + buffer.getvalue()


@callback
def async_setup_access_log_websocket(hass: HomeAssistant) -> None:
    """Register the access log's console commands."""
    async_register_command(hass, ws_query_access_log)
    async_register_command(hass, ws_export_access_log)
