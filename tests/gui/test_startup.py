"""Start-up stays light: python-docx is not imported before the window first paints."""

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
from editor_app.gui.qt import QSettings
from editor_app.gui.settings import AppSettings
app = application()
folder = Path(tempfile.mkdtemp())
editor = Editor(AppSettings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)),
                autosave=Autosave(folder / "autosave"))
editor.open_start(None)
editor.window.show()
app.processEvents()
editor.window.grab()
print("docx" in sys.modules, "lxml" in sys.modules)
"""


def test_no_python_docx_before_the_first_paint() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split() == ["False", "False"]
