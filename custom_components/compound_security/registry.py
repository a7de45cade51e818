"""The registry in Home Assistant storage: households, people, cards and vehicles.

One registry per compound (config entry), each kind of record in its own versioned
Store, `compound_security.<entry id>.<kind>`. Built on core's storage collections; the
websocket commands are in `registry_websocket`. Validation and indexes live in
`engine.registry.Registry`; the collections call it before storing and keep its indexes
current after every change. Records are data, not entities.

Every change runs under one lock (`CompoundRegistry.mutation`); see `registry_collections`.

Releases before per-compound storage kept one registry for every compound under
`compound_security.<kind>`: the oldest compound entry takes it over (`_async_adopt`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from homeassistant.config_entries import ConfigEntry
from homeassistant.core import HomeAssistant
from homeassistant.helpers import collection, config_validation as cv
from homeassistant.helpers.storage import Store
from homeassistant.util import dt as dt_util
from homeassistant.util.hass_dict import HassKey
import probatio as vol

from .const import DOMAIN, LOGGER, STORAGE_VERSION
from .engine.bounds import MAX_NOTIFY_TARGETS
from .engine.errors import RuleError
from .engine.importer import ImportPlan, plan_import
from .engine.model import (
    PERSON_LANGUAGES,
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
from .imports import read_file
from .registry_collections import (
    CardCollection,
    HouseholdCollection,
    LevelCollection,
    PersonCollection,
    VehicleCollection,
)
from .registry_store import MutationLock, store_key
from .roles import ROLES_STORE_NAME, RoleStore
from .wanted import WantedList

if TYPE_CHECKING:
    from .engine.idnumber import IdNumberHasher

# Loaded once per installation: the hasher (its key and salt) and each compound's
# registry, which outlives reloads of its compound as the stored records do.
HASHER_KEY: HassKey[IdNumberHasher] = HassKey(f"{DOMAIN}_hasher")
REGISTRIES_KEY: HassKey[dict[str, CompoundRegistry]] = HassKey(f"{DOMAIN}_registries")
STORE_NAMES = (
    "levels",
    "households",
    "people",
    "cards",
    "vehicles",
    "wanted",
    "usage",
    "reminders",
    ROLES_STORE_NAME,
)


async def async_setup_registries(hass: HomeAssistant) -> None:
    """Load the installation's ID-number hasher, before any compound is set up."""
    hass.data[HASHER_KEY] = await async_load_hasher(hass)
    hass.data[REGISTRIES_KEY] = {}


async def async_load_registry(hass: HomeAssistant, entry: ConfigEntry[Any]) -> CompoundRegistry:
    """Return a compound's registry, loading it (and adopting older storage) the first time."""
    registries = hass.data[REGISTRIES_KEY]
    if (registry := registries.get(entry.entry_id)) is None:
        registry = CompoundRegistry(hass, entry.entry_id, Registry(hass.data[HASHER_KEY]))
        first = hass.config_entries.async_entries(DOMAIN, include_ignore=False)[0]
        await registry.async_load(adopt_legacy=first.entry_id == entry.entry_id)
        registries[entry.entry_id] = registry
    return registry


async def async_remove_registry(hass: HomeAssistant, entry_id: str) -> None:
    """Delete a removed compound's registry from memory and storage (personal data)."""
    registry = hass.data.get(REGISTRIES_KEY, {}).pop(entry_id, None)
    # Its own stores, when loaded, so that no pending save writes a file back.
    stores = list(registry.stores) if registry is not None else []
    loaded = {store.key for store in stores}
    stores += [
        Store(hass, STORAGE_VERSION, key)
        for key in (store_key(entry_id, name) for name in STORE_NAMES)
        if key not in loaded
    ]
    for store in stores:
        await store.async_remove()


