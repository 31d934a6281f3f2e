"""Open the editor window, or paint it offscreen to a PNG (the smoke mode).

The window paints first, with the form filled; the drafts, checks and spelling follow
right after that first paint (see :mod:`editor_app.gui.editor`). The smoke mode renders
them before it grabs the window.
"""

from __future__ import annotations

import logging
import sys
from importlib import resources
from pathlib import Path

from editor_app.core.app_info import APP_ID, APP_NAME
from editor_app.core.autosave import Autosave
from editor_app.core.roster import user_roster_path
from editor_app.gui.editor import Editor
from editor_app.gui.i18n import install_translators, ui_language
from editor_app.gui.qt import QApplication, QIcon, QSettings, QTimer
from editor_app.gui.settings import AppSettings

log = logging.getLogger(__name__)

SCREENSHOT_SIZE = (1400, 900)


def application() -> QApplication:
    """The QApplication, created once with the names QSettings uses."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv)
    app.setOrganizationName(APP_ID)
    app.setApplicationName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    icon = resources.files("editor_app.resources").joinpath("icons").joinpath("readout-editor.svg")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def launch(file: Path | None, ui_lang: str | None = None) -> int:
    """Show the window and run the event loop, the interface in ``ui_lang`` (None: as
    the officer chose in the editor, else the system's language)."""
    app = application()
    settings = AppSettings()
    translators = install_translators(app, ui_lang or ui_language(settings.ui_language()))
    editor = Editor(settings, user_roster_path())
    editor.translators = translators
    editor.restore_window_state()
    first_start = not settings.started_before()
    editor.open_start(file)  # the first start opens the example, as a welcome
    editor.window.show()
    if first_start:
        QTimer.singleShot(0, editor.help.show_tour)  # once the window is laid out
    return int(app.exec())


def screenshot(file: Path | None, png: Path, lang: str = "en") -> int:
    """Open, paint, write a PNG of the window to ``png`` and exit 0 (UI in ``lang``).

    The PNG shows the drafts and the spelling underlines: the render the window puts off
    until after its first paint is forced before the grab.
    """
    import tempfile

    app = application()
    translators = install_translators(app, lang)
    with tempfile.TemporaryDirectory() as folder:
        store = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        # A folder of its own: the smoke mode never offers (or writes) real autosaves.
        editor = Editor(AppSettings(store), autosave=Autosave(Path(folder) / "autosave"))
        editor.window.resize(*SCREENSHOT_SIZE)
        editor.open_start(file)
        editor.window.show()
        app.processEvents()  # the first paint
        editor.refresh()  # the drafts, checks and spelling, whether or not already done
        app.processEvents()  # the underlines Qt applies on the next turn of the loop
        ok = editor.window.grab().save(str(png))
        editor.window.close_guard = lambda: True
        editor.window.close()
    for translator in translators:
        app.removeTranslator(translator)
    return 0 if ok else 1
