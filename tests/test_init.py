"""Setting a compound up, reloading and unloading it."""

from __future__ import annotations

from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.helpers import device_registry as dr
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.compound_security.const import DOMAIN

from .conftest import COMPOUND_NAME


async def test_setup_and_unload(hass: HomeAssistant, init_integration: MockConfigEntry) -> None:
    assert init_integration.state is ConfigEntryState.LOADED
    runtime = init_integration.runtime_data
    assert runtime.settings.name == COMPOUND_NAME
    assert {ap.name for ap in runtime.access_points.values()} == {"North gate", "Garage B"}

    assert await hass.config_entries.async_unload(init_integration.entry_id)
    await hass.async_block_till_done()
    assert init_integration.state is ConfigEntryState.NOT_LOADED


async def test_reload(hass: HomeAssistant, init_integration: MockConfigEntry) -> None:
    assert await hass.config_entries.async_reload(init_integration.entry_id)
    await hass.async_block_till_done()
    assert init_integration.state is ConfigEntryState.LOADED


async def test_devices_for_compound_and_access_points(
    hass: HomeAssistant, init_integration: MockConfigEntry, device_registry: dr.DeviceRegistry
) -> None:
    compound = device_registry.async_get_device_by_identifier(
        (DOMAIN, init_integration.entry_id), init_integration.entry_id
    )
    assert compound is not None
    assert compound.name == COMPOUND_NAME
    for subentry_id, subentry in init_integration.subentries.items():
        device = device_registry.async_get_device_by_identifier(
            (DOMAIN, subentry_id), init_integration.entry_id
        )
        assert device is not None
        assert device.name == subentry.title
        assert device.via_device_id == compound.id
        assert device.config_entry_id == init_integration.entry_id
        assert device.config_subentry_id == subentry_id


async def test_removing_an_access_point_removes_its_device(
    hass: HomeAssistant, init_integration: MockConfigEntry, device_registry: dr.DeviceRegistry
) -> None:
    subentry_id = next(iter(init_integration.subentries))
    assert hass.config_entries.async_remove_subentry(init_integration, subentry_id)
    await hass.async_block_till_done()
    assert (
        device_registry.async_get_device_by_identifier(
            (DOMAIN, subentry_id), init_integration.entry_id
        )
        is None
    )
    assert subentry_id not in init_integration.runtime_data.access_points
    assert init_integration.state is ConfigEntryState.LOADED


async def test_unrelated_entry_updates_do_not_reload(
    hass: HomeAssistant, init_integration: MockConfigEntry
) -> None:
    runtime = init_integration.runtime_data
    hass.config_entries.async_update_entry(init_integration, title=COMPOUND_NAME + " ")
    other = MockConfigEntry(domain=DOMAIN, title="Other", unique_id="other")
    other.add_to_hass(hass)
    hass.config_entries.async_update_entry(other, title="Other 2")
    await hass.async_block_till_done()
    assert init_integration.runtime_data is runtime
