"""Access levels, a card's whole life, moving out and the tenant-card option, in Home Assistant.

Through the actions and the console's websocket commands: every rule, every error
(translated), who may do it, and what survives a restart.
"""

from __future__ import annotations

import asyncio
from datetime import timedelta
import time
from typing import Any

from freezegun.api import FrozenDateTimeFactory
from homeassistant.core import Context, HomeAssistant, ServiceCall
from homeassistant.exceptions import ServiceValidationError, Unauthorized
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    MockUser,
    async_capture_events,
    async_fire_time_changed,
)
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from custom_components.compound_security.registry_lifecycle import EVENT_CARD_LOST

from .helpers import act, populate, registry_from_disk, registry_of

pytestmark = pytest.mark.usefixtures("init_integration")


def _point(entry: MockConfigEntry, title: str) -> str:
    return next(k for k, v in entry.subentries.items() if v.title == title)


async def _error(hass: HomeAssistant, code: str, service: str, **data: Any) -> str:
    """Call an action that must fail with `code`; return its translated message."""
    with pytest.raises(ServiceValidationError) as err:
        await act(hass, service, **data)
    assert err.value.translation_key == code, err.value
    message = str(err.value)
    assert message
    assert "{" not in message
    assert message != code
    return message


# --- access levels ---------------------------------------------------------------


async def test_levels_open_doors_on_their_schedule(
    hass: HomeAssistant, init_integration: MockConfigEntry, freezer: FrozenDateTimeFactory
) -> None:
    ids = await populate(hass)
    garage = _point(init_integration, "Garage B")
    # The tenant has no vehicle: the garage is not theirs by default.
    freezer.move_to(dt_util.start_of_local_day().replace(hour=12))
    decision = await act(hass, "present_credential", access_point=garage, uid="0A0B0C0D")
    assert decision["reason"] == "not_permitted_here"
    today = dt_util.now().strftime("%a").lower()
    level = await act(
        hass,
        "add_access_level",
        name="Garage, daytime",
        zones=["garages"],
        schedule={today: ["08:00-18:00"]},
    )
    await act(hass, "update_person", person_id=ids["tenant"], levels=[level["level_id"]])
    decision = await act(hass, "present_credential", access_point=garage, uid="0A0B0C0D")
    assert decision["reason"] == "granted"
    freezer.move_to(dt_util.start_of_local_day().replace(hour=20))
    decision = await act(hass, "present_credential", access_point=garage, uid="0A0B0C0D")
    assert decision["reason"] == "outside_schedule"
    # An exception shuts the door whatever the levels say.
    freezer.move_to(dt_util.start_of_local_day().replace(hour=12))
    await act(hass, "update_person", person_id=ids["tenant"], denied=[garage])
    decision = await act(hass, "present_credential", access_point=garage, uid="0A0B0C0D")
    assert decision["reason"] == "not_permitted_here"
    entries = (await act(hass, "query_access_log", person_id=ids["tenant"]))["entries"]
    assert {e["reason"] for e in entries} >= {"outside_schedule", "not_permitted_here"}


async def test_level_rules_and_errors(hass: HomeAssistant) -> None:
    ids = await populate(hass)
    await _error(hass, "level_empty", "add_access_level", name="Nothing")
    await _error(hass, "level_name_invalid", "add_access_level", name=" ", zones=["garages"])
    await _error(
        hass, "access_point_not_found", "add_access_level", name="X", access_points=["ghost"]
    )
    await _error(hass, "level_zone_invalid", "add_access_level", name="X", zones=["roof"])
    await _error(
        hass,
        "schedule_range_invalid",
        "add_access_level",
        name="X",
        zones=["garages"],
        schedule={"mon": ["later"]},
    )
    await _error(hass, "level_not_found", "update_access_level", level_id="ghost", name="X")
    await _error(hass, "level_not_found", "remove_access_level", level_id="ghost")
    await _error(hass, "level_not_found", "update_person", person_id=ids["owner"], levels=["x"])
    level = (await act(hass, "add_access_level", name="Cleaners", zones=["unit_doors:3"]))[
        "level_id"
    ]
    await act(hass, "update_access_level", level_id=level, name="Cleaners, building 3")
    assert registry_of(hass).engine.levels[level].name == "Cleaners, building 3"
    await act(hass, "update_person", person_id=ids["owner"], levels=[level])
    message = await _error(hass, "level_in_use", "remove_access_level", level_id=level)
    assert "1" in message
    await act(hass, "update_person", person_id=ids["owner"], levels=[])
    await act(hass, "remove_access_level", level_id=level)
    assert level not in registry_of(hass).engine.levels


