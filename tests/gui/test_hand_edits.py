"""Hand edits in the preview: kept, marked, flagged stale when the form changes, revertible."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from editor_app.gui.editor import Editor
from editor_app.gui.qt import QUrl


def test_hand_edit_survives_a_form_change_and_is_marked_stale(editor: Editor, qtbot: QtBot) -> None:
    asked: list[tuple[str, str]] = []

    def answer(title: str, text: str) -> str:
        asked.append((title, text))
        return "Llamada con el canciller (versión de la oficina)"

    editor.window.ask_part_text = answer  # type: ignore[method-assign]
    editor.window.ui.esPreview.anchorClicked.emit(QUrl("edit:title"))
    assert asked == [
        (
            "Edit by hand: Título",
            "Llamada del subsecretario Landau con el canciller mexicano De la Fuente",
        )
    ]
    preview = editor.window.ui.esPreview.toPlainText()
    assert "Llamada con el canciller (versión de la oficina)" in preview
    assert "editado a mano" in preview and "cambió" not in preview
    assert editor.window.isWindowModified()

    surname = editor.form.counterparts.rows[0].ui.surname
    surname.selectAll()
    qtbot.keyClicks(surname, "Ebrard")
    qtbot.waitUntil(lambda: "el formulario cambió" in editor.window.ui.esPreview.toPlainText())
    # Nothing typed by the officer is replaced; the checks say what changed.
    assert "(versión de la oficina)" in editor.window.ui.esPreview.toPlainText()
    assert any(f.check_id == "edit.stale" for f in editor_findings(editor))

    editor.window.ui.esPreview.anchorClicked.emit(QUrl("revert:title"))
    text = editor.window.ui.esPreview.toPlainText()
    assert "con el canciller mexicano Ebrard" in text and "editado a mano" not in text


def test_cancelled_edit_changes_nothing(editor: Editor) -> None:
    editor.window.ask_part_text = lambda title, text: None  # type: ignore[method-assign]
    editor.window.ui.enPreview.anchorClicked.emit(QUrl("edit:body.2"))
    assert not editor.window.isWindowModified()
    assert editor.form.readout().overrides["en"] == {}


def test_hand_edit_is_saved_with_the_readout_and_undoable(editor: Editor) -> None:
    editor.window.ask_part_text = lambda title, text: "My own lead."  # type: ignore[method-assign]
    editor.window.ui.enPreview.anchorClicked.emit(QUrl("edit:lead"))
    assert editor.form.readout().overrides["en"]["lead"].text == "My own lead."
    editor.history.undo()
    editor.refresh()
    assert "lead" not in editor.form.readout().overrides["en"]
    assert "Today Deputy Secretary" in editor.window.ui.enPreview.toPlainText()


def editor_findings(editor: Editor) -> list:  # type: ignore[type-arg]
    panel = editor.checks
    return [
        panel.tree.topLevelItem(i).child(j).data(0, 256)
        for i in range(panel.tree.topLevelItemCount())
        for j in range(panel.tree.topLevelItem(i).childCount())
    ]
