"""The access point's hardware form: its defaults, what a change keeps, errors on their field."""

from __future__ import annotations

from typing import Any
from unittest.mock import patch

from homeassistant.config_entries import SOURCE_USER, ConfigSubentryData
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType, section
from homeassistant.helpers.network import NoURLAvailableError
import probatio as vol
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.compound_security.const import DOMAIN

from .helpers import COMPOUND

BASICS = {"name": "North gate", "zone": "compound_gate", "direction": "both"}

# One access point per kind of hardware, as the flow stores it.
HARDWARE_KINDS: dict[str, dict[str, Any]] = {
    "serial readers": {
        "card_reader_url": "socket://192.0.2.10:4001",
        "card_reader_frame_format": "wiegand",
        "card_reader_baudrate": 19200,
        "chip_reader_url": "/dev/ttyUSB7",
        "chip_reader_frame_format": "text_decimal24",
        "chip_reader_baudrate": 4800,
    },
    "mqtt reader": {"reader_mqtt_topic": "tele/north_gate/SENSOR"},
    "tag readers": {"tag_devices": ["esphome-pn532", "esphome-rc522"]},
    "webhook": {
        "webhook_id": "north-gate-hook",
        "webhook_secret": "s3cret-s3cret-s3cret-s3cret-s3cret-s3cret-s3c",
        "webhook_allow_remote": True,
    },
    "gate entity": {"gate_entity": "switch.north_gate_relay", "pulse_seconds": 2.5},
    "gate on mqtt": {
        "gate_mqtt_topic": "shellyplus1-a8032ab/rpc",
        "gate_mqtt_payload": '{"method": "Switch.Set", "params": {"id": 0, "on": true}}',
        "pulse_seconds": 1.0,
    },
    "serial relay": {
        "gate_serial_url": "socket://192.0.2.11:4002",
        "gate_serial_open": "A0 01 01 A2",
        "gate_serial_close": "A0 01 00 A1",
        "pulse_seconds": 0.5,
    },
    "door entity": {
        "door_entity": "binary_sensor.north_gate_door",
        "forced_window": 15.0,
        "held_open_after": 120.0,
    },
    "door on mqtt": {
        "door_mqtt_topic": "zigbee2mqtt/north_gate_door",
        "forced_window": 10.0,
        "held_open_after": 60.0,
    },
}


def as_the_frontend_fills_it(schema: vol.Schema) -> dict[str, Any]:
    """Return what the frontend submits untouched: each field's suggested value or default.

    Sections carry no default of their own, so the frontend fills each of their fields.
    """
    data: dict[str, Any] = {}
    for key, value in schema.schema.items():
        if isinstance(value, section):
            data[str(key)] = as_the_frontend_fills_it(value.schema)
        elif key.description and key.description.get("suggested_value") is not None:
            data[str(key)] = key.description["suggested_value"]
        elif key.default is not vol.UNDEFINED:
            data[str(key)] = key.default()
    return data


async def compound(hass: HomeAssistant, data: dict[str, Any] | None = None) -> MockConfigEntry:
    """Set up a compound (without its runtime) with one access point holding `data`."""
    subentries = [
        ConfigSubentryData(
            subentry_type="access_point",
            title="North gate",
            unique_id="north gate",
            data={"zone": "compound_gate", "direction": "both"} | (data or {}),
        )
    ]
    entry = MockConfigEntry(
        domain=DOMAIN,
        title=COMPOUND,
        unique_id=COMPOUND,
        data={"name": COMPOUND},
        options={"min_area_per_person": 10.0, "retention_days": 180},
        subentries_data=subentries,
    )
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    return entry


async def new_access_point(hass: HomeAssistant, entry: MockConfigEntry) -> dict[str, Any]:
    result = await hass.config_entries.subentries.async_init(
        (entry.entry_id, "access_point"), context={"source": SOURCE_USER}
    )
    return await hass.config_entries.subentries.async_configure(
        result["flow_id"], {"name": "Garage C", "zone": "garage", "direction": "in"}
    )


@pytest.mark.usefixtures("mock_setup_entry")
@pytest.mark.parametrize("kind", HARDWARE_KINDS)
async def test_changing_an_access_point_keeps_its_hardware(hass: HomeAssistant, kind: str) -> None:
    stored = {"zone": "compound_gate", "direction": "both"} | HARDWARE_KINDS[kind]
    entry = await compound(hass, stored)
    (subentry_id,) = entry.subentries
    result = await entry.start_subentry_reconfigure_flow(hass, subentry_id)
    result = await hass.config_entries.subentries.async_configure(
        result["flow_id"], as_the_frontend_fills_it(result["data_schema"])
    )
    assert result["step_id"] == "hardware"
    # Saved as the form opens: nothing is lost, nothing is probed again.
    result = await hass.config_entries.subentries.async_configure(
        result["flow_id"], as_the_frontend_fills_it(result["data_schema"])
    )
    assert result["reason"] == "reconfigure_successful"
    assert dict(entry.subentries[subentry_id].data) == stored


