"""The "Add access controller" flow against a simulated UHPPOTE board over loopback UDP.

No mocks of the library: discovery and the serial check send the `uhppoted` library's
frames through real sockets to `compound_simulator.uhppote`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from typing import Any
from unittest.mock import AsyncMock, patch

from homeassistant.components import network
from homeassistant.config_entries import SOURCE_USER, ConfigSubentryData
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResult, FlowResultType
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from compound_simulator.uhppote import SimulatedController, UhppoteSimulator
from custom_components.compound_security import controller_flow
from custom_components.compound_security.subentries import AccessControllerConfig

from .helpers import compound_entry
from .test_access_point_flow import as_the_frontend_fills_it

pytestmark = pytest.mark.usefixtures("socket_enabled", "mock_setup_entry", "mock_unload_entry")

SERIAL = 405419896
CONFIGURED = 405419000  # already in the compound, on the garage
NORTH, GARAGE, EAST = "ap_north", "ap_garage", "ap_east"


@pytest.fixture
def mock_unload_entry() -> Iterator[AsyncMock]:
    """Unload what `mock_setup_entry` never set up (a reconfigure reloads the compound)."""
    with patch("custom_components.compound_security.async_unload_entry", return_value=True) as mock:
        yield mock


@dataclass
class Boards:
    """The simulated boards on one loopback port, as discovery and the probe see them."""

    ours: SimulatedController
    configured: SimulatedController
    port: int


@pytest.fixture
async def boards(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[Boards]:
    """Serve two boards on loopback; discovery broadcasts there and everyone waits little."""
    ours, configured = SimulatedController(SERIAL), SimulatedController(CONFIGURED)
    server = UhppoteSimulator(ours, configured)
    port = await server.start()
    monkeypatch.setattr(controller_flow, "DISCOVERY_BROADCAST", f"127.0.0.1:{port}")
    monkeypatch.setattr(controller_flow, "DISCOVERY_WAIT", 0.3)
    monkeypatch.setattr(controller_flow, "PROBE_TIMEOUT", 0.3)
    yield Boards(ours, configured, port)
    server.stop()


def _access_point(subentry_id: str, title: str) -> ConfigSubentryData:
    return ConfigSubentryData(
        subentry_id=subentry_id,
        subentry_type="access_point",
        title=title,
        unique_id=title.casefold(),
        data={"zone": "compound_gate", "direction": "both"},
    )


def _controller(title: str, config: AccessControllerConfig) -> ConfigSubentryData:
    return ConfigSubentryData(
        subentry_type="access_controller",
        title=title,
        unique_id=title.casefold(),
        data=config.to_data(),
    )


@pytest.fixture
async def entry(hass: HomeAssistant) -> MockConfigEntry:
    """Set up a compound with three access points and a controller already on the garage."""
    garage_board = AccessControllerConfig(serial=CONFIGURED, host="192.0.2.40", doors={1: GARAGE})
    compound = compound_entry(
        [
            _access_point(NORTH, "North gate"),
            _access_point(GARAGE, "Garage B"),
            _access_point(EAST, "East gate"),
            _controller("Garage controller", garage_board),
        ]
    )
    compound.add_to_hass(hass)
    assert await hass.config_entries.async_setup(compound.entry_id)
    return compound


async def _start(hass: HomeAssistant, entry: MockConfigEntry) -> FlowResult:
    return await hass.config_entries.subentries.async_init(
        (entry.entry_id, "access_controller"), context={"source": SOURCE_USER}
    )


async def _configure(hass: HomeAssistant, result: FlowResult, data: dict[str, Any]) -> FlowResult:
    return await hass.config_entries.subentries.async_configure(result["flow_id"], data)


async def _by_hand(hass: HomeAssistant, entry: MockConfigEntry, boards: Boards) -> FlowResult:
    """Open the controller form by hand, with ours answering at the simulator's port."""
    result = await _start(hass, entry)
    assert result["step_id"] == "user"
    return await _configure(hass, result, {"controller": "manual"})


def _typed(boards: Boards, **changes: Any) -> dict[str, Any]:
    """Return a controller form as a user fills it for our board."""
    return {
        "name": "North gate controller",
        "serial": SERIAL,
        "host": "127.0.0.1",
        "port": boards.port,
        "transport": "udp",
        "listener_host": "192.168.1.10",
        "listener_port": 60001,
        "wiegand_bits": "34",
        "capacity": 20000,
    } | changes


def _saved(entry: MockConfigEntry, title: str) -> AccessControllerConfig:
    (subentry,) = (s for s in entry.subentries.values() if s.title == title)
    return AccessControllerConfig.from_subentry(subentry)


