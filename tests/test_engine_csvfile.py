"""CSV rows for every import: bounded fields, row numbers, one-column lists (plain Python)."""

from __future__ import annotations

import pytest

from custom_components.compound_security.engine.csvfile import (
    MAX_FIELD_CHARS,
    column_values,
    read_rows,
)
from custom_components.compound_security.engine.errors import RuleError


def test_rows_are_stripped_numbered_and_padded() -> None:
    header, rows = read_rows("\ufeff a , b \n1, 2 \n\n3\n")
    assert header == ["a", "b"]
    assert list(rows) == [(2, {"a": "1", "b": "2"}), (4, {"a": "3", "b": ""})]


def test_a_list_reads_with_or_without_a_header() -> None:
    assert list(column_values("\ufeff1\n\n2\n", "id_number")) == ["1", "2"]
    assert list(column_values("name,ID_Number\nA,1\nB\n", "id_number")) == ["1", ""]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (f"a\n{'x' * (MAX_FIELD_CHARS + 1)}\n", "csv_field_too_long"),
        ('a\n"' + "x" * 200_000 + '"\n', "csv_invalid"),
    ],
)
def test_oversized_fields_raise_rule_errors(text: str, code: str) -> None:
    for read in (lambda: list(read_rows(text)[1]), lambda: list(column_values(text, "a"))):
        with pytest.raises(RuleError) as err:
            read()
        assert (err.value.code, err.value.placeholders["row"]) == (code, "2")
