"""Monthly usage and the over-usage analysis (plain Python)."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given, strategies as st
import pytest

from bench.usage_bench import synthetic_compound
from custom_components.compound_security.engine.usage import (
    Classification,
    MonthlyUsage,
    analyze,
    monthly_from_cumulative,
    parse_period,
    period_of,
    previous_period,
)

MONTHS = ["2026-08", "2026-09", "2026-10"]


def compound(
    **special: tuple[int, float, float],
) -> tuple[dict[str, dict[str, MonthlyUsage]], dict[str, int]]:
    """Twenty ordinary flats of two (100 kWh, 4 m³ each), plus `special` (people, kWh, m³)."""
    usage = {f"h{n}": {p: MonthlyUsage(200 + n, 8 + n / 10) for p in MONTHS} for n in range(20)}
    occupants = {f"h{n}": 2 for n in range(20)}
    for household_id, (people, power, water) in special.items():
        usage[household_id] = {p: MonthlyUsage(power, water) for p in MONTHS}
        occupants[household_id] = people
    return usage, occupants


def test_seed_case_group_rental() -> None:
    usage, occupants = compound(rental=(2, 2392, 60))  # 2,392 kWh and ~60 m³ in a month
    (flag,) = analyze(usage, occupants)
    assert flag.household_id == "rental"
    assert flag.classification is Classification.SUSPECTED_GROUP_RENTAL
    assert flag.period == "2026-10"
    assert flag.electricity_per_person == 1196.0
    assert flag.compound_electricity_median == pytest.approx(104.75, abs=0.5)
    assert flag.estimated_occupants == 13  # 60 m³ / the median 4.5 m³ per person
    assert flag.electricity_z is not None
    assert flag.electricity_z > 10


def test_online_shop_is_a_workshop() -> None:
    usage, occupants = compound(shop=(2, 1800, 8))
    (flag,) = analyze(usage, occupants)
    assert flag.classification is Classification.SUSPECTED_WORKSHOP
    assert flag.estimated_occupants is None


def test_usage_with_nobody_registered() -> None:
    usage, occupants = compound(empty=(0, 400, 16))
    (flag,) = analyze(usage, occupants)
    assert flag.classification is Classification.NO_REGISTERED_OCCUPANT
    assert flag.occupants == 0
    assert flag.estimated_occupants == 4


def test_an_empty_flat_with_nobody_registered_is_fine() -> None:
    usage, occupants = compound(empty=(0, 5, 0.1))
    assert analyze(usage, occupants) == []


def test_one_high_month_is_not_enough() -> None:
    usage, occupants = compound(rental=(2, 2392, 60))
    usage["rental"]["2026-09"] = MonthlyUsage(210, 8)
    assert analyze(usage, occupants) == []
    assert [f.household_id for f in analyze(usage, occupants, months=1)] == ["rental"]


def test_changing_verdict_or_missing_month_is_not_sustained() -> None:
    usage, occupants = compound(rental=(2, 2392, 60))
    usage["rental"]["2026-09"] = MonthlyUsage(2392, 8)  # a workshop month, then a rental month
    assert analyze(usage, occupants) == []
    del usage["h3"]["2026-09"]
    assert analyze(usage, occupants, period="2026-10", months=2) == []


def test_factor_is_configurable_and_median_resists_outliers() -> None:
    usage, occupants = compound(big=(2, 700, 30))  # 3.4x the median per person
    assert [f.household_id for f in analyze(usage, occupants)] == ["big"]
    assert analyze(usage, occupants, factor=4) == []
    # Ten heavy flats do not drag the median up enough to hide the rental.
    usage, occupants = compound(
        rental=(2, 2392, 60), **{f"heavy{n}": (2, 500, 20) for n in range(10)}
    )
    flagged = {f.household_id for f in analyze(usage, occupants)}
    assert "rental" in flagged


def test_no_data() -> None:
    assert analyze({}, {}) == []
    assert analyze({"h": {}}, {"h": 1}) == []


def test_synthetic_compound_finds_every_planted_case() -> None:
    """1,400 households over 24 months, like 漕湖花园五区; report the false-flag rate."""
    synthetic = synthetic_compound(1400, 24)
    flags = analyze(synthetic.usage, synthetic.occupants)
    flagged = {f.household_id: f.classification for f in flags}
    for household_id, kind in synthetic.planted.items():
        assert flagged.get(household_id) is kind, household_id
    false_flags = [h for h in flagged if h not in synthetic.planted]
    rate = len(false_flags) / (1400 - len(synthetic.planted))
    print(f"planted {len(synthetic.planted)}, false flags {len(false_flags)} ({rate:.3%})")  # noqa: T201
    assert rate < 0.005


def test_cumulative_readings_with_rollover_and_replacement() -> None:
    readings = [
        (datetime(2026, 8, 31, tzinfo=UTC), 999_950.0),
        (datetime(2026, 9, 30, tzinfo=UTC), 100.0),  # rolled over at 1,000,000
        (datetime(2026, 10, 15, tzinfo=UTC), 300.0),
        (datetime(2026, 10, 20, tzinfo=UTC), 12.0),  # meter replaced, counting from zero
        (datetime(2026, 10, 31, tzinfo=UTC), 50.0),
    ]
    assert monthly_from_cumulative(readings, capacity=1_000_000) == {
        "2026-09": 150.0,
        "2026-10": 250.0,
    }
    assert monthly_from_cumulative(readings[:2]) == {"2026-09": 100.0}  # no capacity: a new meter


def test_periods() -> None:
    assert parse_period(" 2026-01 ") == "2026-01"
    assert previous_period("2026-01") == "2025-12"
    assert previous_period("2026-10") == "2026-09"
    assert period_of(datetime(2026, 11, 20, tzinfo=UTC)) == "2026-11"
    for bad in ("2026-13", "2026-00", "202611", "26-11"):
        with pytest.raises(ValueError, match=bad):
            parse_period(bad)


@given(
    st.lists(st.floats(min_value=1, max_value=1000), min_size=3, max_size=40),
    st.floats(min_value=3, max_value=50),
)
def test_scaling_everyone_changes_nothing_and_outliers_are_caught(
    per_person: list[float], scale: float
) -> None:
    usage = {
        f"h{n}": {p: MonthlyUsage(v * 2, v / 25) for p in MONTHS} for n, v in enumerate(per_person)
    }
    occupants = {f"h{n}": 2 for n in range(len(per_person))}
    scaled = {
        h: {p: MonthlyUsage(m.electricity_kwh * scale, m.water_m3 * scale) for p, m in by.items()}  # type: ignore[operator]
        for h, by in usage.items()
    }
    assert [f.household_id for f in analyze(usage, occupants)] == [
        f.household_id for f in analyze(scaled, occupants)
    ]
    top = max(per_person) * 2 * 10 + 1
    usage["outlier"] = {p: MonthlyUsage(top, top / 50) for p in MONTHS}
    occupants["outlier"] = 2
    assert "outlier" in {f.household_id for f in analyze(usage, occupants)}
