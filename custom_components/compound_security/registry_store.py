"""The registry's versioned stores and the one lock every registry change runs under.

`RegistryStore` remembers whether the disk took a write (core's Store only logs a
failure), so a change that takes access away can be confirmed only once it is stored.
`MutationLock` is re-entrant per task: a change made of several holds it once, and the
collections whose change must reach the disk first are written when it lets go.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager, suppress
from typing import TYPE_CHECKING, Any, override

from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import collection
from homeassistant.helpers.storage import Store

from .const import DOMAIN, LOGGER

if TYPE_CHECKING:
    from .registry_collections import _RecordCollection

type ItemMigration = Callable[[int, list[dict[str, Any]]], Awaitable[list[dict[str, Any]]]]


class RegistryStore(Store[collection.SerializedStorageCollection]):
    """A versioned store for one kind of record."""

    write_error: Exception | None = None
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

    @override
    async def _async_write_data(self, data: dict[str, Any]) -> None:
        """Write, remembering whether the disk took it (Store only logs a failure)."""
        try:
            await super()._async_write_data(data)
        except Exception as err:
            self.write_error = err
            raise
        self.write_error = None

    async def async_save_confirmed(self, data: collection.SerializedStorageCollection) -> None:
        """Write now; raise `storage_write_failed` if the disk refuses."""
        self.write_error = None
        try:
            await self.async_save(data)
        except OSError as err:  # not wrapped in WriteError by every writer
            self.write_error = err
        if self.write_error is not None:
            LOGGER.error("Could not store %s: %s", self.key, type(self.write_error).__name__)
            raise HomeAssistantError(
                translation_domain=DOMAIN, translation_key="storage_write_failed"
            ) from self.write_error


class MutationLock:
    """One lock for every registry change, re-entrant within a task.

    A composite change (removing a person with their cards, an import) holds it, and the
    single changes inside it, which take it too, pass straight through. Collections whose
    change must reach the disk before it is confirmed are written when the outermost
    holder lets go.
    """

    def __init__(self) -> None:
        """Start unheld."""
        self._lock = asyncio.Lock()
        self._holder: asyncio.Task[Any] | None = None
        self._unconfirmed: dict[str, _RecordCollection] = {}

    @asynccontextmanager
    async def mutation(self) -> AsyncIterator[None]:
        """Hold the registry for one change, or for a change made of several."""
        task = asyncio.current_task()
        if task is not None and self._holder is task:
            yield
            return
        async with self._lock:
            self._holder = task
            try:
                yield
            except BaseException:
                with suppress(HomeAssistantError):  # the change's own error comes first
                    await self._async_confirm()
                raise
            else:
                await self._async_confirm()
            finally:
                self._holder = None

    def confirm(self, records: _RecordCollection) -> None:
        """Have `records` written before the outermost change returns."""
        self._unconfirmed[records.kind] = records

    async def _async_confirm(self) -> None:
        failed: HomeAssistantError | None = None
        while self._unconfirmed:
            _kind, records = self._unconfirmed.popitem()
            try:
                await records.async_write_now()
            except HomeAssistantError as err:
                failed = err
        if failed is not None:
            raise failed


def store_key(entry_id: str, name: str) -> str:
    """Return the storage key of one compound's records of one kind."""
    return f"{DOMAIN}.{entry_id}.{name}"
