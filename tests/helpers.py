"""Helpers for driving the integration's actions in Home Assistant tests."""

from __future__ import annotations

from typing import Any

from homeassistant.config_entries import ConfigEntryState, ConfigSubentryData
from homeassistant.core import Context, HomeAssistant, SupportsResponse
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.compound_security.actions import ACTIONS
from custom_components.compound_security.const import DOMAIN
from custom_components.compound_security.engine.registry import Registry
from custom_components.compound_security.registry import HASHER_KEY, CompoundRegistry

from .engine_fixtures import make_id_number

ID_NUMBER = make_id_number("32050719800101123")
COMPOUND = "漕湖花园五区"


def compound_entry(subentries: list[ConfigSubentryData], **options: Any) -> MockConfigEntry:
    """Return the test compound's config entry with the given hardware and options."""
    return MockConfigEntry(
        domain=DOMAIN,
        title=COMPOUND,
        unique_id=COMPOUND,
        data={"name": COMPOUND},
        options={"min_area_per_person": 10.0, "retention_days": 180} | options,
        subentries_data=subentries,
    )


def with_options(entry: MockConfigEntry, **options: Any) -> MockConfigEntry:
    """Return a copy of a compound's (not yet added) config entry with more options."""
    return MockConfigEntry(
        domain=entry.domain,
        title=entry.title,
        unique_id=entry.unique_id,
        data=dict(entry.data),
        options=dict(entry.options) | options,
        subentries_data=[
            ConfigSubentryData(
                subentry_type=sub.subentry_type,
                title=sub.title,
                unique_id=sub.unique_id,
                data=dict(sub.data),
            )
            for sub in entry.subentries.values()
        ],
    )


# Ningbo's rule (安居E卡): tenants may also hold the property office's card.
NINGBO = {"tenant_cards": "residence_permit_or_property_card"}


async def act(
    hass: HomeAssistant, service: str, context: Context | None = None, **data: Any
) -> dict[str, Any]:
    """Call an action, returning its response when it has one."""
    wants = ACTIONS[service].response is not SupportsResponse.NONE
    result = await hass.services.async_call(
        DOMAIN, service, data, blocking=True, context=context, return_response=wants
    )
    return dict(result or {})


async def set_id_number(hass: HomeAssistant, person_id: str, number: str) -> None:
    """Give a person an ID number the way the console does: not through an action.

    The admin websocket command `compound_security/person/update` calls exactly this
    collection method (see test_websocket for the command itself).
    """
    await registry_of(hass).people.async_update_item(person_id, {"id_number": number})


async def registry_from_disk(hass: HomeAssistant, entry_id: str) -> CompoundRegistry:
    """Load a compound's registry afresh from storage, as a restart would."""
    registry = CompoundRegistry(hass, entry_id, Registry(hass.data[HASHER_KEY]))
    await registry.async_load()
    return registry


def registry_of(hass: HomeAssistant) -> CompoundRegistry:
    """Return the registry of the only loaded compound."""
    (entry,) = (
        entry
        for entry in hass.config_entries.async_entries(DOMAIN)
        if entry.state is ConfigEntryState.LOADED
    )
    registry: CompoundRegistry = entry.runtime_data.registry
    return registry


async def populate(hass: HomeAssistant) -> dict[str, str]:
    """Register a small compound: an owner family with an e-bike and a rental flat."""
    ids: dict[str, str] = {}
    ids["home"] = (
        await act(
            hass, "add_household", building="3", unit="1", room="502", area_m2=88, tenure="owner"
        )
    )["household_id"]
    ids["rental"] = (
        await act(
            hass, "add_household", building="3", unit="1", room="601", area_m2=25, tenure="rental"
        )
    )["household_id"]
    ids["owner"] = (
        await act(
            hass,
            "add_person",
            household_id=ids["home"],
            name="王奶奶",
            role="owner",
            phone="13800001234",
        )
    )["person_id"]
    await set_id_number(hass, ids["owner"], ID_NUMBER)
    ids["tenant"] = (
        await act(hass, "add_person", household_id=ids["rental"], name="李四", role="tenant")
    )["person_id"]
    ids["card"] = (
        await act(
            hass, "issue_card", person_id=ids["owner"], uid="0x8ec793", card_type="citizen_card"
        )
    )["card_id"]
    ids["tenant_card"] = (
        await act(
            hass,
            "issue_card",
            person_id=ids["tenant"],
            uid="0A0B0C0D",
            card_type="residence_permit",
            valid_until="2030-01-01",
        )
    )["card_id"]
    ids["bike"] = (
        await act(
            hass,
            "add_vehicle",
            person_id=ids["owner"],
            chip_uid="0xE0000001",
            kind="ebike",
            plate="苏E12345",
        )
    )["vehicle_id"]
    return ids
