"""Visitor passes in Home Assistant storage, feeding the compound's `PassBook`.

One private store per compound, `compound_security.<entry id>.visitor_passes`; the rules
are in `engine.visitors`. The controller decides PINs and QR tokens against the
`PassBook` in memory, which counts a granted entry at once; the entry is then written to
disk straight away (not debounced), so a restart never gives back used entries. Passes
whose window ended longer ago than the access log's retention are purged (the log keeps
each use, with the pass id and the host household, as long).

The QR tokens are signed with a key of their own: each compound's is derived from a
random per-installation key in `.storage/compound_security.visitor_secret`, which is not
the ID-number key (`compound_security.secret`).
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta
import hashlib
import hmac
import secrets
from typing import Any, override
import uuid

from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers import collection
from homeassistant.helpers.storage import Store
from homeassistant.util import dt as dt_util
from homeassistant.util.hass_dict import HassKey

from .const import DOMAIN, LOGGER, STORAGE_VERSION
from .engine.errors import RuleError
from .engine.visitors import PassBook, VisitorPass, prepare_pass

STORE_NAME = "visitor_passes"
SECRET_KEY = f"{DOMAIN}.visitor_secret"
TOKEN_KEY: HassKey[bytes] = HassKey(f"{DOMAIN}_visitor_token_key")  # the installation's


async def async_load_visitor_key(hass: HomeAssistant) -> bytes:
    """Return the installation's key for visitor tokens, creating it the first time."""
    store: Store[dict[str, Any]] = Store(
        hass, STORAGE_VERSION, SECRET_KEY, private=True, atomic_writes=True
    )
    stored = await store.async_load() or {}
    if "token_key" not in stored:
        stored = {"token_key": secrets.token_hex(32)}
        await store.async_save(stored)
    return bytes.fromhex(stored["token_key"])


def compound_token_key(installation_key: bytes, entry_id: str) -> bytes:
    """Return one compound's token key: a token of one compound opens nothing in another."""
    label = f"visitor-pass:{entry_id}".encode()
    return hmac.new(installation_key, label, hashlib.sha256).digest()


def passes_store_key(entry_id: str) -> str:
    """Return the storage key of a compound's visitor passes."""
    return f"{DOMAIN}.{entry_id}.{STORE_NAME}"


class VisitorPassCollection(collection.DictStorageCollection):
    """The stored passes; every change is indexed in the `PassBook`."""

    def __init__(self, hass: HomeAssistant, entry_id: str, book: PassBook) -> None:
        """Use the compound's private store; index into `book`."""
        self.store: Store[collection.SerializedStorageCollection] = Store(
            hass, STORAGE_VERSION, passes_store_key(entry_id), private=True, atomic_writes=True
        )
        super().__init__(self.store, collection.IDManager())
        self.book = book
        self.async_add_change_set_listener(self._index)

    @callback
    @override
    def _get_suggested_id(self, info: dict[str, Any]) -> str:
        return uuid.uuid4().hex  # letters and digits only, as tokens need

    @override
    async def _process_create_data(self, data: dict[str, Any]) -> dict[str, Any]:
        return data  # checked by `prepare_pass` before it gets here

    @override
    async def _update_data(
        self, item: dict[str, Any], update_data: dict[str, Any]
    ) -> dict[str, Any]:
        return {**item, **update_data}

    async def _index(self, change_set: Iterable[collection.CollectionChange]) -> None:
        for change in change_set:
            if change.change_type == collection.CHANGE_REMOVED:
                self.book.drop(change.item_id)
                continue
            try:
                self.book.put(change.item)
            except (KeyError, TypeError, ValueError) as err:  # a hand-edited record
                LOGGER.warning(
                    "Ignoring unreadable visitor pass %s (%s)", change.item_id, type(err).__name__
                )

    async def async_write_now(self) -> None:
        """Write every pass now (an entry used, a pass revoked)."""
        await self.store.async_save(self._data_to_save())

    @callback
    def async_set_used(self, pass_id: str, used: int) -> None:
        """Record a pass's used entries in the stored item (no listener: the book has it)."""
        if (item := self.data.get(pass_id)) is not None:
            item["used"] = used


class VisitorPasses:
    """A compound's visitor passes: created, revoked, used, listed, purged."""

    def __init__(self, hass: HomeAssistant, entry_id: str, token_key: bytes) -> None:
        """Start empty; `async_load` reads the stored passes."""
        self.hass = hass
        self.book = PassBook(token_key)
        self.records = VisitorPassCollection(hass, entry_id, self.book)
        self._creating = asyncio.Lock()  # two new passes never draw the same PIN
        self._writes: set[asyncio.Task[None]] = set()

    async def async_load(self) -> None:
        """Load the stored passes."""
        await self.records.async_load()

    async def async_create(
        self, data: Mapping[str, Any], known_access_points: Iterable[str]
    ) -> VisitorPass:
        """Check and store a new pass with a fresh PIN; return it."""
        async with self._creating:
            now = dt_util.now()
            end_of_today = dt_util.start_of_local_day() + timedelta(days=1)
            prepared = prepare_pass(
                data,
                now,
                end_of_today,
                known_access_points,
                lambda pin: self.book.pin_in_use(pin, now),
            )
            item = await self.records.async_create_item(prepared)
            await self.records.async_write_now()  # a PIN handed out works after a restart
        return self.book.passes[item["id"]]

    def get(self, pass_id: str) -> VisitorPass:
        """Return a pass, or raise `visitor_pass_not_found`."""
        if (visitor := self.book.passes.get(pass_id)) is None:
            raise RuleError("visitor_pass_not_found", pass_id=pass_id[:40])
        return visitor

    async def async_revoke(self, pass_id: str) -> None:
        """Revoke a pass: its PIN and token stop at once, and on disk before returning."""
        self.get(pass_id)
        await self.records.async_update_item(pass_id, {"revoked": True})
        await self.records.async_write_now()

    @callback
    def async_used(self, pass_id: str) -> None:
        """Write a granted entry to disk now; the book has counted it already."""
        if (visitor := self.book.passes.get(pass_id)) is None:
            return
        self.records.async_set_used(pass_id, visitor.used)
        task = self.hass.async_create_task(
            self.records.async_write_now(), f"{DOMAIN} visitor pass used", eager_start=True
        )
        self._writes.add(task)
        task.add_done_callback(self._writes.discard)

    async def async_flush(self) -> None:
        """Wait for the entries being written (unloading)."""
        if self._writes:
            await asyncio.gather(*self._writes)

    async def async_purge(self, before: datetime) -> int:
        """Delete passes whose window ended before `before`; return how many."""
        old = [v.id for v in self.book.passes.values() if v.valid_until < before]
        for pass_id in old:
            await self.records.async_delete_item(pass_id)
        if old:
            await self.records.async_write_now()
            LOGGER.info("Purged %d visitor passes past retention", len(old))
        return len(old)


async def async_load_visitor_passes(
    hass: HomeAssistant, entry_id: str, retention: timedelta
) -> VisitorPasses:
    """Return a compound's passes, loaded, with those past retention purged."""
    visitors = VisitorPasses(hass, entry_id, compound_token_key(hass.data[TOKEN_KEY], entry_id))
    await visitors.async_load()
    await visitors.async_purge(dt_util.now() - retention)
    return visitors


async def async_remove_visitor_passes(hass: HomeAssistant, entry_id: str) -> None:
    """Delete a removed compound's passes (visitors' names are personal data)."""
    await Store[Any](hass, STORAGE_VERSION, passes_store_key(entry_id)).async_remove()
