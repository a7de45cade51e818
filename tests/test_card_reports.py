"""A card reported lost tells the property office: one `card_reported_lost` alarm.

Through the real console commands and actions: 王奶奶 of 3-1-502 reports her card lost on
her phone; the guard room's route (every kind) hears of it with the flat and no name, her
family's phones do not, the guard's alarm desk shows it, and it closes itself once the
card is found or replaced. A report by the property office itself raises none.
"""

from __future__ import annotations

import json
from pathlib import Path

from homeassistant.core import Context, HomeAssistant, ServiceCall
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry, async_capture_events
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from custom_components.compound_security.const import DOMAIN, EVENT_ALARM
from custom_components.compound_security.engine.decision import AlarmKind
from custom_components.compound_security.roles import StaffRole

from .console_helpers import LiveConsole, console_as, staff_console
from .helpers import act, populate
from .test_alarms import (  # noqa: F401  # fixtures
    CameraServer,
    camera_server,
    compound_entry,
    notify,
    set_up,
)

pytestmark = pytest.mark.usefixtures("hass_owner_user", "socket_enabled")

KIND = "card_reported_lost"
COMPONENT = Path(__file__).parents[1] / "custom_components" / DOMAIN
LOCALES = Path(__file__).parents[1] / "frontend" / "src" / "locales"


@pytest.fixture
async def compound(
    hass: HomeAssistant,
    camera_server: CameraServer,  # noqa: F811  # a fixture
) -> tuple[MockConfigEntry, dict[str, str]]:
    """Return the alarm tests' compound; 王奶奶's family phone is on her own list."""
    entry = await set_up(hass, compound_entry(camera_server.url))
    ids = await populate(hass)
    await act(
        hass, "set_watch", person_id=ids["owner"], level="care", notify=["mobile_app_daughter"]
    )
    return entry, ids


async def _reports(entry: MockConfigEntry) -> list[dict[str, object]]:
    rows = await entry.runtime_data.audit.async_unclosed_alarms(100)
    return [row for row in rows if row["kind"] == KIND]


async def test_a_residents_report_tells_the_office_and_closes_when_found(
    hass: HomeAssistant,
    hass_ws_client: WebSocketGenerator,
    compound: tuple[MockConfigEntry, dict[str, str]],
    notify: dict[str, list[ServiceCall]],  # noqa: F811  # a fixture
) -> None:
    entry, ids = compound
    raised = async_capture_events(hass, EVENT_ALARM)
    guard = await staff_console(hass, hass_ws_client, entry, StaffRole.GUARD)
    subscription, first = await guard.subscribe("alarms/subscribe")
    assert first["alarms"] == []
    resident = await console_as(hass, hass_ws_client, "resident", ids["owner"])

    await resident.result("card/report_lost", card_id=ids["card"])
    await resident.result("card/report_lost", card_id=ids["card"])  # a second tap: no second
    await hass.async_block_till_done(wait_background_tasks=True)

    (alarm,) = [event.data for event in raised]
    assert (alarm["kind"], alarm["severity"]) == (KIND, "info")
    assert (alarm["household_id"], alarm["person_id"]) == (ids["home"], ids["owner"])
    assert "3-1-502" in alarm["message"]
    assert "王奶奶" not in alarm["message"]  # the bus and phones: the flat, never a name
    (sent,) = notify["mobile_app_guard"]  # the guard room's route names no kinds: all
    assert sent.data["title"] == "Card reported lost"
    assert "3-1-502" in sent.data["message"]
    assert "王奶奶" not in sent.data["message"]
    assert notify["mobile_app_daughter"] == []  # never the family's phones
    assert notify["wecom_maintenance"] == []  # a route for camera_offline only

    (shown,) = (await guard.event(subscription))["alarms"]
    assert (shown["kind"], shown["household"], shown["state"]) == (KIND, "3-1-502", "open")
    home = await resident.result("home/overview")
    assert home["alarms"] == []  # the office's record, not on her phone
    assert home["family"][0]["alarms"] == []

    await act(hass, "card_found", card_id=ids["card"])
    assert [row["alarm_id"] for row in await _reports(entry)] == []
    record = await entry.runtime_data.audit.async_get_alarm(alarm["alarm_id"])
    assert record is not None
    assert record["state"] == "closed"
    assert {"alarm_id": alarm["alarm_id"], "state": "closed"}.items() <= (
        (await guard.event(subscription))["alarms"][0].items()
    )


