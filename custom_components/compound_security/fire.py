"""Fire release (GB 50396 §9.0.1): while the fire alarm is on, every gate stays open.

Nothing closes or holds shut a gate meanwhile: not `lock.lock`, not a phone's "Stop it",
not an automation, not a reload. Such a request is refused with a translated error and
written to the access log, so the refusal is on record with its time and place.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from homeassistant.const import STATE_ON
from homeassistant.core import (
    CALLBACK_TYPE,
    Event,
    EventStateChangedData,
    HomeAssistant,
    callback,
)
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers.event import async_track_state_change_event
from homeassistant.util import dt as dt_util

from .audit_log import AuditLog
from .const import DOMAIN, LOGGER
from .engine.audit import to_ts
from .engine.decision import Alarm, AlarmKind, Severity
from .engine.settings import AccessPointSettings

if TYPE_CHECKING:  # the access points import this module
    from .controller import CompoundController
    from .coordinator import CompoundSecurityConfigEntry
    from .hardware import AccessPointHardware

REFUSED_REASON = "fire_release_active"
COMMAND_CREDENTIAL = "gate_command"  # access-log rows of commands: `uid` names the command


class FireRelease:
    """Whether the compound's fire alarm is on, and the guard that keeps gates open."""

    def __init__(self, hass: HomeAssistant, audit: AuditLog, entity_id: str | None) -> None:
        """Follow `entity_id` (none: no fire alarm is linked, nothing is ever refused)."""
        self.hass = hass
        self.audit = audit
        self.entity_id = entity_id
        self.active = self._entity_on()

    def _entity_on(self) -> bool:
        if not self.entity_id:
            return False
        state = self.hass.states.get(self.entity_id)
        return state is not None and state.state == STATE_ON

    @callback
    def async_track(self, on_change: Callable[[bool], None]) -> CALLBACK_TYPE:
        """Call `on_change(active)` whenever the fire alarm turns on or off."""
        assert self.entity_id is not None  # noqa: S101  # only tracked when linked

        @callback
        def _changed(event: Event[EventStateChangedData]) -> None:
            new = event.data["new_state"]
            active = new is not None and new.state == STATE_ON
            if active != self.active:
                self.active = active
                on_change(active)

        return async_track_state_change_event(self.hass, self.entity_id, _changed)

    def refuse_closing(self, access_point: AccessPointSettings, command: str) -> None:
        """Raise (and log the refusal) when a gate must stay open; else return."""
        if not self.active:
            return
        LOGGER.warning("Refused to %s a gate while the fire alarm is on", command)
        self.audit.record_access(
            {
                "ts": to_ts(dt_util.now()),
                "access_point_id": access_point.id,
                "direction": access_point.direction,
                "credential": COMMAND_CREDENTIAL,
                "uid": command,
                "decision": "refused",
                "reason": REFUSED_REASON,
                "person_id": None,
                "household_id": None,
                "vehicle_id": None,
                "watch": "none",
                "alarm_ids": None,
            }
        )
        raise HomeAssistantError(
            translation_domain=DOMAIN,
            translation_key="fire_gates_held_open",
            translation_placeholders={"access_point": access_point.name},
        )


@callback
def async_track_fire_release(
    entry: CompoundSecurityConfigEntry,
    fire: FireRelease,
    hardware: Mapping[str, AccessPointHardware],
    controller: CompoundController,
) -> None:
    """While the fire alarm is on, hold every gate open (GB 50396 §9.0.1) and raise an alarm.

    Every gate gets its command at once; one that fails does not hold up the others (the
    gate logs it and shows itself unavailable).
    """
    hass = fire.hass

    async def _async_move(access_point: AccessPointHardware, *, hold: bool) -> None:
        try:
            if hold:
                await access_point.async_hold_open()
            else:
                await access_point.async_close()
        except HomeAssistantError as err:
            LOGGER.debug("%s: %s", access_point.access_point.name, err)

    @callback
    def _apply(on: bool) -> None:  # noqa: FBT001
        for access_point in hardware.values():
            hass.async_create_task(
                _async_move(access_point, hold=on), f"{DOMAIN} fire release", eager_start=True
            )
        if on:
            controller.async_raise(Alarm(AlarmKind.FIRE_RELEASE, Severity.CRITICAL, dt_util.now()))

    if fire.entity_id is None:
        return
    entry.async_on_unload(fire.async_track(_apply))
    if fire.active:
        _apply(True)  # noqa: FBT003  # a reload or restart during a fire
