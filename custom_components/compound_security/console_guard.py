"""The guard room's gates and cameras in the console, and the registration of its commands.

- `compound_security/gates/list` (`gate_operate`): every access point with a gate, its
  zone, whether it is open, held open or closed, whether its actuator takes commands,
  whether a fire alarm holds it open, and its lock entity;
- `compound_security/gates/command` (`gate_operate`) `{access_point_id, command: open |
  hold_open | close}`: the same calls the gate's lock entity makes, so a fire alarm still
  refuses a close (`fire_gates_held_open`) and a failed actuator still says so;
- `compound_security/cameras/list` (`camera_health`): every camera with its health, since
  when it fails, its repair deadline and whether that has passed (overdue repairs first),
  whether residents may watch it, and its camera entity.

Lists take `offset` and `limit` (at most 200) and answer with `total`.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Final

from homeassistant.components.websocket_api import async_register_command
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers import entity_registry as er
from homeassistant.util import dt as dt_util
import probatio as vol

from .console_alarms import async_setup_alarm_websocket
from .console_command import ID, MAX_PAGE, ConsoleCall, console_command, page_fields
from .console_passages import async_setup_passage_websocket
from .const import DOMAIN
from .engine.errors import RuleError
from .permissions import Operation

if TYPE_CHECKING:
    from .cameras import CameraCoordinator
    from .hardware import AccessPointHardware

PAGE_FIELDS: Final = page_fields(MAX_PAGE)
GATE_COMMANDS: Final = ("open", "hold_open", "close")


def _page(items: list[dict[str, Any]], msg: dict[str, Any], key: str) -> dict[str, Any]:
    offset = msg["offset"]
    return {key: items[offset : offset + msg["limit"]], "total": len(items)}


def gate_view(hass: HomeAssistant, hardware: AccessPointHardware) -> dict[str, Any]:
    """Return one gate as the console shows it."""
    gate = hardware.gate
    assert gate is not None  # noqa: S101  # only access points with a gate are listed
    access_point = hardware.access_point
    state = "held_open" if gate.held_open else "open" if gate.is_open else "closed"
    return {
        "access_point_id": access_point.id,
        "name": access_point.name,
        "zone": access_point.zone,
        "state": state,
        "available": gate.available,
        "fire_hold": hardware.fire.active,
        "entity_id": er.async_get(hass).async_get_entity_id(
            "lock", DOMAIN, f"{access_point.id}_gate"
        ),
    }


@console_command("gates/list", PAGE_FIELDS, Operation.GATE_OPERATE)
async def ws_list_gates(msg: dict[str, Any], call: ConsoleCall) -> dict[str, Any]:
    """List every gate, by name."""
    gates = [
        gate_view(call.hass, hardware)
        for hardware in call.entry.runtime_data.hardware.values()
        if hardware.gate is not None
    ]
    return _page(sorted(gates, key=lambda gate: gate["name"]), msg, "gates")


@console_command(
    "gates/command",
    {vol.Required("access_point_id"): ID, vol.Required("command"): vol.In(GATE_COMMANDS)},
    Operation.GATE_OPERATE,
)
async def ws_command_gate(msg: dict[str, Any], call: ConsoleCall) -> dict[str, Any]:
    """Open a gate once, hold it open or close it; answer with the gate as it is now."""
    hardware = call.entry.runtime_data.hardware.get(msg["access_point_id"])
    if hardware is None:
        raise RuleError("access_point_not_found", access_point=msg["access_point_id"])
    if hardware.gate is None:
        raise RuleError("access_point_has_no_gate", access_point=hardware.access_point.name)
    match msg["command"]:
        case "open":
            await hardware.async_open()
        case "hold_open":
            await hardware.async_hold_open()
        case _:
            await hardware.async_close()  # refused while a fire alarm holds the gates
    return gate_view(call.hass, hardware)


def camera_view(camera: CameraCoordinator, now: datetime) -> dict[str, Any]:
    """Return one camera's health and repair as the console shows it."""
    health = camera.health
    since = health.failing_since if health.online is False else None
    deadline = since + timedelta(hours=camera.repair_hours) if since else None
    access_points = camera.controller.access_points
    return {
        "camera_id": camera.id,
        "name": camera.name,
        "online": health.online,
        "problem": health.problem,
        "offline_since": dt_util.as_utc(since).isoformat() if since else None,
        "repair_deadline": dt_util.as_utc(deadline).isoformat() if deadline else None,
        "overdue": deadline is not None and now >= deadline,
        "public": camera.public,
        "entity_id": camera.entity_id,
        "access_points": [
            access_points[ap_id].name for ap_id in camera.access_points if ap_id in access_points
        ],
    }


def _camera_order(camera: dict[str, Any]) -> tuple[int, str, str]:
    """Overdue repairs first (the longest overdue first), then offline, then the rest."""
    urgency = 0 if camera["overdue"] else 1 if camera["online"] is False else 2
    return urgency, camera["repair_deadline"] or "", str(camera["name"])


@console_command("cameras/list", PAGE_FIELDS, Operation.CAMERA_HEALTH)
async def ws_list_cameras(msg: dict[str, Any], call: ConsoleCall) -> dict[str, Any]:
    """List every camera, overdue repairs first."""
    now = dt_util.now()
    cameras = [camera_view(camera, now) for camera in call.entry.runtime_data.cameras.values()]
    return _page(sorted(cameras, key=_camera_order), msg, "cameras")


@callback
def async_setup_guard_websocket(hass: HomeAssistant) -> None:
    """Register the guard room's commands, once; each finds its compound per message."""
    for command in (ws_list_gates, ws_command_gate, ws_list_cameras):
        async_register_command(hass, command)
    async_setup_alarm_websocket(hass)
    async_setup_passage_websocket(hass)
