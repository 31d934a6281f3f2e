"""Spelling underlines in the draft panes: the drafts' words, each pane in its language."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from editor_app.gui.editor import Editor
from tests.gui.test_daily_work import underlined_words


def test_the_example_drafts_have_no_underlines(editor: Editor) -> None:
    editor.refresh()
    assert underlined_words(editor.window.ui.enPreview) == []
    assert underlined_words(editor.window.ui.esPreview) == []


def test_a_typo_in_a_point_is_underlined_in_its_draft_pane_only(
    editor: Editor, qtbot: QtBot
) -> None:
    point = editor.form.points.rows[0]
    point.ui.esEdit.setPlainText("Fue una reunion productiva con {counterpart}.")
    point.ui.enEdit.setPlainText("It was a productive meeting with {counterpart}, reunion.")
    editor.refresh()
    assert underlined_words(editor.window.ui.esPreview) == ["reunion"]
    # "reunion" is English; the counterpart's name is never flagged in either pane.
    assert underlined_words(editor.window.ui.enPreview) == []
    point.ui.esEdit.setPlainText("Fue una reunión productiva.")
    editor.refresh()
    assert underlined_words(editor.window.ui.esPreview) == []


def test_words_added_to_the_dictionary_clear_the_panes_too(editor: Editor) -> None:
    point = editor.form.points.rows[0]
    point.ui.enEdit.setPlainText("The Quadrilateral Plusframework was discussed.")
    editor.refresh()
    assert underlined_words(editor.window.ui.enPreview) == ["Plusframework"]
    checker = editor.spelling.checker
    assert checker is not None
    checker.ignore("Plusframework", "en")
    editor.refresh()
    assert underlined_words(editor.window.ui.enPreview) == []
