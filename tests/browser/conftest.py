"""Fixtures for the console's browser tests: one real Home Assistant, Debian's Chromium.

These tests do not use the in-process `hass` fixture; the autouse fixtures that would start
one for every test are replaced here by no-ops, and sockets are allowed (the browser and
the test talk to the Home Assistant process over loopback HTTP).
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterator
import json
from pathlib import Path
from typing import Any

from playwright.sync_api import Browser, Page, sync_playwright
import pytest
import pytest_socket

from .harness import Compound, Instance

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).parent / "artifacts"
DESKTOP = {"width": 1280, "height": 860}
PHONE = {"width": 390, "height": 844}

type OpenConsole = Callable[..., Page]


@pytest.hookimpl(trylast=True)
def pytest_runtest_setup(item: pytest.Item) -> None:  # the hook's signature
    """Allow sockets again after Home Assistant's plugin blocked them, before any fixture."""
    pytest_socket.enable_socket()


@pytest.fixture(autouse=True)
def auto_enable_custom_integrations() -> None:
    """No in-process Home Assistant here."""


@pytest.fixture(autouse=True)
def audit_db() -> None:
    """Leave the access log to the Home Assistant process."""


@pytest.fixture(autouse=True)
def settle() -> None:
    """Nothing in process to settle."""


@pytest.fixture(autouse=True)
def configure_event_loop() -> None:
    """Playwright's synchronous API runs its own loop: no asyncio fixtures beside it."""


@pytest.fixture(autouse=True)
def enable_event_loop_debug() -> None:
    """See `configure_event_loop`."""


@pytest.fixture(autouse=True)
def mock_zeroconf_resolver() -> None:
    """See `configure_event_loop`."""


@pytest.fixture(autouse=True)
def verify_cleanup() -> None:
    """Skip the in-process checks: the instance and the browser are processes of their own."""
    pytest_socket.enable_socket()


@pytest.fixture(scope="session")
def compound(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Compound]:
    """Start Home Assistant with the fixture compound once for every browser test."""
    assert CHROMIUM.exists(), "Debian's chromium is missing: run script/setup"
    pytest_socket.enable_socket()
    instance = Instance(tmp_path_factory.mktemp("home-assistant"))
    try:
        yield instance.start()
    except Exception:
        print(instance.log())  # noqa: T201  # shown with the failure
        raise
    finally:
        instance.stop()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Debian's Chromium, headless, for one test module.

    Playwright's synchronous API keeps its loop marked running while it lives, which the
    in-process tests' asyncio fixtures cannot run beside: it lives no longer than a module,
    and browser modules run last (tests/conftest.py).
    """
    pytest_socket.enable_socket()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-gpu"]
        )
        yield browser
        browser.close()


@pytest.fixture
def console(compound: Compound, browser: Browser) -> Generator[OpenConsole]:
    """Open the console as a role: `console("guard", language="zh-Hans", phone=True)`."""
    contexts: list[Any] = []

    def _open(role: str, *, language: str = "en", phone: bool = False, page: str = "") -> Page:
        context = browser.new_context(
            viewport=PHONE if phone else DESKTOP,
            is_mobile=phone,
            has_touch=phone,
            locale="zh-CN" if language == "zh-Hans" else "en-US",
            timezone_id="Asia/Shanghai",
        )
        contexts.append(context)
        context.add_init_script(tokens_script(compound, role, language))
        opened = context.new_page()
        opened.goto(f"{compound.base}/compound-security/{page}")
        opened.wait_for_selector("compound-security-panel header h1", timeout=30_000)
        return opened

    yield _open
    for context in contexts:
        context.close()


def tokens_script(compound: Compound, role: str, language: str) -> str:
    """Return a script logging the browser in as `role`, in `language`, before the app loads."""
    tokens = json.dumps(compound.tokens[role].for_browser(compound.base))
    return (
        "localStorage.setItem('hassTokens', " + json.dumps(tokens) + ");"
        "localStorage.setItem('selectedLanguage', " + json.dumps(json.dumps(language)) + ");"
    )


def screenshot(page: Page, name: str) -> Path:
    """Save a screenshot as a test artifact (tests/browser/artifacts/<name>.png)."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
