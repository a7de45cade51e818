"""Websocket commands for the staff console: the registry's records and the wanted list.

`compound_security/<kind>/{list,create,update,delete,subscribe}` for households, people,
cards, vehicles and access levels, and `compound_security/wanted/import`. Each takes
`config_entry_id` (needed only when several compounds are set up), is checked against the
permission table, and is then served by core's collection websocket for that compound's
records. The lifecycle commands (replace a card, move out...) are in `lifecycle_websocket`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, override

from homeassistant.components.websocket_api import async_register_command
from homeassistant.components.websocket_api.connection import ActiveConnection
from homeassistant.components.websocket_api.const import ERR_NOT_FOUND
from homeassistant.components.websocket_api.decorators import async_response, websocket_command
from homeassistant.components.websocket_api.messages import BASE_COMMAND_MESSAGE_SCHEMA
from homeassistant.core import HomeAssistant, callback
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import collection, service
from homeassistant.util import dt as dt_util
import probatio as vol

from .const import CONF_CONFIG_ENTRY_ID, DOMAIN
from .data import CompoundSecurityConfigEntry
from .engine.errors import RuleError
from .engine.idnumber import normalize_all
from .lifecycle_websocket import async_setup_lifecycle_websocket, send_rule_error
from .permissions import Operation, caller_for_user, require
from .registry import (
    CARD_FIELDS,
    HOUSEHOLD_FIELDS,
    LEVEL_FIELDS,
    PERSON_FIELDS,
    VEHICLE_FIELDS,
    CompoundRegistry,
)
from .registry_lifecycle import async_issue_card, card_response
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


def _registry_or_error(
    hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any], operation: Operation
) -> CompoundRegistry | None:
    """Return the compound's registry once the user may do the operation, else answer."""
    try:
        entry: CompoundSecurityConfigEntry = service.async_get_config_entry(
            hass, DOMAIN, msg.get(CONF_CONFIG_ENTRY_ID)
        )
    except ServiceValidationError as err:
        connection.send_error(msg["id"], ERR_NOT_FOUND, str(err.translation_key))
        return None
    registry = entry.runtime_data.registry
    require(caller_for_user(connection.user, registry.engine), operation, connection.context(msg))
    return registry


@dataclass(frozen=True, slots=True)
class _RecordCommands:
    """The five commands of one kind of record."""

    kind: str
    fields: dict[Any, Any]
    edit: Operation  # what creating, updating and deleting this kind is
    view: Operation = Operation.REGISTRY_VIEW  # what listing and following it is

    def _message(self, msg: dict[str, Any]) -> dict[str, Any]:
        return {key: value for key, value in msg.items() if key != CONF_CONFIG_ENTRY_ID}

    def _command(self, verb: str, fields: dict[Any, Any]) -> vol.Schema:
        return BASE_COMMAND_MESSAGE_SCHEMA.extend(
            {**ENTRY_FIELD, **fields, vol.Required("type"): f"{DOMAIN}/{self.kind}/{verb}"}
        )

    @callback
    def async_setup(self, hass: HomeAssistant) -> None:
        item_id: dict[Any, Any] = {vol.Required(f"{self.kind}_id"): str}
        commands: list[tuple[str, dict[Any, Any], CommandHandler]] = [
            ("list", {}, self._list),
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
        if registry := _registry_or_error(hass, connection, msg, self.view):
            _adapter(registry, self.kind).ws_list_item(hass, connection, self._message(msg))

    @callback
    def _subscribe(
        self, hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]
    ) -> None:
        if registry := _registry_or_error(hass, connection, msg, self.view):
            adapter = _adapter(registry, self.kind)
            adapter._ws_subscribe(hass, connection, self._message(msg))  # noqa: SLF001

    async def _create(
        self, hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]
    ) -> None:
        if registry := _registry_or_error(hass, connection, msg, self.edit):
            await _adapter(registry, self.kind).ws_create_item(hass, connection, self._message(msg))

    async def _update(
        self, hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]
    ) -> None:
        if registry := _registry_or_error(hass, connection, msg, self.edit):
            await _adapter(registry, self.kind).ws_update_item(hass, connection, self._message(msg))

    async def _delete(
        self, hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]
    ) -> None:
        if registry := _registry_or_error(hass, connection, msg, self.edit):
            await _adapter(registry, self.kind).ws_delete_item(hass, connection, self._message(msg))


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
    if registry := _registry_or_error(hass, connection, msg, Operation.WANTED_IMPORT):
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
