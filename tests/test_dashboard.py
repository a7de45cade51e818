"""The staff dashboard: a strategy in the bundle builds it from the actual compound.

No dashboard names entity ids any more: the demo adds a storage dashboard whose whole
config is `{"strategy": {"type": "custom:compound-security-staff"}}`, and the bundle loaded
on every dashboard defines that strategy and the guard room's cards. What the strategy
builds (every gate, every camera, in the user's language) is tested in a real browser
(`tests/browser/test_guard_room.py`).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from homeassistant.core import HomeAssistant
from homeassistant.setup import async_setup_component
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from custom_components.compound_security.panel import BUNDLE

ROOT = Path(__file__).parents[1]
STRATEGY = {"strategy": {"type": "custom:compound-security-staff"}}


def _demo() -> ModuleType:
    spec = importlib.util.spec_from_file_location("demo", ROOT / "script" / "demo.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_no_dashboard_names_the_demos_entity_ids() -> None:
    assert not (ROOT / "dashboards" / "compound_security_staff.yaml").exists()
    demo = _demo()
    assert "compound_security_staff.yaml" not in demo.CONFIGURATION
    assert demo.STAFF_DASHBOARD == STRATEGY


def test_the_bundle_defines_the_strategy_and_the_cards() -> None:
    bundle = BUNDLE.read_text(encoding="utf-8")
    for element in (
        "ll-strategy-dashboard-compound-security-staff",
        "compound-security-alarm-desk-card",
        "compound-security-passages-card",
        "compound-security-gates-card",
    ):
        assert element in bundle, element
    assert "customCards" in bundle


async def test_the_demo_adds_a_storage_dashboard_with_the_strategy(
    hass: HomeAssistant, hass_ws_client: WebSocketGenerator
) -> None:
    assert await async_setup_component(hass, "lovelace", {})
    client = await hass_ws_client(hass)
    demo = _demo()
    for message in demo.staff_dashboard_messages():
        await client.send_json_auto_id(message)
        assert (await client.receive_json())["success"]
    await client.send_json_auto_id({"type": "lovelace/dashboards/list"})
    (dashboard,) = (await client.receive_json())["result"]
    assert (dashboard["url_path"], dashboard["mode"], dashboard["require_admin"]) == (
        "compound-staff",
        "storage",
        False,
    )
    await client.send_json_auto_id({"type": "lovelace/config", "url_path": "compound-staff"})
    assert (await client.receive_json())["result"] == STRATEGY
