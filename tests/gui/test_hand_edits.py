"""Hand edits in the preview: kept, marked, flagged stale when the form changes, revertible."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from editor_app.gui.editor import Editor
from editor_app.gui.part_editor import PartEditor, part_anchor_block
from editor_app.gui.qt import QEvent, QFocusEvent, Qt, QTextCursor, QUrl
from tests.gui.test_daily_work import underlined_words
from tests.gui.test_spell_highlighter import type_text


def open_part(editor: Editor, lang: str, key: str) -> PartEditor:
    """Click a part's "edit" link; the in-place editor that opens over the part."""
    view = editor.window.ui.esPreview if lang == "es" else editor.window.ui.enPreview
    view.anchorClicked.emit(QUrl(f"edit:{key}"))
    part_editor = editor.window.part_editor
    assert part_editor is not None and part_editor.isVisible()
    assert part_editor.parent() is view.viewport(), "the edit happens in the pane itself"
    return part_editor


def keep(qtbot: QtBot, part_editor: PartEditor, text: str) -> None:
    """Replace the editor's text by typing and press Enter."""
    part_editor.selectAll()
    type_text(qtbot, part_editor, text)
    qtbot.keyClick(part_editor, Qt.Key.Key_Return)


def test_hand_edit_survives_a_form_change_and_is_marked_stale(editor: Editor, qtbot: QtBot) -> None:
    part_editor = open_part(editor, "es", "title")
    assert part_editor.toPlainText() == (
        "Llamada del subsecretario Landau con el canciller mexicano De la Fuente"
    )
    assert part_editor.accessibleName() == "Edit by hand: Título"
    # It lies over the title's text in the pane, at least as wide as most of the pane.
    view = editor.window.ui.esPreview
    title_rect = view.cursorRect(view.document().find("Llamada del subsecretario"))
    assert part_editor.geometry().contains(title_rect.center())
    assert part_editor.width() > view.viewport().width() * 0.9
    keep(qtbot, part_editor, "Llamada con el canciller (versión de la oficina)")
    assert part_editor.done and not part_editor.isVisible()
    preview = editor.window.ui.esPreview.toPlainText()
    assert "Llamada con el canciller (versión de la oficina)" in preview
    assert "edited by hand" in preview and "changed since" not in preview
    assert editor.window.isWindowModified()

    surname = editor.form.counterparts.rows[0].ui.surname
    surname.selectAll()
    qtbot.keyClicks(surname, "Ebrard")
    qtbot.waitUntil(lambda: "the form changed since" in editor.window.ui.esPreview.toPlainText())
    # Nothing typed by the officer is replaced; the checks say what changed.
    assert "(versión de la oficina)" in editor.window.ui.esPreview.toPlainText()
    assert any(f.check_id == "edit.stale" for f in editor_findings(editor))

    editor.window.ui.esPreview.anchorClicked.emit(QUrl("revert:title"))
    text = editor.window.ui.esPreview.toPlainText()
    assert "con el canciller mexicano Ebrard" in text and "edited by hand" not in text


def test_cancelled_edit_changes_nothing(editor: Editor, qtbot: QtBot) -> None:
    part_editor = open_part(editor, "en", "body.2")
    type_text(qtbot, part_editor, " And more.")
    qtbot.keyClick(part_editor, Qt.Key.Key_Escape)
    assert part_editor.done
    assert not editor.window.isWindowModified()
    assert editor.form.readout().overrides["en"] == {}
    assert "And more." not in editor.window.ui.enPreview.toPlainText()


def test_hand_edit_is_saved_with_the_readout_and_undoable(editor: Editor, qtbot: QtBot) -> None:
    keep(qtbot, open_part(editor, "en", "lead"), "My own lead.")
    assert editor.form.readout().overrides["en"]["lead"].text == "My own lead."
    editor.history.undo()
    editor.refresh()
    assert "lead" not in editor.form.readout().overrides["en"]
    assert "Today Deputy Secretary" in editor.window.ui.enPreview.toPlainText()


def test_leaving_the_editor_keeps_what_was_typed(editor: Editor, qtbot: QtBot) -> None:
    part_editor = open_part(editor, "en", "body.1")
    part_editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(part_editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    type_text(qtbot, part_editor, "A second line.")
    assert part_editor.toPlainText().endswith("\nA second line.")
    part_editor.focusOutEvent(QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.MouseFocusReason))
    text = editor.form.readout().overrides["en"]["body.1"].text
    assert text.endswith("\nA second line.") and text.count("\n") == 1
    assert "A second line." in editor.window.ui.enPreview.toPlainText()


def test_the_hand_edit_is_spell_checked_in_its_language(editor: Editor, qtbot: QtBot) -> None:
    part_editor = open_part(editor, "es", "body.1")
    part_editor.moveCursor(QTextCursor.MoveOperation.End)
    type_text(qtbot, part_editor, " Fue una reunion productiva.")
    qtbot.waitUntil(lambda: underlined_words(part_editor) == ["reunion"])


def test_a_hand_edit_being_typed_is_kept_when_the_window_closes(
    editor: Editor, qtbot: QtBot
) -> None:
    part_editor = open_part(editor, "en", "lead")
    keep_text = "Typed, never confirmed."
    part_editor.selectAll()
    type_text(qtbot, part_editor, keep_text)
    editor.window.close_guard = lambda: False  # the officer cancels the close
    editor.window.close()
    assert editor.form.readout().overrides["en"]["lead"].text == keep_text


def editor_findings(editor: Editor) -> list:  # type: ignore[type-arg]
    panel = editor.checks
    return [
        panel.tree.topLevelItem(i).child(j).data(0, 256)
        for i in range(panel.tree.topLevelItemCount())
        for j in range(panel.tree.topLevelItem(i).childCount())
    ]


