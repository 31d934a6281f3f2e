"""The menus: no two commands of a menu share a mnemonic, in English or in Spanish."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from editor_app.core.autosave import Autosave
from editor_app.gui.editor import Editor
from editor_app.gui.qt import QMenu, QWidget
from editor_app.gui.settings import AppSettings


def mnemonic(text: str) -> str:
    """The letter after the single "&" in ``text`` ("" when there is none)."""
    marked = text.replace("&&", "")
    at = marked.find("&")
    return marked[at + 1].lower() if at >= 0 and at + 1 < len(marked) else ""


def clashes(menu: QMenu | QWidget) -> list[list[str]]:
    """Texts that share a mnemonic within ``menu``, and within each of its submenus."""
    found: list[list[str]] = []
    seen: dict[str, list[str]] = {}
    for action in menu.actions():
        if action.isSeparator():
            continue
        key = mnemonic(action.text())
        if key:  # the kinds of readout and the languages are named as in the form
            seen.setdefault(key, []).append(action.text())
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            found += clashes(submenu)
    return found + [texts for texts in seen.values() if len(texts) > 1]


@pytest.fixture(params=["en", "es"])
def any_language_editor(
    request: pytest.FixtureRequest, qtbot: QtBot, app_settings: AppSettings, tmp_path: Path
) -> Iterator[Editor]:
    if request.param == "es":
        request.getfixturevalue("spanish")
    editor = Editor(app_settings, autosave=Autosave(tmp_path / "autosave"))
    qtbot.addWidget(editor.window)
    yield editor
    editor.window.close_guard = lambda: True
    editor.window.close()


def test_no_two_commands_of_a_menu_share_a_mnemonic(any_language_editor: Editor) -> None:
    actions = any_language_editor.actions
    bar = any_language_editor.window.menuBar()
    assert [menu.title() for menu in actions.menus] == [a.text() for a in bar.actions()]
    assert clashes(bar) == []


def test_the_menu_bar_reads_file_edit_view_help(editor: Editor) -> None:
    assert [a.text() for a in editor.window.menuBar().actions()] == [
        "&File",
        "&Edit",
        "&View",
        "&Help",
    ]