async def test_discovery_offers_a_new_board_and_fills_in_what_it_told(
    hass: HomeAssistant, entry: MockConfigEntry, boards: Boards
) -> None:
    result = await _start(hass, entry)
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "user"
    assert result["description_placeholders"] == {"count": "1"}
    (field,) = result["data_schema"].schema.values()
    options = field.config["options"]
    # The board already in the compound answered too, but is not offered again.
    assert [option["value"] for option in options] == [str(SERIAL), "manual"]
    assert options[0]["label"] == f"{SERIAL} · 127.0.0.1 · v6.62"

    result = await _configure(hass, result, {"controller": str(SERIAL)})
    assert result["step_id"] == "controller"
    shown = as_the_frontend_fills_it(result["data_schema"])
    toward_board = await network.async_get_source_ip(hass, target_ip="127.0.0.1")
    assert shown == {
        "serial": SERIAL,
        "host": "127.0.0.1",
        "port": boards.port,  # the port the board answered the broadcast on
        "transport": "udp",
        "listener_host": toward_board,
        "listener_port": 60001,
        "wiegand_bits": "34",
        "capacity": 20000,
    }

    result = await _configure(hass, result, shown | {"name": "North gate controller"})
    assert result["step_id"] == "doors"
    assert result["description_placeholders"] == {"serial": str(SERIAL)}
    result = await _configure(hass, result, {"door_1": NORTH, "door_3": EAST})
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert _saved(entry, "North gate controller") == AccessControllerConfig(
        serial=SERIAL,
        host="127.0.0.1",
        port=boards.port,
        doors={1: NORTH, 3: EAST},
        listener_host=toward_board,
    )


async def test_no_answer_goes_straight_to_the_form_and_saves_what_was_typed(
    hass: HomeAssistant, entry: MockConfigEntry, boards: Boards
) -> None:
    boards.ours.powered = boards.configured.powered = False
    result = await _start(hass, entry)
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "not_found"
    assert "serial" not in as_the_frontend_fills_it(result["data_schema"])

    boards.ours.powered = True  # found by hand (as if on another subnet)
    typed = _typed(boards, transport="udp", wiegand_bits="26", capacity=10000, listener_port=61000)
    result = await _configure(hass, result, typed)
    assert result["step_id"] == "doors"
    result = await _configure(hass, result, {"door_2": NORTH})
    assert result["type"] is FlowResultType.CREATE_ENTRY
    saved = _saved(entry, "North gate controller")
    assert saved == AccessControllerConfig(
        serial=SERIAL,
        host="127.0.0.1",
        port=boards.port,
        doors={2: NORTH},
        listener_host="192.168.1.10",
        listener_port=61000,
        wiegand_bits=26,
        capacity=10000,
    )
    assert AccessControllerConfig.from_data(saved.to_data()) == saved


async def test_another_board_at_that_address_is_a_bad_reply(
    hass: HomeAssistant, entry: MockConfigEntry, boards: Boards
) -> None:
    result = await _by_hand(hass, entry, boards)
    result = await _configure(hass, result, _typed(boards, serial=SERIAL + 7))
    assert result["step_id"] == "controller"
    assert result["errors"] == {"base": "controller_bad_reply"}
    # Both boards at the address answered who they are.
    assert result["description_placeholders"] == {"found": f"{CONFIGURED}, {SERIAL}"}
    # What was typed stays, and the right serial goes through.
    assert as_the_frontend_fills_it(result["data_schema"])["serial"] == SERIAL + 7
    result = await _configure(hass, result, _typed(boards))
    assert result["step_id"] == "doors"


async def test_a_silent_board_is_a_timeout(
    hass: HomeAssistant, entry: MockConfigEntry, boards: Boards
) -> None:
    result = await _by_hand(hass, entry, boards)
    boards.ours.powered = boards.configured.powered = False
    result = await _configure(hass, result, _typed(boards))
    assert result["errors"] == {"base": "controller_timeout"}
    boards.ours.powered = True
    result = await _configure(hass, result, _typed(boards))
    assert result["step_id"] == "doors"


@pytest.mark.parametrize(
    ("changes", "errors"),
    [
        ({"serial": CONFIGURED}, {"serial": "serial_exists"}),
        ({"host": "gate.local"}, {"host": "invalid_host"}),
        ({"host": "192.168.1.300"}, {"host": "invalid_host"}),
        ({"listener_host": "ha.local"}, {"listener_host": "invalid_host"}),
        ({"name": "Garage controller"}, {"name": "name_exists"}),
    ],
)
async def test_wrong_fields_are_refused_before_asking_the_board(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    boards: Boards,
    changes: dict[str, Any],
    errors: dict[str, str],
) -> None:
    result = await _by_hand(hass, entry, boards)
    asked = boards.ours.requests_seen
    result = await _configure(hass, result, _typed(boards, **changes))
    assert result["errors"] == errors
    assert boards.ours.requests_seen == asked


