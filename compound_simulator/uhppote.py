"""A UHPPOTE (微耕) access controller speaking the real UDP protocol, for tests and the demo.

`SimulatedController` is the board: a card store with validity dates, per-door permissions
or time profiles and PINs; time profiles; an event log whose indexes only grow; four doors
with relay, contact and exit button; the listener it sends event frames to; and PC control,
in which swipes are reported to the host instead of decided, until the host has been silent
for 30 s and the board decides from its own card list again. `UhppoteSimulator` serves one
or more boards on a UDP port. Clocks are injectable so tests never sleep.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from ipaddress import IPv4Address

from uhppoted import codec, decode

from custom_components.compound_security.transport.uhppote_types import (
    DOORS,
    DoorMode,
    EventKind,
    EventReason,
)

from . import uhppote_frames as frames
from .uhppote_board import ControllerBoard, SwipeResult

__all__ = ["ControllerBoard", "SimulatedController", "SwipeResult", "UhppoteSimulator"]


class SimulatedController(ControllerBoard):
    """A board that answers request frames like the firmware does."""

    # --- requests ------------------------------------------------------------------------
    def handle(self, request: bytes) -> bytes | None:
        """Answer one request frame, or None when a real board would stay silent."""
        if not self.powered or not frames.is_request(request):
            return None
        serial, function = frames.serial_of(request), request[1]
        if serial != self.serial and not (serial == 0 and function == codec.GET_CONTROLLER):
            return None
        if (name := _HANDLERS.get(function)) is None:
            return None
        self.requests_seen += 1
        self._host_seen_at = self._monotonic()  # any request keeps PC control alive
        handler: Callable[[bytes], bytearray] = getattr(self, name)
        return bytes(handler(request))

    def _get_controller(self, _: bytes) -> bytearray:
        mac = self.serial.to_bytes(6, "big")
        return frames.controller_reply(self.serial, self.address, mac)

    def _get_status(self, _: bytes) -> bytearray:
        return self._status(self._events[-1] if self._events else None)

    def _get_time(self, _: bytes) -> bytearray:
        return frames.time_reply(codec.GET_TIME, self.serial, self.now())

    def _get_card_count(self, _: bytes) -> bytearray:
        return frames.uint32_reply(codec.GET_CARDS, self.serial, self.card_count)

    def _get_time_profile(self, request: bytes) -> bytearray:
        return frames.profile_reply(self.serial, self._profiles.get(request[8]))

    def _get_listener(self, _: bytes) -> bytearray:
        return frames.listener_reply(self.serial, *self._listener)

    def _get_event(self, request: bytes) -> bytearray:
        return self._event_at(frames.uint32(request, 8))

    def _get_event_index(self, _: bytes) -> bytearray:
        return frames.uint32_reply(codec.GET_EVENT_INDEX, self.serial, self._read_index)

    def _put_card(self, request: bytes) -> bytearray:
        card = frames.parse_card(request)
        stored = card.card not in (0, frames.DELETED_CARD) and self._store_card(card)
        return frames.flag_reply(codec.PUT_CARD, self.serial, ok=stored)

    def _delete_card(self, request: bytes) -> bytearray:
        deleted = self._remove_card(frames.uint32(request, 8))
        return frames.flag_reply(codec.DELETE_CARD, self.serial, ok=deleted)

    def _delete_all_cards(self, request: bytes) -> bytearray:
        confirmed = frames.uint32(request, 8) == frames.MAGIC
        if confirmed:
            self._forget_cards()
        return frames.flag_reply(codec.DELETE_ALL_CARDS, self.serial, ok=confirmed)

    def _get_card(self, request: bytes) -> bytearray:
        card = self._cards.get(frames.uint32(request, 8))
        return frames.card_reply(codec.GET_CARD, self.serial, card or 0)

    def _get_card_at(self, request: bytes) -> bytearray:
        index = frames.uint32(request, 8)
        if not 1 <= index <= len(self._card_slots):
            return frames.card_reply(codec.GET_CARD_AT_INDEX, self.serial, 0)
        number = self._card_slots[index - 1]
        found = frames.DELETED_CARD if number is None else self._cards[number]
        return frames.card_reply(codec.GET_CARD_AT_INDEX, self.serial, found)

    def _set_time(self, request: bytes) -> bytearray:
        moment = decode.unpack_datetime(request, 8)
        if moment is not None:
            self._clock_offset = moment - self._wall_clock().replace(microsecond=0)
        return frames.time_reply(codec.SET_TIME, self.serial, self.now())

    def _open_door(self, request: bytes) -> bytearray:
        door = frames.uint8(request, 8)
        if door not in DOORS:
            return frames.flag_reply(codec.OPEN_DOOR, self.serial, ok=False)
        self._unlock(door)
        self._log_special(EventKind.DOOR, door, EventReason.REMOTE_OPEN, granted=True)
        return frames.flag_reply(codec.OPEN_DOOR, self.serial, ok=True)

    def _door_control(self, request: bytes) -> bytearray:
        door, mode, delay = (frames.uint8(request, offset) for offset in (8, 9, 10))
        if door in DOORS and mode in set(DoorMode):  # a get-door request carries mode 0
            self._door_modes[door] = (mode, delay)
        mode, delay = self._door_modes.get(door, (0, 0))
        return frames.door_control_reply(request[1], self.serial, door, mode, delay)

    def _set_listener(self, request: bytes) -> bytearray:
        address = decode.unpack_ipv4(request, 8)
        port = int(decode.unpack_uint16(request, 12))
        self._listener = (address, port, frames.uint8(request, 14))
        return frames.flag_reply(codec.SET_LISTENER, self.serial, ok=True)

    def _set_time_profile(self, request: bytes) -> bytearray:
        profile = frames.parse_profile(request)
        valid = 2 <= profile.profile_id <= 254  # noqa: PLR2004 - ids 0 and 1 are reserved
        if valid:
            self._profiles[profile.profile_id] = profile
        return frames.flag_reply(codec.SET_TIME_PROFILE, self.serial, ok=valid)

    def _clear_time_profiles(self, request: bytes) -> bytearray:
        confirmed = frames.uint32(request, 8) == frames.MAGIC
        if confirmed:
            self._profiles.clear()
        return frames.flag_reply(codec.CLEAR_TIME_PROFILES, self.serial, ok=confirmed)

    def _set_event_index(self, request: bytes) -> bytearray:
        confirmed = frames.uint32(request, 12) == frames.MAGIC
        if confirmed:
            self._read_index = frames.uint32(request, 8)
        return frames.flag_reply(codec.SET_EVENT_INDEX, self.serial, ok=confirmed)

    def _record_special_events(self, request: bytes) -> bytearray:
        self._special_events = request[8] != 0
        return frames.flag_reply(codec.RECORD_SPECIAL_EVENTS, self.serial, ok=True)

    def _set_pc_control(self, request: bytes) -> bytearray:
        confirmed = frames.uint32(request, 8) == frames.MAGIC
        if confirmed:
            self._pc_control = request[12] != 0
        return frames.flag_reply(codec.SET_PC_CONTROL, self.serial, ok=confirmed)

    def _activate_keypads(self, request: bytes) -> bytearray:
        for door in DOORS:
            self._keypads[door] = request[7 + door] != 0
        return frames.flag_reply(codec.ACTIVATE_KEYPADS, self.serial, ok=True)


_HANDLERS = {
    codec.GET_CONTROLLER: "_get_controller",
    codec.GET_STATUS: "_get_status",
    codec.GET_TIME: "_get_time",
    codec.SET_TIME: "_set_time",
    codec.OPEN_DOOR: "_open_door",
    codec.PUT_CARD: "_put_card",
    codec.DELETE_CARD: "_delete_card",
    codec.DELETE_ALL_CARDS: "_delete_all_cards",
    codec.GET_CARDS: "_get_card_count",
    codec.GET_CARD: "_get_card",
    codec.GET_CARD_AT_INDEX: "_get_card_at",
    codec.SET_DOOR: "_door_control",
    codec.GET_DOOR: "_door_control",
    codec.SET_TIME_PROFILE: "_set_time_profile",
    codec.GET_TIME_PROFILE: "_get_time_profile",
    codec.CLEAR_TIME_PROFILES: "_clear_time_profiles",
    codec.SET_LISTENER: "_set_listener",
    codec.GET_LISTENER: "_get_listener",
    codec.GET_EVENT: "_get_event",
    codec.GET_EVENT_INDEX: "_get_event_index",
    codec.SET_EVENT_INDEX: "_set_event_index",
    codec.RECORD_SPECIAL_EVENTS: "_record_special_events",
    codec.SET_PC_CONTROL: "_set_pc_control",
    codec.ACTIVATE_KEYPADS: "_activate_keypads",
}


class UhppoteSimulator(asyncio.DatagramProtocol):
    """Serve boards on a UDP port, and on TCP at the same port number if asked.

    Each board answers only frames with its serial (or 0, for discovery).
    """

    def __init__(self, *controllers: SimulatedController) -> None:
        """Initialise; `start` binds the port."""
        self.controllers = list(controllers)
        self._transport: asyncio.DatagramTransport | None = None
        self._tcp: asyncio.Server | None = None

    async def start(self, host: str = "127.0.0.1", port: int = 0, *, tcp: bool = False) -> int:
        """Bind and return the port."""
        loop = asyncio.get_running_loop()
        self._transport, _ = await loop.create_datagram_endpoint(
            lambda: self, local_addr=(host, port)
        )
        port = int(self._transport.get_extra_info("sockname")[1])
        if tcp:
            self._tcp = await asyncio.start_server(self._serve_tcp, host, port)
        for controller in self.controllers:
            controller.address = IPv4Address(host)
            controller.send = self._transport.sendto
        return port

    def stop(self) -> None:
        """Close the ports."""
        if self._transport is not None:
            self._transport.close()
            self._transport = None
        if self._tcp is not None:
            self._tcp.close()
            self._tcp = None

    def _answers(self, request: bytes) -> list[bytes]:
        return [reply for board in self.controllers if (reply := board.handle(request))]

    def datagram_received(self, data: bytes, addr: tuple[str | object, int]) -> None:
        """Answer a request from every board it is addressed to."""
        for reply in self._answers(data):
            if self._transport is not None:
                self._transport.sendto(reply, addr)

    async def _serve_tcp(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        """Answer 64-byte requests on one TCP connection until the host closes it."""
        try:
            while True:
                request = await reader.readexactly(frames.FRAME_SIZE)
                for reply in self._answers(request):
                    writer.write(reply)
                await writer.drain()
        except asyncio.IncompleteReadError, ConnectionError:
            pass
        finally:
            writer.close()
