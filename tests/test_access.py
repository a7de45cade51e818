"""Access decisions through Home Assistant: events, alarms, entities, the access log."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from pathlib import Path
from typing import Any

from freezegun.api import FrozenDateTimeFactory
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ServiceValidationError
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_capture_events,
    async_fire_time_changed,
)

from custom_components.compound_security.const import EVENT_ACCESS, EVENT_ALARM

from .helpers import NINGBO, act, populate, with_options

GATE_EVENT = "event.north_gate_access"


@pytest.fixture
def mock_config_entry(mock_config_entry: MockConfigEntry) -> MockConfigEntry:
    """Tenants here may hold property cards too (Ningbo's 安居E卡): the tests issue some."""
    return with_options(mock_config_entry, **NINGBO)


@pytest.fixture
async def compound(hass: HomeAssistant, init_integration: MockConfigEntry) -> dict[str, str]:
    ids = await populate(hass)
    ids["gate"] = next(k for k, v in init_integration.subentries.items() if v.title == "North gate")
    ids["garage"] = next(k for k, v in init_integration.subentries.items() if v.title == "Garage B")
    return ids


async def test_granted_card_fires_an_event_with_ids_only(
    hass: HomeAssistant, compound: dict[str, str]
) -> None:
    events = async_capture_events(hass, EVENT_ACCESS)
    decision = await act(hass, "present_credential", access_point="north gate", uid="142,51091")
    assert decision["decision"] == "granted"
    assert decision["reason"] == "granted"
    assert decision["uid"] == "008EC793"
    await hass.async_block_till_done()
    assert len(events) == 1
    data = events[0].data
    assert set(data) == {
        "access_point",
        "direction",
        "credential",
        "uid",
        "decision",
        "reason",
        "person_id",
        "household_id",
        "vehicle_id",
        "watch",
        "time",
    }
    assert (data["access_point"], data["person_id"], data["household_id"]) == (
        compound["gate"],
        compound["owner"],
        compound["home"],
    )
    assert "王奶奶" not in str(data)
    state = hass.states.get(GATE_EVENT)
    assert state is not None
    assert state.attributes["event_type"] == "granted"
    assert state.attributes["reason"] == "granted"
    assert "uid" not in state.attributes


async def test_present_credential_by_access_point_id(
    hass: HomeAssistant, compound: dict[str, str]
) -> None:
    decision = await act(hass, "present_credential", access_point=compound["gate"], uid="0x99")
    assert (decision["decision"], decision["reason"]) == ("denied", "unknown_credential")
    by_name = await act(hass, "present_credential", access_point=" north GATE ", uid="0x99")
    assert by_name["access_point"] == compound["gate"]  # a name, whatever its case
    with pytest.raises(ServiceValidationError) as err:
        await act(hass, "present_credential", access_point="South gate", uid="0x99")
    assert err.value.translation_key == "access_point_not_found"
    with pytest.raises(ServiceValidationError) as err:
        await act(hass, "present_credential", access_point="North gate", uid="card?")
    assert err.value.translation_key == "uid_invalid"


async def test_lost_card_raises_a_translated_alarm(
    hass: HomeAssistant, compound: dict[str, str]
) -> None:
    alarms = async_capture_events(hass, EVENT_ALARM)
    await act(hass, "revoke_card", uid="008EC793", status="lost")
    decision = await act(hass, "present_credential", access_point="North gate", uid="008EC793")
    assert (decision["decision"], decision["reason"]) == ("denied", "lost")
    await hass.async_block_till_done()
    assert [a.data["kind"] for a in alarms] == ["lost_card"]
    alarm = alarms[0].data
    assert alarm["alarm_id"] == decision["alarms"][0]["alarm_id"]
    assert alarm["message"] == "Lost card presented at North gate (household 3-1-502)."
    assert alarm["severity"] == "warning"
    assert hass.states.get(GATE_EVENT).attributes["event_type"] == "alarm"  # type: ignore[union-attr]
    assert hass.states.get("sensor.cao_hu_hua_yuan_wu_qu_open_alarms").state == "1"  # type: ignore[union-attr]


async def test_watch_list_passage(hass: HomeAssistant, compound: dict[str, str]) -> None:
    alarms = async_capture_events(hass, EVENT_ALARM)
    await act(
        hass, "set_watch", person_id=compound["owner"], level="care", notify=["mobile_app_son"]
    )
    decision = await act(hass, "present_credential", access_point="North gate", uid="008EC793")
    assert decision["decision"] == "granted"
    assert decision["watch"] == "care"
    await hass.async_block_till_done()
    assert [a.data["kind"] for a in alarms] == ["watchlist"]
    assert "3-1-502" in alarms[0].data["message"]


async def test_five_denials_raise_repeated_denials(
    hass: HomeAssistant, compound: dict[str, str]
) -> None:
    alarms = async_capture_events(hass, EVENT_ALARM)
    for n in range(5):
        await act(hass, "present_credential", access_point="North gate", uid=f"0x{n + 0x100:X}")
    await hass.async_block_till_done()
    assert [a.data["kind"] for a in alarms] == ["repeated_denials"]
    assert "5 denied" in alarms[0].data["message"]


async def test_locked_vehicle_is_theft(hass: HomeAssistant, compound: dict[str, str]) -> None:
    alarms = async_capture_events(hass, EVENT_ALARM)
    await act(hass, "set_vehicle_lock", chip_uid="0xE0000001", locked=True)
    await act(hass, "present_credential", access_point="Garage B", uid="008EC793")
    decision = await act(
        hass,
        "present_credential",
        access_point="Garage B",
        uid="E0000001",
        credential="vehicle_chip",
    )
    assert (decision["decision"], decision["reason"], decision["vehicle_id"]) == (
        "denied",
        "vehicle_locked",
        compound["bike"],
    )
    await hass.async_block_till_done()
    assert [(a.data["kind"], a.data["severity"], a.data["vehicle_id"]) for a in alarms] == [
        ("vehicle_theft", "critical", compound["bike"])
    ]


async def test_vehicle_with_owner_card_first(hass: HomeAssistant, compound: dict[str, str]) -> None:
    await act(hass, "present_credential", access_point="Garage B", uid="008EC793")
    decision = await act(
        hass,
        "present_credential",
        access_point="Garage B",
        uid="0xE0000001",
        credential="vehicle_chip",
    )
    assert decision["decision"] == "granted"


async def test_vehicle_waits_for_owner_within_grace(
    hass: HomeAssistant, compound: dict[str, str]
) -> None:
    chip = hass.async_create_task(
        act(
            hass,
            "present_credential",
            access_point="Garage B",
            uid="0xE0000001",
            credential="vehicle_chip",
        )
    )
    await asyncio.sleep(0)
    assert not chip.done()
    card = await act(hass, "present_credential", access_point="Garage B", uid="008EC793")
    assert card["decision"] == "granted"
    decision = await chip
    assert (decision["decision"], decision["reason"]) == ("granted", "granted")


async def test_vehicle_without_owner_is_theft_after_grace(
    hass: HomeAssistant, compound: dict[str, str], freezer: FrozenDateTimeFactory
) -> None:
    alarms = async_capture_events(hass, EVENT_ALARM)
    chip = hass.async_create_task(
        act(
            hass,
            "present_credential",
            access_point="Garage B",
            uid="0xE0000001",
            credential="vehicle_chip",
        )
    )
    await asyncio.sleep(0)
    freezer.tick(timedelta(seconds=6))
    async_fire_time_changed(hass)
    decision = await chip
    assert (decision["decision"], decision["reason"]) == ("denied", "owner_absent")
    await hass.async_block_till_done()
    assert [a.data["kind"] for a in alarms] == ["vehicle_theft"]


async def test_unloading_cancels_waiting_vehicles(
    hass: HomeAssistant, compound: dict[str, str], init_integration: MockConfigEntry
) -> None:
    chip = hass.async_create_task(
        act(
            hass,
            "present_credential",
            access_point="Garage B",
            uid="0xE0000001",
            credential="vehicle_chip",
        )
    )
    await asyncio.sleep(0)
    await hass.config_entries.async_unload(init_integration.entry_id)
    with pytest.raises(asyncio.CancelledError):
        await chip


async def test_query_and_export_the_access_log(
    hass: HomeAssistant, compound: dict[str, str], tmp_path: Path
) -> None:
    hass.config.config_dir = str(tmp_path)
    await act(hass, "present_credential", access_point="North gate", uid="008EC793")
    await act(hass, "present_credential", access_point="Garage B", uid="0A0B0C0D")
    await act(hass, "present_credential", access_point="North gate", uid="0x99")
    everything = await act(hass, "query_access_log")
    assert [e["reason"] for e in everything["entries"]] == [
        "unknown_credential",
        "not_permitted_here",  # the tenant's household has no vehicle: not the garage
        "granted",
    ]
    mine = await act(hass, "query_access_log", household_id=compound["home"])
    assert [e["person_id"] for e in mine["entries"]] == [compound["owner"]]
    by_uid = await act(hass, "query_access_log", uid="9357203")
    assert len(by_uid["entries"]) == 1
    at_garage = await act(hass, "query_access_log", access_point="Garage B")
    assert [e["access_point_id"] for e in at_garage["entries"]] == [compound["garage"]]
    one = await act(hass, "query_access_log", limit=1)
    assert one["entries"][0]["reason"] == "unknown_credential"
    later = await act(
        hass, "query_access_log", since=(dt_util.now() + timedelta(hours=1)).isoformat()
    )
    assert later["entries"] == []
    naive = await act(
        hass,
        "query_access_log",
        until=(dt_util.now() + timedelta(hours=1)).replace(tzinfo=None).isoformat(),
    )
    assert len(naive["entries"]) == 3
    exported = await act(hass, "export_access_log", file="log.csv", person_id=compound["owner"])
    assert exported == {"file": "compound_security/exports/log.csv", "rows": 1}
    text = (tmp_path / "compound_security/exports/log.csv").read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("time,access_point_id,")
    assert "008EC793" in text
    for name, code in (
        ("log.csv", "file_exists"),
        ("../outside.csv", "export_name_invalid"),
        ("www/log.csv", "export_name_invalid"),  # /local/ serves www/ without a login
        ("media/log.csv", "export_name_invalid"),
        ("/config/www/log.csv", "export_name_invalid"),
        (".hidden.csv", "export_name_invalid"),
        ("log.txt", "export_name_invalid"),
        ("missing/dir/", "export_name_invalid"),
    ):
        with pytest.raises(ServiceValidationError) as err:
            await act(hass, "export_access_log", file=name)
        assert err.value.translation_key == code
    assert not (tmp_path / "www").exists()


async def test_sensors_follow_decisions_and_registry(
    hass: HomeAssistant, compound: dict[str, str], freezer: FrozenDateTimeFactory
) -> None:
    prefix = "sensor.cao_hu_hua_yuan_wu_qu"
    freezer.tick(timedelta(seconds=2))
    async_fire_time_changed(hass)
    await hass.async_block_till_done()
    values: dict[str, Any] = {
        key: hass.states.get(f"{prefix}_{key}").state
        for key in (  # type: ignore[union-attr]
            "households",
            "registered_people",
            "active_cards",
            "card_coverage",
            "residence_permit_coverage",
            "rental_flats_at_card_cap",
            "access_decisions_today",
            "open_alarms",
        )
    }
    assert values == {
        "households": "2",
        "registered_people": "2",
        "active_cards": "2",
        "card_coverage": "100.0",
        "residence_permit_coverage": "100.0",
        "rental_flats_at_card_cap": "0",
        "access_decisions_today": "0",
        "open_alarms": "0",
    }
    await act(hass, "present_credential", access_point="North gate", uid="008EC793")
    await act(
        hass,
        "issue_card",
        person_id=compound["tenant"],
        uid="0x0A0B0C0E",
        card_type="property_card",
    )
    freezer.tick(timedelta(seconds=2))
    async_fire_time_changed(hass)
    await hass.async_block_till_done()
    assert hass.states.get(f"{prefix}_access_decisions_today").state == "1"  # type: ignore[union-attr]
    assert hass.states.get(f"{prefix}_rental_flats_at_card_cap").state == "1"  # type: ignore[union-attr]
    assert hass.states.get(f"{prefix}_active_cards").state == "3"  # type: ignore[union-attr]
    # Midnight starts the count again.
    freezer.move_to(dt_util.start_of_local_day() + timedelta(days=1))
    async_fire_time_changed(hass)
    await hass.async_block_till_done()
    assert hass.states.get(f"{prefix}_access_decisions_today").state == "0"  # type: ignore[union-attr]
