"""The ISAPI alert stream parser, byte by byte: every split of every vector gives the same."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from custom_components.compound_security.transport.isapi import (
    AlertStreamParser,
    IsapiEvent,
    alert_stream_url,
    boundary_of,
    parse_alert,
)

JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00--not-a-boundary\r\n\xff\xd9"
CLOSE = b"</EventNotificationAlert>"
NO_TYPE = b"<EventNotificationAlert><eventState>active</eventState>" + CLOSE
SHANGHAI = timezone(timedelta(hours=8))


def alert(event_type: str, state: str = "active", channel: str = "channelID") -> bytes:
    """Return an alert as Hikvision firmware writes it (hikvision.com namespace)."""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\r\n'
        '<EventNotificationAlert version="2.0" xmlns="http://www.hikvision.com/ver20/XMLSchema">\r\n'
        "<ipAddress>192.168.1.64</ipAddress>\r\n<portNo>80</portNo>\r\n<protocol>HTTP</protocol>\r\n"
        "<macAddress>44:19:b6:00:00:01</macAddress>\r\n"
        f"<{channel}>1</{channel}>\r\n"
        "<dateTime>2026-11-30T21:15:02+08:00</dateTime>\r\n<activePostCount>1</activePostCount>\r\n"
        f"<eventType>{event_type}</eventType>\r\n<eventState>{state}</eventState>\r\n"
        f"<eventDescription>{event_type} alarm</eventDescription>\r\n"
        "</EventNotificationAlert>\r\n"
    ).encode()


def xml_part(body: bytes, *, length: bool = True) -> bytes:
    headers = b'Content-Type: application/xml; charset="UTF-8"\r\n'
    if length:
        headers += b"Content-Length: %d\r\n" % len(body)
    return b"--boundary\r\n" + headers + b"\r\n" + body + b"\r\n"


def jpeg_part(body: bytes = JPEG, *, length: bool = True) -> bytes:
    headers = b"Content-Type: image/jpeg\r\n"
    if length:
        headers += b"Content-Length: %d\r\n" % len(body)
    return b"--boundary\r\n" + headers + b"Content-ID: image_1\r\n\r\n" + body + b"\r\n"


HEARTBEAT = xml_part(alert("videoloss", "inactive"))
THROW = xml_part(alert("objectsThrownDetection")) + jpeg_part()
THROWN_AT = datetime(2026, 11, 30, 21, 15, 2, tzinfo=SHANGHAI)


def every_split(stream: bytes, *, end: bool = True) -> list[tuple[list[IsapiEvent], int, int]]:
    """Parse the stream fed whole, then split in two at every byte, then byte by byte."""
    results = []
    feeds = [[stream], [bytes([b]) for b in stream]]
    feeds += [[stream[:cut], stream[cut:]] for cut in range(1, len(stream))]
    for chunks in feeds:
        parser = AlertStreamParser(b"boundary")
        events = [event for chunk in chunks for event in parser.feed(chunk)]
        if end:
            events += parser.finish()
        results.append((events, parser.garbage, parser.malformed))
    return results


def parse(stream: bytes, *, end: bool = True) -> tuple[list[IsapiEvent], int, int]:
    """Return what every split gives, checked to be the same for all of them."""
    results = every_split(stream, end=end)
    assert all(result == results[0] for result in results[1:])
    return results[0]


def test_heartbeat_then_a_throw_with_its_picture() -> None:
    events, garbage, malformed = parse(HEARTBEAT + THROW + HEARTBEAT)
    assert [(e.event_type, e.state, e.picture) for e in events] == [
        ("videoloss", "inactive", None),
        ("objectsThrownDetection", "active", JPEG),
        ("videoloss", "inactive", None),
    ]
    assert events[1].channel == 1
    assert events[1].time == THROWN_AT
    assert events[1].description == "objectsThrownDetection alarm"
    assert (garbage, malformed) == (0, 0)


def test_parts_without_content_length_end_at_the_next_delimiter() -> None:
    stream = (
        xml_part(alert("objectsThrownDetection"), length=False)
        + jpeg_part(length=False)
        + HEARTBEAT
    )
    events, garbage, malformed = parse(stream)
    assert [e.picture for e in events] == [JPEG, None]
    assert (garbage, malformed) == (0, 0)


def test_an_alert_without_a_picture_goes_when_the_next_part_begins() -> None:
    events, _, _ = parse(xml_part(alert("objectsThrownDetection")) + HEARTBEAT, end=False)
    assert [(e.event_type, e.picture) for e in events] == [("objectsThrownDetection", None)]


def test_an_alert_waiting_for_a_picture_is_flushed_when_the_stream_goes_quiet() -> None:
    parser = AlertStreamParser(b"boundary")
    assert parser.feed(xml_part(alert("shelteralarm"))) == []
    assert parser.waiting_for_picture
    assert [e.event_type for e in parser.flush()] == ["shelteralarm"]
    assert not parser.waiting_for_picture
    assert parser.flush() == []


def test_lf_line_ends_isapi_namespace_and_an_nvr_channel() -> None:
    body = alert("tamperdetection", channel="dynChannelID").replace(b"\r\n", b"\n")
    body = body.replace(b"www.hikvision.com", b"www.isapi.org")
    stream = b"--boundary\nContent-Type: application/xml\n\n" + body + b"\n--boundary--\n"
    events, garbage, malformed = parse(stream)
    assert [(e.event_type, e.channel) for e in events] == [("tamperdetection", 1)]
    assert (garbage, malformed) == (0, 0)


def test_garbage_between_parts_is_skipped_and_counted_once_per_run() -> None:
    stream = b"HTTP junk\r\n" + HEARTBEAT + b"\x00\x01 stray bytes \xff" + THROW + b"\r\n\r\n"
    events, garbage, malformed = parse(stream)
    assert [e.event_type for e in events] == ["videoloss", "objectsThrownDetection"]
    assert events[1].picture == JPEG
    assert (garbage, malformed) == (2, 0)


def test_unreadable_parts_are_counted_and_dropped_and_the_stream_goes_on() -> None:
    stream = (
        xml_part(b"<EventNotificationAlert><eventType>vmd</eventType")  # cut XML
        + xml_part(b"<SomethingElse/>")
        + xml_part(
            b"<EventNotificationAlert><eventState>active</eventState></EventNotificationAlert>"
        )
        + xml_part(b'<!DOCTYPE x [<!ENTITY a "aaaa">]><EventNotificationAlert/>')
        + jpeg_part()  # a picture of no alert
        + THROW
    )
    events, garbage, malformed = parse(stream)
    assert [(e.event_type, e.picture) for e in events] == [("objectsThrownDetection", JPEG)]
    assert (garbage, malformed) == (0, 5)


def test_a_stream_cut_inside_a_part_is_said_after_its_complete_events() -> None:
    whole = HEARTBEAT + THROW
    picture_starts = whole.index(b"--boundary\r\nContent-Type: image/jpeg")
    alert_ends = picture_starts - len(b"\r\n")
    for cut in range(len(HEARTBEAT) + len(b"--boundary"), len(whole) - len(b"\r\n")):
        parser = AlertStreamParser(b"boundary")
        events = parser.feed(whole[:cut]) + parser.finish()
        between_parts = alert_ends <= cut < picture_starts + len(b"--boundary")
        assert parser.cut is not between_parts, cut
        expected = ["videoloss"]
        if cut >= alert_ends:  # the alert was whole, its picture was not
            expected.append("objectsThrownDetection")
        assert [e.event_type for e in events] == expected, cut
        assert all(e.picture is None for e in events)


def test_a_stream_that_ends_between_parts_is_not_cut() -> None:
    parser = AlertStreamParser(b"boundary")
    events = parser.feed(HEARTBEAT) + parser.finish()
    assert [e.event_type for e in events] == ["videoloss"]
    assert not parser.cut
    parser = AlertStreamParser(b"boundary")
    parser.feed(HEARTBEAT + b"--boundary--\r\n")
    assert not parser.cut


def test_a_part_without_length_that_never_ends_is_dropped_not_kept() -> None:
    parser = AlertStreamParser(b"boundary")
    huge = b"--boundary\r\nContent-Type: image/jpeg\r\n\r\n" + b"\x00" * (8 * 1024 * 1024 + 64)
    assert parser.feed(huge) == []
    assert parser.malformed == 1
    assert [e.event_type for e in parser.feed(HEARTBEAT) + parser.finish()] == ["videoloss"]


def test_parse_alert_reads_the_fields() -> None:
    event = parse_alert(alert("videoloss", "inactive"))
    assert event == IsapiEvent("videoloss", "inactive", 1, THROWN_AT, "videoloss alarm")
    assert not event.active
    assert parse_alert(b"not xml") is None
    bare = parse_alert(
        b"<EventNotificationAlert><eventType>vmd</eventType></EventNotificationAlert>"
    )
    assert bare == IsapiEvent("vmd", "active", None, None, "")


@pytest.mark.parametrize(
    ("content_type", "boundary"),
    [
        ("multipart/mixed; boundary=boundary", b"boundary"),
        ('multipart/mixed;boundary="MIME_boundary"', b"MIME_boundary"),
        ("application/xml", None),
        ("multipart/mixed", None),
    ],
)
def test_boundary_of(content_type: str, boundary: bytes | None) -> None:
    assert boundary_of(content_type) == boundary


@pytest.mark.parametrize(
    ("snapshot", "stream"),
    [
        (
            "http://192.168.1.64/ISAPI/Streaming/channels/101/picture",
            "http://192.168.1.64/ISAPI/Event/notification/alertStream",
        ),
        (
            "https://cam.example:8443/facade/ISAPI/Streaming/channels/101/picture?x=1",
            "https://cam.example:8443/facade/ISAPI/Event/notification/alertStream",
        ),
        (
            "http://10.0.0.5:8080/snap.jpg",
            "http://10.0.0.5:8080/ISAPI/Event/notification/alertStream",
        ),
    ],
)
def test_alert_stream_url(snapshot: str, stream: str) -> None:
    assert str(alert_stream_url(snapshot)) == stream
