"""The demo's access controller: `script/demo.py` walks the real subentry flow.

The simulator's board answers on its own loopback port, so the broadcast usually finds
nothing and the flow opens on the form "not_found"; a board that did answer is passed
over for "manual". Either way the demo fills the same form and maps door 1.
"""

from __future__ import annotations

from homeassistant.config_entries import SOURCE_USER
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.compound_security import controller_flow

from .test_controller_flow import (  # noqa: F401  # fixtures
    EAST,
    SERIAL,
    Boards,
    _saved,
    boards,
    entry,
    mock_unload_entry,
)
from .test_dashboard import _demo

pytestmark = pytest.mark.usefixtures("socket_enabled", "mock_setup_entry", "mock_unload_entry")


@pytest.mark.parametrize("discovered", [True, False], ids=["discovered", "not_found"])
async def test_the_demo_adds_its_controller_through_the_flow(
    hass: HomeAssistant,
    entry: MockConfigEntry,  # noqa: F811
    boards: Boards,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
    discovered: bool,
) -> None:
    if not discovered:  # as on loopback in the demo: nobody answers the broadcast's port
        monkeypatch.setattr(controller_flow, "DISCOVERY_BROADCAST", "127.0.0.1:9")
    demo = _demo()
    controller = {
        "name": "Unit door controller",
        "serial": SERIAL,
        "host": "127.0.0.1",
        "port": boards.port,
        "doors": {"1": "East gate"},
    }
    result = await hass.config_entries.subentries.async_init(
        (entry.entry_id, "access_controller"), context={"source": SOURCE_USER}
    )
    steps = []
    while result["type"] is FlowResultType.FORM:
        steps.append(result["step_id"])
        step = demo.controller_step(result["step_id"], controller, {"East gate": EAST})
        result = await hass.config_entries.subentries.async_configure(result["flow_id"], step)
        assert not result.get("errors"), result
    assert steps == (["user", "controller"] if discovered else ["not_found"]) + ["doors"]
    assert result["type"] is FlowResultType.CREATE_ENTRY
    saved = _saved(entry, "Unit door controller")
    assert (saved.serial, saved.host, saved.port) == (SERIAL, "127.0.0.1", boards.port)
    assert (saved.listener_host, saved.listener_port) == ("127.0.0.1", demo.LISTENER_PORT)
    assert saved.doors == {1: EAST}
