"""Registry and access-decision benchmark (issue: registry, decisions, audit trail).

Measures, for a compound of 20,000 cards, 5,000 people and 2,000 vehicles, 100 access
points (gates, unit doors of 25 buildings, garages) and 50 access levels with weekly
schedules, one person in five holding two of them and one in fifty shut out of a door:
- `present_credential` decisions at random access points: the domain decision alone and
  through the Home Assistant action (p50/p99 latency, decisions per second), in-process;
  through the action, every access point's gate is a switch entity on a relay service that
  answers at once, so a granted card's latency includes the (awaited) gate command;
- the integration's setup, and the compound entry's setup, which loads the registry from
  real `.storage` files (and opens the database, creates the entities);
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

from bench.common import async_setup_http, main
from custom_components.compound_security.engine.access_levels import prepare_level
from custom_components.compound_security.engine.audit import AccessQuery, AuditStore
from custom_components.compound_security.engine.decision import AccessController
from custom_components.compound_security.engine.idnumber import IdNumberHasher
from custom_components.compound_security.engine.registry import Registry
from custom_components.compound_security.engine.settings import AccessPointSettings
from custom_components.compound_security.engine.uid import full_uid

FULL = {
    "access_points": 100,
    "levels": 50,
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
    "access_points": 20,
    "levels": 5,
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


def make_access_points(count: int) -> list[AccessPointSettings]:
    """Return 4 % compound gates, 16 % garages and unit doors of buildings 1-25."""
    gates, garages = max(1, count // 25), max(1, count * 4 // 25)
    points = [
        AccessPointSettings(f"gate{n}", f"Gate {n}", "compound_gate", "both") for n in range(gates)
    ]
    points += [
        AccessPointSettings(f"garage{n}", f"Garage {n}", "garage", "in") for n in range(garages)
    ]
    points += [
        AccessPointSettings(
            f"door{n}", f"Door {n}", "unit_door", "in", str(n % 25 + 1), str(n // 25 % 4 + 1)
        )
        for n in range(count - gates - garages)
    ]
    return points


def make_levels(count: int, access_points: list[str], rng: random.Random) -> list[dict[str, Any]]:
    """Return access levels (stored form): a zone and three doors each, on a schedule."""
    known = set(access_points)
    levels = []
    for n in range(count):
        zone = "garages" if n % 10 == 0 else f"unit_doors:{n % 25 + 1}"
        weekdays = ["07:00-22:00"] if n % 3 else ["06:00-09:00", "17:00-23:00"]
        schedule = dict.fromkeys(("mon", "tue", "wed", "thu", "fri"), weekdays)
        schedule |= {"sat": ["09:00-18:00"], "sun": ["22:00-06:00"] if n % 4 == 0 else []}
        schedule |= {"holidays": ["2026-10-01", "2027-01-01"], "holiday": ["10:00-16:00"]}
        data = {
            "name": f"Level {n}",
            "access_points": rng.sample(access_points, 3),
            "zones": [zone],
        }
        levels.append({"id": f"l{n}", **prepare_level(data | {"schedule": schedule}, known)})
    return levels


def give_levels(
    compound: dict[str, list[dict[str, Any]]], access_points: list[str], rng: random.Random
) -> None:
    """One person in five holds two extra levels, one in fifty is shut out of a door."""
    level_ids = [level["id"] for level in compound["level"]]
    for n, person in enumerate(compound["person"]):
        if n % 5 == 0 and level_ids:
            person["levels"] = rng.sample(level_ids, min(2, len(level_ids)))
        if n % 50 == 0:
            person["denied"] = [rng.choice(access_points)]


def load_engine(compound: dict[str, list[dict[str, Any]]]) -> Registry:
    registry = Registry(IdNumberHasher(bytes.fromhex(SECRET), bytes(16)))
    for item in compound.get("level", []):
        registry.put_level(item)
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
    points = make_access_points(sizes["access_points"])
    registry.access_points = frozenset(point.id for point in points)
    controller = AccessController(registry)
    texts = reads(compound, sizes["decisions"], rng)
    where = [rng.choice(points) for _ in texts]
    start = datetime(2026, 11, 20, 8, tzinfo=UTC)  # a Friday, in and out of schedules
    samples: list[float] = []
    reasons: dict[str, int] = {}
    began = time.perf_counter()
    for n, text in enumerate(texts):
        t0 = time.perf_counter_ns()
        decision, _ = controller.present_card(
            where[n], parse_uid(text), start + timedelta(seconds=n * 2)
        )
        samples.append(time.perf_counter_ns() - t0)
        reasons[decision.reason.value] = reasons.get(decision.reason.value, 0) + 1
    return summary(samples, time.perf_counter() - began) | {"reasons": reasons}


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
        f"compound_security.{kind}s": {"items": items}
        for kind, items in compound.items()
        if kind != "level"  # levels are per compound: see `write_levels`
    } | {"compound_security.secret": {"id_number_key": SECRET}}
    for key, data in documents.items():
        document = {"version": 1, "minor_version": 1, "key": key, "data": data}
        (storage / key).write_text(json.dumps(document))
        if mocked is not None:
            mocked[key] = document


def write_levels(
    config_dir: Path,
    entry_id: str,
    levels: list[dict[str, Any]],
    mocked: dict[str, Any] | None = None,
) -> None:
    """Write a compound's access levels where its registry loads them from."""
    key = f"compound_security.{entry_id}.levels"
    document = {"version": 1, "minor_version": 1, "key": key, "data": {"items": levels}}
    (config_dir / ".storage" / key).write_text(json.dumps(document))
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
    from homeassistant.core import ServiceCall, callback
    from homeassistant.setup import async_setup_component
    from pytest_homeassistant_custom_component.common import (
        MockConfigEntry,
        async_test_home_assistant,
    )

    write_storage(config_dir, compound, mocked)
    results: dict[str, Any] = {}
    relay_commands = 0
    async with async_test_home_assistant(config_dir=str(config_dir)) as hass:
        hass.data.pop(loader.DATA_CUSTOM_COMPONENTS)
        await async_setup_http(hass)

        @callback
        def relay(_call: ServiceCall) -> None:  # a relay that takes every command at once
            nonlocal relay_commands
            relay_commands += 1

        hass.services.async_register("switch", "turn_on", relay)
        hass.services.async_register("switch", "turn_off", relay)
        began = time.perf_counter()
        assert await async_setup_component(hass, "compound_security", {})
        results["integration_setup_s"] = round(time.perf_counter() - began, 3)
        points = make_access_points(sizes["access_points"])
        entry = MockConfigEntry(
            domain="compound_security",
            title="Bench",
            unique_id="bench",
            data={"name": "Bench"},
            options={},
            subentries_data=[
                ConfigSubentryData(
                    subentry_type="access_point",
                    title=point.name,
                    unique_id=point.id,
                    data={"zone": point.zone, "direction": point.direction}
                    | {"gate_entity": f"switch.{point.id}", "pulse_seconds": 1.0}
                    | ({"building": point.building, "unit": point.unit} if point.building else {}),
                )
                for point in points
            ],
        )
        entry.add_to_hass(hass)
        # The levels name the compound's access points by their subentry ids.
        ids = {sub.unique_id: sub_id for sub_id, sub in entry.subentries.items()}
        levels = [
            level | {"access_points": [ids[p] for p in level["access_points"]]}
            for level in compound["level"]
        ]
        write_levels(config_dir, entry.entry_id, levels, mocked)
        began = time.perf_counter()
        assert await hass.config_entries.async_setup(entry.entry_id)
        await hass.async_block_till_done()
        results["entry_setup_s"] = round(time.perf_counter() - began, 3)
        texts = reads(compound, sizes["service_calls"], rng)
        where = [ids[rng.choice(points).id] for _ in texts]
        gates = {ids[point.id] for point in points if point.zone == "compound_gate"}
        samples: list[float] = []
        began = time.perf_counter()
        at_gates = granted = 0
        for text, access_point in zip(texts, where, strict=True):
            t0 = time.perf_counter_ns()
            response = await hass.services.async_call(
                "compound_security",
                "present_credential",
                {"access_point": access_point, "uid": text},
                blocking=True,
                return_response=True,
            )
            samples.append(time.perf_counter_ns() - t0)
            if access_point in gates:  # every resident may pass a gate at any time
                at_gates += 1
                granted += response is not None and response["decision"] == "granted"
        results["service"] = summary(samples, time.perf_counter() - began)
        results["service"]["granted_share"] = round(granted / max(at_gates, 1), 3)
        results["service"]["gate_commands"] = relay_commands
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
    point_ids = [point.id for point in make_access_points(sizes["access_points"])]
    compound["level"] = make_levels(sizes["levels"], point_ids, rng)
    give_levels(compound, point_ids, rng)
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
            f"| decision, domain alone | p50 {d['p50_ms']} ms, p99 {d['p99_ms']} ms, {d['per_second']:,}/s | p99 ≤ 0.03 ms |",
            f"| decision, through the action | p50 {s['p50_ms']} ms, p99 {s['p99_ms']} ms, {s['per_second']:,}/s | p99 ≤ 0.3 ms |",
            f"| integration setup (keys, actions) | {results['integration_setup_s']} s | |",
            f"| compound entry setup (registry from `.storage`, database, entities) | {results['entry_setup_s']} s | < 1 s |",
            f"| access log inserts | {a['insert_rows_per_s']:,} rows/s | |",
            f"| query by person, {a['rows']:,} rows | p50 {a['query_by_person_p50_ms']} ms, p99 {a['query_by_person_p99_ms']} ms | < 50 ms |",
        ]
    )


if __name__ == "__main__":
    main(__doc__ or "", run, table)
