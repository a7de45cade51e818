"""A camera residents may not watch, in a real browser: no entity, a still for staff.

A garage camera that is not public is added to the fixture compound for this module (and
removed after it). A guard sees it on the cameras page as a picture from the console's
role-checked camera view beside the public camera's live card; a clerk sees its health
only; a resident's token reaches it through no endpoint.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
import http.server
import threading
from typing import Any

from playwright.sync_api import Page, expect
import pytest
import pytest_socket

from .conftest import screenshot
from .harness import Compound, camera_picture

pytestmark = pytest.mark.browser

GARAGE = "Bike shed camera"
SUBENTRY_FLOW = "/api/config/config_entries/subentries/flow"


class _GarageCamera(http.server.BaseHTTPRequestHandler):
    picture = camera_picture(GARAGE)

    def do_GET(self) -> None:  # the standard library's name
        self.send_response(200)
        self.send_header("Content-Type", "image/jpeg")
        self.end_headers()
        self.wfile.write(self.picture)

    def log_message(self, *_args: object) -> None:
        """Keep quiet."""


@pytest.fixture(scope="module")
def garage_camera(compound: Compound) -> Iterator[str]:
    """Add a camera that is not public; yield its id; remove it afterwards."""
    # A module's fixture comes before the autouse ones that allow sockets for each test.
    pytest_socket.enable_socket()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _GarageCamera)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    form = {
        "name": GARAGE,
        "snapshot_url": f"http://127.0.0.1:{server.server_address[1]}/snapshot.jpg",
        "public": False,
        "health_interval": 30,
        "offline_after": 2,
        "repair_hours": 72,
    }

    async def add(api: Any) -> str:
        await api.flow(SUBENTRY_FLOW, [compound.entry_id, "camera"], form)
        await api.wait_loaded(compound.entry_id)
        listed = await api.ws(
            {"type": "config_entries/subentries/list", "entry_id": compound.entry_id}
        )
        return str(next(s["subentry_id"] for s in listed if s["title"] == GARAGE))

    camera_id: str = compound.run(add)

    async def remove(api: Any) -> None:
        await api.ws(
            {
                "type": "config_entries/subentries/delete",
                "entry_id": compound.entry_id,
                "subentry_id": camera_id,
            }
        )
        await api.wait_loaded(compound.entry_id)

    try:
        yield camera_id
    finally:
        compound.run(remove)
        server.shutdown()
        server.server_close()


def _cameras_page(console: Callable[..., Page], role: str, **options: Any) -> Page:
    page = console(role, page="cameras", **options)
    expect(page.locator("cs-cameras-page li.camera")).to_have_count(
        3, timeout=15_000
    )  # and the harness's garage
    return page


@pytest.mark.parametrize("language", ["en", "zh-Hans"])
def test_a_guard_watches_the_private_camera_as_a_still_and_the_public_one_live(
    console: Callable[..., Page], garage_camera: str, language: str
) -> None:
    page = _cameras_page(console, "guard", language=language, phone=True)
    garage = page.locator(f'cs-cameras-page li.camera[data-camera="{garage_camera}"]')
    still = garage.locator("cs-camera-still img")
    expect(still).to_be_visible(timeout=15_000)
    page.wait_for_function(
        "img => img.complete && img.naturalWidth > 0", arg=still.element_handle()
    )
    assert still.evaluate("img => img.naturalWidth") == 640  # the camera's own JPEG
    assert "/api/compound_security/camera/" in str(still.get_attribute("src"))
    expect(garage.locator("hui-picture-entity-card")).to_have_count(0)
    staff_only = "仅限员工" if language == "zh-Hans" else "Staff only"
    expect(garage.locator("[data-audience]")).to_have_text(staff_only)
    public = page.locator("cs-cameras-page li.camera", has_text="North gate camera")
    expect(public.locator("hui-picture-entity-card")).to_be_visible(timeout=15_000)
    expect(public.locator("cs-camera-still")).to_have_count(0)
    expect(page.locator("#ha-launch-screen")).to_have_count(0, timeout=10_000)
    screenshot(page, f"cameras-private-{language}-phone")


def test_a_clerk_sees_its_health_but_not_its_picture(
    console: Callable[..., Page], garage_camera: str
) -> None:
    page = _cameras_page(console, "clerk", phone=True)
    garage = page.locator(f'cs-cameras-page li.camera[data-camera="{garage_camera}"]')
    expect(garage).to_contain_text(GARAGE)
    expect(garage.locator("cs-camera-still")).to_have_count(0)


def test_a_resident_reaches_the_private_camera_through_no_endpoint(
    console: Callable[..., Page], compound: Compound, garage_camera: str
) -> None:
    page = console("resident", phone=True)
    token = {"Authorization": f"Bearer {compound.tokens['resident'].access_token}"}
    staff = {"Authorization": f"Bearer {compound.tokens['guard'].access_token}"}
    ours = f"{compound.base}/api/compound_security/camera/{garage_camera}/snapshot"
    assert page.request.get(ours, headers=token).status == 403
    assert page.request.get(ours, headers=staff).status == 200
    for path in (
        "camera_proxy/camera.bike_shed_camera",
        "camera_proxy_stream/camera.bike_shed_camera",
    ):
        assert page.request.get(f"{compound.base}/api/{path}", headers=token).status == 404
    states = page.request.get(f"{compound.base}/api/states", headers=token).json()
    assert not [
        s for s in states if s["entity_id"].startswith(("camera.garage", "camera.bike_shed"))
    ]
