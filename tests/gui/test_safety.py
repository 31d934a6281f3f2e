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
deadline = time.monotonic() + 20
slot = editor.safety.timer.slot
while time.monotonic() < deadline and not (slot.exists() and {typed!r} in slot.read_text()):
    app.processEvents()
    time.sleep(0.01)
edit.insertPlainText(" and these words came after the last pause")  # not yet autosaved
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_killed_mid_typing_the_next_start_offers_recovery(
    qtbot: QtBot, tmp_path: Path, app_settings: AppSettings
) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    script = textwrap.dedent(CHILD).format(typed=TYPED)
    child = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)], env=env, capture_output=True, timeout=120
    )
    assert child.returncode == -signal.SIGKILL, child.stderr.decode()[-2000:]

    offered: list[list[Recovery]] = []
    editor = Editor(app_settings, autosave=Autosave(tmp_path / "autosave"))
    qtbot.addWidget(editor.window)

    def restore_all(found: list[Recovery]) -> list[Recovery]:
        offered.append(found)
        return found

    editor.safety.ask_recovery = restore_all  # type: ignore[method-assign]
    editor.open_start(None)
    assert len(offered) == 1 and len(offered[0]) == 1
    assert editor.form.points.rows[0].ui.enEdit.toPlainText() == TYPED
    assert editor.window.isWindowModified()
    # The restored readout keeps its slot until it is saved.
    assert editor.safety.timer.slot == offered[0][0].slot and offered[0][0].slot.exists()
    editor.window.close_guard = lambda: True
    editor.window.close()


def test_typing_autosaves_and_saving_clears_it(
    qtbot: QtBot, tmp_path: Path, app_settings: AppSettings
) -> None:
    editor = Editor(app_settings, autosave=Autosave(tmp_path / "autosave"), autosave_idle_ms=50)
    qtbot.addWidget(editor.window)
    editor.open_start(None)
    editor.form.ui.purposeEn.setPlainText("discuss trade")
    slot = editor.safety.timer.slot
    qtbot.waitUntil(slot.exists, timeout=3000)
    editor.window.ask_save_path = lambda suggested: tmp_path / "call.readout"  # type: ignore[method-assign]
    assert editor.documents.save()
    assert not slot.exists()
    assert load_file(tmp_path / "call.readout").readout.purpose.en == "discuss trade"
    editor.window.close_guard = lambda: True
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
