"""Staff roles: a manager gives them per compound; each role does what the table says.

Through the real actions and websocket commands, as a clerk, a guard, the police and a
resident would.
"""

from __future__ import annotations

from typing import Any

from homeassistant.auth.models import User
from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import Context, HomeAssistant, ServiceCall
from homeassistant.exceptions import Unauthorized
import pytest
from pytest_homeassistant_custom_component.common import (
    CLIENT_ID,
    MockConfigEntry,
    async_capture_events,
)
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from custom_components.compound_security.const import DOMAIN
from custom_components.compound_security.permissions import CallerKind, caller_for_user
from custom_components.compound_security.roles import RoleStore, StaffRole

from .engine_fixtures import make_id_number
from .helpers import ID_NUMBER, act, populate, registry_of
from .test_hardware import gate_entry, relay, setup  # noqa: F401  # relay is a fixture

LOCK = "lock.north_gate_gate"

ROLES_KEY = "compound_security.{}.roles"
# The first user Home Assistant creates is its owner, an admin: the owner comes first.
pytestmark = pytest.mark.usefixtures("hass_owner_user")


async def _user(hass: HomeAssistant, name: str) -> User:
    return await hass.auth.async_create_user(name, group_ids=["system-users"])


async def _client(hass: HomeAssistant, hass_ws_client: WebSocketGenerator, user: User) -> Any:
    refresh = await hass.auth.async_create_refresh_token(user, CLIENT_ID)
    return await hass_ws_client(hass, hass.auth.async_create_access_token(refresh))


async def _ask(client: Any, **message: Any) -> dict[str, Any]:
    await client.send_json_auto_id(message)
    response: dict[str, Any] = await client.receive_json()
    return response


async def _staff(hass: HomeAssistant, role: StaffRole, name: str | None = None) -> User:
    user = await _user(hass, name or str(role))
    await registry_of(hass).roles.async_set(user.id, role)
    return user


@pytest.mark.usefixtures("init_integration")
async def test_a_manager_gives_and_takes_roles(
    hass: HomeAssistant,
    hass_ws_client: WebSocketGenerator,
    hass_admin_user: User,
    hass_storage: dict[str, Any],
) -> None:
    clerk = await _user(hass, "Desk")
    admin = await hass_ws_client(hass)
    given = await _ask(admin, type="compound_security/roles/set", user_id=clerk.id, role="clerk")
    assert given["result"] == {"user_id": clerk.id, "role": "clerk"}
    listed = await _ask(admin, type="compound_security/roles/list")
    users = {user["user_id"]: user for user in listed["result"]["users"]}
    assert users[clerk.id]["role"] == "clerk"
    assert users[clerk.id]["is_admin"] is False
    assert users[hass_admin_user.id]["role"] == "manager"
    assert not any(user["name"] == "Home Assistant Content" for user in users.values())
    assert listed["result"]["roles"] == ["clerk", "guard", "police"]
    entry_id = registry_of(hass).entry_id
    # On disk before the answer; a restart reads it back.
    assert hass_storage[ROLES_KEY.format(entry_id)]["data"] == {"roles": {clerk.id: "clerk"}}
    restarted = RoleStore(hass, entry_id)
    await restarted.async_load()
    assert restarted.role_of(clerk.id) is StaffRole.CLERK

    taken = await _ask(admin, type="compound_security/roles/set", user_id=clerk.id, role=None)
    assert taken["result"]["role"] is None
    assert registry_of(hass).roles.role_of(clerk.id) is None


@pytest.mark.usefixtures("init_integration")
async def test_roles_are_refused_for_admins_unknown_users_and_non_managers(
    hass: HomeAssistant, hass_ws_client: WebSocketGenerator, hass_admin_user: User
) -> None:
    admin = await hass_ws_client(hass)
    for user_id, code, key in (
        (hass_admin_user.id, "invalid_format", "role_for_admin"),
        ("ghost", "not_found", "role_user_not_found"),
    ):
        refused = await _ask(
            admin, type="compound_security/roles/set", user_id=user_id, role="guard"
        )
        assert refused["error"]["code"] == code
        assert refused["error"]["translation_key"] == key
        assert "{" not in refused["error"]["message"]
    wrong = await _ask(admin, type="compound_security/roles/set", user_id="x", role="manager")
    assert wrong["error"]["code"] == "invalid_format"

    clerk = await _client(hass, hass_ws_client, await _staff(hass, StaffRole.CLERK))
    for message in (
        {"type": "compound_security/roles/list"},
        {"type": "compound_security/roles/set", "user_id": hass_admin_user.id, "role": None},
    ):
        refused = await _ask(clerk, **message)
        assert refused["error"]["code"] == "unauthorized"
        assert refused["error"]["translation_placeholders"] == {
            "operation": "settings",
            "role": "clerk",
            "roles": "manager",
        }
        assert "settings" in refused["error"]["message"]


