"""Registry import from CSV (all rows or none) and the wanted list."""

from __future__ import annotations

from pathlib import Path

from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ServiceValidationError
import pytest
from pytest_homeassistant_custom_component.common import async_capture_events

from custom_components.compound_security.const import EVENT_ALARM
from custom_components.compound_security.wanted import EVENT_WANTED_PROGRESS

from .engine_fixtures import make_id_number
from .helpers import ID_NUMBER, act, populate, registry_of, set_id_number

pytestmark = pytest.mark.usefixtures("init_integration")

HEADER = (
    "building,unit,room,area_m2,tenure,name,role,phone,id_number,"
    "card_uid,card_type,valid_until,chip_uid,vehicle_kind,plate"
)
GOOD = f"""\ufeff{HEADER}
3,2,101,90,owner,赵一,owner,13800000001,{make_id_number("32050719700101001")},1001,citizen_card,,E0000101,ebike,苏E00001
3,2,101,90,owner,赵二,family,,,0x1002,id_card,,,,
3,2,102,20,rental,钱三,tenant,,,0x1003,residence_permit,2027-06-30,,,
"""


@pytest.fixture
def config_dir(hass: HomeAssistant, tmp_path: Path) -> Path:
    hass.config.config_dir = str(tmp_path)
    return tmp_path


async def test_import_creates_everything(hass: HomeAssistant, config_dir: Path) -> None:
    (config_dir / "registry.csv").write_text(GOOD, encoding="utf-8")
    response = await act(hass, "import_registry", file="registry.csv")
    assert response == {"households": 2, "people": 3, "cards": 3, "vehicles": 1}
    engine = registry_of(hass).engine
    household = engine.household_at("3", "2", "101")
    assert household is not None
    assert sorted(p.name for p in engine.people_of(household)) == ["赵一", "赵二"]
    assert str(next(iter(engine.vehicles.values())).chip) == "E0000101"


async def test_import_reuses_registered_flats(hass: HomeAssistant, config_dir: Path) -> None:
    ids = await populate(hass)
    (config_dir / "more.csv").write_text(
        f"{HEADER}\n3,1,502,88,owner,孙子,family,,,,,,,,\n", encoding="utf-8"
    )
    assert (await act(hass, "import_registry", file="more.csv"))["households"] == 0
    assert len(registry_of(hass).engine.people_of(ids["home"])) == 2


async def test_a_bad_row_stores_nothing_and_every_error_is_reported(
    hass: HomeAssistant, config_dir: Path
) -> None:
    bad = (
        GOOD
        + "3,2,103,40,owner,孙四,tenant,,,,,,,,\n3,2,104,40,owner,周五,owner,,,1001,id_card,,,,\n"
    )
    (config_dir / "bad.csv").write_text(bad, encoding="utf-8")
    with pytest.raises(ServiceValidationError) as err:
        await act(hass, "import_registry", file="bad.csv")
    assert err.value.translation_key == "import_rejected"
    placeholders = err.value.translation_placeholders or {}
    assert placeholders["rows"] == "2"
    assert "5: tenant_needs_rental" in placeholders["report"]
    assert "6: uid_exists" in placeholders["report"]
    assert registry_of(hass).engine.households == {}


@pytest.mark.parametrize(
    ("content", "code"),
    [
        ("building,unit,room\n1,1,1\n", "import_rejected"),
        (f"{HEADER},colour\n", "import_rejected"),
    ],
)
async def test_bad_headers(hass: HomeAssistant, config_dir: Path, content: str, code: str) -> None:
    (config_dir / "h.csv").write_text(content, encoding="utf-8")
    with pytest.raises(ServiceValidationError) as err:
        await act(hass, "import_registry", file="h.csv")
    assert err.value.translation_key == code
    assert "1: import_header" in (err.value.translation_placeholders or {})["report"]


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("missing.csv", "file_not_found"),
        ("../../etc/passwd", "file_outside_config"),
        (".", "file_outside_config"),
    ],
)
async def test_file_errors(hass: HomeAssistant, config_dir: Path, name: str, code: str) -> None:
    with pytest.raises(ServiceValidationError) as err:
        await act(hass, "import_registry", file=name)
    assert err.value.translation_key == code


async def test_unreadable_file(hass: HomeAssistant, config_dir: Path) -> None:
    (config_dir / "latin1.csv").write_bytes(b"building\xff\xfe,\x81\n")
    with pytest.raises(ServiceValidationError) as err:
        await act(hass, "import_registry", file="latin1.csv")
    assert err.value.translation_key == "file_unreadable"