async def test_staff_open_only_their_named_levels(
    hass: HomeAssistant, init_integration: MockConfigEntry
) -> None:
    office = (
        await act(
            hass, "add_household", building="物业", unit="1", room="1", area_m2=50, tenure="owner"
        )
    )["household_id"]
    guard = (await act(hass, "add_person", household_id=office, name="保安", role="staff"))[
        "person_id"
    ]
    await act(hass, "issue_card", person_id=guard, uid="0x7001", card_type="property_card")
    gate = _point(init_integration, "North gate")
    decision = await act(hass, "present_credential", access_point=gate, uid="0x7001")
    assert decision["reason"] == "not_permitted_here"  # no resident default level
    level = await act(hass, "add_access_level", name="Guards", access_points=[gate])
    await act(hass, "update_person", person_id=guard, levels=[level["level_id"]])
    decision = await act(hass, "present_credential", access_point=gate, uid="0x7001")
    assert decision["reason"] == "granted"


async def test_levels_websocket_is_for_managers(
    hass: HomeAssistant,
    hass_ws_client: WebSocketGenerator,
    hass_read_only_user: MockUser,
    hass_admin_user: MockUser,
) -> None:
    client = await hass_ws_client(hass)
    await client.send_json_auto_id(
        {"type": "compound_security/level/create", "name": "Garages", "zones": ["garages"]}
    )
    created = await client.receive_json()
    assert created["success"], created
    level_id = created["result"]["id"]
    await client.send_json_auto_id(
        {"type": "compound_security/level/update", "level_id": level_id, "zones": ["roof"]}
    )
    refused = await client.receive_json()
    assert refused["error"]["code"] == "invalid_format"
    assert "level_zone_invalid" in refused["error"]["message"]
    await client.send_json_auto_id({"type": "compound_security/level/list"})
    listed = await client.receive_json()
    assert [item["name"] for item in listed["result"]] == ["Garages"]
    ids = await populate(hass)
    await act(hass, "update_person", person_id=ids["owner"], levels=[level_id])
    await client.send_json_auto_id({"type": "compound_security/level/delete", "level_id": level_id})
    refused = await client.receive_json()
    assert refused["error"]["translation_key"] == "level_in_use"
    assert refused["error"]["translation_placeholders"] == {"people": "1"}
    # Nobody but a manager lists or changes levels.
    hass_admin_user.groups = []
    for message in (
        {"type": "compound_security/level/list"},
        {"type": "compound_security/level/create", "name": "X", "zones": ["garages"]},
    ):
        await client.send_json_auto_id(message)
        assert (await client.receive_json())["error"]["code"] == "unauthorized"
    with pytest.raises(Unauthorized):
        await act(
            hass,
            "add_access_level",
            context=Context(user_id=hass_read_only_user.id),
            name="X",
            zones=["garages"],
        )


async def test_levels_and_lifecycle_survive_a_restart(
    hass: HomeAssistant, init_integration: MockConfigEntry
) -> None:
    ids = await populate(hass)
    gate = _point(init_integration, "North gate")
    level = (await act(hass, "add_access_level", name="Night", zones=["garages"]))["level_id"]
    await act(hass, "update_person", person_id=ids["tenant"], levels=[level], denied=[gate])
    await act(hass, "move_out_person", person_id=ids["owner"], reason="sold the flat")
    await act(hass, "report_card_lost", card_id=ids["tenant_card"])
    # Moving out, a shut door and a lost card are on disk before the actions return;
    # a new level (it takes nothing away) is written with the usual delay.
    await registry_of(hass).levels.store._async_handle_write_data()
    fresh = await registry_from_disk(hass, init_integration.entry_id)
    engine = fresh.engine
    assert engine.levels[level].name == "Night"
    assert engine.people[ids["tenant"]].levels == (level,)
    assert engine.people[ids["tenant"]].denied == frozenset({gate})
    assert engine.people[ids["owner"]].moved_out == dt_util.now().date()
    assert engine.cards[ids["tenant_card"]].status == "lost"


# --- a card's whole life -------------------------------------------------------------


