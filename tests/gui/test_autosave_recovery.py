"""Autosave after a pause in typing; after a crash, recovery restores or discards."""

from __future__ import annotations

import json
import os
import subprocess
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from editor_app.core.autosave import Autosave, Recovery
from editor_app.core.model import Readout
from editor_app.core.store import save_file
from editor_app.gui.autosave_timer import AutosaveTimer
from editor_app.gui.editor import Editor
from editor_app.gui.qt import QMessageBox
from editor_app.gui.recovery_dialog import RecoveryDialog
from editor_app.gui.settings import AppSettings

TITLE = "Deputy Secretary Landau’s Call with Mexican Foreign Secretary de la Fuente"
OPENING = (
    "Today Deputy Secretary of State Christopher Landau spoke with Mexican Foreign "
    "Secretary Juan Ramón de la Fuente to affirm the U.S. …"
)


def orphan(slot: Path) -> None:
    """Make ``slot`` look left behind by a process that died."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    record = json.loads(slot.read_text("utf-8"))
    record["pid"] = child.pid
    slot.write_text(json.dumps(record), "utf-8")


def test_autosave_waits_for_the_pause(qtbot: QtBot, example: Readout, tmp_path: Path) -> None:
    autosave = Autosave(tmp_path)
    timer = AutosaveTimer(autosave, lambda: (example, None), idle_ms=200)
    timer.changed()
    assert not timer.slot.exists() and timer.pending
    with qtbot.waitSignal(timer.saved, timeout=3_000):
        pass
    assert timer.slot.exists() and not timer.pending
    timer.clear()
    assert not timer.slot.exists()


def test_long_typing_still_autosaves(qtbot: QtBot, example: Readout, tmp_path: Path) -> None:
    timer = AutosaveTimer(
        Autosave(tmp_path), lambda: (example, None), idle_ms=10_000, max_interval_s=0.05
    )
    timer.changed()
    qtbot.wait(80)
    with qtbot.waitSignal(timer.saved, timeout=1_000):
        timer.changed()  # still typing, but 50 ms have passed since the first edit


def test_recovery_restores_and_discards(qtbot: QtBot, example: Readout, tmp_path: Path) -> None:
    autosave = Autosave(tmp_path)
    first, second = autosave.new_slot(), autosave.new_slot()
    example.points[0].en = "typed before the crash"
    autosave.write(first, example, Path("/drafts/call.readout"))
    autosave.write(second, example, None)
    orphan(first)
    orphan(second)
    found = autosave.recoverable()
    dialog = RecoveryDialog(autosave, found)
    qtbot.addWidget(dialog)
    lines = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    when = found[0].saved_at.strftime("%Y-%m-%d %H:%M") if found[0].saved_at else "?"
    assert set(lines) == {
        f"{TITLE}\nBilateral call · call.readout · autosaved {when}\n{OPENING}",
        f"{TITLE}\nBilateral call · New readout, never saved · autosaved {when}\n{OPENING}",
    }
    assert "offered again the next time" in dialog.close_note.text()
    dialog.list.setCurrentRow(lines.index(next(x for x in lines if "call.readout" in x)))
    dialog.restore_button.click()
    [restored] = dialog.restored
    assert restored.readout is not None
    assert restored.readout.points[0].en == "typed before the crash"
    dialog.discard_button.click()
    assert not second.exists() and first.exists()
    assert dialog.result() == dialog.DialogCode.Accepted


def test_all_recovered_readouts_reopen_at_once_each_saying_it_is_not_saved(
    qtbot: QtBot, example: Readout, app_settings: AppSettings, tmp_path: Path
) -> None:
    autosave = Autosave(tmp_path / "autosave")
    slots = [autosave.new_slot() for _ in range(3)]
    for n, slot in enumerate(slots):
        example.points[0].en = f"typed before the crash {n}"
        autosave.write(slot, example, None if n else Path("/drafts/call.readout"))
        orphan(slot)
    editor = Editor(app_settings, autosave=autosave, autosave_idle_ms=50)
    qtbot.addWidget(editor.window)
    editor.window.ask_save_changes = lambda: QMessageBox.StandardButton.Discard  # type: ignore[method-assign]

    def answer(found: list[Recovery]) -> list[Recovery]:
        dialog = RecoveryDialog(autosave, found, editor.window)
        dialog.restore_all_button.click()
        assert dialog.result() == dialog.DialogCode.Accepted
        return dialog.restored

    editor.safety.ask_recovery = answer  # type: ignore[method-assign]
    editor.open_start(None)
    windows = [editor, *editor.others]
    assert len(windows) == 3
    typed = sorted(e.form.readout().points[0].en for e in windows)
    assert typed == [f"typed before the crash {n}" for n in range(3)]
    for each in windows:
        each.window.show()
        assert each.window.isWindowModified()
        assert each.window.ui.messageFrame.isVisible()
        banner = each.window.ui.messageLabel.text()
        assert banner.startswith("Recovered from the autosave of ")
        assert banner.endswith("This text is not saved yet: save it (Ctrl+S) to keep it.")
    # Each window keeps its own slot: all three are still there for the next crash.
    assert sorted(s.name for s in slots if s.exists()) == sorted(s.name for s in slots)
    for each in windows:
        each.window.close_guard = lambda: True
        each.window.close()


def test_an_untouched_example_or_file_is_never_autosaved(
    qtbot: QtBot, example: Readout, app_settings: AppSettings, tmp_path: Path
) -> None:
    autosave = Autosave(tmp_path / "autosave")
    editor = Editor(app_settings, autosave=autosave, autosave_idle_ms=30)
    qtbot.addWidget(editor.window)
    editor.window.ask_save_changes = lambda: QMessageBox.StandardButton.Discard  # type: ignore[method-assign]
    editor.open_start(None)
    editor.window.show()
    qtbot.wait(300)
    assert autosave.recoverable(include_live=True) == []
    source = tmp_path / "call.readout"
    save_file(example, source)
    assert editor.documents.open_path(source)
    qtbot.wait(300)
    assert autosave.recoverable(include_live=True) == []
    # Typing is autosaved; undoing it all leaves nothing to recover.
    field = editor.form.points.rows[0].ui.enEdit
    field.setFocus()
    QTest.keyClicks(field, "more")
    qtbot.waitUntil(lambda: len(autosave.recoverable(include_live=True)) == 1, timeout=3_000)
    editor.actions.undo.trigger()
    qtbot.wait(300)
    assert autosave.recoverable(include_live=True) == []
    editor.window.close_guard = lambda: True
    editor.window.close()
