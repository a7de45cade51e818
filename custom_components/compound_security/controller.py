"""Runs access decisions for one compound and publishes what they mean.

Every decision fires `compound_security_access`, is written to the access log and goes
to the compound's activity coordinator (event entities, counters). The caller (a reader
of the access point, or an action) hands in how to act on the decision (open the gate):
that starts first, so publishing never delays the gate command. Every alarm fires
`compound_security_alarm` with a translated message, is stored and goes to the activity
coordinator (the alarm desk). An alarm that keeps counting (repeated denials) is updated
in place: its record's count and message change and `compound_security_alarm_updated`
fires, with no new notification or snapshot. Ids go on the bus, never names.

A visitor's PIN or QR token is published the same way: the decision names the pass (its
id, as `uid`) and the host household, never the PIN or the token.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from datetime import datetime
from typing import Any

from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback
from homeassistant.helpers.event import async_call_later
from homeassistant.helpers.translation import async_get_translations
from homeassistant.util import dt as dt_util
from homeassistant.util.async_ import create_eager_task

from .audit_log import AuditLog
from .const import DOMAIN, EVENT_ACCESS, EVENT_ALARM, EVENT_ALARM_UPDATED, LOGGER
from .coordinator import ActivityCoordinator
from .engine.audit import to_ts
from .engine.decision import (
    DIRECTIONS,
    POLICE_KINDS,
    AccessController,
    Alarm,
    AlarmKind,
    Decision,
    PendingVehicle,
    Reason,
)
from .engine.errors import RuleError
from .engine.model import PERSON_LANGUAGES, Credential, WatchLevel
from .engine.recognition import Recognition, RecognitionDecider
from .engine.settings import AccessPointSettings
from .engine.uid import CardUid
from .registry import CompoundRegistry
from .visitor_passes import VisitorPasses

PRIVATE_KINDS = POLICE_KINDS | {AlarmKind.WATCHLIST}
# A refusal by a controller offline still means someone showed a lost card.
OFFLINE_DENIED_ALARMS = frozenset({AlarmKind.LOST_CARD})


class CompoundController:
    """Decides, records and announces; one per loaded compound."""

    def __init__(
        self,
        hass: HomeAssistant,
        registry: CompoundRegistry,
        audit: AuditLog,
        access_points: dict[str, AccessPointSettings],
        activity: ActivityCoordinator,
        visitors: VisitorPasses,
    ) -> None:
        """Wire the decision engine to Home Assistant; `activity` hears of what happens."""
        self.hass = hass
        self.activity = activity
        self.registry = registry
        self.audit = audit
        self.access_points = access_points
        # Fixed for the entry's life (a changed access point reloads the entry); the first
        # of two alike names wins, as it did when they were searched in order.
        self._by_name = {p.name.casefold(): p for p in reversed(access_points.values())}
        self.visitors = visitors
        self.engine = AccessController(registry.engine, passes=visitors.book)
        self.recognitions = RecognitionDecider(self.engine)
        self._waiting: dict[int, asyncio.Future[Decision]] = {}
        self._expiry: list[CALLBACK_TYPE] = []
        self.messages: dict[str, str] = {}
        self.messages_in: dict[str, dict[str, str]] = {}  # a person's own language's

    async def async_start(self) -> None:
        """Load the alarm and notification texts: the system language's, and each person's."""
        self.messages = await async_get_translations(
            self.hass, self.hass.config.language, "common", [DOMAIN]
        )
        for language in PERSON_LANGUAGES:
            self.messages_in[language] = await async_get_translations(
                self.hass, language, "common", [DOMAIN]
            )

    @callback
    def async_stop(self) -> None:
        """Cancel the grace timers of vehicles still waiting."""
        for cancel in self._expiry:
            cancel()
        self._expiry.clear()
        for future in self._waiting.values():
            future.cancel()
        self._waiting.clear()

    def find_access_point(self, name_or_id: str) -> AccessPointSettings:
        """Return an access point by subentry id or by name (ignoring case)."""
        found = self.access_points.get(name_or_id) or self._by_name.get(
            name_or_id.strip().casefold()
        )
        if found is None:
            raise RuleError("access_point_not_found", access_point=name_or_id)
        return found

    async def async_present(
        self,
        access_point: AccessPointSettings,
        read: CardUid,
        credential: Credential,
        act: Callable[[Decision], Coroutine[Any, Any, None]] | None = None,
    ) -> Decision:
        """Decide a presentation exactly as a hardware read would, act on it, publish it.

        `act` (the access point opening its gate) starts before the decision is published,
        so the gate command never waits for the bus, the log or the entities; it is
        awaited before returning and what it raises is raised here. A vehicle chip whose
        owner has not shown a card yet waits up to the grace period for one, as the barrier
        does, and is acted on once settled.
        """
        now = dt_util.now()
        if credential is Credential.CARD:
            decision = self.engine.decide_card(access_point, read, now)
            if access_point.card_and_face:
                decision = self.recognitions.pair(access_point, decision)
                if decision.reason is Reason.AWAITING_PAIR:  # opens with the face
                    return decision
            acting = self._start(act, decision)
            settled = self.engine.card_passed(decision)  # the gate's command is out
            self._publish(decision)
            for vehicle_decision in settled:
                self._publish(vehicle_decision)
                if (future := self._waiting.pop(id(vehicle_decision), None)) is not None:
                    future.set_result(vehicle_decision)
        else:
            result = self.engine.present_chip(access_point, read, now)
            if not isinstance(result, Decision):
                decision = await self._wait_for_owner(access_point, result)
                if act is not None:
                    await act(decision)
                return decision
            decision = result
            acting = self._start(act, decision)
            self._publish(decision)
        if acting is not None:
            await acting
        return decision

    async def async_present_recognition(
        self,
        access_point: AccessPointSettings,
        recognition: Recognition,
        act: Callable[[Decision], Coroutine[Any, Any, None]],
    ) -> Decision:
        """Decide a face or plate like a card: act, then publish (half a pair: neither)."""
        decision = self.recognitions.decide(access_point, recognition, dt_util.now())
        if decision.reason is Reason.AWAITING_PAIR:
            return decision
        acting = self._start(act, decision)
        if decision.credential is not Credential.PLATE:  # a face or a pair: its holder is here
            self.engine.card_passed(decision)
        self._publish(decision)
        if acting is not None:
            await acting
        return decision

    def _start(
        self, act: Callable[[Decision], Coroutine[Any, Any, None]] | None, decision: Decision
    ) -> asyncio.Task[None] | None:
        """Start acting on a decision now: it runs until it first waits (eagerly)."""
        if act is None:
            return None
        return create_eager_task(act(decision), loop=self.hass.loop)

    @callback
    def async_present_visitor(
        self, access_point: AccessPointSettings, credential: Credential, code: str
    ) -> Decision:
        """Decide a visitor's PIN or QR token and publish it; a granted one is written down."""
        decision = self.engine.present_visitor(access_point, credential, code, dt_util.now())
        self._publish(decision)
        if decision.granted:
            self.visitors.async_used(decision.uid)
        return decision

    @callback
    def async_record_offline(
        self,
        access_point: AccessPointSettings,
        read: CardUid | str,
        *,
        granted: bool,
        moment: datetime,
    ) -> Decision:
        """Log a passage an access controller decided alone, and raise what it implies, late.

        `read` is a card, or the pass id of a visitor's PIN. Who it was, and the alarms a
        passage of theirs raises (care and police watch, a lost card shown), come from
        the registry as it is now; the verdict is the controller's. Nothing is opened.
        """
        if isinstance(read, str):
            decision = Decision(
                access_point.id,
                DIRECTIONS[access_point.direction],
                Credential.PIN,
                read,
                Reason.GRANTED,
                moment,
            )
        else:
            with self.engine.past():  # its refusals are no burst of now
                decision = self.engine.decide_card(access_point, read, moment)
        decision.reason = Reason.OFFLINE_GRANTED if granted else Reason.OFFLINE_DENIED
        decision.alarms = [
            alarm for alarm in decision.alarms if granted or alarm.kind in OFFLINE_DENIED_ALARMS
        ]
        decision.updated_alarms = []
        for alarm in decision.alarms:
            alarm.late = True
        self._publish(decision)
        return decision

    async def _wait_for_owner(
        self, access_point: AccessPointSettings, pending: PendingVehicle
    ) -> Decision:
        future: asyncio.Future[Decision] = self.hass.loop.create_future()
        self._waiting[id(pending.decision)] = future
        delay = max((pending.deadline - dt_util.now()).total_seconds(), 0)

        @callback
        def _expire(_now: datetime) -> None:
            self._expiry.remove(cancel)
            for decision in self.engine.expire(access_point, dt_util.now()):
                self._publish(decision)
                if (waiting := self._waiting.pop(id(decision), None)) is not None:
                    waiting.set_result(decision)

        cancel = async_call_later(self.hass, delay, _expire)
        self._expiry.append(cancel)
        return await future

    @callback
    def async_raise(self, alarm: Alarm) -> None:
        """Announce and store an alarm that no decision carries (e.g. a wanted person)."""
        self._publish_alarm(alarm)

    @callback
    def async_update(self, alarm: Alarm) -> None:
        """Store an alarm's new count and message and announce it; nobody is notified again.

        The new values join the access log's next batch, so a flood of denials costs one
        database write a second, not one each.
        """
        self.audit.record_alarm_update(
            alarm.alarm_id, {"count": alarm.count, "message": self.alarm_message(alarm)}
        )
        self.hass.bus.async_fire(
            EVENT_ALARM_UPDATED, {"alarm_id": alarm.alarm_id, "count": alarm.count}
        )

    @callback
    def async_source_locked_out(self, access_point: AccessPointSettings, until: datetime) -> None:
        """Report a reader source shut out as the access point's repeated-denials alarm."""
        alarm, is_new = self.engine.source_locked_out(access_point.id, dt_util.now(), until)
        if is_new:
            self._publish_alarm(alarm)

    @callback
    def async_clear(self, alarm: Alarm) -> None:
        """Close an alarm whose cause is gone (a door held open has closed)."""
        self.hass.async_create_task(
            self.audit.async_set_alarm_state(
                alarm.alarm_id, {"state": "closed", "closed_at": to_ts(dt_util.now())}
            ),
            f"{DOMAIN} clear alarm",
        )
        LOGGER.info("Alarm %s cleared", alarm.alarm_id)
        self.activity.async_cleared(alarm)

    def _publish(self, decision: Decision) -> None:
        # The log row and the bus event are built directly: this runs for every decision.
        row: dict[str, Any] = {
            "ts": to_ts(decision.time),
            "access_point_id": decision.access_point_id,
            "direction": decision.direction.value,
            "credential": decision.credential.value,
            "uid": decision.uid,
            "decision": "granted" if decision.granted else "denied",
            "reason": decision.reason.value,
            "person_id": decision.person_id,
            "household_id": decision.household_id,
            "vehicle_id": decision.vehicle_id,
            "watch": decision.watch.value,
            "alarm_ids": ",".join(a.alarm_id for a in (*decision.alarms, *decision.updated_alarms))
            or None,
            "score": decision.score,
        }
        # The bus (and so the recorder and every automation) hears of care watch only.
        public_watch = "none" if decision.watch is WatchLevel.POLICE else row["watch"]
        self.hass.bus.async_fire(
            EVENT_ACCESS,
            {
                "access_point": decision.access_point_id,
                "direction": row["direction"],
                "credential": row["credential"],
                "uid": decision.uid,
                "decision": row["decision"],
                "reason": row["reason"],
                "person_id": decision.person_id,
                "household_id": decision.household_id,
                "vehicle_id": decision.vehicle_id,
                "watch": public_watch,
                "time": decision.time.isoformat(),
            },
        )
        self.audit.record_access(row)
        self.activity.async_decided(decision)
        for alarm in decision.alarms:
            self._publish_alarm(alarm)
        for alarm in decision.updated_alarms:
            self.async_update(alarm)

    def _publish_alarm(self, alarm: Alarm) -> None:
        message = self.alarm_message(alarm)
        data = {
            "alarm_id": alarm.alarm_id,
            "kind": alarm.kind.value,
            "severity": alarm.severity.value,
            "access_point": alarm.access_point_id,
            "person_id": alarm.person_id,
            "household_id": alarm.household_id,
            "vehicle_id": alarm.vehicle_id,
            "camera": alarm.camera_id,
            "building": alarm.building,
            "message": message,
            "time": alarm.time.isoformat(),
        }
        if alarm.kind in PRIVATE_KINDS:  # no log line says who is watched, or by whom
            LOGGER.info("Alarm %s raised", alarm.alarm_id)
        else:  # the kind and the place; the message may name a household
            LOGGER.info("Alarm %s (%s) at %s", alarm.kind, alarm.alarm_id, alarm.access_point_id)
        self.hass.bus.async_fire(EVENT_ALARM, data)
        self.audit.record_alarm(
            {
                "alarm_id": alarm.alarm_id,
                "ts": to_ts(alarm.time),
                "kind": alarm.kind.value,
                "severity": alarm.severity.value,
                "access_point_id": alarm.access_point_id,
                "person_id": alarm.person_id,
                "household_id": alarm.household_id,
                "vehicle_id": alarm.vehicle_id,
                "message": message,
                "state": "open",
                "count": alarm.count,
                "camera_id": alarm.camera_id,
                "building": alarm.building,
            }
        )
        self.activity.async_raised(alarm)

    def alarm_message(self, alarm: Alarm, language: str | None = None) -> str:
        """Return the alarm's message (in the system language unless told): who, where, why."""
        access_point = self.access_points.get(alarm.access_point_id or "")
        household = self.registry.engine.households.get(alarm.household_id or "")
        vehicle = self.registry.engine.vehicles.get(alarm.vehicle_id or "")
        placeholders: dict[str, str] = {
            "access_point": access_point.name if access_point else "-",
            "household": household.label if household else "-",
            "vehicle": vehicle.kind.value if vehicle else "-",
            "direction": "-",
            "reason": "-",
            "count": str(alarm.count),
            "seconds": "-",
        } | alarm.placeholders
        if classification := placeholders.get("classification"):  # a code: say it in words
            placeholders["classification"] = self.text(
                f"usage_{classification}", classification, language=language
            )
        message = self.text(
            f"alarm_{alarm.kind.value}", alarm.kind.value, language=language, **placeholders
        )
        if alarm.late:
            return self.text("alarm_late", message, language=language, message=message)
        return message

    def text(
        self, key: str, fallback: str, *, language: str | None = None, **placeholders: str
    ) -> str:
        """Return one of our texts (`common` in translations), in the system's language.

        `language`: a person's own instead (their notifications).
        """
        messages = self.messages_in.get(language or "", self.messages)
        template = messages.get(f"component.{DOMAIN}.common.{key}", fallback)
        try:
            return template.format(**placeholders)
        except KeyError, IndexError, ValueError:
            return template
