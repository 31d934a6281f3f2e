"""Files in the window: save and reopen, the unsaved-work guard, bad files, drops, recents."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from editor_app.core.model import Kind
from editor_app.core.parse import readout_to_dict
from editor_app.core.render import Renderer
from editor_app.core.store import load_file
from editor_app.gui.editor import Editor
from editor_app.gui.qt import QDropEvent, QMessageBox, QMimeData, QPoint, Qt, QUrl
from editor_app.gui.settings import AppSettings

Button = QMessageBox.StandardButton


def _save_as(editor: Editor, path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(editor.window, "ask_save_path", lambda suggested: path)
    assert editor.documents.save_as()


def test_save_reopen_gives_the_same_readout(
    editor: Editor, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    qtbot.keyClicks(editor.form.ui.datelineEn, "Washington")
    qtbot.mouseClick(editor.form.ui.addPointButton, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.form.points.rows[3].ui.enEdit, "A fourth point.")
    before = readout_to_dict(editor.form.readout())
    target = tmp_path / "call.readout"
    _save_as(editor, target, monkeypatch)
    assert not editor.window.isWindowModified()
    assert editor.window.windowTitle().startswith("call.readout[*]")
    assert readout_to_dict(load_file(target).readout) == before
    editor.documents.new(Kind.BILATERAL_MEETING)
    assert editor.form.readout().kind is Kind.BILATERAL_MEETING
    assert editor.documents.open_path(target)
    assert readout_to_dict(editor.form.readout()) == before
    assert editor.settings.recent_files()[0] == target.resolve()


def test_close_waits_for_an_answer_about_unsaved_changes(
    editor: Editor, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    qtbot.keyClicks(editor.form.ui.datelineEs, "Ciudad de Mexico")
    assert editor.window.isWindowModified()
    asked: list[int] = []

    def answer(button: QMessageBox.StandardButton) -> None:
        monkeypatch.setattr(editor.window, "ask_save_changes", lambda: asked.append(1) or button)

    answer(Button.Cancel)
    assert not editor.window.close()
    assert editor.window.isVisible() and asked == [1]
    target = tmp_path / "saved.readout"
    monkeypatch.setattr(editor.window, "ask_save_path", lambda suggested: None)
    answer(Button.Save)
    assert not editor.window.close(), "cancelling Save As keeps the window open"
    monkeypatch.setattr(editor.window, "ask_save_path", lambda suggested: target)
    assert editor.window.close()
    assert load_file(target).readout.dateline.es == "Oaxaca de JuárezCiudad de Mexico"


def test_discard_closes_without_saving(editor: Editor, qtbot: QtBot) -> None:
    qtbot.keyClicks(editor.form.ui.datelineEs, "X")
    editor.window.ask_save_changes = lambda: Button.Discard  # type: ignore[method-assign]
    assert editor.window.close()


def test_a_bad_file_shows_what_and_where_and_keeps_the_form(editor: Editor, tmp_path: Path) -> None:
    bad = tmp_path / "broken.readout"
    bad.write_text('{"kind": "bilateral_call",\n  "points": [1, }', encoding="utf-8")
    before = readout_to_dict(editor.form.readout())
    assert not editor.documents.open_path(bad)
    message = editor.window.ui.messageLabel.text()
    assert editor.window.ui.messageFrame.isVisible()
    assert str(bad) in message and "line 2" in message
    assert readout_to_dict(editor.form.readout()) == before
    assert editor.form.isEnabled()


def test_a_pipe_or_a_huge_number_shows_the_reader_message(editor: Editor, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.readout"
    os.mkfifo(fifo)  # once, opening it waited for a writer forever
    assert not editor.documents.open_path(fifo)
    assert editor.window.ui.messageLabel.text() == (
        f"Could not open the readout. {fifo}: is a named pipe with nothing written to it, "
        "not a readout file (a readout is a file of at most 10 MB, or a pipe one is written to)"
    )
    number = tmp_path / "number.readout"
    number.write_text('{"schema_version": ' + "1" * 5000 + "}", "utf-8")
    assert not editor.documents.open_path(number)
    assert editor.window.ui.messageLabel.text() == (
        f"Could not open the readout. {number}: not a valid readout:\n  schema_version: a "
        "number of 5000 digits; a readout holds numbers of at most 100 digits"
    )
    assert editor.form.isEnabled()


def test_dropping_a_readout_file_opens_it(
    editor: Editor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "dropped.readout"
    editor.form.ui.datelineEn.setText("Brasilia")
    _save_as(editor, target, monkeypatch)
    editor.documents.new(Kind.BILATERAL_CALL)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(target))])
    event = QDropEvent(
        QPoint(10, 10).toPointF(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    editor.window.dropEvent(event)
    assert editor.form.ui.datelineEn.text() == "Brasilia"
    assert editor.documents.path == target


def test_the_next_start_opens_the_last_file(
    qtbot: QtBot, app_settings: AppSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = Editor(app_settings)
    qtbot.addWidget(first.window)
    first.open_start(None)
    assert first.documents.name.endswith("(example)")
    _save_as(first, tmp_path / "last.readout", monkeypatch)
    first.window.close()
    second = Editor(app_settings)
    qtbot.addWidget(second.window)
    second.open_start(None)
    assert second.documents.path == tmp_path / "last.readout"


def test_window_geometry_and_splitters_are_remembered(
    qtbot: QtBot, app_settings: AppSettings
) -> None:
    first = Editor(app_settings)
    qtbot.addWidget(first.window)
    first.restore_window_state()
    first.window.show()
    first.window.ui.mainSplitter.setSizes([700, 700])
    first.window.close()
    assert app_settings.state("geometry") is not None
    second = Editor(app_settings)
    qtbot.addWidget(second.window)
    second.restore_window_state()
    # The offscreen screen (800x800) clamps the window, so compare the stored state.
    state = app_settings.state("mainSplitter")
    assert state is not None and second.window.ui.mainSplitter.restoreState(state)
    assert b"\x00\x00\x02\xbc" in bytes(state.data()), "700 px form width kept"


def test_recent_files_menu_reopens_a_file(
    editor: Editor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "recent.readout"
    editor.form.ui.datelineEn.setText("Bogotá")
    _save_as(editor, target, monkeypatch)
    editor.documents.new(Kind.BILATERAL_CALL)
    menu = editor.actions.recent_menu
    menu.aboutToShow.emit()
    actions = [a for a in menu.actions() if a.text() == str(target.resolve())]
    assert actions, [a.text() for a in menu.actions()]
    actions[0].trigger()
    assert editor.form.ui.datelineEn.text() == "Bogotá"


def test_save_as_suggests_a_real_name_in_either_language(
    editor: Editor, spanish: None, tmp_path: Path
) -> None:
    suggested: list[str] = []

    def ask(path: str) -> None:
        suggested.append(Path(path).name)

    editor.window.ask_save_path = ask  # type: ignore[method-assign,assignment]
    editor.documents.save_as()
    editor.window.ask_save_changes = lambda: QMessageBox.StandardButton.Discard  # type: ignore[method-assign]
    editor.documents.new(Kind.BILATERAL_MEETING)
    editor.documents.save_as()
    assert suggested == ["landau-delafuente.readout", "readout.readout"]


def test_the_interface_language_is_one_choice(editor: Editor) -> None:
    menu = editor.actions.language_menu
    assert "language" in menu.title()
    choices = [a for a in menu.actions() if a.isCheckable()]
    choices[2].trigger()  # Español
    assert [a.isChecked() for a in choices] == [False, False, True]
    choices[2].trigger()  # again: still chosen, as the setting is
    assert [a.isChecked() for a in choices] == [False, False, True]


def test_drafts_that_cannot_be_rendered_leave_no_old_drafts_on_show(
    editor: Editor, tmp_path: Path
) -> None:
    (tmp_path / "bilateral_call.en.j2").write_text("{% if %}", "utf-8")
    editor.renderer = Renderer(tmp_path)
    editor.refresh()
    assert editor.pair is None
    assert editor.window.ui.enPreview.toPlainText() == ""
    assert editor.checks.count() == 0
    assert "could not be rendered" in editor.checks.rows("problems")[0][0]
