"""The registry page in a real browser: each job as the role that does it.

A clerk registers a rental flat with two tenants and their cards (one enrolled by swiping
it on the fixture's pty reader) and the card then opens the North gate; a community
officer on a phone registers a tenant in six taps or fewer; a manager charts a flat's
months; a clerk's CSV upload is previewed with every bad row before anything is stored;
a guard finds residents but cannot edit them.
"""

from __future__ import annotations

from collections.abc import Callable
import time
from typing import Any

from playwright.sync_api import Locator, Page, expect
import pytest

from custom_components.compound_security.engine.idnumber import check_character

from .conftest import screenshot
from .harness import Compound, wait_for

pytestmark = pytest.mark.browser

SWIPED_CARD = 0x0B0B0B02
TYPED_CARD = "0x0B0B0B01"
OFFICERS_CARD = 0x0C0C0C01


def id_number(first17: str) -> str:
    """Return a well-formed ID number (its check character computed)."""
    return first17 + check_character(first17)


class Taps:
    """Clicks on a phone, counted (typing into a field is not a tap)."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.count = 0

    def tap(self, locator: Locator) -> None:
        locator.click()
        self.count += 1


def _form(page: Page) -> Locator:
    return page.locator("cs-dialog[open] cs-registry-form")


def _fill(page: Page, **fields: str) -> None:
    form = _form(page)
    for name, value in fields.items():
        field = form.locator(f"[name={name}]")
        if field.evaluate("element => element.tagName") == "SELECT":
            field.select_option(value)
        else:
            field.fill(value)


def _open_household(page: Page, query: str, flat: str) -> None:
    page.locator("cs-registry-page input.query").fill(query)
    page.locator(f"cs-registry-page button.result[data-flat='{flat}']").click()
    expect(page.locator("cs-registry-household h2.flat")).to_have_text(flat)


def test_a_clerk_registers_a_rental_flat_with_two_tenants(
    console: Callable[..., Page], compound: Compound
) -> None:
    page = console("clerk", page="registry")
    page.locator("cs-registry-page button.add-household").click()
    _fill(page, building="9", unit="2", room="501", area_m2="60", tenure="rental")
    _form(page).locator("button.save").click()
    household = page.locator("cs-registry-household")
    expect(household.locator("h2.flat")).to_have_text("9-2-501")

    # The first tenant: a refused phone number is shown next to its field, translated.
    household.locator("button.add-person").click()
    _fill(page, name="张三", phone="12", id_number=id_number("32050719900101123"))
    expect(_form(page).locator("[data-id-check=valid]")).to_be_visible()
    expect(_form(page).locator("[data-wanted]")).to_have_count(0)  # a clerk: only if listed
    _fill(page, uid=TYPED_CARD)
    _form(page).locator("button.save").click()
    phone_error = _form(page).locator("cs-field[data-field=phone] [role=alert]")
    expect(phone_error).to_contain_text("phone")
    _fill(page, phone="13900002222")
    _form(page).locator("button.save").click()
    expect(household.locator(".notice")).to_contain_text("card")

    # The second: a mistyped ID number is caught as typed; the card is swiped at the desk.
    household.locator("button.add-person").click()
    wrong = id_number("32050719920202456")
    _fill(page, name="李梅", id_number=wrong[:17] + ("0" if wrong[17] != "0" else "1"))
    expect(_form(page).locator("[data-id-check=invalid]")).to_contain_text("check digit")
    _fill(page, id_number=wrong)
    expect(_form(page).locator("[data-id-check=valid]")).to_be_visible()
    _form(page).locator("cs-registry-swipe button.start").click()
    expect(_form(page).locator("cs-registry-swipe .waiting")).to_be_visible()
    compound.swipe(SWIPED_CARD)
    expect(_form(page).locator("input[name=uid]")).to_have_value("000B0B0B02")
    screenshot(page, "registry-add-person-clerk-en")
    _form(page).locator("button.save").click()
    expect(household.locator(".notice")).to_contain_text("000B0B0B02")
    expect(household.locator("[data-section=cards] tr[data-card]")).to_have_count(2)
    expect(household.locator("[data-section=people] li[data-person]")).to_have_count(2)
    screenshot(page, "registry-household-clerk-en")

    # The swiped card now opens the North gate: the manager sees it among the passages.
    time.sleep(2.5)  # past the reader's repeat window
    compound.swipe(SWIPED_CARD)
    manager = console("manager", page="registry")
    _open_household(manager, "9-2-501", "9-2-501")
    passages = manager.locator("cs-registry-household [data-section=passages]")
    expect(passages.locator("li[data-decision=granted]")).to_contain_text("李梅")
    screenshot(manager, "registry-household-manager-en")


def test_an_officer_registers_a_tenant_on_a_phone_in_six_taps(
    console: Callable[..., Page], compound: Compound
) -> None:
    wanted = id_number("11010119850505123")
    message = {"type": "compound_security/wanted/import", "numbers": [wanted]}
    compound.ws(message)
    page = console("police", language="zh-Hans", phone=True, page="registry")
    taps = Taps(page)
    page.locator("cs-registry-page input.query").fill("9-1-302")  # typing
    expect(page.locator("cs-registry-page button.result")).to_have_count(1)
    screenshot(page, "registry-search-police-zh-phone")
    taps.tap(page.locator("cs-registry-page button.result[data-flat='9-1-302']"))
    household = page.locator("cs-registry-household")
    taps.tap(household.locator("button.add-person"))
    _fill(page, name="赵六", id_number=wanted)
    # The wanted list hashes slowly in the background: retype until it has the number.
    listed = _form(page).locator("[data-wanted=listed]")
    for _ in range(30):
        if listed.count():
            break
        time.sleep(1)
        _fill(page, id_number=wanted[:-1])
        _fill(page, id_number=wanted)
    expect(listed).to_contain_text("在逃")
    screenshot(page, "registry-wanted-police-zh-phone")
    _fill(page, id_number=id_number("34010219950808321"))
    expect(_form(page).locator("[data-wanted=not_listed]")).to_be_visible()
    taps.tap(_form(page).locator("cs-registry-swipe button.start"))
    compound.swipe(OFFICERS_CARD)
    expect(_form(page).locator("input[name=uid]")).to_have_value("000C0C0C01")
    taps.tap(_form(page).locator("button.save"))
    expect(household.locator(".notice")).to_contain_text("已登记")
    expect(household.locator("[data-section=people] li[data-person=赵六]")).to_be_visible()
    assert taps.count <= 6, taps.count
    screenshot(page, "registry-household-police-zh-phone")


def test_a_manager_charts_a_flats_months(console: Callable[..., Page], compound: Compound) -> None:
    records: list[dict[str, Any]] = [
        {
            "household_id": compound.ids["home"],
            "period": f"2026-{month:02d}",
            "electricity_kwh": 180 + 10 * month,
            "water_m3": 8 + month,
        }
        for month in range(1, 11)
    ]
    compound.act("import_meter_readings", records=records)
    # The statistic's id is opaque (every user reads statistics); the console tells it.
    months = compound.ws(
        {"type": "compound_security/usage/household", "household_id": compound.ids["home"]}
    )
    statistic = months["statistic_ids"]["electricity"]

    def recorded() -> bool:
        listed = compound.ws({"type": "recorder/list_statistic_ids", "statistic_type": "sum"})
        return any(row["statistic_id"] == statistic for row in listed)

    wait_for(recorded, timeout=30)
    page = console("manager", page="registry")
    _open_household(page, "9-1-301", "9-1-301")
    charts = page.locator("cs-registry-chart hui-statistics-graph-card")
    expect(charts).to_have_count(2)
    expect(charts.first.locator("statistics-chart")).to_be_visible(timeout=20_000)
    expect(charts.first).not_to_contain_text("No statistics")
    screenshot(page, "registry-chart-manager-en")
    zh = console("manager", language="zh-Hans", page="registry")
    _open_household(zh, "9-1-301", "9-1-301")
    expect(zh.locator("cs-registry-household [data-section=usage] h2")).to_have_text("水电表与用量")
    screenshot(zh, "registry-chart-manager-zh")


CSV_HEADER = "building,unit,room,area_m2,tenure,name,role,phone\n"


def test_an_upload_is_previewed_with_every_bad_row(console: Callable[..., Page]) -> None:
    page = console("clerk", language="zh-Hans", page="registry")
    page.locator("cs-registry-page button.import").click()
    upload = page.locator("cs-registry-import input[type=file]")
    bad = CSV_HEADER + (
        "10,1,101,80,owner,周一,owner,\n"  # line 2: good
        "10,1,102,80,owner,,owner,\n"  # line 3: no name
        "10,1,103,80,owner,吴三,tenant,\n"  # line 4: a tenant in an owner's flat
    )
    upload.set_input_files(
        {"name": "residents.csv", "mimeType": "text/csv", "buffer": bad.encode()}
    )
    rows = page.locator("cs-registry-import tr[data-line]")
    expect(rows).to_have_count(2)
    expect(rows.nth(0)).to_have_attribute("data-line", "3")
    expect(rows.nth(1)).to_have_attribute("data-line", "4")
    expect(page.locator("cs-registry-import button.commit")).to_be_disabled()
    screenshot(page, "registry-import-preview-clerk-zh")
    good = CSV_HEADER + "10,1,101,80,owner,周一,owner,\n"
    upload.set_input_files(
        {"name": "residents.csv", "mimeType": "text/csv", "buffer": good.encode()}
    )
    expect(page.locator("cs-registry-import .summary")).to_have_attribute("data-bad", "0")
    page.locator("cs-registry-import button.commit").click()
    expect(page.locator("cs-registry-import .message")).to_contain_text("1")
    page.locator("cs-dialog[open] cs-registry-import button").first.click()
    page.locator("cs-registry-page input.query").fill("10-1-101")
    expect(page.locator("cs-registry-page button.result[data-flat='10-1-101']")).to_be_visible()


def test_a_guard_finds_but_cannot_edit(console: Callable[..., Page], compound: Compound) -> None:
    page = console("guard", page="registry")
    expect(page.locator("cs-registry-page button.add-household")).to_have_count(0)
    expect(page.locator("cs-registry-page button.export")).to_have_count(0)
    _open_household(page, "王建国", "9-1-301")
    household = page.locator("cs-registry-household")
    expect(household.locator("[data-person=王建国]")).to_be_visible()
    expect(household.locator("button.add-person")).to_have_count(0)
    expect(household.locator("[data-section=cards]")).to_have_count(0)
    screenshot(page, "registry-guard-en")
    # Were the guard to send an edit anyway, the integration refuses it, translated.
    refusal = page.evaluate(
        """async ([entry, person]) => {
            const hass = document.querySelector("home-assistant").hass;
            try {
                await hass.callWS({type: "compound_security/person/update",
                    config_entry_id: entry, person_id: person, phone: "13000000000"});
                return null;
            } catch (err) { return err; }
        }""",
        [compound.entry_id, compound.ids["owner"]],
    )
    assert refusal["code"] == "unauthorized"
    # A resident opening another flat's page sees the refusal in words.
    resident = console("resident", page=f"registry?household={compound.ids['rental']}")
    expect(resident.locator("cs-registry-household .error")).to_contain_text("may not")
    screenshot(resident, "registry-refused-resident-en")


def test_a_clerk_extends_a_permit_card_and_moves_a_tenant_out(
    console: Callable[..., Page], compound: Compound
) -> None:
    """The card's validity edited in a dialog; moving out asks for the day and a reason."""
    flat = compound.act(
        "add_household", building="9", unit="2", room="602", area_m2=45, tenure="rental"
    )
    tenant = compound.act(
        "add_person", household_id=flat["household_id"], name="周租客", role="tenant"
    )
    compound.act(
        "issue_card",
        person_id=tenant["person_id"],
        uid="0x0D5E6F71",
        card_type="residence_permit",
        valid_until="2027-01-31",
    )
    page = console("clerk", language="zh-Hans", page="registry")
    _open_household(page, "9-2-602", "9-2-602")
    household = page.locator("cs-registry-household")
    card = household.locator("[data-section=cards] tr[data-card]")
    card.locator("button.validity").click()
    _fill(page, valid_until="2027-07-31")
    _form(page).locator("button.save").click()
    expect(card).to_contain_text("2027-07-31")

    household.locator("[data-person=周租客] button.move-out").click()
    expect(page.locator("cs-dialog[open]")).to_contain_text("记录保留")
    _fill(page, reason="租约到期")
    _form(page).locator("button.save").click()
    expect(household.locator("[data-person=周租客]")).to_contain_text("退房")
    expect(card.locator(".chip").first).not_to_have_text("有效")
    screenshot(page, "registry-moved-out-clerk-zh")
