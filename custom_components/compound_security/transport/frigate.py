"""Frigate's MQTT messages about recognised faces and plates (Frigate 0.16 and later).

Pure parsing; the Home Assistant layer subscribes through its `mqtt` integration.

`<prefix>/tracked_object_update` carries one recognition:
`{"type": "face", "id", "name", "score", "camera", "timestamp"}`, or for a plate
`{"type": "lpr", "id", "name", "plate", "score", "camera", "timestamp"}` (`name` is the
known-plate label, if any; the plate is `plate`). Other types (descriptions) are ignored.

`<prefix>/events` carries the tracked object, `{"type", "before", "after"}`: a person's
face as `after.sub_label` = `[name, score]`, a vehicle's plate as
`after.recognized_license_plate` with `after.recognized_license_plate_score`. A
`sub_label` on anything but a person is a known plate's label, not a face.

`parse` returns the recognitions in a message (often none), or None for a message that
is not Frigate's JSON at all (too big, not JSON, fields of the wrong kind).
"""

from __future__ import annotations

from collections.abc import Mapping
import json
import math
from typing import Any

from ..engine.recognition import Recognition, RecognitionKind

MAX_PAYLOAD = 256 * 1024  # an events message with its zones and attributes is a few KB
MAX_NAME = 100  # characters of a face name, a plate or a camera's name
UPDATE_TOPIC = "tracked_object_update"
EVENTS_TOPIC = "events"


def _text(value: Any) -> str | None:
    if not isinstance(value, str) or not value.strip() or len(value) > MAX_NAME:
        return None
    return value.strip()


def _score(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    score = float(value)
    return score if math.isfinite(score) and 0 <= score <= 1 else None


def _recognition(
    kind: RecognitionKind, camera: Any, object_id: Any, name: Any, score: Any
) -> Recognition | None:
    fields = (_text(camera), _text(object_id), _text(name), _score(score))
    if None in fields:
        return None
    return Recognition(kind, *fields)  # type: ignore[arg-type]


def _update(message: Mapping[str, Any]) -> list[Recognition]:
    kind = message.get("type")
    if kind == "face":
        found = _recognition(
            RecognitionKind.FACE,
            message.get("camera"),
            message.get("id"),
            message.get("name"),
            message.get("score"),
        )
    elif kind == "lpr":
        found = _recognition(
            RecognitionKind.PLATE,
            message.get("camera"),
            message.get("id"),
            message.get("plate"),
            message.get("score"),
        )
    else:
        return []
    return [] if found is None else [found]


def _event(message: Mapping[str, Any]) -> list[Recognition] | None:
    after = message.get("after")
    if not isinstance(after, Mapping):
        return None
    found: list[Recognition | None] = []
    camera, object_id = after.get("camera"), after.get("id")
    sub_label = after.get("sub_label")
    if (
        after.get("label", "person") == "person"
        and isinstance(sub_label, list)
        and len(sub_label) == 2  # noqa: PLR2004 (Frigate's [name, score])
    ):
        found.append(
            _recognition(RecognitionKind.FACE, camera, object_id, sub_label[0], sub_label[1])
        )
    if after.get("recognized_license_plate"):
        found.append(
            _recognition(
                RecognitionKind.PLATE,
                camera,
                object_id,
                after.get("recognized_license_plate"),
                after.get("recognized_license_plate_score"),
            )
        )
    return [recognition for recognition in found if recognition is not None]


def parse(topic_kind: str, payload: str | bytes | bytearray) -> list[Recognition] | None:
    """Return the recognitions of an `UPDATE_TOPIC` or `EVENTS_TOPIC` message."""
    if len(payload) > MAX_PAYLOAD:
        return None
    try:
        message = json.loads(payload)
    except ValueError:  # JSONDecodeError and UnicodeDecodeError alike
        return None
    if not isinstance(message, Mapping):
        return None
    if topic_kind == UPDATE_TOPIC:
        return _update(message)
    return _event(message)