def test_a_part_is_edited_with_the_keyboard_alone(editor: Editor, qtbot: QtBot) -> None:
    view = editor.window.ui.enPreview
    editor.window.activateWindow()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab)  # the first link: the title's "edit"
    assert view.textCursor().selectedText() == "edit"
    qtbot.keyClick(view, Qt.Key.Key_Return)
    part_editor = editor.window.part_editor
    assert part_editor is not None and part_editor.key == "title" and part_editor.hasFocus()
    qtbot.keyClick(part_editor, Qt.Key.Key_Escape)
    assert view.hasFocus(), "Esc gives the keyboard back to the pane"


def _label_top(editor: Editor, key: str) -> int:
    """Where the label of part ``key`` starts in the English pane's viewport."""
    view = editor.window.ui.enPreview
    label = part_anchor_block(view.document(), key)
    assert label is not None
    top = view.document().documentLayout().blockBoundingRect(label).top()
    return round(top) - view.verticalScrollBar().value()


def test_a_growing_hand_edit_pushes_the_next_part_down_and_hides_nothing(
    editor: Editor, qtbot: QtBot
) -> None:
    before = _label_top(editor, "body.2")
    part_editor = open_part(editor, "en", "body.1")
    for _ in range(4):
        qtbot.keyClick(part_editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    type_text(qtbot, part_editor, "One more line.")
    assert part_editor.toPlainText().count("\n") == 4
    assert _label_top(editor, "body.2") >= part_editor.geometry().bottom(), (
        "the next part's label is hidden under the editor"
    )
    qtbot.keyClick(part_editor, Qt.Key.Key_Escape)
    assert _label_top(editor, "body.2") == before, "the pane is laid out as it was"


def test_the_room_made_follows_the_editor_and_no_more(editor: Editor, qtbot: QtBot) -> None:
    view = editor.window.ui.enPreview
    part_editor = open_part(editor, "en", "body.2")
    for _ in range(2):
        qtbot.keyClick(part_editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    gap = _label_top(editor, "body.3") - part_editor.geometry().bottom()
    type_text(qtbot, part_editor, "More words on the same line.")
    view.verticalScrollBar().setValue(5)
    view.verticalScrollBar().setValue(0)
    assert _label_top(editor, "body.3") - part_editor.geometry().bottom() == gap
    assert 0 <= gap < 2 * part_editor.fontMetrics().lineSpacing()


def test_the_last_part_grows_in_sight(editor: Editor, qtbot: QtBot) -> None:
    view = editor.window.ui.enPreview
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    part_editor = open_part(editor, "en", "body.3")
    assert part_anchor_block(view.document(), "body.3").next().next().isValid() is False
    for n in range(15):
        qtbot.keyClick(part_editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
        type_text(qtbot, part_editor, f"line {n}")
    caret = part_editor.cursorRect().translated(part_editor.pos())
    assert caret.top() >= 0 and caret.bottom() <= view.viewport().height()
    qtbot.keyClick(part_editor, Qt.Key.Key_Escape)
    page = view.document().rootFrame().frameFormat().bottomMargin()
    assert page == part_editor._page_margin, "the pane's margin is as it was"


def test_an_empty_part_opens_under_its_label_and_covers_no_other(
    editor: Editor, qtbot: QtBot
) -> None:
    part_editor = open_part(editor, "en", "body.1")
    part_editor.selectAll()
    qtbot.keyClick(part_editor, Qt.Key.Key_Delete)
    qtbot.keyClick(part_editor, Qt.Key.Key_Return)
    assert editor.form.readout().overrides["en"]["body.1"].text == ""
    part_editor = open_part(editor, "en", "body.1")
    view = editor.window.ui.enPreview
    label = part_anchor_block(view.document(), "body.1")
    assert label is not None
    label_bottom = view.document().documentLayout().blockBoundingRect(label).bottom()
    assert (
        part_editor.geometry().top() >= round(label_bottom) - view.verticalScrollBar().value() - 3
    )
    assert _label_top(editor, "body.2") >= part_editor.geometry().bottom()
    type_text(qtbot, part_editor, "Written from nothing.")
    qtbot.keyClick(part_editor, Qt.Key.Key_Return)
    assert editor.form.readout().overrides["en"]["body.1"].text == "Written from nothing."


def test_tab_leaves_the_hand_edit_and_keeps_it(editor: Editor, qtbot: QtBot) -> None:
    part_editor = open_part(editor, "en", "lead")
    type_text(qtbot, part_editor, " Tabbed away.")
    qtbot.keyClick(part_editor, Qt.Key.Key_Tab)
    assert part_editor.done
    kept = editor.form.readout().overrides["en"]["lead"].text
    assert kept.endswith(" Tabbed away.") and "\t" not in kept


def test_switching_to_another_program_leaves_the_hand_edit_open(
    editor: Editor, qtbot: QtBot
) -> None:
    part_editor = open_part(editor, "en", "lead")
    type_text(qtbot, part_editor, " Pasted from an e-mail:")
    away = QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.ActiveWindowFocusReason)
    part_editor.focusOutEvent(away)
    assert not part_editor.done and part_editor.isVisible()
    qtbot.keyClick(part_editor, Qt.Key.Key_Return)
    assert editor.form.readout().overrides["en"]["lead"].text.endswith("from an e-mail:")


def test_a_hand_edit_shows_its_spaces_as_typed(editor: Editor, qtbot: QtBot) -> None:
    part_editor = open_part(editor, "en", "body.1")
    part_editor.setPlainText("Two  spaces,  kept.")
    qtbot.keyClick(part_editor, Qt.Key.Key_Return)
    assert "Two  spaces,  kept." in editor.window.ui.enPreview.toPlainText()
