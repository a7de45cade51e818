"""Registry and access-decision benchmark (issue: registry, decisions, audit trail).

Measures, for a compound of 20,000 cards, 5,000 people and 2,000 vehicles:
- `present_credential` decisions: the domain decision alone and through the Home
  Assistant action (p50/p99 latency, decisions per second), in-process;
- registry load time at startup, from real `.storage` files;
- access log insert rate, and a query by person over 1,000,000 rows (SQLite).

Run: .venv/bin/python -m bench.registry_bench [--quick] [--json FILE]
Prints a table and one JSON document; `--quick` shrinks every size for a smoke run.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
import json
from pathlib import Path
import random
import sys
import tempfile
import time
from typing import Any

ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(ROOT))

from bench.common import main
from custom_components.compound_security.engine.audit import AccessQuery, AuditStore
from custom_components.compound_security.engine.decision import AccessController
from custom_components.compound_security.engine.idnumber import IdNumberHasher
from custom_components.compound_security.engine.registry import Registry
from custom_components.compound_security.engine.settings import AccessPointSettings
from custom_components.compound_security.engine.uid import full_uid

FULL = {
    "cards": 20_000,
    "people": 5_000,
    "vehicles": 2_000,
    "households": 2_000,
    "decisions": 50_000,
    "service_calls": 10_000,
    "log_rows": 1_000_000,
    "queries": 200,
}
QUICK = {
    "cards": 400,
    "people": 100,
    "vehicles": 40,
    "households": 40,
    "decisions": 500,
    "service_calls": 100,
    "log_rows": 5_000,
    "queries": 10,
}
SECRET = "ab" * 32


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def summary(samples_ns: list[float], elapsed_s: float) -> dict[str, float]:
    ms = [s / 1e6 for s in samples_ns]
    return {
        "p50_ms": round(percentile(ms, 0.50), 4),
        "p99_ms": round(percentile(ms, 0.99), 4),
        "max_ms": round(max(ms), 3),
        "per_second": round(len(ms) / elapsed_s),
    }


def make_compound(
    sizes: dict[str, int], rng: random.Random, uid_bytes: int = 7
) -> dict[str, list[dict[str, Any]]]:
    """Return storage items: owner-occupied flats, people, cards with distinct low 24 bits."""
    households = [
        {
            "id": f"h{n}",
            "building": str(n // 80 + 1),
            "unit": str(n // 20 % 4 + 1),
            "room": str(n % 20 + 101),
            "area_m2": 90.0,
            "tenure": "owner",
        }
        for n in range(sizes["households"])
    ]
    people = [
        {
            "id": f"p{n}",
            "household_id": f"h{n % sizes['households']}",
            "name": f"Resident {n}",
            "role": "owner" if n < sizes["households"] else "family",
            "notify": [],
            "watch": "care" if n % 500 == 0 else "none",
            "watch_directions": "both",
        }
        for n in range(sizes["people"])
    ]
    lows = rng.sample(range(1, 1 << 24), sizes["cards"] + sizes["vehicles"])
    cards = [
        {
            "id": f"c{n}",
            "uid": str(
                full_uid((rng.randrange(1, 1 << (8 * uid_bytes - 24)) << 24) | lows[n], uid_bytes)
            ),
            "person_id": f"p{n % sizes['people']}",
            "card_type": "citizen_card",
            "status": "active",
            "valid_from": None,
            "valid_until": None,
        }
        for n in range(sizes["cards"])
    ]
    vehicles = [
        {
            "id": f"v{n}",
            "chip_uid": str(full_uid((0xE0 << 24) | lows[sizes["cards"] + n], 4)),
            "person_id": f"p{n % sizes['people']}",
            "kind": "ebike",
            "locked": False,
            "riders": [],
        }
        for n in range(sizes["vehicles"])
    ]
    return {"household": households, "person": people, "card": cards, "vehicle": vehicles}


def load_engine(compound: dict[str, list[dict[str, Any]]]) -> Registry:
    registry = Registry(IdNumberHasher(bytes.fromhex(SECRET), bytes(16)))
    for item in compound["household"]:
        registry.put_household(item)
    for item in compound["person"]:
        registry.put_person(item)
    for item in compound["card"]:
        registry.put_card(item)
    for item in compound["vehicle"]:
        registry.put_vehicle(item)
    return registry


def reads(compound: dict[str, list[dict[str, Any]]], count: int, rng: random.Random) -> list[str]:
    """Nine in ten reads are registered cards (some as Wiegand 26), one in ten unknown."""
    uids = [c["uid"] for c in compound["card"]]
    out = []
    for n in range(count):
        if n % 10 == 9:
            out.append(f"{rng.randrange(1 << 40, 1 << 48):012X}")
        elif n % 10 == 8:
            low = int(rng.choice(uids), 16) & 0xFFFFFF
            out.append(f"{low >> 16},{low & 0xFFFF}")
        else:
            out.append(rng.choice(uids))
    return out


def bench_domain(
    compound: dict[str, list[dict[str, Any]]], sizes: dict[str, int], rng: random.Random
) -> dict[str, Any]:
    from custom_components.compound_security.engine.uid import parse_uid

    registry = load_engine(compound)
    controller = AccessController(registry)
    gate = AccessPointSettings("gate", "Gate", "compound_gate", "both")
    texts = reads(compound, sizes["decisions"], rng)
    start = datetime(2026, 11, 20, 8, tzinfo=UTC)
    samples: list[float] = []
    began = time.perf_counter()
    for n, text in enumerate(texts):
        t0 = time.perf_counter_ns()
        controller.present_card(gate, parse_uid(text), start + timedelta(seconds=n))
        samples.append(time.perf_counter_ns() - t0)
    return summary(samples, time.perf_counter() - began)


def write_storage(
    config_dir: Path,
    compound: dict[str, list[dict[str, Any]]],
    mocked: dict[str, Any] | None = None,
) -> None:
    """Write the registry as Home Assistant's `.storage` files.

    Under pytest, Home Assistant's test plugin serves storage from a dict instead of the
    files: pass that dict as `mocked` (the `hass_storage` fixture) to fill it too.
    """
    storage = config_dir / ".storage"
    storage.mkdir(parents=True)
    documents = {
        f"compound_security.{kind}s": {"items": items} for kind, items in compound.items()
    } | {"compound_security.secret": {"id_number_key": SECRET}}
    for key, data in documents.items():
        document = {"version": 1, "minor_version": 1, "key": key, "data": data}
        (storage / key).write_text(json.dumps(document))
        if mocked is not None:
            mocked[key] = document


async def bench_home_assistant(
    compound: dict[str, list[dict[str, Any]]],
    sizes: dict[str, int],
    rng: random.Random,
    config_dir: Path,
    mocked: dict[str, Any] | None = None,
) -> dict[str, Any]:
    from homeassistant import loader
    from homeassistant.config_entries import ConfigSubentryData
    from homeassistant.setup import async_setup_component
    from pytest_homeassistant_custom_component.common import (
        MockConfigEntry,
        async_test_home_assistant,
    )

    write_storage(config_dir, compound, mocked)
    results: dict[str, Any] = {}
    async with async_test_home_assistant(config_dir=str(config_dir)) as hass:
        hass.data.pop(loader.DATA_CUSTOM_COMPONENTS)
        began = time.perf_counter()
        assert await async_setup_component(hass, "compound_security", {})
        results["registry_load_s"] = round(time.perf_counter() - began, 3)
        entry = MockConfigEntry(
            domain="compound_security",
            title="Bench",
            unique_id="bench",
            data={"name": "Bench"},
            options={},
            subentries_data=[
                ConfigSubentryData(
                    subentry_type="access_point",
                    title="Gate",
                    unique_id="gate",
                    data={"zone": "compound_gate", "direction": "both"},
                )
            ],
        )
        entry.add_to_hass(hass)
        began = time.perf_counter()
        assert await hass.config_entries.async_setup(entry.entry_id)
        await hass.async_block_till_done()
        results["entry_setup_s"] = round(time.perf_counter() - began, 3)
        texts = reads(compound, sizes["service_calls"], rng)
        samples: list[float] = []
        began = time.perf_counter()
        granted = 0
        for text in texts:
            t0 = time.perf_counter_ns()
            response = await hass.services.async_call(
                "compound_security",
                "present_credential",
                {"access_point": "Gate", "uid": text},
                blocking=True,
                return_response=True,
            )
            samples.append(time.perf_counter_ns() - t0)
            granted += response is not None and response["decision"] == "granted"
        results["service"] = summary(samples, time.perf_counter() - began)
        results["service"]["granted_share"] = round(granted / len(texts), 3)
        await hass.config_entries.async_unload(entry.entry_id)
        await hass.async_stop(force=True)
    return results


def bench_audit(sizes: dict[str, int], rng: random.Random, directory: Path) -> dict[str, Any]:
    store = AuditStore(f"sqlite:///{directory / 'audit.db'}", "bench")
    store.open()
    people = [f"p{n}" for n in range(sizes["people"])]
    base = datetime(2026, 6, 1, tzinfo=UTC).timestamp()
    batch = 500
    began = time.perf_counter()
    for start in range(0, sizes["log_rows"], batch):
        rows = []
        for n in range(start, min(start + batch, sizes["log_rows"])):
            person = people[n % len(people)]
            rows.append(
                {
                    "ts": base + n * 15.0,
                    "access_point_id": f"ap{n % 20}",
                    "direction": "in",
                    "credential": "card",
                    "uid": f"{n % 20000:014X}",
                    "decision": "granted",
                    "reason": "granted",
                    "person_id": person,
                    "household_id": f"h{n % 2000}",
                    "vehicle_id": None,
                    "watch": "none",
                    "alarm_ids": None,
                }
            )
        store.write(rows, [])
    elapsed = time.perf_counter() - began
    samples: list[float] = []
    for person in rng.sample(people, min(sizes["queries"], len(people))):
        t0 = time.perf_counter_ns()
        store.query_access(AccessQuery(person_id=person, limit=100))
        samples.append(time.perf_counter_ns() - t0)
    store.close()
    query = summary(samples, sum(samples) / 1e9)
    return {
        "rows": sizes["log_rows"],
        "insert_rows_per_s": round(sizes["log_rows"] / elapsed),
        "query_by_person_p50_ms": query["p50_ms"],
        "query_by_person_p99_ms": query["p99_ms"],
    }


def run(quick: bool, mocked_storage: dict[str, Any] | None = None) -> dict[str, Any]:
    sizes = QUICK if quick else FULL
    rng = random.Random(20261120)
    compound = make_compound(sizes, rng)
    results: dict[str, Any] = {"sizes": sizes, "python": sys.version.split()[0]}
    results["domain"] = bench_domain(compound, sizes, rng)
    with tempfile.TemporaryDirectory() as tmp:
        results.update(
            asyncio.run(
                bench_home_assistant(compound, sizes, rng, Path(tmp) / "config", mocked_storage)
            )
        )
        results["audit"] = bench_audit(sizes, rng, Path(tmp))
    return results


def table(results: dict[str, Any]) -> str:
    d, s, a = results["domain"], results["service"], results["audit"]
    return "\n".join(
        [
            "| measure | result | target |",
            "|---|---|---|",
            f"| decision, domain alone | p50 {d['p50_ms']} ms, p99 {d['p99_ms']} ms, {d['per_second']:,}/s | |",
            f"| decision, through the action | p50 {s['p50_ms']} ms, p99 {s['p99_ms']} ms, {s['per_second']:,}/s | p99 < 1 ms |",
            f"| registry load at startup | {results['registry_load_s']} s | < 1 s |",
            f"| compound entry setup | {results['entry_setup_s']} s | |",
            f"| access log inserts | {a['insert_rows_per_s']:,} rows/s | |",
            f"| query by person, {a['rows']:,} rows | p50 {a['query_by_person_p50_ms']} ms, p99 {a['query_by_person_p99_ms']} ms | < 50 ms |",
        ]
    )


if __name__ == "__main__":
    main(__doc__ or "", run, table)
