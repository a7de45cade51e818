"""Config, options, reconfigure and access-point subentry flows."""

from __future__ import annotations

from typing import Any
from unittest.mock import AsyncMock

from homeassistant.config_entries import SOURCE_USER, ConfigSubentry
from homeassistant.const import CONF_NAME
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.compound_security.const import (
    CONF_DIRECTION,
    CONF_MIN_AREA_PER_PERSON,
    CONF_RETENTION_DAYS,
    CONF_ZONE,
    DOMAIN,
    SUBENTRY_ACCESS_POINT,
)

from .conftest import COMPOUND_NAME

GOOD = {CONF_NAME: COMPOUND_NAME, CONF_MIN_AREA_PER_PERSON: 10, CONF_RETENTION_DAYS: 180}

BAD_INPUTS = [
    ({CONF_NAME: "   "}, CONF_NAME, "name_required"),
    ({CONF_NAME: "x" * 101}, CONF_NAME, "name_too_long"),
    ({CONF_MIN_AREA_PER_PERSON: 0}, CONF_MIN_AREA_PER_PERSON, "min_area_not_positive"),
    ({CONF_RETENTION_DAYS: 90}, CONF_RETENTION_DAYS, "retention_too_short"),
    ({CONF_RETENTION_DAYS: 179}, CONF_RETENTION_DAYS, "retention_too_short"),
    ({CONF_RETENTION_DAYS: 200.5}, CONF_RETENTION_DAYS, "retention_not_whole_days"),
    ({CONF_RETENTION_DAYS: 1826}, CONF_RETENTION_DAYS, "retention_too_long"),
]


@pytest.mark.usefixtures("mock_setup_entry")
async def test_user_flow_creates_the_compound(hass: HomeAssistant) -> None:
    result = await hass.config_entries.flow.async_init(DOMAIN, context={"source": SOURCE_USER})
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "user"
    assert result["errors"] == {}

    result = await hass.config_entries.flow.async_configure(
        result["flow_id"],
        {CONF_NAME: "  漕湖花园五区 ", CONF_MIN_AREA_PER_PERSON: 12.5, CONF_RETENTION_DAYS: 365},
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["title"] == COMPOUND_NAME
    assert result["data"] == {CONF_NAME: COMPOUND_NAME}
    assert result["options"] == {CONF_MIN_AREA_PER_PERSON: 12.5, CONF_RETENTION_DAYS: 365}
    assert result["result"].unique_id == COMPOUND_NAME


@pytest.mark.usefixtures("mock_setup_entry")
async def test_user_flow_defaults(hass: HomeAssistant) -> None:
    result = await hass.config_entries.flow.async_init(DOMAIN, context={"source": SOURCE_USER})
    schema = result["data_schema"].schema
    defaults = {str(key): key.default() for key in schema if callable(key.default)}
    assert defaults == {CONF_MIN_AREA_PER_PERSON: 10.0, CONF_RETENTION_DAYS: 180}


@pytest.mark.usefixtures("mock_setup_entry")
@pytest.mark.parametrize(("change", "field", "error"), BAD_INPUTS)
async def test_user_flow_errors_then_recovers(
    hass: HomeAssistant, change: dict[str, Any], field: str, error: str
) -> None:
    result = await hass.config_entries.flow.async_init(DOMAIN, context={"source": SOURCE_USER})
    result = await hass.config_entries.flow.async_configure(result["flow_id"], GOOD | change)
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == {field: error}

    result = await hass.config_entries.flow.async_configure(result["flow_id"], GOOD)
    assert result["type"] is FlowResultType.CREATE_ENTRY


@pytest.mark.usefixtures("mock_setup_entry")
async def test_same_compound_twice_is_aborted(
    hass: HomeAssistant, mock_config_entry: MockConfigEntry
) -> None:
    mock_config_entry.add_to_hass(hass)
    result = await hass.config_entries.flow.async_init(DOMAIN, context={"source": SOURCE_USER})
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], GOOD | {CONF_NAME: f" {COMPOUND_NAME}  "}
    )
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "already_configured"


@pytest.mark.usefixtures("mock_setup_entry")
async def test_name_match_ignores_case_and_spacing(hass: HomeAssistant) -> None:
    MockConfigEntry(domain=DOMAIN, title="Caohu Garden", unique_id="caohu garden").add_to_hass(hass)
    result = await hass.config_entries.flow.async_init(DOMAIN, context={"source": SOURCE_USER})
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], GOOD | {CONF_NAME: "CAOHU   garden"}
    )
    assert result["type"] is FlowResultType.ABORT


