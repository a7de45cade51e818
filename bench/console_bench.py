"""The console: its bundle's size, the guard room's render with live data, registry search.

`.venv/bin/python -m bench.console_bench [--quick]` starts a real Home Assistant with the
browser tests' fixture compound (`tests/browser/harness.py`), registers 2,000 households
and 5,000 people through `import_registry`, and measures:

- the committed bundle, raw and gzipped (the issue's ceiling: 250 KB gzipped);
- the guard room in headless Chromium (Debian's), as a guard: from opening its URL to the
  alarms, the live passages and the gates shown with live data (the whole Home Assistant
  frontend loading too), and from clicking its tab on another console page to the same;
- registry searches as a clerk, typed as people type them (a flat, a name, part of a flat,
  a card number), each a websocket round trip from sending to the answer parsed.
"""

from __future__ import annotations

import asyncio
import gzip
from pathlib import Path
import random
import statistics
import sys
import tempfile
import time
from typing import Any

import aiohttp

ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(ROOT))

from bench.common import main
from compound_simulator.ha_client import Api
from custom_components.compound_security.panel import BUNDLE
from tests.browser.harness import Compound, Instance

FULL = {"households": 2000, "searches": 300, "cold_loads": 5, "tab_switches": 15}
QUICK = {"households": 40, "searches": 20, "cold_loads": 1, "tab_switches": 2}
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英"
# Cards numbered from here: their low 24 bits clear of the fixture's cards and chips.
FIRST_CARD = 0x0200400001
HEADER = "building,unit,room,area_m2,tenure,name,role,card_uid,card_type,valid_until"


def percentile(values: list[float], share: float) -> float:
    """Return the value at `share` (0..1) of the sorted values."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def summary(values: list[float]) -> dict[str, float]:
    """Return p50, p95 and max, in milliseconds, of values in seconds."""
    return {
        "p50_ms": round(statistics.median(values) * 1000, 1),
        "p95_ms": round(percentile(values, 0.95) * 1000, 1),
        "max_ms": round(max(values) * 1000, 1),
    }


def registry_csv(households: int, rng: random.Random) -> tuple[str, list[str], list[str]]:
    """Return the import file, the flats and the names: 2 or 3 people a flat, 2.5 on average."""
    rows, flats, names = [HEADER], [], []
    uid = FIRST_CARD - 1
    for number in range(households):
        building, rest = 11 + number // 100, number % 100
        unit, floor, door = 1 + rest // 50, 1 + (rest % 50) // 2, 1 + rest % 2
        room = f"{floor}{door:02d}"
        tenure = "rental" if number % 4 == 0 else "owner"
        flats.append(f"{building}-{unit}-{room}")
        for person in range(2 if number % 2 else 3):
            name = rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN)
            names.append(name)
            role = "tenant" if tenure == "rental" else ("owner" if person == 0 else "family")
            card_type, until = (
                ("residence_permit", "2027-06-30") if tenure == "rental" else ("citizen_card", "")
            )
            uid += 1
            rows.append(
                f"{building},{unit},{room},90,{tenure},{name},{role},{uid:#x},{card_type},{until}"
            )
    return "\n".join(rows) + "\n", flats, names


def bundle() -> dict[str, Any]:
    """Return the committed bundle's size."""
    raw = BUNDLE.read_bytes()
    return {
        "raw_kb": round(len(raw) / 1024, 1),
        "gzip_kb": round(len(gzip.compress(raw)) / 1024, 1),
    }


async def searches(compound: Compound, queries: list[str]) -> dict[str, Any]:
    """Time each search as a clerk: the websocket round trip, answer parsed."""
    async with aiohttp.ClientSession() as session:
        api = Api(session, compound.base)
        api.token = compound.tokens["clerk"].access_token
        await api.ws({"type": "compound_security/registry/search", "query": "1"})  # connect
        timings, found = [], 0
        for query in queries:
            began = time.perf_counter()
            answer = await api.ws(
                {"type": "compound_security/registry/search", "query": query, "limit": 50}
            )
            timings.append(time.perf_counter() - began)
            found += answer["total"] > 0
        await api.close()
    return summary(timings) | {"searches": len(queries), "answered_with_results": found}


