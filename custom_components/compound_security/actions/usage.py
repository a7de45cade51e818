"""Usage actions: import meter readings; run the over-usage analysis."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from homeassistant.core import ServiceResponse, SupportsResponse
from homeassistant.helpers import config_validation as cv
import probatio as vol

from ..engine.errors import RuleError
from ..engine.readings import Reading, RejectedRow, check_records, parse_csv
from ..engine.usage import parse_period
from ..imports import read_file
from ..permissions import Operation
from ..usage_tracker import flag_response
from .base import ActionCall, ActionList

MAX_REPORTED_REJECTS = 100

ACTIONS = ActionList()
declare = ACTIONS.declare


@declare(
    "import_meter_readings",
    Operation.USAGE_IMPORT,
    {
        vol.Exclusive("file", "source"): cv.string,
        vol.Exclusive("records", "source"): vol.All(
            cv.ensure_list, [dict], vol.Length(max=100_000)
        ),
    },
    SupportsResponse.OPTIONAL,
)
async def _import_meter_readings(ctx: ActionCall) -> ServiceResponse:
    engine = ctx.registry.engine
    if "file" in ctx.data:

        def _check(lines: Iterator[str]) -> tuple[list[Reading], list[RejectedRow]]:
            return check_records(parse_csv(lines), engine, 2)  # row 1 is the header

        good, rejected = await ctx.hass.async_add_executor_job(
            read_file, ctx.hass.config.config_dir, ctx.data["file"], _check
        )
    elif "records" in ctx.data:
        good, rejected = check_records(ctx.data["records"], engine, 1)
    else:
        raise RuleError("readings_source_missing")
    usage = ctx.entry.runtime_data.usage
    usage.async_add(good)
    flags = usage.async_analyze()
    response: dict[str, Any] = {
        "imported": len(good),
        "rejected": [{"row": r.row, "error": r.code} for r in rejected[:MAX_REPORTED_REJECTS]],
        "rejected_count": len(rejected),
        "flagged": len(flags),
    }
    return response


@declare(
    "analyze_usage",
    Operation.USAGE_ANALYZE,
    {vol.Optional("period"): cv.string},
    SupportsResponse.ONLY,
)
async def _analyze_usage(ctx: ActionCall) -> ServiceResponse:
    period = None
    if "period" in ctx.data:
        try:
            period = parse_period(ctx.data["period"])
        except ValueError:
            raise RuleError("period_invalid") from None
    usage = ctx.entry.runtime_data.usage
    flags = usage.async_analyze(period)
    response: dict[str, Any] = {
        "factor": usage.factor,
        "months": usage.months,
        "flags": [flag_response(flag, ctx.registry) for flag in flags],
    }
    return response
