"""A hand edit still being typed is work: saving, copying, undoing, opening another
readout or a crash must keep it, never drop it or move it to another readout."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from editor_app.core.autosave import Autosave
from editor_app.core.model import Kind
from editor_app.core.store import load_file
from editor_app.gui.editor import Editor
from editor_app.gui.qt import QGuiApplication, QMessageBox
from editor_app.gui.settings import AppSettings
from tests.gui.test_hand_edits import open_part
from tests.gui.test_spell_highlighter import type_text

TYPED = " Typed, not yet kept."


def typing_in_lead(editor: Editor, qtbot: QtBot) -> None:
    part_editor = open_part(editor, "en", "lead")
    type_text(qtbot, part_editor, TYPED)
    assert not part_editor.done


def test_save_keeps_the_hand_edit_being_typed(editor: Editor, qtbot: QtBot, tmp_path: Path) -> None:
    typing_in_lead(editor, qtbot)
    target = tmp_path / "call.readout"
    editor.window.ask_save_path = lambda suggested: target  # type: ignore[method-assign]
    assert editor.documents.save()
    assert load_file(target).readout.overrides["en"]["lead"].text.endswith(TYPED)
    assert not editor.window.isWindowModified()


def test_copy_takes_the_hand_edit_being_typed(editor: Editor, qtbot: QtBot) -> None:
    typing_in_lead(editor, qtbot)
    editor.exports.copy("en")
    assert TYPED.strip() in QGuiApplication.clipboard().mimeData().text()


def test_a_new_readout_asks_about_the_hand_edit_being_typed(editor: Editor, qtbot: QtBot) -> None:
    typing_in_lead(editor, qtbot)
    asked = []

    def answer() -> QMessageBox.StandardButton:
        asked.append(True)
        return QMessageBox.StandardButton.Cancel

    editor.window.ask_save_changes = answer  # type: ignore[method-assign]
    editor.documents.new(Kind.BILATERAL_MEETING)
    assert asked, "the unsaved hand edit was not noticed"
    assert editor.form.readout().overrides["en"]["lead"].text.endswith(TYPED)
    assert editor.window.typed_part() is None, "no editor is left over the readout"


def test_undo_while_typing_a_hand_edit_undoes_it_whole(editor: Editor, qtbot: QtBot) -> None:
    typing_in_lead(editor, qtbot)
    editor.actions.undo.trigger()
    assert "lead" not in editor.form.readout().overrides["en"]
    assert editor.window.typed_part() is None
    editor.actions.redo.trigger()
    assert editor.form.readout().overrides["en"]["lead"].text.endswith(TYPED)


def test_the_autosave_holds_a_hand_edit_being_typed(
    qtbot: QtBot, tmp_path: Path, app_settings: AppSettings
) -> None:
    autosave = Autosave(tmp_path / "autosave")
    editor = Editor(app_settings, autosave=autosave, autosave_idle_ms=50)
    qtbot.addWidget(editor.window)
    editor.open_start(None)
    editor.window.show()
    editor.refresh()
    typing_in_lead(editor, qtbot)
    slot = editor.safety.timer.slot
    qtbot.waitUntil(slot.exists, timeout=3000)
    found = autosave.recoverable(include_live=True)
    assert found and found[0].readout is not None
    assert found[0].readout.overrides["en"]["lead"].text.endswith(TYPED)
    assert found[0].readout.overrides["en"]["lead"].generated.startswith("Today Deputy")
    editor.window.close_guard = lambda: True
    editor.window.close()
