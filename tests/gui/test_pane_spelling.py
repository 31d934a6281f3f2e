"""Spelling underlines in the draft panes: the drafts' words, each pane in its language."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from editor_app.core.model import Override
from editor_app.core.spelling.checker import Misspelling
from editor_app.gui.editor import Editor
from editor_app.gui.qt import QMenu
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


def pane_menu(editor: Editor, lang: str, word: str, nth: int = 0) -> QMenu:
    """Right-click the ``nth`` ``word`` in a draft pane: the menu it opens."""
    view = editor.window.ui.esPreview if lang == "es" else editor.window.ui.enPreview
    found = view.document().find(word)
    for _ in range(nth):
        found = view.document().find(word, found)
    assert not found.isNull(), f"{word!r} is not in the pane"
    found.setPosition(found.selectionStart() + 1)
    assert editor.pane_spelling is not None
    return editor.pane_spelling.menu(
        "es" if lang == "es" else "en", view.cursorRect(found).center()
    )


def choose(menu: QMenu, label: str) -> None:
    next(action for action in menu.actions() if action.text() == label).trigger()


def test_a_suggestion_chosen_in_a_pane_fixes_the_field_it_came_from(
    editor: Editor, qtbot: QtBot
) -> None:
    point = editor.form.points.rows[1]
    point.ui.esEdit.setPlainText("Hablaron de la reunion y de la cooperación.")
    editor.refresh()
    menu = pane_menu(editor, "es", "reunion")
    labels = [action.text() for action in menu.actions()]
    assert labels[0] == "reunión" and "Add to dictionary" in labels and "Ignore" in labels
    assert any("Copy" in label for label in labels), "the pane's own menu stays"
    choose(menu, "reunión")
    assert point.ui.esEdit.toPlainText() == "Hablaron de la reunión y de la cooperación."
    qtbot.waitUntil(lambda: "la reunión y" in editor.window.ui.esPreview.toPlainText())
    assert underlined_words(editor.window.ui.esPreview) == []
    assert underlined_words(point.ui.esEdit) == []
    point.ui.esEdit.undo()  # the fix is an edit like typing: undone in the field
    assert "reunion" in point.ui.esEdit.toPlainText()


def test_a_suggestion_in_a_hand_edited_part_fixes_the_hand_edit(editor: Editor) -> None:
    editor.form.set_override("en", "lead", Override("Today they discused security."))
    editor.refresh()
    choose(pane_menu(editor, "en", "discused"), "discussed")
    editor.refresh()
    assert editor.form.readout().overrides["en"]["lead"].text == "Today they discussed security."
    assert "Today they discussed security." in editor.window.ui.enPreview.toPlainText()
    assert underlined_words(editor.window.ui.enPreview) == []


def test_adding_a_word_from_a_pane_clears_it_in_the_fields_too(editor: Editor) -> None:
    point = editor.form.points.rows[0]
    point.ui.enEdit.setPlainText("They discussed the Nearshorix initiative.")
    editor.refresh()
    assert underlined_words(point.ui.enEdit) == ["Nearshorix"]
    choose(pane_menu(editor, "en", "Nearshorix"), "Ignore")
    assert underlined_words(editor.window.ui.enPreview) == []
    assert underlined_words(point.ui.enEdit) == []


def test_a_word_not_typed_in_the_form_says_how_to_change_it(editor: Editor) -> None:
    view = editor.window.ui.enPreview
    before = editor.form.readout()
    selection = view.document().find("Deputy")
    assert editor.pane_spelling is not None
    editor.pane_spelling.fix("en", selection, Misspelling("en", 0, 6, "Deputy"), "Depute")
    assert editor.form.readout() == before, "nothing changed"
    message = editor.window.statusBar().currentMessage()
    assert "“Deputy” is not typed in the form" in message and "by hand" in message


def test_the_word_fixed_is_the_one_clicked(editor: Editor) -> None:
    point = editor.form.points.rows[1]
    point.ui.esEdit.setPlainText("Una reunion breve y otra reunion larga.")
    editor.refresh()
    choose(pane_menu(editor, "es", "reunion", nth=1), "reunión")
    assert point.ui.esEdit.toPlainText() == "Una reunion breve y otra reunión larga."


def test_underlines_in_the_fields_render_nothing_again(editor: Editor, qtbot: QtBot) -> None:
    # Underlining a field changes its formats, which Qt reports as a text change: neither
    # the first underlines nor a recheck may render both drafts again (they once rendered
    # them a second time at every start, and after every word added to the dictionary).
    renders: list[object] = []
    render_pair = editor.renderer.render_pair
    editor.renderer.render_pair = lambda readout: renders.append(1) or render_pair(readout)  # type: ignore[method-assign]
    editor.spelling.rehighlight()
    qtbot.wait(200)
    assert renders == []
    assert editor.history.stack.count() == 0 and not editor.window.isWindowModified()


def test_a_word_ignored_in_a_field_leaves_the_findings_too(editor: Editor, qtbot: QtBot) -> None:
    point = editor.form.points.rows[0]
    point.ui.enEdit.setPlainText("They discussed the Nearshorix initiative.")
    editor.refresh()
    spelled = [text for text, _, _ in editor.checks.rows("spelling")]
    assert any("Nearshorix" in text for text in spelled)
    highlighter = point.ui.enEdit.property("spellHighlighter")
    highlighter.checker.ignore("Nearshorix", "en")
    editor.spelling.words_changed()
    qtbot.waitUntil(
        lambda: not any("Nearshorix" in text for text, _, _ in editor.checks.rows("spelling"))
    )
