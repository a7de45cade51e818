"""Imports read files line by line, within documented bounds, with translated errors."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
import tracemalloc

from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ServiceValidationError
import pytest

from custom_components.compound_security.imports import MAX_FILE_BYTES, MAX_LINE_CHARS

from .helpers import act

pytestmark = pytest.mark.usefixtures("init_integration")

FIFTY_MB = 50 * 1024 * 1024
PADDING = "x" * 900  # wide rows: a 50 MB file stays under every import's row limit
IMPORTS = {  # action -> (header, one row); every row is wrong, so nothing is stored
    "import_registry": (
        "building,unit,room,area_m2,tenure,name,role",
        f"{PADDING},1,1,80,owner,A,owner",  # a building name over 100 characters
    ),
    "import_meter_readings": (
        "meter,period,electricity_kwh,note",
        f"999999999999,2026-10,1,{PADDING}",  # no such meter
    ),
    "import_wanted_list": ("id_number,note", f"1234,{PADDING}"),  # not an ID number
}


@pytest.fixture
def config_dir(hass: HomeAssistant, tmp_path: Path) -> Path:
    hass.config.config_dir = str(tmp_path)
    return tmp_path


def write_rows(path: Path, header: str, row: str, size: int) -> None:
    count = size // (len(row) + 1)
    with path.open("w", encoding="utf-8") as file:
        file.write(header + "\n")
        for _ in range(count):
            file.write(row + "\n")


async def peak_allocation(run: Callable[[], object]) -> int:
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        await run()  # type: ignore[misc]
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("service", list(IMPORTS))
async def test_a_50_mb_import_adds_under_100_mb(
    hass: HomeAssistant, config_dir: Path, service: str
) -> None:
    header, row = IMPORTS[service]
    write_rows(config_dir / "big.csv", header, row, FIFTY_MB)
    assert (config_dir / "big.csv").stat().st_size > FIFTY_MB - 1024

    async def run() -> None:
        try:
            await act(hass, service, file="big.csv")
        except ServiceValidationError as err:
            assert err.translation_key == "import_rejected"  # noqa: PT017

    assert await peak_allocation(run) < 100 * 1024 * 1024


@pytest.mark.parametrize("service", list(IMPORTS))
async def test_a_file_over_the_limit_is_refused(
    hass: HomeAssistant, config_dir: Path, service: str
) -> None:
    with (config_dir / "huge.csv").open("wb") as file:
        file.truncate(MAX_FILE_BYTES + 1)  # sparse: no disk, no time
    with pytest.raises(ServiceValidationError) as err:
        await act(hass, service, file="huge.csv")
    assert err.value.translation_key == "file_too_large"
    assert err.value.translation_placeholders == {"file": "huge.csv", "max_mb": "64"}


@pytest.mark.parametrize("service", list(IMPORTS))
@pytest.mark.parametrize(
    ("content", "code"),
    [
        ("a" * 2_000, "csv_field_too_long"),  # over our field limit
        ('"' + "a\n" * 70_000 + '"', "csv_invalid"),  # over the csv module's own limit
        ("a" * (MAX_LINE_CHARS + 1), "file_line_too_long"),
    ],
)
async def test_oversized_fields_are_translated_errors(
    hass: HomeAssistant, config_dir: Path, service: str, content: str, code: str
) -> None:
    header, _row = IMPORTS[service]
    (config_dir / "wide.csv").write_text(f"{header}\n{content}\n", encoding="utf-8")
    with pytest.raises(ServiceValidationError) as err:
        await act(hass, service, file="wide.csv")
    assert err.value.translation_key == code
    assert (err.value.translation_placeholders or {}).get("row") == "2"
