"""Helpers shared by the subentry dataclasses."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def stored_text(data: Mapping[str, Any], key: str) -> str | None:
    """Return a stored text, or None when it is absent or empty."""
    value = data.get(key)
    return str(value) if value else None


def present(values: Mapping[str, Any]) -> dict[str, Any]:
    """Leave out what has no value: empty fields are not stored."""
    return {key: value for key, value in values.items() if value}
