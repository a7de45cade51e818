"""No untranslated string on any console page, in either language (the rendered pages scanned)."""

from __future__ import annotations

from collections.abc import Callable
import json
from pathlib import Path
import re

from playwright.sync_api import Page, expect
import pytest

from .conftest import screenshot
from .harness import Compound

pytestmark = pytest.mark.browser

LOCALES = Path(__file__).parents[2] / "frontend" / "src" / "locales"
# A translation key or an option value's code shown as it is (`guard.title`, `not_permitted_here`).
RAW_CODE = re.compile(r"(?<![\w.@/-])[a-z]+(?:[._][a-z0-9]+)+(?![\w.@/-])")
# In Chinese, Latin words are either the compound's own data (its access points, cameras,
# users, as the fixture named them in English) or units and acronyms Chinese uses too.
DATA = re.compile(
    r"North gate camera|North gate|Garage camera|Parking garage|South gate|West gate"
    r"|Building 9 unit 1|Building 9"
    r"|[A-Z][a-z]+ tester|Manager Zhou"
    r"|Home Assistant|switch\.[a-z_]+|camera\.[a-z_]+|https?://\S+|[\w-]+\.csv"
)
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
ACRONYMS = frozenset({"PIN", "QR", "CSV", "ID", "kWh", "MQTT", "UID", "IC", "IP", "URL", "OK"})
# Every text the console draws itself: text nodes, placeholders, labels and titles, through
# shadow roots; Home Assistant's own cards (ha-*, hui-*) translate themselves.
TEXTS = """
(root) => {
  const texts = [];
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent.trim();
      if (text) texts.push(text);
      return;
    }
    if (node.nodeType === Node.ELEMENT_NODE) {
      const tag = node.tagName.toLowerCase();
      if (tag.startsWith("ha-") || tag.startsWith("hui-") || tag === "style") return;
      for (const name of ["placeholder", "aria-label", "title"]) {
        const value = node.getAttribute(name);
        if (value) texts.push(value.trim());
      }
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return texts;
}
"""


def _leaves(tree: dict[str, object]) -> dict[str, str]:
    leaves: dict[str, str] = {}
    for key, value in tree.items():
        if isinstance(value, dict):
            leaves |= {f"{key}.{k}": v for k, v in _leaves(value).items()}
        else:
            leaves[key] = str(value)
    return leaves


def _words(language: str) -> dict[str, str]:
    return _leaves(json.loads((LOCALES / f"{language}.json").read_text(encoding="utf-8")))


def _pages(page: Page) -> list[str]:
    tabs = page.locator("compound-security-panel nav a[data-page]")
    expect(tabs.first).to_be_visible()
    return [tabs.nth(i).get_attribute("data-page") or "" for i in range(tabs.count())]


def _scan(page: Page, tab: str) -> list[str]:
    page.click(f"compound-security-panel nav a[data-page={tab}]")
    expect(page.locator("compound-security-panel main").get_by_text("Loading…")).to_have_count(0)
    expect(page.locator("compound-security-panel main").get_by_text("加载中…")).to_have_count(0)
    page.wait_for_timeout(500)  # the page's first answers arrive
    texts: list[str] = page.locator("compound-security-panel").evaluate(TEXTS)
    return texts


def _names_in_the_instance(compound: Compound) -> re.Pattern[str]:
    """Return what other tests named in English in the shared instance: users, levels."""
    users = [user["name"] for user in compound.ws({"type": "config/auth/list"})]
    levels = [level["name"] for level in compound.ws({"type": "compound_security/level/list"})]
    names = sorted((re.escape(name) for name in users + levels if name), key=len, reverse=True)
    return re.compile("|".join(names) or "(?!)")


@pytest.mark.parametrize("role", ["manager", "police"])
def test_no_english_left_in_the_chinese_console(
    console: Callable[..., Page], compound: Compound, role: str
) -> None:
    english, chinese = _words("en"), _words("zh-Hans")
    untranslated = {text for key, text in english.items() if chinese[key] != text}
    named = _names_in_the_instance(compound)
    page = console(role, language="zh-Hans")
    found: dict[str, list[str]] = {}
    for tab in _pages(page):
        texts = _scan(page, tab)
        screenshot(page, f"translations-{role}-{tab}-zh")
        left = sorted(
            {
                text
                for text in texts
                if text in untranslated
                or RAW_CODE.search(text)
                or set(LATIN_WORD.findall(named.sub("", DATA.sub("", text)))) - ACRONYMS
            }
        )
        if left:
            found[tab] = left
    assert found == {}


def test_no_code_or_key_shown_in_the_english_console(console: Callable[..., Page]) -> None:
    page = console("manager")
    found = {
        tab: sorted({text for text in _scan(page, tab) if RAW_CODE.search(text)})
        for tab in _pages(page)
    }
    assert {tab: texts for tab, texts in found.items() if texts} == {}
