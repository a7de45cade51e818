"""Personal data under Home Assistant's model.

Every user reads every entity and every persistent notification, and log lines travel in
bug reports, so none of them may name a household or say who is watched. Police watch
(重点人员) is police business only. SQL statements are logged without their parameters.
"""

from __future__ import annotations

from http import HTTPStatus
import logging
from pathlib import Path

from homeassistant.config_entries import ConfigSubentryDataWithId
from homeassistant.core import Context, HomeAssistant, ServiceCall
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    MockUser,
    async_capture_events,
    async_mock_service,
)
from pytest_homeassistant_custom_component.typing import ClientSessionGenerator

from custom_components.compound_security.const import EVENT_ACCESS, EVENT_ALARM
from custom_components.compound_security.engine.camera_health import stored_snapshot_path

from .helpers import act, populate
from .test_alarms import JPEG, CameraServer, camera_server, compound_entry, set_up  # noqa: F401

pytestmark = pytest.mark.usefixtures("socket_enabled")

HOME = "3-1-502"  # the household `populate` registers first


def _with_shared_route(entry: MockConfigEntry) -> MockConfigEntry:
    """Add a catch-all route to persistent notifications, which every user reads."""
    subentries = [
        ConfigSubentryDataWithId(
            subentry_id=sub.subentry_id,
            subentry_type=sub.subentry_type,
            title=sub.title,
            unique_id=sub.unique_id,
            data=dict(sub.data),
        )
        for sub in entry.subentries.values()
    ]
    subentries.append(
        ConfigSubentryDataWithId(
            subentry_id="route_screen",
            subentry_type="notification_route",
            title="Guard room screen",
            unique_id="guard room screen",
            data={"kinds": [], "targets": ["notify.persistent_notification"]},
        )
    )
    return MockConfigEntry(
        domain=entry.domain,
        title=entry.title,
        unique_id=entry.unique_id,
        data=dict(entry.data),
        options=dict(entry.options),
        subentries_data=subentries,
    )


@pytest.fixture
def phones(hass: HomeAssistant) -> dict[str, list[ServiceCall]]:
    return {
        name: async_mock_service(hass, "notify", name)
        for name in ("mobile_app_guard", "mobile_app_daughter", "persistent_notification")
    }


def _entities_text(hass: HomeAssistant) -> str:
    return " ".join(f"{s.state} {s.attributes}" for s in hass.states.async_all())


async def test_police_watch_reaches_no_family_entity_shared_screen_or_log(
    hass: HomeAssistant,
    camera_server: CameraServer,  # noqa: F811
    phones: dict[str, list[ServiceCall]],
    hass_read_only_user: MockUser,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="custom_components.compound_security")
    entry = await set_up(hass, _with_shared_route(compound_entry(camera_server.url)))
    ids = await populate(hass)
    await act(
        hass, "set_watch", person_id=ids["owner"], level="police", notify=["mobile_app_daughter"]
    )
    await act(hass, "update_person", person_id=ids["owner"], user_id=hass_read_only_user.id)
    accesses = async_capture_events(hass, EVENT_ACCESS)
    alarms = async_capture_events(hass, EVENT_ALARM)
    caplog.clear()
    await act(hass, "present_credential", access_point="North gate", uid="008EC793")
    await hass.async_block_till_done(wait_background_tasks=True)

    (alarm,) = alarms
    assert alarm.data["kind"] == "police_watch"
    assert HOME not in alarm.data["message"]
    # Nobody but a route that names police kinds is told: not the family, not the guard
    # room's catch-all route, not the screen every user reads.
    assert phones["mobile_app_daughter"] == []
    assert phones["mobile_app_guard"] == []
    assert phones["persistent_notification"] == []
    # The bus hears of care watch only; no entity shows the alarm.
    assert accesses[0].data["watch"] == "none"
    text = _entities_text(hass)
    assert "police" not in text
    assert alarm.data["alarm_id"] not in text
    assert hass.states.get("binary_sensor.north_gate_alarm").state == "off"  # type: ignore[union-attr]
    # No log line says who is watched.
    for record in caplog.records:
        message = record.getMessage()
        assert "police" not in message
        assert HOME not in message
        assert "王奶奶" not in message
    # The watched person, as a resident, does not learn it from their own access log.
    mine = await act(hass, "query_access_log", context=Context(user_id=hass_read_only_user.id))
    assert mine["entries"]
    assert {row["watch"] for row in mine["entries"]} == {"none"}
    assert all(row["alarm_ids"] == [] for row in mine["entries"])
    # Staff still see it (the access log is theirs).
    staff = await act(hass, "query_access_log", person_id=ids["owner"])
    assert staff["entries"][0]["watch"] == "police"
    assert entry.runtime_data.desk.open  # type: ignore[union-attr]


