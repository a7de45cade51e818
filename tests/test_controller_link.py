"""A UHPPOTE controller under Home Assistant, over loopback UDP against the simulator.

Home Assistant decides while it is up (PC control); the controller's list follows the
registry (a revocation within 2 s); Home Assistant away, the controller decides alone
and its passages come back into the access log, each once, with their own times.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
import itertools
from typing import Any
from unittest.mock import patch

from homeassistant.config_entries import ConfigEntryState, ConfigSubentryData
from homeassistant.core import HomeAssistant
from homeassistant.helpers import issue_registry as ir
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from compound_simulator.uhppote import SimulatedController, UhppoteSimulator
from custom_components.compound_security.const import DOMAIN, EVENT_ALARM
from custom_components.compound_security.controller_link import SYNC_DELAY, ControllerLink
from custom_components.compound_security.diagnostics import (
    async_get_config_entry_diagnostics,
)
from custom_components.compound_security.engine.audit import AccessQuery
from custom_components.compound_security.engine.controller_sync import SyncPlanner
from custom_components.compound_security.transport.uhppote_types import (
    ControllerTimeoutError,
    DoorMode,
    EventReason,
)

from .helpers import act, compound_entry, populate

pytestmark = pytest.mark.usefixtures("socket_enabled")

SERIAL = 405419896
OWNER_CARD = 0x008EC793  # populate(): 王奶奶's citizen card, building 3 unit 1
TENANT_CARD = 0x0A0B0C0D
NORTH, UNIT = 1, 2  # the controller's doors


class FakeMonotonic:
    """The board's clocks, moved by the test: monotonic (PC control's 30 s) and wall."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.shift = timedelta()

    def __call__(self) -> float:
        return self.now

    def wall(self) -> datetime:
        return datetime.now() + self.shift  # noqa: DTZ005 - a board's clock is local

    def advance(self, seconds: float) -> None:
        self.now += seconds
        self.shift += timedelta(seconds=seconds)


@dataclass
class Rig:
    hass: HomeAssistant
    entry: MockConfigEntry
    board: SimulatedController
    clock: FakeMonotonic

    @property
    def link(self) -> ControllerLink:
        (link,) = self.entry.runtime_data.controllers.values()
        return link

    async def rows(self, **query: Any) -> list[dict[str, Any]]:
        audit = self.entry.runtime_data.audit
        await audit.async_flush()
        return await audit.async_query(AccessQuery(**query))


async def wait_for(condition: Callable[[], bool], within: float = 3.0) -> None:
    """Wait for something the controller or Home Assistant does over the network."""
    async with asyncio.timeout(within):
        while not condition():  # noqa: ASYNC110 - the board and the link have no events to await
            await asyncio.sleep(0.02)


def controller_entry(port: int) -> MockConfigEntry:
    return compound_entry(
        [
            ConfigSubentryData(
                subentry_type="access_point",
                title="North gate",
                unique_id="north gate",
                data={"zone": "compound_gate", "direction": "in"},
            ),
            ConfigSubentryData(
                subentry_type="access_point",
                title="Building 3 unit 1",
                unique_id="building 3 unit 1",
                data={"zone": "unit_door", "building": "3", "unit": "1", "direction": "in"},
            ),
            ConfigSubentryData(
                subentry_type="access_controller",
                title="North controller",
                unique_id=str(SERIAL),
                data={
                    "serial": SERIAL,
                    "host": "127.0.0.1",
                    "port": port,
                    "listener_host": "127.0.0.1",
                    "listener_port": 0,
                    "doors": {},  # filled in below: the access points' subentry ids
                },
            ),
        ]
    )


@pytest.fixture
async def rig(hass: HomeAssistant) -> AsyncIterator[Rig]:
    clock = FakeMonotonic()
    board = SimulatedController(SERIAL, monotonic=clock, wall_clock=clock.wall)
    simulator = UhppoteSimulator(board)
    port = await simulator.start()
    entry = controller_entry(port)
    by_title = {sub.title: sub.subentry_id for sub in entry.subentries.values()}
    controller_id = by_title["North controller"]
    data = dict(entry.subentries[controller_id].data)
    data["doors"] = {str(NORTH): by_title["North gate"], str(UNIT): by_title["Building 3 unit 1"]}
    entry.add_to_hass(hass)
    hass.config_entries.async_update_subentry(entry, entry.subentries[controller_id], data=data)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    rig = Rig(hass, entry, board, clock)
    await wait_for(lambda: rig.link.data.last_sync is not None)  # connected and reconciled
    yield rig
    if entry.state is ConfigEntryState.LOADED:
        await hass.config_entries.async_unload(entry.entry_id)
    simulator.stop()


