"""ID-number hashing benchmark: one scrypt hash, and a 10,000-number wanted list matched.

The hash is what a registration waits for and what an attacker with a stolen
configuration folder pays per guess; the README's Privacy section multiplies it by the
candidates the mask leaves. The wanted list runs the real background job (executor
workers, progress events) against 5,000 registered people, a few of them listed.

Run: .venv/bin/python -m bench.wanted_bench [--quick] [--json FILE]
"""

from __future__ import annotations

import asyncio
from datetime import date
from pathlib import Path
import secrets
import statistics
import sys
import time
from typing import Any

ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(ROOT))

from bench.common import in_config_dir, main
from custom_components.compound_security.engine.idnumber import (
    SCRYPT_N,
    SCRYPT_P,
    SCRYPT_R,
    IdNumberHasher,
    check_character,
)

FULL = {"hashes": 50, "wanted": 10_000, "people": 5_000, "listed_people": 10}
QUICK = {"hashes": 3, "wanted": 20, "people": 20, "listed_people": 2}

# What the one-character mask leaves open (see the README's Privacy section).
REGION_CODES = 2_800  # county-level divisions today; numbers also carry abolished codes
BIRTH_DATES = (date.today() - date(1900, 1, 1)).days  # noqa: DTZ011  # the validator's range
SEQUENCES = 1_000
CHECK_CHARACTERS = 11  # the visible last character leaves one candidate in eleven
CPU_MONTH = 30 * 86_400


def id_number(n: int) -> str:
    first17 = f"320507{1950 + n % 60}{n % 12 + 1:02d}{n % 28 + 1:02d}{n % 1000:03d}"
    return first17 + check_character(first17)


def numbers(count: int, offset: int) -> list[str]:
    """Distinct valid numbers: region and date vary with `n` as well as the sequence."""
    out = []
    for n in range(offset, offset + count):
        first17 = f"{110101 + n // 36_500}{date.fromordinal(712_000 + n % 36_500):%Y%m%d}"
        first17 += f"{n % 1000:03d}"
        out.append(first17 + check_character(first17))
    return out


def bench_one_hash(hasher: IdNumberHasher, runs: int) -> float:
    samples = []
    for n in range(runs):
        began = time.perf_counter()
        hasher.hash(id_number(n))
        samples.append((time.perf_counter() - began) * 1000)
    return statistics.median(samples)


async def run_async(sizes: dict[str, int], config_dir: Path) -> dict[str, Any]:
    from homeassistant import loader
    from pytest_homeassistant_custom_component.common import async_test_home_assistant

    from custom_components.compound_security.engine.registry import Registry
    from custom_components.compound_security.hashing import WORKERS, async_load_hasher
    from custom_components.compound_security.registry import CompoundRegistry
    from custom_components.compound_security.wanted import EVENT_WANTED_PROGRESS

    async with async_test_home_assistant(config_dir=str(config_dir)) as hass:
        hass.data.pop(loader.DATA_CUSTOM_COMPONENTS)
        registry = CompoundRegistry(hass, "bench", Registry(await async_load_hasher(hass)))
        await registry.async_load()
        engine = registry.engine
        household = await registry.households.async_create_item(
            {"building": "1", "unit": "1", "room": "1", "area_m2": 90, "tenure": "owner"}
        )
        listed = numbers(sizes["wanted"], 0)
        hashes = await hass.async_add_executor_job(
            lambda: [engine.id_hasher.hash(number) for number in listed[: sizes["listed_people"]]]
        )
        for n in range(sizes["people"]):
            # Unlisted residents need no real hash to be looked up against the list.
            digest = hashes[n] if n < len(hashes) else secrets.token_hex(32)
            await registry.people.async_create_item(
                {
                    "household_id": household["id"],
                    "name": f"resident {n}",
                    "role": "owner",
                    "id_number_hash": digest,
                    "id_number_mask": "*" * 18,
                }
            )
        finished = asyncio.get_running_loop().create_future()
        reports = 0

        def _on_progress(event: Any) -> None:
            nonlocal reports
            reports += 1
            if event.data["finished"] and not finished.done():
                finished.set_result(event.data)

        hass.bus.async_listen(EVENT_WANTED_PROGRESS, _on_progress)
        began = time.perf_counter()
        registry.wanted.async_start_import(listed, [])
        result = await finished
        seconds = time.perf_counter() - began
        await hass.async_block_till_done(wait_background_tasks=True)
        await hass.async_stop(force=True)
    return {
        "matched": result["matched"],
        "added": result["added"],
        "seconds": round(seconds, 1),
        "progress_events": reports,
        "workers": WORKERS,
    }


def run(quick: bool) -> dict[str, Any]:
    sizes = QUICK if quick else FULL
    hasher = IdNumberHasher(secrets.token_bytes(32), secrets.token_bytes(16))
    hash_ms = bench_one_hash(hasher, sizes["hashes"])
    candidates = REGION_CODES * BIRTH_DATES * SEQUENCES // CHECK_CHARACTERS
    region_known = BIRTH_DATES * SEQUENCES // CHECK_CHARACTERS
    return {
        "sizes": sizes,
        "python": sys.version.split()[0],
        "scrypt": {
            "n": SCRYPT_N,
            "r": SCRYPT_R,
            "p": SCRYPT_P,
            "memory_mib": 128 * SCRYPT_N * SCRYPT_R // 2**20,
        },
        "hash_ms": round(hash_ms, 1),
        "candidates": candidates,
        "cpu_months_to_search": round(candidates * hash_ms / 1000 / CPU_MONTH, 1),
        "cpu_days_if_region_known": round(region_known * hash_ms / 1000 / 86_400, 1),
        "wanted": in_config_dir(run_async, sizes),
    }


def table(results: dict[str, Any]) -> str:
    s, w, k = results["sizes"], results["wanted"], results["scrypt"]
    return "\n".join(
        [
            "| measure | result | target |",
            "|---|---|---|",
            (
                f"| one ID-number hash (scrypt n={k['n']}, r={k['r']}, p={k['p']}, "
                f"{k['memory_mib']} MiB), median of {s['hashes']} | {results['hash_ms']} ms | "
                "interactive |"
            ),
            (
                f"| wanted list of {s['wanted']:,} numbers matched against {s['people']:,} "
                f"people ({w['workers']} workers, background) | {w['seconds']} s, "
                f"{w['matched']} of {s['listed_people']} listed residents found, "
                f"{w['progress_events']} progress events | < 300 s |"
            ),
            (
                f"| search of the candidates the mask leaves ({results['candidates']:.2e}) "
                f"| {results['cpu_months_to_search']:,} CPU-months | ≥ 1 CPU-month |"
            ),
            (
                "| the same with the region code guessed right "
                f"| {results['cpu_days_if_region_known']} CPU-days | |"
            ),
        ]
    )


if __name__ == "__main__":
    main(__doc__ or "", run, table)
