"""The simulated UHPPOTE controller: offline decisions, PC control, event log, reboot.

Requests are the `uhppoted` library's own encoded frames and replies go through its own
decoders, so the simulator is held to the library's idea of the protocol. Clocks are fake:
nothing here sleeps.
"""

# The controller's clock is naive local time; the library's encoders take bare booleans.
# ruff: noqa: DTZ001, FBT003

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import pytest
from uhppoted import decode, encode

from compound_simulator.uhppote import SimulatedController
from custom_components.compound_security.transport.uhppote_types import (
    PC_CONTROL_TIMEOUT,
    EventKind,
    EventReason,
)

SERIAL = 405419896
MONDAY_9AM = datetime(2026, 11, 30, 9, 0, 0)
CARD = 10058400
THIS_YEAR = (date(2026, 1, 1), date(2026, 12, 31))


@dataclass
class FakeClock:
    """Seconds since MONDAY_9AM, advanced by hand."""

    seconds: float = 0.0

    def monotonic(self) -> float:
        return self.seconds

    def wall(self) -> datetime:
        return MONDAY_9AM + timedelta(seconds=self.seconds)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def board(clock: FakeClock) -> SimulatedController:
    return SimulatedController(
        SERIAL, card_capacity=3, event_capacity=5, monotonic=clock.monotonic, wall_clock=clock.wall
    )


def ask(board: SimulatedController, request: bytes | bytearray) -> bytes:
    reply = board.handle(bytes(request))
    assert reply is not None
    return reply


def put_card(
    board: SimulatedController,
    card: int = CARD,
    doors: tuple[int, int, int, int] = (1, 1, 0, 0),
    *,
    valid: tuple[date, date] = THIS_YEAR,
    pin: int = 0,
) -> bool:
    request = encode.put_card_request(SERIAL, card, *valid, *doors, pin)
    return bool(decode.put_card_response(ask(board, request)).stored)


def put_profile(
    board: SimulatedController,
    profile_id: int,
    weekdays: tuple[bool, ...],
    segment: tuple[time, time],
    *,
    linked: int = 0,
    valid: tuple[date, date] = THIS_YEAR,
) -> None:
    request = encode.set_time_profile_request(
        SERIAL, profile_id, *valid, *weekdays, *segment, None, None, None, None, linked
    )
    assert decode.set_time_profile_response(ask(board, request)).stored


def enable_pc_control(board: SimulatedController, *, enable: bool = True) -> None:
    reply = ask(board, encode.set_pc_control_request(SERIAL, enable))
    assert decode.set_pc_control_response(reply).ok


WEEKDAYS = (True, True, True, True, True, False, False)
WEEKEND = (False, False, False, False, False, True, True)


def test_offline_decisions_follow_the_card_list(board: SimulatedController) -> None:
    assert put_card(board, doors=(1, 0, 0, 0))
    assert put_card(board, 111, valid=(date(2026, 12, 1), date(2026, 12, 31)))
    assert put_card(board, 222, valid=(date(2026, 1, 1), date(2026, 11, 29)))

    granted = board.present_card(1, CARD)
    assert (granted.granted, granted.reason, granted.deferred_to_host) == (
        True,
        EventReason.SWIPE,
        False,
    )
    assert board.is_unlocked(1)
    assert board.present_card(2, CARD).reason is EventReason.DENIED_NO_PRIVILEGE
    assert board.present_card(1, 111).reason is EventReason.DENIED_NO_PRIVILEGE  # not yet
    assert board.present_card(1, 222).reason is EventReason.DENIED_NO_PRIVILEGE  # expired
    assert board.present_card(1, 333).reason is EventReason.DENIED_UNKNOWN_CARD
    assert not board.is_unlocked(2)
    with pytest.raises(ValueError, match="doors 1 to 4"):
        board.present_card(5, CARD)


