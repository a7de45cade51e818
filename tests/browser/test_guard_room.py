"""The guard room in a real browser: live passages, alarms with snapshots, gates, refusals.

As the guard (and a resident, who is refused), against the fixture compound's pty card
reader, relays and camera.
"""

from __future__ import annotations

from collections.abc import Callable
import re
from typing import Any

from playwright.sync_api import Page, expect
import pytest

from .conftest import screenshot
from .harness import Compound

pytestmark = pytest.mark.browser

OWNER_CARD = 0x00A1B2C3  # 王建国 of 9-1-301, issued by the harness
SPARE_CARD = "0x00C0FFEE"  # a second card for him, reported lost by the alarm test


def _shot(page: Page, name: str) -> None:
    """Save a screenshot once Home Assistant's launch screen has faded away."""
    expect(page.locator("#ha-launch-screen")).to_have_count(0, timeout=10_000)
    screenshot(page, name)


def _guard_room(console: Callable[..., Page], **options: Any) -> Page:
    page = console("guard", page="guard", **options)
    expect(page.locator("cs-guard-page")).to_be_visible()
    return page


def test_a_swiped_card_appears_granted_in_the_live_feed_with_the_flat_only(
    console: Callable[..., Page], compound: Compound
) -> None:
    page = _guard_room(console)
    feed = page.locator("cs-passage-feed")
    expect(feed.locator("h2")).to_have_text("Live passages")
    expect(feed.locator(".muted, li").first).to_be_visible()
    compound.swipe(OWNER_CARD)
    newest = feed.locator("li.passage").first
    expect(newest).to_contain_text("9-1-301", timeout=10_000)
    expect(newest).to_contain_text("Granted")
    expect(newest).to_contain_text("North gate")
    expect(newest).to_contain_text("Card")
    # Guards see flats, not names, except on alarms (roles.md).
    expect(newest).not_to_contain_text("王建国")


def test_the_guard_acknowledges_an_alarm_with_a_note_and_sees_its_snapshot(
    console: Callable[..., Page], compound: Compound
) -> None:
    compound.act(
        "issue_card",
        person_id=compound.ids["owner"],
        uid=SPARE_CARD,
        card_type="property_card",
    )
    compound.run(
        lambda api: api.post(
            "/api/services/compound_security/report_card_lost", {"uid": SPARE_CARD}
        )
    )
    page = _guard_room(console)
    compound.swipe(int(SPARE_CARD, 16))
    alarm = page.locator("cs-alarm-desk li[data-kind=lost_card]").first
    expect(alarm).to_contain_text("Lost card used", timeout=10_000)
    expect(alarm).to_contain_text("North gate")
    expect(alarm).to_contain_text("9-1-301 · 王建国")  # an alarm names whom it is about
    expect(alarm.locator(".chip.state-open")).to_have_text("Open")
    thumbnail = alarm.locator("button.thumb img")
    expect(thumbnail).to_be_visible(timeout=10_000)
    expect(thumbnail).to_have_js_property("complete", value=True)
    assert thumbnail.evaluate("img => img.naturalWidth") == 640  # the camera's JPEG
    thumbnail.click()
    large = page.locator("cs-alarm-desk img.large")
    expect(large).to_be_visible()
    assert large.evaluate("img => img.naturalWidth") == 640
    _shot(page, "guard-room-snapshot-en")
    page.keyboard.press("Escape")
    expect(large).to_be_hidden()

    alarm.locator("button[data-action=acknowledge]").click()
    page.locator("cs-alarm-desk textarea[name=note]").fill("Called Mr Wang: card found at home")
    page.locator("cs-alarm-desk button[data-action=confirm]").click()
    expect(alarm.locator(".chip.state-acknowledged")).to_have_text("Acknowledged")
    expect(alarm).to_contain_text("Note: Called Mr Wang: card found at home")
    expect(alarm.locator("button[data-action=acknowledge]")).to_have_count(0)
    alarm_id = alarm.get_attribute("data-alarm")
    stored = compound.ws(
        {"type": "compound_security/alarms/handle", "alarm_id": alarm_id, "action": "close"}
    )
    assert stored["note"] == "Called Mr Wang: card found at home"
    assert stored["acknowledged_by"] == "Guard tester"
    expect(page.locator(f"cs-alarm-desk li[data-alarm='{alarm_id}']")).to_have_count(0)


def test_the_guard_opens_holds_and_closes_a_gate(console: Callable[..., Page]) -> None:
    page = _guard_room(console)
    gate = page.locator("cs-gate-board li.gate", has_text="North gate")
    expect(gate.locator(".chip").first).to_have_text("Closed", timeout=10_000)
    gate.locator("button[data-command=hold_open]").click()
    expect(gate).to_have_attribute("data-state", "held_open")
    expect(gate).to_contain_text("Held open")
    gate.locator("button[data-command=close]").click()
    expect(gate).to_have_attribute("data-state", "closed")
    gate.locator("button[data-command=open]").click()
    expect(gate).to_have_attribute("data-state", re.compile("open|closed"))
    # The pulse ends by itself: the list follows the lock entity back to closed.
    expect(gate).to_have_attribute("data-state", "closed", timeout=10_000)
    unit_door = page.locator("cs-gate-board li.gate", has_text="Building 9 unit 1")
    expect(unit_door).to_contain_text("Unit door")


