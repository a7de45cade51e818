"""The console's settings page: the tenant-card policy and the compound's hardware.

`compound_security/settings/get` answers with the tenant-card policy (which cards
tenants may hold: 居住证 only, or also the property office's card, 安居E卡) and the
hardware configured as subentries, each with its device, so the page links to Home
Assistant's own pages and subentry flows rather than repeating them;
`compound_security/settings/set` changes the policy in the config entry's options and
applies it at once, without reloading the compound. Roles and access levels have their
own commands (`roles_websocket`, `compound_security/level/*`). All need the `settings`
row: managers.
"""

from __future__ import annotations

from typing import Any, Final

from homeassistant.components.websocket_api import async_register_command
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers import device_registry as dr
import probatio as vol

from .config_flow import CompoundSecurityConfigFlow
from .console_command import ConsoleCall, console_command
from .const import CONF_TENANT_CARDS, DOMAIN
from .engine.model import TENANT_CARD_TYPES, CardStatus, Role, TenantCards
from .permissions import Operation

INTEGRATION_PATH: Final = f"/config/integrations/integration/{DOMAIN}"


def _policy(call: ConsoleCall) -> TenantCards:
    return TenantCards(call.entry.options.get(CONF_TENANT_CARDS, TenantCards.RESIDENCE_PERMIT))


def _cards_outside(call: ConsoleCall, policy: TenantCards) -> int:
    """Count tenants' active cards of a type the policy no longer gives tenants."""
    engine = call.registry.engine
    allowed = TENANT_CARD_TYPES[policy]
    return sum(
        1
        for card in engine.cards.values()
        if card.status is CardStatus.ACTIVE
        and card.card_type not in allowed
        and (holder := engine.people.get(card.person_id)) is not None
        and holder.role is Role.TENANT
    )


def _settings(call: ConsoleCall) -> dict[str, Any]:
    entry = call.entry
    devices = dr.async_get(call.hass)
    hardware: list[dict[str, str | None]] = []
    for subentry_id, subentry in entry.subentries.items():
        device = devices.async_get_device(identifiers={(DOMAIN, subentry_id)})
        hardware.append(
            {
                "subentry_id": subentry_id,
                "subentry_type": subentry.subentry_type,
                "title": subentry.title,
                "device_id": device.id if device is not None else None,
            }
        )
    hardware.sort(key=lambda item: (str(item["subentry_type"]), str(item["title"]).casefold()))
    policy = _policy(call)
    return {
        "tenant_cards": policy.value,
        "tenant_card_options": [option.value for option in TenantCards],
        "tenant_cards_outside_policy": _cards_outside(call, policy),
        "hardware": hardware,
        "subentry_types": sorted(
            CompoundSecurityConfigFlow.async_get_supported_subentry_types(entry)
        ),
        "integration_path": f"{INTEGRATION_PATH}?config_entry={entry.entry_id}",
    }


@console_command("settings/get", {}, Operation.SETTINGS)
async def ws_get_settings(_msg: dict[str, Any], call: ConsoleCall) -> dict[str, Any]:
    """Return the tenant-card policy and the compound's hardware."""
    return _settings(call)


@console_command(
    "settings/set",
    {vol.Required(CONF_TENANT_CARDS): vol.In([option.value for option in TenantCards])},
    Operation.SETTINGS,
)
async def ws_set_settings(msg: dict[str, Any], call: ConsoleCall) -> dict[str, Any]:
    """Change the tenant-card policy: stored in the options, applied at once."""
    policy = TenantCards(msg[CONF_TENANT_CARDS])
    call.hass.config_entries.async_update_entry(
        call.entry, options={**call.entry.options, CONF_TENANT_CARDS: policy.value}
    )
    call.registry.engine.tenant_card_types = TENANT_CARD_TYPES[policy]
    return _settings(call)


@callback
def async_setup_settings_websocket(hass: HomeAssistant) -> None:
    """Register the settings page's console commands."""
    async_register_command(hass, ws_get_settings)
    async_register_command(hass, ws_set_settings)
