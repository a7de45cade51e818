"""Each flat's months reach Home Assistant's long-term statistics (no entity per flat)."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from datetime import timedelta
from typing import Any

from homeassistant.components.recorder import Recorder
from homeassistant.components.recorder.statistics import statistics_during_period
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
    statistic_id = f"compound_security:household_{household}_electricity"
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
