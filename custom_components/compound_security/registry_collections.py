"""Storage collections of the registry: one versioned Store per record kind.

The engine (`engine.registry.Registry`) validates each record before it is stored and
indexes it after. Every change runs under the registry's lock (`MutationLock`, re-entrant
per task), so a rule checked before storing still holds when the record is stored (unique
UIDs, a rental flat's card cap). Changes that take access away (revoking, losing or
deleting a card, locking or deleting a vehicle) are written to disk before the outermost
change returns (once, for a change made of several); memory keeps them even when the disk
refuses, and the save is retried.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from contextvars import ContextVar
from typing import Any, Final, override
import uuid

from homeassistant.core import HomeAssistant, callback
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import collection

from .const import LOGGER, STORAGE_MINOR_VERSION, STORAGE_VERSION
from .engine.errors import RuleError
from .engine.model import CardStatus
from .engine.registry import Registry
from .hashing import async_seal, async_strengthen_people
from .registry_store import MutationLock, RegistryStore, store_key

type WantedListener = Callable[[list[dict[str, Any]]], Awaitable[None]]

# 2: ID-number hashes are scrypt over version 1's HMAC digests; masks show one character.
PEOPLE_STORAGE_VERSION: Final = 2

# The people one create or update call found on the wanted list: per task, so that
# concurrent calls never see (or clear) each other's findings.
_wanted_found: ContextVar[list[str] | None] = ContextVar("wanted_found", default=None)


class _RecordCollection(collection.DictStorageCollection):
    """A storage collection whose records the engine validates."""

    kind: str
    store_name: str  # e.g. `people`: stored as `compound_security.<entry id>.people`
    storage_version: int = STORAGE_VERSION

    def __init__(
        self, hass: HomeAssistant, entry_id: str, engine: Registry, lock: MutationLock
    ) -> None:
        self.store: RegistryStore = self.make_store(hass, store_key(entry_id, self.store_name))
        super().__init__(self.store, collection.IDManager())
        self.engine = engine
        self.lock = lock
        self.mutation = lock.mutation
        self.async_add_change_set_listener(self._index)

    def make_store(self, hass: HomeAssistant, key: str) -> RegistryStore:
        """Return a store for these records under `key` (also a release's older key)."""
        store = RegistryStore(
            hass,
            self.storage_version,
            key,
            minor_version=STORAGE_MINOR_VERSION,
            private=True,  # personal data: readable by the owner only
            atomic_writes=True,
        )
        store.migrate_items = self._async_migrate_items
        return store

    async def _async_migrate_items(
        self, old_major_version: int, items: list[dict[str, Any]]
    ) -> list[dict[str, Any]]:
        return items

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
    async def async_create_item(self, data: dict[str, Any]) -> dict[str, Any]:
        async with self.mutation():
            return await super().async_create_item(data)

    @override
    async def async_update_item(self, item_id: str, updates: dict[str, Any]) -> dict[str, Any]:
        async with self.mutation():
            before = self.data.get(item_id)
            item = await super().async_update_item(item_id, updates)
            if before is not None and self._stricter(before, item):
                self.lock.confirm(self)
            return item

    @override
    async def async_delete_item(self, item_id: str) -> None:
        async with self.mutation():
            await super().async_delete_item(item_id)
            if self.confirm_deletes:
                self.lock.confirm(self)

    confirm_deletes = False

    def _stricter(self, before: dict[str, Any], after: dict[str, Any]) -> bool:
        """Return whether an update takes access away, so it must reach the disk first."""
        return False

    async def async_write_now(self) -> None:
        """Write the collection now; memory keeps the change even if the disk refuses."""
        try:
            await self.store.async_save_confirmed(self._data_to_save())
        except HomeAssistantError:
            self._async_schedule_save()  # keep trying, and at shutdown
            raise

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
                continue
            try:
                self._put(change.item)
            except (KeyError, TypeError, ValueError, RuleError) as err:
                # A record a bug or a hand edit left unreadable: keep it on disk (an update
                # can fix it) but out of every decision, and load the rest.
                LOGGER.warning(
                    "Ignoring unreadable %s record %s (%s)",
                    self.kind,
                    change.item_id,
                    type(err).__name__,
                )


class HouseholdCollection(_RecordCollection):
    """Flats."""

    kind = "household"
    store_name = "households"

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
        async with self.mutation():
            if item_id in self.data:
                self.engine.check_remove_household(item_id)
            await super().async_delete_item(item_id)


class PersonCollection(_RecordCollection):
    """Residents. Their full ID numbers never reach storage."""

    kind = "person"
    store_name = "people"
    storage_version = PEOPLE_STORAGE_VERSION

    def __init__(
        self, hass: HomeAssistant, entry_id: str, engine: Registry, lock: MutationLock
    ) -> None:
        """Also track who turns out to be on the wanted list."""
        super().__init__(hass, entry_id, engine, lock)
        self.wanted_listeners: list[WantedListener] = []

    @override
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
        if wanted and (found := _wanted_found.get()) is not None:
            found.append(current_id or "")
        return stored

    @override
    async def async_create_item(self, data: dict[str, Any]) -> dict[str, Any]:
        found: list[str] = []
        token = _wanted_found.set(found)
        try:
            item = await super().async_create_item(data)
        finally:
            _wanted_found.reset(token)
        if found:
            await self._report_wanted([item])
        return item

    @override
    async def async_update_item(self, item_id: str, updates: dict[str, Any]) -> dict[str, Any]:
        found: list[str] = []
        token = _wanted_found.set(found)
        try:
            item = await super().async_update_item(item_id, updates)
        finally:
            _wanted_found.reset(token)
        if found:
            await self._report_wanted([item])
        return item

    async def _report_wanted(self, people: list[dict[str, Any]]) -> None:
        for listener in self.wanted_listeners:
            await listener(people)

    @override
    def _stricter(self, before: dict[str, Any], after: dict[str, Any]) -> bool:
        """Return whether access was taken away: moved out, a level lost, a door shut."""
        return (
            (bool(after.get("moved_out")) and after.get("moved_out") != before.get("moved_out"))
            or not set(before.get("levels") or ()) <= set(after.get("levels") or ())
            or not set(after.get("denied") or ()) <= set(before.get("denied") or ())
        )

    @override
    def _put(self, item: dict[str, Any]) -> None:
        self.engine.put_person(item)

    @override
    def _drop(self, item_id: str) -> None:
        self.engine.drop_person(item_id)


class CardCollection(_RecordCollection):
    """Cards, keyed by an id; the UID is a field."""

    kind = "card"
    store_name = "cards"
    confirm_deletes = True  # a deleted card that comes back after a restart would open

    @override
    def _stricter(self, before: dict[str, Any], after: dict[str, Any]) -> bool:
        return after.get("status") != before.get("status") and after.get("status") in (
            CardStatus.REVOKED,
            CardStatus.LOST,
        )

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
    store_name = "vehicles"
    confirm_deletes = True

    @override
    def _stricter(self, before: dict[str, Any], after: dict[str, Any]) -> bool:
        return bool(after.get("locked")) and not before.get("locked")

    @override
    def _prepare(self, data: dict[str, Any], current_id: str | None) -> dict[str, Any]:
        return self.engine.prepare_vehicle(data, current_id)

    @override
    def _put(self, item: dict[str, Any]) -> None:
        self.engine.put_vehicle(item)

    @override
    def _drop(self, item_id: str) -> None:
        self.engine.drop_vehicle(item_id)


class LevelCollection(_RecordCollection):
    """Access levels (权限组): named doors and zones on a weekly schedule."""

    kind = "level"
    store_name = "levels"
    confirm_deletes = True

    @override
    def _stricter(self, before: dict[str, Any], after: dict[str, Any]) -> bool:
        return after != before  # narrower doors or hours must hold after a restart too

    @override
    def _prepare(self, data: dict[str, Any], current_id: str | None) -> dict[str, Any]:
        return self.engine.prepare_level(data)

    @override
    def _put(self, item: dict[str, Any]) -> None:
        self.engine.put_level(item)

    @override
    def _drop(self, item_id: str) -> None:
        self.engine.drop_level(item_id)

    @override
    async def async_delete_item(self, item_id: str) -> None:
        async with self.mutation():
            if item_id in self.data:
                self.engine.check_remove_level(item_id)
            await super().async_delete_item(item_id)