async def test_who_sees_the_report_on_the_alarm_desk(
    hass: HomeAssistant,
    hass_ws_client: WebSocketGenerator,
    compound: tuple[MockConfigEntry, dict[str, str]],
) -> None:
    entry, ids = compound
    await act(hass, "report_card_lost", card_id=ids["tenant_card"])  # an automation's
    await hass.async_block_till_done(wait_background_tasks=True)
    (report,) = await _reports(entry)
    assert report["household_id"] == ids["rental"]
    for role, sees in (
        (StaffRole.GUARD, True),  # every alarm but the police kinds
        (StaffRole.POLICE, False),  # the police kinds only
    ):
        console = await staff_console(hass, hass_ws_client, entry, role)
        _, first = await console.subscribe("alarms/subscribe")
        assert [a["alarm_id"] for a in first["alarms"]] == ([report["alarm_id"]] if sees else [])
    manager = LiveConsole(await hass_ws_client(hass))
    _, first = await manager.subscribe("alarms/subscribe")
    assert [a["household"] for a in first["alarms"]] == ["3-1-601"]
    clerk = await staff_console(hass, hass_ws_client, entry, StaffRole.CLERK)
    refused = await clerk.ask("alarms/subscribe")
    assert refused["error"]["code"] == "unauthorized"
    tenant = await console_as(hass, hass_ws_client, "resident", ids["tenant"])
    assert (await tenant.result("home/overview"))["alarms"] == []
    open_alarms = hass.states.get("sensor.cao_hu_hua_yuan_wu_qu_open_alarms")
    assert open_alarms is not None
    assert open_alarms.attributes["by_kind"][KIND] == 1  # a count: no flat, no name


async def test_the_action_raises_it_and_replacing_the_card_closes_it(
    hass: HomeAssistant,
    compound: tuple[MockConfigEntry, dict[str, str]],
    notify: dict[str, list[ServiceCall]],  # noqa: F811  # a fixture
) -> None:
    entry, ids = compound
    raised = async_capture_events(hass, EVENT_ALARM)
    await act(hass, "report_card_lost", uid="0A0B0C0D")  # an automation: no user
    await hass.async_block_till_done(wait_background_tasks=True)
    assert [event.data["kind"] for event in raised] == [KIND]
    assert len(notify["mobile_app_guard"]) == 1
    (report,) = await _reports(entry)
    spare = await act(
        hass,
        "issue_card",
        person_id=ids["tenant"],
        uid="0x51",
        card_type="residence_permit",
        valid_until="2030-01-01",
    )
    await act(hass, "report_card_lost", card_id=spare["card_id"])  # a second card of his
    await act(hass, "replace_card", card_id=ids["tenant_card"], new_uid="0x0A0B0C0E")
    (still_open,) = await _reports(entry)  # only the replaced card's report closed
    assert still_open["alarm_id"] != report["alarm_id"]
    await act(hass, "card_found", card_id=spare["card_id"])
    assert await _reports(entry) == []
    record = await entry.runtime_data.audit.async_get_alarm(str(report["alarm_id"]))
    assert record is not None
    assert record["state"] == "closed"


async def test_the_office_reporting_it_raises_none(
    hass: HomeAssistant,
    hass_ws_client: WebSocketGenerator,
    compound: tuple[MockConfigEntry, dict[str, str]],
) -> None:
    entry, ids = compound
    raised = async_capture_events(hass, EVENT_ALARM)
    clerk = await staff_console(hass, hass_ws_client, entry, StaffRole.CLERK)
    assert (await clerk.ask("card/report_lost", card_id=ids["card"]))["success"]
    manager = Context(user_id=(await hass.auth.async_get_owner()).id)  # type: ignore[union-attr]
    await act(hass, "report_card_lost", context=manager, card_id=ids["tenant_card"])
    await hass.async_block_till_done(wait_background_tasks=True)
    assert raised == []
    # A guard takes a resident's report at the guard room: the office is told.
    guard = await staff_console(hass, hass_ws_client, entry, StaffRole.GUARD)
    await act(hass, "card_found", card_id=ids["card"])
    assert (await guard.ask("card/report_lost", card_id=ids["card"]))["success"]
    await hass.async_block_till_done(wait_background_tasks=True)
    assert [event.data["kind"] for event in raised] == [KIND]


def test_the_kind_is_translated_wherever_kinds_are_listed() -> None:
    for language in ("en", "zh-Hans"):
        integration = json.loads((COMPONENT / "translations" / f"{language}.json").read_text())
        options = integration["selector"]["kinds"]["options"]  # the route flow's selector
        console = json.loads((LOCALES / f"{language}.json").read_text())
        for kind in AlarmKind:
            assert options[kind], (language, kind)
            assert console["enum"]["alarm_kind"][kind], (language, kind)
        assert "{household}" in integration["common"][f"alarm_{AlarmKind.CARD_REPORTED_LOST}"]
