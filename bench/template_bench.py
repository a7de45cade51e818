"""Against the alternative: a plain automation with a template condition over 20,000 cards.

What a user would otherwise build: an automation triggered by a reader's event whose
template condition checks the card against a 20,000-card list in YAML (`variables:`), and
opens the gate with `switch.turn_on`. The same reads (nine in ten registered) go to it and
to Compound Security's `present_credential` at an access point whose gate is a switch,
in the same Home Assistant, in the same run, one read each way in turn. Measured: read to
`switch.turn_on`.

Two more passes over the same reads explain the result: Home Assistant's share of our
path (an action with `present_credential`'s schema whose handler only calls
`switch.turn_on`, again in turn with the automation), and `present_credential` with no
automation read in between (the automation's pass over 20,000 cards leaves the processor's
caches cold for whatever runs next).

Run: .venv/bin/python -m bench.template_bench [--quick] [--json FILE]
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
import random
import sys
import time
from typing import Any

ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(ROOT))

from bench.common import async_setup_http, in_config_dir, main
from bench.registry_bench import make_compound, percentile, write_storage

FULL = {"households": 2_000, "people": 5_000, "cards": 20_000, "vehicles": 0, "reads": 2_000}
QUICK = {"households": 40, "people": 100, "cards": 400, "vehicles": 0, "reads": 50}
GATES = ("switch.template_gate", "switch.compound_gate", "switch.share_gate")
PRESENT = ("compound_security", "present_credential")
SHARE = ("bench", "open_only")


def automation(uids: list[str]) -> dict[str, Any]:
    """Return the automation a user would write (traces on, as by default)."""
    return {
        "id": "template_gate",
        "mode": "parallel",
        "max": 1000,
        "triggers": [{"trigger": "event", "event_type": "card_read"}],
        "variables": {"allowed": uids},
        "conditions": [
            {"condition": "template", "value_template": "{{ trigger.event.data.uid in allowed }}"}
        ],
        "actions": [{"action": "switch.turn_on", "target": {"entity_id": "switch.template_gate"}}],
    }


def compound_entry() -> Any:
    """Return the compound: one access point whose gate is `switch.compound_gate`."""
    from homeassistant.config_entries import ConfigSubentryData
    from pytest_homeassistant_custom_component.common import MockConfigEntry

    data = {"zone": "compound_gate", "direction": "both"}
    data |= {"gate_entity": "switch.compound_gate", "pulse_seconds": 1.0}
    return MockConfigEntry(
        domain="compound_security",
        title="Bench",
        unique_id="bench",
        data={"name": "Bench"},
        options={"escalate_after": 0},
        subentries_data=[
            ConfigSubentryData(
                subentry_type="access_point", title="Gate", unique_id="gate", data=data
            )
        ],
    )


class Timer:
    """Starts reads and times them to their gate's `switch.turn_on` (a relay that answers)."""

    def __init__(self, hass: Any) -> None:
        """Register the relay behind every gate and the action for Home Assistant's share."""
        from homeassistant.core import ServiceCall, ServiceResponse, SupportsResponse

        from custom_components.compound_security.actions import ACTIONS

        self.hass = hass
        self.opened: dict[str, list[float]] = {gate: [] for gate in GATES}

        async def relay(call: ServiceCall) -> None:
            entity_id = call.data["entity_id"]
            entity_id = entity_id if isinstance(entity_id, str) else entity_id[0]
            self.opened[entity_id].append(time.perf_counter())

        async def open_only(call: ServiceCall) -> ServiceResponse:
            await hass.services.async_call(
                "switch",
                "turn_on",
                {"entity_id": "switch.share_gate"},
                blocking=True,
                context=call.context,
            )
            return {}

        hass.services.async_register("switch", "turn_on", relay)
        hass.services.async_register("switch", "turn_off", lambda _call: None)
        hass.services.async_register(
            *SHARE,
            open_only,
            ACTIONS["present_credential"].schema,
            supports_response=SupportsResponse.OPTIONAL,
        )

    async def through_automation(self, uid: str) -> float | None:
        """Fire the reader's event; return ms to the automation's gate command."""
        return await self._timed(
            "switch.template_gate", lambda: self.hass.bus.async_fire("card_read", {"uid": uid})
        )

    async def through_action(self, action: tuple[str, str], uid: str, gate: str) -> float | None:
        """Call the action; return ms to its gate command (None: the card was refused)."""
        data = {"access_point": "Gate", "uid": f"0x{uid}"}  # digits alone would be decimal
        return await self._timed(
            gate,
            lambda: self.hass.services.async_call(
                *action, data, blocking=True, return_response=True
            ),
        )

    async def _timed(self, gate: str, start: Callable[[], Any]) -> float | None:
        before = len(self.opened[gate])
        t0 = time.perf_counter()
        started = start()
        if started is not None:
            await started
        await self.hass.async_block_till_done()
        return (self.opened[gate][-1] - t0) * 1000 if len(self.opened[gate]) > before else None


