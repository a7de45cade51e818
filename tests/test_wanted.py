"""The wanted list: imported in the background from the console or a file, counts only."""

from __future__ import annotations

import json
from unittest.mock import patch

from homeassistant.core import HomeAssistant
import pytest
from pytest_homeassistant_custom_component.common import async_capture_events
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from custom_components.compound_security.const import EVENT_ALARM
from custom_components.compound_security.wanted import EVENT_WANTED_PROGRESS

from .engine_fixtures import make_id_number
from .helpers import ID_NUMBER, populate, registry_of

pytestmark = pytest.mark.usefixtures("init_integration")


async def test_console_import_runs_in_the_background_and_reports_counts(
    hass: HomeAssistant, hass_ws_client: WebSocketGenerator
) -> None:
    ids = await populate(hass)
    alarms = async_capture_events(hass, EVENT_ALARM)
    progress = async_capture_events(hass, EVENT_WANTED_PROGRESS)
    others = [make_id_number(f"1101051949123{n:04d}") for n in range(5)]
    client = await hass_ws_client(hass)
    with (
        patch("custom_components.compound_security.hashing.CHUNK", 2),
        patch("custom_components.compound_security.hashing.PROGRESS_EVERY", 0),
    ):
        await client.send_json_auto_id(
            {"type": "compound_security/wanted/import", "numbers": [*others, "junk", ID_NUMBER]}
        )
        response = await client.receive_json()
        assert response["success"]
        result = response["result"]
        assert result == {"job_id": result["job_id"], "numbers": 6, "invalid_rows": [6]}
        await hass.async_block_till_done(wait_background_tasks=True)
    done = [event.data["done"] for event in progress]
    assert done == sorted(done)
    assert done[0] == 0
    assert any(0 < count < 6 for count in done)  # progress while hashing
    assert progress[-1].data == {
        "job_id": result["job_id"],
        "done": 6,
        "total": 6,
        "added": 6,
        "matched": 1,
        "finished": True,
    }
    published = json.dumps([event.data for event in progress], ensure_ascii=False)
    for secret in (ID_NUMBER, *others, ids["owner"], "王奶奶"):
        assert secret not in published
    assert [(a.data["kind"], a.data["person_id"]) for a in alarms] == [
        ("wanted_person", ids["owner"])
    ]
    assert len(registry_of(hass).engine.wanted) == 6


async def test_console_import_is_for_admins_only(
    hass: HomeAssistant, hass_ws_client: WebSocketGenerator, hass_read_only_access_token: str
) -> None:
    client = await hass_ws_client(hass, hass_read_only_access_token)
    await client.send_json_auto_id(
        {"type": "compound_security/wanted/import", "numbers": [ID_NUMBER]}
    )
    response = await client.receive_json()
    assert response["error"]["code"] == "unauthorized"
    assert registry_of(hass).engine.wanted == set()
