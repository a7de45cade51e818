"""The per-installation ID-number hasher, and hashing many numbers off the event loop.

`compound_security.secret` holds the HMAC key (older releases' only secret), the scrypt
salt and the scrypt parameters the stored hashes were made with.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
import os
import secrets
import time
from typing import Any

from homeassistant.core import HomeAssistant
from homeassistant.helpers.storage import Store

from .const import DOMAIN, LOGGER, STORAGE_VERSION
from .engine.idnumber import SCRYPT_N, SCRYPT_P, SCRYPT_R, IdNumberHasher, mask_id_number

CHUNK = 25  # numbers per executor job: under a second of work each
WORKERS = max(1, min(2, os.cpu_count() or 1))  # scrypt releases the GIL
PROGRESS_EVERY = 1.0  # seconds between progress reports


async def async_load_hasher(hass: HomeAssistant) -> IdNumberHasher:
    """Return the installation's hasher, creating its key and salt the first time."""
    store: Store[dict[str, Any]] = Store(
        hass, STORAGE_VERSION, f"{DOMAIN}.secret", private=True, atomic_writes=True
    )
    stored = await store.async_load() or {}
    if "id_number_salt" not in stored:  # new, or written by a release before scrypt
        stored = {
            "id_number_key": stored.get("id_number_key") or secrets.token_hex(32),
            "id_number_salt": secrets.token_hex(16),
            "id_number_kdf": {"n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P},
        }
        await store.async_save(stored)
    kdf = stored["id_number_kdf"]
    return IdNumberHasher(
        bytes.fromhex(stored["id_number_key"]),
        bytes.fromhex(stored["id_number_salt"]),
        int(kdf["n"]),
        int(kdf["r"]),
        int(kdf["p"]),
    )


async def async_hash_all(
    hass: HomeAssistant,
    hash_one: Callable[[str], str],
    texts: Sequence[str],
    progress: Callable[[int], None] | None = None,
) -> list[str]:
    """Hash every text in executor jobs, `WORKERS` at a time; return them in order.

    `progress(done)` is called on the event loop at most every `PROGRESS_EVERY` seconds.
    """
    chunks = [texts[start : start + CHUNK] for start in range(0, len(texts), CHUNK)]
    results: list[list[str]] = [[] for _ in chunks]
    done = 0
    reported = time.monotonic()

    def _hash_chunk(chunk: Sequence[str]) -> list[str]:
        return [hash_one(text) for text in chunk]

    for first in range(0, len(chunks), WORKERS):
        batch = range(first, min(first + WORKERS, len(chunks)))
        jobs = [hass.async_add_executor_job(_hash_chunk, chunks[index]) for index in batch]
        for index, job in zip(batch, jobs, strict=True):
            results[index] = await job
            done += len(results[index])
        if progress is not None and time.monotonic() - reported >= PROGRESS_EVERY:
            reported = time.monotonic()
            progress(done)
    return [digest for chunk in results for digest in chunk]


async def async_seal(
    hass: HomeAssistant, hasher: IdNumberHasher, data: dict[str, Any]
) -> dict[str, Any]:
    """Return `data` with a typed `id_number` replaced by its hash and mask (executor)."""
    raw = str(data.get("id_number") or "").strip()
    rest = {key: value for key, value in data.items() if key != "id_number"}
    if not raw:
        return rest
    return rest | await hass.async_add_executor_job(hasher.seal, raw)


async def async_strengthen_people(
    hass: HomeAssistant, hasher: IdNumberHasher, items: list[dict[str, Any]]
) -> None:
    """Migrate people of store version 1: scrypt their HMAC digests, shorten their masks.

    Needs no ID number: the new hash of a number is scrypt over its HMAC digest.
    """
    holders = [item for item in items if item.get("id_number_hash")]
    digests = [str(item["id_number_hash"]) for item in holders]
    for item, digest in zip(
        holders, await async_hash_all(hass, hasher.strengthen, digests), strict=True
    ):
        item["id_number_hash"] = digest
        item["id_number_mask"] = mask_id_number(str(item.get("id_number_mask") or ""))
    LOGGER.info("People: %d ID-number hashes strengthened (scrypt)", len(holders))
