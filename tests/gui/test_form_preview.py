"""Typing in the form reaches both previews; roster, points and undo work as a writer expects."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from editor_app.core.parse import readout_to_dict
from editor_app.gui.editor import Editor
from editor_app.gui.qt import QApplication, Qt


def _es(editor: Editor) -> str:
    return editor.window.ui.esPreview.toPlainText()


def _en(editor: Editor) -> str:
    return editor.window.ui.enPreview.toPlainText()


def test_the_example_shows_both_drafts_labelled(editor: Editor) -> None:
    assert "Llamada del subsecretario Landau con el canciller mexicano De la Fuente" in _es(editor)
    assert "Deputy Secretary Landau’s Call with Mexican Foreign Secretary" in _en(editor)
    # Both panes' part labels speak the interface language (English here).
    assert "Lead edit\nHoy, el subsecretario" in _es(editor) and "Point 3" in _es(editor)
    assert "Lead edit\nToday Deputy" in _en(editor) and "Point 3" in _en(editor)
    assert editor.window.ui.esHeading.text() == "<b>Spanish</b> · es_MX"
    assert editor.window.ui.enHeading.text() == "<b>English</b> · en_US"
    assert editor.checks.rows("problems") == []


def test_typing_reaches_both_previews(editor: Editor, qtbot: QtBot) -> None:
    ui = editor.form.ui
    ui.purposeEn.clear()
    ui.purposeEs.clear()
    qtbot.keyClicks(ui.purposeEn, "discuss regional migration")
    qtbot.keyClicks(ui.purposeEs, "conversar sobre la migracion regional")
    qtbot.waitUntil(lambda: "to discuss regional migration." in _en(editor), timeout=2000)
    # The purpose repeats the lead's "conversó": the lead joins it, saying the verb once.
    qtbot.waitUntil(lambda: "Juan Ramón de la Fuente, sobre la migracion regional." in _es(editor))
    surname = editor.form.counterparts.rows[0].ui.surname
    surname.selectAll()
    qtbot.keyClicks(surname, "Ebrard")
    qtbot.waitUntil(lambda: "con el canciller mexicano Ebrard" in _es(editor))
    assert "Mexican Foreign Secretary Ebrard" in _en(editor)
    assert editor.window.isWindowModified()


def test_a_missing_name_is_listed_as_a_problem(editor: Editor, qtbot: QtBot) -> None:
    name = editor.form.ui.attributionName
    name.selectAll()
    qtbot.keyClick(name, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: len(editor.checks.rows("problems")) == 1)
    [(text, _, path)] = editor.checks.rows("problems")
    assert (text, path) == ("Attribution · name: the attribution needs a name", "attribution.name")
    assert "1 problem" in editor.window.form_state.text()
    # First in the findings pane, which shows now; activating it goes to the field.
    assert editor.window.checks_pane.isVisible()
    head = editor.checks.tree.topLevelItem(0)
    assert head.text(0) == "To fill in (1)"
    editor.checks.tree.itemActivated.emit(head.child(0), 0)
    assert name.hasFocus()


def test_picking_a_feminine_minister_from_the_roster(editor: Editor, qtbot: QtBot) -> None:
    row = editor.form.counterparts.rows[0]
    row.ui.givenNames.clear()
    row.ui.givenNames.setFocus()
    qtbot.keyClicks(row.ui.givenNames, "alic")
    popup = row.ui.givenNames.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert popup.model().rowCount() == 1
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: row.ui.givenNames.text() == "Alicia")
    assert row.ui.surname.text() == "Bárcena"
    assert row.ui.genderCombo.currentText() == "Feminine"
    assert row.ui.titleCombo.currentData() == "foreign_minister"
    assert row.ui.countryCombo.currentData() == "MX"
    qtbot.waitUntil(lambda: "la canciller mexicana Bárcena" in _es(editor))
    assert "la secretaria de Relaciones Exteriores de México, Alicia Bárcena" in _es(editor)
    assert "Mexican Foreign Secretary Bárcena" in _en(editor)


def test_a_roster_pick_fills_a_new_counterpart(editor: Editor, qtbot: QtBot) -> None:
    qtbot.mouseClick(editor.form.ui.addCounterpartButton, Qt.MouseButton.LeftButton)
    row = editor.form.counterparts.rows[1]
    row.completer.picked.emit(row.completer.entry("Mélanie Joly"))
    qtbot.waitUntil(lambda: "Mélanie Joly" in _es(editor))
    official = editor.form.readout().counterparts[1]
    assert (official.title, official.country, official.gender.value) == (
        "foreign_minister",
        "CA",
        "feminine",
    )


def test_add_and_reorder_talking_points(editor: Editor, qtbot: QtBot) -> None:
    points = editor.form.points
    qtbot.mouseClick(editor.form.ui.addPointButton, Qt.MouseButton.LeftButton)
    new = points.rows[3]
    assert new.ui.numberLabel.text() == "<b>4</b>"
    qtbot.keyClicks(new.ui.enEdit, "They agreed to speak again soon.")
    qtbot.keyClicks(new.ui.esEdit, "Acordaron volver a hablar pronto.")
    qtbot.waitUntil(lambda: "Point 4 edit\nAcordaron volver a hablar pronto." in _es(editor))
    qtbot.mouseClick(new.ui.upButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(new.ui.upButton, Qt.MouseButton.LeftButton)
    assert points.rows[1] is new
    assert [row.ui.numberLabel.text() for row in points.rows] == [
        f"<b>{n}</b>" for n in range(1, 5)
    ]
    qtbot.waitUntil(lambda: "Point 2 edit\nThey agreed to speak again soon." in _en(editor))
    assert "Point 2 edit\nAcordaron volver a hablar pronto." in _es(editor)
    assert editor.form.readout().points[1].en == "They agreed to speak again soon."
    qtbot.mouseClick(points.rows[0].ui.removeButton, Qt.MouseButton.LeftButton)
    # The first point runs on after the lead, and the pane says so.
    runs_on = "Point 1 · runs on in the paragraph above edit"
    qtbot.waitUntil(lambda: f"{runs_on}\nThey agreed to speak again soon." in _en(editor))
    assert len(editor.form.readout().points) == 3


def test_undo_and_redo_across_the_form(editor: Editor, qtbot: QtBot) -> None:
    original = readout_to_dict(editor.form.readout())
    ui = editor.form.ui
    qtbot.keyClicks(ui.datelineEn, "Washington")
    qtbot.waitUntil(lambda: not editor.history.pending)  # an officer pauses to reach the mouse
    qtbot.mouseClick(ui.addPointButton, Qt.MouseButton.LeftButton)
    stack = editor.history.stack
    assert stack.count() == 2, "typing in one field is one undo step"
    editor.actions.undo.trigger()
    assert len(editor.form.readout().points) == 3
    editor.actions.undo.trigger()
    assert readout_to_dict(editor.form.readout()) == original
    assert stack.isClean() and not editor.window.isWindowModified()
    assert not editor.actions.undo.isEnabled()
    editor.actions.redo.trigger()
    assert ui.datelineEn.text() == "Washington"
    qtbot.waitUntil(lambda: "WASHINGTON" in _en(editor))
    QApplication.processEvents()


def test_undo_takes_back_typing_before_its_step_is_recorded(editor: Editor, qtbot: QtBot) -> None:
    ui = editor.form.ui
    qtbot.keyClicks(ui.datelineEn, "Miami")
    assert editor.history.pending, "a keystroke defers the snapshot of the whole form"
    assert editor.actions.undo.isEnabled()
    editor.actions.undo.trigger()
    assert ui.datelineEn.text() == "" and not editor.documents.is_modified()
    editor.actions.redo.trigger()
    assert ui.datelineEn.text() == "Miami"


def test_saving_straight_after_a_keystroke_leaves_nothing_unsaved(
    editor: Editor, qtbot: QtBot, tmp_path: Path
) -> None:
    ui = editor.form.ui
    qtbot.keyClicks(ui.datelineEn, "Miami")
    assert editor.documents.is_modified()
    assert editor.documents._write(tmp_path / "saved.readout")
    qtbot.wait(120)  # past the typing pause: nothing left to record
    assert not editor.documents.is_modified() and not editor.window.isWindowModified()
    qtbot.keyClicks(ui.datelineEn, "x")
    assert editor.documents.is_modified()


def test_a_custom_title_in_both_languages(editor: Editor, qtbot: QtBot) -> None:
    from editor_app.core.model import TitleText

    row = editor.form.counterparts.rows[0]
    custom = TitleText(
        "Minister of Foreign Affairs and Worship",
        "Foreign Minister",
        "ministro de Relaciones Exteriores y Culto",
        "canciller",
    )
    row.ask_custom_title = lambda title, parent: custom
    combo = row.ui.titleCombo
    combo.setCurrentIndex(combo.count() - 1)
    assert combo.currentText() == "Custom: Minister of Foreign Affairs and Worship"
    qtbot.waitUntil(lambda: "ministro de Relaciones Exteriores y Culto" in _es(editor))
    assert "Minister of Foreign Affairs and Worship" in _en(editor)
    assert editor.form.readout().counterparts[0].custom_title == custom
    editor.history.undo()
    assert editor.form.readout().counterparts[0].title == "foreign_minister"
    row.ask_custom_title = lambda title, parent: None
    combo.setCurrentIndex(combo.count() - 1)
    assert combo.currentData() == "foreign_minister", "cancelling keeps the title"


def test_the_form_keeps_each_points_paragraph_breaks(editor: Editor, qtbot: QtBot) -> None:
    # The example's Spanish runs its last point on; moving the point keeps its break.
    assert editor.form.readout().points[2].new_paragraph_es is False
    qtbot.mouseClick(editor.form.points.rows[2].ui.upButton, Qt.MouseButton.LeftButton)
    points = editor.form.readout().points
    assert [p.new_paragraph_es for p in points] == [None, False, None]
    assert points[1].en.startswith("{principal}, who served")
