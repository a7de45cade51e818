"""MQTT as an access point's reader (and door contact): Tasmota, ESPHome, Zigbee2MQTT.

Subscriptions wait for Home Assistant's MQTT client; if it never comes up, a repair issue
names the access point, and it is deleted once MQTT is up.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from homeassistant.components import mqtt
from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback
from homeassistant.helpers import issue_registry as ir

from .const import DOMAIN, LOGGER
from .engine.model import Credential
from .engine.settings import AccessPointSettings
from .engine.uid import CardUid
from .transport.mqtt_payloads import parse_reader_payload

type MqttReadHandler = Callable[[str, CardUid | str, Credential], Coroutine[Any, Any, object]]
type MessageHandler = Callable[[mqtt.ReceiveMessage], None]


class MqttReader:
    """Reads a networked reader publishes on a topic."""

    def __init__(self, hass: HomeAssistant, name: str, read: MqttReadHandler) -> None:
        """`read(source, uid, credential)` decides each read."""
        self.hass = hass
        self.name = name
        self._read = read

    @callback
    def on_message(self, message: mqtt.ReceiveMessage) -> None:
        """Decide one reader message (a card, a chip or a visitor's code); others are ignored."""
        parsed = parse_reader_payload(message.payload)
        if parsed is None:
            LOGGER.debug("Unreadable reader message on %s", message.topic)
            return
        read, credential = parsed
        self.hass.async_create_task(
            self._read("mqtt", read, credential), f"{DOMAIN} {self.name} mqtt", eager_start=True
        )


async def async_subscribe(
    hass: HomeAssistant,
    access_point: AccessPointSettings,
    subscriptions: list[tuple[str, MessageHandler]],
) -> list[CALLBACK_TYPE]:
    """Subscribe once the MQTT client is up; raise a repair issue if it never is."""
    issue_id = f"mqtt_unavailable_{access_point.id}"
    if not await mqtt.async_wait_for_mqtt_client(hass):
        ir.async_create_issue(
            hass,
            DOMAIN,
            issue_id,
            is_fixable=False,
            severity=ir.IssueSeverity.ERROR,
            translation_key="mqtt_unavailable",
            translation_placeholders={"access_point": access_point.name},
        )
        return []
    ir.async_delete_issue(hass, DOMAIN, issue_id)
    return [
        await mqtt.async_subscribe(hass, topic, handler, qos=0) for topic, handler in subscriptions
    ]
