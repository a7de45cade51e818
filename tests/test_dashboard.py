"""The staff dashboard loads through the lovelace integration; every entity it names exists."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
import re
import shutil
from typing import Any

from homeassistant.config_entries import ConfigSubentryDataWithId
from homeassistant.core import HomeAssistant
from homeassistant.setup import async_setup_component
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from custom_components.compound_security.const import DOMAIN

from .helpers import compound_entry

DASHBOARD = Path(__file__).parents[1] / "dashboards" / "compound_security_staff.yaml"
ENTITY_ID = re.compile(r"^[a-z_]+\.[a-z0-9_]+$")
ENTITY_KEYS = {"entity", "entities", "entity_id", "camera_image"}


def demo_compound() -> MockConfigEntry:
    """Return the demo compound the dashboard is written for: two gates and a camera."""
    gate = {"pulse_seconds": 1.0}
    return compound_entry(
        [
            ConfigSubentryDataWithId(
                subentry_id="ap_north",
                subentry_type="access_point",
                title="North gate",
                unique_id="north gate",
                data={"zone": "compound_gate", "direction": "both", "gate_entity": "switch.n"}
                | gate,
            ),
            ConfigSubentryDataWithId(
                subentry_id="ap_garage",
                subentry_type="access_point",
                title="Garage B",
                unique_id="garage b",
                data={"zone": "garage", "direction": "in", "gate_entity": "switch.g"} | gate,
            ),
            ConfigSubentryDataWithId(
                subentry_id="cam_north",
                subentry_type="camera",
                title="North gate camera",
                unique_id="north gate camera",
                data={
                    "snapshot_url": "http://127.0.0.1:9/snapshot.jpg",
                    "access_points": ["ap_north"],
                    "health_interval": 3600,
                },
            ),
        ]
    )


def referenced_entities(node: Any, key: str | None = None) -> Iterator[str]:
    """Yield every entity id a Lovelace config names."""
    if isinstance(node, dict):
        for child_key, child in node.items():
            yield from referenced_entities(child, child_key)
    elif isinstance(node, list):
        for child in node:
            yield from referenced_entities(child, key)
    elif isinstance(node, str) and key in ENTITY_KEYS and ENTITY_ID.match(node):
        yield node
    if isinstance(node, str) and key == "content":  # templates in markdown cards
        yield from re.findall(r"'((?:sensor|binary_sensor)\.[a-z0-9_]+)'", node)


@pytest.mark.usefixtures("socket_enabled")
async def test_staff_dashboard(
    hass: HomeAssistant, hass_ws_client: WebSocketGenerator, tmp_path: Path
) -> None:
    hass.config.config_dir = str(tmp_path)
    shutil.copy(DASHBOARD, tmp_path / "compound_security_staff.yaml")
    entry = demo_compound()
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    assert await async_setup_component(
        hass,
        "lovelace",
        {
            "lovelace": {
                "dashboards": {
                    "compound-staff": {
                        "mode": "yaml",
                        "title": "Compound Security",
                        "icon": "mdi:shield-home",
                        "filename": "compound_security_staff.yaml",
                    }
                }
            }
        },
    )
    await hass.async_block_till_done()
    client = await hass_ws_client(hass)
    await client.send_json_auto_id({"type": "lovelace/config", "url_path": "compound-staff"})
    response = await client.receive_json()
    assert response["success"], response
    config = response["result"]
    assert [view["path"] for view in config["views"]] == ["guard-room", "compound"]
    entities = set(referenced_entities(config))
    assert len(entities) >= 15
    missing = sorted(e for e in entities if hass.states.get(e) is None)
    assert missing == []
    # The acknowledge buttons call a real action with a real access point.
    buttons = [
        card["tap_action"]
        for stack in config["views"][0]["cards"]
        for row in stack.get("cards", [])
        for card in row.get("cards", [])
        if card.get("type") == "button"
    ]
    assert {b["perform_action"] for b in buttons} == {"compound_security.acknowledge_alarm"}
    assert hass.services.has_service(DOMAIN, "acknowledge_alarm")
    assert {b["data"]["access_point"] for b in buttons} == {"North gate", "Garage B"}
