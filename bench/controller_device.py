"""The simulated UHPPOTE controller in a process of its own, for `controller_bench`.

A real controller is a device on the LAN: its work must not count against Home
Assistant's. The board (`compound_simulator.uhppote`, the real UDP protocol) runs here
on its own event loop and core; the benchmark drives it over a pipe: read its counters,
swipe cards at a steady rate and time each swipe to the open-door request it brings, or
swipe cards while it decides alone. Both ends of a latency are stamped in this process.
"""

from __future__ import annotations

import asyncio
from collections import defaultdict, deque
from collections.abc import Callable
import multiprocessing
from multiprocessing.connection import Connection
import threading
import time
from typing import Any

from compound_simulator.uhppote import SimulatedController, UhppoteSimulator

LAST_OPEN_WAIT = 2.0  # seconds the last swipes get to bring their open-door request


class TimedController(SimulatedController):
    """A board that stamps each swipe and the open-door request that answers it."""

    def __init__(self, serial: int, **kwargs: Any) -> None:
        """Initialise the board with nothing waiting."""
        super().__init__(serial, **kwargs)
        self.waiting: dict[int, deque[float]] = defaultdict(deque)  # per door, oldest first
        self.latencies_ms: list[float] = []
        self.unmatched_opens = 0

    def _open_door(self, request: bytes) -> bytearray:
        arrived = time.perf_counter()
        door = request[8]
        if self.waiting[door]:
            self.latencies_ms.append((arrived - self.waiting[door].popleft()) * 1000)
        else:
            self.unmatched_opens += 1
        return super()._open_door(request)


def _stats(board: TimedController) -> dict[str, Any]:
    return {
        "requests": board.requests_seen,
        "cards": board.card_count,
        "last_index": board.events[-1].index if board.events else 0,
        "pc_control": board.pc_control_active,
    }


async def _swipe_paced(
    board: TimedController, cards: list[int], doors: list[int], rate: float
) -> dict[str, Any]:
    """Swipe at `rate` per second, round-robin over `doors`; time each to its open request."""
    board.latencies_ms.clear()
    board.unmatched_opens = 0
    deferred = 0
    start = time.perf_counter()
    for n, card in enumerate(cards):
        await asyncio.sleep(max(0.0, start + n / rate - time.perf_counter()))
        door = doors[n % len(doors)]
        board.waiting[door].append(time.perf_counter())  # the event frame goes out next
        deferred += board.present_card(door, card).deferred_to_host
    deadline = time.perf_counter() + LAST_OPEN_WAIT
    while len(board.latencies_ms) < len(cards) and time.perf_counter() < deadline:
        await asyncio.sleep(0.01)
    return {
        "swipes": len(cards),
        "deferred_to_host": deferred,
        "opened": len(board.latencies_ms),
        "unmatched_opens": board.unmatched_opens,
        "latencies_ms": list(board.latencies_ms),
    }


def _swipe_offline(board: TimedController, cards: list[int], door: int) -> dict[str, Any]:
    """Swipe every card once with no host: the board decides each from its own list."""
    reasons: dict[str, int] = defaultdict(int)
    for card in cards:
        reasons[board.present_card(door, card).reason.name] += 1
    return {"swipes": len(cards), "reasons": dict(reasons)} | _stats(board)


async def _serve(conn: Connection, serial: int, card_capacity: int) -> None:
    board = TimedController(serial, card_capacity=card_capacity)
    simulator = UhppoteSimulator(board)
    conn.send(await simulator.start("127.0.0.1", 0))
    loop = asyncio.get_running_loop()
    commands: dict[str, Callable[..., Any]] = {
        "stats": lambda: _stats(board),
        "swipe_paced": lambda *args: _swipe_paced(board, *args),
        "swipe_offline": lambda *args: _swipe_offline(board, *args),
    }
    try:
        while True:
            command, args = await loop.run_in_executor(None, conn.recv)
            if command == "stop":
                return
            result = commands[command](*args)
            conn.send(await result if asyncio.iscoroutine(result) else result)
    finally:
        simulator.stop()


def _device_main(conn: Connection, serial: int, card_capacity: int) -> None:
    asyncio.run(_serve(conn, serial, card_capacity))


class Device:
    """The parent's handle on a simulated controller process."""

    def __init__(self, serial: int, card_capacity: int) -> None:
        """Start the process; `port` is the UDP port its board answers on (127.0.0.1)."""
        # Spawned, not forked: the parent may already run Home Assistant's threads.
        context = multiprocessing.get_context("spawn")
        self._conn, child = context.Pipe()
        self._process = context.Process(
            target=_device_main, args=(child, serial, card_capacity), daemon=True
        )
        self._process.start()
        self.port: int = self._conn.recv()
        self._lock = threading.Lock()

    def call(self, command: str, *args: Any) -> Any:
        """Run one command on the board and return its result (blocking)."""
        with self._lock:
            self._conn.send((command, args))
            return self._conn.recv()

    async def async_call(self, command: str, *args: Any) -> Any:
        """Run one command without blocking the caller's event loop."""
        return await asyncio.to_thread(self.call, command, *args)

    def close(self) -> None:
        """Stop the board and its process."""
        with self._lock:
            self._conn.send(("stop", ()))
        self._process.join(timeout=5)
        if self._process.is_alive():
            self._process.kill()
