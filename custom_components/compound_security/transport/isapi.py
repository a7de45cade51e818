"""Hikvision ISAPI event stream: `GET /ISAPI/Event/notification/alertStream`, digest login.

The camera answers with a response that never ends, `multipart/mixed; boundary=...`. Each
part is an `application/xml` `<EventNotificationAlert>` (eventType, eventState
active/inactive, channelID or an NVR's dynChannelID, dateTime, eventDescription); an event
with a picture is followed at once by an `image/jpeg` part. Many models send a
`videoloss`/`inactive` part every few seconds as a heartbeat. Parts may carry a
Content-Length or not (then the next delimiter ends them).

The parser is incremental and never raises on what the camera sends: bytes that are not a
part are skipped and counted (`garbage`), a part that is not a readable alert is counted
(`malformed`) and dropped, and only a stream that ends inside a part says so (`StreamCutError`)
after handing over every complete event. Nothing a part contains is logged.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime
import re
from typing import Final
from xml.etree import ElementTree as ET

import aiohttp
import yarl

ALERT_STREAM: Final = "/ISAPI/Event/notification/alertStream"
MAX_HEADERS: Final = 4096  # a part's headers are a few lines
MAX_PART: Final = 8 * 1024 * 1024  # a picture is a few hundred kilobytes
PICTURE_WAIT: Final = 1.0  # seconds an alert waits for the picture that may follow it
SILENCE_LIMIT: Final = 180.0  # no byte (not even a heartbeat) this long: the stream is dead
CONNECT_TIMEOUT: Final = 10.0
_BOUNDARY = re.compile(r'boundary="?([^";,\s]+)"?', re.IGNORECASE)


class IsapiError(Exception):
    """The event stream could not be opened or kept open."""


class IsapiLoginError(IsapiError):
    """The camera refused the login (HTTP 401 after the digest challenge)."""


class StreamCutError(IsapiError):
    """The stream ended inside a part (a camera reboot, a dropped connection)."""


@dataclass(frozen=True, slots=True)
class IsapiEvent:
    """One alert from the stream, with its picture when the camera sent one."""

    event_type: str
    state: str  # "active" or "inactive"
    channel: int | None
    time: datetime | None
    description: str
    picture: bytes | None = None

    @property
    def active(self) -> bool:
        """Return whether the alert reports a condition now (not a heartbeat or an end)."""
        return self.state == "active"


def isapi_root(snapshot_url: str) -> yarl.URL:
    """Return the device's ISAPI root for a snapshot URL.

    A Hikvision snapshot URL is `<root>/ISAPI/Streaming/channels/101/picture`: the root is
    what comes before `/ISAPI/` (the origin, or a path prefix behind a proxy); any other
    URL gives its origin.
    """
    url = yarl.URL(snapshot_url)
    prefix, found, _ = url.path.partition("/ISAPI/")
    return url.with_path(prefix if found else "").with_query(None).with_fragment(None)


def alert_stream_url(snapshot_url: str) -> yarl.URL:
    """Return the alert stream's URL for a camera's snapshot URL."""
    root = isapi_root(snapshot_url)
    return root.with_path(root.path.rstrip("/") + ALERT_STREAM)


def boundary_of(content_type: str) -> bytes | None:
    """Return the multipart boundary a Content-Type header names, or None."""
    if "multipart" not in content_type.lower():
        return None
    match = _BOUNDARY.search(content_type)
    return match.group(1).encode() if match else None


def parse_alert(body: bytes) -> IsapiEvent | None:
    """Return the event an `<EventNotificationAlert>` describes, or None if it is not one."""
    if b"<!DOCTYPE" in body or b"<!ENTITY" in body:  # no DTD, so no entity expansion
        return None
    try:
        root = ET.fromstring(body)  # noqa: S314  # DTDs are refused above
    except ET.ParseError:
        return None
    if _local(root.tag) != "EventNotificationAlert":
        return None
    fields = {_local(child.tag): (child.text or "").strip() for child in root}
    event_type = fields.get("eventType", "")
    if not event_type:
        return None
    channel_text = fields.get("channelID") or fields.get("dynChannelID") or ""
    return IsapiEvent(
        event_type=event_type,
        state=fields.get("eventState", "active").lower(),
        channel=int(channel_text) if channel_text.isdecimal() else None,
        time=_time(fields.get("dateTime", "")),
        description=fields.get("eventDescription", ""),
    )


def _local(tag: str) -> str:
    """Return a tag's name without its namespace (hikvision.com or isapi.org)."""
    return tag.rpartition("}")[2]


