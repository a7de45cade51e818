"""A card's and a resident's whole life: expiry warnings, moving out, purging, reminders.

Plain rules over the registry, used by the Home Assistant layer's actions and websocket
commands. Moving out (退房/注销) keeps the records, so the access log still says who
passed, until the access log's own retention has passed; then they are purged.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from .bounds import checked_text
from .errors import RuleError
from .model import Card, CardStatus, CardType, Role
from .uid import parse_uid

if TYPE_CHECKING:
    from .registry import Registry

EXPIRY_WARNING = timedelta(days=30)
MAX_REASON = 200
MAX_PERSON_LEVELS = 20
MAX_DENIED = 50


def access_fields(data: Mapping[str, Any], known_levels: Mapping[str, Any]) -> dict[str, Any]:
    """Check a person's extra levels and exceptions; return them as stored."""
    levels = [str(level) for level in data.get("levels") or ()]
    if unknown := [level for level in levels if level not in known_levels]:
        raise RuleError("level_not_found", level=unknown[0][:40])
    denied = sorted({str(point) for point in data.get("denied") or ()})
    if len(levels) > MAX_PERSON_LEVELS or len(denied) > MAX_DENIED:
        raise RuleError("levels_too_many", max=str(MAX_PERSON_LEVELS))
    return {"levels": list(dict.fromkeys(levels)), "denied": denied}


def moved_out_field(data: Mapping[str, Any], today: date) -> dict[str, str] | None:
    """Check a move-out (a date, today by default, and a reason); None when not moved out."""
    moved = data.get("moved_out")
    if not moved:
        return None
    if not isinstance(moved, Mapping):
        raise RuleError("moved_out_invalid")
    try:
        day = date.fromisoformat(str(moved.get("date") or today.isoformat()))
    except ValueError:
        raise RuleError("date_invalid", value=str(moved.get("date"))[:40]) from None
    reason = checked_text(moved.get("reason") or "", "reason", MAX_REASON)
    return {"date": day.isoformat(), "reason": reason}


def check_new_validity(valid_until: date | None, today: date) -> None:
    """Refuse to issue a card that has already expired."""
    if valid_until is not None and valid_until < today:
        raise RuleError("valid_until_past", valid_until=valid_until.isoformat())


def expires_soon(card: Card, today: date) -> bool:
    """Return whether a card's validity ends within the warning period (30 days)."""
    return card.valid_until is not None and today <= card.valid_until <= today + EXPIRY_WARNING


@dataclass(frozen=True, slots=True)
class PermitReminder:
    """A tenant whose residence permit runs out soon (the household is told)."""

    person_id: str
    household_id: str
    card_id: str
    valid_until: date


def permit_reminders(registry: Registry, today: date) -> list[PermitReminder]:
    """Return tenants whose residence permit ends within 30 days, soonest first."""
    reminders = [
        PermitReminder(person.id, person.household_id, card.id, card.valid_until)
        for card in registry.cards.values()
        if card.card_type is CardType.RESIDENCE_PERMIT
        and card.usable_on(today)
        and expires_soon(card, today)
        and card.valid_until is not None
        and (person := registry.people.get(card.person_id)) is not None
        and person.role is Role.TENANT
        and not person.moved_out_by(today)
    ]
    return sorted(reminders, key=lambda reminder: reminder.valid_until)


def purgeable(registry: Registry, cutoff: date) -> list[str]:
    """Return the people who moved out before `cutoff` (the access log's retention)."""
    return [
        person.id
        for person in registry.people.values()
        if person.moved_out is not None and person.moved_out < cutoff
    ]


def revoked_card_with(registry: Registry, uid_text: str) -> str | None:
    """Return the id of a revoked card with exactly this UID: it may be issued again.

    The old record goes (the access log keeps its history) and a new card takes the UID.
    """
    uid = parse_uid(uid_text)
    card = registry.find_card(uid)
    if card is not None and card.status is CardStatus.REVOKED and card.uid == uid:
        return card.id
    return None
