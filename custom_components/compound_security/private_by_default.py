"""At setup, undo what earlier releases exposed to every user.

- Camera entities of cameras not marked public: every logged-in user reaches every camera
  entity (proxy, stream, websocket, media source), so such a camera is no entity now and
  its old registry entry goes.
- Routes to `notify.persistent_notification`: every user reads persistent notifications,
  residents included, so that target is dropped from routes and escalation targets (the
  guard room's own view is the console's alarm desk) and a repair issue tells the manager.
"""

from __future__ import annotations

from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers import entity_registry as er, issue_registry as ir

from .const import (
    CONF_ESCALATION_TARGETS,
    DOMAIN,
    LOGGER,
    SUBENTRY_NOTIFICATION_ROUTE,
)
from .coordinator import CompoundSecurityConfigEntry
from .engine.bounds import SHARED_TARGETS
from .subentries import NotificationRouteConfig


def shared_route_issue(entry_id: str) -> str:
    """Return the repair issue's id for one compound."""
    return f"shared_notification_route_{entry_id}"


@callback
def async_remove_private_camera_entities(
    hass: HomeAssistant, entry: CompoundSecurityConfigEntry
) -> None:
    """Remove the camera entities of cameras that are not (or no longer) public."""
    registry = er.async_get(hass)
    for camera in entry.runtime_data.cameras.values():
        if camera.has_own_entity:
            continue
        entity_id = registry.async_get_entity_id("camera", DOMAIN, f"{camera.id}_camera")
        if entity_id is not None:
            registry.async_remove(entity_id)
            LOGGER.info("Removed %s: a camera that is not public is no entity", entity_id)


@callback
def async_drop_shared_targets(hass: HomeAssistant, entry: CompoundSecurityConfigEntry) -> None:
    """Drop persistent notifications from routes and escalation; say so in a repair issue."""
    changed: list[str] = []
    for subentry in list(entry.subentries.values()):
        if subentry.subentry_type != SUBENTRY_NOTIFICATION_ROUTE:
            continue
        route = NotificationRouteConfig.from_subentry(subentry)
        kept = tuple(target for target in route.targets if target not in SHARED_TARGETS)
        if kept != route.targets:
            new = NotificationRouteConfig(kinds=route.kinds, targets=kept)
            hass.config_entries.async_update_subentry(entry, subentry, data=new.to_data())
            changed.append(subentry.title)
    escalation = list(entry.options.get(CONF_ESCALATION_TARGETS, []))
    if any(target in SHARED_TARGETS for target in escalation):
        kept_targets = [target for target in escalation if target not in SHARED_TARGETS]
        hass.config_entries.async_update_entry(
            entry, options={**entry.options, CONF_ESCALATION_TARGETS: kept_targets}
        )
        changed.append(CONF_ESCALATION_TARGETS)
    if changed:
        ir.async_create_issue(
            hass,
            DOMAIN,
            shared_route_issue(entry.entry_id),
            is_fixable=False,
            is_persistent=True,
            severity=ir.IssueSeverity.WARNING,
            translation_key="shared_notification_route",
            translation_placeholders={"compound": entry.title, "routes": ", ".join(changed)},
        )
