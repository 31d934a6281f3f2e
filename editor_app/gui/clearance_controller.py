"""File ▸ Import cleared copy…: read the copy the offices sent back and review it.

A controller: it asks for the file, has the core read it against the form's readout and
drafts, shows the review, and puts what the officer takes into the form as one step
(one undo takes the whole import back). A file the import cannot use is said in the
window's banner and changes nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from editor_app.core.draft import DraftPair
from editor_app.core.model import Readout
from editor_app.gui.actions import Actions
from editor_app.gui.i18n import current_ui_language
from editor_app.gui.main_window import MainWindow
from editor_app.gui.qt import QDialog, QFileDialog, QObject, Signal
from editor_app.gui.readout_form import ReadoutForm
from editor_app.gui.undo import FormHistory

if TYPE_CHECKING:
    # The import machinery (lxml) loads when the officer first imports, not with the window.
    from editor_app.core.clearance.reader import ClearedCopy
    from editor_app.gui.review_dialog import ReviewDialog

log = logging.getLogger(__name__)

Current = Callable[[], tuple[Readout, DraftPair | None, Path | None]]


class ClearanceController(QObject):
    """Imports cleared copies into the form."""

    imported = Signal()
    """The officer took something from a cleared copy (the form changed)."""

    def __init__(
        self,
        window: MainWindow,
        form: ReadoutForm,
        history: FormHistory,
        current: Current,
        actions: Actions,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.form = form
        self.history = history
        self.current = current
        self.open_sheet: Callable[[], None] = lambda: None
        """Opens the clearance panel (where proposed statuses wait for the officer)."""
        actions.import_cleared.triggered.connect(lambda: self.import_copy())

    def ask_cleared_copy(self, folder: str) -> Path | None:
        """Ask for the cleared Word file (tests answer in its place)."""
        name, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import cleared copy"),
            folder,
            self.tr("Word documents (*.docx);;All files (*)"),
        )
        return Path(name) if name else None

    def review(self, dialog: ReviewDialog) -> bool:
        """Show the review and wait for the officer (tests answer in its place)."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def import_copy(self, path: Path | None = None) -> bool:
        """Import ``path`` (or one the officer picks); True when the form took something."""
        readout, pair, source = self.current()
        if path is None:
            path = self.ask_cleared_copy(str(source.parent) if source else "")
            if path is None:
                return False
        if pair is None:
            self.window.show_message(
                self.tr("The drafts must render before a cleared copy can be imported.")
            )
            return False
        from editor_app.core.clearance.package import ClearedCopyError
        from editor_app.core.clearance.reader import read_cleared_copy
        from editor_app.gui.review_dialog import ReviewDialog

        ui = current_ui_language()
        try:
            cleared = read_cleared_copy(path, readout, pair)
        except ClearedCopyError as exc:
            log.info("cleared copy refused: %s", exc)
            self.window.show_message(exc.text(ui))
            return False
        if not (cleared.changed_parts() or cleared.comments):
            self.window.statusBar().showMessage(
                self.tr("{name}: no changes and no comments.").format(name=path.name), 10_000
            )
            return False
        return self._take(readout, pair, cleared, ReviewDialog(cleared, ui, self.window))

    def _take(
        self, readout: Readout, pair: DraftPair, cleared: ClearedCopy, dialog: ReviewDialog
    ) -> bool:
        from editor_app.core.clearance.review import apply_review, offer_proposals

        try:
            if not self.review(dialog):
                return False
            taken = apply_review(readout, pair, cleared, dialog.decisions())
            taken = offer_proposals(taken, cleared.proposals)
        finally:
            dialog.deleteLater()
        if taken == readout:
            return False
        self.history.replace(taken, "import")
        self.window.hide_message()
        self.window.statusBar().showMessage(
            self.tr("Took the changes from {name}: one Undo takes them back.").format(
                name=cleared.path.name
            ),
            15_000,
        )
        if taken.clearance.proposals != readout.clearance.proposals:
            self.open_sheet()  # the proposed statuses wait there to be confirmed
        self.imported.emit()
        return True
