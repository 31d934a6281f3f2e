"""Export and copy: the File ▸ Export… dialog, the background export, and copying drafts.

The dialog's choices are remembered per file (but for the cleared copy to show changes
since, asked each time); the clearance sheet is edited in its own panel, which the
dialog's button opens.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from editor_app.core.draft import LANGS, DraftPair, Lang
from editor_app.core.model import Readout
from editor_app.gui.actions import Actions
from editor_app.gui.clipboard import copy_draft
from editor_app.gui.export_job import ExportJob, ExportOptions, start_export
from editor_app.gui.main_window import MainWindow
from editor_app.gui.qt import (
    QDesktopServices,
    QDialog,
    QMessageBox,
    QObject,
    QUrl,
    Signal,
)
from editor_app.gui.readout_form import ReadoutForm

if TYPE_CHECKING:
    from editor_app.gui.export_dialog import ExportDialog
from editor_app.gui.settings import AppSettings

log = logging.getLogger(__name__)

Current = Callable[[], tuple[Readout, DraftPair | None, Path | None]]


class ExportController(QObject):
    """Wires the export and copy actions of the window to the core."""

    exported = Signal(list)
    """The paths an export wrote."""

    def __init__(
        self,
        window: MainWindow,
        form: ReadoutForm,
        settings: AppSettings,
        current: Current,
        actions: Actions,
        suggested_stem: Callable[[], str] = lambda: "readout",
    ) -> None:
        super().__init__(window)
        self.window = window
        self.form = form
        self.settings = settings
        self.current = current
        self.suggested_stem = suggested_stem
        """The file name (without suffix) Save As would suggest for an unsaved readout."""
        self.job: ExportJob | None = None
        self.open_sheet: Callable[[], None] = lambda: None
        """Opens the clearance panel (the dialog's "Edit the clearance sheet…")."""
        self.export_action = actions.export
        """Off while an export runs."""
        self.export_action.triggered.connect(self.export_dialog)
        for lang, action in actions.copy.items():
            action.triggered.connect(lambda *_, x=lang: self.copy(x))

    def copy(self, lang: Lang) -> None:
        """Copy the draft in ``lang`` as rich and plain text."""
        _, pair, _ = self.current()
        if pair is not None:
            copy_draft(pair.get(lang))
            self.window.statusBar().showMessage(self.tr("Draft copied"), 3000)

    def default_path(self, source: Path | None) -> Path:
        """Where an export goes unless this readout went elsewhere before: beside its
        file, under its name; for an unsaved readout, the name Save As suggests in the
        last folder used."""
        if source is not None:
            return source.with_suffix(".docx")
        folder = Path(self.settings.last_folder() or Path.home())
        return folder / f"{self.suggested_stem()}.docx"

    def _remembered(self, source: Path | None) -> ExportOptions:
        fallback = ExportOptions(self.default_path(source))
        data = self.settings.export_choices(source)
        if source is None:
            data.pop("path", None)  # another unsaved readout's file is not this one's
        try:
            return ExportOptions(
                Path(data.get("path", fallback.path)),
                data.get("fmt", "docx"),
                data.get("layout", "side-by-side"),
                tuple(data.get("order", LANGS)),
            )
        except (ValueError, TypeError, AttributeError):
            log.warning("ignoring unusable remembered export choices %r", data, exc_info=True)
            return fallback

    def _remember(self, source: Path | None, options: ExportOptions) -> None:
        data = {
            "path": str(options.path),
            "fmt": options.fmt,
            "layout": options.layout,
            "order": list(options.order),
        }
        self.settings.set_export_choices(source, data)

    def ask_options(self, readout: Readout, options: ExportOptions) -> ExportDialog | None:
        """Show the export dialog; None when the officer cancels."""
        from editor_app.gui.export_dialog import ExportDialog  # loads the exporters

        dialog = ExportDialog(readout.clearance, options, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog
        if dialog.sheet_asked:
            self.open_sheet()
        return None

    def export_dialog(self) -> None:
        """Ask how to export, then export in the background."""
        readout, pair, source = self.current()
        if pair is None:
            self.window.show_message(self.tr("Fix the problems listed before exporting."))
            return
        if not self._may_leave_gaps(readout):
            return
        dialog = self.ask_options(readout, self._remembered(source))
        if dialog is None:
            return
        options = dialog.options()
        if not self._may_write(source, options):
            return
        self._remember(source, options)
        self.run(readout, pair, options)

    def _may_leave_gaps(self, readout: Readout) -> bool:
        """True unless fields are missing (the drafts show gaps) and the officer cancels."""
        from editor_app.core.gaps import is_gap
        from editor_app.core.glossary import load_glossary
        from editor_app.core.validate import validate
        from editor_app.gui.i18n import current_ui_language

        ui_lang = current_ui_language()
        missing = [
            p.describe(ui_lang)
            for p in validate(readout, load_glossary())
            if p.about is not None and is_gap(p.about.message_id)
        ]
        return not missing or self.window.ask_export_gaps(missing)

    def _may_write(self, source: Path | None, options: ExportOptions) -> bool:
        """True unless the export would replace files this readout was not last exported
        to and the officer says no."""
        from editor_app.core.export.paths import output_paths

        last = self.settings.export_choices(source).get("path") if source else None
        if last == str(options.path):
            return True  # exporting this readout again, where it went last time
        paths = output_paths(options.path, fmt=options.fmt, layout=options.layout)
        existing = [path for path in paths if path.exists()]
        return not existing or self.window.ask_replace(existing)

    def run(self, readout: Readout, pair: DraftPair, options: ExportOptions) -> ExportJob:
        """Export on a worker thread; the window stays usable meanwhile."""
        job = ExportJob(readout, pair, options)
        job.signals.finished.connect(self._finished)
        job.signals.failed.connect(self._failed)
        self.job = job
        self.export_action.setEnabled(False)
        self.window.statusBar().showMessage(self.tr("Exporting…"))
        start_export(job)
        return job

    def _finished(self, paths: list[str]) -> None:
        self.export_action.setEnabled(True)
        self.window.statusBar().showMessage(self.tr("Exported {path}").format(path=paths[0]), 8000)
        self.exported.emit(paths)
        self.show_result([Path(p) for p in paths])

    def _failed(self, message: str) -> None:
        self.export_action.setEnabled(True)
        self.window.statusBar().clearMessage()
        self.window.show_message(self.tr("Could not export. {message}").format(message=message))

    def show_result(self, paths: list[Path]) -> None:
        """Say where the files went, with "Open file" and "Open folder"."""
        box = QMessageBox(self.window)
        box.setWindowTitle(self.tr("Export finished"))
        box.setText("\n".join(str(p) for p in paths))
        open_file = box.addButton(self.tr("Open file"), QMessageBox.ButtonRole.ActionRole)
        open_folder = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is open_file:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths[0])))
        elif box.clickedButton() is open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths[0].parent)))
