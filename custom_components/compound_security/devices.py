"""The devices of a compound: the compound itself, and one per piece of its hardware."""

from __future__ import annotations

from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers import device_registry as dr

from .const import DOMAIN, MANUFACTURER
from .coordinator import CompoundSecurityConfigEntry


@callback
def async_register_devices(hass: HomeAssistant, entry: CompoundSecurityConfigEntry) -> None:
    """Create the compound's device and one per access point, camera and meter bus."""
    device_registry = dr.async_get(hass)
    compound = device_registry.async_get_or_create(
        config_entry_id=entry.entry_id,
        identifiers={(DOMAIN, entry.entry_id)},
        manufacturer=MANUFACTURER,
        model="Compound",
        name=entry.title,
        entry_type=dr.DeviceEntryType.SERVICE,
    )
    data = entry.runtime_data
    devices = [  # (subentry id, model, model id, name)
        *((ap.id, "Access point", ap.zone, ap.name) for ap in data.access_points.values()),
        *(
            (c.id, "Camera", "linked" if c.linked_entity else "snapshot URL", c.name)
            for c in data.cameras.values()
        ),
        *((b.id, "Meter bus", b.protocol.value, b.name) for b in data.meter_buses.values()),
        *((c.id, "Access controller", "UHPPOTE", c.title) for c in data.controllers.values()),
    ]
    for subentry_id, model, model_id, name in devices:
        device_registry.async_get_or_create(
            config_entry_id=entry.entry_id,
            config_subentry_id=subentry_id,
            identifiers={(DOMAIN, subentry_id)},
            manufacturer=MANUFACTURER,
            model=model,
            model_id=model_id,
            name=name,
            via_device_id=compound.id,
        )