def test_a_granted_door_relocks_after_its_delay(
    board: SimulatedController, clock: FakeClock
) -> None:
    put_card(board)
    ask(board, encode.set_door_control_request(SERIAL, 1, 3, 5))
    board.present_card(1, CARD)
    clock.seconds = 4.9
    assert board.is_unlocked(1)
    clock.seconds = 5.1
    assert not board.is_unlocked(1)
    ask(board, encode.set_door_control_request(SERIAL, 1, 2, 5))  # normally closed
    assert board.present_card(1, CARD).reason is EventReason.DENIED_NORMALLY_CLOSED


def test_time_profiles_weekdays_segments_dates_and_links(
    board: SimulatedController, clock: FakeClock
) -> None:
    put_profile(board, 2, WEEKDAYS, (time(8, 0), time(18, 0)), linked=3)
    put_profile(board, 3, WEEKEND, (time(10, 0), time(12, 0)), linked=2)  # a cycle
    put_profile(board, 4, WEEKDAYS, (time(0, 0), time(23, 59)), valid=THIS_YEAR[:1] * 2)
    put_card(board, doors=(2, 4, 9, 0))

    assert board.present_card(1, CARD).granted  # Monday 09:00
    assert board.present_card(2, CARD).reason is EventReason.DENIED_TIME_PROFILE  # dates
    assert board.present_card(3, CARD).reason is EventReason.DENIED_TIME_PROFILE  # no such
    clock.seconds = 10 * 3600  # Monday 19:00
    assert board.present_card(1, CARD).reason is EventReason.DENIED_TIME_PROFILE
    clock.seconds = 5 * 86400 + 2 * 3600  # Saturday 11:00, by the linked profile
    assert board.present_card(1, CARD).granted
    clock.seconds = 5 * 86400 + 4 * 3600  # Saturday 13:00: neither (and the cycle ends)
    assert board.present_card(1, CARD).reason is EventReason.DENIED_TIME_PROFILE


def test_time_profile_reads_back_and_reserved_ids_are_refused(board: SimulatedController) -> None:
    put_profile(board, 7, WEEKDAYS, (time(8, 0), time(18, 0)))
    profile = decode.get_time_profile_response(
        ask(board, encode.get_time_profile_request(SERIAL, 7))
    )
    assert (profile.profile_id, profile.monday, profile.saturday) == (7, True, False)
    assert (profile.segment_1_start, profile.segment_1_end) == (time(8, 0), time(18, 0))
    missing = decode.get_time_profile_response(
        ask(board, encode.get_time_profile_request(SERIAL, 8))
    )
    assert missing.profile_id == 0
    reserved = encode.set_time_profile_request(
        SERIAL, 1, *THIS_YEAR, *WEEKDAYS, time(8, 0), time(9, 0), None, None, None, None, 0
    )
    assert not decode.set_time_profile_response(ask(board, reserved)).stored
    assert decode.delete_all_time_profiles_response(
        ask(board, encode.delete_all_time_profiles_request(SERIAL))
    ).deleted
    missing = decode.get_time_profile_response(
        ask(board, encode.get_time_profile_request(SERIAL, 7))
    )
    assert missing.profile_id == 0


def test_pin_is_asked_only_where_the_keypad_is_active(board: SimulatedController) -> None:
    put_card(board, doors=(1, 1, 0, 0), pin=123456)
    assert decode.activate_keypads_response(
        ask(board, encode.activate_keypads_request(SERIAL, True, False, False, False))
    ).ok
    assert board.present_card(1, CARD, pin=1).reason is EventReason.DENIED_WRONG_PIN
    assert board.present_card(1, CARD).reason is EventReason.DENIED_WRONG_PIN
    assert board.present_card(1, CARD, pin=123456).granted
    assert board.present_card(2, CARD).granted


