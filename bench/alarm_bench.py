"""Alarm to notification benchmark: how soon the guard room's phone gets the call.

A compound with four access points and a camera served over real HTTP on loopback; one
notification route to three phones (`notify.mobile_app_*` actions, captured) and the
family for watch-list passages. Alarms are raised one after another through the
controller, as the hardware raises them (a forced door, a watch-list passage), while the
camera snapshot for each is fetched and written alongside. Measured per notify call: from
`async_raise` to the notify action's handler in Home Assistant (the phone push itself is
not included). GB 50396 §5.1.2: a field alarm must reach the centre within 2 s.

Run: .venv/bin/python -m bench.alarm_bench [--quick] [--json FILE]
"""

from __future__ import annotations

import asyncio
from pathlib import Path
import sys
import time
from typing import Any

ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(ROOT))

from bench.common import async_setup_http, in_config_dir, main
from bench.registry_bench import percentile

FULL = {"alarms": 2_000, "phones": 3, "rate": 50}
QUICK = {"alarms": 20, "phones": 2, "rate": 50}


async def run_async(sizes: dict[str, int], config_dir: Path) -> dict[str, Any]:
    from aiohttp import web
    from aiohttp.test_utils import TestServer
    from homeassistant import loader
    from homeassistant.config_entries import ConfigSubentryDataWithId
    from homeassistant.core import ServiceCall
    from homeassistant.util import dt as dt_util
    from pytest_homeassistant_custom_component.common import (
        MockConfigEntry,
        async_test_home_assistant,
    )

    from custom_components.compound_security.engine.decision import Alarm, AlarmKind, Severity

    fetches = 0

    async def snapshot(_request: web.Request) -> web.Response:
        nonlocal fetches
        fetches += 1
        return web.Response(
            body=b"\xff\xd8\xff\xe0" + str(fetches).encode(), content_type="image/jpeg"
        )

    app = web.Application()
    app.router.add_get("/snapshot.jpg", snapshot)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    arrivals: dict[str, list[float]] = {}
    async with async_test_home_assistant(config_dir=str(config_dir)) as hass:
        hass.data.pop(loader.DATA_CUSTOM_COMPONENTS)
        await async_setup_http(hass)
        hass.config.media_dirs = {"local": str(config_dir / "media")}
        phones = [f"mobile_app_phone_{n}" for n in range(sizes["phones"])]

        async def phone(call: ServiceCall) -> None:
            arrivals.setdefault(call.data["data"]["tag"], []).append(time.perf_counter())

        for name in phones:
            hass.services.async_register("notify", name, phone)
        access_points = [
            ConfigSubentryDataWithId(
                subentry_id=f"ap{n}",
                subentry_type="access_point",
                title=f"Gate {n}",
                unique_id=f"gate {n}",
                data={"zone": "compound_gate", "direction": "both"},
            )
            for n in range(4)
        ]
        entry = MockConfigEntry(
            domain="compound_security",
            title="Bench",
            unique_id="bench",
            data={"name": "Bench"},
            options={"escalate_after": 0},
            subentries_data=[
                *access_points,
                ConfigSubentryDataWithId(
                    subentry_id="cam",
                    subentry_type="camera",
                    title="Gate camera",
                    unique_id="gate camera",
                    data={
                        "snapshot_url": str(server.make_url("/snapshot.jpg")),
                        "access_points": ["ap0", "ap1", "ap2", "ap3"],
                        "health_interval": 3600,
                    },
                ),
                ConfigSubentryDataWithId(
                    subentry_id="route",
                    subentry_type="notification_route",
                    title="Guard room",
                    unique_id="guard room",
                    data={"kinds": [], "targets": [f"notify.{name}" for name in phones]},
                ),
            ],
        )
        entry.add_to_hass(hass)
        assert await hass.config_entries.async_setup(entry.entry_id)
        await hass.async_block_till_done()
        controller = entry.runtime_data.controller
        raised: dict[str, float] = {}
        for n in range(sizes["alarms"]):
            kind = AlarmKind.FORCED_ENTRY if n % 2 else AlarmKind.DOOR_HELD_OPEN
            alarm = Alarm(kind, Severity.CRITICAL, dt_util.now(), access_point_id=f"ap{n % 4}")
            raised[alarm.alarm_id] = time.perf_counter()
            controller.async_raise(alarm)
            await asyncio.sleep(1 / sizes["rate"])
        await hass.async_block_till_done(wait_background_tasks=True)
        snapshots = len(list((config_dir / "compound_security" / "snapshots").rglob("*.jpg")))
        await hass.config_entries.async_unload(entry.entry_id)
        await hass.async_stop(force=True)
    await server.close()
    latencies = [
        (arrival - raised[alarm_id]) * 1000
        for alarm_id, times in arrivals.items()
        for arrival in times
    ]
    expected = sizes["alarms"] * sizes["phones"]
    return {
        "sizes": sizes,
        "python": sys.version.split()[0],
        "notify_calls": len(latencies),
        "notify_calls_expected": expected,
        "snapshots_stored": snapshots,
        "p50_ms": round(percentile(latencies, 0.50), 3),
        "p99_ms": round(percentile(latencies, 0.99), 3),
        "max_ms": round(max(latencies), 3),
    }


def run(quick: bool) -> dict[str, Any]:
    return in_config_dir(run_async, QUICK if quick else FULL)


def table(results: dict[str, Any]) -> str:
    s = results["sizes"]
    return "\n".join(
        [
            "| measure | result | target |",
            "|---|---|---|",
            (
                f"| alarm → notify call ({s['alarms']} alarms × {s['phones']} phones, "
                f"{s['rate']}/s) | p50 {results['p50_ms']} ms, p99 {results['p99_ms']} ms, "
                f"max {results['max_ms']} ms | p99 < 100 ms (GB 50396: 2 s) |"
            ),
            (
                f"| notify calls made | {results['notify_calls']} of "
                f"{results['notify_calls_expected']} | all |"
            ),
            f"| snapshots stored alongside | {results['snapshots_stored']} | |",
        ]
    )


if __name__ == "__main__":
    main(__doc__ or "", run, table)
