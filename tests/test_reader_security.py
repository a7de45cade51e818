"""Forged reads: webhook secrets and lockouts, tags fired by users, repeated-denials alarms."""

from __future__ import annotations

import json
import logging
from typing import Any

from homeassistant.components import webhook
from homeassistant.config_entries import ConfigSubentryData
from homeassistant.core import Context, EventOrigin, HomeAssistant, ServiceCall
from homeassistant.util.aiohttp import MockRequest
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    MockUser,
    async_capture_events,
    async_mock_service,
)
from pytest_homeassistant_custom_component.typing import ClientSessionGenerator

from custom_components.compound_security.const import (
    EVENT_ACCESS,
    EVENT_ALARM,
    EVENT_ALARM_UPDATED,
)
from custom_components.compound_security.engine.audit import AccessQuery
from custom_components.compound_security.engine.throttle import LOCKOUT_AFTER
from custom_components.compound_security.reader_tag import TAG_RATE
from custom_components.compound_security.transport.webhook_auth import signature

from .helpers import act, compound_entry, populate
from .test_hardware import gate_entry, setup

SECRET = "north-gate-secret-0123456789abcdefghijklmnopqrstuv"  # noqa: S105  # a test value
HOOK = "/api/webhook/north-gate-hook"
OWNER_CARD = {"uid": "142,51091"}
TENANT_CARD = {"uid": "0A0B0C0D"}
WITH_SECRET = {"X-Compound-Secret": SECRET}


@pytest.fixture(autouse=True)
def relay(hass: HomeAssistant) -> list[ServiceCall]:
    async_mock_service(hass, "switch", "turn_off")
    return async_mock_service(hass, "switch", "turn_on")


async def access_log(entry: MockConfigEntry) -> list[dict[str, Any]]:
    return await entry.runtime_data.audit.async_query(AccessQuery())  # type: ignore[no-any-return]


def remote_request(body: dict[str, Any], remote: str) -> MockRequest:
    return MockRequest(
        json.dumps(body).encode(), "test", "POST", headers=WITH_SECRET, remote=remote
    )


async def test_webhook_reads_need_the_secret(
    hass: HomeAssistant, hass_client_no_auth: ClientSessionGenerator
) -> None:
    entry = await setup(hass, gate_entry(webhook_secret=SECRET))
    await populate(hass)
    decisions = async_capture_events(hass, EVENT_ACCESS)
    client = await hass_client_no_auth()
    for headers in (
        {},
        {"X-Compound-Secret": "guess"},
        {"X-Compound-Signature": signature("guess", json.dumps(OWNER_CARD).encode())},
    ):
        response = await client.post(HOOK, json=OWNER_CARD, headers=headers)
        assert (response.status, await response.json()) == (401, {"error": "unauthorized"})
    await hass.async_block_till_done()
    assert decisions == []
    assert await access_log(entry) == []

    response = await client.post(HOOK, json=OWNER_CARD, headers=WITH_SECRET)
    assert await response.json() == {"decision": "granted", "reason": "granted"}
    body = json.dumps(TENANT_CARD).encode()
    response = await client.post(
        HOOK, data=body, headers={"X-Compound-Signature": signature(SECRET, body)}
    )
    assert await response.json() == {"decision": "granted", "reason": "granted"}
    assert len(await access_log(entry)) == 2


async def test_a_webhook_set_up_without_a_secret_gets_one(
    hass: HomeAssistant, hass_client_no_auth: ClientSessionGenerator
) -> None:
    entry = await setup(hass, gate_entry())
    await populate(hass)
    (subentry,) = entry.subentries.values()
    secret = subentry.data["webhook_secret"]
    assert len(secret) >= 43
    client = await hass_client_no_auth()
    assert (await client.post(HOOK, json=OWNER_CARD)).status == 401
    response = await client.post(HOOK, json=OWNER_CARD, headers={"X-Compound-Secret": secret})
    assert await response.json() == {"decision": "granted", "reason": "granted"}


