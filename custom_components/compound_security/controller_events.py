"""The UDP ports where access controllers send their events, shared by the controllers.

Every controller of every compound that sends to the same port shares one socket; events
go to the link of the controller whose serial they carry. Port 0 (tests) binds a free port
of its own.
"""

from __future__ import annotations

from collections.abc import Callable

from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback
from homeassistant.util.hass_dict import HassKey

from .const import DOMAIN, LOGGER
from .transport.uhppote import ControllerEvent, EventListener

type EventHandler = Callable[[ControllerEvent], None]

HUBS_KEY: HassKey[dict[int, EventHub]] = HassKey(f"{DOMAIN}_controller_events")


class EventHub:
    """One bound event port and the controllers listening on it."""

    def __init__(self, hass: HomeAssistant, port: int) -> None:
        """Prepare to bind `port`; `async_start` binds it."""
        self.hass = hass
        self.listener = EventListener("0.0.0.0", port)  # noqa: S104 - controllers on the LAN
        self.handlers: dict[int, EventHandler] = {}

    async def async_start(self) -> None:
        """Bind the port and dispatch events until closed."""
        await self.listener.__aenter__()
        self.hass.async_create_background_task(
            self._dispatch(), f"{DOMAIN} controller events :{self.port}"
        )

    @property
    def port(self) -> int:
        """Return the bound port."""
        return self.listener.port

    async def _dispatch(self) -> None:
        async for event in self.listener:
            if (handler := self.handlers.get(event.serial)) is not None:
                try:
                    handler(event)
                except Exception:  # noqa: BLE001 - one bad event must not stop every controller's
                    LOGGER.exception(
                        "Event %s of controller %s not handled", event.index, event.serial
                    )
            else:
                LOGGER.debug("Event from controller %s, which no compound has", event.serial)


async def async_listen(
    hass: HomeAssistant, port: int, serial: int, handler: EventHandler
) -> tuple[int, CALLBACK_TYPE]:
    """Hear one controller's events on `port`; return the bound port and how to stop.

    Raises OSError when the port cannot be bound.
    """
    hubs = hass.data.setdefault(HUBS_KEY, {})
    hub = hubs.get(port) if port else None
    if hub is None:
        hub = EventHub(hass, port)
        await hub.async_start()
        hubs[hub.port] = hub
    hub.handlers[serial] = handler
    bound = hub.port

    @callback
    def _stop() -> None:
        if hub.handlers.get(serial) is handler:
            del hub.handlers[serial]
        if not hub.handlers:
            hub.listener.close()
            hubs.pop(bound, None)

    return bound, _stop
