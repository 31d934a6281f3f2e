"""Hostile environments: the app starts and explains (no dictionaries, one language,
LANG=C, an unknown locale in the file)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from editor_app.core.autosave import Autosave
from editor_app.core.model import Locales
from editor_app.core.spelling.checker import SpellChecker
from editor_app.core.store import example_text
from editor_app.gui.editor import Editor
from editor_app.gui.settings import AppSettings

HUNSPELL = Path("/usr/share/hunspell")


def editor_with_dictionaries(
    qtbot: QtBot, app_settings: AppSettings, tmp_path: Path, folder: Path
) -> Editor:
    def make(locales: Locales) -> SpellChecker:
        return SpellChecker(locales, dictionary_dir=folder, user_dir=tmp_path / "words")

    editor = Editor(app_settings, make_checker=make, autosave=Autosave(tmp_path / "autosave"))
    qtbot.addWidget(editor.window)
    editor.open_start(None)
    editor.refresh()  # never shown: render now (at start-up this follows the first paint)
    return editor


def test_no_dictionaries_the_status_bar_says_how_to_fix_it(
    qtbot: QtBot, app_settings: AppSettings, tmp_path: Path
) -> None:
    empty = tmp_path / "none"
    empty.mkdir()
    editor = editor_with_dictionaries(qtbot, app_settings, tmp_path, empty)
    text = editor.window.dictionaries.text()
    assert "Spanish: unchecked" in text and "English: unchecked" in text
    assert "hunspell-es" in text and "hunspell-en-us" in text
    # Everything else still works.
    assert "Llamada del subsecretario" in editor.window.ui.esPreview.toPlainText()


def test_only_english_installed(qtbot: QtBot, app_settings: AppSettings, tmp_path: Path) -> None:
    folder = tmp_path / "en-only"
    folder.mkdir()
    for suffix in (".aff", ".dic"):
        shutil.copy(HUNSPELL / f"en_US{suffix}", folder)
    editor = editor_with_dictionaries(qtbot, app_settings, tmp_path, folder)
    text = editor.window.dictionaries.text()
    assert text.startswith("Spelling: en_US")
    assert "Spanish: unchecked" in text and "English: unchecked" not in text


def test_unknown_locale_in_the_file_opens_and_is_explained(editor: Editor, tmp_path: Path) -> None:
    data = json.loads(example_text())
    data["locales"]["es"] = "xx_YY"
    path = tmp_path / "odd.readout"
    path.write_text(json.dumps(data), "utf-8")
    assert editor.documents.open_path(path, guard=False)
    editor.refresh()
    problems = [text for text, _, _ in editor.checks.rows("problems")]
    assert "Locales · Spanish: unknown locale 'xx_YY'" in problems
    assert "26 de marzo de 2025" in editor.window.ui.esPreview.toPlainText()


@pytest.mark.parametrize("lang", ["C", None])
def test_starts_with_lang_c_or_unset(tmp_path: Path, lang: str | None) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in ("LANG", "LC_ALL", "LANGUAGE", "LC_CTYPE", "LC_MESSAGES"):
        env.pop(name, None)
    if lang is not None:
        env.update(LANG=lang, LC_ALL=lang)
    png = tmp_path / "c.png"
    app = Path(sys.executable).with_name("readout-editor")
    result = subprocess.run(
        [str(app), "--screenshot", str(png)], env=env, capture_output=True, timeout=120
    )
    assert result.returncode == 0, result.stderr.decode()[-2000:]
    assert png.stat().st_size > 10_000
