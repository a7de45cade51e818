"""The console's "My home" page: a resident's own household, on their phone.

Every `compound_security/home/*` command answers about the caller's own household only
(the household of the person linked to the user), whatever else their role may see
elsewhere: a manager or clerk linked to a person sees their own flat here, and a user
linked to nobody is refused. Each part consults its row of the permission table:

- `home/overview` (`registry_view`): the people, their cards, the vehicles with their
  last passage, the relatives on the care watch (重点看护) with their recent passages, and
  the household's open alarms (never a police kind, never a watch fact of the police).
- `home/vehicle_lock` (`vehicle_lock`): lock or unlock one of the household's vehicles.
- `home/alarm_button` (`alarm_button`): "It is me" / "Stop it" / acknowledge on the
  household's own vehicle theft, as the phone notification's buttons do.
- `home/passes` (`visitor_pass`): today's and upcoming passes with each use.
- `home/cameras` (`camera_public`): the cameras marked public that have an entity.

Lists are bounded, so a household with years of records still answers quickly.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from homeassistant.components.websocket_api import async_register_command
from homeassistant.core import HomeAssistant, callback
from homeassistant.util import dt as dt_util
import probatio as vol

from .actions.visitors import pass_state, pass_view
from .alarm_buttons import PhoneButtons
from .console_alarms import alarm_view
from .console_command import ID, ConsoleCall, console_command
from .engine.access_levels import AccessZone, Holder, resident_covers
from .engine.audit import AccessQuery
from .engine.decision import POLICE_KINDS
from .engine.errors import RuleError
from .engine.model import WatchLevel
from .engine.outcomes import OFFICE_KINDS
from .engine.routing import AlarmAction, actions_for
from .permissions import Operation, may_for_household, may_handle_alarm, refusal

if TYPE_CHECKING:
    from .engine.model import Person

MAX_ALARMS: Final = 20
MAX_VEHICLES: Final = 20
MAX_PASSES: Final = 50
FAMILY_PASSAGES: Final = 10
PASS_USES: Final = 20
# Passes a resident follows: those still to come or used today, not last month's.
SHOWN_PASS_STATES: Final = frozenset({"active", "not_yet_valid", "used_up"})


def own_household(call: ConsoleCall, operation: Operation, msg: dict[str, Any]) -> str:
    """Return the caller's own household, refusing a caller linked to no person."""
    household_id = call.caller.household_id
    if household_id is None or not may_for_household(call.caller, operation, household_id):
        raise refusal(call.caller, operation, call.connection.context(msg))
    return household_id


def _passage(call: ConsoleCall, entry: dict[str, Any]) -> dict[str, Any]:
    """Return one passage as a resident sees it: when, where, which way, let in or not."""
    point = call.entry.runtime_data.access_points.get(entry["access_point_id"])
    return {
        "time": entry["time"],
        "access_point": point.name if point else None,
        "direction": entry["direction"],
        "decision": entry["decision"],
        "reason": entry["reason"],
    }


async def _alarms(call: ConsoleCall, household_id: str) -> list[dict[str, Any]]:
    """Return the household's open alarms the caller may see, never a police or office kind."""
    desk = call.entry.runtime_data.desk
    open_alarms = sorted(
        (
            alarm
            for alarm in desk.open.values()
            if alarm.household_id == household_id
            and alarm.kind not in POLICE_KINDS
            and alarm.kind not in OFFICE_KINDS  # the office's record, not the household's
        ),
        key=lambda alarm: alarm.time,
        reverse=True,
    )[:MAX_ALARMS]
    shown: list[dict[str, Any]] = []
    for alarm in open_alarms:
        view = alarm_view(call.entry, call.caller, await desk.async_get(alarm.alarm_id))
        if view is not None:
            view["actions"] = [action.value for action in actions_for(alarm.kind)]
            shown.append(view)
    return shown


async def _vehicles(call: ConsoleCall, household_id: str, people: list[Person]) -> list[Any]:
    engine = call.registry.engine
    stored = call.registry.vehicles.data
    audit = call.entry.runtime_data.audit
    vehicles = [vehicle for person in people for vehicle in engine.vehicles_of(person.id)]
    answer = []
    for vehicle in vehicles[:MAX_VEHICLES]:
        last = await audit.async_query(
            AccessQuery(uid=str(vehicle.chip), household_id=household_id, limit=1)
        )
        answer.append(
            {
                "vehicle_id": vehicle.id,
                "person_id": vehicle.person_id,
                "kind": vehicle.kind.value,
                "plate": stored.get(vehicle.id, {}).get("plate"),
                "locked": vehicle.locked,
                "last_passage": _passage(call, last[0]) if last else None,
            }
        )
    return answer


