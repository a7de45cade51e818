"""End-to-end reader benchmark: RDM6300 frames on real ptys to gate commands.

Ten readers (one pty each) at 100 reads/s in all, for 60 s, with 20,000 registered cards
(5-byte EM4100 ids, as RDM6300 readers report). Each read is a different card, so
debounce never hides one. Measured per read: from the moment the frame's last byte is
written to the pty to the moment the gate's `switch.turn_on` reaches its handler in
Home Assistant (p50, p99, max), and reads lost (written but never opened a gate).

Run: .venv/bin/python -m bench.hardware_bench [--quick] [--json FILE]
"""

from __future__ import annotations

import asyncio
from collections import defaultdict, deque
import os
from pathlib import Path
import random
import sys
import threading
import time
import tty
from typing import Any

ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(ROOT))

from bench.common import async_setup_http, in_config_dir, main
from bench.registry_bench import make_compound, percentile, write_storage
from custom_components.compound_security.transport.frames import encode_rdm6300

FULL = {
    "readers": 10,
    "rate": 100,
    "seconds": 60,
    "cards": 20_000,
    "people": 5_000,
    "vehicles": 2_000,
    "households": 2_000,
}
QUICK = {
    "readers": 2,
    "rate": 20,
    "seconds": 2,
    "cards": 400,
    "people": 100,
    "vehicles": 40,
    "households": 40,
}


def writer(
    masters: list[int],
    cards: list[int],
    sizes: dict[str, int],
    written: dict[int, deque[float]],
    done: threading.Event,
) -> None:
    """Write frames round-robin across the ptys at a steady rate (its own thread)."""
    interval = 1 / sizes["rate"]
    total = sizes["rate"] * sizes["seconds"]
    start = time.perf_counter()
    for n in range(total):
        target = start + n * interval
        while (now := time.perf_counter()) < target:
            time.sleep(min(target - now, 0.002))
        reader = n % len(masters)
        frame = encode_rdm6300(cards[n % len(cards)])
        # Stamped just before the write: Home Assistant may act on the frame before this
        # thread runs again. The write of 14 bytes to a pty takes microseconds.
        written[reader].append(time.perf_counter())
        os.write(masters[reader], frame)
    done.set()


async def run_async(
    sizes: dict[str, int], config_dir: Path, mocked_storage: dict[str, Any] | None = None
) -> dict[str, Any]:
    from homeassistant import loader
    from homeassistant.config_entries import ConfigSubentryData
    from homeassistant.core import ServiceCall
    from pytest_homeassistant_custom_component.common import (
        MockConfigEntry,
        async_test_home_assistant,
    )

    rng = random.Random(20261120)
    compound = make_compound(sizes, rng, uid_bytes=5)
    write_storage(config_dir, compound, mocked_storage)
    cards = [int(c["uid"], 16) for c in compound["card"]]
    rng.shuffle(cards)
    masters, links = [], []
    for n in range(sizes["readers"]):
        master, slave = os.openpty()
        tty.setraw(slave)
        link = config_dir / f"ttyReader{n}"
        link.symlink_to(os.ttyname(slave))
        masters.append(master)
        links.append(link)
    written: dict[int, deque[float]] = defaultdict(deque)
    latencies: list[float] = []
    opened = 0
    async with async_test_home_assistant(config_dir=str(config_dir)) as hass:
        hass.data.pop(loader.DATA_CUSTOM_COMPONENTS)
        await async_setup_http(hass)

        async def relay(call: ServiceCall) -> None:
            nonlocal opened
            arrived = time.perf_counter()
            entity_id = call.data["entity_id"]
            entity_id = entity_id if isinstance(entity_id, str) else entity_id[0]
            reader = int(entity_id.removeprefix("switch.gate_"))
            latencies.append((arrived - written[reader].popleft()) * 1000)
            opened += 1

        hass.services.async_register("switch", "turn_on", relay)
        hass.services.async_register("switch", "turn_off", lambda _call: None)
        entry = MockConfigEntry(
            domain="compound_security",
            title="Bench",
            unique_id="bench",
            data={"name": "Bench"},
            options={},
            subentries_data=[
                ConfigSubentryData(
                    subentry_type="access_point",
                    title=f"Gate {n}",
                    unique_id=f"gate {n}",
                    data={
                        "zone": "compound_gate",
                        "direction": "both",
                        "card_reader_url": str(links[n]),
                        "card_reader_frame_format": "rdm6300",
                        "card_reader_baudrate": 9600,
                        "gate_entity": f"switch.gate_{n}",
                        "pulse_seconds": 1.0,
                    },
                )
                for n in range(sizes["readers"])
            ],
        )
        entry.add_to_hass(hass)
        assert await hass.config_entries.async_setup(entry.entry_id)
        await hass.async_block_till_done()
        await asyncio.sleep(0.5)  # every reader's line is open
        done = threading.Event()
        thread = threading.Thread(target=writer, args=(masters, cards, sizes, written, done))
        thread.start()
        await asyncio.to_thread(thread.join)
        await asyncio.sleep(1)  # the last reads land
        await hass.config_entries.async_unload(entry.entry_id)
        await hass.async_stop(force=True)
    for master in masters:
        os.close(master)
    total = sizes["rate"] * sizes["seconds"]
    return {
        "sizes": sizes,
        "python": sys.version.split()[0],
        "reads": total,
        "gate_commands": opened,
        "reads_lost": total - opened,
        "p50_ms": round(percentile(latencies, 0.50), 3),
        "p99_ms": round(percentile(latencies, 0.99), 3),
        "max_ms": round(max(latencies), 3),
    }


def run(quick: bool, mocked_storage: dict[str, Any] | None = None) -> dict[str, Any]:
    return in_config_dir(run_async, QUICK if quick else FULL, mocked_storage)


def table(results: dict[str, Any]) -> str:
    s = results["sizes"]
    return "\n".join(
        [
            "| measure | result | target |",
            "|---|---|---|",
            f"| pty frame last byte -> gate command, {s['readers']} readers, {s['rate']} reads/s, {s['seconds']} s | p50 {results['p50_ms']} ms, p99 {results['p99_ms']} ms, max {results['max_ms']} ms | p99 < 20 ms |",
            f"| reads lost | {results['reads_lost']} of {results['reads']:,} | 0 |",
        ]
    )


if __name__ == "__main__":
    main(__doc__ or "", run, table)
