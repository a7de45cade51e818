"""What hassfest and the HACS action would check, done offline, plus our own rules."""

from __future__ import annotations

import ast
import json
from pathlib import Path
import re
from typing import Any

from homeassistant.const import __version__ as ha_version
from homeassistant.helpers import config_validation as cv
from homeassistant.util.yaml import load_yaml_dict
from PIL import Image
import pytest

from custom_components.compound_security.engine.decision import AlarmKind
from custom_components.compound_security.engine.routing import AlarmAction

ROOT = Path(__file__).parents[1]
INTEGRATION = ROOT / "custom_components/compound_security"
TRANSLATIONS = INTEGRATION / "translations"


def _json(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _keys(tree: dict[str, Any], prefix: str = "") -> set[str]:
    keys: set[str] = set()
    for key, value in tree.items():
        if isinstance(value, dict):
            keys |= _keys(value, f"{prefix}{key}.")
        else:
            keys.add(f"{prefix}{key}")
    return keys


def _leaves(tree: dict[str, Any]) -> list[str]:
    return [
        v
        for value in tree.values()
        for v in (_leaves(value) if isinstance(value, dict) else [value])
    ]


def test_manifest_is_what_hassfest_accepts() -> None:
    manifest = _json(INTEGRATION / "manifest.json")
    keys = list(manifest)
    assert keys[:2] == ["domain", "name"]
    assert keys[2:] == sorted(keys[2:]), "hassfest wants domain, name, then sorted keys"
    assert manifest["domain"] == INTEGRATION.name
    for key in ("codeowners", "documentation", "issue_tracker", "version"):
        assert manifest[key], key
    assert manifest["config_flow"] is True
    assert manifest["integration_type"] == "hub"
    assert manifest["iot_class"] == "local_push"
    assert re.fullmatch(r"\d+\.\d+\.\d+", manifest["version"])
    for requirement in manifest["requirements"]:
        assert re.fullmatch(r"[A-Za-z0-9_.-]+==[0-9][0-9A-Za-z.]*", requirement), requirement


def test_requirements_match_home_assistant_constraints() -> None:
    """A pin that disagrees with core's constraints fails to install in a real HA."""
    import homeassistant  # noqa: PLC0415

    constraints = (Path(homeassistant.__file__).parent / "package_constraints.txt").read_text()
    pinned = {
        match[1].lower(): match[2]
        for match in re.finditer(r"^([A-Za-z0-9_.-]+)==([^\s;]+)", constraints, re.MULTILINE)
    }
    for requirement in _json(INTEGRATION / "manifest.json")["requirements"]:
        name, version = requirement.split("==")
        if name.lower() in pinned:
            assert pinned[name.lower()] == version, requirement


def test_hacs_json_schema() -> None:
    hacs = _json(ROOT / "hacs.json")
    allowed = {
        "name",
        "content_in_root",
        "zip_release",
        "filename",
        "hide_default_branch",
        "country",
        "homeassistant",
        "hacs",
        "persistent_directory",
        "render_readme",
    }
    assert set(hacs) <= allowed
    assert hacs["name"]
    assert hacs["homeassistant"] == ha_version, "hacs.json minimum = the version we test"
    assert ("zip_release" in hacs) == ("filename" in hacs)
    assert len(list((ROOT / "custom_components").iterdir())) == 1


def test_translations_have_the_same_keys() -> None:
    english = _keys(_json(TRANSLATIONS / "en.json"))
    chinese = _keys(_json(TRANSLATIONS / "zh-Hans.json"))
    assert english == chinese
    assert sorted(p.name for p in TRANSLATIONS.iterdir()) == ["en.json", "zh-Hans.json"]


@pytest.mark.parametrize("language", ["en", "zh-Hans"])
def test_translations_are_clean(language: str) -> None:
    for text in _leaves(_json(TRANSLATIONS / f"{language}.json")):
        assert text
        assert text.strip() == text, text
        assert "<" not in text, f"hassfest rejects HTML: {text}"
        assert ">" not in text, f"hassfest rejects HTML: {text}"
        assert "[%key:" not in text, "references only work in core"


def _placeholders(tree: dict[str, Any], prefix: str = "") -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for key, value in tree.items():
        if isinstance(value, dict):
            found |= _placeholders(value, f"{prefix}{key}.")
        else:
            found[f"{prefix}{key}"] = set(re.findall(r"\{(\w+)\}", value))
    return found


def test_translations_have_the_same_placeholders() -> None:
    """The JSON files are the source: both languages fill in the same placeholders."""
    english = _placeholders(_json(TRANSLATIONS / "en.json"))
    chinese = _placeholders(_json(TRANSLATIONS / "zh-Hans.json"))
    differing = {key for key in english if english[key] != chinese.get(key)}
    assert not differing


@pytest.mark.parametrize("language", ["en", "zh-Hans"])
def test_translations_keep_their_keys_sorted(language: str) -> None:
    """Sorted keys keep additions from different changes apart (and diffs small)."""
    text = (TRANSLATIONS / f"{language}.json").read_text(encoding="utf-8")
    data = json.loads(text)
    assert text == json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def _string_literals(path: Path) -> set[str]:
    return {
        node.value
        for node in ast.walk(ast.parse(path.read_text()))
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    }


def test_every_flow_error_has_a_string() -> None:
    english = _json(TRANSLATIONS / "en.json")
    settings_codes = {
        code
        for code in _string_literals(INTEGRATION / "engine/settings.py")
        if re.fullmatch(r"[a-z]+(_[a-z]+)+", code)
        and code not in {"min_area_per_person", "retention_days"}
    }
    assert settings_codes, "the settings rules name their error codes"
    for section in (english["config"]["error"], english["options"]["error"]):
        assert settings_codes <= set(section)
    subentry_errors = set(english["config_subentries"]["access_point"]["error"])
    assert {"name_exists", "name_required"} <= subentry_errors
    assert "name_exists" in english["config"]["error"]


def test_every_form_field_has_a_label_and_description() -> None:
    english = _json(TRANSLATIONS / "en.json")
    steps = [
        *english["config"]["step"].values(),
        *english["options"]["step"].values(),
        *english["config_subentries"]["access_point"]["step"].values(),
    ]
    for step in steps:
        for part in [step, *step.get("sections", {}).values()]:
            assert set(part.get("data", {})) == set(part.get("data_description", {}))
    hardware = english["config_subentries"]["access_point"]["step"]["hardware"]
    assert set(hardware["sections"]) == {
        "card_reader",
        "chip_reader",
        "network_readers",
        "gate",
        "door",
        "frigate",
    }


def test_selector_options_are_translated() -> None:
    from custom_components.compound_security.const import Direction, Zone  # noqa: PLC0415

    selectors = _json(TRANSLATIONS / "en.json")["selector"]
    assert set(selectors["zone"]["options"]) == {z.value for z in Zone}
    assert set(selectors["direction"]["options"]) == {d.value for d in Direction}


def test_services_yaml_matches_translations() -> None:
    path = INTEGRATION / "services.yaml"
    services = load_yaml_dict(str(path)) if path.exists() else {}
    translated = _json(TRANSLATIONS / "en.json").get("services", {})
    assert set(services) == set(translated)
    for name, service in services.items():
        assert cv.slug(name) == name
        for field in (service or {}).get("fields", {}):
            assert field in translated[name]["fields"], f"{name}.{field}"


@pytest.mark.parametrize(("name", "size"), [("icon.png", 256), ("icon@2x.png", 512)])
def test_brand_images(name: str, size: int) -> None:
    with Image.open(INTEGRATION / "brand" / name) as image:
        assert image.size == (size, size)
        assert image.mode == "RGBA"


@pytest.mark.parametrize("package", ["engine", "transport"])
def test_domain_and_protocol_code_has_no_home_assistant_imports(package: str) -> None:
    for path in (INTEGRATION / package).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            names = (
                [alias.name for alias in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom) and node.level == 0
                else []
            )
            for name in names:
                assert not name.startswith("homeassistant"), f"{path.name} imports {name}"


def _rule_errors_raised() -> dict[str, set[str]]:
    """Return every `RuleError(code, **placeholders)` and `_invalid(...)` the code raises."""
    raised: dict[str, set[str]] = {}
    for path in INTEGRATION.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("RuleError", "invalid")
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                keys = {k.arg for k in node.keywords if k.arg}
                raised.setdefault(str(node.args[0].value), set()).update(keys)
    return raised


def test_every_raised_error_is_translated_with_its_placeholders() -> None:
    for language in ("en", "zh-Hans"):
        exceptions = _json(TRANSLATIONS / f"{language}.json")["exceptions"]
        for code, given in _rule_errors_raised().items():
            assert code in exceptions, f"{language}: {code}"
            used = set(re.findall(r"\{(\w+)\}", exceptions[code]["message"]))
            assert used <= given, f"{language}: {code} uses {used - given}"


def test_settings_errors_raised_in_code_are_translated() -> None:
    english = _json(TRANSLATIONS / "en.json")
    assert "audit_unavailable" in english["exceptions"]


def test_texts_that_are_not_errors_are_common_texts() -> None:
    """Alarm messages, notification titles, button labels and notes: `common`, in both."""
    for language in ("en", "zh-Hans"):
        translations = _json(TRANSLATIONS / f"{language}.json")
        common = translations["common"]
        for kind in AlarmKind:
            assert isinstance(common[f"alarm_{kind}"], str), f"{language}: alarm_{kind}"
            assert isinstance(common[f"title_{kind}"], str), f"{language}: title_{kind}"
            assert f"alarm_{kind}" not in translations["exceptions"]
        for action in AlarmAction:
            assert isinstance(common[f"action_{action}"], str), f"{language}: action_{action}"
        for key in ("escalated", "note_its_me", "note_stop_it"):
            assert isinstance(common[key], str), f"{language}: {key}"
        assert not any(key.startswith(("title_", "action_")) for key in translations["exceptions"])


def test_workflows_validate_where_the_repository_is_published() -> None:
    """Hassfest and the HACS action run on GitHub; every action is pinned by commit."""
    workflows = ROOT / ".github/workflows"
    texts = {path.name: path.read_text(encoding="utf-8") for path in workflows.glob("*.yml")}
    assert "home-assistant/actions/hassfest@" in texts["validate.yml"]
    assert "hacs/action@" in texts["validate.yml"]
    assert "bash .ci/run" in texts["tests.yml"]
    for name, text in texts.items():
        assert "permissions: {}" in text, name
        for action in re.findall(r"uses: (\S+)", text):
            assert re.fullmatch(r"[\w./-]+@[0-9a-f]{40}", action), f"{name}: {action} not pinned"