async def test_replace_card_revokes_the_old_and_issues_the_new(
    hass: HomeAssistant, init_integration: MockConfigEntry
) -> None:
    ids = await populate(hass)
    gate = _point(init_integration, "North gate")
    await act(hass, "present_credential", access_point=gate, uid="0A0B0C0D")
    new = await act(hass, "replace_card", uid="0A0B0C0D", new_uid="0x0A0B0C10", reason="broken")
    engine = registry_of(hass).engine
    old = engine.cards[ids["tenant_card"]]
    assert old.status == "revoked"
    card = engine.cards[new["card_id"]]
    assert (card.person_id, card.card_type, card.valid_until) == (
        old.person_id,
        old.card_type,
        old.valid_until,
    )
    assert new["expires_soon"] is False
    assert (await act(hass, "present_credential", access_point=gate, uid="0x0A0B0C10"))[
        "reason"
    ] == "granted"
    assert (await act(hass, "present_credential", access_point=gate, uid="0A0B0C0D"))[
        "reason"
    ] == "revoked"
    # The old card's history stays in the access log.
    entries = (await act(hass, "query_access_log", uid="0A0B0C0D"))["entries"]
    assert len(entries) == 2
    # A refused replacement leaves the old card as it was.
    await _error(hass, "uid_exists", "replace_card", card_id=new["card_id"], new_uid="0x8EC793")
    assert engine.cards[new["card_id"]].status == "active"
    await _error(hass, "card_already_revoked", "replace_card", uid="0A0B0C0D", new_uid="0x99")
    await _error(hass, "card_not_found", "replace_card", uid="0x1234", new_uid="0x99")
    await _error(hass, "card_not_found", "replace_card", new_uid="0x99")


async def test_report_lost_found_and_reissue(hass: HomeAssistant) -> None:
    ids = await populate(hass)
    events = async_capture_events(hass, EVENT_CARD_LOST)
    await act(hass, "report_card_lost", uid="142,51091", reason="lost at the market")
    await hass.async_block_till_done()
    assert [e.data for e in events] == [
        {"card_id": ids["card"], "person_id": ids["owner"], "household_id": ids["home"]}
    ]
    engine = registry_of(hass).engine
    assert engine.cards[ids["card"]].status == "lost"
    await act(hass, "card_found", card_id=ids["card"])
    assert engine.cards[ids["card"]].status == "active"
    await _error(hass, "card_not_lost", "card_found", card_id=ids["card"])
    await act(hass, "revoke_card", uid="008EC793", status="revoked")
    await _error(hass, "card_already_revoked", "report_card_lost", card_id=ids["card"])
    # A revoked UID may be issued again: the old record goes, the new card opens.
    again = await act(
        hass, "issue_card", person_id=ids["owner"], uid="008EC793", card_type="citizen_card"
    )
    assert ids["card"] not in engine.cards
    assert engine.cards[again["card_id"]].status == "active"
    # An active UID may not.
    await _error(
        hass,
        "uid_exists",
        "issue_card",
        person_id=ids["owner"],
        uid="008EC793",
        card_type="id_card",
    )


async def test_reissue_refused_keeps_the_revoked_card(hass: HomeAssistant) -> None:
    ids = await populate(hass)
    await act(hass, "revoke_card", uid="008EC793", status="revoked")
    await _error(
        hass,
        "valid_until_past",
        "issue_card",
        person_id=ids["owner"],
        uid="008EC793",
        card_type="citizen_card",
        valid_until="2020-01-01",
    )
    assert registry_of(hass).engine.cards[ids["card"]].status == "revoked"


async def test_validity_edits_and_expiry_flags(hass: HomeAssistant) -> None:
    ids = await populate(hass)
    soon = (dt_util.now().date() + timedelta(days=10)).isoformat()
    issued = await act(
        hass,
        "issue_card",
        person_id=ids["owner"],
        uid="0x5501",
        card_type="id_card",
        valid_until=soon,
    )
    assert issued["expires_soon"] is True
    await _error(
        hass,
        "valid_until_past",
        "issue_card",
        person_id=ids["owner"],
        uid="0x5502",
        card_type="id_card",
        valid_until="2020-01-01",
    )
    later = (dt_util.now().date() + timedelta(days=300)).isoformat()
    edited = await act(hass, "update_card", card_id=issued["card_id"], valid_until=later)
    assert edited["expires_soon"] is False
    cleared = await act(hass, "update_card", uid="0x5501", valid_until=None)
    assert registry_of(hass).engine.cards[cleared["card_id"]].valid_until is None
    await _error(
        hass, "valid_until_required", "update_card", card_id=ids["tenant_card"], valid_until=None
    )
    await _error(
        hass,
        "validity_reversed",
        "update_card",
        card_id=issued["card_id"],
        valid_from=later,
        valid_until=soon,
    )