def test_a_resident_is_refused_the_guard_room(console: Callable[..., Page]) -> None:
    page = console("resident", page="guard")
    expect(page.locator("compound-security-panel a[data-page=guard]")).to_have_count(0)
    expect(page.locator("cs-guard-page")).to_have_count(0)
    refusal = page.evaluate(
        """async () => {
            const hass = document.querySelector("home-assistant").hass;
            try {
                await hass.callWS({type: "compound_security/gates/list"});
                return null;
            } catch (err) {
                return err;
            }
        }"""
    )
    assert refusal["code"] == "unauthorized"


@pytest.mark.parametrize("phone", [False, True], ids=["desktop", "phone"])
@pytest.mark.parametrize("language", ["en", "zh-Hans"])
def test_screenshots_of_the_guard_room_and_cameras(
    console: Callable[..., Page], language: str, phone: bool
) -> None:
    page = _guard_room(console, language=language, phone=phone)
    title = "门岗" if language == "zh-Hans" else "Guard room"
    expect(page.locator("compound-security-panel a[data-page=guard]")).to_have_text(title)
    # The public North gate camera and the private garage camera: staff see both.
    expect(page.locator("cs-camera-health li.camera")).to_have_count(2, timeout=10_000)
    expect(page.locator("cs-gate-board li.gate")).to_have_count(2)
    size = "phone" if phone else "desktop"
    _shot(page, f"guard-room-{language}-{size}")
    page.locator("compound-security-panel a[data-page=cameras]").click()
    expect(page.locator("cs-cameras-page cs-camera-health li.camera")).to_have_count(2)
    live = page.locator("cs-cameras-page hui-picture-entity-card").first
    expect(live).to_be_visible(timeout=10_000)
    _shot(page, f"cameras-{language}-{size}")


STAFF_DASHBOARD = {"strategy": {"type": "custom:compound-security-staff"}}


@pytest.fixture
def staff_dashboard(compound: Compound) -> str:
    """Add the staff dashboard the way the demo does: a storage dashboard with the strategy."""

    async def _create(api: Any) -> None:
        dashboards = await api.ws({"type": "lovelace/dashboards/list"})
        if any(d["url_path"] == "compound-staff" for d in dashboards):
            return  # added for the other language
        await api.ws(
            {
                "type": "lovelace/dashboards/create",
                "url_path": "compound-staff",
                "title": "Staff",
                "icon": "mdi:shield-home",
                "mode": "storage",
                "require_admin": False,
                "show_in_sidebar": True,
            }
        )
        await api.ws(
            {
                "type": "lovelace/config/save",
                "url_path": "compound-staff",
                "config": STAFF_DASHBOARD,
            }
        )

    compound.run(_create)
    return f"{compound.base}/compound-staff"


@pytest.mark.parametrize("language", ["en", "zh-Hans"])
def test_the_staff_dashboard_strategy_shows_every_gate_and_camera(
    console: Callable[..., Page], staff_dashboard: str, language: str
) -> None:
    page = console("guard", language=language)
    page.goto(f"{staff_dashboard}/guard-room")
    for card in ("alarm-desk", "gates", "passages"):
        expect(page.locator(f"compound-security-{card}-card")).to_be_visible(timeout=20_000)
    gates = page.locator("compound-security-gates-card li.gate")
    expect(gates).to_have_count(2)  # every gate of the compound, not a fixed list
    tabs = page.locator("hui-root ha-tab-group-tab, hui-root paper-tab, hui-root sl-tab")
    expected = (
        ["门岗", "摄像头", "小区"]
        if language == "zh-Hans"
        else ["Guard room", "Cameras", "Compound"]
    )
    expect(tabs).to_have_text(expected)
    heading = "闸门" if language == "zh-Hans" else "Gates"
    expect(page.locator("compound-security-gates-card h2")).to_have_text(heading)
    _shot(page, f"staff-dashboard-{language}")
    page.goto(f"{staff_dashboard}/cameras")
    # The public camera at least (the private one only while it is still an entity).
    expect(page.locator("hui-picture-entity-card").first).to_be_visible(timeout=20_000)
    page.goto(f"{staff_dashboard}/compound")
    rows = page.locator(
        "hui-entities-card hui-sensor-entity-row, hui-entities-card hui-simple-entity-row"
    )
    expect(rows.first).to_be_visible(timeout=20_000)
    assert rows.count() >= 4  # households, cards, decisions today, camera availability...
    households = "住户" if language == "zh-Hans" else "Households"
    expect(page.locator("hui-entities-card")).to_contain_text(households)
    _shot(page, f"staff-dashboard-compound-{language}")
