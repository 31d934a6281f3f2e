"""Start-up stays light: the window first paints with the form filled, before python-docx,
Jinja2 or Enchant are imported and before anything is rendered; the drafts follow as soon
as the event loop runs."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
import sys, tempfile
from pathlib import Path
from editor_app.core.autosave import Autosave
from editor_app.gui.launch import application
from editor_app.gui.editor import Editor
from editor_app.gui.qt import QEvent, QObject, QSettings, QTimer
from editor_app.gui.settings import AppSettings
app = application()
folder = Path(tempfile.mkdtemp())
editor = Editor(AppSettings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)),
                autosave=Autosave(folder / "autosave"))
editor.open_start(None)
at_first_paint = {}


class Watch(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not at_first_paint:
            ui = editor.window.ui
            at_first_paint.update(
                docx="docx" in sys.modules,
                lxml="lxml" in sys.modules,
                jinja2="jinja2" in sys.modules,
                enchant="enchant" in sys.modules,
                form_filled=bool(editor.form.ui.purposeEs.toPlainText()),
                drafts=bool(ui.esPreview.toPlainText() or ui.enPreview.toPlainText()),
            )
        return False


watch = Watch()
editor.window.installEventFilter(watch)
editor.window.show()
app.processEvents()
editor.window.grab()
print(*(f"{key}={value}" for key, value in at_first_paint.items()))
print(f"docx_after_paint={'docx' in sys.modules}")


def done():
    ui = editor.window.ui
    return bool(ui.esPreview.toPlainText() and ui.enPreview.toPlainText())


def poll():
    if done():
        app.quit()


timer = QTimer()
timer.timeout.connect(poll)
timer.start(5)
QTimer.singleShot(30_000, app.quit)
app.exec()
ui = editor.window.ui
print(f"drafts={done()} pending={editor.drafts_pending}",
      f"spelling={bool(editor.window.dictionaries.text())}",
      f"placeholder={ui.esPreview.placeholderText()!r}")
"""


def _run() -> list[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout.split()


def test_first_paint_comes_before_the_heavy_imports_and_the_render() -> None:
    words = _run()
    assert words[:7] == [
        "docx=False",
        "lxml=False",
        "jinja2=False",
        "enchant=False",
        "form_filled=True",
        "drafts=False",
        "docx_after_paint=False",
    ]
    # Once the event loop has run, both drafts are shown and the spelling status is set.
    assert words[7:] == ["drafts=True", "pending=False", "spelling=True", "placeholder=''"]
