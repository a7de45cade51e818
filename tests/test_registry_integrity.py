"""Registry integrity: concurrent changes, stricter changes stored first, bounded input."""

from __future__ import annotations

import asyncio
from datetime import timedelta
import logging
from typing import Any
from unittest.mock import patch

from freezegun.api import FrozenDateTimeFactory
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError, ServiceValidationError
from homeassistant.util.file import WriteError
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_capture_events,
    async_fire_time_changed,
)

from custom_components.compound_security.const import (
    DOMAIN,
    EVENT_ALARM,
    STORAGE_MINOR_VERSION,
    STORAGE_VERSION,
)
from custom_components.compound_security.registry_store import RegistryStore

from .engine_fixtures import make_id_number
from .helpers import act, populate, registry_from_disk, registry_of


def disk_full() -> Any:
    """Make every storage write fail as a full disk does."""
    return patch(
        "homeassistant.helpers.storage.Store._async_write_data",
        side_effect=WriteError("No space left on device"),
    )


async def _codes(*calls: Any) -> list[str]:
    """Run calls at once; return "ok" or the translation key of each one's error."""
    results = await asyncio.gather(*calls, return_exceptions=True)
    codes = []
    for result in results:
        if isinstance(result, ServiceValidationError):
            codes.append(str(result.translation_key))
        elif isinstance(result, BaseException):
            raise result
        else:
            codes.append("ok")
    return sorted(codes)


async def _settle_storage(hass: HomeAssistant, freezer: FrozenDateTimeFactory) -> None:
    freezer.tick(timedelta(seconds=11))  # past the storage collections' save delay
    async_fire_time_changed(hass)
    await hass.async_block_till_done()


@pytest.mark.usefixtures("init_integration")
async def test_concurrent_cards_keep_uids_unique_and_the_cap(hass: HomeAssistant) -> None:
    ids = await populate(hass)
    issue = {"person_id": ids["owner"], "card_type": "citizen_card"}
    assert await _codes(
        act(hass, "issue_card", uid="0x11223344", **issue),
        act(hass, "issue_card", uid="0x11223344", **issue),
    ) == ["ok", "uid_exists"]
    flat = await act(
        hass, "add_household", building="9", unit="1", room="101", area_m2=20, tenure="rental"
    )  # 20 m² at 10 m² a card: a cap of 2
    tenant = await act(
        hass, "add_person", household_id=flat["household_id"], name="赵六", role="tenant"
    )
    permit = {
        "person_id": tenant["person_id"],
        "card_type": "residence_permit",
        "valid_until": "2030-01-01",
    }
    assert await _codes(
        *(act(hass, "issue_card", uid=f"0x6{n}A{n}B{n}C{n}", **permit) for n in range(3))
    ) == ["card_cap_reached", "ok", "ok"]
    engine = registry_of(hass).engine
    assert len(engine.cards_of(tenant["person_id"])) == 2


@pytest.mark.usefixtures("init_integration")
async def test_concurrent_people_raise_exactly_the_wanted_alarms(hass: HomeAssistant) -> None:
    ids = await populate(hass)
    wanted = [make_id_number("11010519491231002"), make_id_number("44030419900307001")]
    registry = registry_of(hass)
    registry.wanted.async_start_import(wanted, [])  # what the console's import does
    await hass.async_block_till_done(wait_background_tasks=True)
    alarms = async_capture_events(hass, EVENT_ALARM)
    rounds = [  # (name, id number, on the wanted list?) added at the same time
        [("甲", wanted[0], True), ("乙", make_id_number("11010519800101001"), False)],
        [("丙", make_id_number("11010519800101002"), False), ("丁", wanted[1], True)],
    ]
    expected: list[str] = []
    for people in rounds:
        added = await asyncio.gather(  # the console's create: ID numbers never in actions
            *(
                registry.people.async_create_item(
                    {"household_id": ids["home"], "name": n, "role": "family", "id_number": i}
                )
                for n, i, _ in people
            )
        )
        expected += [p["id"] for p, (*_, on_list) in zip(added, people, strict=True) if on_list]
    await hass.async_block_till_done()
    raised = [a.data["person_id"] for a in alarms if a.data["kind"] == "wanted_person"]
    assert sorted(raised) == sorted(expected)


async def test_revocation_is_confirmed_only_once_stored(
    hass: HomeAssistant,
    init_integration: MockConfigEntry,
    hass_storage: dict[str, Any],
    freezer: FrozenDateTimeFactory,
) -> None:
    ids = await populate(hass)
    await _settle_storage(hass, freezer)
    with disk_full(), pytest.raises(HomeAssistantError) as err:
        await act(hass, "revoke_card", uid="008EC793", status="lost")
    assert err.value.translation_key == "storage_write_failed"
    decision = await act(hass, "present_credential", access_point="North gate", uid="008EC793")
    assert (decision["decision"], decision["reason"]) == ("denied", "lost")  # fail safe

    def stored_status() -> str:
        cards = hass_storage[registry_of(hass).cards.store.key]["data"]["items"]
        return str(next(c["status"] for c in cards if c["id"] == ids["card"]))

    # The disk refused: it still says active, and a restart now would forget the loss.
    # The caller was told; the save is retried, and lands once the disk takes it.
    assert stored_status() == "active"
    from_disk = await registry_from_disk(hass, init_integration.entry_id)
    assert from_disk.engine.cards[ids["card"]].status == "active"
    await _settle_storage(hass, freezer)
    assert stored_status() == "lost"


