"""Life safety: while the fire alarm is on, nothing closes or holds shut a gate."""

from __future__ import annotations

from homeassistant.config_entries import ConfigSubentryData
from homeassistant.core import Context, HomeAssistant, ServiceCall
from homeassistant.exceptions import HomeAssistantError
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    MockUser,
    async_capture_events,
)

from custom_components.compound_security.const import EVENT_ALARM
from custom_components.compound_security.engine.audit import AccessQuery
from custom_components.compound_security.hardware import AccessPointHardware

from .helpers import act, compound_entry, populate
from .test_hardware import GATE, gate_entry, relay, setup  # noqa: F401  # relay is a fixture

LOCK = "lock.north_gate_gate"


async def _refusals(hass: HomeAssistant, entry_id: str) -> list[dict[str, object]]:
    entry = hass.config_entries.async_get_entry(entry_id)
    assert entry is not None
    rows = await entry.runtime_data.audit.async_query(AccessQuery(limit=100))
    return [row for row in rows if row["decision"] == "refused"]


@pytest.mark.parametrize("user", [None, "admin"])
async def test_lock_lock_is_refused_and_logged_during_a_fire(
    hass: HomeAssistant,
    relay: dict[str, list[ServiceCall]],  # noqa: F811
    hass_admin_user: MockUser,
    user: str | None,
) -> None:
    hass.states.async_set("binary_sensor.fire", "off")
    entry = await setup(hass, gate_entry())
    hass.states.async_set("binary_sensor.fire", "on")
    await hass.async_block_till_done()
    assert hass.states.get(LOCK).state == "open"  # type: ignore[union-attr]
    closes_before = len(relay["off"])
    context = Context(user_id=hass_admin_user.id) if user else None  # an automation has none
    with pytest.raises(HomeAssistantError) as refused:
        await hass.services.async_call(
            "lock", "lock", {"entity_id": LOCK}, blocking=True, context=context
        )
    assert refused.value.translation_key == "fire_gates_held_open"
    assert "North gate" in str(refused.value)
    await hass.async_block_till_done()
    assert len(relay["off"]) == closes_before, "the relay never got a close command"
    assert hass.states.get(LOCK).state == "open"  # type: ignore[union-attr]
    (row,) = await _refusals(hass, entry.entry_id)
    assert row["reason"] == "fire_release_active"
    assert row["credential"] == "gate_command"
    assert row["uid"] == "close"
    # When the fire alarm ends, the gates close again.
    hass.states.async_set("binary_sensor.fire", "off")
    await hass.async_block_till_done()
    assert hass.states.get(LOCK).state == "locked"  # type: ignore[union-attr]


async def test_a_reload_during_a_fire_keeps_the_gates_open(
    hass: HomeAssistant,
    relay: dict[str, list[ServiceCall]],  # noqa: F811
) -> None:
    hass.states.async_set("binary_sensor.fire", "on")
    entry = await setup(hass, gate_entry())
    assert relay["on"]
    assert not relay["off"]
    assert await hass.config_entries.async_reload(entry.entry_id)
    await hass.async_block_till_done()
    assert hass.states.get(LOCK).state == "open"  # type: ignore[union-attr]
    assert not relay["off"], "the fire exit never got a close command, not even mid-reload"
    with pytest.raises(HomeAssistantError):
        await hass.services.async_call("lock", "lock", {"entity_id": LOCK}, blocking=True)


def _garage_entry() -> ConfigSubentryData:
    return ConfigSubentryData(
        subentry_type="access_point",
        title="Garage B",
        unique_id="garage b",
        data={"zone": "garage", "direction": "both", "gate_entity": "switch.garage_relay"},
    )


def _entry_with_garage() -> MockConfigEntry:
    (north,) = gate_entry().subentries.values()
    return compound_entry(
        [
            ConfigSubentryData(
                subentry_type="access_point",
                title=north.title,
                unique_id=north.unique_id,
                data=dict(north.data),
            ),
            _garage_entry(),
        ],
        fire_alarm_entity="binary_sensor.fire",
    )


