"""The console: a sidebar panel for every user, and what it needs to know about the caller.

One bundled module (`frontend/compound-security.js`, built from the repository's
`frontend/` and committed, so HACS users need no build) holds the panel, the dashboard
cards and the staff dashboard strategy; it is served from the integration's folder and
also loaded on every dashboard so the cards work there. The panel is shown to everyone:
what each page shows is decided by the permission table, asked through
`compound_security/console/info` and enforced again by every command.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any, Final

from homeassistant.auth.models import User
from homeassistant.components import frontend, panel_custom, websocket_api
from homeassistant.components.http.server import StaticPathConfig
from homeassistant.components.websocket_api.connection import ActiveConnection
from homeassistant.components.websocket_api.decorators import websocket_command
from homeassistant.core import HomeAssistant, callback

from .const import DOMAIN
from .coordinator import CompoundSecurityConfigEntry
from .permissions import PERMISSIONS, CallerKind, Grant, caller_for_user, grant

PANEL_URL_PATH: Final = "compound-security"
PANEL_ELEMENT: Final = "compound-security-panel"
STATIC_URL: Final = f"/{DOMAIN}_frontend"
BUNDLE: Final = Path(__file__).parent / "frontend" / "compound-security.js"
TITLES: Final = {"zh": "小区安防", "en": "Compound Security"}


def _bundle_version() -> str:
    """Return a short digest of the bundle, so browsers fetch a new one after an update."""
    return hashlib.sha256(BUNDLE.read_bytes()).hexdigest()[:12]


def sidebar_title(language: str) -> str:
    """Return the sidebar title in the server's language (the panel follows the user's)."""
    return TITLES["zh"] if language.lower().startswith("zh") else TITLES["en"]


async def async_register_panel(hass: HomeAssistant) -> None:
    """Serve the bundle, load it on every dashboard, and add the sidebar panel."""
    version = await hass.async_add_executor_job(_bundle_version)
    await hass.http.async_register_static_paths(
        [StaticPathConfig(STATIC_URL, str(BUNDLE.parent), cache_headers=False)]
    )
    module_url = f"{STATIC_URL}/{BUNDLE.name}?v={version}"
    frontend.add_extra_js_url(hass, module_url)
    await panel_custom.async_register_panel(
        hass,
        frontend_url_path=PANEL_URL_PATH,
        webcomponent_name=PANEL_ELEMENT,
        sidebar_title=sidebar_title(hass.config.language),
        sidebar_icon="mdi:shield-home",
        module_url=module_url,
        require_admin=False,
        config={"domain": DOMAIN},
    )
    websocket_api.async_register_command(hass, ws_console_info)


def compound_info(
    hass: HomeAssistant, entry: CompoundSecurityConfigEntry, user: User
) -> dict[str, Any]:
    """Return one compound as the caller sees it: its name, zone, the caller's role and grants."""
    caller = caller_for_user(user, entry.runtime_data.registry)
    return {
        "config_entry_id": entry.entry_id,
        "title": entry.title,
        "time_zone": hass.config.time_zone,
        "role": caller.kind.value,
        "person_id": caller.person.id if caller.person is not None else None,
        "household_id": caller.household_id,
        "may": {
            operation.value: granted.value
            for operation in PERMISSIONS
            if (granted := grant(caller, operation)) is not Grant.NONE
        },
    }


@websocket_command({"type": f"{DOMAIN}/console/info"})
@callback
def ws_console_info(hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]) -> None:
    """Answer the compounds the caller is someone in (a manager: all of them)."""
    entries: list[CompoundSecurityConfigEntry] = hass.config_entries.async_loaded_entries(DOMAIN)
    compounds = [compound_info(hass, entry, connection.user) for entry in entries]
    connection.send_result(
        msg["id"],
        {
            "compounds": [
                compound for compound in compounds if compound["role"] != CallerKind.NOBODY
            ]
        },
    )
