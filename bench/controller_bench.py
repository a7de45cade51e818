"""UHPPOTE access controller benchmark (issue 16), over loopback UDP against the simulator.

The simulated controller (`compound_simulator.uhppote`, the real 64-byte protocol through
the `uhppoted` library, nothing mocked) runs in a process of its own, as a device would
(`bench.controller_device`). Measured, for a compound of 20,000 cards:
- full sync of every card to one empty controller: planning (`SyncPlanner.intended` and
  `plan`), sending (`controller_state.send` through `UhppoteClient`), requests the board
  saw against the protocol's floor of one request per card; then a second full reconcile
  with nothing changed (`read_state`, diff): its time, requests and changes (zero);
- in Home Assistant with the integration and a controller subentry (four compound gates
  on its doors, PC control): from the swipe (the board sends its event frame) to the
  board receiving the open-door request, for registered cards at 10 swipes/s (p50/p99);
- backfill: Home Assistant stopped, the board decides 10,000 swipes alone; Home Assistant
  started again reads them back (`Backfill.async_catch_up`, timed) into the access log;
  the log then holds exactly 10,000 offline passages, and still after one more restart.

Run: .venv/bin/python -m bench.controller_bench [--quick] [--json FILE]
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
import random
import sys
import time
from typing import Any
from unittest.mock import patch
from zoneinfo import ZoneInfo

ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(ROOT))

from bench.common import async_setup_http, in_config_dir, main
from bench.controller_device import Device
from bench.registry_bench import load_engine, make_compound, percentile, write_storage
from custom_components.compound_security.controller_backfill import Backfill
from custom_components.compound_security.controller_state import read_state, send
from custom_components.compound_security.engine.controller_sync import (
    LOW_32_BITS,
    ControllerLayout,
    ControllerState,
    SyncOperation,
    SyncPlanner,
    plan,
)
from custom_components.compound_security.engine.settings import AccessPointSettings
from custom_components.compound_security.engine.visitors import PassBook
from custom_components.compound_security.transport.uhppote import (
    ControllerAddress,
    UhppoteClient,
)

FULL = {
    "cards": 20_000,
    "people": 5_000,
    "vehicles": 2_000,
    "households": 2_000,
    "swipes": 300,
    "rate": 10,
    "backfill": 10_000,
}
QUICK = {
    "cards": 400,
    "people": 100,
    "vehicles": 40,
    "households": 40,
    "swipes": 20,
    "rate": 10,
    "backfill": 200,
}
SERIAL = 405419896
CAPACITY = 100_000  # a WG board's largest card store: the compound's cards all fit
DOORS = (1, 2, 3, 4)
SHANGHAI = ZoneInfo("Asia/Shanghai")


def card_numbers(compound: dict[str, list[dict[str, Any]]]) -> list[int]:
    """Return what a Wiegand 34 reader reports for each card: its UID's low 32 bits."""
    return [int(card["uid"], 16) & LOW_32_BITS for card in compound["card"]]


