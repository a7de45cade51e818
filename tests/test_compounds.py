"""One compound, one registry: several compounds, and what an earlier release stored."""

from __future__ import annotations

from typing import Any

from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ServiceValidationError
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from custom_components.compound_security.const import DOMAIN
from custom_components.compound_security.engine.audit import AuditStore, to_ts
from custom_components.compound_security.engine.idnumber import IdNumberHasher
from custom_components.compound_security.registry import REGISTRIES_KEY

from .engine_fixtures import make_id_number

KEY, SALT = bytes(range(32)), bytes(range(16))
KDF = {"n": 16384, "r": 8, "p": 1}
REGISTERED = make_id_number("32050719800101123")
LISTED = make_id_number("11010519491231002")


def compound(name: str, min_area: float = 10.0, **options: Any) -> MockConfigEntry:
    return MockConfigEntry(
        domain=DOMAIN,
        title=name,
        unique_id=name,
        data={"name": name},
        options={"min_area_per_person": min_area, "retention_days": 180} | options,
    )


async def set_up(hass: HomeAssistant, *entries: MockConfigEntry) -> None:
    """Set compounds up one after the other."""
    for entry in entries:
        entry.add_to_hass(hass)
        assert await hass.config_entries.async_setup(entry.entry_id)
        await hass.async_block_till_done()


async def call(hass: HomeAssistant, entry: MockConfigEntry, service: str, **data: Any) -> Any:
    return await hass.services.async_call(
        DOMAIN,
        service,
        {"config_entry_id": entry.entry_id, **data},
        blocking=True,
        return_response=service not in ("update_household", "set_vehicle_lock"),
    )


def stored(key: str, version: int, data: dict[str, Any]) -> dict[str, Any]:
    """Return a file of `.storage` as the release before per-compound storage wrote it."""
    return {"version": version, "minor_version": 1, "key": f"{DOMAIN}.{key}", "data": data}


def release_storage(people_version: int) -> dict[str, dict[str, Any]]:
    """Return the stores of a release with one registry for every compound."""
    hasher = IdNumberHasher(KEY, SALT, KDF["n"], KDF["r"], KDF["p"])
    if people_version == 1:  # HMAC digests, long masks
        person_hash = hasher.legacy_hash(REGISTERED)
        mask, wanted_version, wanted = f"320507********{REGISTERED[-4:]}", 1, [LISTED]
        wanted_hashes = [hasher.legacy_hash(n) for n in wanted]
    else:
        person_hash = hasher.hash(REGISTERED)
        mask, wanted_version = "*" * 17 + REGISTERED[-1], 2
        wanted_hashes = [hasher.hash(LISTED)]
    secret: dict[str, Any] = {"id_number_key": KEY.hex()}
    if people_version == 2:
        secret |= {"id_number_salt": SALT.hex(), "id_number_kdf": KDF}
    return {
        f"{DOMAIN}.secret": stored("secret", 1, secret),
        f"{DOMAIN}.households": stored(
            "households",
            1,
            {
                "items": [
                    {
                        "id": "h1",
                        "building": "3",
                        "unit": "1",
                        "room": "502",
                        "area_m2": 88.0,
                        "tenure": "owner",
                    }
                ]
            },
        ),
        f"{DOMAIN}.persons": stored(
            "persons",
            people_version,
            {
                "items": [
                    {
                        "id": "p1",
                        "household_id": "h1",
                        "name": "王奶奶",
                        "role": "owner",
                        "phone": "13800001234",
                        "id_number_mask": mask,
                        "id_number_hash": person_hash,
                        "notify": [],
                        "watch": "none",
                        "watch_directions": "both",
                    }
                ]
            },
        ),
        f"{DOMAIN}.cards": stored(
            "cards",
            1,
            {
                "items": [
                    {
                        "id": "c1",
                        "uid": "008EC793",
                        "person_id": "p1",
                        "card_type": "citizen_card",
                        "status": "active",
                        "valid_from": None,
                        "valid_until": None,
                    }
                ]
            },
        ),
        f"{DOMAIN}.vehicles": stored(
            "vehicles",
            1,
            {
                "items": [
                    {
                        "id": "v1",
                        "chip_uid": "E0000001",
                        "person_id": "p1",
                        "kind": "ebike",
                        "locked": False,
                        "riders": [],
                        "plate": "苏E12345",
                    }
                ]
            },
        ),
        f"{DOMAIN}.wanted": stored("wanted", wanted_version, {"hashes": wanted_hashes}),
        f"{DOMAIN}.usage": stored(
            "usage",
            1,
            {
                "usage": {"h1": {"2026-09": [231.5, 8.2, 27.06]}},
                "alarms": {},
                "meters": {},
                "metered_period": None,
            },
        ),
    }


