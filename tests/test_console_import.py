"""The console's registry CSV: uploaded, previewed row by row, committed; exported."""

from __future__ import annotations

import csv
import io

from homeassistant.core import HomeAssistant
import pytest
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from custom_components.compound_security.console_import import MAX_UPLOAD_CHARS
from custom_components.compound_security.roles import StaffRole

from .engine_fixtures import make_id_number
from .helpers import ID_NUMBER, populate, registry_of
from .test_console_registry import _as, _resident
from .test_roles import _ask, _client

pytestmark = pytest.mark.usefixtures("hass_owner_user", "init_integration")

PREVIEW = "compound_security/import/preview"
COMMIT = "compound_security/import/commit"
EXPORT = "compound_security/registry/export"
HEADER = (
    "building,unit,room,area_m2,tenure,name,role,phone,id_number,card_uid,card_type,valid_until\n"
)
GOOD = (
    f"9,1,301,60,rental,张三,tenant,13900001111,{make_id_number('32050719900101123')},"
    "0x01020304,residence_permit,2030-01-01\n"
    "9,1,301,60,rental,李梅,tenant,,,,,\n"
)
BAD = (
    "9,1,302,60,rental,王五,owner,,,,,\n"  # line 4: an owner's role in a rental flat is fine
    "9,1,303,60,owner,赵六,tenant,,,,,\n"  # line 5: a tenant in an owner's flat
    "9,1,304,60,rental,,tenant,,,,,\n"  # line 6: no name
    "9,1,305,60,rental,钱七,tenant,123,,,,\n"  # line 7: not a phone number
)


async def test_a_preview_lists_every_bad_row_and_stores_nothing(
    hass: HomeAssistant, hass_ws_client: WebSocketGenerator
) -> None:
    client = await _as(hass, hass_ws_client, StaffRole.CLERK)
    preview = await _ask(client, type=PREVIEW, kind="registry", content=HEADER + GOOD + BAD)
    result = preview["result"]
    assert result["valid"] is False
    assert [(e["line"], e["code"]) for e in result["errors"]] == [
        (5, "tenant_needs_rental"),
        (6, "name_required"),
        (7, "phone_invalid"),
    ]
    assert (result["rows"], result["good_rows"]) == (6, 3)
    assert registry_of(hass).engine.households == {}
    refused = await _ask(client, type=COMMIT, kind="registry", content=HEADER + GOOD + BAD)
    assert refused["result"]["stored"] is False
    assert len(refused["result"]["errors"]) == 3
    assert registry_of(hass).engine.households == {}
    header = await _ask(client, type=PREVIEW, kind="registry", content="flat,name\n1,2\n")
    assert header["result"]["errors"][0]["line"] == 1
    assert header["result"]["errors"][0]["placeholders"]["unknown"] == "flat"
    assert header["result"]["good_rows"] == 0


async def test_a_good_file_is_previewed_then_committed(
    hass: HomeAssistant, hass_ws_client: WebSocketGenerator
) -> None:
    client = await _as(hass, hass_ws_client, StaffRole.CLERK)
    preview = (await _ask(client, type=PREVIEW, kind="registry", content=HEADER + GOOD))["result"]
    assert preview == {
        "valid": True,
        "rows": 2,
        "good_rows": 2,
        "errors": [],
        "counts": {"households": 1, "people": 2, "cards": 1, "vehicles": 0},
    }
    assert registry_of(hass).engine.people == {}
    stored = (await _ask(client, type=COMMIT, kind="registry", content=HEADER + GOOD))["result"]
    assert stored["stored"] is True
    assert stored["counts"]["people"] == 2
    engine = registry_of(hass).engine
    assert sorted(p.name for p in engine.people.values()) == ["张三", "李梅"]
    too_large = await _ask(
        client, type=PREVIEW, kind="registry", content="x" * (MAX_UPLOAD_CHARS + 1)
    )
    assert too_large["error"]["translation_key"] == "upload_too_large"


@pytest.mark.parametrize("role", [StaffRole.GUARD, StaffRole.POLICE])
async def test_only_the_office_imports(
    hass: HomeAssistant, hass_ws_client: WebSocketGenerator, role: StaffRole
) -> None:
    client = await _as(hass, hass_ws_client, role)
    for command in (PREVIEW, COMMIT):
        refused = await _ask(client, type=command, kind="registry", content=HEADER + GOOD)
        assert refused["error"]["code"] == "unauthorized"
        assert refused["error"]["translation_placeholders"]["operation"] == "registry_import"
    assert registry_of(hass).engine.households == {}


@pytest.mark.parametrize("role", [None, StaffRole.CLERK, StaffRole.POLICE])
async def test_the_export_masks_id_numbers(
    hass: HomeAssistant, hass_ws_client: WebSocketGenerator, role: StaffRole | None
) -> None:
    ids = await populate(hass)
    await registry_of(hass).people.async_update_item(ids["tenant"], {"name": "=HYPERLINK(1)"})
    client = await _as(hass, hass_ws_client, role)
    answer = (await _ask(client, type=EXPORT))["result"]
    assert answer["file_name"].startswith("registry-")
    rows = list(csv.DictReader(io.StringIO(answer["content"])))
    assert answer["rows"] == len(rows) == 2
    owner = next(row for row in rows if row["name"] == "王奶奶")
    assert (owner["building"], owner["unit"], owner["room"]) == ("3", "1", "502")
    assert owner["id_number_mask"] == "*" * 17 + ID_NUMBER[-1]
    assert (owner["card_uid"], owner["plate"]) == ("008EC793", "苏E12345")
    assert ID_NUMBER not in answer["content"]
    assert "id_number_hash" not in answer["content"]
    assert "police_watch" not in answer["content"]
    tenant = next(row for row in rows if row["room"] == "601")
    assert tenant["name"] == "'=HYPERLINK(1)"  # a spreadsheet shows it, never runs it


async def test_guards_and_residents_do_not_export(
    hass: HomeAssistant, hass_ws_client: WebSocketGenerator
) -> None:
    ids = await populate(hass)
    guard = await _as(hass, hass_ws_client, StaffRole.GUARD)
    refused = (await _ask(guard, type=EXPORT))["error"]
    assert (refused["code"], refused["translation_key"]) == ("unauthorized", "unauthorized")
    resident = await _client(hass, hass_ws_client, await _resident(hass, ids["owner"]))
    assert (await _ask(resident, type=EXPORT))["error"]["code"] == "unauthorized"