async def test_options_flow_changes_rules_and_reloads(
    hass: HomeAssistant, init_integration: MockConfigEntry
) -> None:
    result = await hass.config_entries.options.async_init(init_integration.entry_id)
    assert result["step_id"] == "init"
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {CONF_MIN_AREA_PER_PERSON: 0, CONF_RETENTION_DAYS: 180}
    )
    assert result["errors"] == {CONF_MIN_AREA_PER_PERSON: "min_area_not_positive"}
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {CONF_MIN_AREA_PER_PERSON: 15, CONF_RETENTION_DAYS: 100}
    )
    assert result["errors"] == {CONF_RETENTION_DAYS: "retention_too_short"}
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {CONF_MIN_AREA_PER_PERSON: 15, CONF_RETENTION_DAYS: 400}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    await hass.async_block_till_done()
    assert init_integration.options == {
        CONF_MIN_AREA_PER_PERSON: 15.0,
        CONF_RETENTION_DAYS: 400,
        "usage_factor": 3.0,  # defaults of the over-usage analysis
        "usage_months": 2,
        "escalate_after": 5,
        "escalation_targets": [],
        "tenant_cards": "residence_permit",  # the Suzhou pilot's rule by default
    }
    # Reloaded: the runtime settings follow the options.
    assert init_integration.runtime_data.settings.min_area_per_person == 15.0
    assert init_integration.runtime_data.settings.retention_days == 400


async def test_reconfigure_renames_the_compound(
    hass: HomeAssistant, init_integration: MockConfigEntry
) -> None:
    result = await init_integration.start_reconfigure_flow(hass)
    assert result["step_id"] == "reconfigure"
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], GOOD | {CONF_RETENTION_DAYS: 10}
    )
    assert result["errors"] == {CONF_RETENTION_DAYS: "retention_too_short"}
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], GOOD | {CONF_NAME: "Caohu Garden Zone 5", CONF_RETENTION_DAYS: 366}
    )
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "reconfigure_successful"
    await hass.async_block_till_done()
    assert init_integration.title == "Caohu Garden Zone 5"
    assert init_integration.unique_id == "caohu garden zone 5"
    assert init_integration.data == {CONF_NAME: "Caohu Garden Zone 5"}
    assert init_integration.runtime_data.settings.retention_days == 366


async def test_reconfigure_refuses_another_compounds_name(
    hass: HomeAssistant, init_integration: MockConfigEntry
) -> None:
    MockConfigEntry(domain=DOMAIN, title="Other", unique_id="other").add_to_hass(hass)
    result = await init_integration.start_reconfigure_flow(hass)
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], GOOD | {CONF_NAME: "OTHER"}
    )
    assert result["errors"] == {CONF_NAME: "name_exists"}
    # Keeping its own name is fine.
    result = await hass.config_entries.flow.async_configure(result["flow_id"], GOOD)
    assert result["reason"] == "reconfigure_successful"
    await hass.async_block_till_done()


def _access_points(entry: MockConfigEntry) -> list[ConfigSubentry]:
    return [s for s in entry.subentries.values() if s.subentry_type == SUBENTRY_ACCESS_POINT]


async def test_add_access_point(hass: HomeAssistant, init_integration: MockConfigEntry) -> None:
    result = await hass.config_entries.subentries.async_init(
        (init_integration.entry_id, SUBENTRY_ACCESS_POINT), context={"source": SOURCE_USER}
    )
    assert result["type"] is FlowResultType.FORM
    result = await hass.config_entries.subentries.async_configure(
        result["flow_id"],
        {CONF_NAME: " 3 幢 1 单元 ", CONF_ZONE: "unit_door", CONF_DIRECTION: "in"},
    )
    assert result["step_id"] == "hardware"
    result = await hass.config_entries.subentries.async_configure(result["flow_id"], {})
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["title"] == "3 幢 1 单元"
    assert result["data"] == {CONF_ZONE: "unit_door", CONF_DIRECTION: "in"}
    await hass.async_block_till_done()
    # The new access point is live without a manual reload.
    names = {ap.name for ap in init_integration.runtime_data.access_points.values()}
    assert names == {"North gate", "Garage B", "3 幢 1 单元"}


async def test_access_point_defaults(
    hass: HomeAssistant, init_integration: MockConfigEntry
) -> None:
    result = await hass.config_entries.subentries.async_init(
        (init_integration.entry_id, SUBENTRY_ACCESS_POINT), context={"source": SOURCE_USER}
    )
    result = await hass.config_entries.subentries.async_configure(
        result["flow_id"], {CONF_NAME: "South gate"}
    )
    # Every hardware field left at its default: an access point with no hardware.
    schema = result["data_schema"]
    defaults = schema({})
    result = await hass.config_entries.subentries.async_configure(result["flow_id"], defaults)
    assert result["data"] == {CONF_ZONE: "compound_gate", CONF_DIRECTION: "both"}


