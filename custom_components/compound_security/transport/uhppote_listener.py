"""The UDP port where UHPPOTE controllers send their event frames.

Each swipe, door change or PC-control request arrives as a 64-byte frame shaped like a
get-status reply. A datagram that is not such a frame (short, foreign, corrupt) is counted
and dropped without its contents being logged: a bad packet on the LAN must never stop
the events, nor put a card number in the log.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
import logging
from typing import Any, Self

from uhppoted import decode

from .uhppote_types import ControllerEvent, event_from_frame

_LOGGER = logging.getLogger(__name__)


class EventListener:
    """Receive the controllers' event frames on a UDP port: `async for event in listener`."""

    def __init__(
        self,
        host: str = "0.0.0.0",  # noqa: S104 - controllers on the LAN send here
        port: int = 60001,
    ) -> None:
        """Initialise; the socket is bound on `async with`."""
        self._bind = (host, port)
        self._queue: asyncio.Queue[ControllerEvent | None] = asyncio.Queue()
        self._transport: asyncio.DatagramTransport | None = None
        self.malformed = 0

    @property
    def port(self) -> int:
        """Return the bound port (useful when bound to port 0)."""
        if self._transport is None:
            raise RuntimeError("listener not started")
        return int(self._transport.get_extra_info("sockname")[1])

    async def __aenter__(self) -> Self:
        """Bind the socket."""
        loop = asyncio.get_running_loop()
        self._transport, _ = await loop.create_datagram_endpoint(
            lambda: _EventProtocol(self._received), local_addr=self._bind
        )
        return self

    async def __aexit__(self, *_: object) -> None:
        """Close the socket and end the iteration."""
        self.close()

    def close(self) -> None:
        """Stop listening; a pending iteration ends."""
        if self._transport is not None:
            self._transport.close()
            self._transport = None
            self._queue.put_nowait(None)

    def _received(self, data: bytes) -> None:
        try:
            frame = decode.event(data)
        except Exception:  # noqa: BLE001 - a bad datagram must never stop the listener
            self.malformed += 1
            _LOGGER.debug("Ignored a datagram that is not a controller event (%d bytes)", len(data))
            return
        if (event := event_from_frame(frame)) is not None:
            self._queue.put_nowait(event)

    def __aiter__(self) -> AsyncIterator[ControllerEvent]:
        """Iterate over events until closed."""
        return self._events()

    async def _events(self) -> AsyncIterator[ControllerEvent]:
        while (event := await self._queue.get()) is not None:
            yield event


class _EventProtocol(asyncio.DatagramProtocol):
    def __init__(self, received: Callable[[bytes], None]) -> None:
        self._received = received

    def datagram_received(self, data: bytes, addr: tuple[str | Any, int]) -> None:
        self._received(data)
