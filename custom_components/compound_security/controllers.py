"""A compound's access controllers: built from their subentries, started, and stopped."""

from __future__ import annotations

from typing import TYPE_CHECKING

from homeassistant.const import EVENT_HOMEASSISTANT_STOP
from homeassistant.core import Event, HomeAssistant

from .const import LOGGER, SUBENTRY_ACCESS_CONTROLLER
from .controller_backfill import EventMarks
from .controller_door import ControllerDoorActuator
from .controller_link import ControllerLink
from .subentries import AccessControllerConfig

if TYPE_CHECKING:
    from .controller import CompoundController
    from .coordinator import CompoundSecurityConfigEntry
    from .hardware import AccessPointHardware
    from .registry import CompoundRegistry
    from .visitor_passes import VisitorPasses


def controller_links(
    hass: HomeAssistant, entry: CompoundSecurityConfigEntry
) -> dict[str, ControllerLink]:
    """Return a link per access controller subentry (not connected yet)."""
    return {
        subentry_id: ControllerLink(
            hass, entry, subentry_id, subentry.title, AccessControllerConfig.from_subentry(subentry)
        )
        for subentry_id, subentry in entry.subentries.items()
        if subentry.subentry_type == SUBENTRY_ACCESS_CONTROLLER
    }


def door_actuator(
    links: dict[str, ControllerLink], access_point_id: str
) -> ControllerDoorActuator | None:
    """Return the controller door an access point is, if it is one."""
    for link in links.values():
        if (actuator := link.actuators.get(access_point_id)) is not None:
            return actuator
    return None


async def async_start_controllers(
    hass: HomeAssistant,
    entry: CompoundSecurityConfigEntry,
    links: dict[str, ControllerLink],
    hardware: dict[str, AccessPointHardware],
    compound: CompoundController,
    registry: CompoundRegistry,
    visitors: VisitorPasses,
) -> None:
    """Start every link; a clean stop of Home Assistant gives decisions back to them."""
    if not links:
        return
    marks = EventMarks(hass, entry.entry_id)
    await marks.async_load()
    for link in links.values():
        link.attach(hardware, compound, registry, visitors, marks)
        try:
            await link.async_start()
        except OSError as err:  # the event port is taken: the controller decides alone
            LOGGER.error("%s: cannot listen for its events: %s", link.title, err)

    async def _stop_all(_event: Event | None = None) -> None:
        for link in links.values():
            await link.async_stop()

    entry.async_on_unload(hass.bus.async_listen_once(EVENT_HOMEASSISTANT_STOP, _stop_all))


async def async_stop_controllers(links: dict[str, ControllerLink]) -> None:
    """Stop every link (unloading the compound): PC control off, read marks saved."""
    for link in links.values():
        await link.async_stop()
