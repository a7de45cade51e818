"""Each flat's months reach Home Assistant's long-term statistics (no entity per flat)."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from datetime import UTC, datetime, timedelta
from typing import Any

from homeassistant.components.recorder import Recorder
from homeassistant.components.recorder.models import (
    StatisticData,
    StatisticMeanType,
    StatisticMetaData,
)
from homeassistant.components.recorder.statistics import (
    async_add_external_statistics,
    async_list_statistic_ids,
    statistics_during_period,
)
from homeassistant.core import HomeAssistant
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.components.recorder.common import (
    async_wait_recording_done,
)

from .helpers import act


# The recorder must be set up before Home Assistant: these override conftest's autouse
# fixtures (which need `hass`) so that `recorder_mock` comes first.
@pytest.fixture(autouse=True)
def auto_enable_custom_integrations(
    recorder_mock: Recorder, enable_custom_integrations: None
) -> None:
    """Let Home Assistant load our integration, after the recorder."""


@pytest.fixture(autouse=True)
async def settle(recorder_mock: Recorder, hass: HomeAssistant) -> AsyncGenerator[None]:
    """Let reloads finish before Home Assistant stops."""
    yield
    await hass.async_block_till_done()


async def test_months_become_external_statistics(
    recorder_mock: Recorder, hass: HomeAssistant, mock_config_entry: MockConfigEntry
) -> None:
    mock_config_entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(mock_config_entry.entry_id)
    await hass.async_block_till_done()
    household = (
        await act(
            hass, "add_household", building="5", unit="1", room="101", area_m2=90, tenure="owner"
        )
    )["household_id"]
    records = [
        {"household_id": household, "period": "2026-09", "electricity_kwh": 200, "water_m3": 8},
        {"household_id": household, "period": "2026-10", "electricity_kwh": 250, "water_m3": 9},
    ]
    await act(hass, "import_meter_readings", records=records)
    await async_wait_recording_done(hass)
    statistic_id = mock_config_entry.runtime_data.usage.statistic_id(household, "electricity")
    assert household not in statistic_id  # every user reads long-term statistics
    start = dt_util.as_utc(dt_util.parse_datetime("2026-08-01T00:00:00+08:00"))  # type: ignore[arg-type]
    found: dict[str, list[dict[str, Any]]] = await recorder_mock.async_add_executor_job(
        statistics_during_period,
        hass,
        start,
        start + timedelta(days=120),
        {statistic_id},
        "month",
        None,
        {"state", "sum"},
    )
    assert [(row["state"], row["sum"]) for row in found[statistic_id]] == [(200, 200), (250, 450)]


async def test_statistics_of_older_releases_move_to_ids_that_name_no_flat(
    recorder_mock: Recorder,
    hass: HomeAssistant,
    mock_config_entry: MockConfigEntry,
    hass_storage: dict[str, Any],
) -> None:
    household = "0a1b2c3d4e5f"
    old = f"compound_security:household_{household}_electricity"
    month = StatisticData(
        start=dt_util.as_utc(datetime(2026, 9, 1, tzinfo=UTC)), state=200, sum=200
    )
    async_add_external_statistics(
        hass,
        StatisticMetaData(
            mean_type=StatisticMeanType.NONE,
            has_sum=True,
            name="5-1-101 electricity",
            source="compound_security",
            statistic_id=old,
            unit_class="energy",
            unit_of_measurement="kWh",
        ),
        [month],
    )
    await async_wait_recording_done(hass)
    key = f"compound_security.{mock_config_entry.entry_id}.usage"
    hass_storage[key] = {
        "version": 1,
        "minor_version": 1,
        "key": key,
        "data": {"usage": {household: {"2026-09": [200, None, None]}}},
    }
    mock_config_entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(mock_config_entry.entry_id)
    await hass.async_block_till_done()
    await async_wait_recording_done(hass)
    listed = await async_list_statistic_ids(hass)
    ours = [row for row in listed if row["source"] == "compound_security"]
    new = mock_config_entry.runtime_data.usage.statistic_id(household, "electricity")
    assert [row["statistic_id"] for row in ours] == [new]
    assert household not in str(ours)
    assert "5-1-101" not in str(ours)
