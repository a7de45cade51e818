"""The access point form's Frigate section: cameras, score threshold, topics, card + face."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from homeassistant.components import mqtt
from homeassistant.data_entry_flow import section
from homeassistant.helpers.selector import (
    BooleanSelector,
    NumberSelector,
    NumberSelectorConfig,
    NumberSelectorMode,
    SelectSelector,
    SelectSelectorConfig,
    SelectSelectorMode,
    TextSelector,
)
import probatio as vol

from .engine.recognition import DEFAULT_SCORE_THRESHOLD
from .subentries import DEFAULT_FRIGATE_PREFIX, SECTION_FRIGATE, FrigateConfig
from .subentries.frigate import (
    CONF_CARD_AND_FACE,
    CONF_FRIGATE_CAMERAS,
    CONF_FRIGATE_PREFIX,
    CONF_FRIGATE_SCORE,
)

FRIGATE_SECTION: dict[Any, Any] = {
    vol.Optional(SECTION_FRIGATE): section(
        vol.Schema(
            {
                # Free text: Frigate's camera names, which Home Assistant does not list.
                vol.Optional(CONF_FRIGATE_CAMERAS, default=[]): SelectSelector(
                    SelectSelectorConfig(
                        options=[], multiple=True, custom_value=True, mode=SelectSelectorMode.LIST
                    )
                ),
                vol.Optional(CONF_FRIGATE_SCORE, default=DEFAULT_SCORE_THRESHOLD): NumberSelector(
                    NumberSelectorConfig(min=0.5, max=1, step=0.01, mode=NumberSelectorMode.BOX)
                ),
                vol.Optional(CONF_FRIGATE_PREFIX, default=DEFAULT_FRIGATE_PREFIX): TextSelector(),
                vol.Optional(CONF_CARD_AND_FACE, default=False): BooleanSelector(),
            }
        ),
        {"collapsed": True},
    )
}


def parse_frigate(values: Mapping[str, Any], errors: dict[str, str]) -> FrigateConfig | None:
    """Read the Frigate section, or None when no camera is chosen."""
    cameras = tuple(
        dict.fromkeys(
            name for c in values.get(CONF_FRIGATE_CAMERAS) or () if (name := str(c).strip())
        )
    )
    if not cameras:
        if values.get(CONF_CARD_AND_FACE):
            errors[SECTION_FRIGATE] = "card_and_face_needs_cameras"
        return None
    config = FrigateConfig(
        cameras=cameras,
        score_threshold=float(values.get(CONF_FRIGATE_SCORE, DEFAULT_SCORE_THRESHOLD)),
        topic_prefix=str(values.get(CONF_FRIGATE_PREFIX) or "").strip().rstrip("/")
        or DEFAULT_FRIGATE_PREFIX,
        card_and_face=bool(values.get(CONF_CARD_AND_FACE)),
    )
    try:
        for topic in config.topics:
            mqtt.valid_subscribe_topic(topic)
    except vol.Invalid:
        errors[SECTION_FRIGATE] = "frigate_topic_prefix_invalid"
    return config
