"""Make the README's window screenshots in docs/ (offscreen, no display needed).

    .venv/bin/python tools/screenshots.py

- docs/screenshot.png and docs/screenshot-es.png: the bundled example with two typos
  typed into the first talking point, so the spelling underlines show, in the English and
  in the Spanish interface;
- docs/hand-edit.png: the second talking point of the English draft being rewritten in
  place, with a typo underlined in the part editor;
- docs/window-1366x768.png and docs/window-1366x768-es.png: the example as it first opens
  on a 1366×768 screen, in each interface language;
- docs/form-hosted-meeting.png: the form alone on the hosted-meeting example (the lead's
  verb "hosted", a place), also alone with ``tools/screenshots.py form``.
- docs/clearance-panel.png: the clearance panel open at 1366×768, the sheet filled in and
  two statuses a cleared copy's comments proposed waiting to be confirmed.
- docs/new-1366x768.png and docs/new-1366x768-es.png: a new bilateral call (File ▸ New
  blank) at 1366×768, its empty fields shown as gaps in the drafts;
- docs/recovery.png and docs/recovery-es.png: the recovery dialog offering the example
  with a point typed and not saved.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from editor_app.core.autosave import Autosave  # noqa: E402
from editor_app.core.model import (  # noqa: E402
    ClearanceStatus,
    Clearer,
    Drafter,
    Kind,
    StatusProposal,
)
from editor_app.core.store import load_example  # noqa: E402
from editor_app.gui.editor import Editor  # noqa: E402
from editor_app.gui.i18n import install_translators  # noqa: E402
from editor_app.gui.launch import SCREENSHOT_SIZE, application  # noqa: E402
from editor_app.gui.qt import QApplication, QSettings, QUrl  # noqa: E402
from editor_app.gui.settings import AppSettings  # noqa: E402

DOCS = ROOT / "docs"
TYPO_ES = " La reunion fue productiva."
TYPO_EN = " The meeting was productve."
HOSTED_EXAMPLE = "rubio-albares-hosted.readout"


def settle(app: QApplication, seconds: float = 0.4) -> None:
    """Let timers (render, spelling pause) fire."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def editor_window(app: QApplication, folder: Path) -> Editor:
    """An editor on the example, shown at the README's size, with temp settings."""
    settings = AppSettings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    editor = Editor(settings, autosave=Autosave(folder / "autosave"))
    editor.window.resize(*SCREENSHOT_SIZE)
    editor.open_start(None)
    editor.window.show()
    editor.refresh()
    settle(app)
    return editor


def small_screen(app: QApplication, editor: Editor, name: str) -> None:
    """Grab the window at 1366×768 as ``name``, then give it the README's size again."""
    editor.window.resize(1366, 768)
    settle(app)
    editor.window.grab().save(str(DOCS / name))
    editor.window.resize(*SCREENSHOT_SIZE)
    settle(app)


def clearance_panel(app: QApplication, editor: Editor) -> None:
    """Fill the clearance sheet, offer two proposed statuses, and grab the window at
    1366×768 with the clearance panel open."""
    readout = editor.form.readout()
    sheet = readout.clearance
    sheet.drafter = Drafter("Ana López", "WHA/PDA", "+1 202 555 0134", dt.date(2025, 3, 26))
    sheet.clearers[0] = Clearer("WHA/MEX", "John Smith", ClearanceStatus.CLEARED, None)
    sheet.proposals = [
        StatusProposal("D", ClearanceStatus.CLEARED, "Mary Jones", dt.date(2025, 3, 27)),
        StatusProposal("EUR", ClearanceStatus.CLEARED_WITH_EDITS, "Ed Ruiz"),
    ]
    editor.history.replace(readout)
    editor.window.resize(1366, 768)
    editor.sheet.open()
    settle(app)
    editor.window.grab().save(str(DOCS / "clearance-panel.png"))
    editor.sheet.set_open(False)
    editor.actions.undo.trigger()
    editor.window.resize(*SCREENSHOT_SIZE)
    settle(app)


