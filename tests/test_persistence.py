"""What survives a restart, what the retention purges, and failed writes."""

from __future__ import annotations

from datetime import timedelta
from typing import Any
from unittest.mock import patch

from freezegun.api import FrozenDateTimeFactory
from homeassistant.config_entries import ConfigEntryState
from homeassistant.const import EVENT_HOMEASSISTANT_STOP
from homeassistant.core import HomeAssistant
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry, async_fire_time_changed
from sqlalchemy.exc import OperationalError

from custom_components.compound_security.const import DOMAIN
from custom_components.compound_security.engine.audit import AccessQuery, AuditStore
from custom_components.compound_security.registry import REGISTRY_KEY, CompoundRegistry
from custom_components.compound_security.registry_collections import RegistryStore

from .helpers import act, populate


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
    assert f"{DOMAIN}.cards" in hass_storage
    reloaded = await CompoundRegistry.async_load(hass)
    before, after = hass.data[REGISTRY_KEY].engine, reloaded.engine
    assert after.households == before.households
    assert after.people == before.people
    assert after.cards == before.cards
    assert after.vehicles == before.vehicles
    assert after.id_secret == before.id_secret  # the key that hashes ID numbers is kept
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
