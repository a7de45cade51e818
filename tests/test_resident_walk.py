"""A resident's token against every endpoint it can call, with the neighbours' ids.

A non-admin user linked to 王奶奶 (3-1-502) walks every websocket command registered
(ours with the neighbours' ids and with none; Home Assistant's own that could tell of
our data), every REST view of ours, Home Assistant's camera proxy, states and actions,
and the webhook readers. The answer is a refusal, or holds only the resident's own
household. What Home Assistant's user model leaves open is asserted as what it is: no
personal data there (README: "Residents", the limits of Home Assistant's user model).
"""

from __future__ import annotations

from collections.abc import AsyncGenerator
import copy
from typing import Any

from homeassistant.components import websocket_api
from homeassistant.components.recorder import Recorder
from homeassistant.core import HomeAssistant
from homeassistant.setup import async_setup_component
import pytest
import voluptuous as vol

from custom_components.compound_security.const import DOMAIN

from .console_helpers import LiveConsole, live_console
from .helpers import ID_NUMBER
from .resident_compound import Compound, leaked, populate_for_walk, walk_entry
from .test_alarms import CameraServer, camera_server  # noqa: F401  # a fixture

pytestmark = pytest.mark.usefixtures("socket_enabled")

# Values for a command's fields; ids are the neighbours' (3-1-601), filled in per test.
FIELDS: dict[str, Any] = {
    "access_point": "North gate",
    "access_point_id": "ap_north",
    "action": "acknowledge",
    "area_m2": 50,
    "building": "3",
    "card_type": "citizen_card",
    "chip_uid": "0xDEADBEEF",
    "command": "open",
    "content": "building,unit,room\n",
    "id_number": ID_NUMBER,
    "level_id": "no-such-level",
    "locked": True,
    "name": "某人",
    "new_uid": "0xDEADBEEF",
    "numbers": [ID_NUMBER],
    "role": "owner",
    "room": "999",
    "tenant_cards": "residence_permit_or_property_card",
    "tenure": "owner",
    "uid": "0xDEADBEEF",
    "unit": "1",
}
PER_COMMAND: dict[str, dict[str, Any]] = {
    "import/commit": {"kind": "registry"},
    "import/preview": {"kind": "registry"},
    "roles/set": {"role": "guard"},
    "vehicle/create": {"kind": "ebike"},
}
# Optional fields that name a household, a person or a place: set to the neighbours'.
OPTIONAL_IDS = ("household_id", "person_id", "access_point_id")
REFUSED = {"unauthorized", "not_found"}


# The recorder (for history, the logbook and statistics) comes before Home Assistant.
@pytest.fixture(autouse=True)
def auto_enable_custom_integrations(
    recorder_mock: Recorder, enable_custom_integrations: None
) -> None:
    """Let Home Assistant load our integration, after the recorder."""


@pytest.fixture(autouse=True)
async def settle(recorder_mock: Recorder, hass: HomeAssistant) -> AsyncGenerator[None]:
    """Let background work finish before Home Assistant stops."""
    yield
    await hass.async_block_till_done()


@pytest.fixture(name="compound")
async def walk_compound(
    hass: HomeAssistant,
    hass_ws_client: Any,
    camera_server: CameraServer,  # noqa: F811
    hass_owner_user: Any,  # the admin's websocket is the owner's
) -> Compound:
    """Return the populated compound and its resident."""
    hass.config.media_dirs = {"local": hass.config.path("media")}
    for component in ("history", "logbook", "media_source", "notify", "persistent_notification"):
        assert await async_setup_component(hass, component, {})
    entry = walk_entry(camera_server.url)
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done(wait_background_tasks=True)
    manager = await live_console(hass, hass_ws_client)
    return await populate_for_walk(hass, entry, manager)


async def resident_socket(hass: HomeAssistant, ws: Any, compound: Compound) -> LiveConsole:
    """Return the resident's websocket."""
    return await live_console(hass, ws, compound.resident)


def ours(hass: HomeAssistant) -> dict[str, vol.Schema]:
    """Return our websocket commands and their schemas, as Home Assistant registered them."""
    handlers = hass.data[websocket_api.DOMAIN]
    prefix = f"{DOMAIN}/"
    return {
        name.removeprefix(prefix): schema
        for name, (_handler, schema) in handlers.items()
        if name.startswith(prefix)
    }


