"""Never lose a draft: autosave while typing, clear on save or a clean exit, and offer
recovery at the next start after a crash.
"""

from __future__ import annotations

import logging
from pathlib import Path

from editor_app.core.autosave import Autosave, Recovery
from editor_app.core.model import Override, Readout
from editor_app.core.normalize import clean_typed
from editor_app.gui.autosave_timer import AutosaveTimer
from editor_app.gui.documents import Documents
from editor_app.gui.main_window import MainWindow
from editor_app.gui.qt import QObject
from editor_app.gui.readout_form import ReadoutForm
from editor_app.gui.recovery_dialog import RecoveryDialog, saved_time
from editor_app.gui.undo import FormHistory

log = logging.getLogger(__name__)


class SafetyController(QObject):
    """Autosaves the open readout and restores it after a crash."""

    def __init__(
        self,
        window: MainWindow,
        form: ReadoutForm,
        history: FormHistory,
        documents: Documents,
        autosave: Autosave,
        idle_ms: int = 3_000,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.documents = documents
        self.autosave = autosave
        self.form = form
        self.timer = AutosaveTimer(
            autosave, self.snapshot, self, idle_ms=idle_ms, needed=self._unsaved
        )
        self.history = history
        form.edited.connect(self.timer.changed)
        window.partTyped.connect(self.timer.changed)
        history.applied.connect(self.timer.changed)
        documents.saved.connect(lambda _path: self.timer.clear())
        # Back as opened or saved (an undo, a new file): nothing to recover. Filling
        # the form with a file is no edit either.
        history.stack.cleanChanged.connect(self._clean_changed)
        documents.loaded.connect(self.timer.clear)
        window.closing.connect(self.timer.clear)
        self.timer.failed.connect(lambda message: window.statusBar().showMessage(message, 8000))

    def snapshot(self) -> tuple[Readout, Path | None]:
        """What the autosave writes: the form, with a hand edit still being typed kept as
        the part's override, and the file it came from."""
        readout = self.form.readout()
        editor = self.window.typed_part()
        typed = editor.typed() if editor is not None else None
        if editor is not None and typed is not None:
            override = Override(clean_typed(typed).text, editor.generated)
            readout.overrides.setdefault(editor.lang, {})[editor.key] = override
        return readout, self.documents.path

    def ask_recovery(self, found: list[Recovery]) -> list[Recovery]:
        """Show what can be recovered; return what the officer chose to restore."""
        dialog = RecoveryDialog(self.autosave, found, self.window)
        dialog.exec()
        return dialog.restored

    def _unsaved(self) -> bool:
        """True when the window holds work that is not saved (a hand edit being typed
        included)."""
        editor = self.window.typed_part()
        return self.documents.is_modified() or (editor is not None and editor.typed() is not None)

    def _clean_changed(self, clean: bool) -> None:
        if clean and not self.history.pending:
            self.timer.clear()

    def offer_recovery(self) -> list[Recovery]:
        """After a crash, offer the autosaves; restore the first chosen here and return
        all chosen (the caller opens the others in windows of their own)."""
        found = self.autosave.recoverable()
        if not found:
            return []
        restored = [r for r in self.ask_recovery(found) if r.readout is not None]
        if restored:
            self.restore(restored[0])
        return restored

    def restore(self, recovery: Recovery) -> None:
        """Show ``recovery`` in this window, unsaved, and keep autosaving into its slot."""
        assert recovery.readout is not None
        self.documents.restore(recovery.readout, recovery.source)
        self.window.show_message(
            self.tr(
                "Recovered from the autosave of {when}. This text is not saved yet: "
                "save it (Ctrl+S) to keep it."
            ).format(when=saved_time(recovery))
        )
        # Keep writing into the recovered slot until the officer saves.
        self.autosave.clear(self.timer.slot)
        self.timer.slot = recovery.slot
        self.timer.save_now()
