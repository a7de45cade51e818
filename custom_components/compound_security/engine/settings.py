"""Compound-wide settings and the rules they must satisfy."""

from __future__ import annotations

from dataclasses import dataclass
import re

DEFAULT_MIN_AREA_PER_PERSON = 10.0
"""Square metres of floor area per card in a rental flat (安居E卡 rule)."""

MIN_RETENTION_DAYS = 180
"""GB 50396-2007 §5.2.2: the centre keeps access records for at least 180 days."""

MAX_RETENTION_DAYS = 1825
"""PIPL Art. 19: no longer than needed; five years covers every audit we know of."""

DEFAULT_RETENTION_DAYS = MIN_RETENTION_DAYS

MAX_NAME_LENGTH = 100


class SettingsError(ValueError):
    """A setting breaks a rule; `field` and `code` name which and why."""

    def __init__(self, field: str, code: str) -> None:
        """Remember the offending field and a stable error code."""
        super().__init__(f"{field}: {code}")
        self.field = field
        self.code = code


@dataclass(frozen=True, slots=True)
class CompoundSettings:
    """What the property office configures once per compound."""

    name: str
    min_area_per_person: float = DEFAULT_MIN_AREA_PER_PERSON
    retention_days: int = DEFAULT_RETENTION_DAYS

    def card_cap(self, area_m2: float) -> int:
        """Return how many active cards a rental flat of `area_m2` may hold."""
        return cards_allowed(area_m2, self.min_area_per_person)


def cards_allowed(area_m2: float, min_area_per_person: float) -> int:
    """Return floor(area / floor area per card): the 安居E卡 cap of a rental flat."""
    return int(area_m2 // min_area_per_person)


def normalize_name(name: str) -> str:
    """Return the compound's name with runs of white space folded to one space."""
    return re.sub(r"\s+", " ", name).strip()


def compound_key(name: str) -> str:
    """Return the key two names must share to denote the same compound."""
    return normalize_name(name).casefold()


def validate_settings(
    name: str, min_area_per_person: float, retention_days: float
) -> CompoundSettings:
    """Check every rule and return the settings, or raise `SettingsError`."""
    clean = normalize_name(name)
    if not clean:
        raise SettingsError("name", "name_required")
    if len(clean) > MAX_NAME_LENGTH:
        raise SettingsError("name", "name_too_long")
    if not min_area_per_person > 0:
        raise SettingsError("min_area_per_person", "min_area_not_positive")
    if retention_days != int(retention_days):
        raise SettingsError("retention_days", "retention_not_whole_days")
    if retention_days < MIN_RETENTION_DAYS:
        raise SettingsError("retention_days", "retention_too_short")
    if retention_days > MAX_RETENTION_DAYS:
        raise SettingsError("retention_days", "retention_too_long")
    return CompoundSettings(clean, float(min_area_per_person), int(retention_days))


@dataclass(frozen=True, slots=True)
class AccessPointSettings:
    """A gate, unit door or garage barrier: where credentials are presented."""

    id: str
    name: str
    zone: str
    direction: str
    building: str = ""  # a unit door's building (and unit): whose residents it lets in
    unit: str = ""
    card_and_face: bool = False  # a card and its holder's face within 10 s, not either
