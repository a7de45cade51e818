"""Personal data under Home Assistant's model.

Every user reads every entity and every persistent notification, and log lines travel in
bug reports, so none of them may name a household or say who is watched (and alarms never
go to persistent notifications at all). Police watch
(重点人员) is police business only. SQL statements are logged without their parameters.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
import ipaddress
import logging
from pathlib import Path
import ssl
import threading

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from homeassistant.config_entries import ConfigSubentryDataWithId
from homeassistant.core import Context, HomeAssistant, ServiceCall
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import issue_registry as ir
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


async def test_a_route_to_persistent_notifications_is_dropped_with_a_repair(
    hass: HomeAssistant,
    camera_server: CameraServer,  # noqa: F811
    phones: dict[str, list[ServiceCall]],
) -> None:
    """Every user reads persistent notifications: a route of an older release loses it."""
    entry = await set_up(
        hass,
        _with_shared_route(
            compound_entry(
                camera_server.url,
                escalate_after=1,
                escalation_targets=["notify.persistent_notification", "notify.mobile_app_guard"],
            )
        ),
    )
    assert entry.subentries["route_screen"].data["targets"] == []
    assert entry.options["escalation_targets"] == ["notify.mobile_app_guard"]
    issue = ir.async_get(hass).async_get_issue(
        "compound_security", f"shared_notification_route_{entry.entry_id}"
    )
    assert issue is not None
    assert issue.translation_placeholders == {
        "compound": "漕湖花园五区",
        "routes": "Guard room screen, escalation_targets",
    }
    ids = await populate(hass)
    await act(hass, "revoke_card", uid="0x8ec793", status="lost")
    await act(hass, "present_credential", access_point="North gate", uid="008EC793")
    await hass.async_block_till_done(wait_background_tasks=True)
    assert len(phones["mobile_app_guard"]) == 1, "staff phones are still told"
    assert phones["persistent_notification"] == []
    # Nor may a family's own list name it.
    with pytest.raises(ServiceValidationError) as refused:
        await act(
            hass,
            "set_watch",
            person_id=ids["owner"],
            level="care",
            notify=["persistent_notification"],
        )
    assert refused.value.translation_key == "notify_target_shared"


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


def _self_signed(folder: Path) -> ssl.SSLContext:
    """Return a server context with a fresh self-signed certificate for 127.0.0.1."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "camera")])
    now = datetime.now(UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = folder / "cert.pem", folder / "key.pem"
    cert_file.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert_file, key_file)
    return context


@pytest.mark.parametrize(("verify_ssl", "fetched"), [(None, False), (True, False), (False, True)])
async def test_camera_logins_go_only_over_verified_tls_unless_said_so(
    hass: HomeAssistant, tmp_path: Path, verify_ssl: bool | None, fetched: bool
) -> None:
    logins: list[str] = []

    class Snapshot(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # the standard library's name
            logins.append(self.headers.get("Authorization", ""))
            self.send_response(200)
            self.send_header("Content-Type", "image/jpeg")
            self.end_headers()
            self.wfile.write(JPEG)

        def log_message(self, *args: object) -> None:
            """Keep quiet."""

    # A camera on its own thread, as on the network: a refused TLS handshake there is the
    # camera's business, not an error in Home Assistant's loop.
    server = ThreadingHTTPServer(("127.0.0.1", 0), Snapshot)
    server.socket = _self_signed(tmp_path).wrap_socket(server.socket, server_side=True)
    server.handle_error = lambda *_: None  # type: ignore[method-assign]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.server_address[1]
    data: dict[str, object] = {
        "snapshot_url": f"https://127.0.0.1:{port}/snapshot.jpg",
        "username": "admin",
        "password": "secret",
    }
    if verify_ssl is not None:
        data["verify_ssl"] = verify_ssl
    entry = MockConfigEntry(
        domain="compound_security",
        title="漕湖花园五区",
        unique_id="漕湖花园五区",
        data={"name": "漕湖花园五区"},
        options={"min_area_per_person": 10.0, "retention_days": 180},
        subentries_data=[
            ConfigSubentryDataWithId(
                subentry_id="cam",
                subentry_type="camera",
                title="Facade camera",
                unique_id="facade camera",
                data=data,
            )
        ],
    )
    try:
        await set_up(hass, entry)
        image = await entry.runtime_data.cameras["cam"].async_fetch()
    finally:
        server.shutdown()
        server.server_close()
    assert (image == JPEG) is fetched
    assert bool(logins) is fetched, "no login reaches an unverified server"
