"""Frigate's tracked-object events (`<prefix>/events`), as Frigate publishes them.

One message per change of a tracked object: `new` when Frigate is sure of it, `update`
as it moves (zones, scores), `end` when it leaves (with `end_time`). Each carries the
object's state `before` and `after` the change (protocols.md §4.4). The demo uses
`ride_elevator` for an e-bike taken into an elevator.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
import json
import random
import string
import time
from typing import Any, Protocol

from .frigate import Kind, recognition_messages

DEFAULT_PREFIX = "frigate"


class Publisher(Protocol):
    """What publishes a message: a paho client (`publish(topic, payload)`) or the like."""

    def publish(self, topic: str, payload: str) -> object:
        """Publish one message."""
        ...


def object_id(start_time: float, rng: random.Random | None = None) -> str:
    """Return an id as Frigate makes one: `<start_time>-<6 random characters>`."""
    chars = (rng or random.Random()).choices(string.ascii_lowercase + string.digits, k=6)
    return f"{start_time:.6f}-{''.join(chars)}"


@dataclass(slots=True)
class TrackedObject:
    """One object Frigate tracks on one camera."""

    camera: str
    label: str
    start_time: float = field(default_factory=time.time)
    object_id: str = ""
    zones: list[str] = field(default_factory=list)  # entered so far
    current_zones: list[str] = field(default_factory=list)
    score: float = 0.82
    false_positive: bool = False
    end_time: float | None = None

    def __post_init__(self) -> None:
        """Give the object its id if none was given."""
        self.object_id = self.object_id or object_id(self.start_time)

    def state(self) -> dict[str, Any]:
        """Return the object's state as an event's `before`/`after` carries it."""
        return {
            "id": self.object_id,
            "camera": self.camera,
            "frame_time": self.end_time or time.time(),
            "label": self.label,
            "sub_label": None,
            "top_score": self.score,
            "score": self.score,
            "false_positive": self.false_positive,
            "start_time": self.start_time,
            "end_time": self.end_time,
            "current_zones": list(self.current_zones),
            "entered_zones": list(self.zones),
            "has_snapshot": True,
            "has_clip": False,
            "stationary": False,
            "active": self.end_time is None,
        }


def event_message(change: str, before: dict[str, Any], after: dict[str, Any]) -> str:
    """Return an `events` payload: `change` is new, update or end."""
    return json.dumps({"type": change, "before": before, "after": after})


def publish_event(
    client: Publisher,
    tracked: TrackedObject,
    change: str,
    *,
    zones: Sequence[str] | None = None,
    prefix: str = DEFAULT_PREFIX,
) -> str:
    """Publish one change of `tracked` (optionally now in `zones`); return the payload."""
    before = tracked.state()
    if zones is not None:
        tracked.current_zones = list(zones)
        tracked.zones += [zone for zone in zones if zone not in tracked.zones]
    if change == "end":
        tracked.current_zones = []
        tracked.end_time = time.time()
    payload = event_message(change, before, tracked.state())
    client.publish(f"{prefix}/events", payload)
    return payload


def ride_elevator(
    client: Publisher,
    camera: str,
    *,
    label: str = "bicycle",
    zone: str | None = None,
    prefix: str = DEFAULT_PREFIX,
) -> TrackedObject:
    """Publish an e-bike wheeled into an elevator: new, update (in the zone), update, end."""
    ebike = TrackedObject(camera, label)
    publish_event(client, ebike, "new", prefix=prefix)
    publish_event(client, ebike, "update", zones=[zone] if zone else [], prefix=prefix)
    ebike.score = 0.91
    publish_event(client, ebike, "update", prefix=prefix)
    publish_event(client, ebike, "end", prefix=prefix)
    return ebike


class FrigateFeed:
    """Frigate's messages on the broker (a paho client in its own thread), for the demo."""

    def __init__(self, host: str, port: int, prefix: str = DEFAULT_PREFIX) -> None:
        """Connect on `start`."""
        import paho.mqtt.client as mqtt  # noqa: PLC0415 - only the running simulator needs it
        from paho.mqtt.enums import CallbackAPIVersion  # noqa: PLC0415

        self.prefix = prefix
        self._host, self._port = host, port
        self._client = mqtt.Client(CallbackAPIVersion.VERSION2, client_id="sim-frigate")

    def start(self) -> None:
        """Connect and keep the connection in paho's thread."""
        self._client.connect_async(self._host, self._port, keepalive=30)
        self._client.loop_start()

    def stop(self) -> None:
        """Disconnect."""
        self._client.disconnect()
        self._client.loop_stop()

    def publish(self, topic: str, payload: str) -> object:
        """Publish one message (a `Publisher`)."""
        return self._client.publish(topic, payload, qos=0)

    def recognise(self, kind: Kind, camera: str, name: str, score: float = 0.96) -> None:
        """Recognise a face (its name) or a plate at a camera, on both of Frigate's topics."""
        object_id = f"{time.time():.6f}-{kind}"
        for topic, payload in recognition_messages(
            kind, camera, name, score, object_id, prefix=self.prefix
        ):
            self.publish(topic, payload)

    def ride_elevator(self, camera: str) -> TrackedObject:
        """Wheel an e-bike into the elevator that `camera` (its name in Frigate) watches."""
        return ride_elevator(self, camera, prefix=self.prefix)
