"""Home Assistant tags as an access point's reader (`tag_scanned` from chosen devices).

Only scans a chosen device makes count: never one a user fired (REST, websocket, a
phone's app), and no more than `TAG_RATE` a second per device.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine, Iterable
import time
from typing import Any

from homeassistant.core import CALLBACK_TYPE, Event, EventOrigin, HomeAssistant, callback

from .const import DOMAIN, LOGGER
from .engine.errors import RuleError
from .engine.model import Credential
from .engine.throttle import RateLimiter
from .engine.uid import CardUid, parse_uid

TAG_RATE = 5  # scans per second per tag reader; a flood beyond that is ignored

type TagReadHandler = Callable[[str, CardUid, Credential], Coroutine[Any, Any, object]]


class TagReader:
    """Cards scanned by the access point's chosen tag devices (e.g. an ESPHome PN532)."""

    def __init__(
        self, hass: HomeAssistant, name: str, devices: Iterable[str], read: TagReadHandler
    ) -> None:
        """Listen to `devices` only; `read(source, uid, credential)` decides each scan."""
        self.hass = hass
        self.name = name
        self.devices = frozenset(devices)
        self._read = read
        self._rate = RateLimiter(TAG_RATE)

    @callback
    def async_start(self) -> CALLBACK_TYPE:
        """Follow `tag_scanned`; return what stops it."""
        return self.hass.bus.async_listen("tag_scanned", self._on_tag)

    @callback
    def _on_tag(self, event: Event[dict[str, Any]]) -> None:
        device_id = event.data.get("device_id")
        if device_id not in self.devices:
            return
        if event.context.user_id is not None or event.origin is EventOrigin.remote:
            return  # a user fired it (REST, websocket, a phone's app): not this reader's scan
        if not self._rate.allow(str(device_id), time.monotonic()):
            return
        try:
            uid = parse_uid(str(event.data.get("tag_id", "")))
        except RuleError:
            LOGGER.debug("Tag %s is not a card number", event.data.get("tag_id"))
            return
        self.hass.async_create_task(
            self._read(f"tag {device_id}", uid, Credential.CARD),
            f"{DOMAIN} {self.name} tag",
            eager_start=True,
        )
