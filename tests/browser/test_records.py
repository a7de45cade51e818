"""The record pages in a real browser: access log, usage, watch and wanted, settings.

Each job as the role that does it, and a refusal for a role that may not; screenshots of
each page in both languages, on a desktop and a phone (tests/browser/artifacts/records-*).
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta
import time
from typing import Any
from zoneinfo import ZoneInfo

from playwright.sync_api import Page, expect
import pytest

from compound_simulator.ha_client import Api, HomeAssistantError

from ..engine_fixtures import make_id_number
from .conftest import screenshot as save_screenshot
from .harness import PASSWORD, Compound

pytestmark = pytest.mark.browser
ZONE = ZoneInfo("Asia/Shanghai")
OWNER_CARD = 0x00A1B2C3  # 王建国's citizen card (9-1-301)


def _off_loop[T](work: Callable[[], T]) -> T:
    """Run `work` in a thread of its own: Playwright's loop is running in this one."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(work).result()


def _ws(compound: Compound, message: dict[str, Any]) -> Any:
    return _off_loop(lambda: compound.ws(message))


def screenshot(page: Page, name: str) -> None:
    """Save a screenshot once Home Assistant's launch screen has faded away."""
    page.locator("#ha-launch-screen").wait_for(state="detached", timeout=15_000)
    save_screenshot(page, name)


def _local(moment: datetime) -> str:
    """Return a datetime-local field's value in the compound's zone."""
    return moment.astimezone(ZONE).strftime("%Y-%m-%dT%H:%M")


def _passed_north_gate(compound: Compound) -> datetime:
    """Swipe the owner's card at the North gate; return when, once the log has it."""
    swiped = datetime.now(ZONE)
    compound.swipe(OWNER_CARD)
    for _ in range(50):
        found = _ws(
            compound,
            {
                "type": "compound_security/access_log/query",
                "access_point_id": compound.ids["north_gate"],
                "start": (swiped - timedelta(seconds=30)).isoformat(),
            },
        )
        if found["total"]:
            return swiped
        time.sleep(0.2)
    raise AssertionError("the swipe never reached the access log")


def _search_north_gate(page: Page, around: datetime) -> None:
    page.select_option("cs-log-page select[name=access_point_id]", label="North gate")
    page.fill("cs-log-page input[name=start]", _local(around - timedelta(minutes=10)))
    page.fill("cs-log-page input[name=end]", _local(around + timedelta(minutes=10)))
    page.click("cs-log-page form button[type=submit]")


@pytest.mark.parametrize(
    ("language", "phone"), [("en", False), ("zh-Hans", False), ("en", True), ("zh-Hans", True)]
)
def test_the_police_find_who_passed_the_north_gate_in_a_time_window(
    compound: Compound, console: Callable[..., Page], language: str, phone: bool
) -> None:
    around = _passed_north_gate(compound)
    page = console("police", language=language, phone=phone, page="log")
    _search_north_gate(page, around)
    row = page.locator("cs-log-page .card").filter(has_text="王建国").first
    expect(row).to_be_visible()
    expect(row).to_contain_text("9-1-301")
    expect(row).to_contain_text("通过" if language == "zh-Hans" else "Granted")
    screenshot(page, f"records-log-police-{language}-{'phone' if phone else 'desktop'}")


def test_a_guard_sees_flats_of_the_last_day_without_names(
    compound: Compound, console: Callable[..., Page]
) -> None:
    around = _passed_north_gate(compound)
    page = console("guard", page="log")
    expect(page.locator("cs-log-page")).to_contain_text("last 24 hours")
    expect(page.locator("cs-log-page input[name=person]")).to_have_count(0)  # no following
    _search_north_gate(page, around)
    table = page.locator("cs-log-page table")
    expect(table).to_contain_text("9-1-301")
    # A name only where the passage raised an alarm a guard sees (another test's lost card).
    granted = table.locator("tbody tr", has_text="Granted")
    expect(granted.first).to_contain_text("9-1-301")
    for row in range(granted.count()):
        expect(granted.nth(row)).not_to_contain_text("王建国")
    expect(page.locator("cs-log-page button", has_text="Download CSV")).to_have_count(0)
    screenshot(page, "records-log-guard-en-desktop")
    phone = console("guard", language="zh-Hans", phone=True, page="log")
    expect(phone.locator("cs-log-page")).to_contain_text("最近 24 小时")
    screenshot(phone, "records-log-guard-zh-Hans-phone")


