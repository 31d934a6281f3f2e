"""Never lose a draft: autosave while typing, recovery after a kill, changed files."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from pytestqt.qtbot import QtBot

from editor_app.core.autosave import Autosave, Recovery
from editor_app.core.store import load_file, save_file
from editor_app.gui.editor import Editor
from editor_app.gui.qt import QMessageBox
from editor_app.gui.settings import AppSettings

TYPED = "Typed seconds before the crash"

CHILD = """
import os, signal, sys, time
from pathlib import Path
from editor_app.core.autosave import Autosave
from editor_app.gui.qt import QApplication, QSettings
from editor_app.gui.editor import Editor
from editor_app.gui.settings import AppSettings

app = QApplication(sys.argv)
folder = Path(sys.argv[1])
settings = AppSettings(QSettings(str(folder / "child.ini"), QSettings.Format.IniFormat))
editor = Editor(settings, autosave=Autosave(folder / "autosave"), autosave_idle_ms=100)
editor.open_start(None)
editor.window.show()
edit = editor.form.points.rows[0].ui.enEdit
edit.setFocus()
edit.selectAll()
edit.insertPlainText({typed!r})
deadline = time.monotonic() + {wait_s}
slot = editor.safety.timer.slot
while not (slot.exists() and {typed!r} in slot.read_text()):
    if time.monotonic() > deadline:
        # Not killed: the test says the autosave never came, instead of finding nothing.
        sys.stderr.write("no autosave with the typed text within {wait_s} s\\n")
        sys.stderr.flush()
        os._exit(3)
    app.processEvents()
    time.sleep(0.01)
edit.insertPlainText(" and these words came after the last pause")  # not yet autosaved
os.kill(os.getpid(), signal.SIGKILL)
"""
CHILD_WAIT_S = 60
"""How long the child waits for its autosave (100 ms after typing, seconds on a busy
machine); the child process as a whole gets twice as long."""


def _own_editor(app_settings: AppSettings, autosave: Autosave, **kwargs: int) -> Editor:
    """An editor window of the test's own that never asks before closing: pytest-qt
    closes it at teardown, and a window left modified by a failed assertion would
    otherwise show the real "Unsaved changes" box, which blocks the run forever."""
    editor = Editor(app_settings, autosave=autosave, **kwargs)
    editor.window.close_guard = lambda: True
    return editor


def test_killed_mid_typing_the_next_start_offers_recovery(
    qtbot: QtBot, tmp_path: Path, app_settings: AppSettings
) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    script = textwrap.dedent(CHILD).format(typed=TYPED, wait_s=CHILD_WAIT_S)
    try:
        child = subprocess.run(
            [sys.executable, "-c", script, str(tmp_path)],
            env=env,
            capture_output=True,
            timeout=2 * CHILD_WAIT_S,
        )
    except subprocess.TimeoutExpired as exc:
        stderr = (exc.stderr or b"").decode(errors="replace")[-2000:]
        message = f"the child app did not finish in {exc.timeout} s:\n{stderr}"
        raise AssertionError(message) from None
    assert child.returncode == -signal.SIGKILL, (
        f"the child app exited with {child.returncode} instead of being killed mid-typing:\n"
        + child.stderr.decode(errors="replace")[-2000:]
    )

    offered: list[list[Recovery]] = []
    editor = _own_editor(app_settings, Autosave(tmp_path / "autosave"))
    qtbot.addWidget(editor.window)

    def restore_all(found: list[Recovery]) -> list[Recovery]:
        offered.append(found)
        return found

    editor.safety.ask_recovery = restore_all  # type: ignore[method-assign]
    editor.open_start(None)
    assert len(offered) == 1, f"recovery offered {len(offered)} times"
    assert len(offered[0]) == 1, f"expected the child's one autosave: {offered[0]}"
    assert editor.form.points.rows[0].ui.enEdit.toPlainText() == TYPED
    assert editor.window.isWindowModified()
    # The restored readout keeps its slot until it is saved.
    assert editor.safety.timer.slot == offered[0][0].slot and offered[0][0].slot.exists()
    editor.window.close()


def test_typing_autosaves_and_saving_clears_it(
    qtbot: QtBot, tmp_path: Path, app_settings: AppSettings
) -> None:
    editor = _own_editor(app_settings, Autosave(tmp_path / "autosave"), autosave_idle_ms=50)
    qtbot.addWidget(editor.window)
    editor.open_start(None)
    editor.form.ui.purposeEn.setPlainText("discuss trade")
    slot = editor.safety.timer.slot
    # 50 ms after the edit on an idle machine, but a busy one (the render, the
    # dictionaries loading, fsync) can take seconds; waitUntil returns once it is there.
    qtbot.waitUntil(slot.exists, timeout=30_000)
    editor.window.ask_save_path = lambda suggested: tmp_path / "call.readout"  # type: ignore[method-assign]
    assert editor.documents.save()
    assert not slot.exists()
    assert load_file(tmp_path / "call.readout").readout.purpose.en == "discuss trade"
    editor.window.close()


def test_a_file_changed_by_another_program_is_not_silently_overwritten(
    editor: Editor, tmp_path: Path
) -> None:
    path = tmp_path / "call.readout"
    save_file(editor.form.readout(), path)
    assert editor.documents.open_path(path, guard=False)
    theirs = editor.form.readout()
    theirs.purpose.en = "their edit"
    save_file(theirs, path, backups=0)
    their_bytes = path.read_bytes()
    editor.form.ui.purposeEn.setPlainText("my edit")
    answers = [QMessageBox.StandardButton.Cancel]
    editor.window.ask_overwrite_changed = lambda message: answers.pop(0)  # type: ignore[method-assign]
    assert not editor.documents.save()
    assert path.read_bytes() == their_bytes
    answers.append(QMessageBox.StandardButton.Discard)  # "Overwrite"
    assert editor.documents.save()
    assert load_file(path).readout.purpose.en == "my edit"
