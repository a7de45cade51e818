"""The buttons of an alarm notification on a phone: acknowledge, "it's me", "stop it".

Who may press them is the permission table's `alarm_button` row: managers on any
alarm, guards on all but police kinds, police on those only, a resident only on their
own household's vehicle theft (the vehicle owner's household). "Stop it" holds that
garage barrier shut.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

from homeassistant.core import Event
from homeassistant.exceptions import HomeAssistantError

from .const import LOGGER, Zone
from .engine.errors import RuleError
from .engine.routing import AlarmAction, actions_for, parse_action
from .permissions import Operation, caller_for_user, may_handle_alarm

if TYPE_CHECKING:
    from .alarm_desk import AlarmDesk

KEEP_SHUT = timedelta(minutes=10)


class PhoneButtons:
    """Handles `mobile_app_notification_action` events for one compound's alarm desk."""

    def __init__(self, desk: AlarmDesk) -> None:
        """Act on `desk`'s alarms."""
        self.desk = desk
        self.hass = desk.hass

    async def async_handle(self, event: Event[dict[str, Any]]) -> None:
        """Do what a pressed button asks, if the one pressing it may; else log why not."""
        parsed = parse_action(str(event.data.get("action", "")))
        if parsed is None:
            return
        action, alarm_id = parsed
        user_id = event.context.user_id
        try:
            row = await self.desk.async_get(alarm_id)
            if action is not AlarmAction.ACKNOWLEDGE and action not in actions_for(row["kind"]):
                LOGGER.warning("Button %s does not apply to alarm %s", action, alarm_id)
                return
            who = await self._allowed(user_id, row)
            if who is None:
                LOGGER.warning("User %s may not handle alarm %s", user_id, alarm_id)
                return
            await self.async_press(action, row, who)
        except RuleError as err:
            LOGGER.info("Alarm button %s for %s ignored: %s", action, alarm_id, err.code)
        except HomeAssistantError as err:  # e.g. a fire alarm holds the gates open
            LOGGER.warning("Alarm button %s for %s refused: %s", action, alarm_id, err)

    async def async_press(self, action: AlarmAction, row: dict[str, Any], who: str | None) -> None:
        """Do what a button asks (the caller checked who may): the phone's and the console's."""
        alarm_id = row["alarm_id"]
        if action is AlarmAction.ACKNOWLEDGE:
            await self.desk.async_acknowledge(alarm_id, who, None)
        elif action is AlarmAction.ITS_ME:
            await self.desk.async_close(
                alarm_id, who, self.desk.controller.text("note_its_me", "it was me")
            )
        elif action is AlarmAction.STOP_IT:
            await self._async_keep_shut(row["access_point_id"])
            await self.desk.async_acknowledge(
                alarm_id, who, self.desk.controller.text("note_stop_it", "stop")
            )

    async def _allowed(self, user_id: str | None, row: dict[str, Any]) -> str | None:
        """Return who handles the alarm (a name), or None when they may not.

        A button press comes from a phone's user (none, or one that is gone: nobody);
        `permissions.py` decides: managers any alarm, guards all but police kinds, police
        those only, a resident only their own household's vehicle theft (the owner's).
        """
        user = await self.hass.auth.async_get_user(user_id) if user_id else None
        if user is None:
            return None
        registry = self.desk.controller.registry
        caller = caller_for_user(user, registry)
        if not may_handle_alarm(caller, Operation.ALARM_BUTTON, row, registry.engine):
            return None
        return caller.name

    async def _async_keep_shut(self, access_point_id: str | None) -> None:
        """Hold the theft's garage barrier shut; no other gate is ever held shut this way."""
        hardware = self.desk.hardware.get(access_point_id or "")
        if hardware is None or hardware.access_point.zone != Zone.GARAGE:
            raise RuleError("stop_it_not_a_garage")
        await hardware.async_keep_shut(KEEP_SHUT)
