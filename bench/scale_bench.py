"""Scale benchmark: a Suzhou-pilot-sized compound in one Home Assistant.

2,000 households, 5,000 people, 20,000 cards and 2,000 vehicles in the registry; 20 access
points (readers on ptys, a gate each), 10 meter buses of 200 simulated meters each (TCP,
like RS-485 converters) and 90 cameras (HTTP snapshot URLs served locally). Measured: the
integration's setup, the config entry's setup time (the registry loads there), the resident memory of the process before
and after (Home Assistant runs in this process), and the entities created.

Run: .venv/bin/python -m bench.scale_bench [--quick] [--json FILE]
"""

from __future__ import annotations

import asyncio
import os
from pathlib import Path
import random
import sys
import time
import tty
from typing import Any

ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(ROOT))

from bench.common import async_setup_http, in_config_dir, main
from bench.registry_bench import make_compound, write_storage

FULL = {
    "households": 2_000,
    "people": 5_000,
    "cards": 20_000,
    "vehicles": 2_000,
    "access_points": 20,
    "meter_buses": 10,
    "cameras": 90,
}
QUICK = {
    "households": 40,
    "people": 100,
    "cards": 400,
    "vehicles": 40,
    "access_points": 2,
    "meter_buses": 1,
    "cameras": 3,
}