async def test_roles_are_per_compound(
    hass: HomeAssistant, hass_ws_client: WebSocketGenerator, hass_storage: dict[str, Any]
) -> None:
    entries = []
    for name in ("A", "B"):
        entry = MockConfigEntry(
            domain=DOMAIN,
            title=name,
            unique_id=name,
            data={"name": name},
            options={"min_area_per_person": 10.0, "retention_days": 180},
        )
        entry.add_to_hass(hass)
        assert await hass.config_entries.async_setup(entry.entry_id)
        await hass.async_block_till_done()
        entries.append(entry)
    guard = await _user(hass, "Guard")
    admin = await hass_ws_client(hass)
    a, b = entries
    # With two compounds, the compound must be named.
    unnamed = await _ask(admin, type="compound_security/roles/set", user_id=guard.id, role="guard")
    assert unnamed["error"]["code"] == "not_found"
    named = await _ask(
        admin,
        type="compound_security/roles/set",
        config_entry_id=a.entry_id,
        user_id=guard.id,
        role="guard",
    )
    assert named["success"]
    assert caller_for_user(guard, a.runtime_data.registry).kind is CallerKind.GUARD
    assert caller_for_user(guard, b.runtime_data.registry).kind is CallerKind.NOBODY
    in_b = await _ask(admin, type="compound_security/roles/list", config_entry_id=b.entry_id)
    assert {u["user_id"]: u["role"] for u in in_b["result"]["users"]}[guard.id] is None

    # A removed compound takes its roles along.
    key = ROLES_KEY.format(a.entry_id)
    assert key in hass_storage
    assert await hass.config_entries.async_remove(a.entry_id)
    await hass.async_block_till_done()
    assert a.state is ConfigEntryState.NOT_LOADED
    assert key not in hass_storage


@pytest.mark.usefixtures("init_integration")
async def test_a_clerk_registers_but_does_not_follow(
    hass: HomeAssistant, hass_ws_client: WebSocketGenerator
) -> None:
    ids = await populate(hass)
    clerk = await _staff(hass, StaffRole.CLERK)
    context = Context(user_id=clerk.id)
    issued = await act(
        hass,
        "issue_card",
        context=context,
        person_id=ids["owner"],
        uid="0x01020304",
        card_type="id_card",
    )
    assert issued["card_id"]
    await act(hass, "set_watch", context=context, person_id=ids["owner"], level="care")
    for service, data in (
        ("query_access_log", {}),
        ("export_access_log", {"file": "x.csv"}),
        ("set_watch", {"person_id": ids["tenant"], "level": "police"}),
    ):
        with pytest.raises(Unauthorized) as refused:
            await act(hass, service, context=context, **data)
        assert "clerk" in str(refused.value)

    client = await _client(hass, hass_ws_client, clerk)
    created = await _ask(
        client,
        type="compound_security/person/create",
        household_id=ids["home"],
        name="王小明",
        role="family",
        id_number=make_id_number("32050719850505234"),
    )
    assert created["success"], created
    imported = await _ask(client, type="compound_security/wanted/import", numbers=[ID_NUMBER])
    assert imported["error"]["code"] == "unauthorized"
    assert imported["error"]["translation_placeholders"]["operation"] == "police_watch"
    # A police watch stays the police's: the clerk sees nobody watched.
    await act(hass, "set_watch", person_id=ids["tenant"], level="police")
    people = await _ask(client, type="compound_security/person/list")
    watch = {person["id"]: person.get("watch") for person in people["result"]}
    assert watch[ids["tenant"]] == "none"
    assert watch[ids["owner"]] == "care"


@pytest.mark.usefixtures("init_integration")
async def test_the_police_follow_and_register_tenants_but_issue_no_cards(
    hass: HomeAssistant, hass_ws_client: WebSocketGenerator
) -> None:
    ids = await populate(hass)
    police = await _staff(hass, StaffRole.POLICE)
    context = Context(user_id=police.id)
    await act(hass, "present_credential", access_point="North gate", uid="0A0B0C0D")
    log = await act(hass, "query_access_log", context=context)
    assert len(log["entries"]) == 1
    tenant = await act(
        hass, "add_person", context=context, household_id=ids["rental"], name="赵六", role="tenant"
    )
    assert tenant["person_id"]
    await act(hass, "set_watch", context=context, person_id=tenant["person_id"], level="police")
    for service, data in (
        ("issue_card", {"person_id": ids["tenant"], "uid": "0x0A0B0C0E", "card_type": "id_card"}),
        ("add_person", {"household_id": ids["home"], "name": "X", "role": "family"}),
        ("remove_person", {"person_id": ids["owner"]}),
        ("update_person", {"person_id": ids["tenant"], "role": "owner"}),
        (
            "add_household",
            {"building": "9", "unit": "1", "room": "1", "area_m2": 50, "tenure": "owner"},
        ),
    ):
        with pytest.raises(Unauthorized):
            await act(hass, service, context=context, **data)
    await act(hass, "remove_person", context=context, person_id=tenant["person_id"])

    client = await _client(hass, hass_ws_client, police)
    imported = await _ask(client, type="compound_security/wanted/import", numbers=[ID_NUMBER])
    assert imported["success"]
    owner = await _ask(
        client,
        type="compound_security/person/update",
        person_id=ids["owner"],
        phone="13900000000",
    )
    assert owner["error"]["code"] == "unauthorized"