@pytest.mark.parametrize(("allow_remote", "decided"), [(False, 0), (True, 1)])
async def test_webhook_answers_the_local_network_only_unless_allowed(
    hass: HomeAssistant, allow_remote: bool, decided: int
) -> None:
    await setup(hass, gate_entry(webhook_secret=SECRET, webhook_allow_remote=allow_remote))
    await populate(hass)
    decisions = async_capture_events(hass, EVENT_ACCESS)
    hook = "north-gate-hook"
    await webhook.async_handle_webhook(hass, hook, remote_request(OWNER_CARD, "203.0.113.9"))
    await hass.async_block_till_done()
    assert len(decisions) == decided
    response = await webhook.async_handle_webhook(
        hass, hook, remote_request(TENANT_CARD, "192.168.1.20")
    )
    assert response.status == 200
    await hass.async_block_till_done()
    assert len(decisions) == decided + 1  # a controller on the local network always


async def test_a_source_presenting_unknown_cards_is_locked_out_with_one_alarm(
    hass: HomeAssistant, hass_client_no_auth: ClientSessionGenerator
) -> None:
    await setup(hass, gate_entry(webhook_secret=SECRET))
    await populate(hass)
    alarms = async_capture_events(hass, EVENT_ALARM)
    client = await hass_client_no_auth()
    for n in range(LOCKOUT_AFTER):
        response = await client.post(HOOK, json={"uid": f"0x{n + 0x100:X}"}, headers=WITH_SECRET)
        assert await response.json() == {"decision": "denied", "reason": "unknown_credential"}
    response = await client.post(HOOK, json=OWNER_CARD, headers=WITH_SECRET)
    assert (response.status, await response.json()) == (429, {"error": "locked_out"})
    # Another controller at the same access point is still heard.
    response = await webhook.async_handle_webhook(
        hass, "north-gate-hook", remote_request(OWNER_CARD, "192.168.1.20")
    )
    assert json.loads(response.text or "") == {"decision": "granted", "reason": "granted"}
    await hass.async_block_till_done()
    assert [a.data["kind"] for a in alarms] == ["repeated_denials"]


async def test_the_webhook_id_and_secret_are_never_logged(
    hass: HomeAssistant,
    hass_client_no_auth: ClientSessionGenerator,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="custom_components.compound_security")
    await setup(hass, gate_entry(webhook_secret=SECRET))
    client = await hass_client_no_auth()
    await client.post(HOOK, json={"uid": "0x99"}, headers=WITH_SECRET)
    await client.post(HOOK, json={"uid": "0x98"})
    await hass.async_block_till_done()
    ours = [r.getMessage() for r in caplog.records if r.name.startswith("custom_components")]
    assert ours
    assert not [line for line in ours if "north-gate-hook" in line or SECRET in line]


async def test_reconfigure_shows_admins_the_webhook_address_and_secret(
    hass: HomeAssistant,
) -> None:
    entry = await setup(hass, gate_entry(webhook_secret=SECRET))
    (subentry_id,) = entry.subentries
    result = await entry.start_subentry_reconfigure_flow(hass, subentry_id)
    placeholders = result["description_placeholders"]
    assert placeholders["webhook_url"].endswith(HOOK)
    assert placeholders["webhook_secret"] == SECRET
    result = await hass.config_entries.subentries.async_configure(
        result["flow_id"], {"name": "North gate", "zone": "compound_gate", "direction": "both"}
    )
    result = await hass.config_entries.subentries.async_configure(
        result["flow_id"],
        result["data_schema"]({})
        | {"network_readers": {"webhook": True, "webhook_allow_remote": True}},
    )
    assert result["reason"] == "reconfigure_successful"
    data = entry.subentries[subentry_id].data
    assert (data["webhook_secret"], data["webhook_allow_remote"]) == (SECRET, True)
    await hass.async_block_till_done()


async def test_new_webhook_access_points_get_a_secret_and_stay_local(
    hass: HomeAssistant, init_integration: MockConfigEntry
) -> None:
    result = await hass.config_entries.subentries.async_init(
        (init_integration.entry_id, "access_point"), context={"source": "user"}
    )
    result = await hass.config_entries.subentries.async_configure(
        result["flow_id"], {"name": "Garage C", "zone": "garage", "direction": "in"}
    )
    result = await hass.config_entries.subentries.async_configure(
        result["flow_id"], {"network_readers": {"webhook": True}}
    )
    data = result["data"]
    assert len(data["webhook_secret"]) >= 43
    assert data["webhook_allow_remote"] is False
    await hass.async_block_till_done()
    north = next(s for s in init_integration.subentries.values() if s.title == "North gate")
    result = await init_integration.start_subentry_reconfigure_flow(hass, north.subentry_id)
    assert result["description_placeholders"] == {"webhook_url": "-", "webhook_secret": "-"}


