"""The name fields of an official in the window: roster completion in either spelling and
UI language, "More" (Spanish spelling, honorific, name order, later references), and the
transliteration warning that takes the officer there."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from editor_app.core.autosave import Autosave
from editor_app.core.model import Gender, NameConvention
from editor_app.gui.editor import Editor
from editor_app.gui.qt import QApplication, QMessageBox, Qt
from editor_app.gui.settings import AppSettings


def _es(editor: Editor) -> str:
    return editor.window.ui.esPreview.toPlainText()


def _en(editor: Editor) -> str:
    return editor.window.ui.enPreview.toPlainText()


@pytest.fixture
def spanish_editor(
    spanish: None, qtbot: QtBot, app_settings: AppSettings, tmp_path: Path
) -> Iterator[Editor]:
    ed = Editor(app_settings, autosave=Autosave(tmp_path / "autosave"))
    qtbot.addWidget(ed.window)
    ed.window.ask_save_changes = lambda: QMessageBox.StandardButton.Discard  # type: ignore[method-assign]
    ed.window.resize(1366, 738)
    ed.open_start(None)
    ed.window.show()
    qtbot.waitUntil(lambda: not ed.drafts_pending)
    yield ed
    ed.window.close_guard = lambda: True
    ed.window.close()


def _pick(editor: Editor, qtbot: QtBot, typed: str) -> list[str]:
    """Type ``typed`` in the first counterpart's given names and pick the only match;
    returns what the popup offered."""
    row = editor.form.counterparts.rows[0]
    row.ui.givenNames.clear()
    row.ui.givenNames.setFocus()
    qtbot.keyClicks(row.ui.givenNames, typed)
    completer = row.ui.givenNames.completer()
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible)
    model = popup.model()
    offered = [model.index(i, 0).data() for i in range(model.rowCount())]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    return offered


def test_the_spanish_spelling_finds_the_official_in_spanish(
    spanish_editor: Editor, qtbot: QtBot
) -> None:
    assert _pick(spanish_editor, qtbot, "sibiga") == ["Andrí Sibiga (Andrii Sybiha)"]
    row = spanish_editor.form.counterparts.rows[0]
    qtbot.waitUntil(lambda: row.ui.givenNames.text() == "Andrii")
    assert (row.ui.esGivenNames.text(), row.ui.esSurname.text()) == ("Andrí", "Sibiga")
    qtbot.waitUntil(
        lambda: (
            "el ministro de Relaciones Exteriores de Ucrania, Andrí Sibiga" in _es(spanish_editor)
        )
    )
    assert "Ukrainian Foreign Minister Andrii Sybiha" in _en(spanish_editor)


def test_the_english_spelling_finds_the_official_in_english(editor: Editor, qtbot: QtBot) -> None:
    assert _pick(editor, qtbot, "sybiha") == ["Andrii Sybiha (Andrí Sibiga)"]
    row = editor.form.counterparts.rows[0]
    qtbot.waitUntil(lambda: row.ui.surname.text() == "Sybiha")
    assert row.official().es_surname == "Sibiga"


def test_a_prince_from_the_roster_and_his_later_name(editor: Editor, qtbot: QtBot) -> None:
    assert _pick(editor, qtbot, "faisal") == ["Faisal bin Farhan Al Saud"]
    row = editor.form.counterparts.rows[0]
    qtbot.waitUntil(lambda: row.ui.surname.text() == "Al Saud")
    assert row.ui.honorificCombo.currentText() == "Prince / Princess"
    assert row.ui.laterName.placeholderText() == "Later: Faisal bin Farhan"
    qtbot.waitUntil(
        lambda: "Saudi Foreign Minister Prince Faisal bin Farhan Al Saud" in _en(editor)
    )
    assert "el príncipe Faisal bin Farhan Al Saud" in _es(editor)
    assert "Call with Saudi Foreign Minister Faisal bin Farhan\n" in _en(editor)


def test_more_holds_every_name_field_and_each_one_edits_the_readout(
    editor: Editor, qtbot: QtBot
) -> None:
    row = editor.form.counterparts.rows[0]
    assert not row.ui.moreBox.isVisible()
    qtbot.mouseClick(row.ui.moreButton, Qt.MouseButton.LeftButton)
    assert row.ui.moreBox.isVisible()
    row.ui.genderCombo.setCurrentIndex(row.ui.genderCombo.findData(Gender.FEMININE.value))
    row.ui.honorificCombo.setCurrentIndex(row.ui.honorificCombo.findData("sheikh"))
    conventions = row.ui.conventionCombo
    conventions.setCurrentIndex(conventions.findData(NameConvention.FAMILY_FIRST.value))
    for edit, text in ((row.ui.esSurname, "Fuentes"), (row.ui.esLaterName, "Fuentes")):
        edit.setFocus()
        qtbot.keyClicks(edit, text)
    official = editor.form.readout().counterparts[0]
    assert (official.honorific, official.convention) == ("sheikh", NameConvention.FAMILY_FIRST)
    assert (official.es_surname, official.es_later_name) == ("Fuentes", "Fuentes")
    qtbot.waitUntil(lambda: "la jequesa Fuentes Juan Ramón" in _es(editor))
    assert "Sheikha de la Fuente Juan Ramón" in _en(editor)


def test_a_cyrillic_name_opens_more_and_its_warning_goes_to_the_field(
    spanish_editor: Editor, qtbot: QtBot
) -> None:
    editor = spanish_editor
    row = editor.form.counterparts.rows[0]
    row.ui.givenNames.setFocus()
    row.ui.givenNames.selectAll()
    row.ui.givenNames.insert("Сергей")
    row.ui.givenNames.textEdited.emit("Сергей")
    assert row.ui.moreBox.isVisible()

    qtbot.waitUntil(lambda: any("«Сергей» está escrito en cirílico" in r for r in _rows(editor)))
    # Going to a field under "More" opens it and puts the cursor there.
    row.ui.moreButton.setChecked(False)
    editor.go_to_field("counterparts[0].es_given_names")
    assert row.ui.moreBox.isVisible()
    assert row.ui.esGivenNames.hasFocus()


def _rows(editor: Editor) -> list[str]:
    tree = editor.checks.tree
    found: list[str] = []
    for i in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(i)
        found += [group.child(j).text(0) for j in range(group.childCount())]
    return found


def test_more_open_on_two_officials_still_fits_a_laptop_screen(
    spanish_editor: Editor, qtbot: QtBot
) -> None:
    form = spanish_editor.form
    for row in (form.principal, *form.counterparts.rows):
        row.show_more()
    window = spanish_editor.window
    assert window.minimumSizeHint().height() <= 738
    assert window.minimumSizeHint().width() <= 1366
    row = form.counterparts.rows[0]
    for widget in (row.ui.esGivenNames, row.ui.laterName, row.ui.conventionCombo):
        assert widget.isVisible() and widget.width() >= 80, widget.objectName()


def test_tab_runs_through_more_once_it_is_open(editor: Editor, qtbot: QtBot) -> None:
    principal, counterpart = editor.form.principal, editor.form.counterparts.rows[0]
    principal.ui.moreButton.setFocus()
    qtbot.keyClick(principal.ui.moreButton, Qt.Key.Key_Space)
    assert principal.ui.moreBox.isVisible()
    order = []
    widget = QApplication.focusWidget()
    for _ in range(7):
        QTest.keyClick(widget, Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        order.append(widget)
    ui = principal.ui
    assert order == [
        ui.esGivenNames,
        ui.esSurname,
        ui.honorificCombo,
        ui.laterName,
        ui.esLaterName,
        ui.conventionCombo,
        counterpart.ui.givenNames,
    ]
