"""Websocket commands for the staff console: the registry's records and the wanted list.

`compound_security/<kind>/{list,create,update,delete,subscribe}` for households, people,
cards, vehicles and access levels, and `compound_security/wanted/import` (the lifecycle
commands, replacing a card or moving out, are in `lifecycle_websocket`). Each takes
`config_entry_id`
(needed only when several compounds are set up), is checked against the permission
table (the caller's role in that compound), and is then served by core's collection
websocket for that compound's records. What `list` and `subscribe` show each caller is
`registry_view`'s; a refusal is an `unauthorized` error with a translated message naming
the operation and the roles that may do it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, override

from homeassistant.components.websocket_api import async_register_command
from homeassistant.components.websocket_api.connection import ActiveConnection
from homeassistant.components.websocket_api.const import ERR_UNAUTHORIZED
from homeassistant.components.websocket_api.decorators import async_response, websocket_command
from homeassistant.components.websocket_api.messages import (
    BASE_COMMAND_MESSAGE_SCHEMA,
    event_message,
    result_message,
)
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers import collection
from homeassistant.util import dt as dt_util
import probatio as vol

from .console_command import compound_for, send_rule_error
from .const import CONF_CONFIG_ENTRY_ID, DOMAIN
from .engine.errors import RuleError
from .engine.idnumber import normalize_all
from .lifecycle_websocket import async_setup_lifecycle_websocket
from .permissions import (
    Caller,
    Operation,
    Refused,
    caller_for_user,
    is_tenant_of_rental,
    may_edit_record,
    refusal,
    require,
    require_watch_change,
)
from .registry import (
    CARD_FIELDS,
    HOUSEHOLD_FIELDS,
    LEVEL_FIELDS,
    PERSON_FIELDS,
    VEHICLE_FIELDS,
    CompoundRegistry,
)
from .registry_lifecycle import async_issue_card, card_response
from .registry_view import listed, may_list, may_subscribe, visible
from .wanted import MAX_WANTED_NUMBERS

type CommandHandler = Callable[[HomeAssistant, ActiveConnection, dict[str, Any]], Any]
ENTRY_FIELD: dict[Any, Any] = {vol.Optional(CONF_CONFIG_ENTRY_ID): str}


def _optional(fields: dict[Any, Any]) -> dict[Any, Any]:
    return {vol.Optional(str(key)): value for key, value in fields.items()}


class _PersonWebsocket(collection.DictStorageCollectionWebsocket):
    """Deleting a person also removes their cards and vehicles."""

    def __init__(self, registry: CompoundRegistry) -> None:
        super().__init__(registry.people, f"{DOMAIN}/person", "person", {}, {})
        self.registry = registry

    @override
    async def ws_delete_item(
        self, hass: HomeAssistant, connection: Any, msg: dict[str, Any]
    ) -> None:
        try:
            await self.registry.async_remove_person(msg[self.item_id_key])
        except collection.ItemNotFound:
            connection.send_error(
                msg["id"], "not_found", f"Unable to find person_id {msg[self.item_id_key]}"
            )
            return
        connection.send_result(msg["id"])


class _RefusingWebsocket(collection.DictStorageCollectionWebsocket):
    """A deletion the rules refuse (a household with people, a level in use) says why."""

    @override
    async def ws_delete_item(
        self, hass: HomeAssistant, connection: Any, msg: dict[str, Any]
    ) -> None:
        try:
            await self.storage_collection.async_delete_item(msg[self.item_id_key])
        except collection.ItemNotFound:
            connection.send_error(
                msg["id"], "not_found", f"Unable to find {self.item_id_key} {msg[self.item_id_key]}"
            )
            return
        except RuleError as err:
            send_rule_error(connection, msg["id"], err)
            return
        connection.send_result(msg["id"])


class _CardWebsocket(collection.DictStorageCollectionWebsocket):
    """Issuing re-issues a revoked UID and says whether the card expires soon."""

    def __init__(self, registry: CompoundRegistry) -> None:
        super().__init__(registry.cards, f"{DOMAIN}/card", "card", {}, {})
        self.registry = registry

    @override
    async def ws_create_item(
        self, hass: HomeAssistant, connection: Any, msg: dict[str, Any]
    ) -> None:
        data = {k: v for k, v in msg.items() if k not in ("id", "type")}
        today = dt_util.now().date()
        try:
            item = await async_issue_card(self.registry, data, today)
        except RuleError as err:
            send_rule_error(connection, msg["id"], err)
            return
        connection.send_result(msg["id"], item | card_response(item, today))


def _adapter(registry: CompoundRegistry, kind: str) -> collection.DictStorageCollectionWebsocket:
    """Return core's websocket handlers bound to one compound's records of one kind.

    Kept on the registry, so that subscriptions follow the records it holds.
    """
    adapters: dict[str, collection.DictStorageCollectionWebsocket] = registry.websockets
    if kind not in adapters:
        records = {
            "household": registry.households,
            "level": registry.levels,
            "vehicle": registry.vehicles,
        }
        if kind == "person":
            adapters[kind] = _PersonWebsocket(registry)
        elif kind == "card":
            adapters[kind] = _CardWebsocket(registry)
        elif kind in ("household", "level"):
            adapters[kind] = _RefusingWebsocket(records[kind], f"{DOMAIN}/{kind}", kind, {}, {})
        else:
            adapters[kind] = collection.DictStorageCollectionWebsocket(
                records[kind], f"{DOMAIN}/{kind}", kind, {}, {}
            )
    return adapters[kind]


def compound_or_error(
    hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]
) -> tuple[CompoundRegistry, Caller] | None:
    """Return the compound's registry and who asks in it, else answer `not_found`."""
    if (entry := compound_for(hass, connection, msg)) is None:
        return None
    registry = entry.runtime_data.registry
    return registry, caller_for_user(connection.user, registry)