def test_pc_control_defers_then_falls_back_after_30_s_of_silence(
    board: SimulatedController, clock: FakeClock
) -> None:
    put_card(board)
    enable_pc_control(board)

    deferred = board.present_card(1, CARD)
    assert (deferred.granted, deferred.deferred_to_host) == (False, True)
    assert not board.is_unlocked(1)  # the host decides and opens
    clock.seconds = PC_CONTROL_TIMEOUT - 1
    ask(board, encode.get_time_request(SERIAL))  # any request is a keep-alive
    clock.seconds += PC_CONTROL_TIMEOUT - 1
    assert board.present_card(1, CARD).deferred_to_host

    clock.seconds += 1.5  # the host has now been silent for 30.5 s
    assert not board.pc_control_active
    fallback = board.present_card(1, CARD)
    assert (fallback.granted, fallback.reason) == (True, EventReason.SWIPE)
    assert board.present_card(1, 99).reason is EventReason.DENIED_UNKNOWN_CARD

    ask(board, encode.get_status_request(SERIAL))  # the host is back
    assert board.present_card(1, CARD).deferred_to_host
    enable_pc_control(board, enable=False)
    assert board.present_card(1, CARD).granted


def test_pc_control_needs_the_magic_word(board: SimulatedController) -> None:
    request = encode.set_pc_control_request(SERIAL, True)
    request[8] = 0
    assert not decode.set_pc_control_response(ask(board, request)).ok
    assert not board.pc_control_active


def test_event_indexes_only_grow_and_old_events_are_overwritten(
    board: SimulatedController,
) -> None:
    put_card(board)
    indexes = [board.present_card(1, CARD).event_index for _ in range(4)]
    board.reboot()
    indexes += [board.present_card(1, CARD).event_index for _ in range(3)]
    assert indexes == sorted(indexes)
    assert len(set(indexes)) == len(indexes) == 7
    assert [event.index for event in board.events] == [3, 4, 5, 6, 7]  # capacity 5

    def event(index: int) -> tuple[int, int]:
        reply = decode.get_event_response(ask(board, encode.get_event_request(SERIAL, index)))
        return (reply.index, reply.event_type)

    assert event(7) == (7, EventKind.SWIPE)
    assert event(2) == (2, EventKind.OVERWRITTEN)
    assert event(8) == (8, EventKind.NONE)
    assert event(0xFFFFFFFF) == (7, EventKind.SWIPE)  # the newest


def test_stored_read_mark_needs_the_magic_word_and_survives_reboot(
    board: SimulatedController,
) -> None:
    assert decode.set_event_index_response(
        ask(board, encode.set_event_index_request(SERIAL, 42))
    ).updated
    bad = encode.set_event_index_request(SERIAL, 7)
    bad[12] = 0
    assert not decode.set_event_index_response(ask(board, bad)).updated
    board.reboot()
    index = decode.get_event_index_response(ask(board, encode.get_event_index_request(SERIAL)))
    assert index.event_index == 42


def test_reboot_keeps_flash_and_drops_pc_control(
    board: SimulatedController, clock: FakeClock
) -> None:
    put_card(board)
    enable_pc_control(board)
    ask(board, encode.open_door_request(SERIAL, 2))
    assert board.is_unlocked(2)
    board.reboot()
    assert not board.pc_control_active
    assert not board.is_unlocked(2)
    assert board.card_count == 1
    assert board.present_card(1, CARD).granted  # decides from flash straight away
    board.reboot(lose_cards=True)
    assert board.card_count == 0
    assert board.present_card(1, CARD).reason is EventReason.DENIED_UNKNOWN_CARD
    reply = decode.get_card_by_index_response(
        ask(board, encode.get_card_by_index_request(SERIAL, 1))
    )
    assert reply.card_number == 0


