"""The console's live passage feed: today's last passages at the gates, then each new one.

`compound_security/passages/subscribe` (`live_passages`: managers, guards, police). Each
passage comes with its time, access point, direction, decision, reason and credential
codes, and the flat. Names follow the role table: managers and the police (who see the
registry whole) get the person's name; guards see flats, not names, except on a passage
that raised an alarm they may see (a care-watch passage names the watched resident, so
the guard can greet them). Police-watch facts are never in the feed: a police-watch
passage looks like any other, and the police see those alarms on the alarm desk. The
access log follows the same rules (`passage_privacy`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from homeassistant.components.websocket_api import async_register_command
from homeassistant.components.websocket_api.connection import ActiveConnection
from homeassistant.components.websocket_api.decorators import websocket_command
from homeassistant.core import HomeAssistant, callback
from homeassistant.util import dt as dt_util

from .console_subscription import (
    Subscriber,
    open_subscription,
    start_subscription,
    subscription_schema,
)
from .const import DOMAIN
from .coordinator import AccessPointActivity
from .engine.audit import AccessQuery
from .engine.decision import Decision
from .fire import COMMAND_CREDENTIAL
from .passage_privacy import alarms_told, named
from .permissions import Caller, Grant, Operation, grant

DEFAULT_PASSAGES: Final = 50


def _names_always(caller: Caller) -> bool:
    """Return whether the caller sees names on every passage (the registry whole)."""
    return grant(caller, Operation.REGISTRY_VIEW) is Grant.ALL


def passage_view(
    subscriber: Subscriber, row: Mapping[str, Any], alarms: Mapping[str, str]
) -> dict[str, Any]:
    """Return one passage as the subscriber may see it (`alarms`: id to kind)."""
    runtime = subscriber.entry.runtime_data
    engine = runtime.registry.engine
    caller = subscriber.caller
    household = engine.households.get(row.get("household_id") or "")
    # Never the police kinds: the police see those alarms on the alarm desk.
    told = alarms_told(caller, alarms, police=False)
    shown = named(names=_names_always(caller), alarms=told)
    person = engine.people.get(row.get("person_id") or "") if shown else None
    access_point = runtime.access_points.get(row["access_point_id"])
    return {
        "time": row["time"],
        "access_point_id": row["access_point_id"],
        "access_point": access_point.name if access_point else None,
        "direction": row["direction"],
        "decision": row["decision"],
        "reason": row["reason"],
        "credential": row["credential"],
        "household_id": row.get("household_id"),
        "household": household.label if household else None,
        "person_id": row.get("person_id") if person else None,
        "person": person.name if person else None,
        "alarm_kinds": list(told.values()),
    }


def _decision_row(decision: Decision) -> dict[str, Any]:
    return {
        "time": dt_util.as_utc(decision.time).isoformat(),
        "access_point_id": decision.access_point_id,
        "direction": decision.direction.value,
        "decision": "granted" if decision.granted else "denied",
        "reason": decision.reason.value,
        "credential": decision.credential.value,
        "household_id": decision.household_id,
        "person_id": decision.person_id,
    }


async def _today(subscriber: Subscriber, limit: int) -> list[dict[str, Any]]:
    """Return today's last passages (not gate commands), newest first, as the caller sees them."""
    audit = subscriber.entry.runtime_data.audit
    query = AccessQuery(since=dt_util.start_of_local_day(), limit=limit * 2)
    found = await audit.async_query(query)
    rows = [row for row in found if row["credential"] != COMMAND_CREDENTIAL][:limit]
    kinds = await audit.async_alarm_kinds([i for row in rows for i in row["alarm_ids"]])
    return [
        passage_view(subscriber, row, {i: kinds[i] for i in row["alarm_ids"] if i in kinds})
        for row in rows
    ]


@websocket_command(subscription_schema("passages/subscribe", DEFAULT_PASSAGES))
@callback
def ws_subscribe_passages(
    hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]
) -> None:
    """Follow the passages at the compound's access points."""
    if (subscriber := open_subscription(hass, connection, msg, Operation.LIVE_PASSAGES)) is None:
        return
    runtime = subscriber.entry.runtime_data

    def _follow(here: AccessPointActivity) -> Any:
        seen: list[object] = [here.data]

        @callback
        def _on_update() -> None:
            latest = here.data
            if latest is seen[0] or not isinstance(latest, Decision):
                return
            seen[0] = latest
            alarms = {alarm.alarm_id: alarm.kind.value for alarm in latest.alarms}
            shown = passage_view(subscriber, _decision_row(latest), alarms)
            subscriber.send({"passages": [shown]})

        return here.async_add_listener(_on_update)

    start_subscription(hass, subscriber, [_follow(here) for here in runtime.activity.at.values()])

    async def _initial() -> None:
        subscriber.send({"passages": await _today(subscriber, msg["limit"]), "initial": True})

    subscriber.entry.async_create_background_task(hass, _initial(), f"{DOMAIN} passages")


@callback
def async_setup_passage_websocket(hass: HomeAssistant) -> None:
    """Register the passage feed, once; each subscription finds its compound."""
    async_register_command(hass, ws_subscribe_passages)