async def test_care_watch_goes_to_the_family_but_not_to_the_shared_screen(
    hass: HomeAssistant,
    camera_server: CameraServer,  # noqa: F811
    phones: dict[str, list[ServiceCall]],
) -> None:
    await set_up(hass, _with_shared_route(compound_entry(camera_server.url)))
    ids = await populate(hass)
    await act(
        hass, "set_watch", person_id=ids["owner"], level="care", notify=["mobile_app_daughter"]
    )
    await act(hass, "present_credential", access_point="North gate", uid="008EC793")
    await hass.async_block_till_done(wait_background_tasks=True)
    assert len(phones["mobile_app_daughter"]) == 1
    assert len(phones["mobile_app_guard"]) == 1
    assert phones["persistent_notification"] == []


async def test_shared_notifications_say_kind_place_and_time_only(
    hass: HomeAssistant,
    camera_server: CameraServer,  # noqa: F811
    phones: dict[str, list[ServiceCall]],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="custom_components.compound_security")
    await set_up(hass, _with_shared_route(compound_entry(camera_server.url)))
    await populate(hass)
    await act(hass, "revoke_card", uid="0x8ec793", status="lost")
    await act(hass, "present_credential", access_point="North gate", uid="008EC793")
    await hass.async_block_till_done(wait_background_tasks=True)
    (guard,) = phones["mobile_app_guard"]
    assert HOME in guard.data["message"], "a guard's own phone gets the household"
    (screen,) = phones["persistent_notification"]
    assert HOME not in screen.data["message"]
    assert "North gate" in screen.data["message"]
    assert screen.data["title"] == "Lost card used"
    assert not any(HOME in record.getMessage() for record in caplog.records)


async def test_snapshots_are_served_only_to_staff_and_the_household(
    hass: HomeAssistant,
    camera_server: CameraServer,  # noqa: F811
    phones: dict[str, list[ServiceCall]],
    hass_client: ClientSessionGenerator,
    hass_client_no_auth: ClientSessionGenerator,
    hass_read_only_access_token: str,
    hass_read_only_user: MockUser,
) -> None:
    await set_up(hass, compound_entry(camera_server.url))
    ids = await populate(hass)
    await act(hass, "revoke_card", uid="0x8ec793", status="lost")
    alarms = async_capture_events(hass, EVENT_ALARM)
    await act(hass, "present_credential", access_point="North gate", uid="008EC793")
    await hass.async_block_till_done(wait_background_tasks=True)
    alarm_id = alarms[0].data["alarm_id"]
    url = f"/api/compound_security/snapshots/{alarm_id}"

    staff = await hass_client()
    response = await staff.get(url)
    assert response.status == HTTPStatus.OK
    assert (await response.read()).startswith(JPEG)
    assert response.headers["Cache-Control"] == "private, no-store"
    assert (await staff.get("/api/compound_security/snapshots/nope")).status == 404

    assert (await (await hass_client_no_auth()).get(url)).status == HTTPStatus.UNAUTHORIZED
    resident = await hass_client(hass_read_only_access_token)
    # A user linked to nobody, then to another household: nothing, and no hint.
    assert (await resident.get(url)).status == HTTPStatus.FORBIDDEN
    await act(hass, "update_person", person_id=ids["tenant"], user_id=hass_read_only_user.id)
    assert (await resident.get(url)).status == HTTPStatus.FORBIDDEN
    assert (await resident.get("/api/compound_security/snapshots/nope")).status == 403
    # Linked to the household whose card it was: their own alarm's picture.
    await act(hass, "update_person", person_id=ids["tenant"], user_id=None)
    await act(hass, "update_person", person_id=ids["owner"], user_id=hass_read_only_user.id)
    assert (await resident.get(url)).status == HTTPStatus.OK
    # Local media, which every user may browse, holds no snapshot.
    assert not (Path(hass.config.path("media")) / "compound_security").exists()


async def test_snapshots_of_an_older_release_move_out_of_media(
    hass: HomeAssistant,
    camera_server: CameraServer,  # noqa: F811
) -> None:
    legacy = Path(hass.config.path("media", "compound_security", "2026-11-20"))
    legacy.mkdir(parents=True)
    (legacy / "abc.jpg").write_bytes(JPEG)
    await set_up(hass, compound_entry(camera_server.url))
    moved = Path(hass.config.path("compound_security", "snapshots", "2026-11-20", "abc.jpg"))
    assert moved.read_bytes() == JPEG
    assert not legacy.exists()
    assert stored_snapshot_path("compound_security/2026-11-20/abc.jpg") == (
        "snapshots/2026-11-20/abc.jpg"
    )
