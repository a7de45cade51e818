"""The console opens for every role, in both languages, on a desktop and a phone."""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import Page, expect
import pytest

from .conftest import screenshot
from .harness import ROLES

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("role", ROLES)
def test_every_role_opens_the_console_and_sees_its_role(
    console: Callable[..., Page], role: str
) -> None:
    page = console(role)
    expect(page.locator("compound-security-panel header h1")).to_have_text("Compound Security")
    expect(page.locator("compound-security-panel header .chip.role")).not_to_be_empty()
    screenshot(page, f"console-{role}-en")


def test_the_console_speaks_the_users_language_on_a_phone(console: Callable[..., Page]) -> None:
    page = console("clerk", language="zh-Hans", phone=True)
    expect(page.locator("compound-security-panel header h1")).to_have_text("小区安防")
    expect(page.locator("compound-security-panel header .chip.role")).to_have_text("物业文员")
    screenshot(page, "console-clerk-zh-phone")