def send_refusal(connection: ActiveConnection, msg: dict[str, Any], err: Refused) -> None:
    """Answer a refused command with the translated reason."""
    connection.send_error(
        msg["id"],
        ERR_UNAUTHORIZED,
        str(err),
        translation_key=err.translation_key,
        translation_domain=err.translation_domain,
        translation_placeholders=err.translation_placeholders,
    )


def registry_or_error(
    hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any], operation: Operation
) -> CompoundRegistry | None:
    """Return the compound's registry once the user may do the operation, else answer."""
    if (found := compound_or_error(hass, connection, msg)) is None:
        return None
    registry, caller = found
    try:
        require(caller, operation, connection.context(msg))
    except Refused as err:
        send_refusal(connection, msg, err)
        return None
    return registry


def _check_edit(
    kind: str, registry: CompoundRegistry, caller: Caller, msg: dict[str, Any], operation: Operation
) -> None:
    """Raise `Refused` unless the caller may make this change to this record.

    Police register and deregister tenants of rental flats only; an ID number needs
    `id_number_enter`; watch fields the care or police watch's row.
    """
    context = None
    engine = registry.engine
    if kind == "household":
        if not may_edit_record(caller, operation, tenant_of_rental=False):
            raise refusal(caller, operation, context)
        return
    if kind != "person":
        require(caller, operation, context)
        return
    person = engine.people.get(msg.get("person_id", ""))
    tenant = is_tenant_of_rental(
        engine,
        msg.get("role", person.role if person else None),
        msg.get("household_id", person.household_id if person else None),
    )
    if person is not None:
        tenant = tenant and is_tenant_of_rental(engine, person.role, person.household_id)
    if not may_edit_record(caller, operation, tenant_of_rental=tenant):
        raise refusal(caller, operation, context)
    if msg.get("id_number") is not None:
        require(caller, Operation.ID_NUMBER_ENTER, context)
    if "face_name" in msg and (msg["face_name"] or None) != (person.face_name if person else None):
        require(caller, Operation.CARD_MANAGE, context)  # a face opens gates as a card does
    require_watch_change(caller, person, msg, context)


