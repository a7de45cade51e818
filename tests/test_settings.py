"""Compound settings rules (plain Python, no Home Assistant)."""

from __future__ import annotations

import pytest

from custom_components.compound_security.engine.settings import (
    CompoundSettings,
    SettingsError,
    compound_key,
    normalize_name,
    validate_settings,
)


def test_defaults_follow_gb50396_and_anju_card() -> None:
    settings = CompoundSettings(name="A")
    assert settings.min_area_per_person == 10.0
    assert settings.retention_days == 180


@pytest.mark.parametrize(
    ("area", "per_person", "cap"),
    [(59.9, 10, 5), (60, 10, 6), (9.99, 10, 0), (88, 12.5, 7), (120, 20, 6)],
)
def test_card_cap_is_floor_of_area_per_person(area: float, per_person: float, cap: int) -> None:
    assert CompoundSettings("A", per_person).card_cap(area) == cap


def test_names_fold_white_space_and_case() -> None:
    assert normalize_name("  Caohu   Garden\tZone 5 ") == "Caohu Garden Zone 5"
    assert compound_key("CAOHU garden  zone 5") == compound_key("Caohu Garden Zone 5")
    assert compound_key("漕湖花园五区 ") == "漕湖花园五区"


def test_valid_settings_are_normalised() -> None:
    assert validate_settings(" 漕湖花园五区 ", 12, 365.0) == CompoundSettings(
        "漕湖花园五区", 12.0, 365
    )


@pytest.mark.parametrize(
    ("name", "area", "days", "field", "code"),
    [
        ("", 10, 180, "name", "name_required"),
        ("   ", 10, 180, "name", "name_required"),
        ("x" * 101, 10, 180, "name", "name_too_long"),
        ("A", 0, 180, "min_area_per_person", "min_area_not_positive"),
        ("A", -3, 180, "min_area_per_person", "min_area_not_positive"),
        ("A", float("nan"), 180, "min_area_per_person", "min_area_not_positive"),
        ("A", 10, 179, "retention_days", "retention_too_short"),
        ("A", 10, 0, "retention_days", "retention_too_short"),
        ("A", 10, 180.5, "retention_days", "retention_not_whole_days"),
        ("A", 10, 1826, "retention_days", "retention_too_long"),
    ],
)
def test_each_rule_names_its_field(
    name: str, area: float, days: float, field: str, code: str
) -> None:
    with pytest.raises(SettingsError) as err:
        validate_settings(name, area, days)
    assert (err.value.field, err.value.code) == (field, code)


def test_boundaries_are_accepted() -> None:
    assert validate_settings("A", 0.5, 180).retention_days == 180
    assert validate_settings("A", 10, 1825).retention_days == 1825
    assert validate_settings("x" * 100, 10, 180).name == "x" * 100