@pytest.mark.usefixtures("init_integration")
async def test_a_guard_finds_people_by_a_whole_flat_or_name_only(
    hass: HomeAssistant, hass_ws_client: WebSocketGenerator
) -> None:
    ids = await populate(hass)
    client = await _client(hass, hass_ws_client, await _staff(hass, StaffRole.GUARD))
    for message in (
        {"type": "compound_security/person/list"},
        {"type": "compound_security/card/list", "search": "0A"},
        {"type": "compound_security/person/subscribe"},
        {"type": "compound_security/person/update", "person_id": ids["owner"], "phone": "1"},
    ):
        refused = await _ask(client, **message)
        assert refused["error"]["code"] == "unauthorized", message
    # A whole name or a whole flat: short searches must not list the registry.
    for kind, search in (("person", "王"), ("person", "3-1"), ("household", "502")):
        partial = await _ask(client, type=f"compound_security/{kind}/list", search=search)
        assert partial["result"] == [], search
    by_name = await _ask(client, type="compound_security/person/list", search="王奶奶")
    assert by_name["result"] == [
        {"id": ids["owner"], "name": "王奶奶", "household_id": ids["home"]}
    ]
    by_flat = await _ask(client, type="compound_security/person/list", search="3-1-601")
    assert [person["name"] for person in by_flat["result"]] == ["李四"]
    flats = await _ask(client, type="compound_security/household/list", search="3-1-502")
    assert flats["result"] == [{"id": ids["home"], "building": "3", "unit": "1", "room": "502"}]


@pytest.mark.usefixtures("init_integration")
async def test_a_guard_handles_all_but_police_alarms(hass: HomeAssistant) -> None:
    ids = await populate(hass)
    guard = await _staff(hass, StaffRole.GUARD)
    police = await _staff(hass, StaffRole.POLICE, "Officer")
    alarms = async_capture_events(hass, "compound_security_alarm")
    await act(hass, "revoke_card", uid="0x8ec793", status="lost")
    await act(hass, "present_credential", access_point="North gate", uid="008EC793")
    await act(hass, "set_watch", person_id=ids["tenant"], level="police")
    await act(hass, "present_credential", access_point="North gate", uid="0A0B0C0D")
    await hass.async_block_till_done(wait_background_tasks=True)
    by_kind = {alarm.data["kind"]: alarm.data["alarm_id"] for alarm in alarms}
    lost, watched = by_kind["lost_card"], by_kind["police_watch"]
    await act(hass, "acknowledge_alarm", context=Context(user_id=guard.id), alarm_id=lost)
    with pytest.raises(Unauthorized):
        await act(hass, "acknowledge_alarm", context=Context(user_id=guard.id), alarm_id=watched)
    with pytest.raises(Unauthorized):
        await act(hass, "acknowledge_alarm", context=Context(user_id=police.id), alarm_id=lost)
    await act(hass, "acknowledge_alarm", context=Context(user_id=police.id), alarm_id=watched)


@pytest.mark.usefixtures("init_integration")
async def test_a_resident_only_for_their_own_household(
    hass: HomeAssistant, hass_ws_client: WebSocketGenerator
) -> None:
    ids = await populate(hass)
    resident = await _user(hass, "Resident")
    await act(hass, "update_person", person_id=ids["owner"], user_id=resident.id)
    context = Context(user_id=resident.id)
    await act(hass, "set_watch", context=context, person_id=ids["owner"], level="care")
    with pytest.raises(Unauthorized):
        await act(hass, "set_watch", context=context, person_id=ids["tenant"], level="care")
    client = await _client(hass, hass_ws_client, resident)
    people = await _ask(client, type="compound_security/person/list")
    assert [person["id"] for person in people["result"]] == [ids["owner"]]
    cards = await _ask(client, type="compound_security/card/list")
    assert [card["id"] for card in cards["result"]] == [ids["card"]]
    await client.send_json_auto_id({"type": "compound_security/household/subscribe"})
    assert (await client.receive_json())["success"]
    assert [c["household_id"] for c in (await client.receive_json())["event"]] == [ids["home"]]
    refused = await _ask(client, type="compound_security/card/delete", card_id=ids["card"])
    assert refused["error"]["code"] == "unauthorized"


