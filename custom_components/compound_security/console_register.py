"""Registering a resident in one step from the console: the person and their card.

`compound_security/person/register` creates a person (with their ID number, checked and
sealed as usual) and, when given, the card just enrolled by swipe, all or nothing: a
refused card removes the person again. `compound_security/registry/desk_readers` lists
the access points a desk reader can be chosen from.

Who may: whoever may create the person (`registry_edit`: the police, tenants of rental
flats only, for 流管通 registration); the card needs `card_manage`, or `card_enrol` for
the tenant the caller is registering: the role table lets the police enrol a card by
swipe and register tenants, and a tenant's card enrolled at registration is how they
do both at once (they issue no other card, nor replace or revoke one).
"""

from __future__ import annotations

from typing import Any

from homeassistant.components.websocket_api import async_register_command
from homeassistant.core import HomeAssistant, callback
from homeassistant.util import dt as dt_util
import probatio as vol

from .console_command import ConsoleCall, console_command
from .engine.errors import RuleError
from .hardware import AccessPointHardware
from .permissions import (
    Caller,
    Grant,
    Operation,
    grant,
    is_tenant_of_rental,
    may_edit_record,
    refusal,
    require,
    require_watch_change,
    wanted_result,
)
from .registry import CARD_FIELDS, PERSON_FIELDS
from .registry_lifecycle import async_issue_card, card_response

_PERSON_KEYS = ("household_id", "name", "role", "phone", "id_number", "notify", "language")
_CARD_KEYS = ("uid", "card_type", "valid_from", "valid_until")
_PERSON: dict[Any, Any] = {k: v for k, v in PERSON_FIELDS.items() if str(k) in _PERSON_KEYS}
_CARD = vol.Schema({k: v for k, v in CARD_FIELDS.items() if str(k) in _CARD_KEYS})


def _require_card(caller: Caller, *, tenant_of_rental: bool, context: Any) -> None:
    """Raise unless the caller may issue this card: all cards, or a tenant's at enrolment."""
    if grant(caller, Operation.CARD_MANAGE) is Grant.ALL:
        return
    if tenant_of_rental and grant(caller, Operation.CARD_ENROL) is Grant.ALL:
        return
    raise refusal(caller, Operation.CARD_MANAGE, context)


@console_command(
    "person/register",
    {**_PERSON, vol.Optional("card"): _CARD},
    Operation.REGISTRY_EDIT,
)
async def ws_register_person(msg: dict[str, Any], call: ConsoleCall) -> dict[str, Any]:
    """Create a person and their card together; answer their ids and the wanted result."""
    registry = call.registry
    engine = registry.engine
    context = call.connection.context(msg)
    tenant = is_tenant_of_rental(engine, msg["role"], msg["household_id"])
    if not may_edit_record(call.caller, Operation.REGISTRY_EDIT, tenant_of_rental=tenant):
        raise refusal(call.caller, Operation.REGISTRY_EDIT, context)
    if msg.get("id_number"):
        require(call.caller, Operation.ID_NUMBER_ENTER, context)
    require_watch_change(call.caller, None, msg, context)
    if "card" in msg:
        _require_card(call.caller, tenant_of_rental=tenant, context=context)
    fields = {key: msg[key] for key in _PERSON_KEYS if msg.get(key)}
    person = await registry.people.async_create_item(fields)
    answer: dict[str, Any] = {
        "person_id": person["id"],
        "id_number_mask": person.get("id_number_mask"),
    }
    if digest := person.get("id_number_hash"):
        answer["wanted"] = wanted_result(call.caller, listed=digest in engine.wanted)
    if "card" in msg:
        today = dt_util.now().date()
        try:
            card = await async_issue_card(
                registry, msg["card"] | {"person_id": person["id"]}, today
            )
        except RuleError:
            await registry.async_remove_person(person["id"])  # all or nothing
            raise
        answer["card"] = card_response(card, today)
    return answer


@console_command("registry/desk_readers", {}, Operation.CARD_ENROL)
async def ws_desk_readers(msg: dict[str, Any], call: ConsoleCall) -> dict[str, Any]:  # noqa: ARG001
    """List the access points with a card reader (one can serve as the desk's), by name."""
    runtime = call.entry.runtime_data
    return {
        "access_points": [
            {"id": point.id, "name": point.name}
            for point in sorted(runtime.access_points.values(), key=lambda point: point.name)
            if (hardware := runtime.hardware.get(point.id)) is not None and _reads(hardware)
        ]
    }


def _reads(hardware: AccessPointHardware) -> bool:
    """Return whether cards can be read at an access point (a door alone cannot)."""
    config = hardware.config
    return bool(
        hardware.readers or hardware.tag.devices or config.webhook or config.reader_mqtt_topic
    )


@callback
def async_setup_register_websocket(hass: HomeAssistant) -> None:
    """Register the registration commands, once."""
    for command in (ws_register_person, ws_desk_readers):
        async_register_command(hass, command)
