"""A card reported lost tells the property office: a `card_reported_lost` alarm.

A resident's "report my card lost" (the console's My home), a guard taking the report at
the guard room, and an automation calling `report_card_lost` each raise one alarm (info)
naming the holder's household, so the office's notification routes hear of it and the
alarm desk keeps a record until the card is dealt with. A report made by the property
office itself (a clerk or a manager) raises none: the office already knows. The family is
never told (it is not one of the family's kinds) and the resident's own page does not list
it: it is the office's business.

The alarm closes itself once none of the holder's cards is lost any more (the card was
found, or replaced by a new one). An alarm does not name its card, so a holder with two
cards lost keeps both reports open until both are dealt with.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from homeassistant.core import callback
from homeassistant.util import dt as dt_util

from .const import LOGGER
from .engine.decision import Alarm, AlarmKind, Severity
from .engine.model import Card, CardStatus
from .permissions import Caller, CallerKind

if TYPE_CHECKING:
    from .coordinator import CompoundSecurityConfigEntry

# Callers who are the property office: their own report needs no alarm to tell them.
OFFICE_CALLERS: Final = frozenset({CallerKind.MANAGER, CallerKind.CLERK})
# Unclosed alarms looked through for a holder's reports (newest first).
SCAN_REPORTS: Final = 2000


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
        )
    )


async def async_close_reports(
    entry: CompoundSecurityConfigEntry, person_id: str, caller: Caller
) -> int:
    """Close the holder's lost-card reports once none of their cards is lost; return how many."""
    runtime = entry.runtime_data
    if any(c.status is CardStatus.LOST for c in runtime.registry.engine.cards_of(person_id)):
        return 0
    rows = await runtime.audit.async_unclosed_alarms(SCAN_REPORTS)
    closed = 0
    for row in rows:
        if row["kind"] == AlarmKind.CARD_REPORTED_LOST and row.get("person_id") == person_id:
            await runtime.desk.async_close(row["alarm_id"], caller.name, None)
            closed += 1
    if closed:
        LOGGER.info("Closed %d lost-card reports: the card was dealt with", closed)
    return closed
