"""What the demo enters in Compound Security's forms for the simulated hardware."""

from __future__ import annotations

from typing import Any


def access_point_hardware(ap: dict[str, Any]) -> dict[str, Any]:
    """Return an access point's hardware step: its readers, relay and contact, if it has any.

    An access point wired to an access controller has none of its own (the board has them).
    """
    if "card_reader_url" not in ap:
        return {}
    reader = {"frame_format": ap["card_reader_frame_format"], "baudrate": 9600}
    hardware: dict[str, Any] = {
        "card_reader": reader | {"url": ap["card_reader_url"]},
        "gate": {
            "gate_mqtt_topic": ap["gate_mqtt_topic"],
            "gate_mqtt_payload": ap["gate_mqtt_payload"],
            "pulse_seconds": 1,
        },
        "door": {
            "door_mqtt_topic": ap["door_mqtt_topic"],
            "forced_window": 10,
            "held_open_after": 60,
        },
    }
    if "chip_reader_url" in ap:
        hardware["chip_reader"] = reader | {"url": ap["chip_reader_url"]}
    if camera := ap.get("frigate_camera"):  # faces and plates from Frigate
        hardware["frigate"] = {
            "frigate_cameras": [camera],
            "frigate_score_threshold": 0.9,
            "frigate_topic_prefix": "frigate",
        }
    return hardware


def camera_step(camera: dict[str, Any], ap_ids: dict[str, str]) -> dict[str, Any]:
    """Return the camera form: a snapshot URL, or a Hikvision façade camera's ISAPI one.

    A façade camera subscribes to its ISAPI alert stream (高空抛物); an elevator camera is
    watched through Frigate's events for e-bikes.
    """
    step: dict[str, Any] = {
        "name": camera["name"],
        "snapshot_url": camera["snapshot_url"],
        "access_points": [ap_ids[name] for name in camera["access_points"]],
        "public": camera["public"],
        "health_interval": 30,
        "offline_after": 2,
        "repair_hours": 72,
    }
    if camera.get("facade"):
        username, password = camera["isapi_login"]
        step |= {
            "snapshot_url": camera["isapi_snapshot_url"],
            "username": username,
            "password": password,
            "isapi_events": True,
            "facade": camera["facade"],
        }
    if camera.get("elevator_building"):
        step |= {
            "elevator_building": camera["elevator_building"],
            "frigate_camera": camera["frigate_camera"],
        }
    return step