@pytest.mark.parametrize(
    "body",
    [
        {"uid": 1e-05},
        {"uid": 5e-324},
        {"uid": -5},
        {"uid": True},
        {"uid": 1.5},
        {"uid": "99999999999999999999999"},
        {"uid": "0" * 100},
    ],
)
async def test_webhook_bodies_with_forged_uids_decide_nothing(
    hass: HomeAssistant, hass_client_no_auth: ClientSessionGenerator, body: dict[str, Any]
) -> None:
    entry = await setup(hass, gate_entry(webhook_secret=SECRET))
    decisions = async_capture_events(hass, EVENT_ACCESS)
    client = await hass_client_no_auth()
    response = await client.post(HOOK, json=body, headers=WITH_SECRET)
    assert (response.status, await response.json()) == (400, {"error": "uid_invalid"})
    huge = json.dumps({"uid": "0x99", "pad": "x" * 5000}).encode()
    response = await client.post(HOOK, data=huge, headers={"X-Compound-Signature": "x"})
    assert response.status == 413
    await hass.async_block_till_done()
    assert decisions == []
    assert await access_log(entry) == []


async def test_tag_scans_a_user_fired_are_not_reads(
    hass: HomeAssistant, hass_admin_user: MockUser
) -> None:
    await setup(hass, gate_entry(webhook_secret=SECRET))
    await populate(hass)
    decisions = async_capture_events(hass, EVENT_ACCESS)
    scan = {"tag_id": "008EC793", "device_id": "esphome-pn532"}
    hass.bus.async_fire("tag_scanned", scan, context=Context(user_id=hass_admin_user.id))
    hass.bus.async_fire("tag_scanned", scan, EventOrigin.remote)
    await hass.async_block_till_done()
    assert decisions == []
    hass.bus.async_fire("tag_scanned", scan)  # the reader's own scan
    await hass.async_block_till_done()
    assert [d.data["decision"] for d in decisions] == ["granted"]


async def test_a_flood_of_tag_scans_is_cut_to_the_rate(hass: HomeAssistant) -> None:
    await setup(hass, gate_entry(webhook_secret=SECRET))
    decisions = async_capture_events(hass, EVENT_ACCESS)
    for n in range(4 * TAG_RATE):
        hass.bus.async_fire("tag_scanned", {"tag_id": f"{n + 1:08X}", "device_id": "esphome-pn532"})
    await hass.async_block_till_done()
    assert len(decisions) == TAG_RATE


async def test_twenty_denials_make_one_alarm_counting_twenty_and_one_notification(
    hass: HomeAssistant,
) -> None:
    notify: list[ServiceCall] = async_mock_service(hass, "notify", "mobile_app_guard")
    entry = compound_entry(
        [
            ConfigSubentryData(
                subentry_type="access_point",
                title="North gate",
                unique_id="north gate",
                data={"zone": "compound_gate", "direction": "both"},
            ),
            ConfigSubentryData(
                subentry_type="notification_route",
                title="Guard room",
                unique_id="guard room",
                data={"kinds": [], "targets": ["notify.mobile_app_guard"]},
            ),
        ],
        escalate_after=0,
    )
    await setup(hass, entry)
    alarms = async_capture_events(hass, EVENT_ALARM)
    updates = async_capture_events(hass, EVENT_ALARM_UPDATED)
    for n in range(20):
        await act(hass, "present_credential", access_point="North gate", uid=f"0x{n + 0x100:X}")
    await hass.async_block_till_done(wait_background_tasks=True)
    (alarm,) = alarms
    alarm_id = alarm.data["alarm_id"]
    assert len(notify) == 1
    assert updates
    assert {u.data["alarm_id"] for u in updates} == {alarm_id}
    assert updates[-1].data == {"alarm_id": alarm_id, "count": 20}
    record = await entry.runtime_data.audit.async_get_alarm(alarm_id)
    assert record is not None
    assert record["count"] == 20
    assert record["message"].startswith("20 denied presentations")
    open_alarms = hass.states.get("sensor.cao_hu_hua_yuan_wu_qu_open_alarms")
    assert open_alarms is not None
    assert open_alarms.state == "1"
