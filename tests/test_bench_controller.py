"""The controller benchmark still runs (tiny sizes; the real numbers come from `bench/`)."""

from __future__ import annotations

from typing import Any

import pytest

from bench import controller_bench


@pytest.mark.usefixtures("socket_enabled")
def test_controller_bench_runs_quickly(hass_storage: dict[str, Any]) -> None:
    results = controller_bench.run(quick=True, mocked_storage=hass_storage)
    quick = controller_bench.QUICK
    sync = results["sync"]
    assert sync["board_cards"] == sync["cards"] == quick["cards"]
    assert sync["requests"] == sync["floor"]  # one request per card, none wasted
    assert sync["reconcile_changes"] == 0
    swipe = results["swipe"]
    assert swipe["opened"] == swipe["deferred_to_host"] == quick["swipes"]
    assert swipe["unmatched_opens"] == 0
    backfill = results["backfill"]
    assert backfill["board_reasons"] == {"SWIPE": quick["backfill"]}  # decided by the board
    assert backfill["log_rows"] == backfill["log_rows_after_restart"] == quick["backfill"]
    assert "| backfill of" in controller_bench.table(results)
