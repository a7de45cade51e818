"""The registry in Home Assistant storage: households, people, cards and vehicles.

Built on core's storage collections, one versioned Store per record kind, with admin-only
websocket commands `compound_security/<kind>/{list,create,update,delete,subscribe}`.
Validation and indexes live in `engine.registry.Registry`; the collections call it before
storing and keep its indexes current after every change. Records are data, not entities.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from typing import Any, Final, override
import uuid

from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers import collection
from homeassistant.helpers.storage import Store
from homeassistant.util.hass_dict import HassKey
import probatio as vol

from .const import DOMAIN, LOGGER, STORAGE_MINOR_VERSION, STORAGE_VERSION
from .engine.errors import RuleError
from .engine.model import (
    CardStatus,
    CardType,
    Direction,
    Role,
    Tenure,
    VehicleKind,
    WatchLevel,
)
from .engine.registry import Registry
from .hashing import async_load_hasher, async_seal, async_strengthen_people
from .wanted import WantedList, async_setup_websocket as async_setup_wanted_websocket

REGISTRY_KEY: HassKey[CompoundRegistry] = HassKey(DOMAIN)

type WantedListener = Callable[[list[dict[str, Any]]], Awaitable[None]]
type ItemMigration = Callable[[int, list[dict[str, Any]]], Awaitable[list[dict[str, Any]]]]

# 2: ID-number hashes are scrypt over version 1's HMAC digests; masks show one character.
PEOPLE_STORAGE_VERSION: Final = 2


class RegistryStore(Store[collection.SerializedStorageCollection]):
    """A versioned store for one kind of record."""

    migrate_items: ItemMigration | None = None

    @override
    async def _async_migrate_func(
        self, old_major_version: int, old_minor_version: int, old_data: dict[str, Any]
    ) -> collection.SerializedStorageCollection:
        """Bring stored data up to the current version.

        Minor versions only add optional fields, which the records read with defaults, so
        they load as they are. A newer major version was written by a newer release: refuse
        it rather than guess (Home Assistant then keeps the file untouched).
        """
        if old_major_version > self.version:
            raise NotImplementedError(
                f"{self.key} was written by a newer Compound Security (v{old_major_version})"
            )
        items = list(old_data.get("items", []))
        if self.migrate_items is not None:
            items = await self.migrate_items(old_major_version, items)
        return {"items": items}


class _RecordCollection(collection.DictStorageCollection):
    """A storage collection whose records the engine validates."""

    kind: str
    storage_version: int = STORAGE_VERSION

    def __init__(self, hass: HomeAssistant, engine: Registry) -> None:
        store = RegistryStore(
            hass,
            self.storage_version,
            f"{DOMAIN}.{self.kind}s",
            minor_version=STORAGE_MINOR_VERSION,
            private=True,  # personal data: readable by the owner only
            atomic_writes=True,
        )
        super().__init__(store, collection.IDManager())
        self.store: RegistryStore = store
        self.engine = engine
        self.async_add_change_set_listener(self._index)

    @callback
    @override
    def _get_suggested_id(self, info: dict[str, Any]) -> str:
        return uuid.uuid4().hex

    def _prepare(self, data: dict[str, Any], current_id: str | None) -> dict[str, Any]:
        raise NotImplementedError

    def _put(self, item: dict[str, Any]) -> None:
        raise NotImplementedError

    def _drop(self, item_id: str) -> None:
        raise NotImplementedError

    @override
    async def _process_create_data(self, data: dict[str, Any]) -> dict[str, Any]:
        return self._prepare(data, None)

    @override
    async def _update_data(
        self, item: dict[str, Any], update_data: dict[str, Any]
    ) -> dict[str, Any]:
        merged = {**item, **update_data}
        return {"id": item["id"], **self._prepare(merged, item["id"])}

    async def _index(self, change_set: Iterable[collection.CollectionChange]) -> None:
        for change in change_set:
            if change.change_type == collection.CHANGE_REMOVED:
                self._drop(change.item_id)
            else:
                self._put(change.item)


class HouseholdCollection(_RecordCollection):
    """Flats."""

    kind = "household"

    @override
    def _prepare(self, data: dict[str, Any], current_id: str | None) -> dict[str, Any]:
        return self.engine.prepare_household(data, current_id)

    @override
    def _put(self, item: dict[str, Any]) -> None:
        self.engine.put_household(item)

    @override
    def _drop(self, item_id: str) -> None:
        self.engine.drop_household(item_id)

    @override
    async def async_delete_item(self, item_id: str) -> None:
        if item_id in self.data:
            self.engine.check_remove_household(item_id)
        await super().async_delete_item(item_id)


class PersonCollection(_RecordCollection):
    """Residents. Their full ID numbers never reach storage."""

    kind = "person"
    storage_version = PEOPLE_STORAGE_VERSION

    def __init__(self, hass: HomeAssistant, engine: Registry) -> None:
        """Also track who turns out to be on the wanted list."""
        super().__init__(hass, engine)
        self._wanted_ids: set[str] = set()
        self.wanted_listeners: list[WantedListener] = []
        self.store.migrate_items = self._async_migrate_items

    async def _async_migrate_items(
        self, old_major_version: int, items: list[dict[str, Any]]
    ) -> list[dict[str, Any]]:
        if old_major_version < PEOPLE_STORAGE_VERSION:
            await async_strengthen_people(self.hass, self.engine.id_hasher, items)
        return items

    @override
    async def _process_create_data(self, data: dict[str, Any]) -> dict[str, Any]:
        sealed = await async_seal(self.hass, self.engine.id_hasher, data)
        return self._prepare(sealed, None)

    @override
    async def _update_data(
        self, item: dict[str, Any], update_data: dict[str, Any]
    ) -> dict[str, Any]:
        sealed = await async_seal(self.hass, self.engine.id_hasher, update_data)
        return await super()._update_data(item, sealed)

    @override
    def _prepare(self, data: dict[str, Any], current_id: str | None) -> dict[str, Any]:
        stored, wanted = self.engine.prepare_person(data, current_id)
        if wanted:
            self._wanted_ids.add(current_id or "")
        return stored

    @override
    async def async_create_item(self, data: dict[str, Any]) -> dict[str, Any]:
        self._wanted_ids.clear()
        item = await super().async_create_item(data)
        if self._wanted_ids:
            await self._report_wanted([item])
        return item

    @override
    async def async_update_item(self, item_id: str, updates: dict[str, Any]) -> dict[str, Any]:
        self._wanted_ids.clear()
        item = await super().async_update_item(item_id, updates)
        if self._wanted_ids:
            await self._report_wanted([item])
        return item

    async def _report_wanted(self, people: list[dict[str, Any]]) -> None:
        for listener in self.wanted_listeners:
            await listener(people)

    @override
    def _put(self, item: dict[str, Any]) -> None:
        self.engine.put_person(item)

    @override
    def _drop(self, item_id: str) -> None:
        self.engine.drop_person(item_id)


class CardCollection(_RecordCollection):
    """Cards, keyed by an id; the UID is a field."""

    kind = "card"

    @override
    def _prepare(self, data: dict[str, Any], current_id: str | None) -> dict[str, Any]:
        return self.engine.prepare_card(data, current_id)

    @override
    def _put(self, item: dict[str, Any]) -> None:
        self.engine.put_card(item)

    @override
    def _drop(self, item_id: str) -> None:
        self.engine.drop_card(item_id)


class VehicleCollection(_RecordCollection):
    """Chipped vehicles."""

    kind = "vehicle"

    @override
    def _prepare(self, data: dict[str, Any], current_id: str | None) -> dict[str, Any]:
        return self.engine.prepare_vehicle(data, current_id)

    @override
    def _put(self, item: dict[str, Any]) -> None:
        self.engine.put_vehicle(item)

    @override
    def _drop(self, item_id: str) -> None:
        self.engine.drop_vehicle(item_id)


class CompoundRegistry:
    """Everything the property office registers, loaded once per Home Assistant."""

    def __init__(self, hass: HomeAssistant, engine: Registry) -> None:
        """Create the collections around one engine registry."""
        self.hass = hass
        self.engine = engine
        self.households = HouseholdCollection(hass, engine)
        self.people = PersonCollection(hass, engine)
        self.cards = CardCollection(hass, engine)
        self.vehicles = VehicleCollection(hass, engine)
        self.wanted = WantedList(hass, self)

    @classmethod
    async def async_load(cls, hass: HomeAssistant) -> CompoundRegistry:
        """Load the per-installation secret, then every collection in dependency order."""
        registry = cls(hass, Registry(await async_load_hasher(hass)))
        for records in (registry.households, registry.people, registry.cards, registry.vehicles):
            await records.async_load()
        await registry.wanted.async_load()
        LOGGER.debug(
            "Registry loaded: %d households, %d people, %d cards, %d vehicles",
            len(registry.engine.households),
            len(registry.engine.people),
            len(registry.engine.cards),
            len(registry.engine.vehicles),
        )
        return registry

    async def async_remove_person(self, person_id: str) -> None:
        """Remove a person with their cards and vehicles, and unlist them as a rider."""
        if person_id not in self.people.data:
            raise collection.ItemNotFound(person_id)
        for card in self.engine.cards_of(person_id):
            await self.cards.async_delete_item(card.id)
        for vehicle in self.engine.vehicles_of(person_id):
            await self.vehicles.async_delete_item(vehicle.id)
        for vehicle in list(self.engine.vehicles.values()):
            if person_id in vehicle.riders:
                riders = [r for r in vehicle.riders if r != person_id]
                await self.vehicles.async_update_item(vehicle.id, {"riders": riders})
        await self.people.async_delete_item(person_id)


def _text(maximum: int = 100) -> Any:
    return vol.All(str, vol.Length(max=maximum))


NOTIFY_LIST = vol.All(lambda v: [v] if isinstance(v, str) else v, [str])
TENURE = vol.In([t.value for t in Tenure])
ROLE = vol.In([r.value for r in Role])
CARD_TYPE = vol.In([c.value for c in CardType])
CARD_STATUS = vol.In([c.value for c in CardStatus])
WATCH_LEVEL = vol.In([w.value for w in WatchLevel])
DIRECTION = vol.In([d.value for d in Direction])
VEHICLE_KIND = vol.In([k.value for k in VehicleKind])

HOUSEHOLD_FIELDS: dict[Any, Any] = {
    vol.Required("building"): _text(),
    vol.Required("unit"): _text(),
    vol.Required("room"): _text(),
    vol.Required("area_m2"): vol.Coerce(float),
    vol.Required("tenure"): TENURE,
    vol.Optional("electricity_meter"): _text(20),
    vol.Optional("water_meter"): _text(20),
}
PERSON_FIELDS: dict[Any, Any] = {
    vol.Required("household_id"): str,
    vol.Required("name"): _text(),
    vol.Required("role"): ROLE,
    vol.Optional("phone"): _text(30),
    vol.Optional("id_number"): _text(30),  # websocket only: actions refuse it (recorded)
    vol.Optional("user_id"): vol.Any(None, str),
    vol.Optional("notify"): NOTIFY_LIST,
    vol.Optional("watch"): WATCH_LEVEL,
    vol.Optional("watch_directions"): DIRECTION,
}
CARD_FIELDS: dict[Any, Any] = {
    vol.Required("uid"): _text(40),
    vol.Required("person_id"): str,
    vol.Required("card_type"): CARD_TYPE,
    vol.Optional("valid_from"): vol.Any(None, str),
    vol.Optional("valid_until"): vol.Any(None, str),
    vol.Optional("status"): CARD_STATUS,
    vol.Optional("status_reason"): _text(200),
}
VEHICLE_FIELDS: dict[Any, Any] = {
    vol.Required("chip_uid"): _text(40),
    vol.Required("person_id"): str,
    vol.Required("kind"): VEHICLE_KIND,
    vol.Optional("plate"): _text(20),
    vol.Optional("locked"): bool,
    vol.Optional("riders"): [str],
}


def _optional(fields: dict[Any, Any]) -> dict[Any, Any]:
    return {vol.Optional(str(key)): value for key, value in fields.items()}


class _PersonWebsocket(collection.DictStorageCollectionWebsocket):
    """Deleting a person over the websocket also removes their cards and vehicles."""

    def __init__(self, registry: CompoundRegistry) -> None:
        super().__init__(
            registry.people,
            f"{DOMAIN}/person",
            "person",
            PERSON_FIELDS,
            _optional(PERSON_FIELDS),
            admin_only=True,
        )
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


class _HouseholdWebsocket(collection.DictStorageCollectionWebsocket):
    """Deleting a household that still has people is refused with a clear error."""

    @override
    async def ws_delete_item(
        self, hass: HomeAssistant, connection: Any, msg: dict[str, Any]
    ) -> None:
        try:
            await self.storage_collection.async_delete_item(msg[self.item_id_key])
        except collection.ItemNotFound:
            connection.send_error(
                msg["id"], "not_found", f"Unable to find household_id {msg[self.item_id_key]}"
            )
            return
        except RuleError as err:
            connection.send_error(msg["id"], "invalid_format", err.code)
            return
        connection.send_result(msg["id"])


@callback
def async_setup_websocket(hass: HomeAssistant, registry: CompoundRegistry) -> None:
    """Register the admin-only CRUD commands for the staff panel."""
    async_setup_wanted_websocket(hass)
    _HouseholdWebsocket(
        registry.households,
        f"{DOMAIN}/household",
        "household",
        HOUSEHOLD_FIELDS,
        _optional(HOUSEHOLD_FIELDS),
        admin_only=True,
    ).async_setup(hass)
    _PersonWebsocket(registry).async_setup(hass)
    collection.DictStorageCollectionWebsocket(
        registry.cards,
        f"{DOMAIN}/card",
        "card",
        CARD_FIELDS,
        _optional(CARD_FIELDS),
        admin_only=True,
    ).async_setup(hass)
    collection.DictStorageCollectionWebsocket(
        registry.vehicles,
        f"{DOMAIN}/vehicle",
        "vehicle",
        VEHICLE_FIELDS,
        _optional(VEHICLE_FIELDS),
        admin_only=True,
    ).async_setup(hass)
