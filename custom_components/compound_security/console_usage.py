"""The console's usage page: flagged households, a month's totals, any flat's months.

`compound_security/usage/flagged` lists the households the over-usage analysis flags
(suspected group rental, workshop, nobody registered) with the figures behind each
verdict; `compound_security/usage/totals` gives the compound's electricity and water for
a month; `compound_security/usage/household` gives one flat's months and the long-term
statistics that chart them (Home Assistant's statistics-graph card draws them). All
need the `usage_view` row: managers and the police see every flat, residents their own.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any, Final

from homeassistant.components.websocket_api import async_register_command
from homeassistant.core import HomeAssistant, callback
import probatio as vol

from .console_command import ID, ConsoleCall, console_command, page_fields
from .engine.errors import RuleError
from .engine.usage import UsageFlag, parse_period
from .permissions import Grant, Operation, may_for_household, refusal
from .usage_tracker import UsageTracker

MONTHS_SHOWN: Final = 36  # a flat's months: three years is plenty for a chart
CHARTED: Final = (("electricity", "electricity_kwh"), ("water", "water_m3"))
PERIOD_FIELD: Final[dict[Any, Any]] = {vol.Optional("period"): vol.All(str, vol.Length(max=10))}


def _period(msg: dict[str, Any]) -> str | None:
    if "period" not in msg:
        return None
    try:
        return parse_period(msg["period"])
    except ValueError:
        raise RuleError("period_invalid") from None


def _ratio(value: float | None, median: float | None) -> float | None:
    """Return how many times the compound's median per person a flat uses."""
    return round(value / median, 1) if value is not None and median else None


def _flag_row(flag: UsageFlag, call: ConsoleCall) -> dict[str, Any]:
    household = call.registry.engine.households.get(flag.household_id)
    return asdict(flag) | {
        "classification": flag.classification.value,
        "flat": household.label if household is not None else None,
        "electricity_ratio": _ratio(flag.electricity_per_person, flag.compound_electricity_median),
        "water_ratio": _ratio(flag.water_per_person, flag.compound_water_median),
    }


def _usage(call: ConsoleCall) -> UsageTracker:
    return call.entry.runtime_data.usage


@console_command(
    "usage/flagged",
    {
        **PERIOD_FIELD,
        **page_fields(),
    },
    Operation.USAGE_VIEW,
)
async def ws_flagged(msg: dict[str, Any], call: ConsoleCall) -> dict[str, Any]:
    """Return a page of the flagged households of the latest month analysed, or of one."""
    usage = _usage(call)
    period = _period(msg)
    flags = usage.flags if period is None else usage.flags_for(period)
    if call.grant is not Grant.ALL:  # a resident: their own flat's verdict, if any
        flags = [f for f in flags if f.household_id == call.caller.household_id]
    if period is None:
        period = flags[0].period if flags else max(usage.periods(), default=None)
    page = flags[msg["offset"] : msg["offset"] + msg["limit"]]
    return {
        "period": period,
        "factor": usage.factor,
        "months": usage.months,
        "flagged": [_flag_row(flag, call) for flag in page],
        "total": len(flags),
        "offset": msg["offset"],
    }


@console_command("usage/totals", PERIOD_FIELD, Operation.USAGE_VIEW)
async def ws_totals(msg: dict[str, Any], call: ConsoleCall) -> dict[str, Any]:
    """Return the compound's electricity and water for a month (the latest by default)."""
    usage = _usage(call)
    periods = usage.periods()
    period = _period(msg) or (periods[-1] if periods else None)
    if period is None:
        return {"period": None, "electricity_kwh": None, "water_m3": None, "households": 0}
    electricity, water = usage.month_totals(period)
    return {
        "period": period,
        "electricity_kwh": electricity,
        "water_m3": water,
        "households": sum(1 for months in usage.usage.values() if period in months),
        "periods": periods[-MONTHS_SHOWN:],
    }


@console_command("usage/household", {vol.Required("household_id"): ID}, Operation.USAGE_VIEW)
async def ws_household_usage(msg: dict[str, Any], call: ConsoleCall) -> dict[str, Any]:
    """Return a flat's months of electricity and water and the statistics charting them."""
    household_id = msg["household_id"]
    if not may_for_household(call.caller, Operation.USAGE_VIEW, household_id):
        raise refusal(call.caller, Operation.USAGE_VIEW)
    household = call.registry.engine.households.get(household_id)
    if household is None:
        raise RuleError("household_not_found", household_id=household_id)
    months = sorted(_usage(call).usage.get(household_id, {}).items())[-MONTHS_SHOWN:]
    shown = [
        {
            "period": period,
            "electricity_kwh": month.electricity_kwh,
            "water_m3": month.water_m3,
            "water_cost": month.water_cost,
        }
        for period, month in months
    ]
    return {
        "household_id": household_id,
        "flat": household.label,
        "months": shown,
        "statistic_ids": {
            kind: _usage(call).statistic_id(household_id, kind)
            for kind, field in CHARTED
            if any(row[field] is not None for row in shown)
        },
    }


@callback
def async_setup_usage_websocket(hass: HomeAssistant) -> None:
    """Register the usage page's console commands."""
    async_register_command(hass, ws_flagged)
    async_register_command(hass, ws_totals)
    async_register_command(hass, ws_household_usage)
