"""Meter-bus benchmark: a full poll of 200 DL/T 645 meters over a pty at 9600 baud 8E1.

A pty moves bytes instantly, so the simulated meters hold each reply back by the time the
request and the reply take on a real 9600-baud line (11 bits a byte). The poll then cannot
be faster than the line's byte rate; the gap is the code's own overhead (decoding, the
event loop, the pty). A second, unpaced run shows that overhead alone.

Run: .venv/bin/python -m bench.meter_bench [--quick] [--json FILE]
"""

from __future__ import annotations

import asyncio
from pathlib import Path
import sys
import tempfile
from typing import Any

ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(ROOT))

from bench.common import main
from compound_simulator.lines import PtyLine
from compound_simulator.meters import MeterBusSimulator, SimulatedMeter
from custom_components.compound_security.transport.meter_bus import MeterBus, MeterProtocol

FULL = {"meters": 200, "baudrate": 9600}
QUICK = {"meters": 10, "baudrate": 9600}


async def poll_once(meters: int, baudrate: int, *, paced: bool) -> dict[str, Any]:
    simulated = [SimulatedMeter(f"{n:012d}", 1000 + n / 100) for n in range(1, meters + 1)]
    simulator = MeterBusSimulator(simulated, baudrate=baudrate if paced else None)
    with tempfile.TemporaryDirectory() as directory:
        line = PtyLine(Path(directory) / "ttyMeters", simulator.feed)
        simulator.send = line.write
        await line.start()
        bus = MeterBus(line.url, MeterProtocol.DLT645_2007, baudrate=baudrate)
        try:
            await bus.poll([simulated[0].address])  # open the line first
            report = await bus.poll([meter.address for meter in simulated])
        finally:
            simulator.close()
            await bus.close()
            await line.stop()
    addresses = [meter.address for meter in simulated]
    values = {reading.address: reading.value for reading in report.readings}
    assert all(values[m.address] == m.value for m in simulated), "a meter was misread"
    limit = bus.line_limit(addresses)
    return {
        "meters": meters,
        "answered": report.answered,
        "seconds": round(report.duration, 3),
        "line_limit_seconds": round(limit, 3),
        "of_line_limit": round(report.duration / limit, 3),
        "overhead_ms_per_meter": round((report.duration - limit) * 1000 / meters, 2)
        if paced
        else round(report.duration * 1000 / meters, 3),
    }


def run(quick: bool) -> dict[str, Any]:
    sizes = QUICK if quick else FULL
    paced = asyncio.run(poll_once(sizes["meters"], sizes["baudrate"], paced=True))
    unpaced = asyncio.run(poll_once(sizes["meters"], sizes["baudrate"], paced=False))
    return {
        "baudrate": sizes["baudrate"],
        "framing": "8E1, 11 bits a byte; request 20 bytes (4 FE), reply 24 bytes",
        "paced_at_line_rate": paced,
        "unpaced": unpaced,
    }


def table(results: dict[str, Any]) -> str:
    paced, unpaced = results["paced_at_line_rate"], results["unpaced"]
    return "\n".join(
        [
            "| measure | value |",
            "|---|---|",
            f"| meters polled | {paced['meters']} ({paced['answered']} answered) |",
            f"| full poll at {results['baudrate']} baud (line-paced) | {paced['seconds']} s |",
            f"| line's byte-rate limit | {paced['line_limit_seconds']} s |",
            f"| poll / limit | {paced['of_line_limit']} |",
            f"| overhead per meter above the line | {paced['overhead_ms_per_meter']} ms |",
            (
                f"| unpaced poll (code only) | {unpaced['seconds']} s, "
                f"{unpaced['overhead_ms_per_meter']} ms per meter |"
            ),
        ]
    )


if __name__ == "__main__":
    main(__doc__ or "", run, table)