@pytest.mark.usefixtures("init_integration")
async def test_staff_with_a_home_are_residents_of_it_too(hass: HomeAssistant) -> None:
    ids = await populate(hass)
    guard = await _staff(hass, StaffRole.GUARD)
    await act(hass, "update_person", person_id=ids["owner"], user_id=guard.id)
    context = Context(user_id=guard.id)
    # A guard locks no one's vehicle, but their own household's as a resident.
    await act(hass, "set_vehicle_lock", context=context, chip_uid="0xE0000001", locked=True)
    with pytest.raises(Unauthorized):
        await act(hass, "query_access_log", context=context, household_id=ids["rental"])
    await act(hass, "query_access_log", context=context, household_id=ids["home"])


async def test_a_guard_operates_gates_a_clerk_does_not(
    hass: HomeAssistant,
    relay: dict[str, list[ServiceCall]],  # noqa: F811
) -> None:
    entry = await setup(hass, gate_entry())
    guard = await _user(hass, "Guard")
    clerk = await _user(hass, "Clerk")
    await entry.runtime_data.registry.roles.async_set(guard.id, StaffRole.GUARD)
    await entry.runtime_data.registry.roles.async_set(clerk.id, StaffRole.CLERK)
    await hass.services.async_call(
        "lock", "open", {"entity_id": LOCK}, blocking=True, context=Context(user_id=guard.id)
    )
    assert relay["on"]
    with pytest.raises(Unauthorized) as refused:
        await hass.services.async_call(
            "lock", "open", {"entity_id": LOCK}, blocking=True, context=Context(user_id=clerk.id)
        )
    assert refused.value.permission == "compound_security.gate_operate"
    assert refused.value.translation_placeholders == {
        "operation": "gate_operate",
        "role": "clerk",
        "roles": "manager, guard",
    }


@pytest.mark.usefixtures("init_integration")
async def test_the_police_move_out_tenants_only(
    hass: HomeAssistant, hass_ws_client: WebSocketGenerator
) -> None:
    """流管通 deregistration: the police's part of moving out is tenants of rental flats."""
    ids = await populate(hass)
    police = await _staff(hass, StaffRole.POLICE)
    context = Context(user_id=police.id)
    for service, data in (
        ("move_out_person", {"person_id": ids["owner"]}),
        ("move_out_household", {"household_id": ids["home"]}),
    ):
        with pytest.raises(Unauthorized):
            await act(hass, service, context=context, **data)
    client = await _client(hass, hass_ws_client, police)
    owner = await _ask(client, type="compound_security/person/move_out", person_id=ids["owner"])
    assert owner["error"]["code"] == "unauthorized"
    assert registry_of(hass).engine.people[ids["owner"]].moved_out is None
    await act(hass, "move_out_person", context=context, person_id=ids["tenant"])
    assert registry_of(hass).engine.people[ids["tenant"]].moved_out is not None


@pytest.mark.usefixtures("init_integration")
async def test_care_and_police_watch_are_kept_apart(
    hass: HomeAssistant, hass_ws_client: WebSocketGenerator
) -> None:
    """A clerk setting care watch neither needs nor learns of a police watch."""
    ids = await populate(hass)
    police = Context(user_id=(await _staff(hass, StaffRole.POLICE)).id)
    clerk_user = await _staff(hass, StaffRole.CLERK)
    clerk = Context(user_id=clerk_user.id)
    await act(hass, "set_watch", context=police, person_id=ids["owner"], level="police")
    # The clerk's care watch goes through, as it would for anyone.
    await act(hass, "set_watch", context=clerk, person_id=ids["owner"], level="care")
    person = registry_of(hass).engine.people[ids["owner"]]
    assert (person.watch, person.police_watch) == ("care", True)
    client = await _client(hass, hass_ws_client, clerk_user)
    listed = await _ask(client, type="compound_security/person/list")
    (owner,) = [p for p in listed["result"] if p["id"] == ids["owner"]]
    assert owner["watch"] == "care"
    assert "police_watch" not in owner
    # The clerk may lift their care watch, never the police's.
    await act(hass, "set_watch", context=clerk, person_id=ids["owner"], level="none")
    assert registry_of(hass).engine.people[ids["owner"]].police_watch
    with pytest.raises(Unauthorized):
        await act(
            hass, "set_watch", context=clerk, person_id=ids["owner"], level="none", police=False
        )
    await act(hass, "set_watch", context=police, person_id=ids["owner"], level="none", police=False)
    assert not registry_of(hass).engine.people[ids["owner"]].police_watch
