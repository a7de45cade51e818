"""A card reported lost tells the property office: a `card_reported_lost` alarm.

A resident's "report my card lost" (the console's My home), a guard taking the report at
the guard room, and an automation calling `report_card_lost` each raise one alarm (info)
naming the holder's household, so the office's notification routes hear of it and the
alarm desk keeps a record until the card is dealt with. A report made by the property
office itself (a clerk or a manager) raises none: the office already knows. The family is
never told (it is not one of the family's kinds) and the resident's own page does not list
it: it is the office's business.

The alarm closes itself when its card is found or replaced. Alarm records have no card
column, so the alarm's id starts with a digest of the card's id (`card_tag`): the report
of one card is found among the open alarms without naming the card anywhere else.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Any, Final
import uuid

from homeassistant.core import HomeAssistant, callback
from homeassistant.util import dt as dt_util

from .const import LOGGER
from .engine.decision import Alarm, AlarmKind, Severity
from .engine.model import Card
from .permissions import Caller, CallerKind
from .registry_lifecycle import async_card_found, async_replace_card, async_report_lost

if TYPE_CHECKING:
    from .coordinator import CompoundSecurityConfigEntry

# Callers who are the property office: their own report needs no alarm to tell them.
OFFICE_CALLERS: Final = frozenset({CallerKind.MANAGER, CallerKind.CLERK})
# Unclosed alarms looked through for a card's reports (newest first).
SCAN_REPORTS: Final = 2000
TAG_LENGTH: Final = 16  # hex digits of the card's digest; the rest of the id is random


def card_tag(card_id: str) -> str:
    """Return how a card's lost-card reports' alarm ids begin."""
    return hashlib.sha256(card_id.encode()).hexdigest()[:TAG_LENGTH]


@callback
def async_tell_office(entry: CompoundSecurityConfigEntry, card: Card, caller: Caller) -> None:
    """Raise the office's alarm for a card just reported lost, unless the office reported it."""
    if caller.kind in OFFICE_CALLERS:
        return
    runtime = entry.runtime_data
    holder = runtime.registry.engine.people.get(card.person_id)
    runtime.controller.async_raise(
        Alarm(
            AlarmKind.CARD_REPORTED_LOST,
            Severity.INFO,
            dt_util.now(),
            person_id=card.person_id,
            household_id=holder.household_id if holder is not None else None,
            alarm_id=card_tag(card.id) + uuid.uuid4().hex[TAG_LENGTH:],
        )
    )


async def async_close_reports(
    entry: CompoundSecurityConfigEntry, card: Card, caller: Caller
) -> int:
    """Close the card's lost-card reports still open (it was found or replaced); say how many."""
    runtime = entry.runtime_data
    tag = card_tag(card.id)
    rows = await runtime.audit.async_unclosed_alarms(SCAN_REPORTS)
    closed = 0
    for row in rows:
        if row["kind"] == AlarmKind.CARD_REPORTED_LOST and row["alarm_id"].startswith(tag):
            await runtime.desk.async_close(row["alarm_id"], caller.name, None)
            closed += 1
    if closed:
        LOGGER.info("Closed %d lost-card reports: the card was dealt with", closed)
    return closed


# What the actions and the console's commands call: the card's change and the office's record.


async def async_report_card_lost(
    hass: HomeAssistant,
    entry: CompoundSecurityConfigEntry,
    card: Card,
    reason: str | None,
    caller: Caller,
) -> None:
    """Stop a card at once as lost and, if it was not lost already, tell the office."""
    if await async_report_lost(hass, entry.runtime_data.registry, card, reason):
        async_tell_office(entry, card, caller)


async def async_card_back(entry: CompoundSecurityConfigEntry, card: Card, caller: Caller) -> None:
    """Make a lost card active again and close its reports."""
    await async_card_found(entry.runtime_data.registry, card)
    await async_close_reports(entry, card, caller)


async def async_card_replaced(
    entry: CompoundSecurityConfigEntry,
    card: Card,
    new_uid: str,
    reason: str | None,
    caller: Caller,
) -> dict[str, Any]:
    """Revoke a card, issue its replacement, close the old card's reports; the new card."""
    item = await async_replace_card(entry.runtime_data.registry, card, new_uid, reason)
    await async_close_reports(entry, card, caller)
    return item