def test_card_store_capacity_index_and_tombstones(board: SimulatedController) -> None:
    assert all(put_card(board, card) for card in (1, 2, 3))
    assert not put_card(board, 4)  # full (capacity 3)
    assert put_card(board, 2, doors=(0, 1, 0, 0))  # replacing needs no room
    count = decode.get_cards_response(ask(board, encode.get_cards_request(SERIAL)))
    assert count.cards == 3
    assert decode.delete_card_response(ask(board, encode.delete_card_request(SERIAL, 2))).deleted
    assert not decode.delete_card_response(
        ask(board, encode.delete_card_request(SERIAL, 2))
    ).deleted

    def at(index: int) -> int:
        reply = ask(board, encode.get_card_by_index_request(SERIAL, index))
        return int(decode.get_card_by_index_response(reply).card_number)

    assert [at(1), at(2), at(3), at(4)] == [1, 0xFFFFFFFF, 3, 0]
    card = decode.get_card_response(ask(board, encode.get_card_request(SERIAL, 3)))
    assert (card.card_number, card.start_date, card.end_date) == (3, *THIS_YEAR)
    request = encode.delete_cards_request(SERIAL)
    request[8] = 0
    assert not decode.delete_all_cards_response(ask(board, request)).deleted
    assert board.card_count == 2
    assert decode.delete_all_cards_response(ask(board, encode.delete_cards_request(SERIAL))).deleted
    assert board.card_count == 0


def test_special_events_are_logged_only_when_asked(board: SimulatedController) -> None:
    board.set_contact(1, is_open=True)
    board.press_button(2)
    assert board.events == []
    ask(board, encode.record_special_events_request(SERIAL, True))
    board.set_contact(1, is_open=False)
    board.set_contact(3, is_open=True)  # locked: forced
    board.press_button(2)
    board.set_contact(2, is_open=True)  # unlocked by the button: a normal opening
    ask(board, encode.open_door_request(SERIAL, 4))
    board.reboot()
    assert [(event.kind, event.door, event.reason) for event in board.events[-5:]] == [
        (EventKind.ALARM, 3, EventReason.FORCED_OPEN),
        (EventKind.DOOR, 2, EventReason.BUTTON),
        (EventKind.DOOR, 2, EventReason.DOOR_OPENED),
        (EventKind.DOOR, 4, EventReason.REMOTE_OPEN),
        (EventKind.DOOR, 0, EventReason.POWER_ON),
    ]


def test_silent_on_what_a_real_board_ignores(board: SimulatedController) -> None:
    assert board.handle(bytes(encode.get_status_request(SERIAL + 1))) is None  # not ours
    assert board.handle(bytes(encode.get_status_request(SERIAL))[:40]) is None  # short
    bad_start = bytearray(encode.get_status_request(SERIAL))
    bad_start[0] = 0x42
    assert board.handle(bytes(bad_start)) is None
    unknown = bytearray(encode.get_status_request(SERIAL))
    unknown[1] = 0x01
    assert board.handle(bytes(unknown)) is None
    found = decode.get_controller_response(ask(board, encode.get_controller_request(0)))
    assert found.controller == SERIAL  # discovery by broadcast to serial 0
    board.powered = False
    assert board.handle(bytes(encode.get_status_request(SERIAL))) is None
    assert board.requests_seen == 1


def test_clock_is_set_and_status_reports_doors_and_last_event(
    board: SimulatedController,
) -> None:
    moment = datetime(2026, 12, 3, 4, 5, 6)
    assert (
        decode.set_time_response(ask(board, encode.set_time_request(SERIAL, moment))).datetime
        == moment
    )
    put_card(board)
    board.present_card(2, CARD)
    board.set_contact(2, is_open=True)
    status = decode.get_status_response(ask(board, encode.get_status_request(SERIAL)))
    assert (status.system_date, status.system_time) == (moment.date(), moment.time())
    assert (status.event_index, status.event_card, status.event_door) == (1, CARD, 2)
    assert status.event_access_granted
    assert status.event_timestamp == moment
    assert (status.door_2_open, status.relays) == (True, 0b0010)