async def restart(rig: Rig) -> None:
    """Stop and start the compound as a Home Assistant restart does."""
    assert await rig.hass.config_entries.async_unload(rig.entry.entry_id)
    assert await rig.hass.config_entries.async_setup(rig.entry.entry_id)
    await rig.hass.async_block_till_done()
    await wait_for(lambda: rig.link.data.connected and rig.link.data.last_sync is not None)


async def test_connect_takes_the_controller_over(rig: Rig) -> None:
    board = rig.board
    assert board.pc_control_active
    assert board._listener[0].compressed == "127.0.0.1"
    assert board._special_events
    await wait_for(lambda: rig.link.data.last_sync is not None)
    assert board.card_count == 0  # nobody registered yet


async def test_registry_reaches_the_controller_and_a_revocation_within_two_seconds(
    rig: Rig,
) -> None:
    await populate(rig.hass)
    await wait_for(lambda: rig.board.card_count == 2, within=2)
    owner = rig.board.card(OWNER_CARD)
    assert owner is not None
    assert owner.doors == (1, 1, 0, 0)  # the compound gate, and their own unit door
    assert rig.board.card(TENANT_CARD) is not None
    await asyncio.sleep(SYNC_DELAY * 2)  # no sync still pending
    requests = rig.board.requests_seen
    with patch.object(
        SyncPlanner, "intended", autospec=True, side_effect=SyncPlanner.intended
    ) as whole:
        await act(rig.hass, "revoke_card", uid="0A0B0C0D", status="revoked")
        await wait_for(lambda: rig.board.card(TENANT_CARD) is None, within=2)
    assert rig.link.data.card_count == 1
    # Only the tenant was planned again, and only the change went out (a delete), not a
    # read-back of 2 cards and 253 profiles.
    assert whole.call_count == 0
    assert rig.board.requests_seen - requests < 5


async def test_a_swipe_is_decided_here_and_the_door_opened_by_the_controller(rig: Rig) -> None:
    await populate(rig.hass)
    result = rig.board.present_card(NORTH, OWNER_CARD)
    assert result.deferred_to_host
    await wait_for(lambda: rig.board.is_unlocked(NORTH))
    (row,) = await rig.rows(decision="granted")
    assert row["reason"] == "granted"
    assert row["access_point_id"] == rig.link.config.doors[NORTH]
    rig.board.present_card(UNIT, 0x12345678)  # unknown here: refused, and not opened
    await wait_for(lambda: rig.entry.runtime_data.activity.data.decisions_today == 2)
    (denied,) = await rig.rows(decision="denied")
    assert denied["reason"] == "unknown_credential"
    assert not rig.board.is_unlocked(UNIT)


