"""Utility imports, the over-usage analysis, its alarms and sensors in Home Assistant."""

from __future__ import annotations

from pathlib import Path

from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ServiceValidationError
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry, async_capture_events

from custom_components.compound_security.const import DOMAIN, EVENT_ALARM
from custom_components.compound_security.engine.usage import (
    MonthlyUsage,
    period_of,
    previous_period,
)

from .helpers import act, registry_of

pytestmark = pytest.mark.usefixtures("init_integration")
PREFIX = "sensor.cao_hu_hua_yuan_wu_qu"
NOW = period_of(dt_util.now())
BEFORE = previous_period(NOW)
FLAT = {"building": "1", "unit": "1", "room": "1", "area_m2": 50, "tenure": "owner"}


async def register(hass: HomeAssistant) -> dict[str, str]:
    """Twenty owner flats of two with meters, and a rental flat of two (meter 999)."""
    ids: dict[str, str] = {}
    for n in range(21):
        tenure = "rental" if n == 20 else "owner"
        household = await act(
            hass,
            "add_household",
            building="5",
            unit="1",
            room=str(101 + n),
            area_m2=90,
            tenure=tenure,
            electricity_meter=str(n + 1 if n < 20 else 999),
            water_meter=f"7{n:03d}",
        )
        ids[f"h{n}"] = household["household_id"]
        for role in ("owner", "family") if n < 20 else ("tenant", "tenant"):
            await act(
                hass, "add_person", household_id=household["household_id"], name="X", role=role
            )
    return ids


def month_rows(period: str, rental_power: float, rental_water: float) -> str:
    rows = [f"{n + 1:012d},{period},{200 + n},{8 + n / 10}" for n in range(20)]
    rows.append(f"999,{period},{rental_power},{rental_water}")
    return "\n".join(rows)


def _usage(hass: HomeAssistant) -> dict[str, dict[str, MonthlyUsage]]:
    (entry,) = hass.config_entries.async_loaded_entries(DOMAIN)
    return entry.runtime_data.usage.usage  # type: ignore[no-any-return]


@pytest.fixture
def config_dir(hass: HomeAssistant, tmp_path: Path) -> Path:
    hass.config.config_dir = str(tmp_path)
    return tmp_path


async def test_import_analyse_alarm_once_and_clear(hass: HomeAssistant, config_dir: Path) -> None:
    ids = await register(hass)
    alarms = async_capture_events(hass, EVENT_ALARM)
    text = (
        "meter,period,electricity_kwh,water_m3\n"
        + month_rows(BEFORE, 2392, 60)
        + "\n"
        + month_rows(NOW, 2392, 60)
    )
    bad_rows = [
        "12345,2026-01,5,1",  # no such meter
        "000000000001,2026-13,5,1",  # no such month
        "000000000001,2026-01,,",  # no figures
        "000000000001,2026-01,-3,1",  # negative
        ",2026-01,1,1",  # no household
    ]
    text += "\n" + "\n".join(bad_rows) + "\n"
    (config_dir / "readings.csv").write_text(text, encoding="utf-8")
    response = await act(hass, "import_meter_readings", file="readings.csv")
    assert response["imported"] == 42
    assert response["rejected"] == [
        {"row": 44, "error": "meter_not_found"},
        {"row": 45, "error": "period_invalid"},
        {"row": 46, "error": "reading_missing"},
        {"row": 47, "error": "reading_invalid"},
        {"row": 48, "error": "household_missing"},
    ]
    assert response["flagged"] == 1
    await hass.async_block_till_done()
    assert [a.data["kind"] for a in alarms] == ["over_usage"]
    assert alarms[0].data["household_id"] == ids["h20"]
    assert "5-1-121" in alarms[0].data["message"]
    assert "2392 kWh" in alarms[0].data["message"]
    assert "suspected group rental" in alarms[0].data["message"]

    analysis = await act(hass, "analyze_usage")
    (flag,) = analysis["flags"]
    assert (flag["household"], flag["classification"], flag["period"]) == (
        "5-1-121",
        "suspected_group_rental",
        NOW,
    )
    assert flag["occupants"] == 2
    assert flag["estimated_occupants"] >= 10
    await hass.async_block_till_done()
    assert len(alarms) == 1  # once per household per month
    assert hass.states.get(f"{PREFIX}_households_flagged_for_usage").state == "1"  # type: ignore[union-attr]
    attributes = hass.states.get(f"{PREFIX}_households_flagged_for_usage").attributes  # type: ignore[union-attr]
    # Every user reads every entity: counts only, no flat (PIPL).
    assert attributes["by_classification"]["suspected_group_rental"] == 1
    assert "5-1-121" not in str(hass.states.async_all())
    power = hass.states.get(f"{PREFIX}_electricity_this_month")
    assert power is not None
    assert float(power.state) == sum(200 + n for n in range(20)) + 2392
    assert power.attributes["unit_of_measurement"] == "kWh"

    # The flat returns to normal: a corrected month replaces the old one, and the alarm closes.
    records = [{"household_id": ids["h20"], "period": NOW, "electricity_kwh": 210, "water_m3": 8.5}]
    assert (await act(hass, "import_meter_readings", records=records))["flagged"] == 0
    await hass.async_block_till_done()
    assert hass.states.get(f"{PREFIX}_households_flagged_for_usage").state == "0"  # type: ignore[union-attr]
    assert hass.states.get(f"{PREFIX}_open_alarms").state == "0"  # type: ignore[union-attr]


