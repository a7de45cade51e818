"""The access log as Home Assistant runs it: batched, off the event loop, purged daily.

Decisions, alarms and alarm updates (a repeated-denials count going up) are buffered and
written every `FLUSH_INTERVAL` (or sooner when a batch fills) in the executor, one
database job at a time, so the gate path never waits for the database. A clean stop
flushes everything; a crash loses at most what arrived since the last flush, i.e. at
most `FLUSH_INTERVAL` seconds of decisions. A failed write keeps the batch for the next
try and leaves what is already stored untouched (each batch is one transaction).
Once stopped, the log takes nothing more: the entry stops its readers first, so only a
caller that outlived its compound could still record, and it is never failed for it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
import csv
from datetime import datetime, timedelta
import io
from pathlib import Path
import re
from typing import Any

from homeassistant.core import HomeAssistant
from homeassistant.util import dt as dt_util
from sqlalchemy.exc import SQLAlchemyError

from .const import DOMAIN, LOGGER
from .engine.audit import ACCESS_FIELDS, AccessQuery, AuditStore
from .engine.errors import RuleError

FLUSH_INTERVAL = 1.0
BATCH_SIZE = 500
MAX_BUFFERED = 100_000  # beyond this, a long database outage starts dropping the oldest
EXPORT_NAME = re.compile(r"[\w\-. ]{1,100}\.csv", re.IGNORECASE)


def default_db_url(hass: HomeAssistant) -> str:
    """Return the SQLite file in the configuration directory."""
    return f"sqlite:///{hass.config.path('compound_security.db')}"


class AuditLog:
    """The compound's access log and alarm records."""

    def __init__(self, hass: HomeAssistant, url: str, compound: str, retention_days: int) -> None:
        """Prepare the store for one compound; `async_start` opens it."""
        self.hass = hass
        self.store = AuditStore(url, compound)
        self.retention = timedelta(days=retention_days)
        self._db_lock = asyncio.Lock()  # one database job at a time
        self._access: list[dict[str, Any]] = []
        self._alarms: list[dict[str, Any]] = []
        self._alarm_updates: dict[str, dict[str, Any]] = {}  # alarm id -> its newest values
        self._flush_task: asyncio.Task[None] | None = None  # the timer's
        self._batch_task: asyncio.Task[None] | None = None  # a full batch's
        self._lock = asyncio.Lock()
        self._stopped = False
        self.dropped = 0

    async def _run[T](self, func: Callable[..., T], *args: Any) -> T:
        async with self._db_lock:
            return await self.hass.async_add_executor_job(func, *args)

    async def async_start(self) -> None:
        """Open the database (creating tables) and purge what is past retention."""
        await self._run(self.store.open)
        await self.async_purge()

    async def async_stop(self) -> None:
        """Write everything still buffered, then close. Safe to call twice."""
        if self._stopped:
            return
        self._stopped = True
        if self._flush_task is not None:
            self._flush_task.cancel()  # its wait only: a flush under way finishes (shielded)
            self._flush_task = None
        await self.async_flush()
        await self._run(self.store.close)

    def record_access(self, row: dict[str, Any]) -> None:
        """Buffer one decision."""
        if self._refused("decision"):
            return
        self._access.append(row)
        self._schedule()

    def record_alarm(self, row: dict[str, Any]) -> None:
        """Buffer one alarm."""
        if self._refused("alarm"):
            return
        self._alarms.append(row)
        self._schedule()

    def record_alarm_update(self, alarm_id: str, values: dict[str, Any]) -> None:
        """Buffer new values for an alarm; a later update of the same fields wins.

        Written with the next batch, after its new alarms, so an alarm raised and updated
        within one batch is updated too.
        """
        if self._refused("alarm update"):
            return
        self._alarm_updates.setdefault(alarm_id, {}).update(values)
        self._schedule()

    def _refused(self, what: str) -> bool:
        if self._stopped:
            LOGGER.debug("Access log closed: a late %s is not recorded", what)
        return self._stopped

    def _schedule(self) -> None:
        if len(self._access) + len(self._alarms) >= BATCH_SIZE:
            # One flush waits for a full batch, however many rows arrive meanwhile (while
            # the previous batch is written): not a task per row, all queued on the lock.
            if self._batch_task is None or self._batch_task.done():  # may finish eagerly
                self._batch_task = self.hass.async_create_background_task(
                    self._flush_batch(), "compound_security flush"
                )
        elif self._flush_task is None:
            self._flush_task = self.hass.async_create_background_task(
                self._flush_later(), "compound_security flush timer"
            )

    async def _flush_batch(self) -> None:
        try:
            await self.async_flush()
        finally:
            self._batch_task = None

    async def _flush_later(self) -> None:
        await asyncio.sleep(FLUSH_INTERVAL)
        self._flush_task = None
        await asyncio.shield(self.async_flush())  # stopping must not cut a batch in half

    async def async_flush(self) -> None:
        """Write the buffered rows in one transaction; keep them on failure."""
        async with self._lock:
            access, alarms, updates = self._access, self._alarms, self._alarm_updates
            if not access and not alarms and not updates:
                return
            self._access, self._alarms, self._alarm_updates = [], [], {}
            try:
                await self._run(self.store.write, access, alarms, updates)
            except SQLAlchemyError as err:
                if self._stopped:  # closing: there is no next try
                    LOGGER.error(
                        "Access log write failed while closing: %d decisions and %d alarms lost",
                        len(access),
                        len(alarms),
                    )
                    return
                LOGGER.warning("Access log write failed, will retry: %s", err)
                self._access = access + self._access
                self._alarms = alarms + self._alarms
                for alarm_id, newer in self._alarm_updates.items():  # newer values win
                    updates[alarm_id] = updates.get(alarm_id, {}) | newer
                self._alarm_updates = updates
                overflow = len(self._access) - MAX_BUFFERED
                if overflow > 0:
                    self.dropped += overflow
                    del self._access[:overflow]
                    LOGGER.error("Access log buffer full: dropped %d oldest entries", overflow)
                if self._flush_task is None:
                    self._flush_task = self.hass.async_create_background_task(
                        self._flush_later(), "compound_security flush retry"
                    )

    async def async_query(self, query: AccessQuery) -> list[dict[str, Any]]:
        """Return matching entries, newest first, including ones not yet flushed."""
        await self.async_flush()
        return await self._run(self.store.query_access, query)

    async def async_page(self, query: AccessQuery) -> tuple[list[dict[str, Any]], int]:
        """Return one page of matching entries, newest first, and how many match in all."""
        await self.async_flush()

        def _page() -> tuple[list[dict[str, Any]], int]:
            return self.store.query_access(query), self.store.count_access(query)

        return await self._run(_page)

    async def async_export(self, query: AccessQuery, config_dir: str, name: str) -> dict[str, Any]:
        """Write the matching entries to a new CSV export; return its path and row count."""
        entries = await self.async_query(query)
        written = await self.hass.async_add_executor_job(write_export, config_dir, name, entries)
        return {"file": written, "rows": len(entries)}

    async def async_count_since(self, since: datetime) -> int:
        """Count decisions since a moment."""
        await self.async_flush()
        return await self._run(self.store.count_access_since, since)

    async def async_open_alarms(self) -> dict[str, int]:
        """Count open alarms per kind."""
        await self.async_flush()
        return await self._run(self.store.open_alarms)

    async def async_active_alarms(self) -> list[dict[str, Any]]:
        """Return the alarms nobody has acknowledged or closed yet."""
        await self.async_flush()
        return await self._run(self.store.active_alarms)

    async def async_unclosed_alarms(self, limit: int) -> list[dict[str, Any]]:
        """Return the newest alarms not closed yet (open or acknowledged), newest first."""
        await self.async_flush()
        return await self._run(self.store.unclosed_alarms, limit)

    async def async_alarm_kinds(self, alarm_ids: list[str]) -> dict[str, str]:
        """Return the kind of each of these alarms."""
        await self.async_flush()
        return await self._run(self.store.alarm_kinds, alarm_ids)

    async def async_get_alarm(self, alarm_id: str) -> dict[str, Any] | None:
        """Return one alarm record."""
        await self.async_flush()
        return await self._run(self.store.get_alarm, alarm_id)

    async def async_set_alarm_state(self, alarm_id: str, values: dict[str, Any]) -> bool:
        """Update an alarm's state (it may still be buffered: flush first).

        Once stopped, nothing is updated (False): a repeated-denials count still being
        written when the compound unloads must not fail on the closed database.
        """
        await self.async_flush()
        if self._refused("alarm update"):
            return False
        return await self._run(self.store.set_alarm_state, alarm_id, values)

    async def async_purge(self) -> tuple[int, int]:
        """Delete entries older than the retention."""
        removed = await self._run(self.store.purge, dt_util.utcnow() - self.retention)
        if any(removed):
            LOGGER.info("Purged %d access entries and %d alarms past retention", *removed)
        return removed


def write_export(config_dir: str, name: str, entries: list[dict[str, Any]]) -> str:
    """Write a new CSV file (never overwriting) and return its path in the config folder.

    Runs in the executor. Exports go only to the integration's own `exports` folder:
    never `www/` (served without a login at `/local/`), media or any other folder Home
    Assistant serves.
    """
    if not EXPORT_NAME.fullmatch(name) or name.startswith("."):
        raise RuleError("export_name_invalid", file=name)
    folder = Path(config_dir).resolve() / DOMAIN / "exports"
    path = folder / name
    columns = ["time", *ACCESS_FIELDS]
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    for row in entries:
        writer.writerow(row | {"alarm_ids": ",".join(row["alarm_ids"])})
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with path.open("x", encoding="utf-8-sig", newline="") as file:  # never overwrite
            file.write(buffer.getvalue())
    except FileExistsError:
        raise RuleError("file_exists", file=path.name) from None
    except OSError as err:
        raise RuleError("file_unwritable", file=path.name, error=str(err)) from None
    return str(path.relative_to(Path(config_dir).resolve()))