@pytest.mark.usefixtures("mock_setup_entry")
async def test_a_section_left_out_keeps_what_is_stored(hass: HomeAssistant) -> None:
    every_part: dict[str, Any] = {}
    for data in HARDWARE_KINDS.values():
        every_part |= data
    del every_part["gate_mqtt_topic"], every_part["gate_mqtt_payload"]
    entry = await compound(hass, every_part)
    (subentry_id,) = entry.subentries
    result = await entry.start_subentry_reconfigure_flow(hass, subentry_id)
    result = await hass.config_entries.subentries.async_configure(result["flow_id"], BASICS)
    # An automation changes the door alone.
    result = await hass.config_entries.subentries.async_configure(
        result["flow_id"], {"door": {"door_entity": "binary_sensor.other_door"}}
    )
    assert result["reason"] == "reconfigure_successful"
    expected = {"zone": "compound_gate", "direction": "both"} | every_part
    expected |= {"door_entity": "binary_sensor.other_door", "forced_window": 10.0}
    expected |= {"held_open_after": 60.0}
    del expected["door_mqtt_topic"]  # the door section was submitted without it
    assert dict(entry.subentries[subentry_id].data) == expected


@pytest.mark.usefixtures("mock_setup_entry")
async def test_the_form_opens_with_the_documented_defaults(hass: HomeAssistant) -> None:
    entry = await compound(hass)
    result = await new_access_point(hass, entry)
    shown = as_the_frontend_fills_it(result["data_schema"])
    assert shown == {
        "card_reader": {"frame_format": "rdm6300", "baudrate": 9600},
        "chip_reader": {"frame_format": "rdm6300", "baudrate": 9600},
        "network_readers": {"tag_devices": [], "webhook": False, "webhook_allow_remote": False},
        "gate": {"gate_mqtt_payload": "ON", "pulse_seconds": 1.0},
        "door": {"forced_window": 10.0, "held_open_after": 60.0},
        "frigate": {
            "frigate_cameras": [],
            "frigate_score_threshold": 0.9,
            "frigate_topic_prefix": "frigate",
            "card_and_face": False,
        },
    }
    # Saved as it opens: a door without hardware, deciding from present_credential.
    result = await hass.config_entries.subentries.async_configure(result["flow_id"], shown)
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["data"] == {"zone": "garage", "direction": "in"}


@pytest.mark.usefixtures("mock_setup_entry")
async def test_frigate_cameras_score_prefix_and_card_and_face(hass: HomeAssistant) -> None:
    entry = await compound(hass)
    result = await new_access_point(hass, entry)
    typed = as_the_frontend_fills_it(result["data_schema"])
    typed["frigate"] |= {"card_and_face": True}  # without a camera: refused
    result = await hass.config_entries.subentries.async_configure(result["flow_id"], typed)
    assert result["errors"] == {"frigate": "card_and_face_needs_cameras"}
    typed["frigate"] |= {"frigate_cameras": [" garage_c ", "garage_c"], "frigate_topic_prefix": "#"}
    result = await hass.config_entries.subentries.async_configure(result["flow_id"], typed)
    assert result["errors"] == {"frigate": "frigate_topic_prefix_invalid"}
    typed["frigate"] |= {"frigate_topic_prefix": "frigate_b/", "frigate_score_threshold": 0.85}
    result = await hass.config_entries.subentries.async_configure(result["flow_id"], typed)
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["data"] == {
        "zone": "garage",
        "direction": "in",
        "frigate_cameras": ["garage_c"],
        "frigate_score_threshold": 0.85,
        "frigate_topic_prefix": "frigate_b",
        "card_and_face": True,
    }