async def test_residents_report_their_own_cards_lost_only(
    hass: HomeAssistant, hass_read_only_user: MockUser
) -> None:
    ids = await populate(hass)
    await act(hass, "update_person", person_id=ids["owner"], user_id=hass_read_only_user.id)
    resident = Context(user_id=hass_read_only_user.id)
    await act(hass, "report_card_lost", context=resident, card_id=ids["card"])
    assert registry_of(hass).engine.cards[ids["card"]].status == "lost"
    with pytest.raises(Unauthorized):
        await act(hass, "report_card_lost", context=resident, card_id=ids["tenant_card"])
    for service, data in (
        ("card_found", {"card_id": ids["card"]}),
        ("replace_card", {"card_id": ids["card"], "new_uid": "0x77"}),
        ("update_card", {"card_id": ids["card"], "valid_until": "2030-01-01"}),
        ("move_out_person", {"person_id": ids["owner"]}),
        ("move_out_household", {"household_id": ids["home"]}),
        ("permit_reminders", {}),
        ("remove_access_level", {"level_id": "x"}),
    ):
        with pytest.raises(Unauthorized):
            await act(hass, service, context=resident, **data)


async def test_lifecycle_websocket_commands(
    hass: HomeAssistant, hass_ws_client: WebSocketGenerator
) -> None:
    ids = await populate(hass)
    engine = registry_of(hass).engine
    client = await hass_ws_client(hass)

    async def command(kind: str, **data: Any) -> dict[str, Any]:
        await client.send_json_auto_id({"type": f"compound_security/{kind}", **data})
        response: dict[str, Any] = await client.receive_json()
        return response

    created = await command(
        "card/create",
        person_id=ids["owner"],
        uid="0x6601",
        card_type="id_card",
        valid_until=(dt_util.now().date() + timedelta(days=5)).isoformat(),
    )
    assert created["result"]["expires_soon"] is True
    card_id = created["result"]["card_id"]
    assert (await command("card/report_lost", card_id=card_id))["success"]
    assert engine.cards[card_id].status == "lost"
    assert (await command("card/found", card_id=card_id))["success"]
    refused = await command("card/found", card_id=card_id)
    assert refused["error"]["translation_key"] == "card_not_lost"
    replaced = await command("card/replace", card_id=card_id, new_uid="0x6602")
    assert engine.cards[replaced["result"]["card_id"]].status == "active"
    assert engine.cards[card_id].status == "revoked"
    refused = await command("card/replace", card_id="ghost", new_uid="0x6603")
    assert refused["error"]["translation_key"] == "card_not_found"
    moved = await command("person/move_out", person_id=ids["tenant"], date="2026-01-31")
    assert moved["result"] == {"people": 1}
    assert str(engine.people[ids["tenant"]].moved_out) == "2026-01-31"
    moved = await command("household/move_out", household_id=ids["home"], reason="sold")
    assert moved["result"] == {"people": 1}
    refused = await command("household/move_out", household_id="ghost")
    assert refused["error"]["translation_key"] == "household_not_found"
    refused = await command("person/move_out", person_id=ids["owner"], date="someday")
    assert refused["error"]["translation_key"] == "date_invalid"
    assert (await command("permit_reminders"))["result"] == {"reminders": []}


async def test_residents_report_lost_by_websocket_for_their_own_household(
    hass: HomeAssistant,
    hass_ws_client: WebSocketGenerator,
    hass_read_only_user: MockUser,
    hass_read_only_access_token: str,
) -> None:
    ids = await populate(hass)
    await act(hass, "update_person", person_id=ids["tenant"], user_id=hass_read_only_user.id)
    client = await hass_ws_client(hass, hass_read_only_access_token)
    for card_id, success in ((ids["tenant_card"], True), (ids["card"], False)):
        await client.send_json_auto_id(
            {"type": "compound_security/card/report_lost", "card_id": card_id}
        )
        response = await client.receive_json()
        assert response["success"] is success, response
    assert response["error"]["code"] == "unauthorized"
    await client.send_json_auto_id({"type": "compound_security/card/found", "card_id": ids["card"]})
    assert (await client.receive_json())["error"]["code"] == "unauthorized"


# --- moving out ----------------------------------------------------------------------


async def test_moving_out_stops_cards_and_chips_at_once(
    hass: HomeAssistant, init_integration: MockConfigEntry
) -> None:
    ids = await populate(hass)
    gate = _point(init_integration, "North gate")
    garage = _point(init_integration, "Garage B")
    response = await act(hass, "move_out_household", household_id=ids["home"], reason="sold")
    assert response == {"people": 1}
    card = await act(hass, "present_credential", access_point=gate, uid="008EC793")
    assert card["reason"] == "moved_out"
    chip = await act(
        hass,
        "present_credential",
        access_point=garage,
        uid="E0000001",
        credential="vehicle_chip",
    )
    assert chip["reason"] == "moved_out"
    # The records stay (the access log still says who passed); they stop counting.
    engine = registry_of(hass).engine
    assert ids["owner"] in engine.people
    assert engine.statistics(dt_util.now().date())["people"] == 1
    await _error(hass, "person_not_found", "move_out_person", person_id="ghost")
    await _error(hass, "household_not_found", "move_out_household", household_id="ghost")


