"""The Hunspell dictionaries shipped with the app check both languages on a bare machine."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import enchant
import pytest

from editor_app.core.model import Locales
from editor_app.core.spelling.checker import SpellChecker
from editor_app.core.spelling.dictionaries import DictionarySource, bundled_dictionary_dir

ROOT = Path(__file__).resolve().parents[3]
SHIPPED = ("en_GB", "en_US", "es_ES", "es_MX")

# Run in a private mount namespace where the system's Hunspell folder is an empty one, and
# enchant's user folder (ENCHANT_CONFIG_DIR) is empty too: only the bundled copies remain.
PROBE = """
import json, sys
import enchant
from editor_app.core.model import Locales
from editor_app.core.spelling.checker import SpellChecker

out = {"system": enchant.Broker().list_languages()}
for es, en in (("es_MX", "en_US"), ("es_ES", "en_GB")):
    checker = SpellChecker(Locales(es=es, en=en), user_dir=sys.argv[1])
    out[es + "+" + en] = {
        "statuses": {k: [s.tag, s.bundled, s.message] for k, s in checker.statuses.items()},
        "es": [m.word for m in checker.check_text(
            "Los cancilleres hablarón de fronteras y comercio", "es")],
        "en": [m.word for m in checker.check_text(
            "The ministers discused the colour of the color guard", "en")],
    }
print(json.dumps(out))
"""


def test_the_package_ships_four_dictionaries_with_their_licences() -> None:
    folder = bundled_dictionary_dir()
    assert folder is not None
    assert DictionarySource().bundled_tags() == list(SHIPPED)
    for tag in SHIPPED:
        names = {p.name for p in (folder / tag).iterdir()}
        assert {f"{tag}.aff", f"{tag}.dic", "SOURCE.txt"} <= names
        assert "Licence: " in (folder / tag / "SOURCE.txt").read_text("utf-8")
        assert len(names) > 3, f"{tag} has no licence file"


def test_a_system_dictionary_of_the_same_tag_comes_before_the_bundled_one(
    tmp_path: Path,
) -> None:
    if "es_MX" not in enchant.Broker().list_languages():
        pytest.skip("this machine has no system es_MX dictionary to prefer")
    checker = SpellChecker(Locales(es="es_MX"), user_dir=tmp_path)
    status = checker.status("es")
    assert (status.tag, status.bundled, status.message) == ("es_MX", False, "")


def test_a_regional_dictionary_the_system_lacks_comes_from_the_bundle(tmp_path: Path) -> None:
    if "en_GB" in enchant.Broker().list_languages():
        pytest.skip("this machine has its own en_GB dictionary")
    checker = SpellChecker(Locales(en="en_GB"), user_dir=tmp_path)
    status = checker.status("en")
    assert (status.tag, status.bundled, status.message) == ("en_GB", True, "")
    text = "The colour of the color guard"
    assert [m.word for m in checker.check_text(text, "en")] == ["color"]


def test_no_bundled_fallback_when_a_dictionary_folder_replaces_the_system(
    tmp_path: Path,
) -> None:
    checker = SpellChecker(dictionary_dir=tmp_path / "none", user_dir=tmp_path)
    assert not checker.is_checked("es")
    assert not checker.is_checked("en")


def _hidden_system_run(tmp_path: Path) -> dict[str, object]:
    unshare = shutil.which("unshare")
    hunspell = Path("/usr/share/hunspell")
    if sys.platform != "linux" or unshare is None or not hunspell.is_dir():
        pytest.skip("hiding the system dictionaries needs Linux, unshare and /usr/share/hunspell")
    empty, config = tmp_path / "empty", tmp_path / "enchant-config"
    empty.mkdir()
    config.mkdir()
    script = tmp_path / "probe.py"
    script.write_text(PROBE, "utf-8")
    user_flag = [] if os.geteuid() == 0 else ["-r"]
    inner = (
        f"mount --bind {empty} {hunspell} && exec {sys.executable} {script} {tmp_path / 'words'}"
    )
    env = {**os.environ, "ENCHANT_CONFIG_DIR": str(config), "PYTHONPATH": str(ROOT)}
    run = subprocess.run(
        [unshare, *user_flag, "-m", "--propagation", "private", "sh", "-c", inner],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    if run.returncode != 0 and "mount" in run.stderr + run.stdout and not run.stdout:
        pytest.skip(f"cannot make a private mount namespace here: {run.stderr.strip()}")
    assert run.returncode == 0, run.stderr[-2000:]
    result: dict[str, object] = json.loads(run.stdout)
    return result


def test_spelling_works_from_the_bundled_dictionaries_alone(tmp_path: Path) -> None:
    result = _hidden_system_run(tmp_path)
    assert result["system"] == []
    assert result["es_MX+en_US"] == {
        "statuses": {"es": ["es_MX", True, ""], "en": ["en_US", True, ""]},
        "es": ["hablarón"],
        "en": ["discused", "colour"],
    }
    assert result["es_ES+en_GB"] == {
        "statuses": {"es": ["es_ES", True, ""], "en": ["en_GB", True, ""]},
        "es": ["hablarón"],
        "en": ["discused", "color"],
    }
