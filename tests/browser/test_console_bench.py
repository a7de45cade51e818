"""The console benchmark still runs (tiny sizes; its numbers come from `bench/`).

A module of its own: the benchmark starts its own browser, which must not overlap the
browser fixture of another module's tests.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


def test_the_console_benchmark_runs_quickly() -> None:
    """`bench/console_bench.py` in tiny sizes (its own Home Assistant and browser)."""
    from bench import console_bench  # noqa: PLC0415

    results = console_bench.run(quick=True)
    assert results["registered"]["people"] == 100
    assert results["search"]["answered_with_results"] == results["search"]["searches"]
    assert results["guard_room"]["opened_by_tab"]["p50_ms"] > 0
    assert "| registry search, websocket round trip" in console_bench.table(results)
