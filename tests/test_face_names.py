"""Linking a person to their Frigate face: staff with card rights only, never by action."""

from __future__ import annotations

from homeassistant.core import HomeAssistant
import probatio as vol
import pytest
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from custom_components.compound_security.roles import StaffRole

from .helpers import act, populate, registry_of
from .test_roles import _ask, _client, _staff

pytestmark = pytest.mark.usefixtures("hass_owner_user", "init_integration")
UPDATE = "compound_security/person/update"


async def test_a_clerk_links_and_clears_a_face_others_may_not(
    hass: HomeAssistant, hass_ws_client: WebSocketGenerator
) -> None:
    ids = await populate(hass)
    clerk = await _client(hass, hass_ws_client, await _staff(hass, StaffRole.CLERK))
    linked = await _ask(clerk, type=UPDATE, person_id=ids["owner"], face_name="wang_nainai")
    assert linked["success"], linked
    engine = registry_of(hass).engine
    assert engine.find_face("Wang_Nainai") is engine.people[ids["owner"]]

    taken = await _ask(clerk, type=UPDATE, person_id=ids["tenant"], face_name="WANG_NAINAI")
    assert "face_name_exists" in str(taken["error"]), taken

    # Police edit tenants of rental flats, but a face opens gates: card rights only.
    police = await _client(hass, hass_ws_client, await _staff(hass, StaffRole.POLICE, "Officer"))
    refused = await _ask(police, type=UPDATE, person_id=ids["tenant"], face_name="li_si")
    assert refused["error"]["code"] == "unauthorized"
    unchanged = await _ask(police, type=UPDATE, person_id=ids["tenant"], phone="13900000001")
    assert unchanged["success"], unchanged
    guard = await _client(hass, hass_ws_client, await _staff(hass, StaffRole.GUARD, "Guard"))
    refused = await _ask(guard, type=UPDATE, person_id=ids["owner"], face_name=None)
    assert refused["error"]["code"] == "unauthorized"

    cleared = await _ask(clerk, type=UPDATE, person_id=ids["owner"], face_name=None)
    assert cleared["success"], cleared
    assert engine.find_face("wang_nainai") is None
    assert "face_name" not in registry_of(hass).people.data[ids["owner"]]


async def test_actions_do_not_take_face_names(hass: HomeAssistant) -> None:
    ids = await populate(hass)
    with pytest.raises(vol.Invalid):  # action data is recorded: a face name stays out
        await act(hass, "update_person", person_id=ids["owner"], face_name="wang_nainai")