async def test_analysis_of_an_earlier_month(hass: HomeAssistant, config_dir: Path) -> None:
    await register(hass)
    records = [
        {"meter": f"{n + 1}", "period": period, "electricity_kwh": 200 + n, "water_m3": 8}
        for n in range(20)
        for period in ("2026-01", "2026-02")
    ] + [
        {"meter": "999", "period": p, "electricity_kwh": 1900, "water_m3": 8}
        for p in ("2026-01", "2026-02")
    ]
    await act(hass, "import_meter_readings", records=records)
    analysis = await act(hass, "analyze_usage", period="2026-02")
    assert [f["classification"] for f in analysis["flags"]] == ["suspected_workshop"]
    assert (analysis["factor"], analysis["months"]) == (3.0, 2)


@pytest.mark.parametrize(
    ("service", "data", "code"),
    [
        ("analyze_usage", {"period": "Feb 2026"}, "period_invalid"),
        ("import_meter_readings", {}, "readings_source_missing"),
        ("import_meter_readings", {"file": "../x.csv"}, "file_outside_config"),
        (
            "add_household",
            {
                "building": "1",
                "unit": "1",
                "room": "1",
                "area_m2": 50,
                "tenure": "owner",
                "electricity_meter": "12-34-ab",
            },
            "meter_address_invalid",
        ),
        (
            "add_household",
            {
                "building": "1",
                "unit": "1",
                "room": "1",
                "area_m2": 50,
                "tenure": "owner",
                "electricity_meter": "000000000001",
            },
            "meter_address_exists",
        ),
    ],
)
async def test_errors(
    hass: HomeAssistant, config_dir: Path, service: str, data: dict[str, object], code: str
) -> None:
    await register(hass)
    with pytest.raises(ServiceValidationError) as err:
        await act(hass, service, **data)
    assert err.value.translation_key == code


async def test_usage_survives_a_reload(
    hass: HomeAssistant, init_integration: MockConfigEntry
) -> None:
    ids = await register(hass)
    await act(
        hass,
        "import_meter_readings",
        records=[{"household_id": ids["h1"], "period": NOW, "electricity_kwh": 150, "water_m3": 6}],
    )
    await init_integration.runtime_data.usage._store._async_handle_write_data()
    assert await hass.config_entries.async_reload(init_integration.entry_id)
    await hass.async_block_till_done()
    assert init_integration.runtime_data.usage.usage[ids["h1"]][NOW].electricity_kwh == 150
    assert registry_of(hass).engine.household_for_meter("000000000002") == ids["h1"]


async def test_a_months_electricity_and_water_rows_add_up(
    hass: HomeAssistant, config_dir: Path
) -> None:
    """A utility export has a row per meter: the water row must not wipe the electricity."""
    ids = await register(hass)
    rows = ["meter,period,electricity_kwh,water_m3,water_cost"]
    for period in (BEFORE, NOW):
        for n in range(21):
            power, water = (2392, 60) if n == 20 else (200 + n, 8 + n / 10)
            rows.append(f"{n + 1 if n < 20 else 999:012d},{period},{power},")
            rows.append(f"7{n:03d},{period},,{water},{water * 3.3:.2f}")
    (config_dir / "readings.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    response = await act(hass, "import_meter_readings", file="readings.csv")
    assert (response["imported"], response["flagged"]) == (84, 1)
    month = _usage(hass)[ids["h20"]][NOW]
    assert (month.electricity_kwh, month.water_m3, month.water_cost) == (2392, 60, 198.0)
    # A corrected row replaces the figures it brings, and only those.
    (config_dir / "fix.csv").write_text(
        f"meter,period,electricity_kwh\n{999:012d},{NOW},2400\n", encoding="utf-8"
    )
    await act(hass, "import_meter_readings", file="fix.csv")
    month = _usage(hass)[ids["h20"]][NOW]
    assert (month.electricity_kwh, month.water_m3) == (2400, 60)