def their_ids(compound: Compound) -> dict[str, Any]:
    """Return every id field filled with the neighbours' records."""
    ids = compound.ids
    return FIELDS | {
        "household_id": ids["rental"],
        "person_id": ids["tenant"],
        "card_id": ids["tenant_card"],
        "vehicle_id": ids["their_bike"],
        "alarm_id": compound.their_alarms[0],
        "pass_id": ids["their_pass"],
        "user_id": compound.resident.id,
    }


def message(command: str, schema: vol.Schema, values: dict[str, Any], *, ids: bool) -> dict:
    """Return a command's fields: the required ones, and with `ids` the optional ids too."""
    fields: dict[str, Any] = {}
    for key in schema.schema if schema else ():
        name = str(key)
        if name in {"id", "type"}:
            continue
        if isinstance(key, vol.Required) or (ids and name in OPTIONAL_IDS):
            given = values | PER_COMMAND.get(command, {})
            assert name in given, f"{command}: give the walk a value for {name!r}"
            fields[name] = given[name]
    return fields


def registry_state(compound: Compound) -> dict[str, Any]:
    """Return what nobody but staff may change: every record, role, pass and setting."""
    runtime = compound.entry.runtime_data
    registry = runtime.registry
    return copy.deepcopy(
        {
            "households": registry.households.data,
            "people": registry.people.data,
            "cards": registry.cards.data,
            "vehicles": registry.vehicles.data,
            "levels": registry.levels.data,
            "roles": registry.roles.roles,
            "options": dict(compound.entry.options),
            "passes": {
                pass_id: (visitor.household_id, visitor.used, visitor.revoked)
                for pass_id, visitor in runtime.visitors.book.passes.items()
            },
        }
    )


async def alarm_states(compound: Compound) -> dict[str, str]:
    """Return each of the neighbours' alarms' state."""
    audit = compound.entry.runtime_data.audit
    return {
        alarm_id: (await audit.async_get_alarm(alarm_id) or {}).get("state", "")
        for alarm_id in compound.their_alarms
    }


async def test_every_console_command_with_the_neighbours_ids_and_with_none(
    hass: HomeAssistant, hass_ws_client: Any, compound: Compound
) -> None:
    resident = await resident_socket(hass, hass_ws_client, compound)
    values = their_ids(compound)
    before = registry_state(compound)
    their_alarms_before = await alarm_states(compound)
    commands = ours(hass)
    assert len(commands) > 60  # the console's whole API is registered
    answered: dict[str, list[dict[str, Any]]] = {}
    for command, schema in sorted(commands.items()):
        for ids in (True, False):
            fields = message(command, schema, values, ids=ids)
            answer = await resident.ask(command, **fields)
            answered.setdefault(command, []).append(answer)
            if answer["success"]:
                assert leaked(answer["result"], compound.theirs()) == [], (command, fields)
            else:
                # Another household's record answers as one that does not exist would.
                error = answer["error"]
                not_there = str(error.get("translation_key", "")).endswith("_not_found")
                assert error["code"] in REFUSED or not_there, (command, fields, answer)
                # A refusal may repeat the id it was given, never a name or a flat.
                assert leaked(answer["error"], compound.theirs()[-8:]) == [], command
    await resident.ask("console/info")  # subscriptions' first events have arrived by now
    for events in resident.events.values():
        assert leaked(events, compound.theirs()) == []

    # Nothing of theirs changed, and the resident changed nothing but made their own pass.
    after = registry_state(compound)
    made = set(after["passes"]) - set(before["passes"])
    assert {after["passes"][p][0] for p in made} <= {compound.ids["home"]}
    for kept in made:
        del after["passes"][kept]
    assert after == before
    assert await alarm_states(compound) == their_alarms_before

    # What a resident may do succeeded, and showed their own household.
    own = answered["household/list"][1]["result"]
    assert leaked(own, [compound.ids["home"]]) == [compound.ids["home"]]
    log = answered["access_log/query"][1]["result"]["entries"]
    assert log
    assert {row["household_id"] for row in log} == {compound.ids["home"]}
    passes = answered["visitor_pass/list"][1]["result"]
    assert compound.ids["own_pass"] in str(passes)
