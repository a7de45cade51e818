"""Compound Security: access control, watch list and usage checks for a residential compound."""

from __future__ import annotations

from homeassistant.config_entries import SIGNAL_CONFIG_ENTRY_CHANGED, ConfigEntryChange
from homeassistant.const import Platform
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers import device_registry as dr
from homeassistant.helpers.dispatcher import async_dispatcher_connect

from .const import DOMAIN, MANUFACTURER
from .data import (
    CompoundSecurityConfigEntry,
    CompoundSecurityData,
    access_points_from_entry,
    settings_from_entry,
)

PLATFORMS: list[Platform] = []


async def async_setup_entry(hass: HomeAssistant, entry: CompoundSecurityConfigEntry) -> bool:
    """Set up a compound from its config entry."""
    entry.runtime_data = CompoundSecurityData(
        settings=settings_from_entry(entry),
        access_points=access_points_from_entry(entry),
    )
    _async_register_devices(hass, entry)
    _async_reload_when_subentries_change(hass, entry)
    await hass.config_entries.async_forward_entry_setups(entry, PLATFORMS)
    return True


async def async_unload_entry(hass: HomeAssistant, entry: CompoundSecurityConfigEntry) -> bool:
    """Unload a compound."""
    return await hass.config_entries.async_unload_platforms(entry, PLATFORMS)


@callback
def _async_register_devices(hass: HomeAssistant, entry: CompoundSecurityConfigEntry) -> None:
    """Create the compound's device and one device per access point."""
    device_registry = dr.async_get(hass)
    compound = device_registry.async_get_or_create(
        config_entry_id=entry.entry_id,
        identifiers={(DOMAIN, entry.entry_id)},
        manufacturer=MANUFACTURER,
        model="Compound",
        name=entry.title,
        entry_type=dr.DeviceEntryType.SERVICE,
    )
    for access_point in entry.runtime_data.access_points.values():
        device_registry.async_get_or_create(
            config_entry_id=entry.entry_id,
            config_subentry_id=access_point.id,
            identifiers={(DOMAIN, access_point.id)},
            manufacturer=MANUFACTURER,
            model="Access point",
            model_id=access_point.zone,
            name=access_point.name,
            via_device_id=compound.id,
        )


@callback
def _async_reload_when_subentries_change(
    hass: HomeAssistant, entry: CompoundSecurityConfigEntry
) -> None:
    """Reload when an access point is added or removed.

    Subentry reconfiguration and the options flow reload by themselves; adding or
    removing a subentry does not, and an update listener would clash with them.
    """
    loaded_subentries = set(entry.subentries)

    @callback
    def _on_entry_changed(change: ConfigEntryChange, changed: object) -> None:
        if (
            change is ConfigEntryChange.UPDATED
            and changed is entry
            and set(entry.subentries) != loaded_subentries
        ):
            hass.config_entries.async_schedule_reload(entry.entry_id)

    entry.async_on_unload(
        async_dispatcher_connect(hass, SIGNAL_CONFIG_ENTRY_CHANGED, _on_entry_changed)
    )