async def test_a_moved_out_tenant_frees_the_rental_card_cap(hass: HomeAssistant) -> None:
    ids = await populate(hass)  # the 25 m² flat holds 2 cards: the tenant has one
    second = (await act(hass, "add_person", household_id=ids["rental"], name="B", role="tenant"))[
        "person_id"
    ]
    card = {"card_type": "residence_permit", "valid_until": "2030-01-01"}
    await act(hass, "issue_card", person_id=second, uid="0x3301", **card)
    await _error(hass, "card_cap_reached", "issue_card", person_id=second, uid="0x3302", **card)
    await act(hass, "move_out_person", person_id=ids["tenant"])
    await act(hass, "issue_card", person_id=second, uid="0x3302", **card)


async def test_daily_purge_removes_who_moved_out_before_retention(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    ids = await populate(hass)
    long_ago = (dt_util.now().date() - timedelta(days=200)).isoformat()
    await act(hass, "move_out_person", person_id=ids["owner"], date=long_ago)
    await act(hass, "move_out_person", person_id=ids["tenant"])
    freezer.tick(timedelta(hours=24, seconds=1))
    async_fire_time_changed(hass)
    engine = registry_of(hass).engine
    for _ in range(100):  # the access log's purge runs in its own thread first
        await hass.async_block_till_done()
        if ids["owner"] not in engine.people:
            break
        await asyncio.to_thread(time.sleep, 0.02)  # real time: the loop's clock is frozen
    assert ids["owner"] not in engine.people  # retention is 180 days
    assert ids["card"] not in engine.cards
    assert ids["bike"] not in engine.vehicles
    assert ids["tenant"] in engine.people


# --- residence permit reminders and the tenant-card option ---------------------------


async def test_permit_reminders_tell_the_household_once(
    hass: HomeAssistant,
    init_integration: MockConfigEntry,
    freezer: FrozenDateTimeFactory,
    caplog: pytest.LogCaptureFixture,
) -> None:
    sent: list[ServiceCall] = []

    async def _capture(call: ServiceCall) -> None:
        sent.append(call)

    hass.services.async_register("notify", "mobile_app_li", _capture)
    ids = await populate(hass)
    await act(hass, "update_person", person_id=ids["tenant"], notify=["mobile_app_li"])
    soon = (dt_util.now().date() + timedelta(days=20)).isoformat()
    await act(hass, "update_card", card_id=ids["tenant_card"], valid_until=soon)
    response = await act(hass, "permit_reminders")
    assert response == {
        "reminders": [
            {
                "person_id": ids["tenant"],
                "household_id": ids["rental"],
                "card_id": ids["tenant_card"],
                "valid_until": soon,
            }
        ]
    }
    for _day in range(2):
        freezer.tick(timedelta(hours=24, seconds=1))
        async_fire_time_changed(hass)
        await hass.async_block_till_done(wait_background_tasks=True)  # the daily job
    assert len(sent) == 1  # once per card and expiry date
    assert soon in sent[0].data["message"]
    assert "李四" not in sent[0].data["message"]
    assert "3-1-601" not in sent[0].data["message"]
    assert "李四" not in caplog.text
    # Not again after a restart.
    await hass.config_entries.async_reload(init_integration.entry_id)
    await hass.async_block_till_done()
    assert len(sent) == 1


async def test_tenants_hold_residence_permits_only_by_default(
    hass: HomeAssistant, init_integration: MockConfigEntry
) -> None:
    ids = await populate(hass)
    await _error(
        hass,
        "tenant_card_type",
        "issue_card",
        person_id=ids["tenant"],
        uid="0x4401",
        card_type="property_card",
    )
    result = await hass.config_entries.options.async_init(init_integration.entry_id)
    result = await hass.config_entries.options.async_configure(
        result["flow_id"],
        {
            "min_area_per_person": 10,
            "retention_days": 180,
            "tenant_cards": "residence_permit_or_property_card",
        },
    )
    await hass.async_block_till_done()
    assert init_integration.options["tenant_cards"] == "residence_permit_or_property_card"
    await act(hass, "issue_card", person_id=ids["tenant"], uid="0x4401", card_type="property_card")
