"""Bounds on what people type: lengths, characters, counts and ranges.

Everything typed ends up in storage, logs of staff actions or messages; a control
character can forge a line in a log or a CSV export, and an endless value fills a disk.
Each rule raises `RuleError` naming the field, so staff see which entry to fix.
"""

from __future__ import annotations

from collections.abc import Iterable
import math
import re
from typing import Any, Final
import unicodedata

from .errors import RuleError

MAX_TEXT = 100
MAX_NOTE = 500
MAX_STATUS_REASON = 200
MAX_NOTIFY_TARGETS = 10
MAX_NOTIFY_TARGET = 100
MIN_AREA_M2 = 1.0
MAX_AREA_M2 = 10_000.0
_CONTROL_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co"})
_NOTIFY_TARGET = re.compile(r"(notify\.)?[a-z0-9_]+")


def has_control_characters(value: str) -> bool:
    """Return whether `value` holds control, format or private-use characters."""
    return any(unicodedata.category(char) in _CONTROL_CATEGORIES for char in value)


def checked_text(value: Any, field: str, maximum: int = MAX_TEXT) -> str:
    """Return `value` stripped, or raise `text_invalid` if it is too long or not plain text."""
    text = str(value if value is not None else "").strip()
    if len(text) > maximum or has_control_characters(text):
        raise RuleError("text_invalid", field=field, max=str(maximum))
    return text


def checked_area(value: Any) -> float:
    """Return a floor area in m², refusing what is not a finite number from 1 to 10,000."""
    try:
        area = float(value)
    except TypeError, ValueError:
        area = 0.0
    if math.isfinite(area) and area <= 0:
        raise RuleError("area_not_positive")
    if not (math.isfinite(area) and MIN_AREA_M2 <= area <= MAX_AREA_M2):
        raise RuleError("area_out_of_range", min=f"{MIN_AREA_M2:g}", max=f"{MAX_AREA_M2:g}")
    return area


# Targets every logged-in user of Home Assistant reads, residents too: never told of an
# alarm (a staff route, escalation or a family's list); the guard room uses the console.
SHARED_TARGETS: Final = frozenset({"notify.persistent_notification"})


def notify_targets(values: Iterable[str] | None) -> list[str]:
    """Return `notify.<name>` targets, each once, or raise `notify_target_invalid`.

    A target every user reads is refused: `notify_target_shared`.
    """
    listed = list(values or ())
    if len(listed) > MAX_NOTIFY_TARGETS:
        raise RuleError("notify_targets_too_many", max=str(MAX_NOTIFY_TARGETS))
    targets: list[str] = []
    for value in listed:
        target = str(value).strip()
        if len(target) > MAX_NOTIFY_TARGET or not _NOTIFY_TARGET.fullmatch(target):
            raise RuleError("notify_target_invalid", target=target[:MAX_NOTIFY_TARGET])
        if not target.startswith("notify."):
            target = f"notify.{target}"
        if target in SHARED_TARGETS:
            raise RuleError("notify_target_shared", target=target)
        if target not in targets:
            targets.append(target)
    return targets


def target_error(err: RuleError) -> str:
    """Return a form's error for a refused target: shared with every user, or invalid."""
    return "notify_target_shared" if err.code == "notify_target_shared" else "notify_target_invalid"
