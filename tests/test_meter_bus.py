"""Meter buses in Home Assistant: the subentry flow, polling a pty bus, booking the readings."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from freezegun.api import FrozenDateTimeFactory
from homeassistant.config_entries import SOURCE_USER, ConfigSubentryData
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType
from homeassistant.helpers import entity_registry as er
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry, async_fire_time_changed

from compound_simulator.lines import PtyLine
from compound_simulator.meters import Behaviour, MeterBusSimulator, SimulatedMeter
from custom_components.compound_security.const import DOMAIN
from custom_components.compound_security.engine.usage import MonthlyUsage, period_of

from .helpers import act, compound_entry

pytestmark = pytest.mark.usefixtures("socket_enabled")

BUS = {
    "protocol": "dlt645_2007",
    "baudrate": 2400,
    "parity": "E",
    "poll_interval": 900,
    "buildings": "3",
}


@pytest.fixture
async def meter_line(tmp_path: Path) -> Any:
    meters = [
        SimulatedMeter("000000000301", 1000.0),
        SimulatedMeter("000000000302", 2000.0),
        SimulatedMeter("000000000303", 3000.0, Behaviour.SILENT),
        SimulatedMeter("000000000901", 9000.0),  # building 9: on another bus
    ]
    simulator = MeterBusSimulator(meters)
    line = PtyLine(tmp_path / "ttyMeters", simulator.feed)
    simulator.send = line.write
    await line.start()
    yield line, simulator
    simulator.close()
    await line.stop()


def bus_entry(url: str) -> MockConfigEntry:
    return compound_entry(
        [
            ConfigSubentryData(
                subentry_type="meter_bus",
                title="Building 3 electricity",
                unique_id="building 3 electricity",
                data={"url": url} | BUS,
            )
        ]
    )


async def register_flats(hass: HomeAssistant) -> dict[str, str]:
    ids = {}
    flats = (("3", "101", 301), ("3", "102", 302), ("3", "103", 303), ("9", "101", 901))
    for building, room, meter in flats:
        household = await act(
            hass,
            "add_household",
            building=building,
            unit="1",
            room=room,
            area_m2=80,
            tenure="owner",
            electricity_meter=str(meter),
        )
        ids[f"{building}-{room}"] = household["household_id"]
    return ids


async def wait_for(condition: Any) -> None:
    async with asyncio.timeout(10):
        while not condition():  # noqa: ASYNC110  # polls state written by other tasks
            await asyncio.sleep(0.02)


def entity_id(hass: HomeAssistant, platform: str, unique_id: str) -> str:
    found = er.async_get(hass).async_get_entity_id(platform, DOMAIN, unique_id)
    assert found, unique_id
    return found


async def test_a_bus_is_polled_and_its_readings_become_usage(
    hass: HomeAssistant, meter_line: Any
) -> None:
    line, simulator = meter_line
    entry = bus_entry(line.url)
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    ids = await register_flats(hass)
    await hass.async_block_till_done()
    poller = next(iter(entry.runtime_data.meter_buses.values()))
    bus_id = poller.id
    assert set(poller.targets()) == {"000000000301", "000000000302", "000000000303"}

    # The first poll at setup ran before the flats existed; poll again on the interval.
    await wait_for(lambda: poller.last_poll is not None)
    async_fire_time_changed(hass, dt_util.utcnow() + timedelta(seconds=901))
    await wait_for(lambda: poller.last_report is not None and poller.last_report.readings)
    report = poller.last_report
    assert report is not None
    assert report.answered == 2
    connectivity = entity_id(hass, "binary_sensor", f"{bus_id}_meter_bus_connectivity")
    duration = entity_id(hass, "sensor", f"{bus_id}_last_poll_duration")
    answering = entity_id(hass, "sensor", f"{bus_id}_meters_answering")
    assert hass.states.get(connectivity).state == "on"  # type: ignore[union-attr]
    assert float(hass.states.get(duration).state) > 0  # type: ignore[union-attr]
    state = hass.states.get(answering)
    assert state is not None
    assert state.state == "2"
    assert state.attributes["meters"] == 3
    assert state.attributes["not_answering"] == {"000000000303": "timeout"}

    # The first readings are baselines; usage is what the registers moved since.
    simulator.meters["000000000301"].value += 12.5
    simulator.meters["000000000302"].value += 40.0
    await poller.async_poll()
    usage = entry.runtime_data.usage.usage
    period = period_of(dt_util.now())
    assert usage[ids["3-101"]][period] == MonthlyUsage(electricity_kwh=12.5)
    assert usage[ids["3-102"]][period] == MonthlyUsage(electricity_kwh=40.0)
    assert ids["3-103"] not in usage
    await hass.async_block_till_done()
    month = hass.states.get("sensor.cao_hu_hua_yuan_wu_qu_electricity_this_month")
    assert month is not None
    assert month.state == "52.5"

    diagnostics = poller.diagnostics()
    assert diagnostics["meters"] == 3
    assert diagnostics["errors"] == {"000000000303": "timeout"}


async def test_a_bus_that_is_gone_is_shown_offline(hass: HomeAssistant, tmp_path: Path) -> None:
    entry = bus_entry(str(tmp_path / "ttyGone"))
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    poller = next(iter(entry.runtime_data.meter_buses.values()))
    await wait_for(lambda: poller.last_report is not None)
    state = hass.states.get(entity_id(hass, "binary_sensor", f"{poller.id}_meter_bus_connectivity"))
    assert state is not None
    assert state.state == "off"
    assert state.attributes["line_error"]


async def test_meter_bus_flow(hass: HomeAssistant, meter_line: Any, tmp_path: Path) -> None:
    line, _simulator = meter_line
    water_simulator = MeterBusSimulator([SimulatedMeter("00000000000901", 5.0)], water=True)
    water = PtyLine(tmp_path / "ttyWater", water_simulator.feed)
    water_simulator.send = water.write
    await water.start()
    entry = bus_entry(line.url)
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    result = await hass.config_entries.subentries.async_init(
        (entry.entry_id, "meter_bus"), context={"source": SOURCE_USER}
    )
    assert result["step_id"] == "user"
    form = {
        "name": "Water, building 9",
        "url": str(tmp_path / "missing"),
        "protocol": "cjt188_1f90",
        "baudrate": "2400",
        "parity": "E",
        "poll_interval": 3600,
        "buildings": " 9 ",
    }
    result = await hass.config_entries.subentries.async_configure(result["flow_id"], form)
    assert result["errors"] == {"url": "bus_unavailable"}
    result = await hass.config_entries.subentries.async_configure(
        result["flow_id"], form | {"name": "Building 3 electricity", "url": line.url}
    )
    assert result["errors"] == {"name": "name_exists"}
    result = await hass.config_entries.subentries.async_configure(
        result["flow_id"], form | {"name": "  ", "url": line.url}
    )
    assert result["errors"] == {"name": "name_required"}
    result = await hass.config_entries.subentries.async_configure(
        result["flow_id"], form | {"url": water.url}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["data"] == {
        "url": water.url,
        "protocol": "cjt188_1f90",
        "baudrate": 2400,
        "parity": "E",
        "poll_interval": 3600,
        "buildings": "9",
    }
    await hass.async_block_till_done()
    water_id = next(k for k, v in entry.subentries.items() if v.title == "Water, building 9")
    assert water_id in entry.runtime_data.meter_buses  # the compound reloaded with it

    result = await entry.start_subentry_reconfigure_flow(hass, water_id)
    assert result["step_id"] == "reconfigure"
    suggested = {
        str(key): key.description["suggested_value"]
        for key in result["data_schema"].schema
        if key.description
    }
    assert suggested["baudrate"] == "2400"
    assert suggested["name"] == "Water, building 9"
    result = await hass.config_entries.subentries.async_configure(
        result["flow_id"], form | {"url": water.url, "baudrate": "9600"}
    )
    assert result["reason"] == "reconfigure_successful"
    assert entry.subentries[water_id].data["baudrate"] == 9600
    await hass.async_block_till_done()
    assert await hass.config_entries.async_unload(entry.entry_id)
    await water.stop()


async def test_cumulative_readings_across_months_rollover_and_replacement(
    hass: HomeAssistant, init_integration: MockConfigEntry, freezer: FrozenDateTimeFactory
) -> None:
    usage = init_integration.runtime_data.usage
    tz = dt_util.get_default_time_zone()
    household = (
        await act(
            hass, "add_household", building="1", unit="1", room="101", area_m2=80, tenure="owner"
        )
    )["household_id"]

    def poll(moment: datetime, value: float) -> None:
        freezer.move_to(moment)
        usage.async_add_meter_readings(
            water=False, readings=[(household, "000000000001", moment, value)]
        )

    poll(datetime(2026, 10, 31, 23, tzinfo=tz), 999_990.0)  # a baseline near the wrap
    assert household not in usage.usage
    poll(datetime(2026, 11, 1, 1, tzinfo=tz), 5.0)  # wrapped past 999,999.99
    poll(datetime(2026, 11, 1, 2, tzinfo=tz), 8.0)
    poll(datetime(2026, 11, 2, 2, tzinfo=tz), 3.0)  # a new meter counts from zero
    assert usage.usage[household]["2026-11"].electricity_kwh == 15 + 3 + 3
    assert usage._data()["meters"]["electricity:000000000001"][1] == 3.0


async def test_analysis_waits_for_whole_months(
    hass: HomeAssistant, init_integration: MockConfigEntry, freezer: FrozenDateTimeFactory
) -> None:
    """Mid-month, flags and alarms are about the last whole month, not the one being metered."""
    usage = init_integration.runtime_data.usage
    freezer.move_to("2026-11-15T12:00:00+08:00")
    households = []
    for n in range(12):
        households.append(
            (
                await act(
                    hass,
                    "add_household",
                    building="2",
                    unit="1",
                    room=str(100 + n),
                    area_m2=80,
                    tenure="owner",
                )
            )["household_id"]
        )
        await act(hass, "add_person", household_id=households[-1], name="X", role="owner")
    for period in ("2026-09", "2026-10"):
        for n, household in enumerate(households):
            usage.usage.setdefault(household, {})[period] = MonthlyUsage(
                electricity_kwh=2000 if n == 0 else 100 + n, water_m3=5 + n / 10
            )
    for household in households[1:]:  # half a month: everyone else looks "low" against flat 0
        usage.usage[household]["2026-11"] = MonthlyUsage(electricity_kwh=50)
    assert usage.async_analyze() == []  # imported months only: November is judged
    moment = dt_util.now()
    usage.async_add_meter_readings(  # a meter is counting November
        water=False, readings=[(households[0], "000000000001", moment, 20.0)]
    )
    flags = usage.async_analyze()
    assert [(f.household_id, f.period) for f in flags] == [(households[0], "2026-10")]
    assert usage.async_analyze("2026-11") == []