async def test_fault_home_assistant_away_the_controller_decides_and_it_is_logged_once(
    rig: Rig,
) -> None:
    ids = await populate(rig.hass)
    await act(rig.hass, "set_watch", person_id=ids["owner"], level="care")
    await wait_for(lambda: rig.board.card(TENANT_CARD) is not None, within=2)
    await act(rig.hass, "revoke_card", uid="0A0B0C0D", status="revoked")  # just before the stop
    await wait_for(lambda: rig.board.card(TENANT_CARD) is None, within=2)
    alarms: list[dict[str, Any]] = []
    rig.hass.bus.async_listen(EVENT_ALARM, lambda event: alarms.append(event.data))

    assert await rig.hass.config_entries.async_unload(rig.entry.entry_id)
    assert not rig.board.pc_control_active  # a clean stop hands decisions back at once
    # Home Assistant away for 5 minutes; residents swipe meanwhile.
    rig.clock.advance(60)
    in_ = rig.board.present_card(NORTH, OWNER_CARD)
    rig.clock.advance(60)
    out = rig.board.present_card(NORTH, TENANT_CARD)
    rig.clock.advance(60)
    unit = rig.board.present_card(UNIT, OWNER_CARD)
    rig.clock.advance(120)
    assert (in_.reason, out.reason, unit.reason) == (
        EventReason.SWIPE,
        EventReason.DENIED_UNKNOWN_CARD,
        EventReason.SWIPE,
    )

    assert await rig.hass.config_entries.async_setup(rig.entry.entry_id)
    await rig.hass.async_block_till_done()
    await wait_for(lambda: rig.link.data.connected and rig.link.data.last_sync is not None)
    rows = await rig.rows(since=None)
    offline = sorted(
        (row for row in rows if row["reason"].startswith("offline_")), key=lambda r: r["time"]
    )
    assert [row["reason"] for row in offline] == [
        "offline_granted",
        "offline_denied",
        "offline_granted",
    ]
    assert offline[0]["person_id"] == ids["owner"]
    swiped = {in_.event_index, out.event_index, unit.event_index}
    board_times = [event.timestamp for event in rig.board.events if event.index in swiped]
    # Each with the controller's own time (its clock was set to local time at connect).
    times = [datetime.fromisoformat(row["time"]) for row in offline]
    assert times == [
        moment.replace(tzinfo=dt_util.get_default_time_zone()) for moment in board_times
    ]
    assert [(b - a).total_seconds() for a, b in itertools.pairwise(times)] == [60, 60]
    late = [alarm for alarm in alarms if alarm["kind"] == "watchlist"]
    assert len(late) == 2  # the watched owner passed twice while Home Assistant was away
    assert all("late" in alarm["message"] for alarm in late)

    await restart(rig)  # read back again from the mark: nothing twice
    rows_again = await rig.rows()
    assert len([r for r in rows_again if r["reason"].startswith("offline_")]) == 3
    assert rig.link.data.event_index == rig.board.events[-1].index


async def test_a_crash_leaves_pc_control_to_time_out(rig: Rig) -> None:
    await populate(rig.hass)
    await wait_for(lambda: rig.board.card(OWNER_CARD) is not None, within=2)
    rig.clock.now += 31  # Home Assistant silent for 31 s: the board decides again
    assert not rig.board.pc_control_active
    assert rig.board.present_card(NORTH, OWNER_CARD).granted


async def test_a_reboot_that_lost_the_list_is_reconciled(rig: Rig) -> None:
    await populate(rig.hass)
    await wait_for(lambda: rig.board.card(OWNER_CARD) is not None, within=2)
    await wait_for(lambda: rig.board.card_count == 2, within=2)
    rig.board.reboot(lose_cards=True)  # its power-up event reaches Home Assistant
    assert rig.board.card_count == 0
    await wait_for(lambda: rig.board.card_count == 2 and rig.board.pc_control_active)


async def test_a_silent_controller_is_a_repair_issue_not_a_crash(rig: Rig) -> None:
    rig.board.powered = False
    rig.link.client._timeout = 0.2
    await rig.link._keep_alive(None)  # type: ignore[arg-type]
    assert not rig.link.data.connected
    issue = ir.async_get(rig.hass).async_get_issue(
        DOMAIN, f"controller_unreachable_{rig.entry.entry_id}_{rig.link.id}"
    )
    assert issue is not None
    assert issue.translation_key == "controller_unreachable"
    assert rig.hass.states.get("binary_sensor.north_controller_connection").state == "off"
    await rig.link._keep_alive(None)  # type: ignore[arg-type]  # a retry, still silent
    assert rig.link._connecting is not None
    await rig.link._connecting
    rig.board.powered = True
    rig.link.client._timeout = 2.5
    await rig.link._keep_alive(None)  # type: ignore[arg-type]
    await wait_for(lambda: rig.link.data.connected)
    assert (
        ir.async_get(rig.hass).async_get_issue(
            DOMAIN, f"controller_unreachable_{rig.entry.entry_id}_{rig.link.id}"
        )
        is None
    )


async def test_holding_a_door_open_sets_it_normally_open_on_the_controller(rig: Rig) -> None:
    hardware = rig.entry.runtime_data.hardware[rig.link.config.doors[NORTH]]
    await hardware.async_hold_open()
    assert rig.board._door_modes[NORTH][0] == DoorMode.NORMALLY_OPEN
    await hardware.async_close()
    assert rig.board._door_modes[NORTH][0] == DoorMode.CONTROLLED


async def test_a_door_forced_at_the_controller_raises_the_forced_entry_alarm(rig: Rig) -> None:
    alarms: list[dict[str, Any]] = []
    rig.hass.bus.async_listen(EVENT_ALARM, lambda event: alarms.append(event.data))
    rig.board.set_contact(NORTH, is_open=True)  # nobody swiped: forced
    await wait_for(lambda: any(a["kind"] == "forced_entry" for a in alarms))


