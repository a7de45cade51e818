"""The device end of a serial line: a pseudo-terminal or a TCP port."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
import contextlib
import os
from pathlib import Path
import tty

type DataCallback = Callable[[bytes], None]


class PtyLine:
    """A pseudo-terminal; the integration opens `path` (a stable link, like /dev/serial/by-id)."""

    def __init__(self, path: Path, on_data: DataCallback | None = None) -> None:
        """Describe the line; `start` creates it."""
        self.path = path
        self.on_data = on_data
        self._master = -1
        self._slave = -1

    @property
    def url(self) -> str:
        """Return what to configure in Home Assistant."""
        return str(self.path)

    async def start(self) -> None:
        """Create the pty and listen to what the integration writes."""
        self._master, self._slave = os.openpty()
        tty.setraw(self._slave)
        # Keeping our own slave descriptor open means the master never reads EIO (and spins)
        # while the integration has the port closed. We never read it, so nothing is lost.
        self.path.unlink(missing_ok=True)
        self.path.symlink_to(os.ttyname(self._slave))
        os.set_blocking(self._master, False)
        asyncio.get_running_loop().add_reader(self._master, self._readable)

    def _readable(self) -> None:
        try:
            data = os.read(self._master, 4096)
        except OSError:  # nothing to read yet, or the pty is going away
            return
        if data and self.on_data:
            self.on_data(data)

    def write(self, data: bytes) -> None:
        """Send bytes towards the integration."""
        if self._master >= 0:
            os.write(self._master, data)

    async def stop(self) -> None:
        """Remove the pty."""
        if self._master >= 0:
            asyncio.get_running_loop().remove_reader(self._master)
            os.close(self._master)
            os.close(self._slave)
            self._master = self._slave = -1
        self.path.unlink(missing_ok=True)


class TcpLine:
    """A TCP port like an RS-485-to-Ethernet converter's (`socket://host:port`)."""

    def __init__(
        self, host: str = "127.0.0.1", port: int = 0, on_data: DataCallback | None = None
    ) -> None:
        """Describe the port (0 picks a free one); `start` listens."""
        self.host = host
        self.port = port
        self.on_data = on_data
        self._server: asyncio.Server | None = None
        self._clients: set[asyncio.StreamWriter] = set()

    @property
    def url(self) -> str:
        """Return what to configure in Home Assistant."""
        return f"socket://{self.host}:{self.port}"

    async def start(self) -> None:
        """Listen."""
        self._server = await asyncio.start_server(self._serve, self.host, self.port)
        self.port = self._server.sockets[0].getsockname()[1]

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._clients.add(writer)
        try:
            while data := await reader.read(4096):
                if self.on_data:
                    self.on_data(data)
        except ConnectionError:
            pass
        finally:
            self._clients.discard(writer)
            writer.close()

    def write(self, data: bytes) -> None:
        """Send bytes to every connected client."""
        for client in list(self._clients):
            client.write(data)

    def drop_clients(self) -> None:
        """Cut every connection, as a converter losing power would."""
        for client in list(self._clients):
            client.close()
        self._clients.clear()

    async def stop(self) -> None:
        """Stop listening and cut the clients."""
        self.drop_clients()
        if self._server is not None:
            self._server.close()
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(2):
                    await self._server.wait_closed()
            self._server = None