class CompoundRegistry:
    """Everything the property office of one compound registers."""

    def __init__(self, hass: HomeAssistant, entry_id: str, engine: Registry) -> None:
        """Create the collections around one engine registry."""
        self.hass = hass
        self.entry_id = entry_id
        self.engine = engine
        lock = MutationLock()
        self.mutation = lock.mutation  # `async with registry.mutation():` for composite changes
        self.levels = LevelCollection(hass, entry_id, engine, lock)
        self.households = HouseholdCollection(hass, entry_id, engine, lock)
        self.people = PersonCollection(hass, entry_id, engine, lock)
        self.cards = CardCollection(hass, entry_id, engine, lock)
        self.vehicles = VehicleCollection(hass, entry_id, engine, lock)
        self.wanted = WantedList(hass, self)
        self.roles = RoleStore(hass, entry_id)  # who is clerk, guard or police here
        # The console's websocket handlers for these records (see `registry_websocket`).
        self.websockets: dict[str, collection.DictStorageCollectionWebsocket] = {}

    @property
    def collections(self) -> tuple[collection.DictStorageCollection, ...]:
        """Return the collections in dependency order (levels and households before people...)."""
        return (self.levels, self.households, self.people, self.cards, self.vehicles)

    @property
    def stores(self) -> tuple[Store[Any], ...]:
        """Return every store of the compound's registry."""
        return (
            self.levels.store,
            self.households.store,
            self.people.store,
            self.cards.store,
            self.vehicles.store,
            self.wanted.store,
        )  # the roles' store, never written late, is removed by its name (STORE_NAMES)

    async def async_load(self, *, adopt_legacy: bool = False) -> None:
        """Load every collection in dependency order, then the wanted list."""
        if adopt_legacy:
            await self._async_adopt()
        for records in self.collections:
            await records.async_load()
        await self.wanted.async_load()
        await self.roles.async_load()
        LOGGER.debug(
            "Registry of %s loaded: %d households, %d people, %d cards, %d vehicles",
            self.entry_id,
            len(self.engine.households),
            len(self.engine.people),
            len(self.engine.cards),
            len(self.engine.vehicles),
        )

    async def _async_adopt(self) -> None:
        """Move the stores of a release with one registry for all compounds to this one.

        Each is loaded through the current store class, so older versions migrate as
        they would have (people of version 1 get scrypt hashes), written under this
        compound's key, and only then removed. A compound that already has its own
        store keeps it.
        """
        moves: list[tuple[Store[Any], Store[Any]]] = [
            (records.make_store(self.hass, f"{DOMAIN}.{records.kind}s"), records.store)
            for records in (self.households, self.people, self.cards, self.vehicles)
        ]
        moves.append((self.wanted.make_store(self.wanted.legacy_key), self.wanted.store))
        moves.append(  # the months of usage, kept by the compound's usage tracker
            (
                Store(self.hass, STORAGE_VERSION, f"{DOMAIN}.usage", private=True),
                Store(self.hass, STORAGE_VERSION, store_key(self.entry_id, "usage"), private=True),
            )
        )
        for legacy, store in moves:
            data = await legacy.async_load()
            if data is None:
                continue
            if await store.async_load() is None:
                await store.async_save(data)
                LOGGER.info("Moved %s to %s", legacy.key, store.key)
            await legacy.async_remove()

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

    async def async_import_file(self, config_dir: str, name: str) -> Mapping[str, int]:
        """Import a registry CSV file of the configuration folder (see `async_import`)."""

        def _plan(scratch: Registry, today: date) -> ImportPlan:
            return read_file(config_dir, name, lambda lines: plan_import(lines, scratch, today))

        return await self.async_import(_plan)

    async def async_import_text(self, content: str) -> Mapping[str, int]:
        """Import a registry CSV uploaded in the console (see `async_import`)."""
        return await self.async_import(lambda scratch, today: plan_import(content, scratch, today))

    async def async_import(
        self, planner: Callable[[Registry, date], ImportPlan]
    ) -> Mapping[str, int]:
        """Import a registry CSV all or nothing; return the count of each kind created.

        The CSV is read and checked in the executor against a copy of the registry
        (hashing ID numbers takes seconds), so the lock is not held meanwhile; every
        record is checked again as it is created under the lock, and a conflict undoes
        the whole import. Raises `ImportRejected` listing every bad row.
        """
        scratch = self.engine.clone()
        today = dt_util.now().date()
        plan = await self.hass.async_add_executor_job(planner, scratch, today)
        async with self.mutation():
            await self._async_apply_import(plan)
        return {
            "households": len(plan.households),
            "people": len(plan.people),
            "cards": len(plan.cards),
            "vehicles": len(plan.vehicles),
        }

    async def _async_apply_import(self, plan: ImportPlan) -> None:
        created: list[tuple[collection.DictStorageCollection, str]] = []
        ids: dict[str, str] = {}
        try:
            for ref, data in plan.households:
                item = await self.households.async_create_item(data)
                ids[ref] = item["id"]
                created.append((self.households, item["id"]))
            for ref, planned in plan.people:
                household_id = ids.get(planned["household_id"], planned["household_id"])
                item = await self.people.async_create_item(planned | {"household_id": household_id})
                ids[ref] = item["id"]
                created.append((self.people, item["id"]))
            linked: tuple[tuple[collection.DictStorageCollection, list[dict[str, Any]]], ...] = (
                (self.cards, plan.cards),
                (self.vehicles, plan.vehicles),
            )
            for records, rows in linked:
                for data in rows:
                    item = await records.async_create_item(
                        data | {"person_id": ids[data["person_id"]]}
                    )
                    created.append((records, item["id"]))
        except RuleError:
            for records, item_id in reversed(created):  # all or nothing
                await records.async_delete_item(item_id)
            raise


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
    # Frigate's name for their face, personal data: websocket only, as the ID number is.
    vol.Optional("face_name"): vol.Any(None, _text()),
    vol.Optional("user_id"): vol.Any(None, str),
    vol.Optional("notify"): NOTIFY_LIST,
    vol.Optional("language"): vol.Any(None, "", vol.In(PERSON_LANGUAGES)),  # "": the server's
    vol.Optional("watch"): WATCH_LEVEL,
    vol.Optional("police_watch"): bool,  # police only: kept apart from the care watch
    vol.Optional("watch_directions"): DIRECTION,
    vol.Optional("levels"): vol.All(cv.ensure_list, [str], vol.Length(max=100)),
    vol.Optional("denied"): vol.All(cv.ensure_list, [str], vol.Length(max=200)),
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
SCHEDULE = vol.All(dict, vol.Length(max=9))  # seven days, holidays, holiday hours
LEVEL_FIELDS: dict[Any, Any] = {
    vol.Required("name"): _text(),
    vol.Optional("access_points"): vol.All(cv.ensure_list, [str], vol.Length(max=1000)),
    vol.Optional("zones"): vol.All(cv.ensure_list, [str], vol.Length(max=1000)),
    vol.Optional("schedule"): SCHEDULE,
}
VEHICLE_FIELDS: dict[Any, Any] = {
    vol.Required("chip_uid"): _text(40),
    vol.Required("person_id"): str,
    vol.Required("kind"): VEHICLE_KIND,
    vol.Optional("plate"): _text(),
    vol.Optional("locked"): bool,
    vol.Optional("riders"): [str],
}
