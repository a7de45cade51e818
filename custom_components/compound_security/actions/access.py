"""Access actions: present a credential by hand; search and export the access log."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from homeassistant.core import ServiceResponse, SupportsResponse
from homeassistant.helpers import config_validation as cv
from homeassistant.util import dt as dt_util
import probatio as vol

from ..engine.audit import AccessQuery
from ..engine.model import Credential
from ..engine.uid import parse_uid
from ..passage_privacy import alarms_told, watch_told
from ..permissions import Operation
from .base import ActionCall, ActionList

MAX_QUERY_LIMIT = 10_000
QUERY_FIELDS: dict[Any, Any] = {
    vol.Optional("person_id"): cv.string,
    vol.Optional("household_id"): cv.string,
    vol.Optional("uid"): cv.string,
    vol.Optional("access_point"): cv.string,
    vol.Optional("since"): cv.datetime,
    vol.Optional("until"): cv.datetime,
    vol.Optional("limit", default=100): vol.All(
        vol.Coerce(int), vol.Range(min=1, max=MAX_QUERY_LIMIT)
    ),
}

# What may be presented by hand, looked up rather than an enum call on every read.
CREDENTIALS = {c.value: c for c in (Credential.CARD, Credential.VEHICLE_CHIP)}

ACTIONS = ActionList()
declare = ACTIONS.declare


@declare(
    "present_credential",
    Operation.CREDENTIAL_PRESENT,
    {
        vol.Required("access_point"): cv.string,
        vol.Required("uid"): cv.string,
        vol.Optional("credential", default="card"): vol.In(list(CREDENTIALS)),
    },
    SupportsResponse.OPTIONAL,
)
async def _present_credential(ctx: ActionCall) -> ServiceResponse:
    runtime, data = ctx.entry.runtime_data, ctx.data
    access_point = runtime.controller.find_access_point(data["access_point"])
    decision = await runtime.hardware[access_point.id].async_present(  # and the gate opens
        parse_uid(data["uid"]), CREDENTIALS[data["credential"]], ctx.call.context
    )
    return {
        "decision": "granted" if decision.granted else "denied",
        "reason": decision.reason.value,
        "access_point": decision.access_point_id,
        "direction": decision.direction.value,
        "credential": decision.credential.value,
        "uid": decision.uid,
        "person_id": decision.person_id,
        "household_id": decision.household_id,
        "vehicle_id": decision.vehicle_id,
        "watch": decision.watch.value,
        "time": decision.time.isoformat(),
        "alarms": [{"alarm_id": a.alarm_id, "kind": a.kind.value} for a in decision.alarms],
    }


def _access_query(ctx: ActionCall) -> AccessQuery:
    """Turn the filters into a query; a resident's is pinned to their own household."""
    data = ctx.data
    household_id = data.get("household_id")
    person_id = data.get("person_id")
    if ctx.own_household_only:
        if household_id is not None:
            ctx.require_household(household_id)
        if person_id is not None:
            person = ctx.registry.engine.people.get(person_id)
            ctx.require_household(person.household_id if person else None)
        household_id = ctx.caller.household_id
    access_point_id = None
    if data.get("access_point"):
        access_point_id = ctx.entry.runtime_data.controller.find_access_point(
            data["access_point"]
        ).id
    since: datetime | None = data.get("since")
    until: datetime | None = data.get("until")
    return AccessQuery(
        person_id=person_id,
        household_id=household_id,
        uid=str(parse_uid(data["uid"])) if data.get("uid") else None,
        access_point_id=access_point_id,
        since=dt_util.as_local(since) if since and since.tzinfo is None else since,
        until=dt_util.as_local(until) if until and until.tzinfo is None else until,
        limit=data["limit"],
    )


async def _for_resident(ctx: ActionCall, entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Return access-log rows as a resident may read them: police watch is not theirs.

    A relative on police watch shows the family's care watch, if any (`passage_privacy`,
    as in the console), so no passage tells of the police by what it lacks.
    """
    alarm_ids = [alarm_id for entry in entries for alarm_id in entry["alarm_ids"]]
    kinds = await ctx.entry.runtime_data.audit.async_alarm_kinds(alarm_ids)
    people = ctx.registry.engine.people
    shown = []
    for entry in entries:
        raised = {i: kinds[i] for i in entry["alarm_ids"] if i in kinds}
        alarms = alarms_told(ctx.caller, raised, police=False)
        person = people.get(entry["person_id"] or "")
        watch = watch_told(entry["watch"], list(alarms.values()), person, police=False)
        shown.append(entry | {"watch": watch, "alarm_ids": list(alarms)})
    return shown


@declare("query_access_log", Operation.ACCESS_LOG_QUERY, QUERY_FIELDS, SupportsResponse.ONLY)
async def _query_access_log(ctx: ActionCall) -> ServiceResponse:
    query = _access_query(ctx)
    entries = await ctx.entry.runtime_data.audit.async_query(query)
    if ctx.own_household_only:
        entries = await _for_resident(ctx, entries)
    return {"entries": entries}  # type: ignore[dict-item]  # rows are JSON values


@declare(
    "export_access_log",
    Operation.ACCESS_LOG_EXPORT,
    {vol.Required("file"): cv.string, **QUERY_FIELDS},
    SupportsResponse.OPTIONAL,
)
async def _export_access_log(ctx: ActionCall) -> ServiceResponse:
    audit = ctx.entry.runtime_data.audit
    return await audit.async_export(
        _access_query(ctx), ctx.hass.config.config_dir, ctx.data["file"]
    )