async def test_diagnostics_show_the_controller_without_card_numbers(rig: Rig) -> None:
    await populate(rig.hass)
    await wait_for(lambda: rig.board.card_count == 2, within=2)
    data = await async_get_config_entry_diagnostics(rig.hass, rig.entry)
    (controller,) = data["runtime"]["access_controllers"].values()
    assert controller["connected"] is True
    assert controller["doors"] == [NORTH, UNIT]
    assert controller["card_count"] == 2
    assert str(OWNER_CARD) not in str(data)


async def test_unloading_leaves_no_repair_issue_behind(rig: Rig) -> None:
    rig.board.powered = False
    rig.link.client._timeout = 0.2
    await rig.link._keep_alive(None)  # type: ignore[arg-type]
    issue_id = f"controller_unreachable_{rig.entry.entry_id}_{rig.link.id}"
    assert ir.async_get(rig.hass).async_get_issue(DOMAIN, issue_id) is not None
    assert await rig.hass.config_entries.async_unload(rig.entry.entry_id)
    assert ir.async_get(rig.hass).async_get_issue(DOMAIN, issue_id) is None


async def test_a_live_event_before_the_read_back_does_not_skip_the_backlog(rig: Rig) -> None:
    await populate(rig.hass)
    await wait_for(lambda: rig.board.card_count == 2, within=2)
    rig.link._went_silent(ControllerTimeoutError(SERIAL, "test"))
    rig.clock.advance(31)  # the board decides alone again
    send, rig.board.send = rig.board.send, None
    missed = rig.board.present_card(NORTH, OWNER_CARD)  # its event frame is lost
    rig.board.send = send
    rig.clock.advance(5)
    heard = rig.board.present_card(NORTH, OWNER_CARD)  # heard live, before the read-back
    assert missed.granted
    assert heard.granted
    await wait_for(lambda: rig.entry.runtime_data.activity.data.decisions_today == 1)
    await rig.link._keep_alive(None)  # type: ignore[arg-type]  # reconnects, reads back
    await wait_for(lambda: rig.link.data.connected and rig.link.backfill._caught_up)
    await rig.link.async_sync(full=True)
    rows = [r for r in await rig.rows() if r["reason"] == "offline_granted"]
    assert len(rows) == 2  # the missed one read back, the heard one once


async def test_a_door_left_open_by_the_fire_release_stays_open_across_a_restart(
    rig: Rig,
) -> None:
    await populate(rig.hass)
    await wait_for(lambda: rig.board.card_count == 2, within=2)
    rig.board._door_modes[NORTH] = (int(DoorMode.NORMALLY_OPEN), 3)  # the release, before
    await restart(rig)  # the fire entity not known yet: nothing is relocked at connect
    assert rig.board._door_modes[NORTH][0] == DoorMode.NORMALLY_OPEN
    hardware = rig.entry.runtime_data.hardware[rig.link.config.doors[NORTH]]
    assert hardware.gate is not None
    assert not hardware.gate.held_open
    rig.board.present_card(NORTH, OWNER_CARD)  # a swipe, and its pulse's end...
    await wait_for(lambda: rig.entry.runtime_data.activity.data.decisions_today >= 1)
    await wait_for(lambda: not hardware.gate.pulsing)  # type: ignore[union-attr]
    await rig.hass.async_block_till_done()
    assert rig.board._door_modes[NORTH][0] == DoorMode.NORMALLY_OPEN  # ...lock nothing
    await hardware.async_close()  # closing on purpose does
    assert rig.board._door_modes[NORTH][0] == DoorMode.CONTROLLED


async def test_an_event_that_fails_to_be_handled_does_not_stop_the_events(rig: Rig) -> None:
    await populate(rig.hass)
    await wait_for(lambda: rig.board.card_count == 2, within=2)
    with patch.object(rig.link.backfill, "_handle", side_effect=RuntimeError("a bug")):
        rig.board.present_card(NORTH, OWNER_CARD)
        await asyncio.sleep(0.2)
    rig.board.present_card(UNIT, OWNER_CARD)  # the next swipe is still heard and decided
    await wait_for(lambda: rig.board.is_unlocked(UNIT))
