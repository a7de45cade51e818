"""The console's usage page: flagged households with figures, totals, a flat's months."""

from __future__ import annotations

import re

from homeassistant.core import HomeAssistant
import pytest
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from .console_helpers import Console, consoles
from .helpers import act, registry_of
from .test_usage import BEFORE, NOW, register

pytestmark = pytest.mark.usefixtures("init_integration")


@pytest.fixture
async def flats(hass: HomeAssistant) -> dict[str, str]:
    """Twenty ordinary flats and one rental flat (5-1-121) using ten times as much."""
    ids = await register(hass)
    records = [
        {"meter": f"{n + 1}", "period": period, "electricity_kwh": 200 + n, "water_m3": 8}
        for n in range(20)
        for period in (BEFORE, NOW)
    ] + [
        {"meter": "999", "period": period, "electricity_kwh": 2392, "water_m3": 60}
        for period in (BEFORE, NOW)
    ]
    await act(hass, "import_meter_readings", records=records)
    return ids


@pytest.fixture
async def roles(
    hass: HomeAssistant, hass_ws_client: WebSocketGenerator, flats: dict[str, str]
) -> dict[str, Console]:
    """Log everyone in; the resident lives in an ordinary flat (5-1-101)."""
    resident = registry_of(hass).engine.people_of(flats["h0"])[0]
    return await consoles(hass, hass_ws_client, resident.id)


async def test_the_police_see_the_group_rental_with_its_figures(
    flats: dict[str, str], roles: dict[str, Console]
) -> None:
    for role in ("police", "manager"):
        flagged = await roles[role].result("usage/flagged")
        assert (flagged["period"], flagged["total"], flagged["factor"]) == (NOW, 1, 3.0)
        (flag,) = flagged["flagged"]
        assert flag["household_id"] == flats["h20"]
        assert flag["flat"] == "5-1-121"
        assert flag["classification"] == "suspected_group_rental"
        assert (flag["electricity_kwh"], flag["water_m3"], flag["occupants"]) == (2392, 60, 2)
        assert flag["compound_electricity_median"] is not None
        assert flag["electricity_ratio"] > 10  # 1,196 kWh a head against ~105
        assert flag["water_ratio"] > 5
    # The month before had no month before it: nothing was high two months running.
    earlier = await roles["police"].result("usage/flagged", period=BEFORE)
    assert (earlier["period"], earlier["total"], earlier["flagged"]) == (BEFORE, 0, [])
    empty_page = await roles["police"].result("usage/flagged", offset=1)
    assert (empty_page["total"], empty_page["flagged"]) == (1, [])
    bad = await roles["police"].ask("usage/flagged", period="May")
    assert bad["error"]["translation_key"] == "period_invalid"


async def test_the_months_totals(roles: dict[str, Console]) -> None:
    totals = await roles["police"].result("usage/totals", period=NOW)
    assert totals["electricity_kwh"] == sum(200 + n for n in range(20)) + 2392
    assert totals["water_m3"] == 20 * 8 + 60
    assert totals["households"] == 21
    assert totals["periods"] == [BEFORE, NOW]
    latest = await roles["manager"].result("usage/totals")
    assert latest["period"] == NOW


async def test_any_flats_months_with_the_statistics_that_chart_them(
    flats: dict[str, str], roles: dict[str, Console]
) -> None:
    months = await roles["police"].result("usage/household", household_id=flats["h20"])
    assert months["flat"] == "5-1-121"
    assert [(m["period"], m["electricity_kwh"]) for m in months["months"]] == [
        (BEFORE, 2392),
        (NOW, 2392),
    ]
    charted = months["statistic_ids"]
    assert set(charted) == {"electricity", "water"}
    for kind, statistic in charted.items():  # opaque: every user reads statistics
        assert re.fullmatch(rf"compound_security:usage_[0-9a-f]{{16}}_{kind}", statistic)
    again = await roles["police"].result("usage/household", household_id=flats["h20"])
    assert again["statistic_ids"] == charted
    missing = await roles["police"].ask("usage/household", household_id="nope")
    assert missing["error"]["translation_key"] == "household_not_found"


async def test_a_resident_sees_their_own_flat_only(
    flats: dict[str, str], roles: dict[str, Console]
) -> None:
    resident = roles["resident"]
    mine = await resident.result("usage/household", household_id=flats["h0"])
    assert [m["electricity_kwh"] for m in mine["months"]] == [200, 200]
    await resident.refused("usage/household", household_id=flats["h20"])
    assert (await resident.result("usage/flagged"))["flagged"] == []  # not someone else's


@pytest.mark.parametrize("role", ["clerk", "guard"])
@pytest.mark.parametrize("command", ["usage/flagged", "usage/totals", "usage/household"])
async def test_clerks_and_guards_see_no_usage(
    flats: dict[str, str], roles: dict[str, Console], role: str, command: str
) -> None:
    data = {"household_id": flats["h0"]} if command == "usage/household" else {}
    error = await roles[role].refused(command, **data)
    assert error["translation_placeholders"]["operation"] == "usage_view"
