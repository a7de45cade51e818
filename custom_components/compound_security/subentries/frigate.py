"""An access point's Frigate cameras: faces and plates they recognise, taken as credentials."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Self

from ..engine.recognition import DEFAULT_SCORE_THRESHOLD
from .camera import DEFAULT_FRIGATE_PREFIX  # the one default for every Frigate topic
from .common import present

SECTION_FRIGATE = "frigate"
CONF_FRIGATE_CAMERAS = "frigate_cameras"
CONF_FRIGATE_SCORE = "frigate_score_threshold"
CONF_FRIGATE_PREFIX = "frigate_topic_prefix"
CONF_CARD_AND_FACE = "card_and_face"


@dataclass(frozen=True, slots=True, kw_only=True)
class FrigateConfig:
    """Which Frigate cameras' faces and plates open here, how sure, and on which topics."""

    cameras: tuple[str, ...] = ()  # the camera names as Frigate's configuration spells them
    score_threshold: float = DEFAULT_SCORE_THRESHOLD
    topic_prefix: str = DEFAULT_FRIGATE_PREFIX
    card_and_face: bool = False  # a card and its holder's face within 10 s, not either

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Self | None:
        """Read the Frigate part, or None when no camera is chosen."""
        cameras = tuple(str(camera) for camera in data.get(CONF_FRIGATE_CAMERAS) or ())
        if not cameras:
            return None
        return cls(
            cameras=cameras,
            score_threshold=float(data.get(CONF_FRIGATE_SCORE) or DEFAULT_SCORE_THRESHOLD),
            topic_prefix=str(data.get(CONF_FRIGATE_PREFIX) or DEFAULT_FRIGATE_PREFIX),
            card_and_face=bool(data.get(CONF_CARD_AND_FACE)),
        )

    def to_data(self) -> dict[str, Any]:
        """Return the flat keys."""
        return {
            CONF_FRIGATE_CAMERAS: list(self.cameras),
            CONF_FRIGATE_SCORE: self.score_threshold,
            CONF_FRIGATE_PREFIX: self.topic_prefix,
        } | present({CONF_CARD_AND_FACE: self.card_and_face})

    def form_values(self) -> dict[str, Any]:
        """Return the form section's values (the defaults when there is no Frigate part)."""
        return {
            CONF_FRIGATE_CAMERAS: list(self.cameras),
            CONF_FRIGATE_SCORE: self.score_threshold,
            CONF_FRIGATE_PREFIX: self.topic_prefix,
            CONF_CARD_AND_FACE: self.card_and_face,
        }

    @property
    def topics(self) -> tuple[str, str]:
        """Return the two topics Frigate publishes recognitions on."""
        prefix = self.topic_prefix.rstrip("/")
        return f"{prefix}/tracked_object_update", f"{prefix}/events"