async def test_vehicle_lock_and_card_removal_are_confirmed_only_once_stored(
    hass: HomeAssistant,
    init_integration: MockConfigEntry,
    hass_storage: dict[str, Any],
    freezer: FrozenDateTimeFactory,
) -> None:
    ids = await populate(hass)
    await _settle_storage(hass, freezer)
    with disk_full(), pytest.raises(HomeAssistantError) as err:
        await act(hass, "set_vehicle_lock", chip_uid="0xE0000001", locked=True)
    assert err.value.translation_key == "storage_write_failed"
    assert registry_of(hass).engine.vehicles[ids["bike"]].locked
    with disk_full(), pytest.raises(HomeAssistantError):
        await act(hass, "remove_person", person_id=ids["tenant"])
    decision = await act(hass, "present_credential", access_point="North gate", uid="0A0B0C0D")
    assert decision["decision"] == "denied"
    # Stored at once when the disk takes it, without waiting for the save delay.
    await act(hass, "set_vehicle_lock", chip_uid="0xE0000001", locked=False)
    await act(hass, "set_vehicle_lock", chip_uid="0xE0000001", locked=True)
    vehicles = hass_storage[registry_of(hass).vehicles.store.key]["data"]["items"]
    assert [v["locked"] for v in vehicles] == [True]


async def test_a_bad_stored_record_is_skipped_not_fatal(
    hass: HomeAssistant,
    hass_storage: dict[str, Any],
    mock_config_entry: MockConfigEntry,
    caplog: pytest.LogCaptureFixture,
) -> None:
    good = {"building": "1", "unit": "1", "room": "101", "area_m2": 80.0, "tenure": "owner"}
    hass_storage[f"{DOMAIN}.households"] = {
        "version": STORAGE_VERSION,
        "minor_version": STORAGE_MINOR_VERSION,
        "key": f"{DOMAIN}.households",
        "data": {
            "items": [
                {"id": "good", **good},
                {"id": "bad", **good, "room": "102", "area_m2": None},  # `inf` written as null
            ]
        },
    }
    mock_config_entry.add_to_hass(hass)
    with caplog.at_level(logging.WARNING):
        assert await hass.config_entries.async_setup(mock_config_entry.entry_id)
    registry = registry_of(hass)
    assert set(registry.engine.households) == {"good"}
    assert set(registry.households.data) == {"good", "bad"}  # kept on disk, to be fixed
    assert "Ignoring unreadable household record bad" in caplog.text
    await act(hass, "update_household", household_id="bad", area_m2=75)
    assert registry.engine.households["bad"].area_m2 == 75


@pytest.mark.usefixtures("init_integration")
async def test_typed_input_is_bounded_with_translated_errors(hass: HomeAssistant) -> None:
    ids = await populate(hass)
    household = {"building": "9", "unit": "1", "room": "1", "tenure": "owner"}
    refused: list[tuple[str, dict[str, Any], str, dict[str, str]]] = [
        ("add_household", household | {"area_m2": "inf"}, "area_out_of_range", {}),
        ("add_household", household | {"area_m2": 1e9}, "area_out_of_range", {}),
        (
            "add_person",
            {"household_id": ids["home"], "name": "王\n伪造的一行", "role": "family"},
            "text_invalid",
            {"field": "name", "max": "100"},
        ),
        (
            "issue_card",
            {"person_id": ids["owner"], "uid": "0x77", "card_type": "citizen_card"},
            "",
            {},
        ),
        (
            "revoke_card",
            {"uid": "0x77", "status": "revoked", "reason": "x" * 201},
            "text_invalid",
            {"field": "status_reason", "max": "200"},
        ),
        (
            "add_vehicle",
            {
                "person_id": ids["owner"],
                "chip_uid": "0xE0000002",
                "kind": "ebike",
                "plate": "苏" * 21,
            },
            "text_invalid",
            {"field": "plate", "max": "20"},
        ),
        (
            "set_watch",
            {"person_id": ids["owner"], "level": "care", "notify": [f"t{n}" for n in range(11)]},
            "notify_targets_too_many",
            {"max": "10"},
        ),
        (
            "acknowledge_alarm",
            {"alarm_id": "any", "note": "ok\x1b[31m"},
            "text_invalid",
            {"field": "note", "max": "500"},
        ),
    ]
    for service, data, code, placeholders in refused:
        if not code:
            await act(hass, service, **data)
            continue
        with pytest.raises(ServiceValidationError) as err:
            await act(hass, service, **data)
        assert err.value.translation_key == code, service
        assert placeholders.items() <= (err.value.translation_placeholders or {}).items()


@pytest.mark.usefixtures("init_integration")
async def test_a_composite_change_is_written_once_per_kind(
    hass: HomeAssistant, hass_storage: dict[str, Any]
) -> None:
    ids = await populate(hass)
    await act(hass, "issue_card", person_id=ids["owner"], uid="0x4455", card_type="property_card")
    original = RegistryStore.async_save_confirmed
    with patch.object(
        RegistryStore, "async_save_confirmed", autospec=True, side_effect=original
    ) as save:
        await act(hass, "remove_person", person_id=ids["owner"])  # two cards and a vehicle
    registry = registry_of(hass)
    assert sorted(call.args[0].key for call in save.call_args_list) == [
        registry.cards.store.key,
        registry.vehicles.store.key,
    ]
    cards = hass_storage[registry.cards.store.key]["data"]["items"]
    assert [c["id"] for c in cards] == [ids["tenant_card"]]
