"""Alarm actions: acknowledge or close one alarm, or every open one at an access point."""

from __future__ import annotations

from typing import Any

from homeassistant.core import ServiceResponse
from homeassistant.helpers import config_validation as cv
import probatio as vol

from ..alarm_desk import AlarmDesk
from ..engine.bounds import MAX_NOTE, checked_text
from ..engine.errors import RuleError
from ..permissions import Operation, may_handle_alarm, refusal
from ..registry import SCHEMA_TEXT_LIMIT
from .base import ActionCall, ActionList

ALARM_FIELDS: dict[Any, Any] = {
    vol.Exclusive("alarm_id", "alarm"): cv.string,
    vol.Exclusive("access_point", "alarm"): cv.string,
    vol.Optional("note"): vol.All(cv.string, vol.Length(max=SCHEMA_TEXT_LIMIT)),
}

ACTIONS = ActionList()
declare = ACTIONS.declare


async def _alarm_ids(ctx: ActionCall) -> tuple[AlarmDesk, list[str]]:
    """Return the desk and the alarms meant (one id, or every open one at an access point).

    A resident may handle their own household's alarms only.
    """
    desk = ctx.entry.runtime_data.desk
    if "access_point" in ctx.data:
        access_point = ctx.entry.runtime_data.controller.find_access_point(ctx.data["access_point"])
        ids = [alarm.alarm_id for alarm in desk.active_at(access_point.id)]
    elif "alarm_id" in ctx.data:
        ids = [ctx.data["alarm_id"]]
    else:
        raise RuleError("alarm_missing")
    for alarm_id in ids:
        row = await desk.async_get(alarm_id)
        if not may_handle_alarm(ctx.caller, ctx.operation, row, ctx.registry.engine):
            raise refusal(ctx.caller, ctx.operation, ctx.call.context)
    return desk, ids


def _note(ctx: ActionCall) -> str | None:
    return checked_text(ctx.data.get("note"), "note", MAX_NOTE) or None


@declare("acknowledge_alarm", Operation.ALARM_HANDLE, ALARM_FIELDS)
async def _acknowledge_alarm(ctx: ActionCall) -> ServiceResponse:
    note = _note(ctx)
    desk, ids = await _alarm_ids(ctx)
    for alarm_id in ids:
        await desk.async_acknowledge(alarm_id, ctx.caller.name, note)
    return None


@declare("close_alarm", Operation.ALARM_HANDLE, ALARM_FIELDS)
async def _close_alarm(ctx: ActionCall) -> ServiceResponse:
    note = _note(ctx)
    desk, ids = await _alarm_ids(ctx)
    for alarm_id in ids:
        await desk.async_close(alarm_id, ctx.caller.name, note)
    return None