def rss_mib() -> float:
    """Return this process's resident memory."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return round(int(line.split()[1]) / 1024, 1)
    return 0.0


async def run_async(  # noqa: PLR0915
    sizes: dict[str, int], config_dir: Path, mocked_storage: dict[str, Any] | None = None
) -> dict[str, Any]:
    from aiohttp import web
    from aiohttp.test_utils import TestServer
    from homeassistant import loader
    from homeassistant.config_entries import ConfigSubentryDataWithId
    from homeassistant.helpers import entity_registry as er
    from homeassistant.setup import async_setup_component
    from pytest_homeassistant_custom_component.common import (
        MockConfigEntry,
        async_test_home_assistant,
    )

    from compound_simulator.lines import TcpLine
    from compound_simulator.meters import MeterBusSimulator, SimulatedMeter

    compound = make_compound(sizes, random.Random(2026), uid_bytes=5)
    per_bus = sizes["households"] // sizes["meter_buses"]
    for n, household in enumerate(compound["household"]):
        household["electricity_meter"] = f"{n + 1:012d}"
        household["building"] = str(n // per_bus + 1)  # one bus per group of buildings
    write_storage(config_dir, compound, mocked_storage)

    picture = b"\xff\xd8\xff\xe0" + b"\0" * 20_000

    async def snapshot(request: web.Request) -> web.Response:
        return web.Response(body=picture + request.match_info["n"].encode())

    app = web.Application()
    app.router.add_get("/camera/{n}.jpg", snapshot)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    lines: list[TcpLine] = []
    subentries: list[ConfigSubentryDataWithId] = []
    masters = []
    for n in range(sizes["access_points"]):
        master, slave = os.openpty()
        tty.setraw(slave)
        link = config_dir / f"ttyReader{n}"
        link.symlink_to(os.ttyname(slave))
        masters.append((master, slave))
        subentries.append(
            ConfigSubentryDataWithId(
                subentry_id=f"ap{n}",
                subentry_type="access_point",
                title=f"Gate {n}",
                unique_id=f"gate {n}",
                data={
                    "zone": "garage" if n % 5 == 4 else "compound_gate",
                    "direction": "both",
                    "card_reader_url": str(link),
                    "card_reader_frame_format": "rdm6300",
                    "card_reader_baudrate": 9600,
                    "gate_entity": f"switch.gate_{n}",
                    "pulse_seconds": 1.0,
                },
            )
        )
    for b in range(sizes["meter_buses"]):
        meters = [
            SimulatedMeter(h["electricity_meter"], 1000.0)
            for h in compound["household"][b * per_bus : (b + 1) * per_bus]
        ]
        bus = MeterBusSimulator(meters)
        line = TcpLine(on_data=bus.feed)
        bus.send = line.write
        await line.start()
        lines.append(line)
        subentries.append(
            ConfigSubentryDataWithId(
                subentry_id=f"bus{b}",
                subentry_type="meter_bus",
                title=f"Meters {b}",
                unique_id=f"meters {b}",
                data={
                    "url": line.url,
                    "protocol": "dlt645_2007",
                    "baudrate": 9600,
                    "parity": "E",
                    "poll_interval": 3600,
                    "buildings": str(b + 1),
                },
            )
        )
    subentries.extend(
        ConfigSubentryDataWithId(
            subentry_id=f"cam{c}",
            subentry_type="camera",
            title=f"Camera {c}",
            unique_id=f"camera {c}",
            data={
                "snapshot_url": str(server.make_url(f"/camera/{c}.jpg")),
                "access_points": [f"ap{c % sizes['access_points']}"],
                "public": True,  # gate cameras residents may watch: each an entity
                "health_interval": 60,
            },
        )
        for c in range(sizes["cameras"])
    )
    results: dict[str, Any] = {"sizes": sizes, "python": sys.version.split()[0]}
    async with async_test_home_assistant(config_dir=str(config_dir)) as hass:
        hass.data.pop(loader.DATA_CUSTOM_COMPONENTS)
        await async_setup_http(hass)
        hass.services.async_register("switch", "turn_on", lambda _call: None)
        hass.services.async_register("switch", "turn_off", lambda _call: None)
        await hass.async_block_till_done()
        results["rss_home_assistant_mib"] = rss_mib()
        began = time.perf_counter()
        assert await async_setup_component(hass, "compound_security", {})
        results["integration_setup_s"] = round(time.perf_counter() - began, 3)
        entry = MockConfigEntry(
            domain="compound_security",
            title="Scale",
            unique_id="scale",
            data={"name": "Scale"},
            options={"escalate_after": 0},
            subentries_data=subentries,
        )
        entry.add_to_hass(hass)
        began = time.perf_counter()
        assert await hass.config_entries.async_setup(entry.entry_id)
        await hass.async_block_till_done()
        results["entry_setup_s"] = round(time.perf_counter() - began, 3)
        began = time.perf_counter()
        pollers = entry.runtime_data.meter_buses.values()
        monitors = entry.runtime_data.cameras.values()
        async with asyncio.timeout(300):  # the first polls and checks run in the background
            while any(p.last_report is None for p in pollers) or any(
                m.health.online is None for m in monitors
            ):
                await asyncio.sleep(0.05)
        results["first_meter_polls_and_camera_checks_s"] = round(time.perf_counter() - began, 3)
        results["rss_with_compound_mib"] = rss_mib()
        results["rss_added_mib"] = round(
            results["rss_with_compound_mib"] - results["rss_home_assistant_mib"], 1
        )
        ours = er.async_entries_for_config_entry(er.async_get(hass), entry.entry_id)
        results["entities"] = len(ours)
        by_domain: dict[str, int] = {}
        for item in ours:
            by_domain[item.domain] = by_domain.get(item.domain, 0) + 1
        results["entities_by_domain"] = dict(sorted(by_domain.items()))
        results["meters_answering"] = sum(
            p.last_report.answered for p in pollers if p.last_report is not None
        )
        results["cameras_online"] = sum(
            1 for m in entry.runtime_data.cameras.values() if m.health.online
        )
        await hass.config_entries.async_unload(entry.entry_id)
        await hass.async_stop(force=True)
    for line in lines:
        await line.stop()
    await server.close()
    for master, slave in masters:
        os.close(master)
        os.close(slave)
    return results


def run(quick: bool, mocked_storage: dict[str, Any] | None = None) -> dict[str, Any]:
    return in_config_dir(run_async, QUICK if quick else FULL, mocked_storage)


def table(results: dict[str, Any]) -> str:
    s = results["sizes"]
    return "\n".join(
        [
            "| measure | result |",
            "|---|---|",
            (
                f"| compound | {s['households']:,} households, {s['cards']:,} cards, "
                f"{s['access_points']} access points, {s['meter_buses']} meter buses, "
                f"{s['cameras']} cameras |"
            ),
            f"| integration setup | {results['integration_setup_s']} s |",
            f"| config entry setup (registry load included) | {results['entry_setup_s']} s |",
            (
                f"| first meter polls and camera checks (background) | "
                f"{results['first_meter_polls_and_camera_checks_s']} s |"
            ),
            (
                f"| resident memory: Home Assistant / with the compound | "
                f"{results['rss_home_assistant_mib']} / {results['rss_with_compound_mib']} MiB "
                f"(+{results['rss_added_mib']}) |"
            ),
            f"| entities created | {results['entities']} |",
            (
                f"| meters answering, cameras online | {results['meters_answering']}, "
                f"{results['cameras_online']} |"
            ),
        ]
    )


if __name__ == "__main__":
    main(__doc__ or "", run, table)
