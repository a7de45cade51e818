"""The console's alarm desk: follow the alarms not closed yet; acknowledge or close one.

`compound_security/alarms/subscribe` (`alarm_view`) sends the newest alarms still open or
acknowledged that the caller may see (guards all but the police kinds, the police those
only, residents their own household's), then each alarm as it is raised or changes (a
count going up, a snapshot stored, acknowledged, closed: the console drops closed ones).
`compound_security/alarms/handle` (`alarm_handle`) acknowledges or closes one alarm with
a note, through the alarm desk, as the actions do.

An alarm comes with its codes and ids, the access point's name, the flat and the person's
name (whoever may see an alarm may see whom it is about), and the address of its
snapshot for those who may see that.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from homeassistant.components.websocket_api import async_register_command
from homeassistant.components.websocket_api.connection import ActiveConnection
from homeassistant.components.websocket_api.decorators import websocket_command
from homeassistant.core import Event, HomeAssistant, callback
import probatio as vol

from .console_command import ID, ConsoleCall, console_command
from .console_subscription import (
    Subscriber,
    open_subscription,
    start_subscription,
    subscription_schema,
)
from .const import DOMAIN, EVENT_ALARM_UPDATED
from .coordinator import AlarmCleared, CompoundSecurityConfigEntry
from .engine.bounds import MAX_NOTE, checked_text
from .engine.decision import Alarm
from .permissions import Caller, Operation, may_handle_alarm, refusal
from .snapshot_links import snapshot_url

DEFAULT_ALARMS: Final = 50
# Alarms a subscription looks through for those the caller may see (newest first).
SCAN_ALARMS: Final = 2000


def alarm_view(
    entry: CompoundSecurityConfigEntry, caller: Caller, row: Mapping[str, Any]
) -> dict[str, Any] | None:
    """Return an alarm record as the caller may see it, or None when they may not."""
    runtime = entry.runtime_data
    engine = runtime.registry.engine
    if not may_handle_alarm(caller, Operation.ALARM_VIEW, row, engine):
        return None
    access_point = runtime.access_points.get(row.get("access_point_id") or "")
    camera = runtime.cameras.get(row.get("camera_id") or "")
    household = engine.households.get(row.get("household_id") or "")
    person = engine.people.get(row.get("person_id") or "")
    picture = bool(row.get("snapshot")) and may_handle_alarm(
        caller, Operation.ALARM_SNAPSHOT, row, engine
    )
    return {
        "alarm_id": row["alarm_id"],
        "kind": row["kind"],
        "severity": row["severity"],
        "time": row["time"],
        "count": row.get("count") or 1,
        "state": row["state"],
        "note": row.get("note"),
        "acknowledged_by": row.get("acknowledged_by"),
        "acknowledged_at": row.get("acknowledged_at"),
        "access_point_id": row.get("access_point_id"),
        "access_point": access_point.name if access_point else None,
        "camera_id": row.get("camera_id"),
        "camera": camera.name if camera else None,
        "building": row.get("building"),
        "household_id": row.get("household_id"),
        "household": household.label if household else None,
        "person_id": row.get("person_id"),
        "person": person.name if person else None,
        "vehicle_id": row.get("vehicle_id"),
        "snapshot": snapshot_url(row["alarm_id"]) if picture else None,
    }


async def _send_alarm(subscriber: Subscriber, alarm_id: str) -> None:
    """Send an alarm's record afresh, if it is this compound's and the caller's to see."""
    row = await subscriber.entry.runtime_data.audit.async_get_alarm(alarm_id)
    if row is not None and (shown := alarm_view(subscriber.entry, subscriber.caller, row)):
        subscriber.send({"alarms": [shown]})


@websocket_command(subscription_schema("alarms/subscribe", DEFAULT_ALARMS))
@callback
def ws_subscribe_alarms(
    hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]
) -> None:
    """Follow the alarms not closed yet that the caller may see."""
    if (subscriber := open_subscription(hass, connection, msg, Operation.ALARM_VIEW)) is None:
        return
    runtime = subscriber.entry.runtime_data
    activity = runtime.activity
    seen: list[object] = [activity.data.latest]

    async def _changed(event: Event[Mapping[str, Any]]) -> None:
        # A count, a snapshot or a state: each is stored before the event fires.
        await _send_alarm(subscriber, str(event.data.get("alarm_id")))

    @callback
    def _on_activity() -> None:
        latest = activity.data.latest
        if latest is seen[0]:
            return
        seen[0] = latest
        if isinstance(latest, Alarm):  # raised: its record is in the log's buffer by now
            subscriber.entry.async_create_background_task(
                hass, _send_alarm(subscriber, latest.alarm_id), f"{DOMAIN} alarm raised"
            )
        elif isinstance(latest, AlarmCleared):  # its record is closed a moment later
            alarm = latest.alarm
            row: dict[str, Any] = {"alarm_id": alarm.alarm_id, "kind": alarm.kind.value}
            row |= {"household_id": alarm.household_id, "vehicle_id": alarm.vehicle_id}
            if may_handle_alarm(
                subscriber.caller, Operation.ALARM_VIEW, row, runtime.registry.engine
            ):
                subscriber.send({"alarms": [{"alarm_id": row["alarm_id"], "state": "closed"}]})

    start_subscription(
        hass,
        subscriber,
        [
            hass.bus.async_listen(EVENT_ALARM_UPDATED, _changed),
            activity.async_add_listener(_on_activity),
        ],
    )

    async def _initial() -> None:
        rows = await runtime.audit.async_unclosed_alarms(SCAN_ALARMS)
        shown = [v for row in rows if (v := alarm_view(subscriber.entry, subscriber.caller, row))]
        subscriber.send({"alarms": shown[: msg["limit"]], "total": len(shown), "initial": True})

    subscriber.entry.async_create_background_task(hass, _initial(), f"{DOMAIN} alarms")


@console_command(
    "alarms/handle",
    {
        vol.Required("alarm_id"): ID,
        vol.Required("action"): vol.In(["acknowledge", "close"]),
        vol.Optional("note"): vol.All(str, vol.Length(max=MAX_NOTE * 2)),
    },
    Operation.ALARM_HANDLE,
)
async def ws_handle_alarm(msg: dict[str, Any], call: ConsoleCall) -> dict[str, Any] | None:
    """Acknowledge or close one alarm; answer with its record as it is now."""
    note = checked_text(msg.get("note"), "note", MAX_NOTE) or None
    desk = call.entry.runtime_data.desk
    row = await desk.async_get(msg["alarm_id"])  # unknown: `alarm_not_found`
    if not may_handle_alarm(call.caller, Operation.ALARM_HANDLE, row, call.registry.engine):
        raise refusal(call.caller, Operation.ALARM_HANDLE, call.connection.context(msg))
    if msg["action"] == "acknowledge":
        await desk.async_acknowledge(row["alarm_id"], call.caller.name, note)
    else:
        await desk.async_close(row["alarm_id"], call.caller.name, note)
    return alarm_view(call.entry, call.caller, await desk.async_get(row["alarm_id"]))


@callback
def async_setup_alarm_websocket(hass: HomeAssistant) -> None:
    """Register the alarm commands, once; each finds its compound per message."""
    async_register_command(hass, ws_subscribe_alarms)
    async_register_command(hass, ws_handle_alarm)
