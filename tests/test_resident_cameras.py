"""What Home Assistant would hand a resident, closed by what the integration serves.

Cameras that are not public are no camera entities (so no camera proxy, stream,
websocket or media source reaches them) and come to staff through a role-checked view;
alarm pictures reach phones through a link signed for one alarm and one day; a family's
notifications come in each person's own language, with their buttons.
"""

from __future__ import annotations

from datetime import timedelta
from http import HTTPStatus
from typing import Any

from homeassistant.config_entries import ConfigSubentryDataWithId
from homeassistant.core import HomeAssistant, ServiceCall
from homeassistant.helpers import entity_registry as er
from homeassistant.util import dt as dt_util
import probatio as vol
import pytest
from pytest_homeassistant_custom_component.common import (
    CLIENT_ID,
    MockConfigEntry,
    async_capture_events,
    async_mock_service,
)
from pytest_homeassistant_custom_component.typing import ClientSessionGenerator, WebSocketGenerator
from yarl import URL

from custom_components.compound_security.const import DOMAIN, EVENT_ALARM
from custom_components.compound_security.roles import StaffRole
from custom_components.compound_security.snapshot_links import LINK_KEY, signed_path

from .console_helpers import staff_user
from .helpers import act, populate
from .test_alarms import JPEG, CameraServer, camera_server, compound_entry, set_up  # noqa: F401

pytestmark = pytest.mark.usefixtures("socket_enabled")

PRIVATE = "cam_garage"


def with_private_camera(camera_url: str) -> MockConfigEntry:
    """Return the alarm tests' compound, plus a garage camera residents may not watch."""
    entry = compound_entry(camera_url)
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
            subentry_id=PRIVATE,
            subentry_type="camera",
            title="Garage camera",
            unique_id="garage camera",
            data={
                "snapshot_url": camera_url,
                "stream_url": "rtsp://192.0.2.2:554/Streaming/Channels/101",
                "username": "admin",
                "password": "secret",
                "public": False,
            },
        )
    )
    return MockConfigEntry(
        domain=DOMAIN,
        title=entry.title,
        unique_id=entry.unique_id,
        data=dict(entry.data),
        options=dict(entry.options),
        subentries_data=subentries,
    )


async def _client_as(hass: HomeAssistant, hass_client: ClientSessionGenerator, user_id: str) -> Any:
    user = await hass.auth.async_get_user(user_id)
    assert user is not None
    refresh = await hass.auth.async_create_refresh_token(user, CLIENT_ID)
    return await hass_client(hass.auth.async_create_access_token(refresh))


async def test_a_private_camera_is_no_entity_and_only_staff_see_it(
    hass: HomeAssistant,
    camera_server: CameraServer,  # noqa: F811
    entity_registry: er.EntityRegistry,
    hass_client: ClientSessionGenerator,
    hass_client_no_auth: ClientSessionGenerator,
) -> None:
    entry = with_private_camera(camera_server.url)
    entry.add_to_hass(hass)
    # An older release made the private camera an entity: setup removes it.
    old = entity_registry.async_get_or_create(
        "camera", DOMAIN, f"{PRIVATE}_camera", config_entry=entry, suggested_object_id="garage"
    )
    await set_up(hass, entry)
    assert entity_registry.async_get(old.entity_id) is None
    assert hass.states.get("camera.garage_camera") is None
    assert hass.states.get("camera.north_gate_camera") is not None  # public: an entity
    # Its health stays on a diagnostic entity.
    assert hass.states.get("binary_sensor.garage_camera_picture") is not None
    ids = await populate(hass)
    resident = await hass.auth.async_create_user("Resident", group_ids=["system-users"])
    await act(hass, "update_person", person_id=ids["owner"], user_id=resident.id)
    as_resident = await _client_as(hass, hass_client, resident.id)
    # Home Assistant's own camera endpoints know no such camera.
    for path in ("/api/camera_proxy/camera.garage_camera", f"/api/camera_proxy/{old.entity_id}"):
        assert (await as_resident.get(path)).status == HTTPStatus.NOT_FOUND
    public = await as_resident.get("/api/camera_proxy/camera.north_gate_camera")
    assert public.status == HTTPStatus.OK

    private_url = f"/api/compound_security/camera/{PRIVATE}/snapshot"
    public_url = "/api/compound_security/camera/cam_north/snapshot"
    clients = {
        "manager": await hass_client(),
        "resident": as_resident,
        **{
            str(role): await _client_as(hass, hass_client, (await staff_user(hass, entry, role)).id)
            for role in StaffRole
        },
    }
    may_watch_private = {"manager": True, "guard": True, "police": True}
    for role, client in clients.items():
        private = await client.get(private_url)
        expected = HTTPStatus.OK if may_watch_private.get(role) else HTTPStatus.FORBIDDEN
        assert private.status == expected, role
        if expected == HTTPStatus.OK:
            assert (await private.read()).startswith(JPEG)
            assert private.headers["Cache-Control"] == "private, no-store"
        assert (await client.get(public_url)).status == HTTPStatus.OK, role
    # Only who may watch every camera learns that one does not exist.
    missing = "/api/compound_security/camera/nope/snapshot"
    assert (await clients["manager"].get(missing)).status == HTTPStatus.NOT_FOUND
    assert (await as_resident.get(missing)).status == HTTPStatus.FORBIDDEN
    assert (await (await hass_client_no_auth()).get(private_url)).status == 401
    camera_server.mode = "down"
    assert (await clients["guard"].get(private_url)).status == HTTPStatus.SERVICE_UNAVAILABLE