async def _family(
    call: ConsoleCall, household_id: str, people: list[Person], alarms: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Return the relatives on the care watch: recent passages and the alarms about them."""
    if not may_for_household(call.caller, Operation.ACCESS_LOG_QUERY, household_id):
        return []
    audit = call.entry.runtime_data.audit
    family = []
    for person in people:
        if person.watch is not WatchLevel.CARE:
            continue
        rows = await audit.async_query(
            AccessQuery(person_id=person.id, household_id=household_id, limit=FAMILY_PASSAGES)
        )
        family.append(
            {
                "person_id": person.id,
                "name": person.name,
                "passages": [_passage(call, row) for row in rows],
                "alarms": [alarm for alarm in alarms if alarm["person_id"] == person.id],
            }
        )
    return family


def _visitor_gates(call: ConsoleCall, household_id: str) -> list[dict[str, str]]:
    """Return where a pass opens by default: the compound's gates and the host's unit door."""
    household = call.registry.engine.households[household_id]
    holder = Holder(household.building, household.unit)
    return [
        {"access_point_id": point.id, "name": point.name, "zone": point.zone}
        for point in sorted(call.entry.runtime_data.access_points.values(), key=lambda p: p.name)
        if point.zone != AccessZone.GARAGE and resident_covers(holder, point)
    ]


@console_command("home/overview", {}, Operation.REGISTRY_VIEW)
async def ws_home_overview(msg: dict[str, Any], call: ConsoleCall) -> dict[str, Any]:
    """Return the caller's household: people, cards, vehicles, family, open alarms."""
    household_id = own_household(call, Operation.REGISTRY_VIEW, msg)
    engine = call.registry.engine
    people = sorted(
        (person for person in engine.people_of(household_id) if person.moved_out is None),
        key=lambda person: (person.role.value != "owner", person.name),
    )
    cards = [
        {
            "card_id": card.id,
            "person_id": card.person_id,
            "uid": str(card.uid),
            "card_type": card.card_type.value,
            "status": card.status.value,
        }
        for person in people
        for card in sorted(engine.cards_of(person.id), key=lambda card: str(card.uid))
    ]
    alarms = await _alarms(call, household_id)
    return {
        "household_id": household_id,
        "flat": engine.households[household_id].label,
        "people": [
            {"person_id": person.id, "name": person.name, "role": person.role.value}
            for person in people
        ],
        "cards": cards,
        "vehicles": await _vehicles(call, household_id, people),
        "family": await _family(call, household_id, people, alarms),
        "alarms": alarms,
        "visitor_gates": _visitor_gates(call, household_id),
    }


@console_command(
    "home/vehicle_lock",
    {vol.Required("vehicle_id"): ID, vol.Required("locked"): bool},
    Operation.VEHICLE_LOCK,
)
async def ws_home_vehicle_lock(msg: dict[str, Any], call: ConsoleCall) -> dict[str, Any]:
    """Lock or unlock one of the household's vehicles (一键上锁); stored before it answers."""
    household_id = own_household(call, Operation.VEHICLE_LOCK, msg)
    registry = call.registry
    async with registry.mutation():
        vehicle = registry.engine.vehicles.get(msg["vehicle_id"])
        owner = registry.engine.people.get(vehicle.person_id) if vehicle else None
        if vehicle is None or owner is None or owner.household_id != household_id:
            # Another household's vehicle is as unknown as one that does not exist.
            raise RuleError("vehicle_not_found", chip_uid="-")
        await registry.vehicles.async_update_item(vehicle.id, {"locked": msg["locked"]})
    return {"vehicle_id": vehicle.id, "locked": msg["locked"]}


@console_command(
    "home/alarm_button",
    {
        vol.Required("alarm_id"): ID,
        vol.Required("action"): vol.In([action.value for action in AlarmAction]),
    },
    Operation.ALARM_BUTTON,
)
async def ws_home_alarm_button(msg: dict[str, Any], call: ConsoleCall) -> dict[str, Any] | None:
    """Press an alarm's button from the page, as from the phone's notification."""
    household_id = own_household(call, Operation.ALARM_BUTTON, msg)
    desk = call.entry.runtime_data.desk
    row = await desk.async_get(msg["alarm_id"])
    action = AlarmAction(msg["action"])
    engine = call.registry.engine
    if (
        row.get("household_id") != household_id
        or action not in actions_for(row["kind"])
        or not may_handle_alarm(call.caller, Operation.ALARM_BUTTON, row, engine)
    ):
        raise refusal(call.caller, Operation.ALARM_BUTTON, call.connection.context(msg))
    await PhoneButtons(desk).async_press(action, row, call.caller.name)
    return alarm_view(call.entry, call.caller, await desk.async_get(row["alarm_id"]))


@console_command("home/passes", {}, Operation.VISITOR_PASS)
async def ws_home_passes(msg: dict[str, Any], call: ConsoleCall) -> dict[str, Any]:
    """Return the household's passes of today and to come, each with its uses."""
    household_id = own_household(call, Operation.VISITOR_PASS, msg)
    now = dt_util.now()
    start_of_day = dt_util.start_of_local_day()
    passes = sorted(
        (
            visitor
            for visitor in call.entry.runtime_data.visitors.book.passes.values()
            if visitor.household_id == household_id
            and visitor.valid_until > start_of_day
            and pass_state(visitor, now) in SHOWN_PASS_STATES
        ),
        key=lambda visitor: visitor.valid_from,
    )[:MAX_PASSES]
    audit = call.entry.runtime_data.audit
    answer = []
    for visitor in passes:
        uses = await audit.async_query(
            AccessQuery(uid=visitor.id, household_id=household_id, limit=PASS_USES)
        )
        answer.append(
            pass_view(call.entry, visitor, with_name=True)
            | {"uses": [_passage(call, use) for use in uses]}
        )
    return {"passes": answer}


@console_command("home/cameras", {}, Operation.CAMERA_PUBLIC)
async def ws_home_cameras(_msg: dict[str, Any], call: ConsoleCall) -> dict[str, Any]:
    """Return the cameras marked public (with an entity to watch live), and only those."""
    cameras = call.entry.runtime_data.cameras.values()
    return {
        "cameras": sorted(
            (
                {"camera_id": camera.id, "name": camera.name, "entity_id": camera.entity_id}
                for camera in cameras
                if camera.public and camera.entity_id
            ),
            key=lambda camera: str(camera["name"]),
        )
    }


@callback
def async_setup_home_websocket(hass: HomeAssistant) -> None:
    """Register the "My home" commands, once; each finds its compound per message."""
    for command in (
        ws_home_overview,
        ws_home_vehicle_lock,
        ws_home_alarm_button,
        ws_home_passes,
        ws_home_cameras,
    ):
        async_register_command(hass, command)