async def _theft(hass: HomeAssistant) -> tuple[str, dict[str, str]]:
    """Raise a vehicle theft at Garage B and return its alarm id and the registry ids."""
    ids = await populate(hass)
    alarms = async_capture_events(hass, EVENT_ALARM)
    await act(hass, "set_vehicle_lock", chip_uid="0xE0000001", locked=True)
    await act(
        hass,
        "present_credential",
        access_point="Garage B",
        uid="E0000001",
        credential="vehicle_chip",
    )
    await hass.async_block_till_done(wait_background_tasks=True)
    (theft,) = [a.data for a in alarms if a.data["kind"] == "vehicle_theft"]
    return theft["alarm_id"], ids


def _garage_and_north(entry: MockConfigEntry) -> tuple[AccessPointHardware, AccessPointHardware]:
    by_zone = {h.access_point.zone: h for h in entry.runtime_data.hardware.values()}
    return by_zone["garage"], by_zone["compound_gate"]


async def _press(hass: HomeAssistant, button: str, alarm_id: str, user_id: str) -> None:
    hass.bus.async_fire(
        "mobile_app_notification_action",
        {"action": f"COMPOUND_SECURITY_{button}:{alarm_id}"},
        context=Context(user_id=user_id),
    )
    await hass.async_block_till_done(wait_background_tasks=True)


async def test_stop_it_is_refused_during_a_fire(
    hass: HomeAssistant,
    relay: dict[str, list[ServiceCall]],  # noqa: F811
    hass_admin_user: MockUser,
) -> None:
    hass.states.async_set("binary_sensor.fire", "off")
    entry = await setup(hass, _entry_with_garage())
    alarm_id, _ids = await _theft(hass)
    hass.states.async_set("binary_sensor.fire", "on")
    await hass.async_block_till_done()
    await _press(hass, "STOP_IT", alarm_id, hass_admin_user.id)
    garage = next(
        h for h in entry.runtime_data.hardware.values() if h.access_point.zone == "garage"
    )
    assert garage.shut_until is None
    assert hass.states.get("lock.garage_b_gate").state == "open"  # type: ignore[union-attr]
    record = await entry.runtime_data.audit.async_get_alarm(alarm_id)
    assert record is not None
    assert record["state"] == "open", "a refused stop is not an acknowledgement"
    (row,) = await _refusals(hass, entry.entry_id)
    assert row["uid"] == "keep_shut"


async def test_stop_it_only_for_vehicle_thefts_and_their_household(
    hass: HomeAssistant,
    relay: dict[str, list[ServiceCall]],  # noqa: F811
    hass_read_only_user: MockUser,
    hass_admin_user: MockUser,
) -> None:
    hass.states.async_set("binary_sensor.fire", "off")
    entry = await setup(hass, _entry_with_garage())
    alarm_id, ids = await _theft(hass)
    garage = next(
        h for h in entry.runtime_data.hardware.values() if h.access_point.zone == "garage"
    )
    north = next(h for h in entry.runtime_data.hardware.values() if h.access_point.zone != "garage")

    # A resident of another household (the tenant) may not stop someone else's bike.
    await act(hass, "update_person", person_id=ids["tenant"], user_id=hass_read_only_user.id)
    await _press(hass, "STOP_IT", alarm_id, hass_read_only_user.id)
    assert garage.shut_until is None

    # "Stop it" on an alarm that is not a vehicle theft does nothing, even from staff.
    alarms = async_capture_events(hass, EVENT_ALARM)
    hass.states.async_set("binary_sensor.north_gate_door", "on")  # forced open
    await hass.async_block_till_done(wait_background_tasks=True)
    (forced,) = [a.data for a in alarms if a.data["kind"] == "forced_entry"]
    await _press(hass, "STOP_IT", forced["alarm_id"], hass_admin_user.id)
    assert north.shut_until is None
    record = await entry.runtime_data.audit.async_get_alarm(forced["alarm_id"])
    assert record is not None
    assert record["state"] == "open"

    # The owner's household (here: staff) holds only that vehicle's garage barrier shut.
    await _press(hass, "STOP_IT", alarm_id, hass_admin_user.id)
    assert garage.shut_until is not None
    assert north.shut_until is None
    assert GATE  # the north gate relay was never told to stay shut
