"""Websocket commands for the console: a card's and a resident's whole life.

`compound_security/card/{replace,report_lost,found}`, `compound_security/person/move_out`,
`compound_security/household/move_out` and `compound_security/permit_reminders`, each
checked against the permission table like the actions that do the same (`actions/
lifecycle.py`). A refusal by a rule answers `invalid_format` with the rule's code as the
message and its translation key and placeholders, so the console shows it translated.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from homeassistant.components.websocket_api import async_register_command
from homeassistant.core import HomeAssistant, callback
from homeassistant.util import dt as dt_util
import probatio as vol

from .card_reports import async_card_back, async_card_replaced, async_report_card_lost
from .console_command import ConsoleCall, console_command
from .engine.errors import RuleError
from .permissions import (
    Grant,
    Operation,
    is_tenant_of_rental,
    may_edit_record,
    refusal,
    require_household,
)
from .registry import SCHEMA_TEXT_LIMIT
from .registry_lifecycle import (
    async_move_out,
    card_response,
    find_card,
    reminder_rows,
)

REASON = vol.All(str, vol.Length(max=SCHEMA_TEXT_LIMIT))


def _day(value: str | None) -> date:
    if not value:
        return dt_util.now().date()
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise RuleError("date_invalid", value=value[:40]) from None


@console_command(
    "card/replace",
    {
        vol.Required("card_id"): str,
        vol.Required("new_uid"): vol.All(str, vol.Length(max=40)),
        vol.Optional("reason"): REASON,
    },
    Operation.CARD_MANAGE,
)
async def ws_replace_card(msg: dict[str, Any], call: ConsoleCall) -> dict[str, Any]:
    """Revoke a lost or broken card and issue its replacement in one step."""
    card = find_card(call.registry, msg["card_id"], None)
    item = await async_card_replaced(
        call.entry, card, msg["new_uid"], msg.get("reason"), call.caller
    )
    return card_response(item, dt_util.now().date())


@console_command(
    "card/report_lost",
    {vol.Required("card_id"): str, vol.Optional("reason"): REASON},
    Operation.CARD_REPORT_LOST,
)
async def ws_report_card_lost(msg: dict[str, Any], call: ConsoleCall) -> None:
    """Mark a card lost at once; a resident may do it for their own household's cards."""
    card = find_card(call.registry, msg["card_id"], None)
    holder = call.registry.engine.people.get(card.person_id)
    require_household(
        call.caller,
        Operation.CARD_REPORT_LOST,
        holder.household_id if holder else None,
        call.connection.context(msg),
    )
    await async_report_card_lost(call.hass, call.entry, card, msg.get("reason"), call.caller)


@console_command("card/found", {vol.Required("card_id"): str}, Operation.CARD_MANAGE)
async def ws_card_found(msg: dict[str, Any], call: ConsoleCall) -> None:
    """Make a lost card active again."""
    card = find_card(call.registry, msg["card_id"], None)
    await async_card_back(call.entry, card, call.caller)


MOVE_OUT_FIELDS: dict[Any, Any] = {
    vol.Optional("date"): vol.Any(None, str),
    vol.Optional("reason"): REASON,
}


def _require_tenants(call: ConsoleCall, people: list[str]) -> None:
    """Police move out tenants of rental flats only (流管通 deregistration)."""
    engine = call.registry.engine
    tenants = all(
        (person := engine.people.get(person_id)) is not None
        and is_tenant_of_rental(engine, person.role, person.household_id)
        for person_id in people
    )
    if not may_edit_record(call.caller, Operation.REGISTRY_EDIT, tenant_of_rental=tenants):
        raise refusal(call.caller, Operation.REGISTRY_EDIT, call.connection.context({}))


@console_command(
    "person/move_out", {vol.Required("person_id"): str, **MOVE_OUT_FIELDS}, Operation.REGISTRY_EDIT
)
async def ws_move_out_person(msg: dict[str, Any], call: ConsoleCall) -> dict[str, Any]:
    """Mark a person moved out (退房/注销)."""
    if msg["person_id"] not in call.registry.engine.people:
        raise RuleError("person_not_found", person_id=msg["person_id"][:40])
    _require_tenants(call, [msg["person_id"]])
    day = _day(msg.get("date"))
    return {
        "people": await async_move_out(call.registry, [msg["person_id"]], day, msg.get("reason"))
    }


@console_command(
    "household/move_out",
    {vol.Required("household_id"): str, **MOVE_OUT_FIELDS},
    Operation.REGISTRY_EDIT,
)
async def ws_move_out_household(msg: dict[str, Any], call: ConsoleCall) -> dict[str, Any]:
    """Mark everyone of a household moved out."""
    household_id = msg["household_id"]
    if household_id not in call.registry.engine.households:
        raise RuleError("household_not_found", household_id=household_id[:40])
    people = [person.id for person in call.registry.engine.people_of(household_id)]
    _require_tenants(call, people)
    day = _day(msg.get("date"))
    return {"people": await async_move_out(call.registry, people, day, msg.get("reason"))}


@console_command("permit_reminders", {}, Operation.CARD_MANAGE)
async def ws_permit_reminders(msg: dict[str, Any], call: ConsoleCall) -> dict[str, Any]:  # noqa: ARG001
    """Return tenants whose residence permit ends within 30 days, soonest first."""
    own = call.caller.household_id if call.grant is Grant.OWN else None
    return {"reminders": reminder_rows(call.registry, dt_util.now().date(), own)}


@callback
def async_setup_lifecycle_websocket(hass: HomeAssistant) -> None:
    """Register the lifecycle commands, once."""
    for handler in (
        ws_replace_card,
        ws_report_card_lost,
        ws_card_found,
        ws_move_out_person,
        ws_move_out_household,
        ws_permit_reminders,
    ):
        async_register_command(hass, handler)
