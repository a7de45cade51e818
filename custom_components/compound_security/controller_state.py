"""Reading a controller's card list and profiles, and sending it the planned requests.

Translates between the sync planner's records (`engine.controller_sync`) and the client's
(`transport.uhppote`); no Home Assistant here, so benchmarks and tests drive it directly.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from .engine.controller_profiles import FIRST_PROFILE, LAST_PROFILE, ProfileRecord
from .engine.controller_sync import (
    CardRecord,
    ControllerState,
    DeleteCard,
    PutCard,
    SetProfile,
    SyncOperation,
)
from .transport import uhppote_types as wire
from .transport.uhppote import UhppoteClient


def card_from_wire(card: wire.CardRecord) -> CardRecord:
    """Return the planner's record of a card the controller holds."""
    return CardRecord(card.card, card.start, card.end, card.doors, card.pin)


def card_to_wire(record: CardRecord) -> wire.CardRecord:
    """Return the client's record of a planned card."""
    return wire.CardRecord(
        record.card, record.start_date, record.end_date, record.doors, record.pin
    )


def profile_from_wire(profile: wire.TimeProfile) -> ProfileRecord:
    """Return the planner's record of a time profile the controller holds."""
    return ProfileRecord(
        profile.profile_id,
        profile.start,
        profile.end,
        tuple(day in profile.weekdays for day in range(7)),
        profile.segments,
        profile.linked_profile_id,
    )


def profile_to_wire(profile: ProfileRecord) -> wire.TimeProfile:
    """Return the client's record of a planned time profile."""
    return wire.TimeProfile(
        profile.id,
        profile.start_date,
        profile.end_date,
        frozenset(day for day, on in enumerate(profile.weekdays) if on),
        profile.segments,
        profile.linked_profile,
    )


async def read_state(client: UhppoteClient) -> ControllerState:
    """Read every card and time profile the controller holds (one request each)."""
    state = ControllerState()
    async for card in client.all_cards():
        state.cards[card.card] = card_from_wire(card)
    for profile_id in range(FIRST_PROFILE, LAST_PROFILE + 1):
        if (profile := await client.get_time_profile(profile_id)) is not None:
            state.profiles[profile_id] = profile_from_wire(profile)
    return state


async def send(
    client: UhppoteClient,
    operations: Iterable[SyncOperation],
    done: Callable[[SyncOperation], None],
) -> None:
    """Send the requests in order; `done` hears of each the controller took.

    Raises the client's `ControllerError` at the first one not taken: what was done
    before it stays done, and the caller knows exactly what.
    """
    for operation in operations:
        match operation:
            case DeleteCard(card=number):
                await client.delete_card(number)
            case PutCard(record=record):
                await client.put_card(card_to_wire(record))
            case SetProfile(profile=profile):
                await client.set_time_profile(profile_to_wire(profile))
        done(operation)