def guard_room(compound: Compound, cold_loads: int, tab_switches: int) -> dict[str, Any]:
    """Time the guard room's render with live data in Debian's Chromium, as a guard."""
    from playwright.sync_api import sync_playwright  # only when measured

    from tests.browser.conftest import CHROMIUM, DESKTOP, tokens_script

    shown = (
        "cs-alarm-desk li.alarm",
        "cs-passage-feed li.passage",
        "cs-gate-board li.gate",
    )

    def wait_shown(page: Any) -> None:
        for selector in shown:
            page.wait_for_selector(selector, timeout=30_000)

    cold, warm, baseline = [], [], []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-gpu"]
        )
        for _ in range(cold_loads):
            # Home Assistant's own Overview by its URL (to its welcome shown), in a fresh
            # browser context as the guard room's is: the frontend's own share of a cold load.
            context = browser.new_context(viewport=DESKTOP)
            context.add_init_script(tokens_script(compound, "guard", "en"))
            page = context.new_page()
            began = time.perf_counter()
            page.goto(f"{compound.base}/lovelace/0")
            page.get_by_text("Welcome Guard tester").wait_for(timeout=30_000)
            baseline.append(time.perf_counter() - began)
            context.close()
            context = browser.new_context(viewport=DESKTOP)
            context.add_init_script(tokens_script(compound, "guard", "en"))
            page = context.new_page()
            began = time.perf_counter()
            page.goto(f"{compound.base}/compound-security/guard")
            wait_shown(page)
            cold.append(time.perf_counter() - began)
            for _ in range(tab_switches):
                page.click("compound-security-panel nav a[data-page=cameras]")
                page.wait_for_selector("cs-cameras-page")
                began = time.perf_counter()
                page.click("compound-security-panel nav a[data-page=guard]")
                wait_shown(page)
                warm.append(time.perf_counter() - began)
            context.close()
        browser.close()
    return {
        "opened_by_url": summary(cold),
        "opened_by_tab": summary(warm),
        "home_assistant_overview_by_url": summary(baseline),
    }


def run(quick: bool) -> dict[str, Any]:
    """Start the instance, register the compound, measure."""
    sizes = QUICK if quick else FULL
    rng = random.Random(14)
    results: dict[str, Any] = {"sizes": sizes, "bundle": bundle()}
    with tempfile.TemporaryDirectory() as tmp:
        instance = Instance(Path(tmp))
        try:
            compound = instance.start()
            text, flats, names = registry_csv(sizes["households"], rng)
            (compound.config / "bench-registry.csv").write_text(text, encoding="utf-8")
            imported = compound.act("import_registry", file="bench-registry.csv")
            results["registered"] = {
                "households": imported["households"],
                "people": imported["people"],
            }
            # Live data for the guard room: a granted passage, and a lost card's alarm.
            compound.act(
                "issue_card",
                person_id=compound.ids["owner"],
                uid="0x00C0FFEE",
                card_type="property_card",
            )
            compound.run(
                lambda api: api.post(
                    "/api/services/compound_security/report_card_lost", {"uid": "0x00C0FFEE"}
                )
            )
            for uid in (0x00A1B2C3, 0x00C0FFEE):
                compound.swipe(uid)
                time.sleep(0.5)
            queries = []
            for index in range(sizes["searches"]):
                kind = index % 4
                if kind == 0:
                    queries.append(rng.choice(flats))
                elif kind == 1:
                    queries.append(rng.choice(names))
                elif kind == 2:
                    queries.append(rng.choice(flats).rsplit("-", 1)[0])
                else:
                    queries.append(f"{FIRST_CARD + rng.randrange(len(names)):#x}")
            results["search"] = asyncio.run(searches(compound, queries))
            results["guard_room"] = guard_room(compound, sizes["cold_loads"], sizes["tab_switches"])
        finally:
            instance.stop()
    return results


def _row(measure: str, timings: dict[str, float], target: str = "") -> str:
    """Return one table row of p50, p95 and max."""
    times = " | ".join(f"{timings[key]} ms" for key in ("p50_ms", "p95_ms", "max_ms"))
    return f"| {measure} | {times} | {target} |"


def table(results: dict[str, Any]) -> str:
    """Return the Markdown table for the README."""
    guard, registered, size = results["guard_room"], results["registered"], results["bundle"]
    people = f"{registered['households']:,} households, {registered['people']:,} people"
    return "\n".join(
        [
            "| Measure | p50 | p95 | max | Target |",
            "|---|---|---|---|---|",
            _row(
                f"registry search, websocket round trip ({people})",
                results["search"],
                "< 100 ms at p95",
            ),
            _row(
                "guard room by its tab, to alarms, passages and gates shown",
                guard["opened_by_tab"],
                "< 1 s",
            ),
            _row(
                "guard room by its URL (Home Assistant's frontend loading too)",
                guard["opened_by_url"],
            ),
            _row(
                "for comparison: Home Assistant's own Overview by its URL",
                guard["home_assistant_overview_by_url"],
            ),
            (
                f"| bundle | {size['gzip_kb']} KB gzipped ({size['raw_kb']} KB) | | "
                "| ≤ 250 KB gzipped |"
            ),
        ]
    )


if __name__ == "__main__":
    main(__doc__ or "", run, table)
