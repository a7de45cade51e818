"""Visitor passes, their signed tokens, the PIN guard and keypad bursts."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, strategies as st
import pytest

from custom_components.compound_security.engine.decision import (
    AccessController,
    AlarmKind,
    Reason,
)
from custom_components.compound_security.engine.errors import RuleError
from custom_components.compound_security.engine.model import Credential
from custom_components.compound_security.engine.settings import AccessPointSettings
from custom_components.compound_security.engine.visitors import (
    PassBook,
    PassVerdict,
    PinGuard,
    VisitorPass,
    prepare_pass,
    sign_token,
    verify_token,
)
from custom_components.compound_security.transport.keypad import (
    KeypadEntry,
    decode_key,
    encode_key,
)

from .engine_fixtures import Builder

TZ = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 30, 10, 0, tzinfo=TZ)
END_OF_DAY = datetime(2026, 12, 1, 0, 0, tzinfo=TZ)
KEY = b"k" * 32


def _prepare(**data: object) -> dict[str, object]:
    return prepare_pass(
        {"household_id": "h1", **data}, NOW, END_OF_DAY, ["north", "d3"], lambda _pin: False
    )


def test_a_pass_defaults_to_one_entry_for_the_rest_of_today() -> None:
    stored = _prepare()
    assert stored["valid_from"] == NOW.isoformat()
    assert stored["valid_until"] == END_OF_DAY.isoformat()
    assert stored["entries"] == 1
    assert stored["access_points"] == []
    assert len(str(stored["pin"])) == 6
    assert str(stored["pin"]).isdigit()
    visitor = VisitorPass.from_item({"id": "p1", **stored})
    assert visitor.verdict(NOW, opens_here=True) is PassVerdict.GRANTED
    assert visitor.verdict(NOW, opens_here=False) is PassVerdict.NOT_PERMITTED_HERE
    used = visitor.used_once()
    assert used.verdict(NOW, opens_here=True) is PassVerdict.USED_UP
    assert not used.active(NOW)
    assert visitor.verdict(END_OF_DAY, opens_here=True) is PassVerdict.EXPIRED
    assert visitor.verdict(NOW - timedelta(seconds=1), opens_here=True) is (
        PassVerdict.NOT_YET_VALID
    )
    revoked = VisitorPass.from_item({"id": "p1", **stored, "revoked": True})
    assert revoked.verdict(NOW, opens_here=True) is PassVerdict.REVOKED


@pytest.mark.parametrize(
    ("data", "code"),
    [
        ({"valid_until": NOW.isoformat()}, "visitor_window_invalid"),
        (
            {"valid_until": (NOW + timedelta(days=7, seconds=1)).isoformat()},
            "visitor_window_too_long",
        ),
        ({"valid_from": "tomorrow"}, "date_invalid"),
        ({"entries": 0}, "visitor_entries_invalid"),
        ({"entries": "many"}, "visitor_entries_invalid"),
        ({"entries": 51}, "visitor_entries_invalid"),
        ({"access_points": ["nowhere"]}, "access_point_not_found"),
        ({"name": "x" * 41}, "text_invalid"),
        ({"name": "a\x00b"}, "text_invalid"),
    ],
)
def test_bad_passes_are_refused(data: dict[str, object], code: str) -> None:
    with pytest.raises(RuleError) as err:
        _prepare(**data)
    assert err.value.code == code


def test_a_pin_is_never_one_in_use() -> None:
    taken: set[str] = set()
    for _ in range(200):
        stored = prepare_pass({"household_id": "h"}, NOW, END_OF_DAY, [], lambda pin: pin in taken)
        assert stored["pin"] not in taken
        taken.add(str(stored["pin"]))


def test_tokens_are_signed() -> None:
    token = sign_token(KEY, "abc123")
    assert verify_token(KEY, token) == "abc123"
    assert verify_token(KEY, f"  {token}\r\n") == "abc123"
    assert verify_token(b"other" * 8, token) is None
    forged = token.replace("abc123", "abc124")
    assert verify_token(KEY, forged) is None
    for junk in ("", "CSV1", "CSV1.a.b.c", "CSV2.abc123.xx", "CSV1.a-b.zz", "CSV1.abc.!!"):
        assert verify_token(KEY, junk) is None


@given(st.text(max_size=80))
def test_any_text_is_a_token_or_nothing(text: str) -> None:
    assert verify_token(KEY, text) in (None, *[text.strip().split(".")[1:2]])


def test_five_wrong_pins_lock_a_reader_for_five_minutes() -> None:
    guard = PinGuard()
    moments = [NOW + timedelta(seconds=10 * n) for n in range(5)]
    assert [guard.wrong("north", m) for m in moments] == [False] * 4 + [True]
    assert guard.locked("north", moments[-1] + timedelta(minutes=4))
    assert not guard.locked("south", moments[-1])
    assert not guard.locked("north", moments[-1] + timedelta(minutes=5))
    # Wrong PINs spread out over more than the window never lock.
    slow = PinGuard()
    assert not any(slow.wrong("x", NOW + timedelta(minutes=2 * n)) for n in range(10))


@pytest.mark.parametrize("bits", [4, 8])
def test_keypad_bursts(bits: int) -> None:
    for key in "0123456789*#":
        assert decode_key(encode_key(key, bits)) == key
    entry = KeypadEntry()
    typed = [
        entry.press(decode_key(encode_key(k, bits)) or "", float(n))
        for n, k in enumerate("12*483920#")
    ]
    assert typed[-1] == "483920"
    assert all(code is None for code in typed[:-1])


def test_keypad_noise_and_pauses() -> None:
    assert decode_key("1111") is None  # 15: no key
    assert decode_key("01010101") is None  # the complement does not match
    assert decode_key("012") is None
    assert decode_key("101") is None
    assert decode_key("") is None
    entry = KeypadEntry()
    entry.press("1", 0.0)
    entry.press("2", 1.0)
    assert entry.press("#", 20.0) is None  # a long pause: the old digits are gone
    assert entry.press("#", 21.0) is None  # an empty code is nothing
    for n in range(20):
        entry.press("9", 30.0 + n / 10)
    assert entry.press("#", 33.0) == "9" * 12  # at most twelve digits


def _controller() -> tuple[AccessController, Builder, str]:
    b = Builder()
    host = b.household(tenure="owner")  # building 3, unit 1
    book = PassBook(KEY)
    return AccessController(b.registry, passes=book), b, host


def _issue(controller: AccessController, host: str, **data: object) -> VisitorPass:
    stored = prepare_pass(
        {"household_id": host, **data},
        NOW,
        END_OF_DAY,
        ["north", "d3", "d9", "garage"],
        lambda pin: controller.passes.pin_in_use(pin, NOW),
    )
    controller.passes.put({"id": f"pass{len(controller.passes.passes)}", **stored})
    return controller.passes.passes[f"pass{len(controller.passes.passes) - 1}"]


NORTH = AccessPointSettings("north", "North gate", "compound_gate", "both")
DOOR_3 = AccessPointSettings("d3", "Building 3", "unit_door", "in", "3")
DOOR_9 = AccessPointSettings("d9", "Building 9", "unit_door", "in", "9")
GARAGE = AccessPointSettings("garage", "Garage B", "garage", "in")


def test_a_visitor_pin_opens_the_gates_and_the_hosts_door_once_each_entry() -> None:
    controller, _b, host = _controller()
    visitor = _issue(controller, host, entries=2)
    first = controller.present_visitor(NORTH, Credential.PIN, visitor.pin, NOW)
    assert first.granted
    assert (first.uid, first.household_id, first.person_id) == (visitor.id, host, None)
    assert visitor.pin not in str(first)  # the decision names the pass, never the PIN
    for door in (DOOR_9, GARAGE):
        assert controller.present_visitor(door, Credential.PIN, visitor.pin, NOW).reason is (
            Reason.NOT_PERMITTED_HERE
        )
    assert controller.present_visitor(DOOR_3, Credential.PIN, visitor.pin, NOW).granted
    used_up = controller.present_visitor(NORTH, Credential.PIN, visitor.pin, NOW)
    assert used_up.reason is Reason.USED_UP


def test_a_qr_token_is_the_pass_and_named_doors_replace_the_defaults() -> None:
    controller, _b, host = _controller()
    visitor = _issue(controller, host, access_points=["d9"])
    token = controller.passes.token(visitor.id)
    assert controller.present_visitor(NORTH, Credential.QR, token, NOW).reason is (
        Reason.NOT_PERMITTED_HERE
    )
    assert controller.present_visitor(DOOR_9, Credential.QR, token, NOW).granted
    forged = token[:-2] + ("AA" if not token.endswith("AA") else "BB")
    assert controller.present_visitor(DOOR_9, Credential.QR, forged, NOW).reason is (
        Reason.UNKNOWN_CREDENTIAL
    )
    later = NOW + timedelta(days=1)
    again = _issue(controller, host)
    token = controller.passes.token(again.id)
    assert controller.present_visitor(NORTH, Credential.QR, token, later).reason is Reason.EXPIRED


def test_guessing_pins_locks_the_keypad_with_one_alarm() -> None:
    controller, _b, host = _controller()
    visitor = _issue(controller, host)
    decisions = [
        controller.present_visitor(NORTH, Credential.PIN, f"{n:06d}", NOW + timedelta(seconds=n))
        for n in range(6)
        if f"{n:06d}" != visitor.pin
    ][:6]
    alarms = [a.kind for d in decisions for a in d.alarms]
    assert alarms.count(AlarmKind.PIN_GUESSING) == 1
    assert AlarmKind.REPEATED_DENIALS not in alarms  # one alarm for the guessing
    a_minute_on = NOW + timedelta(minutes=1)
    locked = controller.present_visitor(NORTH, Credential.PIN, visitor.pin, a_minute_on)
    assert locked.reason is Reason.PIN_LOCKED
    # Another reader still takes the PIN.
    assert controller.present_visitor(DOOR_3, Credential.PIN, visitor.pin, NOW).granted
    # The QR reader beside it is not locked by wrong PINs.
    assert (
        controller.present_visitor(
            NORTH, Credential.QR, controller.passes.token(visitor.id), NOW + timedelta(minutes=1)
        ).reason
        is Reason.USED_UP
    )


def test_expected_visitors_and_revoking() -> None:
    controller, _b, host = _controller()
    visitor = _issue(controller, host)
    assert [v.id for v in controller.passes.expected_on(NOW, END_OF_DAY)] == [visitor.id]
    controller.passes.put(
        {
            "id": visitor.id,
            "household_id": host,
            "pin": visitor.pin,
            "valid_from": visitor.valid_from.isoformat(),
            "valid_until": visitor.valid_until.isoformat(),
            "entries": 1,
            "revoked": True,
        }
    )
    assert controller.passes.expected_on(NOW, END_OF_DAY) == []
    assert controller.present_visitor(NORTH, Credential.PIN, visitor.pin, NOW).reason is (
        Reason.UNKNOWN_CREDENTIAL
    )
    assert not controller.passes.pin_in_use(visitor.pin, NOW)
