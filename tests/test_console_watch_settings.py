"""The console's watch page (care and police watch, wanted matches) and settings page."""

from __future__ import annotations

from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import device_registry as dr
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from custom_components.compound_security.engine.model import CardType

from .console_helpers import Console, console_as, consoles
from .helpers import ID_NUMBER, act, populate, registry_of

pytestmark = pytest.mark.usefixtures("init_integration")


@pytest.fixture
async def compound(hass: HomeAssistant) -> dict[str, str]:
    """王奶奶 on the care watch (going out, her son told); 李四 on the police watch."""
    ids = await populate(hass)
    await act(
        hass,
        "set_watch",
        person_id=ids["owner"],
        level="care",
        notify=["mobile_app_son"],
        directions="out",
    )
    await act(hass, "set_watch", person_id=ids["tenant"], level="none", police=True)
    return ids


@pytest.fixture
async def roles(
    hass: HomeAssistant, hass_ws_client: WebSocketGenerator, compound: dict[str, str]
) -> dict[str, Console]:
    """Log everyone in; the resident is 王奶奶."""
    return await consoles(hass, hass_ws_client, compound["owner"])


async def test_each_role_sees_the_watch_lists_it_may(
    hass: HomeAssistant,
    hass_ws_client: WebSocketGenerator,
    compound: dict[str, str],
    roles: dict[str, Console],
) -> None:
    care = [
        {
            "person_id": compound["owner"],
            "name": "王奶奶",
            "role": "owner",
            "household_id": compound["home"],
            "flat": "3-1-502",
            "moved_out": None,
            "directions": "out",
            "notify": ["notify.mobile_app_son"],
        }
    ]
    police = [
        {
            "person_id": compound["tenant"],
            "name": "李四",
            "role": "tenant",
            "household_id": compound["rental"],
            "flat": "3-1-601",
            "moved_out": None,
            "directions": "both",
        }
    ]
    assert await roles["manager"].result("watch/list") == {"care": care, "police": police}
    assert await roles["clerk"].result("watch/list") == {"care": care, "police": None}
    assert await roles["police"].result("watch/list") == {"care": None, "police": police}
    assert await roles["resident"].result("watch/list") == {"care": care, "police": None}
    error = await roles["guard"].refused("watch/list")
    assert error["translation_placeholders"]["operation"] == "care_watch_set"
    # The watched tenant learns of no watch: neither his nor his neighbour's.
    tenant = await console_as(hass, hass_ws_client, "resident", compound["tenant"])
    assert await tenant.result("watch/list") == {"care": [], "police": None}


async def test_the_police_see_the_wanted_lists_matches(
    hass: HomeAssistant, compound: dict[str, str], roles: dict[str, Console]
) -> None:
    empty = {"listed": 0, "matches": [], "job": None}
    assert await roles["police"].result("wanted/matches") == empty
    job = await roles["police"].result("wanted/import", numbers=[ID_NUMBER])
    await hass.async_block_till_done(wait_background_tasks=True)
    # The upload's progress, for the page to poll (police get no progress events).
    progress = await roles["police"].result("wanted/matches", job_id=job["job_id"])
    assert progress["job"] == {
        "job_id": job["job_id"],
        "done": 1,
        "total": 1,
        "finished": True,
        "added": 1,
        "matched": 1,
    }
    for role in ("police", "manager"):
        found = await roles[role].result("wanted/matches")
        assert found["listed"] == 1
        assert [(m["name"], m["flat"]) for m in found["matches"]] == [("王奶奶", "3-1-502")]
        assert ID_NUMBER not in str(found)
    for role in ("clerk", "guard", "resident"):
        await roles[role].refused("wanted/matches")


async def test_a_manager_sees_the_hardware_with_links(
    hass: HomeAssistant, init_integration: MockConfigEntry, roles: dict[str, Console]
) -> None:
    settings = await roles["manager"].result("settings/get")
    assert settings["tenant_cards"] == "residence_permit"
    assert settings["tenant_card_options"] == [
        "residence_permit",
        "residence_permit_or_property_card",
    ]
    assert [(h["subentry_type"], h["title"]) for h in settings["hardware"]] == [
        ("access_point", "Garage B"),
        ("access_point", "North gate"),
    ]
    devices = dr.async_get(hass)
    for item in settings["hardware"]:
        device = devices.async_get(item["device_id"])
        assert device is not None
        assert device.name == item["title"]
    assert "camera" in settings["subentry_types"]
    assert settings["integration_path"] == (
        f"/config/integrations/integration/compound_security?config_entry={init_integration.entry_id}"
    )


async def test_the_tenant_card_policy_changes_at_once_without_a_reload(
    hass: HomeAssistant,
    init_integration: MockConfigEntry,
    compound: dict[str, str],
    roles: dict[str, Console],
) -> None:
    runtime = init_integration.runtime_data
    with pytest.raises(ServiceValidationError):
        await act(
            hass, "issue_card", person_id=compound["tenant"], uid="0x51", card_type="property_card"
        )
    changed = await roles["manager"].result(
        "settings/set", tenant_cards="residence_permit_or_property_card"
    )
    assert changed["tenant_cards"] == "residence_permit_or_property_card"
    assert init_integration.options["tenant_cards"] == "residence_permit_or_property_card"
    assert init_integration.options["retention_days"] == 180  # the other options stay
    await hass.async_block_till_done()
    assert init_integration.state is ConfigEntryState.LOADED
    assert init_integration.runtime_data is runtime  # not reloaded
    assert CardType.PROPERTY_CARD in registry_of(hass).engine.tenant_card_types
    await act(
        hass, "issue_card", person_id=compound["tenant"], uid="0x51", card_type="property_card"
    )
    # Back to 居住证 only: the page says one tenant's card is now outside the policy.
    back = await roles["manager"].result("settings/set", tenant_cards="residence_permit")
    assert back["tenant_cards_outside_policy"] == 1
    wrong = await roles["manager"].ask("settings/set", tenant_cards="any_card")
    assert wrong["error"]["code"] == "invalid_format"


@pytest.mark.parametrize("role", ["clerk", "guard", "police", "resident"])
async def test_only_managers_change_settings(roles: dict[str, Console], role: str) -> None:
    for command, data in (
        ("settings/get", {}),
        ("settings/set", {"tenant_cards": "residence_permit"}),
    ):
        error = await roles[role].refused(command, **data)
        assert error["translation_placeholders"]["operation"] == "settings"