@pytest.mark.parametrize(
    ("name", "error"), [("north GATE", "name_exists"), ("  ", "name_required")]
)
async def test_access_point_name_errors_then_recover(
    hass: HomeAssistant, init_integration: MockConfigEntry, name: str, error: str
) -> None:
    result = await hass.config_entries.subentries.async_init(
        (init_integration.entry_id, SUBENTRY_ACCESS_POINT), context={"source": SOURCE_USER}
    )
    data = {CONF_ZONE: "compound_gate", CONF_DIRECTION: "both"}
    result = await hass.config_entries.subentries.async_configure(
        result["flow_id"], {CONF_NAME: name, **data}
    )
    assert result["errors"] == {CONF_NAME: error}
    result = await hass.config_entries.subentries.async_configure(
        result["flow_id"], {CONF_NAME: "East gate", **data}
    )
    result = await hass.config_entries.subentries.async_configure(result["flow_id"], {})
    assert result["type"] is FlowResultType.CREATE_ENTRY


async def test_reconfigure_access_point(
    hass: HomeAssistant, init_integration: MockConfigEntry
) -> None:
    north = next(s for s in _access_points(init_integration) if s.title == "North gate")
    result = await init_integration.start_subentry_reconfigure_flow(hass, north.subentry_id)
    assert result["step_id"] == "reconfigure"
    result = await hass.config_entries.subentries.async_configure(
        result["flow_id"],
        {CONF_NAME: "Garage b", CONF_ZONE: "compound_gate", CONF_DIRECTION: "both"},
    )
    assert result["errors"] == {CONF_NAME: "name_exists"}
    result = await hass.config_entries.subentries.async_configure(
        result["flow_id"],
        {CONF_NAME: "North gate", CONF_ZONE: "compound_gate", CONF_DIRECTION: "out"},
    )
    assert result["step_id"] == "hardware"
    result = await hass.config_entries.subentries.async_configure(result["flow_id"], {})
    assert result["reason"] == "reconfigure_successful"
    await hass.async_block_till_done()
    assert init_integration.runtime_data.access_points[north.subentry_id].direction == "out"


async def test_flows_without_setup_entry_mock(
    hass: HomeAssistant, mock_setup_entry: AsyncMock
) -> None:
    """The flow never sets up more than the one entry it creates."""
    result = await hass.config_entries.flow.async_init(DOMAIN, context={"source": SOURCE_USER})
    await hass.config_entries.flow.async_configure(result["flow_id"], GOOD)
    await hass.async_block_till_done()
    assert len(mock_setup_entry.mock_calls) == 1


async def test_options_move_the_access_log_to_another_database(
    hass: HomeAssistant, init_integration: MockConfigEntry, tmp_path: Any
) -> None:
    result = await hass.config_entries.options.async_init(init_integration.entry_id)
    base = {CONF_MIN_AREA_PER_PERSON: 10, CONF_RETENTION_DAYS: 180}
    for url, error in (
        ("not a url", "db_url_invalid"),
        ("nosuchdb://x/y", "db_url_invalid"),
        ("sqlite:////nonexistent/dir/log.db", "db_unreachable"),
    ):
        result = await hass.config_entries.options.async_configure(
            result["flow_id"], base | {"db_url": url}
        )
        assert result["errors"] == {"db_url": error}, url
    url = f"sqlite:///{tmp_path / 'elsewhere.db'}"
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], base | {"db_url": url}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    await hass.async_block_till_done()
    assert init_integration.runtime_data.audit.store.url == url
    assert (tmp_path / "elsewhere.db").exists()


async def test_options_flow_fire_alarm_and_escalation_targets(
    hass: HomeAssistant, init_integration: MockConfigEntry
) -> None:
    result = await hass.config_entries.options.async_init(init_integration.entry_id)
    base = {CONF_MIN_AREA_PER_PERSON: 10, CONF_RETENTION_DAYS: 180}
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], base | {"escalation_targets": ["not a target"]}
    )
    assert result["errors"] == {"escalation_targets": "notify_target_invalid"}
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], base | {"escalation_targets": ["persistent_notification"]}
    )
    assert result["errors"] == {"escalation_targets": "notify_target_shared"}  # every user
    result = await hass.config_entries.options.async_configure(
        result["flow_id"],
        base | {"fire_alarm_entity": "binary_sensor.fire", "escalation_targets": ["guard_room"]},
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    await hass.async_block_till_done()
    assert init_integration.options["fire_alarm_entity"] == "binary_sensor.fire"
    assert init_integration.options["escalation_targets"] == ["notify.guard_room"]
