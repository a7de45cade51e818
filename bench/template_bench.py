"""Against the alternative: a plain automation with a template condition over 20,000 cards.

What a user would otherwise build: an automation triggered by a reader's event whose
template condition checks the card against a 20,000-card list in YAML (`variables:`), and
opens the gate with `switch.turn_on`. The same reads (nine in ten registered) go to it and
to Compound Security's `present_credential` at an access point whose gate is a switch,
in the same Home Assistant, in the same run. Measured: read to `switch.turn_on`.

Run: .venv/bin/python -m bench.template_bench [--quick] [--json FILE]
"""

from __future__ import annotations

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


async def run_async(
    sizes: dict[str, int], config_dir: Path, mocked_storage: dict[str, Any] | None = None
) -> dict[str, Any]:
    from homeassistant import loader
    from homeassistant.config_entries import ConfigSubentryData
    from homeassistant.core import ServiceCall
    from homeassistant.setup import async_setup_component
    from pytest_homeassistant_custom_component.common import (
        MockConfigEntry,
        async_test_home_assistant,
    )

    rng = random.Random(1254)
    compound = make_compound(sizes, rng, uid_bytes=5)
    write_storage(config_dir, compound, mocked_storage)
    uids = [card["uid"] for card in compound["card"]]
    reads = [
        rng.choice(uids) if n % 10 else f"{rng.randrange(1 << 40, 1 << 41):010X}"
        for n in range(sizes["reads"])
    ]
    opened: dict[str, list[float]] = {"switch.template_gate": [], "switch.compound_gate": []}
    async with async_test_home_assistant(config_dir=str(config_dir)) as hass:
        hass.data.pop(loader.DATA_CUSTOM_COMPONENTS)
        await async_setup_http(hass)

        async def turn_on(call: ServiceCall) -> None:
            entity_id = call.data["entity_id"]
            entity_id = entity_id if isinstance(entity_id, str) else entity_id[0]
            opened[entity_id].append(time.perf_counter())

        hass.services.async_register("switch", "turn_on", turn_on)
        hass.services.async_register("switch", "turn_off", lambda _call: None)
        automation = {
            "id": "template_gate",
            "mode": "parallel",
            "max": 1000,
            "triggers": [{"trigger": "event", "event_type": "card_read"}],
            "variables": {"allowed": uids},
            "conditions": [
                {
                    "condition": "template",
                    "value_template": "{{ trigger.event.data.uid in allowed }}",
                }
            ],
            "actions": [
                {"action": "switch.turn_on", "target": {"entity_id": "switch.template_gate"}}
            ],
        }
        began = time.perf_counter()
        assert await async_setup_component(hass, "automation", {"automation": [automation]})
        await hass.async_block_till_done()
        template_setup = time.perf_counter() - began
        entry = MockConfigEntry(
            domain="compound_security",
            title="Bench",
            unique_id="bench",
            data={"name": "Bench"},
            options={"escalate_after": 0},
            subentries_data=[
                ConfigSubentryData(
                    subentry_type="access_point",
                    title="Gate",
                    unique_id="gate",
                    data={
                        "zone": "compound_gate",
                        "direction": "both",
                        "gate_entity": "switch.compound_gate",
                        "pulse_seconds": 1.0,
                    },
                )
            ],
        )
        entry.add_to_hass(hass)
        assert await hass.config_entries.async_setup(entry.entry_id)
        await hass.async_block_till_done()

        template: list[float] = []
        ours: list[float] = []
        for uid in reads:
            before = len(opened["switch.template_gate"])
            t0 = time.perf_counter()
            hass.bus.async_fire("card_read", {"uid": uid})
            await hass.async_block_till_done()
            if len(opened["switch.template_gate"]) > before:
                template.append((opened["switch.template_gate"][-1] - t0) * 1000)
            before = len(opened["switch.compound_gate"])
            t0 = time.perf_counter()
            await hass.services.async_call(
                "compound_security",
                "present_credential",
                {"access_point": "Gate", "uid": f"0x{uid}"},  # digits alone would be decimal
                blocking=True,
                return_response=True,
            )
            await hass.async_block_till_done()
            if len(opened["switch.compound_gate"]) > before:
                ours.append((opened["switch.compound_gate"][-1] - t0) * 1000)
        await hass.config_entries.async_unload(entry.entry_id)
        await hass.async_stop(force=True)
    result = {
        "sizes": sizes,
        "python": sys.version.split()[0],
        "template_setup_s": round(template_setup, 3),
        "template": {
            "opened": len(template),
            "p50_ms": round(percentile(template, 0.5), 3),
            "p99_ms": round(percentile(template, 0.99), 3),
        },
        "compound_security": {
            "opened": len(ours),
            "p50_ms": round(percentile(ours, 0.5), 3),
            "p99_ms": round(percentile(ours, 0.99), 3),
        },
    }
    result["ratio_p50"] = round(
        result["template"]["p50_ms"] / result["compound_security"]["p50_ms"], 1
    )
    result["ratio_p99"] = round(
        result["template"]["p99_ms"] / result["compound_security"]["p99_ms"], 1
    )
    return result


def run(quick: bool, mocked_storage: dict[str, Any] | None = None) -> dict[str, Any]:
    return in_config_dir(run_async, QUICK if quick else FULL, mocked_storage)


def table(results: dict[str, Any]) -> str:
    t, c = results["template"], results["compound_security"]
    return "\n".join(
        [
            "| read → switch.turn_on | p50 | p99 | gates opened |",
            "|---|---|---|---|",
            (
                f"| automation with a template condition over {results['sizes']['cards']:,} cards "
                f"| {t['p50_ms']} ms | {t['p99_ms']} ms | {t['opened']} |"
            ),
            (
                f"| Compound Security (`present_credential`) | {c['p50_ms']} ms | {c['p99_ms']} ms "
                f"| {c['opened']} |"
            ),
            f"| ratio (template / ours) | {results['ratio_p50']}× | {results['ratio_p99']}× | |",
        ]
    )


if __name__ == "__main__":
    main(__doc__ or "", run, table)
