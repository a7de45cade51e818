"""The snapshot purge removes old day folders and leaves what it does not recognise."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from custom_components.compound_security.cameras import purge_snapshots
from custom_components.compound_security.engine.camera_health import SNAPSHOTS

CUTOFF = datetime(2026, 5, 25, tzinfo=UTC)


def _picture(folder: Path, name: str = "alarm.jpg") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(b"jpeg")
    return path


def test_unexpected_entries_are_skipped_and_the_rest_purged(tmp_path: Path) -> None:
    folder = tmp_path / SNAPSHOTS
    _picture(folder / "2026-05-01")
    _picture(folder / "2026-05-02", "a.jpg")
    _picture(folder / "2026-05-02", "b.jpg")
    nested = _picture(folder / "2026-05-03" / "manual")  # a subfolder inside a day
    _picture(folder / "2026-05-03")
    stray_folder = _picture(folder / "exports")  # not a day
    short_date = _picture(folder / "2026-5-4")  # not a name we write
    stray_file = _picture(folder, "README.txt")  # a file at top level
    outside = _picture(tmp_path / "elsewhere")
    (folder / "2026-05-05").symlink_to(outside.parent)  # a link out of the folder
    recent = _picture(folder / "2026-11-20")

    assert purge_snapshots(tmp_path, CUTOFF) == 4
    left = sorted(p.name for p in folder.iterdir())
    assert left == ["2026-05-03", "2026-05-05", "2026-11-20", "2026-5-4", "README.txt", "exports"]
    for kept in (nested, stray_folder, short_date, stray_file, outside, recent):
        assert kept.exists()
    assert [p.name for p in (folder / "2026-05-03").iterdir()] == ["manual"]
