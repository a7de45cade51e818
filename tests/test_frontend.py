"""The console's committed bundle is what its sources build; its words exist in both languages."""

from __future__ import annotations

import json
from pathlib import Path
import re
import shutil
import subprocess

import pytest

from custom_components.compound_security.engine.outcomes import AlarmKind
from custom_components.compound_security.panel import BUNDLE

FRONTEND = Path(__file__).parents[1] / "frontend"
LOCALES = FRONTEND / "src" / "locales"
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def _leaves(tree: dict[str, object], prefix: str = "") -> dict[str, str]:
    leaves: dict[str, str] = {}
    for key, value in tree.items():
        if isinstance(value, dict):
            leaves |= _leaves(value, f"{prefix}{key}.")
        else:
            leaves[f"{prefix}{key}"] = str(value)
    return leaves


def test_the_committed_bundle_is_built_from_the_sources(tmp_path: Path) -> None:
    node = shutil.which("node")
    assert node is not None, "node is needed to check the bundle (script/setup installs it)"
    assert (FRONTEND / "node_modules").is_dir(), "run script/setup: it installs the node packages"
    fresh = tmp_path / "compound-security.js"
    subprocess.run(  # noqa: S603  # our own build script, with node from PATH
        [node, "build.mjs", str(fresh)], cwd=FRONTEND, check=True, timeout=120
    )
    assert fresh.read_bytes() == BUNDLE.read_bytes(), (
        "the committed bundle is stale: run `npm run build` in frontend/ and commit it"
    )


@pytest.mark.parametrize("language", ["en", "zh-Hans"])
def test_locale_files_are_sorted_source_files(language: str) -> None:
    text = (LOCALES / f"{language}.json").read_text(encoding="utf-8")
    data = json.loads(text)
    assert text == json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def test_both_languages_have_the_same_words_and_placeholders() -> None:
    english = _leaves(json.loads((LOCALES / "en.json").read_text(encoding="utf-8")))
    chinese = _leaves(json.loads((LOCALES / "zh-Hans.json").read_text(encoding="utf-8")))
    assert sorted(english) == sorted(chinese)
    for key, text in english.items():
        assert set(PLACEHOLDER.findall(text)) == set(PLACEHOLDER.findall(chinese[key])), key
        assert chinese[key].strip(), key


def test_every_key_the_sources_ask_for_exists() -> None:
    english = _leaves(json.loads((LOCALES / "en.json").read_text(encoding="utf-8")))
    asked = {
        match
        for source in (FRONTEND / "src").rglob("*.ts")
        for match in re.findall(
            r"localize\([^,()]+,\s*\"([\w.]+)\"", source.read_text(encoding="utf-8")
        )
    }
    assert asked, "the scan found no localize() calls: the pattern is wrong"
    assert sorted(asked - set(english)) == []


def test_the_console_names_every_alarm_kind() -> None:
    english = _leaves(json.loads((LOCALES / "en.json").read_text(encoding="utf-8")))
    assert sorted(k for k in AlarmKind if f"enum.alarm_kind.{k}" not in english) == []
