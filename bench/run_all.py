"""Run every benchmark, one after another: `.venv/bin/python -m bench.run_all [--quick]`.

Each runs in its own process (a fresh Home Assistant, and memory figures of its own) and
writes its JSON to `bench/results/<name>.json`; the tables are printed together with the
machine's description, ready for the README.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
import platform
import subprocess
import sys
import time

ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(ROOT))

BENCHMARKS = {
    "registry": "decisions, compound setup, access log",
    "hardware": "pty read to gate command",
    "usage": "over-usage analysis",
    "meter": "200-meter bus poll",
    "alarm": "alarm to notification",
    "scale": "pilot-sized compound: setup, memory, entities",
    "template": "against a template-condition automation",
    "wanted": "ID-number hash and a 10,000-number wanted list",
    "console": "bundle size, guard room render in Chromium, registry search round trips",
    "controller": "UHPPOTE controller: 20,000-card sync, swipe to open-door, backfill",
}


def machine() -> str:
    """Describe the machine the numbers come from."""
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    memory = next(
        (
            int(line.split()[1]) // 1024**2
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal")
        ),
        0,
    )
    from homeassistant.const import __version__ as ha_version

    return (
        f"{os.cpu_count()} × {cpu}, {memory} GiB, Python {platform.python_version()}, "
        f"Home Assistant {ha_version}, {platform.platform()}"
    )


def main() -> None:
    """Run them all and print the tables."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="tiny sizes, for a smoke run")
    parser.add_argument("--only", nargs="*", choices=list(BENCHMARKS), help="a subset")
    args = parser.parse_args()
    results_dir = ROOT / "bench" / "results"
    results_dir.mkdir(exist_ok=True)
    print(f"Machine: {machine()}\n")
    failed = []
    for name in args.only or BENCHMARKS:
        began = time.perf_counter()
        command = [sys.executable, "-m", f"bench.{name}_bench"]
        command += ["--json", str(results_dir / f"{name}.json")]
        command += ["--quick"] if args.quick else []
        done = subprocess.run(  # noqa: S603  # our own benchmark modules
            command, cwd=ROOT, capture_output=True, text=True, check=False
        )
        table = done.stdout.split("\n{", 1)[0].strip()  # the JSON follows the table
        print(f"## {name}: {BENCHMARKS[name]} ({time.perf_counter() - began:.0f} s)\n")
        print((table if done.returncode == 0 else done.stderr[-2000:]) + "\n", flush=True)
        if done.returncode:
            failed.append(name)
    if failed:
        raise SystemExit(f"failed: {', '.join(failed)}")


if __name__ == "__main__":
    main()