def test_the_police_download_the_log_as_csv(
    compound: Compound, console: Callable[..., Page]
) -> None:
    around = _passed_north_gate(compound)
    page = console("police", page="log")
    _search_north_gate(page, around)
    expect(page.locator("cs-log-page table")).to_contain_text("王建国")
    with page.expect_download() as download:
        page.click("cs-log-page button:has-text('Download CSV')")
    text = open(download.value.path(), encoding="utf-8-sig").read()  # noqa: PTH123, SIM115
    assert text.startswith("time,access_point,direction,decision,reason")
    assert "王建国" in text
    assert "9-1-301" in text


def _user_with_tokens(compound: Compound, name: str) -> str:
    """Add a user with no role; keep their tokens under `name` for the console fixture."""

    async def _add(api: Api) -> str:
        user_id = await api.add_user(name.title(), name, PASSWORD, admin=False)
        compound.tokens[name] = await api.login(name, PASSWORD)
        return user_id

    user_id: str = _off_loop(lambda: compound.run(_add))
    return user_id


def test_a_manager_gives_a_role_and_it_takes_effect(
    compound: Compound, console: Callable[..., Page]
) -> None:
    user_id = _user_with_tokens(compound, "records-officer")
    before = console("records-officer")
    expect(before.locator("compound-security-panel main")).to_contain_text("no role")
    page = console("manager", page="settings")
    row = page.locator(f"cs-settings-page tr[data-user='{user_id}']")
    row.locator("select").select_option("police")
    expect(page.locator("cs-settings-page [role=status]")).to_contain_text("Records-Officer")
    screenshot(page, "records-settings-manager-en-desktop")
    after = console("records-officer", page="log")
    expect(after.locator("compound-security-panel header .chip.role")).to_have_text(
        "Community police"
    )
    expect(after.locator("cs-log-page form")).to_be_visible()
    expect(after.locator("nav a[data-page=watch]")).to_be_visible()
    expect(after.locator("nav a[data-page=settings]")).to_have_count(0)


def test_settings_in_chinese_on_a_phone(console: Callable[..., Page]) -> None:
    page = console("manager", language="zh-Hans", phone=True, page="settings")
    expect(page.locator("cs-settings-page [data-section=tenant-cards]")).to_contain_text(
        "仅限居住证"
    )
    expect(page.locator("cs-settings-page [data-section=hardware]")).to_contain_text("North gate")
    screenshot(page, "records-settings-manager-zh-Hans-phone")


def test_an_access_level_is_added_with_its_schedule(console: Callable[..., Page]) -> None:
    page = console("manager", page="settings")
    page.click("cs-settings-page button:has-text('Add access level')")
    page.fill("cs-settings-page input[name=name]", "Cleaners")
    page.check("cs-settings-page input[name=zones][value=unit_doors]")
    for day in ("sat", "sun"):
        page.fill(f"cs-settings-page input[name={day}]", "")
    page.fill("cs-settings-page input[name=mon]", "07:00-11:00, 25:00-26:00")
    page.click("cs-settings-page cs-dialog button[type=submit]")
    expect(page.locator("cs-settings-page cs-dialog [role=alert]")).to_contain_text("25:00")
    page.fill("cs-settings-page input[name=mon]", "07:00-11:00")
    page.click("cs-settings-page cs-dialog button[type=submit]")
    levels = page.locator("cs-settings-page ul.levels")
    expect(levels).to_contain_text("Cleaners")
    expect(levels).to_contain_text("Mon 07:00-11:00")


