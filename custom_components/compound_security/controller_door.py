"""A door of an access controller as a gate's actuator: the controller drives the lock.

A pulse is the controller's own open-door request: it unlocks for the door's delay and
locks again by itself, so a Home Assistant that stops mid-pulse leaves no door open.
Holding open (deliveries, the fire alarm) sets the door normally open on the controller,
which keeps it open offline too; closing sets it back to controlled.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from homeassistant.core import Context

from .gate import ActuatorError
from .transport.uhppote import ControllerError
from .transport.uhppote_types import DoorMode

if TYPE_CHECKING:
    from .transport.uhppote import UhppoteClient

DEFAULT_DELAY = 3  # seconds the controller keeps a door unlocked after an open request


class ControllerDoorActuator:
    """Opens one door of a controller; `held` says whether the gate is being held open."""

    def __init__(self, client: UhppoteClient, door: int, delay: float = DEFAULT_DELAY) -> None:
        """Drive `door` (1-4) of the controller behind `client`."""
        self.client = client
        self.door = door
        self.delay = max(1, min(round(delay), 255))
        self.name = f"controller {client.serial} door {door}"
        self.held: Callable[[], bool] = lambda: False
        self.normally_open: bool | None = None  # as read at connect, then as set here
        self._skip_close = False  # the end of a pulse at a door already open: nothing to do

    async def async_command(self, *, open_gate: bool, context: Context | None = None) -> bool:
        """Open for a pulse, hold open, or return the door to the controller's control."""
        try:
            if open_gate and not self.held():
                if self.normally_open:  # held open (the fire release, before a restart)
                    self._skip_close = True  # its end must not lock the door
                    return True
                await self.client.open_door(self.door)
                return True
            if open_gate:
                await self.client.set_door_control(self.door, DoorMode.NORMALLY_OPEN, self.delay)
                self.normally_open, self._skip_close = True, False
                return True
            if self._skip_close or self.normally_open is False:
                self._skip_close = False
                return False  # a pulse ends by itself on the controller
            await self.client.set_door_control(self.door, DoorMode.CONTROLLED, self.delay)
            self.normally_open = False
        except ControllerError as err:
            raise ActuatorError(str(err)) from err
        return True
