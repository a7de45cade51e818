"""E-bikes in elevators (电瓶车进电梯): Frigate's events, through Home Assistant's MQTT.

An elevator camera (a camera subentry with a building and its Frigate camera name) is
watched on `<prefix>/events`: an object with one of its labels, not a false positive,
on that Frigate camera (in its zone, if one is set) raises `ebike_in_elevator` once per
Frigate object id, however many updates Frigate sends about it. The alarm names the
camera, so the desk stores that camera's snapshot. One subscription per prefix serves
every elevator camera there. An unreadable message is counted and dropped, never logged
with its contents, and never ends the subscription.
"""

from __future__ import annotations

from dataclasses import dataclass, field
import time

from homeassistant.components import mqtt
from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback
from homeassistant.helpers import issue_registry as ir
from homeassistant.util import dt as dt_util

from .cameras import CameraCoordinator
from .const import DOMAIN, LOGGER
from .controller import CompoundController
from .coordinator import CompoundSecurityConfigEntry
from .engine.outcomes import Alarm, AlarmKind, Severity
from .transport.frigate_tracked import ObjectRule, OnceEach, labels_from, parse_event

ISSUE_ID = "frigate_mqtt_unavailable"


@dataclass(slots=True)
class ElevatorWatch:
    """The elevator cameras that one Frigate (one MQTT prefix) reports on."""

    hass: HomeAssistant
    controller: CompoundController
    prefix: str
    cameras: list[tuple[CameraCoordinator, ObjectRule]] = field(default_factory=list)
    once: OnceEach = field(default_factory=OnceEach)
    malformed: int = 0  # unreadable messages dropped (shown in diagnostics)
    raised: int = 0

    @property
    def topic(self) -> str:
        """Return the topic Frigate publishes its tracked objects on."""
        return f"{self.prefix}/events"

    @callback
    def on_message(self, message: mqtt.ReceiveMessage) -> None:
        """Raise the alarm for an e-bike newly seen in one of our elevators."""
        tracked = parse_event(message.payload)
        if tracked is None:
            self.malformed += 1
            LOGGER.debug("Unreadable Frigate event on %s dropped", message.topic)
            return
        for camera, rule in self.cameras:
            if rule.matches(tracked) and self.once.first_time(
                (camera.id, tracked.object_id), time.monotonic()
            ):
                self._raise(camera)

    @callback
    def _raise(self, camera: CameraCoordinator) -> None:
        assert camera.elevator is not None  # noqa: S101  # only elevator cameras are watched
        building = camera.elevator.building
        self.raised += 1
        self.controller.async_raise(
            Alarm(
                AlarmKind.EBIKE_IN_ELEVATOR,
                Severity.WARNING,
                dt_util.now(),
                camera_id=camera.id,
                building=building,
                placeholders={"building": building, "camera": camera.name},
            )
        )


def elevator_watches(
    hass: HomeAssistant, controller: CompoundController, cameras: list[CameraCoordinator]
) -> list[ElevatorWatch]:
    """Group the elevator cameras by their Frigate prefix: one watch (subscription) each."""
    watches: dict[str, ElevatorWatch] = {}
    for camera in cameras:
        if (elevator := camera.elevator) is None:
            continue
        watch = watches.setdefault(
            elevator.frigate_prefix, ElevatorWatch(hass, controller, elevator.frigate_prefix)
        )
        rule = ObjectRule(
            elevator.frigate_camera, labels_from(elevator.ebike_labels), elevator.frigate_zone
        )
        watch.cameras.append((camera, rule))
    return list(watches.values())


@callback
def async_start_elevator_watches(entry: CompoundSecurityConfigEntry) -> None:
    """Watch the compound's elevator cameras, subscribing in the background."""
    data = entry.runtime_data
    hass = data.controller.hass
    data.elevator_watches = elevator_watches(hass, data.controller, list(data.cameras.values()))
    if data.elevator_watches:
        entry.async_create_background_task(
            hass, _async_subscribe(hass, entry, data.elevator_watches), f"{DOMAIN} elevators"
        )


async def _async_subscribe(
    hass: HomeAssistant, entry: CompoundSecurityConfigEntry, watches: list[ElevatorWatch]
) -> None:
    """Subscribe once MQTT is up; a repair issue names the cameras if it never is."""
    if not await mqtt.async_wait_for_mqtt_client(hass):
        names = ", ".join(camera.name for watch in watches for camera, _rule in watch.cameras)
        ir.async_create_issue(
            hass,
            DOMAIN,
            f"{ISSUE_ID}_{entry.entry_id}",
            is_fixable=False,
            severity=ir.IssueSeverity.ERROR,
            translation_key=ISSUE_ID,
            translation_placeholders={"cameras": names},
        )
        return
    ir.async_delete_issue(hass, DOMAIN, f"{ISSUE_ID}_{entry.entry_id}")
    for watch in watches:
        # Bytes, not text: a message that is not UTF-8 is ours to count and drop.
        unsubscribe: CALLBACK_TYPE = await mqtt.async_subscribe(
            hass, watch.topic, watch.on_message, qos=0, encoding=None
        )
        entry.async_on_unload(unsubscribe)
