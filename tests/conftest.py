"""Fixtures for Compound Security tests."""

from __future__ import annotations

# Import our package before Home Assistant does: the test harness ships a
# `custom_components` package of its own that would otherwise be found first.
import custom_components.compound_security  # noqa: F401  # isort: skip

from collections.abc import AsyncGenerator, Generator
from pathlib import Path
from unittest.mock import AsyncMock, patch

from homeassistant.config_entries import ConfigSubentryData
from homeassistant.const import CONF_NAME
from homeassistant.core import HomeAssistant
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.syrupy import HomeAssistantSnapshotExtension
from syrupy.assertion import SnapshotAssertion

from custom_components.compound_security.const import (
    CONF_DIRECTION,
    CONF_MIN_AREA_PER_PERSON,
    CONF_RETENTION_DAYS,
    CONF_ZONE,
    DOMAIN,
    SUBENTRY_ACCESS_POINT,
)

COMPOUND_NAME = "漕湖花园五区"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Run the browser tests last (their Playwright loop must not overlap asyncio tests)."""
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)


@pytest.fixture(autouse=True)
def auto_enable_custom_integrations(enable_custom_integrations: None) -> None:
    """Let Home Assistant load integrations from custom_components."""


@pytest.fixture(autouse=True)
def audit_db(tmp_path: Path) -> Generator[str]:
    """Keep each test's access log in its own SQLite file."""
    url = f"sqlite:///{tmp_path / 'compound_security.db'}"
    with patch("custom_components.compound_security.default_db_url", return_value=url):
        yield url


@pytest.fixture(autouse=True)
async def settle(hass: HomeAssistant) -> AsyncGenerator[None]:
    """Let reloads a test started finish before Home Assistant stops."""
    yield
    await hass.async_block_till_done()


@pytest.fixture
def snapshot(snapshot: SnapshotAssertion) -> SnapshotAssertion:
    """Compare with Home Assistant's snapshot extension."""
    return snapshot.use_extension(HomeAssistantSnapshotExtension)


@pytest.fixture
def mock_setup_entry() -> Generator[AsyncMock]:
    """Keep flow tests from setting the entry up."""
    with patch("custom_components.compound_security.async_setup_entry", return_value=True) as mock:
        yield mock


@pytest.fixture
def mock_config_entry() -> MockConfigEntry:
    """Return a compound with two access points."""
    return MockConfigEntry(
        domain=DOMAIN,
        title=COMPOUND_NAME,
        unique_id=COMPOUND_NAME.casefold(),
        data={CONF_NAME: COMPOUND_NAME},
        options={CONF_MIN_AREA_PER_PERSON: 10.0, CONF_RETENTION_DAYS: 180},
        subentries_data=[
            ConfigSubentryData(
                subentry_type=SUBENTRY_ACCESS_POINT,
                title="North gate",
                unique_id="north gate",
                data={CONF_ZONE: "compound_gate", CONF_DIRECTION: "both"},
            ),
            ConfigSubentryData(
                subentry_type=SUBENTRY_ACCESS_POINT,
                title="Garage B",
                unique_id="garage b",
                data={CONF_ZONE: "garage", CONF_DIRECTION: "in"},
            ),
        ],
    )


@pytest.fixture
async def init_integration(
    hass: HomeAssistant, mock_config_entry: MockConfigEntry
) -> MockConfigEntry:
    """Set the compound up and return its entry."""
    mock_config_entry.add_to_hass(hass)
    await hass.config_entries.async_setup(mock_config_entry.entry_id)
    await hass.async_block_till_done()
    return mock_config_entry
