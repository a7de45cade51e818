"""A Hikvision camera's ISAPI alert stream: digest login, multipart alerts, heartbeats.

Served by `CameraServer` at `/camera/<slug>/ISAPI/Event/notification/alertStream`: the
response never ends; a `videoloss`/`inactive` alert comes every heartbeat, and `throw`,
`tamper`, `video_loss` and `cut` (half a part, then the connection ends, as at a reboot)
go to every open stream of the camera.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
import contextlib
import hashlib
import re
import secrets

from aiohttp import web

BOUNDARY = "boundary"
REALM = "IP Camera(C0001)"
_DIGEST_FIELD = re.compile(r'(\w+)=(?:"([^"]*)"|([^,\s]*))')
_CUT = b""  # queued: end the stream inside a part
_END = b"--"  # queued: end the stream between parts (the server stops)


def _md5(text: str) -> str:
    return hashlib.md5(text.encode(), usedforsecurity=False).hexdigest()


def alert_xml(event_type: str, state: str, when: str, channel: int = 1) -> bytes:
    """Return an `EventNotificationAlert` as Hikvision firmware writes it."""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\r\n'
        '<EventNotificationAlert version="2.0" xmlns="http://www.hikvision.com/ver20/XMLSchema">\r\n'
        "<ipAddress>192.168.1.64</ipAddress>\r\n<portNo>80</portNo>\r\n<protocol>HTTP</protocol>\r\n"
        f"<channelID>{channel}</channelID>\r\n<dateTime>{when}</dateTime>\r\n"
        "<activePostCount>1</activePostCount>\r\n"
        f"<eventType>{event_type}</eventType>\r\n<eventState>{state}</eventState>\r\n"
        f"<eventDescription>{event_type} alarm</eventDescription>\r\n"
        "</EventNotificationAlert>\r\n"
    ).encode()


def part(content_type: str, body: bytes) -> bytes:
    """Return one multipart part with its delimiter and Content-Length."""
    head = f"--{BOUNDARY}\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n"
    return head.encode() + body + b"\r\n"


class AlertStreams:
    """The open alert streams of a camera server's cameras, and what to send them."""

    def __init__(
        self,
        login: tuple[str, str],
        clock: Callable[[], str],
        is_dark: Callable[[str], bool],
        heartbeat: float = 5.0,
    ) -> None:
        """Check logins against `login`; `clock` gives the alerts' ISO 8601 time."""
        self.login = login
        self.clock = clock
        self.is_dark = is_dark
        self.heartbeat = heartbeat
        self.refused = 0  # logins refused (a wrong password)
        self._nonces: set[str] = set()
        self._streams: dict[str, set[asyncio.Queue[bytes]]] = {}

    def connected(self, slug: str) -> int:
        """Return how many alert streams of a camera are open."""
        return len(self._streams.get(slug, ()))

    def throw(self, slug: str, picture: bytes | None) -> int:
        """Report an object thrown from a window (高空抛物): the alert, and its picture if given."""
        data = part("application/xml", alert_xml("objectsThrownDetection", "active", self.clock()))
        if picture is not None:
            data += part("image/jpeg", picture)
        return self._send(slug, data)

    def tamper(self, slug: str) -> int:
        """Someone covers the lens (video tampering: `shelteralarm`)."""
        return self._send(slug, part("application/xml", self._alert("shelteralarm", "active")))

    def video_loss(self, slug: str, *, active: bool = True) -> int:
        """Report the picture lost (or, inactive, a heartbeat)."""
        state = "active" if active else "inactive"
        return self._send(slug, part("application/xml", self._alert("videoloss", state)))

    def cut(self, slug: str) -> int:
        """End every open stream of the camera in the middle of a part."""
        return self._send(slug, _CUT)

    def close(self) -> None:
        """End every open stream (the server stops)."""
        for queues in self._streams.values():
            for queue in queues:
                queue.put_nowait(_END)

    def _alert(self, event_type: str, state: str) -> bytes:
        return alert_xml(event_type, state, self.clock())

    def _send(self, slug: str, data: bytes) -> int:
        queues = self._streams.get(slug, set())
        for queue in queues:
            queue.put_nowait(data)
        return len(queues)

    async def handle(self, request: web.Request, slug: str) -> web.StreamResponse:
        """Serve one alert stream after the digest login."""
        if not self._authorized(request):
            return self._challenge()
        if self.is_dark(slug):
            return web.Response(status=503, text="rebooting")
        response = web.StreamResponse(
            headers={"Content-Type": f"multipart/mixed; boundary={BOUNDARY}"}
        )
        await response.prepare(request)
        queue: asyncio.Queue[bytes] = asyncio.Queue()
        self._streams.setdefault(slug, set()).add(queue)
        try:
            await self._pump(response, queue, slug)
        except ConnectionError:
            pass  # the client went away
        finally:
            self._streams[slug].discard(queue)
        return response

    async def _pump(
        self, response: web.StreamResponse, queue: asyncio.Queue[bytes], slug: str
    ) -> None:
        while not self.is_dark(slug):
            try:
                async with asyncio.timeout(self.heartbeat):
                    data = await queue.get()
            except TimeoutError:
                data = part("application/xml", self._alert("videoloss", "inactive"))
            if data == _END:
                return
            if data == _CUT:
                whole = part("application/xml", self._alert("objectsThrownDetection", "active"))
                await response.write(whole[: len(whole) // 2])
                return
            await response.write(data)

    def _challenge(self) -> web.Response:
        nonce = secrets.token_hex(16)
        self._nonces.add(nonce)
        header = f'Digest realm="{REALM}", qop="auth", nonce="{nonce}", algorithm=MD5'
        return web.Response(status=401, headers={"WWW-Authenticate": header})

    def _authorized(self, request: web.Request) -> bool:
        """Check an RFC 7616 MD5 digest (qop auth) against the camera's login."""
        header = request.headers.get("Authorization", "")
        if not header.startswith("Digest "):
            return False
        fields = {m[0]: m[1] or m[2] for m in _DIGEST_FIELD.findall(header[len("Digest ") :])}
        username, password = self.login
        if fields.get("nonce") not in self._nonces or fields.get("username") != username:
            self.refused += 1
            return False
        ha1 = _md5(f"{username}:{REALM}:{password}")
        ha2 = _md5(f"{request.method}:{fields.get('uri', '')}")
        expected = _md5(
            f"{ha1}:{fields['nonce']}:{fields.get('nc', '')}:{fields.get('cnonce', '')}:"
            f"{fields.get('qop', '')}:{ha2}"
        )
        with contextlib.suppress(KeyError):
            if secrets.compare_digest(expected, fields["response"]):
                return True
        self.refused += 1
        return False
