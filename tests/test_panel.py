"""The console panel: registered by the integration, shown to everyone, its grants per role."""

from __future__ import annotations

from typing import Any

from homeassistant.auth.models import User
from homeassistant.components.frontend import DATA_EXTRA_MODULE_URL, DATA_PANELS
from homeassistant.core import HomeAssistant
import pytest
from pytest_homeassistant_custom_component.common import CLIENT_ID
from pytest_homeassistant_custom_component.typing import ClientSessionGenerator, WebSocketGenerator

from custom_components.compound_security.panel import (
    BUNDLE,
    PANEL_URL_PATH,
    STATIC_URL,
    sidebar_title,
)
from custom_components.compound_security.roles import StaffRole

from .helpers import act, populate, registry_of

pytestmark = pytest.mark.usefixtures("hass_owner_user")


async def _client(hass: HomeAssistant, hass_ws_client: WebSocketGenerator, user: User) -> Any:
    refresh = await hass.auth.async_create_refresh_token(user, CLIENT_ID)
    return await hass_ws_client(hass, hass.auth.async_create_access_token(refresh))


async def _info(client: Any) -> dict[str, Any]:
    await client.send_json_auto_id({"type": "compound_security/console/info"})
    response: dict[str, Any] = await client.receive_json()
    assert response["success"], response
    return response["result"]  # type: ignore[no-any-return]


@pytest.mark.usefixtures("init_integration")
async def test_the_panel_is_registered_for_every_user_and_its_bundle_served(
    hass: HomeAssistant, hass_client: ClientSessionGenerator
) -> None:
    panel = hass.data[DATA_PANELS][PANEL_URL_PATH]
    assert panel.require_admin is False
    assert panel.sidebar_icon == "mdi:shield-home"
    module_url = panel.config["_panel_custom"]["module_url"]
    assert module_url.startswith(f"{STATIC_URL}/compound-security.js?v=")
    # The same module is loaded on every dashboard, for the cards and the strategy.
    assert module_url in hass.data[DATA_EXTRA_MODULE_URL].urls
    client = await hass_client()
    response = await client.get(module_url)
    assert response.status == 200
    assert await response.read() == BUNDLE.read_bytes()


def test_the_sidebar_title_follows_the_servers_language() -> None:
    assert sidebar_title("zh-Hans") == "小区安防"
    assert sidebar_title("en") == "Compound Security"


@pytest.mark.usefixtures("init_integration")
async def test_console_info_tells_each_role_its_grants(
    hass: HomeAssistant, hass_ws_client: WebSocketGenerator, hass_admin_user: User
) -> None:
    ids = await populate(hass)
    registry = registry_of(hass)
    manager = await _info(await _client(hass, hass_ws_client, hass_admin_user))
    (compound,) = manager["compounds"]
    assert compound["role"] == "manager"
    assert compound["may"]["settings"] == "all"
    assert compound["time_zone"] == hass.config.time_zone

    guard = await hass.auth.async_create_user("guard", group_ids=["system-users"])
    await registry.roles.async_set(guard.id, StaffRole.GUARD)
    (seen,) = (await _info(await _client(hass, hass_ws_client, guard)))["compounds"]
    assert seen["role"] == "guard"
    assert seen["may"]["registry_view"] == "find"
    assert "settings" not in seen["may"]
    assert "police_watch" not in seen["may"]

    resident = await hass.auth.async_create_user("resident", group_ids=["system-users"])
    await act(hass, "update_person", person_id=ids["owner"], user_id=resident.id)
    (home,) = (await _info(await _client(hass, hass_ws_client, resident)))["compounds"]
    assert home["role"] == "resident"
    assert home["household_id"] == ids["home"]
    assert home["may"]["registry_view"] == "own"

    stranger = await hass.auth.async_create_user("stranger", group_ids=["system-users"])
    assert (await _info(await _client(hass, hass_ws_client, stranger)))["compounds"] == []