@pytest.mark.parametrize("people_version", [1, 2])
async def test_an_earlier_release_s_registry_moves_to_the_oldest_compound(
    hass: HomeAssistant, hass_storage: dict[str, Any], audit_db: str, people_version: int
) -> None:
    hass_storage.update(release_storage(people_version))
    other_db = audit_db.replace(".db", "-other.db")
    first, second = compound("漕湖花园五区"), compound("Other", db_url=other_db)
    first.add_to_hass(hass)
    second.add_to_hass(hass)
    log = AuditStore(audit_db, first.entry_id)  # the access log was per compound already
    log.open()
    log.write(
        [
            {
                "ts": to_ts(dt_util.now()),
                "access_point_id": "ap",
                "direction": "in",
                "credential": "card",
                "uid": "008EC793",
                "decision": "granted",
                "reason": "granted",
                "person_id": "p1",
                "household_id": "h1",
                "vehicle_id": None,
                "watch": "none",
                "alarm_ids": None,
            }
        ],
        [],
    )
    log.close()
    # Both start at once: the records go to the oldest.
    assert await hass.config_entries.async_setup(second.entry_id)
    await hass.async_block_till_done()
    assert first.state is second.state is ConfigEntryState.LOADED

    registry = first.runtime_data.registry
    engine = registry.engine
    assert set(engine.households) == {"h1"}
    assert engine.people["p1"].id_number_hash == engine.id_hasher.hash(REGISTERED)
    assert registry.people.data["p1"]["id_number_mask"] == "*" * 17 + REGISTERED[-1]
    assert engine.find_card(engine.cards["c1"].uid) is not None
    assert set(engine.vehicles) == {"v1"}
    assert engine.wanted == {engine.id_hasher.hash(LISTED)}
    assert second.runtime_data.registry.engine.people == {}
    assert first.runtime_data.usage.usage["h1"]["2026-09"].electricity_kwh == 231.5
    assert f"{DOMAIN}.{first.entry_id}.usage" in hass_storage
    for name in ("households", "persons", "cards", "vehicles", "wanted", "usage"):
        assert f"{DOMAIN}.{name}" not in hass_storage, name
    for store in registry.stores:
        assert store.key.startswith(f"{DOMAIN}.{first.entry_id}.")
        # Access levels came after per-compound storage: there is nothing to move.
        assert store.key in hass_storage or store is registry.levels.store
    assert hass_storage[registry.people.store.key]["version"] == 2
    assert f"{DOMAIN}.secret" in hass_storage  # one hasher per installation

    entries = (await call(hass, first, "query_access_log"))["entries"]
    assert [e["uid"] for e in entries] == ["008EC793"]


async def test_each_compound_keeps_its_own_floor_area_rule(hass: HomeAssistant) -> None:
    roomy, tight = compound("A", min_area=10.0), compound("B", min_area=20.0)
    await set_up(hass, roomy, tight)
    for entry in (roomy, tight):
        flat = await call(
            hass,
            entry,
            "add_household",
            building="1",
            unit="1",
            room="101",
            area_m2=40,
            tenure="rental",
        )
        tenant = await call(
            hass, entry, "add_person", household_id=flat["household_id"], name="T", role="tenant"
        )
        cap = {"A": 4, "B": 2}[entry.title]  # 40 m² at 10 m² a card, and at 20 m²
        for n in range(cap + 1):
            issue = call(
                hass,
                entry,
                "issue_card",
                person_id=tenant["person_id"],
                uid=f"0x{entry.title}{n}0{n}",
                card_type="residence_permit",
                valid_until="2030-01-01",
            )
            if n < cap:
                await issue
                continue
            with pytest.raises(ServiceValidationError) as err:
                await issue
            assert err.value.translation_key == "card_cap_reached"
    # Each sees only its own records.
    assert len(roomy.runtime_data.registry.engine.cards) == 4
    assert len(tight.runtime_data.registry.engine.cards) == 2


async def test_the_console_names_its_compound_when_there_are_several(
    hass: HomeAssistant, hass_ws_client: WebSocketGenerator
) -> None:
    one, two = compound("A"), compound("B")
    await set_up(hass, one, two)
    await call(
        hass, two, "add_household", building="9", unit="1", room="1", area_m2=50, tenure="owner"
    )
    client = await hass_ws_client(hass)
    await client.send_json_auto_id({"type": f"{DOMAIN}/household/list"})
    response = await client.receive_json()
    assert response["error"]["code"] == "not_found"
    for entry, rooms in ((one, []), (two, ["1"])):
        await client.send_json_auto_id(
            {"type": f"{DOMAIN}/household/list", "config_entry_id": entry.entry_id}
        )
        listed = (await client.receive_json())["result"]
        assert [h["room"] for h in listed] == rooms
    await client.send_json_auto_id(
        {"type": f"{DOMAIN}/wanted/import", "config_entry_id": one.entry_id, "numbers": [LISTED]}
    )
    assert (await client.receive_json())["success"]
    await hass.async_block_till_done(wait_background_tasks=True)
    assert len(one.runtime_data.registry.engine.wanted) == 1
    assert two.runtime_data.registry.engine.wanted == set()


async def test_a_removed_compound_takes_its_registry_along(
    hass: HomeAssistant, hass_storage: dict[str, Any]
) -> None:
    entry = compound("A")
    await set_up(hass, entry)
    await call(
        hass, entry, "add_household", building="9", unit="1", room="1", area_m2=50, tenure="owner"
    )
    key = entry.runtime_data.registry.households.store.key
    await entry.runtime_data.registry.households.async_write_now()
    assert key in hass_storage
    assert await hass.config_entries.async_remove(entry.entry_id)
    await hass.async_block_till_done()
    assert entry.state is ConfigEntryState.NOT_LOADED
    assert key not in hass_storage
    assert entry.entry_id not in hass.data[REGISTRIES_KEY]


async def test_compounds_sharing_a_database_start_together(hass: HomeAssistant) -> None:
    """Home Assistant starts every compound at once; both create the same tables."""
    one, two = compound("A"), compound("B")
    one.add_to_hass(hass)
    two.add_to_hass(hass)
    assert await hass.config_entries.async_setup(one.entry_id)
    await hass.async_block_till_done()
    assert one.state is two.state is ConfigEntryState.LOADED
