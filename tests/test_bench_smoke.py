"""The benchmarks still run (tiny sizes; the real numbers come from `bench/`)."""

from __future__ import annotations

import pytest

from bench import registry_bench


@pytest.mark.usefixtures("socket_enabled")
def test_registry_bench_runs_quickly() -> None:
    results = registry_bench.run(quick=True)
    assert results["domain"]["per_second"] > 0
    assert results["service"]["p99_ms"] > 0
    assert results["audit"]["rows"] == registry_bench.QUICK["log_rows"]
    assert "| decision, through the action |" in registry_bench.table(results)
