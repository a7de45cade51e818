"""The registry in Home Assistant storage: households, people, cards and vehicles.

Built on core's storage collections, one versioned Store per record kind, with admin-only
websocket commands `compound_security/<kind>/{list,create,update,delete,subscribe}`.
Validation and indexes live in `engine.registry.Registry`; the collections call it before
storing and keep its indexes current after every change. Records are data, not entities.

Every change runs under one lock (`CompoundRegistry.mutation`); see `registry_collections`.
"""

from __future__ import annotations

from typing import Any, override

from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers import collection
from homeassistant.util.hass_dict import HassKey
import probatio as vol

from .const import DOMAIN, LOGGER
from .engine.bounds import MAX_NOTIFY_TARGETS
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
from .hashing import async_load_hasher
from .registry_collections import (
    CardCollection,
    HouseholdCollection,
    MutationLock,
    PersonCollection,
    VehicleCollection,
)
from .wanted import WantedList, async_setup_websocket as async_setup_wanted_websocket

REGISTRY_KEY: HassKey[CompoundRegistry] = HassKey(DOMAIN)


class CompoundRegistry:
    """Everything the property office registers, loaded once per Home Assistant."""

    def __init__(self, hass: HomeAssistant, engine: Registry) -> None:
        """Create the collections around one engine registry."""
        self.hass = hass
        self.engine = engine
        lock = MutationLock()
        self.mutation = lock.mutation  # `async with registry.mutation():` for composite changes
        self.households = HouseholdCollection(hass, engine, lock)
        self.people = PersonCollection(hass, engine, lock)
        self.cards = CardCollection(hass, engine, lock)
        self.vehicles = VehicleCollection(hass, engine, lock)
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
        async with self.mutation():
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


# The engine checks the real limits with errors that name the field; the schemas only
# keep absurd input (megabytes of text, thousands of targets) from getting that far.
SCHEMA_TEXT_LIMIT = 1000


def _text(maximum: int = SCHEMA_TEXT_LIMIT) -> Any:
    return vol.All(str, vol.Length(max=maximum))


NOTIFY_LIST = vol.All(
    lambda v: [v] if isinstance(v, str) else v,
    [_text()],
    vol.Length(max=10 * MAX_NOTIFY_TARGETS),
)
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
    vol.Optional("phone"): _text(),
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
    vol.Optional("status_reason"): _text(),
}
VEHICLE_FIELDS: dict[Any, Any] = {
    vol.Required("chip_uid"): _text(40),
    vol.Required("person_id"): str,
    vol.Required("kind"): VEHICLE_KIND,
    vol.Optional("plate"): _text(),
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
