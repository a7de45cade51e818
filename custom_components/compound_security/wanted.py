"""The wanted list (在逃人员名单): ID-number hashes, imported in the background.

Each compound has its own list, matched against its own people; the hasher (key and
salt) is the installation's. Numbers reach it only from a file in the configuration
folder (the `import_wanted_list` action) or the websocket command
`compound_security/wanted/import` (the staff console; see `registry_websocket`), never
as action data, which Home Assistant records. Hashing is slow on
purpose (scrypt), so an import returns at once with a job id; the job reports its
progress as `compound_security_wanted_progress` events (counts only) and raises a
`wanted_person` alarm for every registered person it finds, as a registration does.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from typing import TYPE_CHECKING, Any, Final, override
import uuid

from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers.storage import Store
from homeassistant.util import dt as dt_util

from .const import DOMAIN, LOGGER
from .engine.csvfile import column_values
from .engine.errors import RuleError
from .engine.idnumber import IdNumberHasher, normalize_all
from .hashing import async_hash_all

if TYPE_CHECKING:
    from .controller import CompoundController
    from .coordinator import CompoundSecurityConfigEntry
    from .registry import CompoundRegistry

EVENT_WANTED_PROGRESS: Final = "compound_security_wanted_progress"
WANTED_STORAGE_VERSION: Final = 2  # 2: scrypt over the HMAC digests of version 1
MAX_WANTED_NUMBERS: Final = 100_000


class WantedStore(Store[dict[str, list[str]]]):
    """The hashes, strengthened on load when an older release wrote them."""

    def __init__(self, hass: HomeAssistant, key: str, hasher: IdNumberHasher) -> None:
        """Keep the hasher the migration needs."""
        super().__init__(hass, WANTED_STORAGE_VERSION, key, private=True, atomic_writes=True)
        self._hasher = hasher

    @override
    async def _async_migrate_func(
        self, old_major_version: int, old_minor_version: int, old_data: dict[str, Any]
    ) -> dict[str, list[str]]:
        if old_major_version > WANTED_STORAGE_VERSION:
            raise NotImplementedError(
                f"{self.key} was written by a newer Compound Security (v{old_major_version})"
            )
        hashes = list(old_data.get("hashes", []))
        if old_major_version < 2:  # noqa: PLR2004
            hashes = await async_hash_all(self.hass, self._hasher.strengthen, hashes)
            LOGGER.info("Wanted list: %d hashes strengthened (scrypt)", len(hashes))
        return {"hashes": hashes}


def wanted_numbers(lines: Iterable[str], today: date | None = None) -> tuple[list[str], list[int]]:
    """Return the valid numbers of a file (one per line, or an `id_number` column).

    Runs in the executor. Invalid entries are returned by position (0 = the first).
    """
    return normalize_all(_at_most(column_values(lines, "id_number")), today)


def _at_most(values: Iterator[str]) -> Iterator[str]:
    for count, value in enumerate(values, start=1):
        if count > MAX_WANTED_NUMBERS:
            raise RuleError("wanted_list_too_long", max=str(MAX_WANTED_NUMBERS))
        yield value


class WantedList:
    """One compound's stored hashes and the import jobs that add to them."""

    legacy_key: Final = f"{DOMAIN}.wanted"  # one list for every compound, before 12

    def __init__(self, hass: HomeAssistant, registry: CompoundRegistry) -> None:
        """Attach to the registry whose people the list is matched against."""
        self.hass = hass
        self.registry = registry
        self.store = self.make_store(f"{DOMAIN}.{registry.entry_id}.wanted")  # see store_key
        # The progress of this run's imports (counts only), for the console to poll: the
        # progress events reach only admins, and the police who upload lists are not.
        self.progress: dict[str, dict[str, Any]] = {}

    def make_store(self, key: str) -> WantedStore:
        """Return a store for the list under `key` (also a release's older key)."""
        return WantedStore(self.hass, key, self.registry.engine.id_hasher)

    async def async_load(self) -> None:
        """Load the hashes into the engine."""
        stored = await self.store.async_load()
        self.registry.engine.wanted = set((stored or {}).get("hashes", []))

    @callback
    def async_start_import(self, numbers: list[str], invalid: list[int]) -> dict[str, Any]:
        """Start hashing normalised numbers in the background; return the job's summary."""
        job_id = uuid.uuid4().hex
        self.hass.async_create_background_task(
            self._async_import(job_id, numbers), f"{DOMAIN} wanted list import {job_id}"
        )
        return {
            "job_id": job_id,
            "numbers": len(numbers),
            "invalid_rows": [position + 1 for position in invalid],
        }

    async def _async_import(self, job_id: str, numbers: list[str]) -> None:
        engine = self.registry.engine
        total = len(numbers)

        def _progress(done: int, **counts: int | bool) -> None:
            data = {"job_id": job_id, "done": done, "total": total, "finished": False}
            self.progress[job_id] = data | counts
            self.hass.bus.async_fire(EVENT_WANTED_PROGRESS, data | counts)

        _progress(0)
        hashes = await async_hash_all(self.hass, engine.id_hasher.hash, numbers, _progress)
        new = set(hashes) - engine.wanted
        engine.wanted = engine.wanted | new
        await self.store.async_save({"hashes": sorted(engine.wanted)})
        matched = engine.wanted_people(new)
        if matched:
            people = self.registry.people
            await people._report_wanted([people.data[p.id] for p in matched])  # noqa: SLF001
        _progress(total, added=len(new), matched=len(matched), finished=True)


@callback
def async_raise_wanted_alarms(
    entry: CompoundSecurityConfigEntry, registry: CompoundRegistry, controller: CompoundController
) -> None:
    """Raise an alarm for every person the wanted list adds (checked in the background)."""

    async def _on_wanted(people: list[dict[str, Any]]) -> None:
        for item in people:
            person = registry.engine.people[item["id"]]
            controller.async_raise(controller.engine.wanted_alarm(person, dt_util.now()))

    registry.people.wanted_listeners.append(_on_wanted)
    entry.async_on_unload(lambda: registry.people.wanted_listeners.remove(_on_wanted))
