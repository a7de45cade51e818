"""What survives a restart, what the retention purges, and failed writes."""

from __future__ import annotations

from datetime import timedelta
import hashlib
import hmac
import json
from pathlib import Path
from typing import Any
from unittest.mock import patch

from freezegun.api import FrozenDateTimeFactory
from homeassistant.config_entries import ConfigEntryState
from homeassistant.const import EVENT_HOMEASSISTANT_STOP
from homeassistant.core import HomeAssistant
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_capture_events,
    async_fire_time_changed,
)
from pytest_homeassistant_custom_component.typing import WebSocketGenerator
from sqlalchemy.exc import OperationalError

from custom_components.compound_security.const import DOMAIN, EVENT_ALARM
from custom_components.compound_security.engine.audit import AccessQuery, AuditStore
from custom_components.compound_security.registry_store import RegistryStore

from .engine_fixtures import make_id_number
from .helpers import act, populate, registry_from_disk, registry_of

HOUSEHOLD = {
    "id": "h1",
    "building": "3",
    "unit": "1",
    "room": "502",
    "area_m2": 88.0,
    "tenure": "owner",
}


async def test_registry_survives_a_restart(
    hass: HomeAssistant,
    init_integration: MockConfigEntry,
    hass_storage: dict[str, Any],
    freezer: FrozenDateTimeFactory,
) -> None:
    ids = await populate(hass)
    freezer.tick(timedelta(seconds=11))  # past the storage collections' save delay
    async_fire_time_changed(hass)
    await hass.async_block_till_done()
    assert registry_of(hass).cards.store.key in hass_storage
    reloaded = await registry_from_disk(hass, init_integration.entry_id)
    before, after = registry_of(hass).engine, reloaded.engine
    assert after.households == before.households
    assert after.people == before.people
    assert after.cards == before.cards
    assert after.vehicles == before.vehicles
    assert after.id_hasher == before.id_hasher  # the key and salt of the ID hashes are kept
    assert reloaded.engine.find_card(before.cards[ids["card"]].uid) is not None


async def test_access_log_survives_a_reload(
    hass: HomeAssistant, init_integration: MockConfigEntry
) -> None:
    await populate(hass)
    await act(hass, "present_credential", access_point="North gate", uid="008EC793")
    assert await hass.config_entries.async_reload(init_integration.entry_id)
    await hass.async_block_till_done()
    entries = (await act(hass, "query_access_log"))["entries"]
    assert [e["uid"] for e in entries] == ["008EC793"]


async def test_clean_stop_writes_every_decision(
    hass: HomeAssistant, init_integration: MockConfigEntry
) -> None:
    await populate(hass)
    audit = init_integration.runtime_data.audit
    await act(hass, "present_credential", access_point="North gate", uid="008EC793")
    assert audit._access  # still buffered
    hass.bus.async_fire(EVENT_HOMEASSISTANT_STOP)
    await hass.async_block_till_done()
    assert audit._access == []
    reopened = AuditStore(audit.store.url, audit.store.compound)  # as after a restart
    reopened.open()
    assert len(reopened.query_access(AccessQuery())) == 1
    reopened.close()


async def test_failed_write_keeps_the_batch(
    hass: HomeAssistant, init_integration: MockConfigEntry
) -> None:
    await populate(hass)
    audit = init_integration.runtime_data.audit
    await act(hass, "present_credential", access_point="North gate", uid="008EC793")
    with patch.object(
        audit.store, "write", side_effect=OperationalError("insert", {}, Exception("disk full"))
    ):
        await audit.async_flush()
    assert len(audit._access) == 1
    await act(hass, "present_credential", access_point="North gate", uid="0x99")
    entries = (await act(hass, "query_access_log"))["entries"]
    assert [e["reason"] for e in entries] == ["unknown_credential", "granted"]


async def test_buffer_is_bounded_during_a_long_outage(
    hass: HomeAssistant, init_integration: MockConfigEntry
) -> None:
    audit = init_integration.runtime_data.audit
    with (
        patch("custom_components.compound_security.audit_log.MAX_BUFFERED", 3),
        patch.object(
            audit.store, "write", side_effect=OperationalError("insert", {}, Exception("down"))
        ),
    ):
        for n in range(5):
            audit.record_access({"n": n})
        await audit.async_flush()
    assert [row["n"] for row in audit._access] == [2, 3, 4]
    assert audit.dropped == 2
    audit._access.clear()


async def test_a_full_batch_is_written_by_one_flush_at_a_time(
    hass: HomeAssistant, init_integration: MockConfigEntry
) -> None:
    """Rows arriving while a full batch is written wait for one more flush, not one each."""
    audit = init_integration.runtime_data.audit
    batches: list[int] = []
    write = audit.store.write

    def counting_write(access: list[dict[str, Any]], *args: Any) -> None:
        batches.append(len(access))
        write(access, *args)

    row = {"ts": 0.0, "access_point_id": "ap", "direction": "in", "credential": "card"}
    row |= {"uid": "01", "decision": "denied", "reason": "unknown_credential"}
    with (
        patch("custom_components.compound_security.audit_log.BATCH_SIZE", 10),
        patch.object(audit.store, "write", side_effect=counting_write),
    ):
        for _ in range(35):
            audit.record_access(dict(row))
        await hass.async_block_till_done(wait_background_tasks=True)
        await audit.async_flush()
    assert sum(batches) == 35
    assert len(batches) <= 4


