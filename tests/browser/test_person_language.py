"""A person's own notification language, set in the console's person form on a phone."""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import Page, expect
import pytest

from .conftest import screenshot
from .harness import Compound, wait_for

pytestmark = pytest.mark.browser


def _language_of(compound: Compound, person_id: str) -> str | None:
    people = compound.ws(
        {"type": "compound_security/person/list", "config_entry_id": compound.entry_id}
    )
    language: str | None = next(p for p in people if p["id"] == person_id).get("language")
    return language


def test_a_clerk_sets_and_clears_a_residents_notification_language(
    console: Callable[..., Page], compound: Compound
) -> None:
    page = console("clerk", page="registry", language="zh-Hans", phone=True)
    page.locator("cs-registry-page input.query").fill("9-1-301")
    page.locator("cs-registry-page button.result[data-flat='9-1-301']").click()
    person = page.locator("cs-registry-household li[data-person='王建国']")
    person.locator(".actions button").first.click()
    form = page.locator("cs-dialog[open] cs-registry-form")
    language = form.locator("select[name=language]")
    expect(language).to_have_value("")  # the server's, until set
    expect(language.locator("option")).to_have_text(["与服务器相同", "简体中文", "English"])
    language.select_option("en")
    expect(page.locator("#ha-launch-screen")).to_have_count(0, timeout=10_000)
    screenshot(page, "registry-person-language-zh-Hans-phone")
    form.locator("button.save").click()
    expect(form).to_have_count(0)
    wait_for(lambda: _language_of(compound, compound.ids["owner"]) == "en")

    person.locator(".actions button").first.click()
    expect(language).to_have_value("en")
    language.select_option("")
    form.locator("button.save").click()
    wait_for(lambda: _language_of(compound, compound.ids["owner"]) is None)