async def measure(timer: Timer, reads: list[str]) -> dict[str, list[float | None]]:
    """Run the three passes; return every read's latency per measure."""
    samples: dict[str, list[float | None]] = {}
    ours = "switch.compound_gate"
    for uid in reads:  # the comparison: one read each way, in turn
        samples.setdefault("template", []).append(await timer.through_automation(uid))
        samples.setdefault("compound_security", []).append(
            await timer.through_action(PRESENT, uid, ours)
        )
    for uid in reads:  # Home Assistant's share, in the same conditions
        await timer.through_automation(uid)
        samples.setdefault("home_assistant_share", []).append(
            await timer.through_action(SHARE, uid, "switch.share_gate")
        )
    for uid in reads:  # ours with nothing in between
        samples.setdefault("compound_security_alone", []).append(
            await timer.through_action(PRESENT, uid, ours)
        )
    return samples


async def run_async(
    sizes: dict[str, int], config_dir: Path, mocked_storage: dict[str, Any] | None = None
) -> dict[str, Any]:
    from homeassistant import loader
    from homeassistant.setup import async_setup_component
    from pytest_homeassistant_custom_component.common import async_test_home_assistant

    rng = random.Random(1254)
    compound = make_compound(sizes, rng, uid_bytes=5)
    write_storage(config_dir, compound, mocked_storage)
    uids = [card["uid"] for card in compound["card"]]
    reads = [
        rng.choice(uids) if n % 10 else f"{rng.randrange(1 << 40, 1 << 41):010X}"
        for n in range(sizes["reads"])
    ]
    async with async_test_home_assistant(config_dir=str(config_dir)) as hass:
        hass.data.pop(loader.DATA_CUSTOM_COMPONENTS)
        await async_setup_http(hass)
        timer = Timer(hass)
        began = time.perf_counter()
        assert await async_setup_component(hass, "automation", {"automation": [automation(uids)]})
        await hass.async_block_till_done()
        template_setup = time.perf_counter() - began
        entry = compound_entry()
        entry.add_to_hass(hass)
        assert await hass.config_entries.async_setup(entry.entry_id)
        await hass.async_block_till_done()
        samples = await measure(timer, reads)
        components = sorted(hass.config.components)
        await hass.config_entries.async_unload(entry.entry_id)
        await hass.async_stop(force=True)
    result: dict[str, Any] = {
        "sizes": sizes,
        "python": sys.version.split()[0],
        "template_setup_s": round(template_setup, 3),
        "components": components,  # what this Home Assistant loaded (no zeroconf)
    }
    for name, latencies in samples.items():
        opened = [ms for ms in latencies if ms is not None]
        result[name] = {
            "opened": len(opened),
            "p50_ms": round(percentile(opened, 0.5), 3),
            "p99_ms": round(percentile(opened, 0.99), 3),
        }
    for share in ("p50", "p99"):
        ours = result["compound_security"][f"{share}_ms"]
        result[f"ratio_{share}"] = round(result["template"][f"{share}_ms"] / ours, 1)
    return result


def run(quick: bool, mocked_storage: dict[str, Any] | None = None) -> dict[str, Any]:
    return in_config_dir(run_async, QUICK if quick else FULL, mocked_storage)


def table(results: dict[str, Any]) -> str:
    def row(label: str, key: str) -> str:
        r = results[key]
        return f"| {label} | {r['p50_ms']} ms | {r['p99_ms']} ms | {r['opened']} |"

    cards = f"{results['sizes']['cards']:,}"
    return "\n".join(
        [
            "| read → switch.turn_on | p50 | p99 | gates opened |",
            "|---|---|---|---|",
            row(f"automation with a template condition over {cards} cards", "template"),
            row("Compound Security (`present_credential`)", "compound_security"),
            f"| ratio (template / ours) | {results['ratio_p50']}× | {results['ratio_p99']}× | |",
            row(
                "Home Assistant's share (same schema, the handler only opens)",
                "home_assistant_share",
            ),
            row(
                "`present_credential` with no automation read in between", "compound_security_alone"
            ),
        ]
    )


if __name__ == "__main__":
    main(__doc__ or "", run, table)
