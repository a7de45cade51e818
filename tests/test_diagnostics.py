"""Diagnostics: useful to a maintainer, free of personal data."""

from __future__ import annotations

from pathlib import Path
from unittest.mock import patch

from homeassistant.core import HomeAssistant
import pytest
from pytest_homeassistant_custom_component.components.diagnostics import (
    get_diagnostics_for_config_entry,
)
from pytest_homeassistant_custom_component.typing import ClientSessionGenerator
from syrupy.assertion import SnapshotAssertion

from .helpers import ID_NUMBER, act, populate
from .test_alarms import CameraServer, camera_server  # noqa: F401  # a fixture
from .test_platforms import populated_entry

pytestmark = pytest.mark.usefixtures("socket_enabled")


async def test_diagnostics_redact_a_populated_compound(
    hass: HomeAssistant,
    hass_client: ClientSessionGenerator,
    snapshot: SnapshotAssertion,
    tmp_path: Path,
    camera_server: CameraServer,  # noqa: F811
) -> None:
    entry = populated_entry(tmp_path, camera_server.url)
    entry.add_to_hass(hass)
    with patch("custom_components.compound_security.MeterBusCoordinator.async_refresh"):
        assert await hass.config_entries.async_setup(entry.entry_id)
        await hass.async_block_till_done(wait_background_tasks=True)
        ids = await populate(hass)
        await act(
            hass, "set_watch", person_id=ids["owner"], level="care", notify=["mobile_app_son"]
        )
        result = await get_diagnostics_for_config_entry(hass, hass_client, entry)
    text = str(result)
    personal = ("王奶奶", "李四", "3-1-502", "13800001234", "苏E12345", "008EC793", ID_NUMBER)
    for value in (*personal, "mobile_app_son", "secret", camera_server.url):
        assert value not in text, value
    assert result == snapshot
