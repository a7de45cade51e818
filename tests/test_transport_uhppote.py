"""The UHPPOTE client and listener against the simulated controller over loopback UDP.

No mocks: the client sends the `uhppoted` library's frames through real sockets to
`compound_simulator.uhppote`, and the listener receives the frames the board sends.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from datetime import date, datetime, time
import json
from pathlib import Path
import re
import socket

import pytest

from compound_simulator.uhppote import SimulatedController, UhppoteSimulator
from custom_components.compound_security.transport.uhppote import (
    CardRecord,
    CardSlot,
    ControllerAddress,
    ControllerError,
    ControllerEvent,
    ControllerRefusedError,
    ControllerReplyError,
    ControllerTimeoutError,
    EventListener,
    EventSlot,
    TimeProfile,
    UhppoteClient,
    discover_controllers,
)
from custom_components.compound_security.transport.uhppote_types import (
    DoorMode,
    EventKind,
    EventReason,
)

pytestmark = pytest.mark.usefixtures("socket_enabled")

SERIAL = 405419896
THIS_YEAR = (date(2026, 1, 1), date(2026, 12, 31))
CARD = CardRecord(10058400, *THIS_YEAR, (1, 0, 2, 0), pin=7531)
OTHER = CardRecord(10058401, *THIS_YEAR, (0, 1, 0, 0))


@dataclass
class Wired:
    board: SimulatedController
    client: UhppoteClient
    port: int


@pytest.fixture
async def wired() -> AsyncIterator[Wired]:
    board = SimulatedController(SERIAL, card_capacity=2, event_capacity=3)
    server = UhppoteSimulator(board)
    port = await server.start()
    yield Wired(board, UhppoteClient(ControllerAddress(SERIAL, "127.0.0.1", port), timeout=2), port)
    server.stop()


async def next_event(listener: EventListener) -> ControllerEvent:
    async with asyncio.timeout(5):  # a guard against a hang, not a measurement
        return await anext(aiter(listener))


async def test_identity_status_and_clock(wired: Wired) -> None:
    info = await wired.client.get_controller()
    assert (info.serial, str(info.address), info.version) == (SERIAL, "127.0.0.1", "v6.62")
    status = await wired.client.get_status()
    assert status.serial == SERIAL
    assert status.last_event is None
    assert not any(door.unlocked or door.open for door in status.doors.values())
    moment = datetime(2026, 6, 1, 8, 30, 15)  # noqa: DTZ001 - the controller's clock is naive
    assert await wired.client.set_time(moment) == moment
    assert (await wired.client.get_time()).date() == moment.date()


async def test_discovery_finds_every_board_that_answers() -> None:
    server = UhppoteSimulator(SimulatedController(SERIAL + 1), SimulatedController(SERIAL))
    port = await server.start()
    try:
        found = await discover_controllers(f"127.0.0.1:{port}", wait=0.3)
    finally:
        server.stop()
    assert [info.serial for info in found] == [SERIAL, SERIAL + 1]


async def test_cards_round_trip_and_the_reconcile_walk(wired: Wired) -> None:
    client = wired.client
    await client.put_card(CARD)
    await client.put_card(OTHER)
    assert await client.get_card(CARD.card) == CARD
    assert await client.get_card(1) is None
    assert await client.get_card_count() == 2
    assert await client.delete_card(CARD.card)
    assert not await client.delete_card(CARD.card)
    assert await client.get_card_by_index(1) is CardSlot.DELETED
    assert await client.get_card_by_index(2) == OTHER
    assert await client.get_card_by_index(3) is CardSlot.EMPTY
    assert [card async for card in client.all_cards()] == [OTHER]
    await client.delete_all_cards()
    assert await client.get_card_count() == 0
    assert [card async for card in client.all_cards()] == []


async def test_the_same_calls_over_tcp() -> None:
    board = SimulatedController(SERIAL)
    server = UhppoteSimulator(board)
    port = await server.start(tcp=True)
    client = UhppoteClient(ControllerAddress(SERIAL, "127.0.0.1", port, "tcp"), timeout=2)
    try:
        await client.put_card(CARD)
        assert await client.get_card(CARD.card) == CARD
        assert (await client.get_controller()).serial == SERIAL
        board.powered = False
        with pytest.raises(ControllerTimeoutError):
            await UhppoteClient(client.address, timeout=0.2).get_status()
    finally:
        server.stop()


async def test_a_full_card_store_is_refused(wired: Wired) -> None:
    await wired.client.put_card(CARD)
    await wired.client.put_card(OTHER)
    with pytest.raises(ControllerRefusedError) as refused:
        await wired.client.put_card(CardRecord(3, *THIS_YEAR, (1, 1, 1, 1)))
    assert refused.value.translation_key == "controller_refused"
    assert refused.value.translation_placeholders == {"serial": str(SERIAL)}


async def test_time_profiles_round_trip(wired: Wired) -> None:
    profile = TimeProfile(
        5,
        *THIS_YEAR,
        frozenset({0, 1, 2, 3, 4}),
        ((time(7, 0), time(9, 0)), (time(17, 0), time(22, 30))),
        linked_profile_id=6,
    )
    await wired.client.set_time_profile(profile)
    assert await wired.client.get_time_profile(5) == profile
    assert await wired.client.get_time_profile(6) is None
    with pytest.raises(ControllerRefusedError):
        await wired.client.set_time_profile(TimeProfile(1, *THIS_YEAR, frozenset(), ()))
    await wired.client.clear_time_profiles()
    assert await wired.client.get_time_profile(5) is None


async def test_listener_events_log_and_read_mark(wired: Wired) -> None:
    client, board = wired.client, wired.board
    async with EventListener("127.0.0.1", 0) as listener:
        await client.set_listener("127.0.0.1", listener.port)
        assert await client.get_listener() == ("127.0.0.1", listener.port, 0)
        await client.record_special_events(enable=True)
        await client.set_door_control(2, DoorMode.CONTROLLED, 7)
        await client.set_door_control(3, DoorMode.NORMALLY_OPEN, 7)
        assert board.is_unlocked(3)
        assert not board.is_unlocked(2)
        await client.open_door(2)
        opened = await next_event(listener)
        assert (opened.kind, opened.door, opened.reason) == (
            EventKind.DOOR,
            2,
            EventReason.REMOTE_OPEN,
        )
        assert (await client.get_status()).doors[2].unlocked

        await client.put_card(CARD)
        board.present_card(1, CARD.card)
        swipe = await next_event(listener)
        assert (swipe.index, swipe.card, swipe.granted, swipe.door) == (2, CARD.card, True, 1)

    assert await client.get_event(2) == swipe
    assert await client.get_event(3) is EventSlot.NOT_YET
    assert (await client.get_status()).last_event == swipe
    await client.set_event_index(2)
    assert await client.get_event_index() == 2
    for _ in range(3):
        board.present_card(1, CARD.card)
    assert await client.get_event(1) is EventSlot.OVERWRITTEN  # capacity 3


async def test_pc_control_over_the_wire(wired: Wired) -> None:
    client, board = wired.client, wired.board
    await client.put_card(CARD)
    async with EventListener("127.0.0.1", 0) as listener:
        await client.set_listener("127.0.0.1", listener.port)
        await client.set_pc_control(enable=True)
        assert board.pc_control_active
        board.present_card(1, CARD.card)
        swipe = await next_event(listener)
        assert (swipe.granted, swipe.reason) == (False, EventReason.DENIED_PC_CONTROL)
        assert not board.is_unlocked(1)
        await client.open_door(1)  # the host decided
        assert board.is_unlocked(1)
    await client.set_pc_control(enable=False)
    assert not board.pc_control_active


async def test_a_malformed_datagram_never_stops_the_listener(wired: Wired) -> None:
    async with EventListener("127.0.0.1", 0) as listener:
        await wired.client.set_listener("127.0.0.1", listener.port)
        wrong_function = bytearray(64)
        wrong_function[0:2] = (0x17, 0x94)
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sender:
            for junk in (b"\x17\x20", bytes(64), bytes(wrong_function), b"x" * 200):
                sender.sendto(junk, ("127.0.0.1", listener.port))
        await wired.client.put_card(CARD)
        wired.board.present_card(1, CARD.card)
        event = await next_event(listener)
        assert (event.card, event.granted) == (CARD.card, True)
        assert listener.malformed == 4


async def test_a_silent_controller_times_out_cleanly(wired: Wired) -> None:
    wired.board.powered = False
    client = UhppoteClient(ControllerAddress(SERIAL, "127.0.0.1", wired.port), timeout=0.2)
    with pytest.raises(ControllerTimeoutError) as silent:
        await client.get_status()
    assert silent.value.translation_key == "controller_timeout"
    assert silent.value.translation_placeholders == {"serial": str(SERIAL)}
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as unused:
        unused.bind(("127.0.0.1", 0))
        nobody = unused.getsockname()[1]
    client = UhppoteClient(ControllerAddress(SERIAL, "127.0.0.1", nobody), timeout=0.2)
    with pytest.raises(ControllerTimeoutError):
        await client.put_card(CARD)


class Impostor(asyncio.DatagramProtocol):
    """Answer every request with a frame made from the request."""

    def __init__(self, reply: Callable[[bytes], bytes]) -> None:
        self._reply = reply
        self.transport: asyncio.DatagramTransport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.DatagramTransport)
        self.transport = transport

    def datagram_received(self, data: bytes, addr: tuple[str | object, int]) -> None:
        assert self.transport is not None
        self.transport.sendto(self._reply(data), addr)


def other_function(request: bytes) -> bytes:
    return request[:1] + b"\x94" + request[2:]


def other_serial(request: bytes) -> bytes:
    return request[:4] + (SERIAL + 1).to_bytes(4, "little") + request[8:]


@pytest.mark.parametrize("reply", [other_function, other_serial])
async def test_a_reply_that_is_not_the_answer_is_a_bad_reply(
    reply: Callable[[bytes], bytes],
) -> None:
    loop = asyncio.get_running_loop()
    transport, _ = await loop.create_datagram_endpoint(
        lambda: Impostor(reply), local_addr=("127.0.0.1", 0)
    )
    port = transport.get_extra_info("sockname")[1]
    client = UhppoteClient(ControllerAddress(SERIAL, "127.0.0.1", port), timeout=2)
    try:
        with pytest.raises(ControllerReplyError) as bad:
            await client.get_status()
        assert bad.value.translation_key == "controller_bad_reply"
        with pytest.raises(ControllerReplyError):
            await client.get_card(CARD.card)
    finally:
        transport.close()


@pytest.mark.parametrize(
    "error",
    [ControllerError, ControllerTimeoutError, ControllerReplyError, ControllerRefusedError],
)
def test_every_controller_error_has_its_translation(error: type[ControllerError]) -> None:
    translations = Path(__file__).parents[1] / "custom_components/compound_security/translations"
    given = set(error(SERIAL).translation_placeholders)
    for language in ("en", "zh-Hans"):
        exceptions = json.loads((translations / f"{language}.json").read_text())["exceptions"]
        message = exceptions[error.translation_key]["message"]
        assert set(re.findall(r"\{(\w+)\}", message)) == given == {"serial"}
