"""Reading CSV files row by row, with bounded fields, for every import.

The rows come from any iterable of lines (a file being read, or a text), so an import
never holds the whole file. Malformed CSV and over-long fields raise `RuleError` with
the row number, never `csv.Error`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
import csv
import io

from .errors import RuleError

MAX_FIELD_CHARS = 1_000  # far above any field we store (texts are at most 200 characters)


def lines_of(source: str | Iterable[str]) -> Iterable[str]:
    """Return the lines of a text, or the lines given."""
    return io.StringIO(source) if isinstance(source, str) else source


def read_rows(
    source: str | Iterable[str],
) -> tuple[list[str], Iterator[tuple[int, dict[str, str]]]]:
    """Return the stripped header and an iterator of (row number, stripped row).

    The header is row 1. Missing trailing cells read as empty; a byte-order mark from
    Excel is dropped.
    """
    reader = csv.reader(_without_bom(lines_of(source)))
    try:
        header = [name.strip() for name in next(reader, [])]
    except csv.Error as err:
        raise RuleError("csv_invalid", row="1", error=str(err)) from None
    _check_lengths(header, 1)
    return header, _rows(reader, header)


def _without_bom(lines: Iterable[str]) -> Iterator[str]:
    iterator = iter(lines)
    first = next(iterator, None)
    if first is not None:
        yield first.removeprefix("\ufeff")
    yield from iterator


def _rows(reader: Iterator[list[str]], header: list[str]) -> Iterator[tuple[int, dict[str, str]]]:
    number = 1
    while True:
        try:
            cells = next(reader, None)
        except csv.Error as err:
            raise RuleError("csv_invalid", row=str(number + 1), error=str(err)) from None
        if cells is None:
            return
        number += 1
        if not cells:
            continue  # a blank line
        _check_lengths(cells, number)
        yield (
            number,
            {
                name: (cells[index].strip() if index < len(cells) else "")
                for index, name in enumerate(header)
            },
        )


def _check_lengths(cells: list[str], number: int) -> None:
    if any(len(cell) > MAX_FIELD_CHARS for cell in cells):
        raise RuleError("csv_field_too_long", row=str(number), max=str(MAX_FIELD_CHARS))


def column_values(source: str | Iterable[str], column: str) -> Iterator[str]:
    """Yield one value per row: the named column's, or the first cell's without a header.

    A file with one value per line has no header; a spreadsheet export has one naming
    `column` among others.
    """
    reader = csv.reader(_without_bom(lines_of(source)))
    index: int | None = None
    number = 0
    while True:
        try:
            cells = next(reader, None)
        except csv.Error as err:
            raise RuleError("csv_invalid", row=str(number + 1), error=str(err)) from None
        if cells is None:
            return
        number += 1
        _check_lengths(cells, number)
        if number == 1 and column in (names := [c.strip().casefold() for c in cells]):
            index = names.index(column)
            continue
        if cells and any(cell.strip() for cell in cells):
            cell = index if index is not None else 0
            yield cells[cell].strip() if cell < len(cells) else ""