def new_readout(app: QApplication, editor: Editor, name: str) -> None:
    """Grab a new bilateral call at 1366×768 as ``name``, then show the example again."""
    editor.documents.new(Kind.BILATERAL_CALL)
    editor.refresh()
    small_screen(app, editor, name)
    editor.documents.open_example()
    editor.refresh()
    settle(app)


def recovery(app: QApplication, editor: Editor, folder: Path, name: str) -> None:
    """Grab the recovery dialog offering the example with a point typed, as ``name``."""
    from editor_app.gui.recovery_dialog import RecoveryDialog

    store = Autosave(folder / "crashed")
    readout = load_example()
    readout.points[0].en += " Both sides will speak again next week."
    store.write(store.new_slot(), readout, None)
    dialog = RecoveryDialog(store, store.recoverable(include_live=True), editor.window)
    dialog.show()
    settle(app)
    dialog.grab().save(str(DOCS / name))
    dialog.close()


def with_typos(app: QApplication, editor: Editor) -> None:
    """Type a typo at the end of the first point, in both languages."""
    row = editor.form.points.rows[0]
    for edit, typo in ((row.ui.enEdit, TYPO_EN), (row.ui.esEdit, TYPO_ES)):
        edit.moveCursor(edit.textCursor().MoveOperation.End)
        edit.insertPlainText(typo)
    editor.refresh()
    settle(app)


def hosted_meeting_form(app: QApplication, folder: Path) -> None:
    """The whole form (not only the part the window scrolls to) on the hosted meeting,
    opened first in a window of its own."""
    settings = AppSettings(QSettings(str(folder / "form.ini"), QSettings.Format.IniFormat))
    editor = Editor(settings, autosave=Autosave(folder / "form-autosave"))
    editor.window.resize(*SCREENSHOT_SIZE)
    editor.documents.open_example(HOSTED_EXAMPLE)
    editor.window.show()
    editor.refresh()
    settle(app)
    editor.form.grab().save(str(DOCS / "form-hosted-meeting.png"))
    editor.window.close_guard = lambda: True
    editor.window.close()


def main() -> int:
    """Write the screenshots (``es``: only the Spanish interface's; ``form``: only the
    hosted-meeting form)."""
    lang = sys.argv[1] if len(sys.argv) > 1 else ""
    app = application()
    folder = Path(tempfile.mkdtemp())
    if lang == "form":
        hosted_meeting_form(app, folder)
        return 0
    if lang == "es":
        translators = install_translators(app, "es")
        editor = editor_window(app, folder)
        editor.translators = translators
        small_screen(app, editor, "window-1366x768-es.png")
        new_readout(app, editor, "new-1366x768-es.png")
        recovery(app, editor, folder, "recovery-es.png")
        with_typos(app, editor)
        # A date that disagrees between the drafts, for the checks panel to show.
        spanish = editor.form.points.rows[0].ui.esEdit
        spanish.setPlainText(spanish.toPlainText().replace("25 de marzo", "24 de marzo"))
        editor.refresh()
        settle(app)
        editor.window.grab().save(str(DOCS / "screenshot-es.png"))
        return 0
    install_translators(app, "en")  # the English plural forms ("4 problems to fix")
    editor = editor_window(app, folder)
    small_screen(app, editor, "window-1366x768.png")
    clearance_panel(app, editor)
    new_readout(app, editor, "new-1366x768.png")
    recovery(app, editor, folder, "recovery.png")
    with_typos(app, editor)
    editor.window.grab().save(str(DOCS / "screenshot.png"))
    editor.form.points.rows[0].ui.enEdit.undo()
    editor.window.ui.enPreview.anchorClicked.emit(QUrl("edit:body.2"))
    part = editor.window.part_editor
    assert part is not None
    part.insertPlainText(" Both sides will meet agian next month.")
    settle(app)
    editor.window.grab().save(str(DOCS / "hand-edit.png"))
    hosted_meeting_form(app, folder)
    # Translators go in before any widget exists: the Spanish window gets a process of its own.
    return subprocess.run([sys.executable, __file__, "es"], check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
