"""The subentry dataclasses: what each release stored reads back, and writes back unchanged."""

from __future__ import annotations

from typing import Any

import pytest

from custom_components.compound_security.engine.routing import Route
from custom_components.compound_security.engine.settings import AccessPointSettings
from custom_components.compound_security.subentries import (
    AccessPointConfig,
    CameraConfig,
    ElevatorCamera,
    GateConfig,
    MeterBusConfig,
    NotificationRouteConfig,
)

from .test_access_point_flow import HARDWARE_KINDS

BASICS = {"zone": "unit_door", "direction": "in"}


@pytest.mark.parametrize("kind", HARDWARE_KINDS)
def test_access_point_data_round_trips(kind: str) -> None:
    data = BASICS | HARDWARE_KINDS[kind]
    assert AccessPointConfig.from_data(data).to_data() == data


def test_an_access_point_without_hardware() -> None:
    config = AccessPointConfig.from_data(BASICS)
    assert config.to_data() == BASICS
    assert config.serial_readers() == {}
    assert (config.gate, config.door, config.webhook) == (None, None, None)
    assert config.settings("ap1", "3 幢 1 单元") == AccessPointSettings(
        "ap1", "3 幢 1 单元", "unit_door", "in"
    )


def test_fields_older_releases_left_out_get_the_runtimes_defaults() -> None:
    config = AccessPointConfig.from_data(
        {
            "zone": "garage",
            "direction": "both",
            "card_reader_url": "/dev/ttyUSB0",  # before frame formats and baud rates
            "gate_mqtt_topic": "cmnd/garage/POWER1",  # before payloads
            "gate_serial_url": "/dev/ttyUSB1",
            "webhook_id": "hook",  # before secrets and the local-only switch
            "door_mqtt_topic": "zigbee2mqtt/garage_door",
        }
    )
    assert config.card_reader is not None
    assert (config.card_reader.frame_format, config.card_reader.baudrate) == ("rdm6300", 9600)
    assert config.gate == GateConfig(
        mqtt_topic="cmnd/garage/POWER1",
        mqtt_payload="ON",
        serial_url="/dev/ttyUSB1",
        pulse_seconds=1.0,
    )
    assert config.gate.serial_open_bytes == b""
    assert config.webhook is not None
    assert (config.webhook.secret, config.webhook.allow_remote) == (None, False)
    assert "webhook_secret" not in config.to_data()
    assert config.door is not None
    assert (config.door.forced_window, config.door.held_open_after) == (10.0, 60.0)


def test_relay_commands_as_bytes() -> None:
    gate = GateConfig(serial_url="/dev/ttyUSB1", serial_open="A0 01 01 A2", serial_close="A00100A1")
    assert gate.serial_open_bytes == bytes.fromhex("A00101A2")
    assert gate.serial_close_bytes == bytes.fromhex("A00100A1")


def test_meter_bus() -> None:
    data: dict[str, Any] = {
        "url": "socket://192.0.2.20:4001",
        "protocol": "cjt188_1f90",
        "baudrate": 2400,
        "parity": "E",
        "poll_interval": 3600,
        "buildings": "9，10, 11",
    }
    config = MeterBusConfig.from_data(data)
    assert config.to_data() == data
    assert config.form_values()["baudrate"] == "2400"
    assert config.building_names == ["9", "10", "11"]
    assert MeterBusConfig.from_data({"url": "/dev/ttyUSB2", "protocol": "dlt645_2007"}) == (
        MeterBusConfig(url="/dev/ttyUSB2")
    )
    assert MeterBusConfig(url="/dev/ttyUSB2").building_names == []


def test_camera() -> None:
    data: dict[str, Any] = {
        "access_points": ["ap1"],
        "public": True,
        "verify_ssl": False,
        "health_interval": 30,
        "offline_after": 2,
        "repair_hours": 24,
        "snapshot_url": "http://192.0.2.64/ISAPI/Streaming/channels/101/picture",
        "stream_url": "rtsp://192.0.2.64:554/Streaming/Channels/101",
        "username": "admin",
        "password": "pw",
    }
    assert CameraConfig.from_data(data).to_data() == data
    linked = {"camera_entity": "camera.gate", "access_points": [], "public": False}
    assert CameraConfig.from_data(linked).to_data() == linked | {  # before verify_ssl
        "verify_ssl": True,
        "health_interval": 60,
        "offline_after": 10,
        "repair_hours": 72,
    }
    assert CameraConfig.from_data(linked).form_values() == CameraConfig.from_data(linked).to_data()
    facade = data | {"isapi_events": True, "facade": "3号楼南立面"}
    assert CameraConfig.from_data(facade).to_data() == facade
    assert CameraConfig.from_data(facade).isapi_events
    assert CameraConfig.from_data(linked).elevator is None  # stored before elevator cameras


def test_elevator_camera() -> None:
    data = {
        "camera_entity": "camera.elevator_3",
        "access_points": [],
        "public": False,
        "verify_ssl": True,
        "health_interval": 60,
        "offline_after": 10,
        "repair_hours": 72,
        "elevator_building": "3",
        "frigate_camera": "elevator_3",
        "ebike_labels": ["ebike"],
        "frigate_prefix": "frigate",
    }
    config = CameraConfig.from_data(data)
    assert config.elevator == ElevatorCamera(
        building="3", frigate_camera="elevator_3", ebike_labels=("ebike",)
    )
    assert config.to_data() == data
    assert CameraConfig.from_data(data | {"frigate_camera": ""}).elevator is None
    defaults = CameraConfig.from_data(data | {"ebike_labels": [], "frigate_prefix": ""}).elevator
    assert defaults is not None
    assert (defaults.ebike_labels, defaults.frigate_prefix) == (
        ("bicycle", "motorcycle"),
        "frigate",
    )


def test_notification_route() -> None:
    data = {"kinds": ["wanted_person"], "targets": ["notify.dingtalk_police"]}
    config = NotificationRouteConfig.from_data(data)
    assert config.to_data() == config.form_values() == data
    assert config.route("Police") == Route(
        "Police", frozenset({"wanted_person"}), ("notify.dingtalk_police",)
    )
    assert NotificationRouteConfig.from_data({}).route("All").kinds == frozenset()