async def test_alarm_updates_survive_a_failed_write_newest_values_winning(
    hass: HomeAssistant, init_integration: MockConfigEntry
) -> None:
    audit = init_integration.runtime_data.audit
    audit.record_alarm_update("a1", {"count": 3, "message": "3"})
    with patch.object(
        audit.store, "write", side_effect=OperationalError("update", {}, Exception("busy"))
    ):
        await audit.async_flush()
    audit.record_alarm_update("a1", {"count": 4})
    assert audit._alarm_updates == {"a1": {"count": 4, "message": "3"}}
    audit._alarm_updates.clear()


async def test_retention_purges_daily(
    hass: HomeAssistant, init_integration: MockConfigEntry, freezer: FrozenDateTimeFactory
) -> None:
    await populate(hass)
    await act(hass, "present_credential", access_point="North gate", uid="008EC793")
    await init_integration.runtime_data.audit.async_flush()
    freezer.tick(timedelta(days=181))
    async_fire_time_changed(hass)
    await hass.async_block_till_done()
    await act(hass, "present_credential", access_point="North gate", uid="0A0B0C0D")
    entries = (await act(hass, "query_access_log"))["entries"]
    assert [e["uid"] for e in entries] == ["0A0B0C0D"]


async def test_database_that_cannot_open_retries_setup(
    hass: HomeAssistant, mock_config_entry: MockConfigEntry
) -> None:
    mock_config_entry.add_to_hass(hass)
    with patch(
        "custom_components.compound_security.default_db_url",
        return_value="sqlite:////nonexistent/dir/x.db",
    ):
        await hass.config_entries.async_setup(mock_config_entry.entry_id)
        await hass.async_block_till_done()
    assert mock_config_entry.state is ConfigEntryState.SETUP_RETRY


async def test_store_migration(hass: HomeAssistant) -> None:
    store = RegistryStore(hass, 1, "compound_security.test")
    assert await store._async_migrate_func(1, 0, {"items": [{"id": "a"}]}) == {
        "items": [{"id": "a"}]
    }
    with pytest.raises(NotImplementedError):
        await store._async_migrate_func(2, 1, {"items": []})


async def test_audit_stop_is_idempotent(
    hass: HomeAssistant, init_integration: MockConfigEntry
) -> None:
    audit = init_integration.runtime_data.audit
    await audit.async_stop()
    await audit.async_stop()
    assert await hass.config_entries.async_unload(init_integration.entry_id)


async def test_stores_of_the_hmac_release_migrate_and_keep_matching(
    hass: HomeAssistant,
    hass_storage: dict[str, Any],
    mock_config_entry: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
    tmp_path: Path,
) -> None:
    """People and wanted list written with HMAC hashes and long masks still match."""
    key = bytes(range(32))
    registered, listed = make_id_number("32050719800101123"), make_id_number("11010519491231002")

    def legacy(number: str) -> str:
        return hmac.new(key, number.encode(), hashlib.sha256).hexdigest()

    old = {
        "secret": {"id_number_key": key.hex()},
        "households": {"items": [HOUSEHOLD]},
        "persons": {
            "items": [
                {
                    "id": "p1",
                    "household_id": "h1",
                    "name": "A",
                    "role": "owner",
                    "id_number_mask": f"320507********{registered[-4:]}",
                    "id_number_hash": legacy(registered),
                }
            ]
        },
        "wanted": {"hashes": [legacy(listed)]},
    }
    for name, data in old.items():
        hass_storage[f"{DOMAIN}.{name}"] = {
            "version": 1,
            "minor_version": 1,
            "key": f"{DOMAIN}.{name}",
            "data": data,
        }
    mock_config_entry.add_to_hass(hass)
    await hass.config_entries.async_setup(mock_config_entry.entry_id)
    await hass.async_block_till_done()
    engine = registry_of(hass).engine
    hasher = engine.id_hasher
    assert hass_storage[f"{DOMAIN}.secret"]["data"]["id_number_key"] == key.hex()
    assert engine.people["p1"].id_number_hash == hasher.hash(registered)
    assert registry_of(hass).people.data["p1"]["id_number_mask"] == "*" * 17 + registered[-1]
    assert engine.wanted == {hasher.hash(listed)}
    registry = registry_of(hass)
    assert hass_storage[registry.people.store.key]["version"] == 2
    assert hass_storage[registry.wanted.store.key]["version"] == 2
    assert f"{DOMAIN}.persons" not in hass_storage  # moved to the compound
    assert legacy(registered) not in json.dumps(hass_storage)

    alarms = async_capture_events(hass, EVENT_ALARM)
    client = await hass_ws_client(hass)
    person = {"type": f"{DOMAIN}/person/create", "household_id": "h1", "role": "family"}
    await client.send_json_auto_id(person | {"name": "B", "id_number": registered})
    assert (await client.receive_json())["error"]["message"] == "id_number_exists"
    await client.send_json_auto_id(person | {"name": "C", "id_number": listed})
    created = (await client.receive_json())["result"]
    hass.config.config_dir = str(tmp_path)
    (tmp_path / "wanted.txt").write_text(registered + "\n", encoding="utf-8")
    await act(hass, "import_wanted_list", file="wanted.txt")
    await hass.async_block_till_done(wait_background_tasks=True)
    assert [a.data["person_id"] for a in alarms] == [created["id"], "p1"]