@pytest.mark.usefixtures("mock_setup_entry")
@pytest.mark.parametrize(
    ("gate", "error"),
    [
        ({"gate_mqtt_topic": "cmnd/garage_c/POWER1", "gate_mqtt_payload": ""}, "payload"),
        ({"gate_mqtt_topic": "cmnd/+/POWER1"}, "topic"),
        ({"gate_serial_url": "/dev/ttyUSB3"}, "serial_open"),
        ({"gate_serial_url": "/dev/ttyUSB3", "gate_serial_open": "A0 01 01 A2"}, None),
        (
            {"gate_serial_url": "/dev/ttyUSB3", "gate_serial_open": "A0", "gate_serial_close": "x"},
            "serial_close",
        ),
    ],
)
async def test_a_gate_error_names_its_field_and_keeps_what_was_typed(
    hass: HomeAssistant, gate: dict[str, Any], error: str | None
) -> None:
    entry = await compound(hass)
    result = await new_access_point(hass, entry)
    typed = as_the_frontend_fills_it(result["data_schema"])
    typed["gate"] |= gate
    typed["door"] |= {"door_entity": "binary_sensor.garage_c_door"}
    result = await hass.config_entries.subentries.async_configure(result["flow_id"], typed)
    if error is None:
        assert result["type"] is FlowResultType.CREATE_ENTRY
        return
    codes = {
        "payload": "gate_mqtt_payload_required",
        "topic": "gate_mqtt_topic_invalid",
        "serial_open": "gate_serial_open_required",
        "serial_close": "gate_serial_close_invalid",
    }
    assert result["errors"] == {"gate": codes[error]}
    assert as_the_frontend_fills_it(result["data_schema"]) == typed  # nothing wiped
    typed["gate"] = {"gate_entity": "switch.garage_c_relay", "pulse_seconds": 1.0}
    result = await hass.config_entries.subentries.async_configure(result["flow_id"], typed)
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["data"]["gate_entity"] == "switch.garage_c_relay"
    assert result["data"]["door_entity"] == "binary_sensor.garage_c_door"


@pytest.mark.usefixtures("mock_setup_entry")
async def test_a_bad_reader_topic_is_an_error_on_its_section(hass: HomeAssistant) -> None:
    entry = await compound(hass)
    result = await new_access_point(hass, entry)
    result = await hass.config_entries.subentries.async_configure(
        result["flow_id"], {"network_readers": {"reader_mqtt_topic": "tele/#/x"}}
    )
    assert result["errors"] == {"network_readers": "reader_mqtt_topic_invalid"}
    result = await hass.config_entries.subentries.async_configure(
        result["flow_id"], {"network_readers": {"reader_mqtt_topic": "tele/garage_c/SENSOR"}}
    )
    assert result["data"]["reader_mqtt_topic"] == "tele/garage_c/SENSOR"


@pytest.mark.usefixtures("mock_setup_entry")
async def test_an_older_releases_gate_topic_gets_its_payload(hass: HomeAssistant) -> None:
    """Older releases stored a topic without a payload; the runtime sent ON, and still does."""
    entry = await compound(hass, {"gate_mqtt_topic": "cmnd/north/POWER1", "pulse_seconds": 1})
    (subentry_id,) = entry.subentries
    result = await entry.start_subentry_reconfigure_flow(hass, subentry_id)
    result = await hass.config_entries.subentries.async_configure(result["flow_id"], BASICS)
    assert as_the_frontend_fills_it(result["data_schema"])["gate"] == {
        "gate_mqtt_topic": "cmnd/north/POWER1",
        "gate_mqtt_payload": "ON",
        "pulse_seconds": 1,
    }


@pytest.mark.usefixtures("mock_setup_entry")
async def test_without_a_url_for_home_assistant_the_webhook_path_is_shown(
    hass: HomeAssistant,
) -> None:
    entry = await compound(hass, HARDWARE_KINDS["webhook"])
    (subentry_id,) = entry.subentries
    with patch(
        "homeassistant.components.webhook.async_generate_url", side_effect=NoURLAvailableError
    ):
        result = await entry.start_subentry_reconfigure_flow(hass, subentry_id)
    assert result["description_placeholders"]["webhook_url"] == "/api/webhook/north-gate-hook"


@pytest.mark.usefixtures("mock_setup_entry")
async def test_a_unit_door_names_its_building_and_unit(hass: HomeAssistant) -> None:
    """A unit door lets in its own building's (and unit's) residents: the access model."""
    entry = await compound(hass)
    result = await hass.config_entries.subentries.async_init(
        (entry.entry_id, "access_point"), context={"source": SOURCE_USER}
    )
    result = await hass.config_entries.subentries.async_configure(
        result["flow_id"],
        {
            "name": "Building 3 unit 1",
            "zone": "unit_door",
            "direction": "in",
            "building": " 3 ",
            "unit": "1",
        },
    )
    result = await hass.config_entries.subentries.async_configure(
        result["flow_id"], as_the_frontend_fills_it(result["data_schema"])
    )
    assert result["data"] == {"zone": "unit_door", "direction": "in", "building": "3", "unit": "1"}
    subentry_id = next(
        key for key, sub in entry.subentries.items() if sub.title == "Building 3 unit 1"
    )
    result = await entry.start_subentry_reconfigure_flow(hass, subentry_id)
    assert as_the_frontend_fills_it(result["data_schema"])["building"] == "3"
