"""Frigate on the broker: the messages Frigate 0.16 publishes when it recognises a face or a plate.

`publish_recognition` sends one recognition as Frigate does, on both topics: a
`tracked_object_update` (`type` `face` or `lpr`) and an `events` update carrying the
object's `sub_label` (a face) or `recognized_license_plate` (a plate). It blocks while
paho connects and publishes; `async_publish_recognition` runs it in a thread.
"""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any, Literal

from paho.mqtt import publish

type Kind = Literal["face", "lpr"]


def tracked_object_update(
    kind: Kind, camera: str, object_id: str, name: str, score: float, timestamp: float
) -> dict[str, Any]:
    """Return a `tracked_object_update`: `name` is the face's name, or the plate for `lpr`."""
    if kind == "face":
        return {
            "type": "face",
            "id": object_id,
            "name": name,
            "score": score,
            "camera": camera,
            "timestamp": timestamp,
        }
    return {
        "type": "lpr",
        "id": object_id,
        "name": None,  # a known plate's label in Frigate; this compound knows plates itself
        "plate": name,
        "score": score,
        "camera": camera,
        "timestamp": timestamp,
    }


def event_update(
    kind: Kind, camera: str, object_id: str, name: str, score: float, timestamp: float
) -> dict[str, Any]:
    """Return the `events` update of the same object, carrying the recognition."""
    after: dict[str, Any] = {
        "id": object_id,
        "camera": camera,
        "frame_time": timestamp,
        "start_time": timestamp - 1,
        "end_time": None,
        "label": "person" if kind == "face" else "car",
        "top_score": score,
        "false_positive": False,
        "current_zones": [],
        "entered_zones": [],
        "has_snapshot": True,
        "sub_label": [name, score] if kind == "face" else None,
        "recognized_license_plate": name if kind == "lpr" else None,
        "recognized_license_plate_score": score if kind == "lpr" else None,
    }
    return {"type": "update", "before": after | {"sub_label": None}, "after": after}


def recognition_messages(
    kind: Kind, camera: str, name: str, score: float, object_id: str, *, prefix: str = "frigate"
) -> list[tuple[str, str]]:
    """Return the (topic, payload) pairs Frigate publishes for one recognition, now."""
    now = time.time()
    return [
        (
            f"{prefix}/tracked_object_update",
            json.dumps(tracked_object_update(kind, camera, object_id, name, score, now)),
        ),
        (
            f"{prefix}/events",
            json.dumps(event_update(kind, camera, object_id, name, score, now)),
        ),
    ]


def publish_recognition(
    host: str,
    port: int,
    kind: Kind,
    camera: str,
    name: str,
    score: float,
    object_id: str,
    *,
    prefix: str = "frigate",
) -> None:
    """Publish one recognition on both of Frigate's topics (blocking)."""
    messages = recognition_messages(kind, camera, name, score, object_id, prefix=prefix)
    publish.multiple(
        [{"topic": topic, "payload": payload} for topic, payload in messages],
        hostname=host,
        port=port,
        client_id=f"sim-frigate-{object_id}",
    )


async def async_publish_recognition(
    host: str,
    port: int,
    kind: Kind,
    camera: str,
    name: str,
    score: float,
    object_id: str,
    *,
    prefix: str = "frigate",
) -> None:
    """Publish one recognition without blocking the event loop."""
    await asyncio.to_thread(
        publish_recognition, host, port, kind, camera, name, score, object_id, prefix=prefix
    )
