"""Cells of the CSV files the console hands out, safe to open in a spreadsheet.

A cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return is run as a formula
by Excel and WPS (CSV injection: a name typed as `=HYPERLINK(...)` would become a link
on a police officer's screen), so such a cell is written with a leading apostrophe,
which spreadsheets show as text.
"""

from __future__ import annotations

from typing import Final

_FORMULA_START: Final = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: object) -> str:
    """Return a cell's text; one a spreadsheet would run as a formula is quoted."""
    text = "" if value is None else str(value)
    return f"'{text}" if text.startswith(_FORMULA_START) else text
