"""Simulated gate hardware: readers on serial lines, MQTT relays and door contacts, cameras.

Relays and contacts speak what real ones do on the compound's Mosquitto: the relay takes
Tasmota commands (`cmnd/<relay>/POWER` `ON`), and the door contact reports Zigbee2MQTT
messages (`zigbee2mqtt/<contact>` `{"contact": false}` when open).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from functools import partial
import io
import json
import logging
import random

from aiohttp import web
import paho.mqtt.client as mqtt
from paho.mqtt.enums import CallbackAPIVersion
from PIL import Image, ImageDraw

from custom_components.compound_security.transport.frames import encode_rdm6300, encode_wiegand34

from .isapi_stream import AlertStreams
from .lines import PtyLine, TcpLine

_LOGGER = logging.getLogger(__name__)
DOOR_OPEN_SECONDS = 3.0


def card_frame(frame_format: str, uid: int) -> bytes:
    """Return what a reader sends for a card (RDM6300, Wiegand 34 text line, or hex text)."""
    if frame_format == "wiegand":
        return (encode_wiegand34(uid & 0xFFFFFFFF) + "\r\n").encode()
    if frame_format == "text":
        return f"{uid:010X}\r\n".encode()
    return encode_rdm6300(uid)


class Reader:
    """A card or chip reader behind a pty or a TCP port."""

    def __init__(self, line: PtyLine | TcpLine, frame_format: str) -> None:
        """Wrap a line."""
        self.line = line
        self.frame_format = frame_format

    def present(self, uid: int) -> None:
        """Send one read."""
        self.line.write(card_frame(self.frame_format, uid))


class MqttGate:
    """A gate's relay and door contact on the broker (a paho client in its own thread)."""

    def __init__(
        self, host: str, port: int, relay: str, contact: str, loop: asyncio.AbstractEventLoop
    ) -> None:
        """Describe the devices; `start` connects."""
        self.relay = relay
        self.contact = contact
        self.command_topic = f"cmnd/{relay}/POWER"
        self.contact_topic = f"zigbee2mqtt/{contact}"
        self.opened = 0
        self._loop = loop
        self._closing: set[asyncio.TimerHandle] = set()
        self._client = mqtt.Client(
            CallbackAPIVersion.VERSION2, client_id=f"sim-{relay}", clean_session=True
        )
        self._client.on_connect = self._on_connect
        self._client.on_message = self._on_message
        self._host, self._port = host, port

    def start(self) -> None:
        """Connect and keep the connection in paho's thread."""
        self._client.connect_async(self._host, self._port, keepalive=30)
        self._client.loop_start()

    def stop(self) -> None:
        """Disconnect."""
        for handle in self._closing:
            handle.cancel()
        self._client.disconnect()
        self._client.loop_stop()

    def _on_connect(self, client: mqtt.Client, *_args: object) -> None:
        client.subscribe(self.command_topic)
        self.report(is_open=False)

    def _on_message(self, _client: mqtt.Client, _data: object, message: mqtt.MQTTMessage) -> None:
        if message.payload.decode(errors="replace").strip().upper() in ("ON", "1", "OPEN"):
            self.opened += 1
            self._client.publish(f"stat/{self.relay}/POWER", "ON")
            self._loop.call_soon_threadsafe(self.pass_through)

    def pass_through(self) -> None:
        """Someone walks through the opened gate: the door opens and closes again."""
        now = self._loop.time()
        self._closing = {handle for handle in self._closing if handle.when() > now}
        self.report(is_open=True)
        self._closing.add(
            self._loop.call_later(DOOR_OPEN_SECONDS, partial(self.report, is_open=False))
        )

    def report(self, *, is_open: bool) -> None:
        """Publish the contact's state."""
        self._client.publish(
            self.contact_topic, json.dumps({"contact": not is_open, "battery": 97}), retain=True
        )


class CameraServer:
    """Cameras as HTTP snapshot URLs (`/camera/<slug>/snapshot.jpg`); a dark one answers 503.

    Each camera is also a Hikvision one under `/camera/<slug>/ISAPI/`: its snapshot at
    `Streaming/channels/101/picture` and its alert stream (`alerts`, digest `login`).
    """

    def __init__(
        self,
        host: str,
        port: int,
        clock: Callable[[], str],
        login: tuple[str, str] = ("admin", "hik12345"),
    ) -> None:
        """Describe the server; `start` listens."""
        self.host, self.port = host, port
        self.clock = clock
        self.cameras: dict[str, str] = {}  # slug -> name
        self.dark: set[str] = set()
        self.alerts = AlertStreams(login, clock, self.dark.__contains__)
        self._runner: web.AppRunner | None = None
        self._rng = random.Random(7)

    def url(self, slug: str) -> str:
        """Return a camera's snapshot URL."""
        return f"http://{self.host}:{self.port}/camera/{slug}/snapshot.jpg"

    def isapi_url(self, slug: str) -> str:
        """Return a camera's snapshot URL as a Hikvision camera has it (its ISAPI root)."""
        return f"http://{self.host}:{self.port}/camera/{slug}/ISAPI/Streaming/channels/101/picture"

    def picture(self, slug: str) -> bytes:
        """Return a picture of a camera now (an alert's picture)."""
        return self._picture(self.cameras[slug])

    async def start(self) -> None:
        """Listen."""
        app = web.Application()
        app.router.add_get("/camera/{slug}/snapshot.jpg", self._snapshot)
        app.router.add_get("/camera/{slug}/ISAPI/Streaming/channels/101/picture", self._snapshot)
        app.router.add_get("/camera/{slug}/ISAPI/Event/notification/alertStream", self._alerts)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        if not self.port:  # port 0: the one the system chose
            self.port = self._runner.addresses[0][1]

    async def stop(self) -> None:
        """Stop listening."""
        self.alerts.close()
        if self._runner is not None:
            await self._runner.cleanup()

    async def _alerts(self, request: web.Request) -> web.StreamResponse:
        slug = request.match_info["slug"]
        if slug not in self.cameras:
            return web.Response(status=404)
        return await self.alerts.handle(request, slug)

    async def _snapshot(self, request: web.Request) -> web.Response:
        slug = request.match_info["slug"]
        if slug not in self.cameras:
            return web.Response(status=404)
        if slug in self.dark:
            return web.Response(status=503, text="no signal")
        body = await asyncio.get_running_loop().run_in_executor(
            None, self._picture, self.cameras[slug]
        )
        return web.Response(body=body, content_type="image/jpeg")

    def _picture(self, name: str) -> bytes:
        """Draw a picture with the camera's name, the time and some sensor noise."""
        image = Image.new("RGB", (640, 360), (46, 52, 64))
        draw = ImageDraw.Draw(image)
        draw.rectangle((0, 250, 640, 360), fill=(76, 86, 106))
        draw.rectangle((250, 120, 390, 250), outline=(216, 222, 233), width=4)  # the gate
        draw.text((16, 16), name, fill=(236, 239, 244))
        draw.text((16, 36), self.clock(), fill=(235, 203, 139))
        for _ in range(200):
            x, y = self._rng.randrange(640), self._rng.randrange(360)
            draw.point((x, y), fill=(self._rng.randrange(256),) * 3)
        buffer = io.BytesIO()
        image.save(buffer, format="JPEG", quality=70)
        return buffer.getvalue()
