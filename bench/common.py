"""What every benchmark's command line shares."""

from __future__ import annotations

import argparse
import asyncio
from collections.abc import Callable, Coroutine
import json
from pathlib import Path
import socket
import tempfile
from typing import Any


def main(
    doc: str,
    run: Callable[..., dict[str, Any]],
    table: Callable[[dict[str, Any]], str],
) -> None:
    """Parse --quick and --json, run, print the table and the JSON."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="tiny sizes, for a smoke run")
    parser.add_argument("--json", type=Path, help="also write the JSON here")
    args = parser.parse_args()
    results = run(args.quick)
    print(table(results))
    document = json.dumps(results, indent=2)
    print(document)
    if args.json:
        args.json.write_text(document + "\n")


def in_config_dir(
    run_async: Callable[..., Coroutine[Any, Any, dict[str, Any]]], *args: Any
) -> dict[str, Any]:
    """Run `run_async(*args[:1], config_dir, *args[1:])` with a fresh configuration folder."""
    sizes, *rest = args
    with tempfile.TemporaryDirectory() as tmp:
        config_dir = Path(tmp) / "config"
        config_dir.mkdir()
        return asyncio.run(run_async(sizes, config_dir, *rest))


async def async_setup_http(hass: Any) -> None:
    """Set up `http` (our dependency) on a free loopback port, before the integration.

    Left to itself it binds 0.0.0.0:8123, which fails while any other Home Assistant on
    the machine holds that port (a demo, a browser test's) and opens the benchmark's
    server to the network.
    """
    from homeassistant.setup import async_setup_component

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = {"http": {"server_host": ["127.0.0.1"], "server_port": port}}
    if not await async_setup_component(hass, "http", config):
        raise RuntimeError(f"http did not start on 127.0.0.1:{port}")
