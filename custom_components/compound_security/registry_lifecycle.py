"""A card's and a resident's whole life in Home Assistant storage.

Issuing (and re-issuing a revoked UID), replacing, reporting lost, finding, editing
validity, moving out, purging those who moved out once the access log's retention has
passed, and reminding tenants' households of residence permits about to run out. Every
change runs under the registry's lock; those that take access away reach the disk before
they return (see `registry_collections`). The rules themselves are in `engine.lifecycle`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date
from typing import TYPE_CHECKING, Any, Final

from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers.storage import Store

from .const import LOGGER, STORAGE_VERSION
from .engine.errors import RuleError
from .engine.lifecycle import (
    check_new_validity,
    expires_soon,
    permit_reminders,
    purgeable,
    revoked_card_with,
)
from .engine.model import Card, CardStatus
from .engine.uid import parse_uid
from .registry_store import store_key

if TYPE_CHECKING:
    from .registry import CompoundRegistry

# Fired when a card is reported lost, for the property office's automations: ids only.
EVENT_CARD_LOST: Final = "compound_security_card_lost"

type Texts = Callable[..., str]  # (key, fallback, **placeholders) -> text in HA's language


def find_card(registry: CompoundRegistry, card_id: str | None, uid: str | None) -> Card:
    """Return a card by its id or its UID (any form staff meet); raise `card_not_found`."""
    card = registry.engine.cards.get(card_id) if card_id else None
    if card is None and uid:
        card = registry.engine.find_card(parse_uid(uid))
    if card is None:
        raise RuleError("card_not_found", uid=str(card_id or uid or "-")[:40])
    return card


def card_response(item: Mapping[str, Any], today: date) -> dict[str, Any]:
    """Return what issuing or editing a card answers: ids, and whether it expires soon."""
    card = Card.from_item(item)
    return {"card_id": card.id, "uid": str(card.uid), "expires_soon": expires_soon(card, today)}


def reminder_rows(
    registry: CompoundRegistry, today: date, household_id: str | None = None
) -> list[dict[str, str]]:
    """Return the permit reminders for the console (one household's, when named)."""
    return [
        {
            "person_id": reminder.person_id,
            "household_id": reminder.household_id,
            "card_id": reminder.card_id,
            "valid_until": reminder.valid_until.isoformat(),
        }
        for reminder in permit_reminders(registry.engine, today)
        if household_id is None or reminder.household_id == household_id
    ]


async def async_issue_card(
    registry: CompoundRegistry, data: Mapping[str, Any], today: date
) -> dict[str, Any]:
    """Issue a card; a revoked card's UID is issued again (its old record goes).

    The access log keeps the old card's history: it records UIDs and people, not records.
    The new card is checked as the old record's update first, so a refusal keeps it.
    """
    async with registry.mutation():
        if (old_id := revoked_card_with(registry.engine, str(data.get("uid") or ""))) is not None:
            stored = registry.engine.prepare_card(data, current_id=old_id, today=today)
            until = stored.get("valid_until")
            check_new_validity(date.fromisoformat(until) if until else None, today)
            await registry.cards.async_delete_item(old_id)
        return await registry.cards.async_create_item(dict(data))


async def async_replace_card(
    registry: CompoundRegistry, card: Card, new_uid: str, reason: str | None
) -> dict[str, Any]:
    """Revoke a lost or broken card and issue its replacement, in one step.

    Same person, card type and validity; the person's access levels are theirs, not the
    card's, so they carry over. When the new card is refused the old one is left as it was.
    """
    async with registry.mutation():
        if card.status is CardStatus.REVOKED:
            raise RuleError("card_already_revoked", uid=str(card.uid))
        before = dict(registry.cards.data[card.id])
        await registry.cards.async_update_item(
            card.id, {"status": CardStatus.REVOKED.value, "status_reason": reason or "replaced"}
        )
        try:
            return await registry.cards.async_create_item(
                {
                    "uid": new_uid,
                    "person_id": card.person_id,
                    "card_type": card.card_type.value,
                    "valid_from": before.get("valid_from"),
                    "valid_until": before.get("valid_until"),
                }
            )
        except RuleError:
            restore = {"status": before["status"], "status_reason": before.get("status_reason")}
            await registry.cards.async_update_item(card.id, restore)
            raise


async def async_report_lost(
    hass: HomeAssistant, registry: CompoundRegistry, card: Card, reason: str | None
) -> bool:
    """Mark a card lost at once (stored before it returns) and fire the automations' event.

    Return whether it was newly lost: a second report of the same loss tells nobody again
    (the property office's alarm is raised by the caller, `card_reports`).
    """
    async with registry.mutation():
        current = registry.engine.cards.get(card.id, card)
        if current.status is CardStatus.REVOKED:
            raise RuleError("card_already_revoked", uid=str(card.uid))
        newly_lost = current.status is not CardStatus.LOST
        updates: dict[str, Any] = {"status": CardStatus.LOST.value}
        if reason:
            updates["status_reason"] = reason
        await registry.cards.async_update_item(card.id, updates)
    person = registry.engine.people.get(card.person_id)
    hass.bus.async_fire(
        EVENT_CARD_LOST,
        {
            "card_id": card.id,
            "person_id": card.person_id,
            "household_id": person.household_id if person else None,
        },
    )
    return newly_lost


async def async_card_found(registry: CompoundRegistry, card: Card) -> None:
    """Make a lost card active again; the rental flat's card cap still applies."""
    async with registry.mutation():
        if card.status is not CardStatus.LOST:
            raise RuleError("card_not_lost", uid=str(card.uid))
        await registry.cards.async_update_item(
            card.id, {"status": CardStatus.ACTIVE.value, "status_reason": None}
        )


async def async_move_out(
    registry: CompoundRegistry, person_ids: Iterable[str], day: date, reason: str | None
) -> int:
    """Mark people moved out (退房/注销): their cards and vehicle chips stop at once.

    The records stay, so the access log still says who passed, until the daily purge
    removes them once the access log's retention has passed. Return how many.
    """
    moved = {"date": day.isoformat(), "reason": reason or ""}
    count = 0
    async with registry.mutation():
        for person_id in person_ids:
            await registry.people.async_update_item(person_id, {"moved_out": moved})
            count += 1
    return count


async def async_purge_moved_out(registry: CompoundRegistry, cutoff: date) -> int:
    """Remove people who moved out before `cutoff`, with their cards and vehicles."""
    people = purgeable(registry.engine, cutoff)
    for person_id in people:
        await registry.async_remove_person(person_id)
    if people:
        LOGGER.info("Purged %d people who moved out before %s", len(people), cutoff)
    return len(people)


class PermitReminders:
    """Tells each tenant's household, once per card and expiry date, that a permit ends.

    Remembers whom it told (`compound_security.<entry id>.reminders`: card id -> the
    expiry date it was told about), so a restart does not tell them again and a renewed
    permit is told about afresh.
    """

    def __init__(self, hass: HomeAssistant, registry: CompoundRegistry) -> None:
        """Keep the record of reminders beside the compound's registry."""
        self.hass = hass
        self.registry = registry
        self.store: Store[dict[str, str]] = Store(
            hass, STORAGE_VERSION, store_key(registry.entry_id, "reminders"), private=True
        )
        self.sent: dict[str, str] | None = None

    async def async_check(self, today: date, text: Texts) -> int:
        """Send the reminders due today; return how many households were told."""
        if self.sent is None:
            self.sent = dict(await self.store.async_load() or {})
        due = permit_reminders(self.registry.engine, today)
        still_due = {reminder.card_id for reminder in due}
        sent = {card: until for card, until in self.sent.items() if card in still_due}
        told = 0
        for reminder in due:
            until = reminder.valid_until.isoformat()
            if sent.get(reminder.card_id) == until:
                continue
            targets = self._household_targets(reminder.household_id, today)
            title = text("permit_reminder_title", "Residence permit")
            message = text("permit_reminder_message", until, valid_until=until)
            for target in targets:
                await _async_notify(self.hass, target, title, message)
            sent[reminder.card_id] = until
            told += bool(targets)
        if sent != self.sent:
            self.sent = sent
            await self.store.async_save(sent)
        return told

    def _household_targets(self, household_id: str, today: date) -> list[str]:
        """Return the notify targets of everyone still living in the household."""
        targets: dict[str, None] = {}
        for person in self.registry.engine.people_of(household_id):
            if not person.moved_out_by(today):
                targets.update(dict.fromkeys(person.notify))
        return list(targets)


async def _async_notify(hass: HomeAssistant, target: str, title: str, message: str) -> None:
    """Send one notice; a missing or failing target is logged, never raised."""
    name = target.removeprefix("notify.")
    if hass.services.has_service("notify", name):
        service, data = name, {"title": title, "message": message}
    elif hass.states.get(target) is not None:
        service, data = "send_message", {"entity_id": target, "title": title, "message": message}
    else:
        LOGGER.warning("Notify target %s does not exist; reminder not sent there", target)
        return
    try:
        await hass.services.async_call("notify", service, data, blocking=True)
    except (HomeAssistantError, OSError, TimeoutError, ValueError) as err:
        LOGGER.warning("Reminding %s failed: %s", target, type(err).__name__)