async def test_wanted_list_matches_registered_and_new_people(
    hass: HomeAssistant, config_dir: Path
) -> None:
    ids = await populate(hass)
    alarms = async_capture_events(hass, EVENT_ALARM)
    progress = async_capture_events(hass, EVENT_WANTED_PROGRESS)
    newcomer = make_id_number("11010519491231002")
    (config_dir / "wanted.csv").write_text(f"{ID_NUMBER}\n{newcomer}\njunk\n", encoding="utf-8")
    response = await act(hass, "import_wanted_list", file="wanted.csv")
    assert response == {"job_id": response["job_id"], "numbers": 2, "invalid_rows": [3]}
    await hass.async_block_till_done(wait_background_tasks=True)
    assert [(a.data["kind"], a.data["person_id"]) for a in alarms] == [
        ("wanted_person", ids["owner"])
    ]
    assert progress[-1].data == {
        "job_id": response["job_id"],
        "done": 2,
        "total": 2,
        "added": 2,
        "matched": 1,
        "finished": True,
    }
    (config_dir / "again.csv").write_text(f"name,id_number\nX,{ID_NUMBER}\n", encoding="utf-8")
    await act(hass, "import_wanted_list", file="again.csv")
    await hass.async_block_till_done(wait_background_tasks=True)
    assert progress[-1].data["added"] == 0
    person = await act(hass, "add_person", household_id=ids["rental"], name="X", role="tenant")
    await set_id_number(hass, person["person_id"], newcomer)
    await hass.async_block_till_done()
    assert [a.data["person_id"] for a in alarms][-1] == person["person_id"]
    assert "3-1-601" in alarms[-1].data["message"]


async def test_imported_people_on_the_wanted_list_raise_alarms(
    hass: HomeAssistant, config_dir: Path
) -> None:
    """The CSV import checks the wanted list as add_person does."""
    wanted = make_id_number("32050719700101001")
    (config_dir / "wanted.csv").write_text(f"{wanted}\n", encoding="utf-8")
    await act(hass, "import_wanted_list", file="wanted.csv")
    await hass.async_block_till_done(wait_background_tasks=True)
    alarms = async_capture_events(hass, EVENT_ALARM)
    (config_dir / "registry.csv").write_text(GOOD, encoding="utf-8")
    await act(hass, "import_registry", file="registry.csv")
    await hass.async_block_till_done()
    engine = registry_of(hass).engine
    zhao = next(p.id for p in engine.people.values() if p.name == "赵一")
    assert [(a.data["kind"], a.data["person_id"]) for a in alarms] == [("wanted_person", zhao)]


async def test_import_with_meter_addresses(hass: HomeAssistant, config_dir: Path) -> None:
    (config_dir / "meters.csv").write_text(
        "building,unit,room,area_m2,tenure,electricity_meter,water_meter,name,role\n"
        "7,1,101,80,owner,301,00000000000301,周一,owner\n"
        "7,1,102,80,owner,,,周二,owner\n",
        encoding="utf-8",
    )
    assert (await act(hass, "import_registry", file="meters.csv"))["households"] == 2
    engine = registry_of(hass).engine
    assert engine.household_for_meter("000000000301") == engine.household_at("7", "1", "101")
    assert engine.meters(water=True) == {"00000000000301": engine.household_at("7", "1", "101")}


async def test_hex_cards_of_decimal_digits_stay_hex(hass: HomeAssistant, config_dir: Path) -> None:
    """0x0102088475 is stored as 0102088475, which must not be read back as a decimal."""
    (config_dir / "digits.csv").write_text(
        "building,unit,room,area_m2,tenure,name,role,card_uid,card_type,chip_uid,vehicle_kind\n"
        "8,1,101,80,owner,吴一,owner,0x0102088475,id_card,0x0500000001,ebike\n",
        encoding="utf-8",
    )
    await act(hass, "import_registry", file="digits.csv")
    registry = registry_of(hass)
    assert [card["uid"] for card in registry.cards.async_items()] == ["0102088475"]
    assert [v["chip_uid"] for v in registry.vehicles.async_items()] == ["0500000001"]
    decision = await act(hass, "present_credential", access_point="North gate", uid="0x0102088475")
    assert decision["decision"] == "granted"
