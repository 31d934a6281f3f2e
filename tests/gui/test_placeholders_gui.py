"""Placeholders in the window: the point editor offers every one (by keyboard or by its
{…} button), Help ▸ Placeholders lists the core's table, and a placeholder that names no
one is an error in the findings pane. Both interface languages."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from editor_app.core.autosave import Autosave
from editor_app.core.placeholders import PLACEHOLDERS, names
from editor_app.gui.editor import Editor
from editor_app.gui.placeholder_menu import PlaceholderMenu
from editor_app.gui.placeholders_dialog import PlaceholdersDialog
from editor_app.gui.qt import QApplication, QMenu, QMessageBox, Qt
from editor_app.gui.settings import AppSettings

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def spanish_editor(
    spanish: None, qtbot: QtBot, app_settings: AppSettings, tmp_path: Path
) -> Iterator[Editor]:
    """An editor window made while the Spanish translation is installed."""
    editor = Editor(app_settings, autosave=Autosave(tmp_path / "autosave"))
    qtbot.addWidget(editor.window)
    editor.window.ask_save_changes = lambda: QMessageBox.StandardButton.Discard  # type: ignore[method-assign]
    editor.open_start(None)
    editor.window.show()
    qtbot.waitUntil(lambda: not editor.drafts_pending)
    yield editor
    editor.window.close_guard = lambda: True
    editor.window.close()


def popup(qtbot: QtBot) -> QMenu:
    found: list[QMenu] = []

    def shown() -> bool:
        widget = QApplication.activePopupWidget()
        if isinstance(widget, QMenu):
            found[:] = [widget]
        return bool(found)

    qtbot.waitUntil(shown)
    return found[0]


def test_the_keyboard_opens_the_menu_and_types_the_placeholder(
    editor: Editor, qtbot: QtBot
) -> None:
    row = editor.form.points.rows[0]
    edit = row.ui.esEdit
    edit.setPlainText("Habló con ")
    edit.setFocus()
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClick(edit, Qt.Key.Key_P, CTRL_SHIFT)
    menu = popup(qtbot)
    assert isinstance(menu, PlaceholderMenu)
    # The example has one counterpart: every placeholder that names someone, no more.
    assert menu.tokens() == names(1)
    assert [a.text() for a in menu.actions()] == [
        "&Principal",
        "&Counterpart",
        "Joint subject\t{joint}",
    ]
    # C opens the counterpart's forms; Down, Return picks the first reference.
    qtbot.keyClick(menu, Qt.Key.Key_C)
    submenu = popup(qtbot)
    assert submenu is not menu
    assert [a.text() for a in submenu.actions()][:3] == [
        "Later reference\t{counterpart}",
        "First reference\t{counterpart:first}",
        "Title alone\t{counterpart:title}",
    ]
    qtbot.keyClick(submenu, Qt.Key.Key_Down)
    qtbot.keyClick(submenu, Qt.Key.Key_Return)
    assert edit.toPlainText() == "Habló con {counterpart:first}"
    assert edit.hasFocus()
    edit.insertPlainText(" y {counterpart:peer}.")
    editor.refresh()
    assert editor.pair is not None
    assert editor.pair.es.body[0] == (
        "Habló con el secretario de Relaciones Exteriores de México, Juan Ramón de la "
        "Fuente, y su homólogo mexicano."
    )


def test_the_button_types_into_the_paragraph_being_written(editor: Editor, qtbot: QtBot) -> None:
    row = editor.form.points.rows[0]
    row.ui.enEdit.setPlainText("")
    row.ui.enEdit.setFocus()
    qtbot.waitUntil(row.ui.enEdit.hasFocus)
    row.ui.placeholderButton.click()
    menu = row.placeholder_menu
    assert menu is not None and menu.isVisible()
    menu.insert("{joint}")
    assert row.ui.enEdit.toPlainText() == "{joint}"
    assert row.ui.enEdit.hasFocus()
    assert row.ui.placeholderButton.toolTip() == (
        "Insert a name, title or pronoun that follows the form (Ctrl+Shift+P in the point)"
    )
    menu.close()


def test_more_counterparts_more_officials_in_the_menu(editor: Editor) -> None:
    editor.form.counterparts.add()
    editor.form.counterparts.add()
    row = editor.form.points.rows[0]
    menu = row.show_placeholders(row.ui.enEdit)
    assert [a.text() for a in menu.actions()] == [
        "&Principal",
        "Counterpart &1",
        "Counterpart &2",
        "Counterpart &3",
        "Joint subject\t{joint}",
    ]
    assert menu.tokens() == names(3)
    menu.close()


def test_the_menu_in_spanish(spanish_editor: Editor) -> None:
    row = spanish_editor.form.points.rows[0]
    menu = row.show_placeholders(row.ui.esEdit)
    assert [a.text() for a in menu.actions()] == [
        "&Funcionario principal",
        "&Interlocutor",
        "Sujeto conjunto\t{joint}",
    ]
    counterpart = menu.actions()[1].menu()
    assert isinstance(counterpart, QMenu)
    first = counterpart.actions()[1]
    assert first.text() == "Primera mención\t{counterpart:first}"
    assert first.toolTip() == (
        "La primera mención: cargo completo y nombre completo (cualquier funcionario admite :first)"
    )
    assert row.ui.placeholderButton.toolTip() == (
        "Insertar un nombre, cargo o pronombre que sigue al formulario "
        "(Control+Mayúsculas+P en el punto)"
    )
    menu.close()


def placeholders_shown(editor: Editor) -> PlaceholdersDialog:
    editor.actions.placeholders.trigger()
    dialog = editor.window.findChild(PlaceholdersDialog)
    assert isinstance(dialog, PlaceholdersDialog) and dialog.isVisible()
    return dialog


def test_help_lists_every_placeholder_from_the_table(editor: Editor) -> None:
    assert [a.text() for a in editor.actions.help_menu.actions()][:2] == [
        "&Keyboard shortcuts",
        "&Placeholders",
    ]
    dialog = placeholders_shown(editor)
    assert dialog.windowTitle() == "Placeholders"
    headers = [dialog.table.horizontalHeaderItem(i).text() for i in range(4)]
    assert headers == ["Placeholder", "Gives", "English", "Spanish"]
    rows = dialog.rows()
    assert len(rows) == len(PLACEHOLDERS)
    assert rows[0] == (
        "{principal}",
        "The principal's later reference: short title and surname",
        "Secretary Rubio",
        "el secretario Rubio",
    )
    assert (
        rows[5][0],
        rows[5][2],
        rows[5][3],
    ) == ("{counterpart:peer}", "his Ukrainian counterpart", "su homólogo ucraniano")
    assert rows[-1] == (
        "{joint}",
        "The principal and the counterparts together, as a subject: the principal's title "
        "and each counterpart's later reference",
        "the Secretary and Foreign Minister Sybiha",
        "el secretario y el canciller Sybiha",
    )
    assert "or press Ctrl+Shift+P there to choose one" in dialog.intro.text()
    dialog.reject()


def test_help_placeholders_in_spanish(spanish_editor: Editor) -> None:
    help_actions = [a.text() for a in spanish_editor.actions.help_menu.actions()]
    assert help_actions[:2] == ["&Atajos de teclado", "&Marcadores de posición"]
    dialog = placeholders_shown(spanish_editor)
    assert dialog.windowTitle() == "Marcadores de posición"
    headers = [dialog.table.horizontalHeaderItem(i).text() for i in range(4)]
    assert headers == ["Marcador", "Resultado", "Inglés", "Español"]
    assert dialog.rows()[0] == (
        "{principal}",
        "La mención posterior del funcionario principal: cargo abreviado y apellido",
        "Secretary Rubio",
        "el secretario Rubio",
    )
    assert dialog.intro.text().startswith(
        "Escriba un marcador en un punto, o pulse Control+Mayúsculas+P allí para elegir uno"
    )
    dialog.reject()


def test_a_placeholder_that_names_no_one_is_an_error_in_the_window(editor: Editor) -> None:
    edit = editor.form.points.rows[0].ui.enEdit
    edit.setPlainText("{counterpart2} agreed.")
    editor.refresh()
    [(text, where, _)] = editor.checks.rows("error")
    assert text == (
        "«{counterpart2}» names no one: the readout has 1 counterpart; write «{counterpart}»"
    )
    assert where == "Point 1 · English"
