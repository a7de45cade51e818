"""Files the actions read or write, confined to the configuration folder and bounded.

Imports are read line by line in the executor, never whole: the CSV rows are checked as
they arrive, so a large file costs memory for what it yields, not for its text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TextIO

from .engine.errors import RuleError

MAX_FILE_BYTES = 64 * 1024 * 1024  # documented in the README (CSV import)
MAX_LINE_CHARS = 100_000  # below the csv module's own field limit (131,072)


def path_in_config(config_dir: str, name: str) -> Path:
    """Return a path inside the configuration directory, refusing anything else.

    Resolving follows links, so this runs in the executor.
    """
    base = Path(config_dir).resolve()
    path = (base / name).resolve()
    if not path.is_relative_to(base) or path == base:
        raise RuleError("file_outside_config", file=name)
    return path


def read_file[T](config_dir: str, name: str, consume: Callable[[Iterator[str]], T]) -> T:
    """Open a UTF-8 text file in the configuration folder and hand its lines to `consume`.

    Runs in the executor. Refuses files over `MAX_FILE_BYTES` and lines over
    `MAX_LINE_CHARS`; read errors become `RuleError`s naming the file.
    """
    path = path_in_config(config_dir, name)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise RuleError("file_too_large", file=path.name, max_mb=str(MAX_FILE_BYTES // 1024**2))
        with path.open(encoding="utf-8-sig", newline="") as file:
            return consume(_bounded_lines(file, path.name))
    except FileNotFoundError:
        raise RuleError("file_not_found", file=path.name) from None
    except (OSError, UnicodeDecodeError) as err:
        raise RuleError("file_unreadable", file=path.name, error=str(err)) from None


def _bounded_lines(file: TextIO, name: str) -> Iterator[str]:
    number = 0
    while line := file.readline(MAX_LINE_CHARS + 1):
        number += 1
        if len(line) > MAX_LINE_CHARS:
            raise RuleError(
                "file_line_too_long", file=name, row=str(number), max=str(MAX_LINE_CHARS)
            )
        yield line
