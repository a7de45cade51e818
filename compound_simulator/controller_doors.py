"""Access points whose lock a simulated UHPPOTE (微耕) controller drives, not an MQTT relay.

The reader is wired to the board, so a swipe is `present_card` with the number a Wiegand 34
reader sends (the card UID's low 32 bits). Under PC control Home Assistant decides and
opens the door through the board; the resident then walks through, so the door contact
opens and closes again and the board reports both. Opening a locked door is forced.
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any

from custom_components.compound_security.transport.uhppote_types import DOORS

from .devices import DOOR_OPEN_SECONDS
from .uhppote import SimulatedController, UhppoteSimulator

SERIAL = 405419896  # the demo's board
NAME = "Unit door controller"
UNLOCK_WAIT = 3.0  # seconds Home Assistant has to decide a swipe and open the door
WIEGAND34_MASK = 0xFFFFFFFF


class ControllerDoors:
    """One simulated board serving up to four of the scenario's access points."""

    def __init__(self, serial: int = SERIAL, name: str = NAME) -> None:
        """Prepare an empty board; `add` wires access points to its doors."""
        self.name = name
        self.board = SimulatedController(serial)
        self.server = UhppoteSimulator(self.board)
        self.doors: dict[str, int] = {}  # access point name -> door number
        self._walks: set[asyncio.Task[None]] = set()

    def add(self, access_point: str) -> int:
        """Wire an access point to the next free door; return its number."""
        door = len(self.doors) + 1
        if door not in DOORS:
            msg = f"one controller has four doors; {access_point} would be door {door}"
            raise ValueError(msg)
        self.doors[access_point] = door
        return door

    async def start(self, host: str, port: int) -> dict[str, Any]:
        """Serve the board on UDP; return its entry for `endpoints.json`."""
        bound = await self.server.start(host, port)
        return {
            "name": self.name,
            "serial": self.board.serial,
            "host": host,
            "port": bound,
            "doors": {str(door): name for name, door in self.doors.items()},
        }

    def present(self, access_point: str, uid: int) -> None:
        """Swipe a card at an access point's reader; walk through once the door opens."""
        door = self.doors[access_point]
        result = self.board.present_card(door, uid & WIEGAND34_MASK)
        if result.granted:  # the board decided alone (Home Assistant away)
            self._spawn(self._walk(door))
        elif result.deferred_to_host:
            self._spawn(self._walk_when_opened(door))

    def pass_through(self, access_point: str) -> None:
        """Push the door open whether or not it is unlocked (forced if it is not)."""
        self._spawn(self._walk(self.doors[access_point]))

    def stop(self) -> None:
        """Stop walking and close the port."""
        for walk in self._walks:
            walk.cancel()
        self.server.stop()

    def _spawn(self, walk: Coroutine[Any, Any, None]) -> None:
        task = asyncio.get_running_loop().create_task(walk)
        self._walks.add(task)
        task.add_done_callback(self._walks.discard)

    async def _walk_when_opened(self, door: int) -> None:
        loop = asyncio.get_running_loop()
        give_up = loop.time() + UNLOCK_WAIT
        while not self.board.is_unlocked(door):  # the board has no events to await
            if loop.time() > give_up:
                return  # refused: the resident stays outside
            await asyncio.sleep(0.05)
        await self._walk(door)

    async def _walk(self, door: int) -> None:
        self.board.set_contact(door, is_open=True)
        await asyncio.sleep(DOOR_OPEN_SECONDS)
        self.board.set_contact(door, is_open=False)
