"""Text pasted into the form or a hand edit is cleaned where it lands, said, and saved
as a file that opens again."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from editor_app.core.store import load_file, save_file
from editor_app.gui.editor import Editor
from editor_app.gui.qt import QApplication, QMimeData, Qt
from tests.gui.test_hand_edits import open_part

WORD_PASTE = "Pegado de Word\x0bcon salto\x00 manual\x07 y ruido\ufffe."


def paste(text: str) -> None:
    mime = QMimeData()
    mime.setText(text)
    QApplication.clipboard().setMimeData(mime)


def reopened(editor: Editor, tmp_path: Path) -> Path:
    path = tmp_path / "pasted.readout"
    save_file(editor.form.readout(), path)
    return path


def test_a_paste_from_word_into_a_field_is_cleaned_and_said(editor: Editor, tmp_path: Path) -> None:
    field = editor.form.points.rows[0].ui.esEdit
    field.selectAll()
    paste(WORD_PASTE)
    field.paste()
    editor.refresh()
    assert field.toPlainText() == "Pegado de Word\ncon salto manual y ruido."
    message = editor.window.statusBar().currentMessage()
    assert "U+0000" in message and "U+FFFE" in message and "vertical tab" in message
    assert "Point 1 · Spanish: " in message, "the field is named as the form names it"
    assert "Pegado de Word\ncon salto manual y ruido." in editor.window.ui.esPreview.toPlainText()
    parsed = load_file(reopened(editor, tmp_path))
    assert parsed.readout.points[0].es == "Pegado de Word\ncon salto manual y ruido."
    assert parsed.notes == []
    field.undo()  # the cleaning is one undo step: the paste as it came
    assert "\x00" in field.toPlainText()


def test_a_name_pasted_with_line_breaks_becomes_one_line(editor: Editor) -> None:
    surname = editor.form.principal.ui.surname
    surname.selectAll()
    paste("Landau\n\x1bRamírez")
    surname.paste()
    editor.refresh()
    assert surname.text() == "Landau Ramírez"
    assert editor.form.readout().principal.surname == "Landau Ramírez"


def test_a_hand_edit_with_control_characters_is_kept_clean(
    editor: Editor, qtbot: QtBot, tmp_path: Path
) -> None:
    part_editor = open_part(editor, "en", "body.1")
    part_editor.selectAll()
    part_editor.insertPlainText("Our own\x00 point\uffff, from Word.")
    qtbot.keyClick(part_editor, Qt.Key.Key_Return)
    assert editor.form.readout().overrides["en"]["body.1"].text == "Our own point, from Word."
    assert "EN Point 1: removed 1 × U+FFFF" in editor.window.statusBar().currentMessage()
    parsed = load_file(reopened(editor, tmp_path))
    assert parsed.readout.overrides["en"]["body.1"].text == "Our own point, from Word."


def test_clean_text_is_left_alone(editor: Editor) -> None:
    field = editor.form.points.rows[0].ui.esEdit
    before = field.toPlainText()
    field.document().setModified(False)
    assert editor.form.clean_fields() == []
    assert field.toPlainText() == before and not field.document().isModified()


def test_the_cursor_stays_after_the_same_character_once_cleaned(editor: Editor) -> None:
    field = editor.form.points.rows[0].ui.enEdit
    field.setPlainText("XXXYYY")
    cursor = field.textCursor()
    cursor.setPosition(3)
    field.setTextCursor(cursor)
    paste("abc\x07\x07def")
    field.paste()
    editor.refresh()
    assert field.toPlainText() == "XXXabcdefYYY"
    assert field.textCursor().position() == len("XXXabcdef")
    surname = editor.form.principal.ui.surname
    surname.setText("Lan\x07\x07dau")
    surname.setCursorPosition(len("Lan\x07\x07d"))
    editor.refresh()
    assert surname.text() == "Landau" and surname.cursorPosition() == len("Land")


def test_non_breaking_spaces_are_kept_as_typed(editor: Editor, qtbot: QtBot) -> None:
    field = editor.form.points.rows[0].ui.esEdit
    field.setPlainText("Cooperación con EE.\u00a0UU. por 10\u00a0000 millones.")
    editor.refresh()
    assert editor.form.readout().points[0].es == (
        "Cooperación con EE.\u00a0UU. por 10\u00a0000 millones."
    )
    part_editor = open_part(editor, "es", "body.1")
    qtbot.keyClick(part_editor, Qt.Key.Key_Return)  # unchanged: no hand edit made
    assert editor.form.readout().overrides["es"] == {}
