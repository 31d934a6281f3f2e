"""The window on small screens: it fits 1366×768 at first, and at 1024×600 nothing in the
form is cut off, in English or Spanish."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from editor_app.core.autosave import Autosave
from editor_app.gui.editor import Editor
from editor_app.gui.main_window import first_size
from editor_app.gui.qt import QComboBox, QLineEdit, QMessageBox, QSize, QWidget
from editor_app.gui.settings import AppSettings

COMBO_CHROME = 28
"""Room a combo keeps for its frame and arrow."""


def test_the_first_window_fits_a_laptop_screen() -> None:
    # 1366×768 less a 30-pixel panel: the window takes the free area, no more.
    assert first_size(QSize(1366, 738)) == QSize(1366, 738)
    assert first_size(QSize(1920, 1050)) == QSize(1400, 900)


@pytest.fixture(params=["en", "es"])
def small_editor(
    request: pytest.FixtureRequest,
    qtbot: QtBot,
    app_settings: AppSettings,
    autosave: Autosave,
) -> Iterator[Editor]:
    if request.param == "es":
        request.getfixturevalue("spanish")
    editor = Editor(app_settings, autosave=autosave)
    qtbot.addWidget(editor.window)
    editor.window.ask_save_changes = lambda: QMessageBox.StandardButton.Discard  # type: ignore[method-assign]
    editor.window.resize(1024, 600)
    editor.open_start(None)
    editor.window.show()
    qtbot.waitUntil(lambda: not editor.drafts_pending)
    yield editor
    editor.window.close_guard = lambda: True
    editor.window.close()


def _cut_off(widget: QWidget, text: str, chrome: int) -> bool:
    return widget.fontMetrics().horizontalAdvance(text) + chrome > widget.width()


def test_nothing_in_the_officials_is_cut_off_at_1024_by_600(small_editor: Editor) -> None:
    window = small_editor.window
    assert window.width() == 1024 and window.height() == 600
    assert window.minimumSizeHint().width() <= 1024
    assert window.minimumSizeHint().height() <= 600
    rows = [small_editor.form.principal, *small_editor.form.counterparts.rows]
    for row in rows:
        ui = row.ui
        for edit in (ui.givenNames, ui.surname):
            assert isinstance(edit, QLineEdit)
            assert not _cut_off(edit, edit.text(), 12), edit.text()
        for combo in (ui.genderCombo, ui.titleCombo, ui.countryCombo):
            assert isinstance(combo, QComboBox)
            assert not _cut_off(combo, combo.currentText(), COMBO_CHROME), combo.currentText()
    # The widest gender label fits whichever is chosen.
    gender = rows[0].ui.genderCombo
    widest = max((gender.itemText(i) for i in range(gender.count())), key=len)
    assert not _cut_off(gender, widest, COMBO_CHROME), widest
    # The attribution's wording (the longest combo of the form) too.
    phrasing = small_editor.form.ui.phrasingCombo
    assert not _cut_off(phrasing, phrasing.currentText(), COMBO_CHROME)