def _time(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


@dataclass(slots=True)
class _Part:
    content_type: str
    length: int | None


class AlertStreamParser:
    """Split the stream into events: `feed` bytes as they come, `flush` when it goes quiet."""

    def __init__(self, boundary: bytes) -> None:
        """Parse a stream whose parts are delimited by `--boundary`."""
        self._delimiter = b"--" + boundary
        self._buffer = bytearray()
        self._part: _Part | None = None  # headers read, body awaited
        self._pending: IsapiEvent | None = None  # an alert whose picture may follow
        self._closed = False
        self._in_garbage = False
        self.garbage = 0  # runs of bytes that were not a part
        self.malformed = 0  # parts that were not a readable alert or picture

    @property
    def waiting_for_picture(self) -> bool:
        """Return whether an alert is held back for a picture part that may follow."""
        return self._pending is not None

    def feed(self, data: bytes) -> list[IsapiEvent]:
        """Take the next bytes; return the events they complete."""
        self._buffer += data
        events: list[IsapiEvent] = []
        while not self._closed and self._step(events):
            pass
        return events

    def flush(self) -> list[IsapiEvent]:
        """Return the alert held for a picture that did not come."""
        pending, self._pending = self._pending, None
        return [pending] if pending is not None else []

    def finish(self) -> list[IsapiEvent]:
        """End of stream: return the held alert; `cut` then says whether a part was cut."""
        return self.flush()

    @property
    def cut(self) -> bool:
        """Return whether the bytes so far end inside a part (its headers or its body)."""
        return self._part is not None or (not self._closed and self._delimiter in self._buffer)

    def _step(self, events: list[IsapiEvent]) -> bool:
        """Consume one delimiter, headers or body; return whether there was enough."""
        if self._part is None:
            return self._headers(events)
        return self._body(events)

    def _headers(self, events: list[IsapiEvent]) -> bool:
        start = self._buffer.find(self._delimiter)
        if start < 0:
            # Keep a tail that may be the start of a delimiter; what is before it is no part.
            keep = len(self._delimiter) - 1
            if len(self._buffer) > keep:
                self._skip(len(self._buffer) - keep)
            return False
        if start:
            self._skip(start)
        self._in_garbage = False
        after = len(self._delimiter)
        if len(self._buffer) < after + 2:
            return False
        if self._buffer[after : after + 2] == b"--":  # the closing delimiter
            self._closed = True
            events.extend(self.flush())
            return False
        end, gap = self._end_of_headers(after)
        if end < 0:
            if len(self._buffer) > MAX_HEADERS:  # no headers that long: not a part
                self._skip(after)
                return True
            return False
        self._part = _headers_of(bytes(self._buffer[after:end]))
        del self._buffer[: end + gap]
        if not self._part.content_type.startswith("image/"):
            events.extend(self.flush())  # not its picture: the held alert goes now
        return True

    def _end_of_headers(self, after: int) -> tuple[int, int]:
        crlf = self._buffer.find(b"\r\n\r\n", after)
        lf = self._buffer.find(b"\n\n", after)
        if crlf >= 0 and (lf < 0 or crlf <= lf):
            return crlf, 4
        return lf, 2

    def _body(self, events: list[IsapiEvent]) -> bool:
        assert self._part is not None  # noqa: S101  # only called with a part begun
        length = self._part.length
        if length is not None and 0 <= length <= MAX_PART:
            if len(self._buffer) < length:
                return False
            body = bytes(self._buffer[:length])
            del self._buffer[:length]
        else:
            end = self._buffer.find(self._delimiter)
            if end < 0:
                if len(self._buffer) > MAX_PART:  # never a part: drop it, look for the next
                    self.malformed += 1
                    self._part = None
                    self._skip(len(self._buffer) - len(self._delimiter))
                return False
            body = bytes(self._buffer[:end]).removesuffix(b"\r\n").removesuffix(b"\n")
            del self._buffer[:end]
        part, self._part = self._part, None
        self._complete(part, body, events)
        return True

    def _complete(self, part: _Part, body: bytes, events: list[IsapiEvent]) -> None:
        if part.content_type.startswith("image/"):
            pending, self._pending = self._pending, None
            if pending is None or not body:
                self.malformed += 1  # a picture of no alert
                if pending is not None:
                    events.append(pending)
                return
            events.append(
                IsapiEvent(
                    pending.event_type,
                    pending.state,
                    pending.channel,
                    pending.time,
                    pending.description,
                    body,
                )
            )
            return
        event = parse_alert(body)
        if event is None:
            self.malformed += 1
            return
        self._pending = event

    def _skip(self, count: int) -> None:
        """Drop bytes that are no part; count each run of them (line ends are not one)."""
        if not self._in_garbage and bytes(self._buffer[:count]).strip():
            self.garbage += 1
            self._in_garbage = True
        del self._buffer[:count]


def _headers_of(block: bytes) -> _Part:
    content_type, length = "", None
    for line in block.decode("latin-1").splitlines():
        name, _, value = line.partition(":")
        match name.strip().lower():
            case "content-type":
                content_type = value.strip().lower()
            case "content-length" if value.strip().isdecimal():
                length = int(value.strip())
            case _:
                pass
    return _Part(content_type, length)


async def read_alert_stream(
    session: aiohttp.ClientSession,
    url: yarl.URL,
    username: str,
    password: str,
    *,
    parser_box: list[AlertStreamParser] | None = None,
) -> AsyncIterator[IsapiEvent]:
    """Open the alert stream and yield its events until it ends.

    Raises `IsapiLoginError` when the login is refused, `StreamCutError` when the stream ends
    inside a part, and `IsapiError` for anything else that ends it (after every complete
    event). `parser_box` receives the parser, for its counters.
    """
    try:
        async with session.get(
            url,
            middlewares=(aiohttp.DigestAuthMiddleware(username, password),),
            timeout=aiohttp.ClientTimeout(total=None, sock_connect=CONNECT_TIMEOUT),
        ) as response:
            if response.status == 401:  # noqa: PLR2004
                raise IsapiLoginError(url.host)
            if response.status != 200:  # noqa: PLR2004
                raise IsapiError(f"HTTP {response.status}")
            boundary = boundary_of(response.headers.get("Content-Type", ""))
            if boundary is None:
                raise IsapiError("not a multipart stream")
            parser = AlertStreamParser(boundary)
            if parser_box is not None:
                parser_box.append(parser)
            async for event in _events(response, parser):
                yield event
    except (aiohttp.ClientError, OSError) as err:
        raise IsapiError(type(err).__name__) from err


async def _events(
    response: aiohttp.ClientResponse, parser: AlertStreamParser
) -> AsyncIterator[IsapiEvent]:
    while True:
        wait = PICTURE_WAIT if parser.waiting_for_picture else SILENCE_LIMIT
        try:
            async with asyncio.timeout(wait):
                chunk = await response.content.readany()
        except TimeoutError:
            if not parser.waiting_for_picture:
                raise IsapiError("silent") from None
            for event in parser.flush():
                yield event
            continue
        if not chunk:
            for event in parser.finish():
                yield event
            if parser.cut:
                raise StreamCutError(response.url.host)
            return
        for event in parser.feed(chunk):
            yield event
