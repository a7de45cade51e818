"""What an alarm notification says, to whom in the family, and in which language.

Staff routes read the server's language; a family's target the language of the person
whose phone it is, else of the person whose list names it (`Person.language`; unset: the
server's). Every notification carries the alarm's buttons and, once stored, its picture
through a signed link (no live camera proxy, no login).
"""

from __future__ import annotations

from datetime import timedelta
from functools import partial
from typing import TYPE_CHECKING, Any

from homeassistant.core import HomeAssistant
from homeassistant.util import dt as dt_util, slugify

from .const import DOMAIN
from .engine.decision import Alarm, AlarmKind, Severity
from .engine.model import Person, WatchLevel
from .engine.routing import action_id, actions_for
from .panel import PANEL_URL_PATH

if TYPE_CHECKING:
    from .controller import CompoundController
    from .engine.registry import Registry


def family_of(engine: Registry, alarm: Alarm) -> tuple[list[str], Person | None]:
    """Return the family's targets for an alarm and the person whose list they are."""
    person_id = alarm.person_id
    if alarm.kind is AlarmKind.VEHICLE_THEFT and alarm.vehicle_id:
        vehicle = engine.vehicles.get(alarm.vehicle_id)
        person_id = vehicle.person_id if vehicle else person_id
    person = engine.people.get(person_id or "")
    if person is None:
        return [], None
    if alarm.kind is AlarmKind.WATCHLIST and person.watch is not WatchLevel.CARE:
        return [], None  # only care watch is the family's business
    return list(person.notify), person


def language_of(
    hass: HomeAssistant, engine: Registry, target: str, listed_by: Person | None
) -> str | None:
    """Return the language of a family target: its phone's person's, else the list's.

    A Companion app's target is `notify.mobile_app_<device>`; the device's user, when
    linked to a person, has their own setting.
    """
    name = target.removeprefix("notify.mobile_app_")
    for phone in hass.config_entries.async_entries("mobile_app"):
        if slugify(str(phone.data.get("device_name", ""))) == name:
            owner = engine.person_for_user(str(phone.data.get("user_id", "")))
            if owner is not None and owner.language:
                return owner.language
    return listed_by.language if listed_by is not None else None


def notification(
    controller: CompoundController,
    alarm: Alarm,
    picture: str | None,
    *,
    language: str | None = None,
    escalated_after: timedelta | None = None,
) -> tuple[str, str, dict[str, Any]]:
    """Return the title, message and mobile-app data of an alarm notification."""
    text = partial(controller.text, language=language)
    title = text(f"title_{alarm.kind.value}", alarm.kind.value)
    message = controller.alarm_message(alarm, language)
    message = f"{dt_util.as_local(alarm.time).strftime('%H:%M:%S')} {message}"
    if escalated_after:
        minutes = str(int(escalated_after.total_seconds() // 60))
        message = text("escalated", "{message}", minutes=minutes, message=message)
    data: dict[str, Any] = {
        "tag": alarm.alarm_id,  # a later notification for the same alarm replaces it
        "group": DOMAIN,
        "actions": [
            {
                "action": action_id(action, alarm.alarm_id),
                "title": text(f"action_{action.value}", action.value),
            }
            for action in actions_for(alarm.kind.value)
        ],
        "clickAction": f"/{PANEL_URL_PATH}",  # tap: the console (its alarms)
        "url": f"/{PANEL_URL_PATH}",
    }
    if alarm.severity is Severity.CRITICAL:
        data["push"] = {"interruption-level": "time-sensitive"}
        data["ttl"] = 0
        data["priority"] = "high"
    if picture is not None:
        data["image"] = picture  # the stored picture, signed: no login, no live camera
    return title, message, data