@pytest.mark.parametrize("role", ["resident", "guard"])
def test_residents_and_guards_are_refused_settings(
    compound: Compound, console: Callable[..., Page], role: str
) -> None:
    page = console(role, page="settings")
    expect(page.locator("compound-security-panel main > *")).to_have_count(1)  # another page
    expect(page.locator("cs-settings-page")).to_have_count(0)
    expect(page.locator("nav a[data-page=settings]")).to_have_count(0)

    async def _ask(api: Api) -> Any:
        api.token = compound.tokens[role].access_token
        return await api.ws({"type": "compound_security/settings/get"})

    with pytest.raises(HomeAssistantError, match="unauthorized"):
        _off_loop(lambda: compound.run(_ask))


def _seed_months(compound: Compound) -> None:
    """Two months of the owner's flat, and enough flats around it for a median."""
    now = datetime.now(ZONE)
    this_month = f"{now.year:04d}-{now.month:02d}"
    last = now.replace(day=1) - timedelta(days=1)
    last_month = f"{last.year:04d}-{last.month:02d}"
    records = [
        {
            "household_id": compound.ids[flat],
            "period": period,
            "electricity_kwh": kwh,
            "water_m3": m3,
        }
        for flat, kwh, m3 in (("home", 180, 7), ("rental", 2300, 70))
        for period in (last_month, this_month)
    ]
    _off_loop(lambda: compound.act("import_meter_readings", records=records))


@pytest.mark.parametrize(
    ("language", "phone"), [("en", False), ("zh-Hans", False), ("zh-Hans", True), ("en", True)]
)
def test_a_flats_months_are_charted(
    compound: Compound, console: Callable[..., Page], language: str, phone: bool
) -> None:
    _seed_months(compound)
    page = console("police", language=language, phone=phone, page="usage")
    page.fill("cs-usage-page input[name=flat]", "9-1-301")
    page.click("cs-usage-page form button[type=submit]")
    expect(page.locator("cs-usage-page h3")).to_have_text("9-1-301")
    expect(page.locator("cs-usage-page hui-statistics-graph-card")).to_have_count(2)
    expect(page.locator("cs-usage-page table.months")).to_contain_text("180")
    page.wait_for_timeout(1500)  # the chart draws its bars
    screenshot(page, f"records-usage-police-{language}-{'phone' if phone else 'desktop'}")


def test_a_resident_sees_their_own_flats_months(
    compound: Compound, console: Callable[..., Page]
) -> None:
    _seed_months(compound)
    page = console("resident", page="usage")
    expect(page.locator("cs-usage-page h3")).to_have_text("9-1-301")
    expect(page.locator("cs-usage-page input[name=flat]")).to_have_count(0)


@pytest.mark.parametrize(("language", "phone"), [("en", False), ("zh-Hans", True)])
def test_the_police_upload_a_wanted_list(
    console: Callable[..., Page], tmp_path: Any, language: str, phone: bool
) -> None:
    page = console("police", language=language, phone=phone, page="watch")
    wanted = page.locator("cs-watch-page [data-list=wanted]")
    expect(wanted).to_be_visible()
    expect(page.locator("cs-watch-page [data-list=care]")).to_have_count(0)  # not police's
    file = tmp_path / "wanted.csv"
    number = make_id_number("11010519491231002")
    file.write_text(f"id_number\n{number}\nnot-a-number\n", encoding="utf-8")
    page.set_input_files("cs-watch-page input[type=file]", str(file))
    done = "Done." if language == "en" else "完成"
    expect(wanted).to_contain_text(done, timeout=30_000)
    expect(wanted).to_contain_text("not valid ID numbers: 1" if language == "en" else "1 行不是")
    listed = "ID numbers on the list: 1" if language == "en" else "名单共 1 个"
    expect(wanted).to_contain_text(listed)
    screenshot(page, f"records-watch-police-{language}-{'phone' if phone else 'desktop'}")


@pytest.mark.parametrize("language", ["en", "zh-Hans"])
def test_a_clerk_sees_the_care_watch_only(console: Callable[..., Page], language: str) -> None:
    page = console("clerk", language=language, page="watch")
    expect(page.locator("cs-watch-page [data-list=care]")).to_be_visible()
    expect(page.locator("cs-watch-page [data-list=police]")).to_have_count(0)
    expect(page.locator("cs-watch-page [data-list=wanted]")).to_have_count(0)
    screenshot(page, f"records-watch-clerk-{language}-desktop")
