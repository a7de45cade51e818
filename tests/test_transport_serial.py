"""Serial readers over real pseudo-terminals and a TCP socket standing in for a converter."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path
import tty

import pytest

from custom_components.compound_security.engine.uid import CardUid
from custom_components.compound_security.transport.frames import encode_rdm6300, encode_wiegand26
from custom_components.compound_security.transport.serial_reader import SerialReader

pytestmark = pytest.mark.usefixtures("socket_enabled")  # real ptys and a loopback TCP server

R1 = encode_rdm6300(0x14008EC793)
R2 = encode_rdm6300(0x100086F444)


class Pty:
    """A pseudo-terminal whose slave is reached through a stable link, like /dev/serial/by-id."""

    def __init__(self, link: Path) -> None:
        self.link = link
        self.master = -1
        self.plug()

    def plug(self) -> None:
        self.master, slave = os.openpty()
        tty.setraw(slave)
        name = os.ttyname(slave)
        os.close(slave)
        self.link.unlink(missing_ok=True)
        self.link.symlink_to(name)

    def unplug(self) -> None:
        os.close(self.master)
        self.master = -1

    def write(self, data: bytes) -> None:
        os.write(self.master, data)


class Harness:
    def __init__(self) -> None:
        self.reads: list[CardUid] = []
        self.states: list[bool] = []
        self.changed = asyncio.Event()

    def on_read(self, uid: CardUid, arrived: float) -> None:
        assert arrived > 0
        self.reads.append(uid)
        self.changed.set()

    def on_state(self, connected: bool) -> None:
        self.states.append(connected)
        self.changed.set()

    async def wait(self, condition: object) -> None:
        async with asyncio.timeout(5):
            while not condition():  # type: ignore[operator]
                self.changed.clear()
                await self.changed.wait()


@pytest.fixture
async def harness() -> Harness:
    return Harness()


async def _run(reader: SerialReader) -> asyncio.Task[None]:
    return asyncio.get_running_loop().create_task(reader.run())


async def test_pty_reads_and_survives_garbage(tmp_path: Path, harness: Harness) -> None:
    pty = Pty(tmp_path / "ttyReader")
    reader = SerialReader(
        str(pty.link), "rdm6300", harness.on_read, harness.on_state, backoff_min=0.05
    )
    task = await _run(reader)
    try:
        await harness.wait(lambda: harness.states == [True])
        pty.write(b"\x00\xffjunk" + R1[:5])
        await asyncio.sleep(0.05)
        pty.write(R1[5:] + R1[:-3] + b"99\x03" + R2)
        await harness.wait(lambda: len(harness.reads) == 2)
        assert [str(r) for r in harness.reads] == ["14008EC793", "100086F444"]
        assert reader.decoder.stats.garbage_bytes > 0
    finally:
        task.cancel()
        pty.unplug()


async def test_pty_pulled_mid_frame_comes_back_without_duplicates(
    tmp_path: Path, harness: Harness
) -> None:
    pty = Pty(tmp_path / "ttyReader")
    reader = SerialReader(
        str(pty.link), "rdm6300", harness.on_read, harness.on_state, backoff_min=0.05
    )
    task = await _run(reader)
    try:
        await harness.wait(lambda: harness.states == [True])
        pty.write(R1)
        await harness.wait(lambda: len(harness.reads) == 1)
        pty.write(R2[:6])  # half a frame, then the cable is pulled
        await asyncio.sleep(0.05)
        pty.unplug()
        await harness.wait(lambda: harness.states[-1] is False)
        pty.plug()
        await harness.wait(lambda: harness.states[-1] is True)
        pty.write(R2[6:] + R1)  # the rest of the old frame is garbage now
        await harness.wait(lambda: len(harness.reads) == 2)
        await asyncio.sleep(0.1)
        assert [str(r) for r in harness.reads] == ["14008EC793", "14008EC793"]
        assert reader.stats.disconnects == 1
        assert reader.stats.connects == 2
    finally:
        task.cancel()
        pty.unplug()


async def test_missing_port_retries_with_backoff(tmp_path: Path, harness: Harness) -> None:
    link = tmp_path / "ttyLater"
    reader = SerialReader(
        str(link), "rdm6300", harness.on_read, harness.on_state, backoff_min=0.05, backoff_max=0.1
    )
    task = await _run(reader)
    try:
        await asyncio.sleep(0.2)
        assert harness.states == []
        assert reader.stats.last_error
        pty = Pty(link)
        await harness.wait(lambda: harness.states == [True])
        pty.write(R1)
        await harness.wait(lambda: len(harness.reads) == 1)
        pty.unplug()
    finally:
        task.cancel()


async def test_tcp_converter_closed_mid_frame_reconnects(harness: Harness) -> None:
    connections: list[asyncio.StreamWriter] = []

    async def serve(_reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        connections.append(writer)

    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader = SerialReader(
        f"socket://127.0.0.1:{port}", "wiegand", harness.on_read, harness.on_state, backoff_min=0.05
    )
    task = await _run(reader)
    frame = encode_wiegand26(90, 324).encode() + b"\r\n"
    try:
        await harness.wait(lambda: len(connections) == 1 and harness.states == [True])
        connections[0].write(frame + frame[:10])
        await connections[0].drain()
        await harness.wait(lambda: len(harness.reads) == 1)
        connections[0].close()  # the converter drops the connection mid-frame
        await harness.wait(lambda: len(connections) == 2)
        connections[1].write(frame[10:] + b"\n" + frame)
        await connections[1].drain()
        await harness.wait(lambda: len(harness.reads) == 2)
        assert harness.reads == [CardUid(0x5A0144, 24)] * 2
        assert False in harness.states
    finally:
        task.cancel()
        for writer in connections:
            writer.close()
        server.close()