async def bench_sync(compound: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """Plan and send every card to an empty board, then reconcile with nothing changed."""
    registry = load_engine(compound)
    gate = AccessPointSettings("gate", "North gate", "compound_gate", "both")
    layout = ControllerLayout({1: gate}, capacity=CAPACITY)
    passes = PassBook(b"k" * 32)
    began = time.perf_counter()
    intended = SyncPlanner(layout, registry, passes, datetime.now(SHANGHAI)).intended()
    operations = plan(ControllerState(), intended.state)
    planning_s = time.perf_counter() - began
    device = Device(SERIAL, CAPACITY)
    try:
        client = UhppoteClient(ControllerAddress(SERIAL, "127.0.0.1", device.port))
        before = (await device.async_call("stats"))["requests"]
        done: list[SyncOperation] = []
        began = time.perf_counter()
        await send(client, operations, done.append)
        sending_s = time.perf_counter() - began
        after = await device.async_call("stats")
        began = time.perf_counter()
        current = await read_state(client)
        planner = SyncPlanner(layout, registry, passes, datetime.now(SHANGHAI))
        changes = plan(current, planner.intended(current.profiles).state)
        await send(client, changes, done.append)
        reconcile_s = time.perf_counter() - began
        again = await device.async_call("stats")
    finally:
        device.close()
    cards = len(intended.state.cards)
    return {
        "cards": cards,
        "profiles": len(intended.state.profiles),
        "planning_s": round(planning_s, 3),
        "sending_s": round(sending_s, 3),
        "requests": after["requests"] - before,
        "floor": cards + len(intended.state.profiles),
        "cards_per_s": round(cards / sending_s),
        "board_cards": after["cards"],
        "reconcile_s": round(reconcile_s, 3),
        "reconcile_requests": again["requests"] - after["requests"],
        "reconcile_changes": len(changes),
    }


def controller_entry() -> Any:
    """Return the compound: four compound gates on one controller's doors."""
    from homeassistant.config_entries import ConfigSubentryData
    from pytest_homeassistant_custom_component.common import (  # type: ignore[import-untyped]
        MockConfigEntry,
    )

    gates = [
        ConfigSubentryData(
            subentry_type="access_point",
            title=f"Gate {door}",
            unique_id=f"gate {door}",
            data={"zone": "compound_gate", "direction": "in"},
        )
        for door in DOORS
    ]
    return MockConfigEntry(
        domain="compound_security",
        title="Bench",
        unique_id="bench",
        data={"name": "Bench"},
        options={},
        subentries_data=[
            *gates,
            ConfigSubentryData(
                subentry_type="access_controller",
                title="Bench controller",
                unique_id=str(SERIAL),
                data={
                    "serial": SERIAL,
                    "host": "127.0.0.1",
                    "port": 0,  # set once the board's process has its port
                    "listener_host": "127.0.0.1",
                    "listener_port": 0,
                    "doors": {},  # set once the gates have their subentry ids
                    "capacity": CAPACITY,
                },
            ),
        ],
    )


async def wait_for(condition: Callable[[], bool], within: float) -> None:
    """Wait for something the link does in the background (it has no event to await)."""
    async with asyncio.timeout(within):
        while not condition():
            await asyncio.sleep(0.01)


@dataclass
class Rig:
    """Home Assistant with the compound, and the controller's process."""

    hass: Any
    entry: Any
    device: Device

    def synced(self) -> bool:
        """Return whether the compound is up and its controller reconciled in full."""
        from homeassistant.config_entries import ConfigEntryState

        if self.entry.state is not ConfigEntryState.LOADED:
            return False
        link = next(iter(self.entry.runtime_data.controllers.values()), None)
        return link is not None and link.data.last_sync is not None

    async def start(self) -> float:
        """Set the compound up; return the seconds until its controller is reconciled."""
        began = time.perf_counter()
        assert await self.hass.config_entries.async_setup(self.entry.entry_id)
        await wait_for(self.synced, within=600)
        return time.perf_counter() - began

    async def stop(self) -> None:
        """Unload the compound (PC control off: the controller decides alone)."""
        assert await self.hass.config_entries.async_unload(self.entry.entry_id)

    async def offline_rows(self) -> int:
        """Count the access log's passages the controller decided alone."""
        from custom_components.compound_security.engine.audit import AccessQuery

        audit = self.entry.runtime_data.audit
        counts = [
            (await audit.async_page(AccessQuery(reason=reason, limit=1)))[1]
            for reason in ("offline_granted", "offline_denied")
        ]
        return sum(counts)


async def bench_swipes(rig: Rig, cards: list[int], rate: int) -> dict[str, Any]:
    """Swipe registered cards in PC control; time each to its open-door request."""
    swiped: dict[str, Any] = await rig.device.async_call("swipe_paced", cards, list(DOORS), rate)
    latencies = swiped.pop("latencies_ms")
    return swiped | {
        "p50_ms": round(percentile(latencies, 0.50), 3),
        "p99_ms": round(percentile(latencies, 0.99), 3),
        "max_ms": round(max(latencies), 3),
    }


async def bench_backfill(rig: Rig, cards: list[int]) -> dict[str, Any]:
    """Stop, let the board decide every card alone, start again: time the read back."""
    catch_up_s: list[float] = []
    original = Backfill.async_catch_up

    async def timed(backfill: Backfill, status: Any) -> None:
        began = time.perf_counter()
        await original(backfill, status)
        catch_up_s.append(time.perf_counter() - began)

    await rig.stop()
    alone = await rig.device.async_call("swipe_offline", cards, DOORS[0])
    assert not alone["pc_control"], "PC control still on with Home Assistant away"
    with patch.object(Backfill, "async_catch_up", timed):
        reconnect_s = await rig.start()
    after = await rig.device.async_call("stats")
    rows = await rig.offline_rows()
    await rig.stop()
    await rig.start()  # one more restart: read back from the mark, nothing twice
    return {
        "events": len(cards),
        "board_reasons": alone["reasons"],
        "catch_up_s": round(catch_up_s[-1], 3),
        "events_per_s": round(len(cards) / catch_up_s[-1]),
        "reconnect_s": round(reconnect_s, 3),
        "reconnect_requests": after["requests"] - alone["requests"],
        "log_rows": rows,
        "log_rows_after_restart": await rig.offline_rows(),
    }


async def bench_home_assistant(
    sizes: dict[str, int],
    config_dir: Path,
    compound: dict[str, list[dict[str, Any]]],
    mocked: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Swipe latency with Home Assistant deciding, then a backfill after an outage."""
    from homeassistant import loader
    from pytest_homeassistant_custom_component.common import (
        async_test_home_assistant,
    )

    write_storage(config_dir, compound, mocked)
    numbers = card_numbers(compound)
    random.Random(20261130).shuffle(numbers)
    results: dict[str, Any] = {}
    device = Device(SERIAL, CAPACITY)
    try:
        async with async_test_home_assistant(config_dir=str(config_dir)) as hass:
            hass.data.pop(loader.DATA_CUSTOM_COMPONENTS)
            await async_setup_http(hass)
            entry = controller_entry()
            entry.add_to_hass(hass)
            (controller,) = (s for s in entry.subentries.values() if s.unique_id == str(SERIAL))
            gates = {s.unique_id: s.subentry_id for s in entry.subentries.values()}
            doors = {str(door): gates[f"gate {door}"] for door in DOORS}
            data = dict(controller.data) | {"port": device.port, "doors": doors}
            hass.config_entries.async_update_subentry(entry, controller, data=data)
            rig = Rig(hass, entry, device)
            results["start_s"] = round(await rig.start(), 3)
            stats = await device.async_call("stats")
            results["start_cards"] = stats["cards"]
            assert stats["pc_control"], "Home Assistant did not take the controller over"
            results["swipe"] = await bench_swipes(rig, numbers[: sizes["swipes"]], sizes["rate"])
            # Other cards than those swiped above, each swiped once.
            results["backfill"] = await bench_backfill(rig, numbers[-sizes["backfill"] :])
            await rig.stop()
            await hass.async_stop(force=True)
    finally:
        device.close()
    return results


def run(quick: bool, mocked_storage: dict[str, Any] | None = None) -> dict[str, Any]:
    sizes = QUICK if quick else FULL
    compound = make_compound(sizes, random.Random(20261120))
    results: dict[str, Any] = {"sizes": sizes, "python": sys.version.split()[0]}
    results["sync"] = asyncio.run(bench_sync(compound))
    return results | in_config_dir(bench_home_assistant, sizes, compound, mocked_storage)


def table(results: dict[str, Any]) -> str:
    s, w, b = results["sync"], results["swipe"], results["backfill"]
    sizes = results["sizes"]
    return "\n".join(
        [
            "| measure | result |",
            "|---|---|",
            f"| full sync, {s['cards']:,} cards to one empty controller | planning {s['planning_s']} s, sending {s['sending_s']} s ({s['cards_per_s']:,} cards/s) |",
            f"| requests sent / protocol floor (one per card) | {s['requests']:,} / {s['floor']:,} |",
            f"| second full reconcile, nothing changed (read back, diff) | {s['reconcile_s']} s, {s['reconcile_requests']:,} requests, {s['reconcile_changes']} changes |",
            f"| Home Assistant start: connect and first reconcile ({results['start_cards']:,} cards) | {results['start_s']} s |",
            f"| swipe → decision → open-door request, {w['swipes']} swipes at {sizes['rate']}/s | p50 {w['p50_ms']} ms, p99 {w['p99_ms']} ms, max {w['max_ms']} ms; {w['opened']} of {w['swipes']} opened |",
            f"| backfill of {b['events']:,} offline swipes (`async_catch_up`) | {b['catch_up_s']} s, {b['events_per_s']:,} events/s |",
            f"| whole reconnect (catch-up and full reconcile) | {b['reconnect_s']} s, {b['reconnect_requests']:,} requests |",
            f"| offline passages in the access log / after one more restart | {b['log_rows']:,} / {b['log_rows_after_restart']:,} (expected {b['events']:,}) |",
        ]
    )


if __name__ == "__main__":
    main(__doc__ or "", run, table)