async def test_signed_snapshot_links(
    hass: HomeAssistant,
    camera_server: CameraServer,  # noqa: F811
    hass_client_no_auth: ClientSessionGenerator,
) -> None:
    guard_phone = async_mock_service(hass, "notify", "mobile_app_guard")
    await set_up(hass, with_private_camera(camera_server.url))
    await populate(hass)
    alarms = async_capture_events(hass, EVENT_ALARM)
    await act(hass, "revoke_card", uid="0x8ec793", status="lost")
    await act(hass, "present_credential", access_point="North gate", uid="008EC793")
    await act(hass, "revoke_card", uid="0x0a0b0c0d", status="lost")
    await act(hass, "present_credential", access_point="North gate", uid="0A0B0C0D")
    await hass.async_block_till_done(wait_background_tasks=True)
    first, second = (event.data["alarm_id"] for event in alarms)
    # The two notifications go out as each snapshot is stored: in either order.
    links = {
        URL(call.data["data"]["image"]).path.rsplit("/", 1)[-1]: URL(call.data["data"]["image"])
        for call in guard_phone
        if "image" in call.data.get("data", {})
    }
    assert set(links) == {first, second}
    link = links[first]
    assert link.path == f"/api/compound_security/snapshots/{first}"
    expires = int(link.query["exp"])
    lifetime = expires - dt_util.utcnow().timestamp()
    assert timedelta(hours=23) < timedelta(seconds=lifetime) <= timedelta(hours=24)

    phone = await hass_client_no_auth()  # a phone or a bot: no login
    valid = await phone.get(link.path_qs)
    assert valid.status == HTTPStatus.OK
    assert (await valid.read()).startswith(JPEG)
    sig = link.query["sig"]
    tampered = sig[:-1] + ("0" if sig[-1] != "0" else "1")
    key = hass.data[LINK_KEY]
    refused = {
        "tampered": link.update_query(sig=tampered).path_qs,
        "longer": link.update_query(exp=str(expires + 3600)).path_qs,
        "other alarm": URL(f"/api/compound_security/snapshots/{second}")
        .with_query(link.query)
        .path_qs,
        "expired": signed_path(key, first, dt_util.utcnow() - timedelta(hours=25)),
        "signed for too long": signed_path(key, first, dt_util.utcnow() + timedelta(hours=2)),
        "no number": link.update_query(exp="soon").path_qs,
    }
    for why, path in refused.items():
        assert (await phone.get(path)).status == HTTPStatus.FORBIDDEN, why
    # Without a signature the view wants a login, as before.
    assert (await phone.get(link.path)).status == HTTPStatus.UNAUTHORIZED


async def test_a_family_is_told_in_each_persons_own_language_with_its_buttons(
    hass: HomeAssistant,
    camera_server: CameraServer,  # noqa: F811
) -> None:
    phones: dict[str, list[ServiceCall]] = {
        name: async_mock_service(hass, "notify", name)
        for name in ("mobile_app_guard", "mobile_app_owner", "mobile_app_daughter")
    }
    await set_up(hass, compound_entry(camera_server.url))
    ids = await populate(hass)
    # The daughter's phone belongs to a user linked to a person who reads English.
    daughter = await hass.auth.async_create_user("Daughter", group_ids=["system-users"])
    MockConfigEntry(
        domain="mobile_app", data={"device_name": "Daughter", "user_id": daughter.id}
    ).add_to_hass(hass)
    relative = await act(hass, "add_person", household_id=ids["home"], name="李小红", role="family")
    await act(
        hass,
        "update_person",
        person_id=relative["person_id"],
        user_id=daughter.id,
        language="en",
    )
    await act(
        hass,
        "update_person",
        person_id=ids["owner"],
        notify=["mobile_app_owner", "mobile_app_daughter"],
        language="zh-Hans",
    )
    with pytest.raises(vol.Invalid):  # the schema knows the two languages
        await act(hass, "update_person", person_id=ids["owner"], language="fr")
    await act(hass, "set_vehicle_lock", chip_uid="0xE0000001", locked=True)
    chip = {"access_point": "Garage B", "uid": "E0000001", "credential": "vehicle_chip"}
    await act(hass, "present_credential", **chip)
    await hass.async_block_till_done(wait_background_tasks=True)

    (owner,) = phones["mobile_app_owner"]
    assert owner.data["title"] == "疑似车辆被盗"
    assert "疑似车辆被盗" in owner.data["message"]
    titles = [action["title"] for action in owner.data["data"]["actions"]]
    assert titles == ["已知悉", "是我本人", "拦住它"]
    (daughters,) = phones["mobile_app_daughter"]
    assert daughters.data["title"] == "Possible vehicle theft"
    assert [a["title"] for a in daughters.data["data"]["actions"]] == [
        "Acknowledge",
        "It is me",
        "Stop it",
    ]
    (guard,) = phones["mobile_app_guard"]  # staff: the server's language
    assert guard.data["title"] == "Possible vehicle theft"
    # Back to the server's language.
    await act(hass, "update_person", person_id=ids["owner"], language="")
    await act(hass, "present_credential", **chip)
    await hass.async_block_till_done(wait_background_tasks=True)
    assert phones["mobile_app_owner"][-1].data["title"] == "Possible vehicle theft"


async def test_the_console_sets_and_clears_a_persons_language(
    hass: HomeAssistant,
    camera_server: CameraServer,  # noqa: F811
    hass_ws_client: WebSocketGenerator,
) -> None:
    entry = await set_up(hass, compound_entry(camera_server.url))
    ids = await populate(hass)
    client = await hass_ws_client(hass)
    people = entry.runtime_data.registry.engine.people
    for language, stored in (("en", "en"), ("", None)):
        await client.send_json_auto_id(
            {
                "type": "compound_security/person/update",
                "person_id": ids["owner"],
                "language": language,
            }
        )
        answer = await client.receive_json()
        assert answer["success"], answer
        assert people[ids["owner"]].language == stored