@dataclass(frozen=True, slots=True)
class _RecordCommands:
    """The five commands of one kind of record."""

    kind: str
    fields: dict[Any, Any]
    edit: Operation  # what creating, updating and deleting this kind is
    view: Operation = Operation.REGISTRY_VIEW  # what listing and following it is

    def _message(self, msg: dict[str, Any]) -> dict[str, Any]:
        return {key: value for key, value in msg.items() if key != CONF_CONFIG_ENTRY_ID}

    def _may(self, caller: Caller, connection: ActiveConnection, msg: dict[str, Any]) -> bool:
        """Answer a refusal and return False unless the caller may see this kind."""
        try:
            require(caller, self.view, None)
        except Refused as err:
            send_refusal(connection, msg, err)
            return False
        return True

    def _command(self, verb: str, fields: dict[Any, Any]) -> vol.Schema:
        return BASE_COMMAND_MESSAGE_SCHEMA.extend(
            {**ENTRY_FIELD, **fields, vol.Required("type"): f"{DOMAIN}/{self.kind}/{verb}"}
        )

    @callback
    def async_setup(self, hass: HomeAssistant) -> None:
        item_id: dict[Any, Any] = {vol.Required(f"{self.kind}_id"): str}
        commands: list[tuple[str, dict[Any, Any], CommandHandler]] = [
            ("list", {vol.Optional("search"): vol.All(str, vol.Length(max=100))}, self._list),
            ("subscribe", {}, self._subscribe),
            ("create", self.fields, async_response(self._create)),
            (
                "update",
                {**_optional(self.fields), **item_id},
                async_response(self._update),
            ),
            ("delete", item_id, async_response(self._delete)),
        ]
        for verb, fields, handler in commands:
            async_register_command(
                hass, f"{DOMAIN}/{self.kind}/{verb}", handler, self._command(verb, fields)
            )

    @callback
    def _list(self, hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]) -> None:
        if (found := compound_or_error(hass, connection, msg)) is None:
            return
        registry, caller = found
        if self.view is not Operation.REGISTRY_VIEW:  # access levels: settings, not people
            if not self._may(caller, connection, msg):
                return
            records = _adapter(registry, self.kind).storage_collection.async_items()
            connection.send_result(msg["id"], records)
            return
        if not may_list(caller, self.kind, msg.get("search")):
            send_refusal(connection, msg, refusal(caller, Operation.REGISTRY_VIEW))
            return
        records = _adapter(registry, self.kind).storage_collection.async_items()
        connection.send_result(
            msg["id"], listed(caller, self.kind, records, registry.engine, msg.get("search"))
        )

    @callback
    def _subscribe(
        self, hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]
    ) -> None:
        """Follow the records the caller may see, as they may see them."""
        if (found := compound_or_error(hass, connection, msg)) is None:
            return
        registry, caller = found
        if self.view is not Operation.REGISTRY_VIEW:
            if self._may(caller, connection, msg):
                adapter = _adapter(registry, self.kind)
                adapter._ws_subscribe(hass, connection, self._message(msg))  # noqa: SLF001
            return
        if not may_subscribe(caller):
            send_refusal(connection, msg, refusal(caller, Operation.REGISTRY_VIEW))
            return
        records = _adapter(registry, self.kind).storage_collection
        item_id_key = f"{self.kind}_id"

        def _changes(changes: list[tuple[str, str, dict[str, Any]]]) -> list[dict[str, Any]]:
            return [
                {"change_type": change_type, item_id_key: item_id, "item": shown}
                for change_type, item_id, item in changes
                if (shown := visible(caller, self.kind, item, registry.engine)) is not None
            ]

        async def _forward(change_set: Any) -> None:
            if shown := _changes([(c.change_type, c.item_id, c.item) for c in change_set]):
                connection.send_message(event_message(msg["id"], shown))

        connection.subscriptions[msg["id"]] = records.async_add_change_set_listener(_forward)
        connection.send_message(result_message(msg["id"]))
        initial = [
            (collection.CHANGE_ADDED, item_id, item) for item_id, item in records.data.items()
        ]
        connection.send_message(event_message(msg["id"], _changes(initial)))

    async def _edit(
        self,
        hass: HomeAssistant,
        connection: ActiveConnection,
        msg: dict[str, Any],
        verb: str,
    ) -> None:
        """Check the change against the caller's role, then let core's handler make it."""
        if (found := compound_or_error(hass, connection, msg)) is None:
            return
        registry, caller = found
        try:
            _check_edit(self.kind, registry, caller, msg, self.edit)
        except Refused as err:
            send_refusal(connection, msg, err)
            return
        adapter = _adapter(registry, self.kind)
        handler = {
            "create": adapter.ws_create_item,
            "update": adapter.ws_update_item,
            "delete": adapter.ws_delete_item,
        }[verb]
        await handler(hass, connection, self._message(msg))

    async def _create(
        self, hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]
    ) -> None:
        await self._edit(hass, connection, msg, "create")

    async def _update(
        self, hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]
    ) -> None:
        await self._edit(hass, connection, msg, "update")

    async def _delete(
        self, hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]
    ) -> None:
        await self._edit(hass, connection, msg, "delete")


@websocket_command(
    {
        vol.Required("type"): f"{DOMAIN}/wanted/import",
        vol.Optional(CONF_CONFIG_ENTRY_ID): str,
        vol.Required("numbers"): vol.All([str], vol.Length(max=MAX_WANTED_NUMBERS)),
    }
)
@async_response
async def ws_import_wanted(
    hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]
) -> None:
    """Add ID numbers to a compound's wanted list (websocket data is not recorded)."""
    if registry := registry_or_error(hass, connection, msg, Operation.POLICE_WATCH):
        numbers, invalid = await hass.async_add_executor_job(normalize_all, msg["numbers"])
        connection.send_result(msg["id"], registry.wanted.async_start_import(numbers, invalid))


@callback
def async_setup_websocket(hass: HomeAssistant) -> None:
    """Register the console's commands, once; each finds its compound per message."""
    for commands in (
        _RecordCommands("household", HOUSEHOLD_FIELDS, Operation.REGISTRY_EDIT),
        _RecordCommands("person", PERSON_FIELDS, Operation.REGISTRY_EDIT),
        _RecordCommands("card", CARD_FIELDS, Operation.CARD_MANAGE),
        _RecordCommands("vehicle", VEHICLE_FIELDS, Operation.VEHICLE_MANAGE),
        _RecordCommands("level", LEVEL_FIELDS, Operation.SETTINGS, Operation.SETTINGS),
    ):
        commands.async_setup(hass)
    async_register_command(hass, ws_import_wanted)
    async_setup_lifecycle_websocket(hass)