async def test_each_access_point_is_on_one_door_and_one_door_is_needed(
    hass: HomeAssistant, entry: MockConfigEntry, boards: Boards
) -> None:
    result = await _by_hand(hass, entry, boards)
    result = await _configure(hass, result, _typed(boards))
    assert result["step_id"] == "doors"
    result = await _configure(hass, result, {})
    assert result["errors"] == {"base": "no_doors"}
    # On the other controller's door already, and twice on this one.
    result = await _configure(hass, result, {"door_1": GARAGE, "door_2": NORTH, "door_4": NORTH})
    assert result["errors"] == {"door_1": "door_taken", "door_4": "door_taken"}
    assert as_the_frontend_fills_it(result["data_schema"]) == {
        "door_1": GARAGE,
        "door_2": NORTH,
        "door_4": NORTH,
    }
    result = await _configure(hass, result, {"door_2": NORTH, "door_4": EAST})
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert _saved(entry, "North gate controller").doors == {2: NORTH, 4: EAST}


async def test_reconfigure_moves_the_board_and_reloads(
    hass: HomeAssistant, entry: MockConfigEntry, boards: Boards, mock_setup_entry: AsyncMock
) -> None:
    (subentry_id,) = (
        sid for sid, s in entry.subentries.items() if s.subentry_type == "access_controller"
    )
    result = await entry.start_subentry_reconfigure_flow(hass, subentry_id)
    assert result["step_id"] == "controller"
    shown = as_the_frontend_fills_it(result["data_schema"])
    assert shown == {
        "name": "Garage controller",
        "serial": CONFIGURED,
        "host": "192.0.2.40",
        "port": 60000,
        "transport": "udp",
        "listener_host": "",  # the address toward the board, found when it runs
        "listener_port": 60001,
        "wiegand_bits": "34",
        "capacity": 20000,
    }
    setups = mock_setup_entry.call_count
    result = await _configure(hass, result, shown | {"host": "127.0.0.1", "port": boards.port})
    assert result["step_id"] == "doors"
    assert as_the_frontend_fills_it(result["data_schema"]) == {"door_1": GARAGE}
    result = await _configure(hass, result, {"door_1": GARAGE, "door_2": EAST})
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "reconfigure_successful"
    await hass.async_block_till_done()
    assert mock_setup_entry.call_count == setups + 1
    assert AccessControllerConfig.from_subentry(entry.subentries[subentry_id]) == (
        AccessControllerConfig(
            serial=CONFIGURED, host="127.0.0.1", port=boards.port, doors={1: GARAGE, 2: EAST}
        )
    )


async def test_reconfigure_of_the_doors_alone_does_not_need_the_board(
    hass: HomeAssistant, entry: MockConfigEntry, boards: Boards
) -> None:
    (subentry_id,) = (
        sid for sid, s in entry.subentries.items() if s.subentry_type == "access_controller"
    )
    result = await entry.start_subentry_reconfigure_flow(hass, subentry_id)
    result = await _configure(hass, result, as_the_frontend_fills_it(result["data_schema"]))
    assert result["step_id"] == "doors"  # 192.0.2.40 never answers: it was not asked
    result = await _configure(hass, result, {"door_3": GARAGE})
    assert result["reason"] == "reconfigure_successful"
    assert _saved(entry, "Garage controller").doors == {3: GARAGE}


async def test_a_compound_without_access_points_is_told_to_add_them_first(
    hass: HomeAssistant, boards: Boards
) -> None:
    bare = compound_entry([])
    bare.add_to_hass(hass)
    assert await hass.config_entries.async_setup(bare.entry_id)
    result = await _start(hass, bare)
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "no_access_points"
    assert boards.ours.requests_seen == 0


async def test_a_board_over_tcp_answers_and_is_saved_as_tcp(
    hass: HomeAssistant, entry: MockConfigEntry, boards: Boards
) -> None:
    server = UhppoteSimulator(SimulatedController(SERIAL + 1))
    port = await server.start(tcp=True)
    try:
        result = await _by_hand(hass, entry, boards)
        typed = _typed(boards, serial=SERIAL + 1, port=port, transport="tcp")
        result = await _configure(hass, result, typed)
        assert result["step_id"] == "doors"
        result = await _configure(hass, result, {"door_1": NORTH})
    finally:
        server.stop()
    assert _saved(entry, "North gate controller").transport == "tcp"
