"""Frigate as an access point's reader: faces and plates its cameras recognise.

Subscribes (through Home Assistant's `mqtt`) to `<prefix>/tracked_object_update` and
`<prefix>/events`. A recognition from one of the access point's cameras, at or above its
score threshold, is decided once per Frigate object (camera and object id): Frigate
repeats an object's updates, and one object seen on both topics is still one passage. A
recognition below the threshold decides nothing, so a later, surer update of the same
object still may. Unreadable messages are counted and dropped; logs never carry a
message's contents (face names and plates are personal data).
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from homeassistant.components import mqtt
from homeassistant.core import HomeAssistant, callback
from homeassistant.util import dt as dt_util

from .const import DOMAIN, LOGGER
from .engine.recognition import Recognition, RecognitionDeduper
from .subentries import FrigateConfig
from .transport.frigate import EVENTS_TOPIC, UPDATE_TOPIC, parse

type RecognitionHandler = Callable[[Recognition], Coroutine[Any, Any, object]]
type MessageHandler = Callable[[mqtt.ReceiveMessage], None]


class FrigateReader:
    """Turns Frigate's messages into recognitions for one access point."""

    def __init__(
        self, hass: HomeAssistant, name: str, config: FrigateConfig, decide: RecognitionHandler
    ) -> None:
        """`decide(recognition)` decides and acts on each new recognition."""
        self.hass = hass
        self.name = name
        self.config = config
        self.cameras = frozenset(config.cameras)
        self._decide = decide
        self.deduper = RecognitionDeduper()
        self.dropped = 0  # unreadable messages since the start

    def subscriptions(self) -> list[tuple[str, MessageHandler]]:
        """Return the two topics and their handlers."""
        updates, events = self.config.topics
        return [(updates, self.on_update), (events, self.on_event)]

    @callback
    def on_update(self, message: mqtt.ReceiveMessage) -> None:
        """Take a `tracked_object_update` message."""
        self._take(UPDATE_TOPIC, message)

    @callback
    def on_event(self, message: mqtt.ReceiveMessage) -> None:
        """Take an `events` message."""
        self._take(EVENTS_TOPIC, message)

    def _take(self, kind: str, message: mqtt.ReceiveMessage) -> None:
        recognitions = parse(kind, message.payload)
        if recognitions is None:
            self.dropped += 1
            LOGGER.debug("%s: unreadable Frigate message on %s dropped", self.name, message.topic)
            return
        now = dt_util.now()
        for recognition in recognitions:
            if (
                recognition.camera not in self.cameras
                or recognition.score < self.config.score_threshold
                or not self.deduper.first(recognition, now)
            ):
                continue
            self.hass.async_create_task(
                self._decide(recognition), f"{DOMAIN} {self.name} frigate", eager_start=True
            )
