"""The benchmarks still run (tiny sizes; the real numbers come from `bench/`)."""

from __future__ import annotations

from typing import Any

import pytest

from bench import registry_bench


@pytest.mark.usefixtures("socket_enabled")
def test_registry_bench_runs_quickly(hass_storage: dict[str, Any]) -> None:
    results = registry_bench.run(quick=True, mocked_storage=hass_storage)
    assert results["domain"]["per_second"] > 0
    # At the gates every resident passes: all but the unknown tenth (a small sample here).
    assert results["service"]["granted_share"] >= 0.7
    assert results["service"]["p99_ms"] > 0
    assert results["audit"]["rows"] == registry_bench.QUICK["log_rows"]
    assert "| decision, through the action |" in registry_bench.table(results)


@pytest.mark.usefixtures("socket_enabled")
def test_hardware_bench_runs_quickly(hass_storage: dict[str, Any]) -> None:
    from bench import hardware_bench  # noqa: PLC0415

    results = hardware_bench.run(quick=True, mocked_storage=hass_storage)
    assert results["reads_lost"] == 0
    assert results["gate_commands"] == results["reads"]
    assert "| reads lost |" in hardware_bench.table(results)


def test_usage_bench_runs_quickly() -> None:
    from bench import usage_bench  # noqa: PLC0415

    results = usage_bench.run(quick=True)
    assert results["planted_found"] == results["planted"]
    assert "| planted cases found |" in usage_bench.table(results)


@pytest.mark.usefixtures("socket_enabled")
def test_meter_bench_runs_quickly() -> None:
    from bench import meter_bench  # noqa: PLC0415

    results = meter_bench.run(quick=True)
    paced = results["paced_at_line_rate"]
    assert paced["answered"] == meter_bench.QUICK["meters"]
    assert paced["seconds"] >= paced["line_limit_seconds"]  # the pacing really holds replies
    assert "| line's byte-rate limit |" in meter_bench.table(results)


@pytest.mark.usefixtures("socket_enabled")
def test_alarm_bench_runs_quickly() -> None:
    from bench import alarm_bench  # noqa: PLC0415

    results = alarm_bench.run(quick=True)
    assert results["notify_calls"] == results["notify_calls_expected"]
    assert results["snapshots_stored"] == alarm_bench.QUICK["alarms"]
    assert "| alarm → notify call" in alarm_bench.table(results)


@pytest.mark.usefixtures("socket_enabled")
def test_scale_bench_runs_quickly(hass_storage: dict[str, Any]) -> None:
    from bench import scale_bench  # noqa: PLC0415

    results = scale_bench.run(quick=True, mocked_storage=hass_storage)
    assert results["meters_answering"] == scale_bench.QUICK["households"]
    assert results["cameras_online"] == scale_bench.QUICK["cameras"]
    # two access points: event, lock, alarm, reader; three cameras: camera, health; one bus: 3
    assert results["entities_by_domain"]["camera"] == 3
    assert "| entities created |" in scale_bench.table(results)


@pytest.mark.usefixtures("socket_enabled")
def test_template_bench_runs_quickly(hass_storage: dict[str, Any]) -> None:
    from bench import template_bench  # noqa: PLC0415

    results = template_bench.run(quick=True, mocked_storage=hass_storage)
    reads = template_bench.QUICK["reads"]
    assert 0.8 * reads <= results["template"]["opened"] <= reads
    assert results["compound_security"]["opened"] == results["template"]["opened"]
    assert results["compound_security_alone"]["opened"] == results["template"]["opened"]
    assert results["home_assistant_share"]["opened"] == reads  # it opens for any card
    assert "zeroconf" not in results["components"]  # nothing announced on the network
    assert "| ratio (template / ours) |" in template_bench.table(results)
    assert "| Home Assistant's share" in template_bench.table(results)


def test_run_all_lists_every_benchmark() -> None:
    from pathlib import Path  # noqa: PLC0415

    from bench import run_all  # noqa: PLC0415

    on_disk = {p.stem.removesuffix("_bench") for p in Path("bench").glob("*_bench.py")}
    assert set(run_all.BENCHMARKS) == on_disk
    assert "Home Assistant 2026" in run_all.machine()


@pytest.mark.usefixtures("socket_enabled")
def test_wanted_bench_runs_quickly() -> None:
    from bench import wanted_bench  # noqa: PLC0415

    results = wanted_bench.run(quick=True)
    quick = wanted_bench.QUICK
    assert results["wanted"]["matched"] == quick["listed_people"]
    assert results["wanted"]["added"] == quick["wanted"]
    assert results["hash_ms"] > 0
    assert "| one ID-number hash" in wanted_bench.table(results)
