"""Files: New, Open, Save, Save As, recent files, dropped files and the unsaved-work guard.

A controller: it wires the File menu's actions to the core's store and keeps the window's
title (file name and modified marker) in step with the undo stack's clean state.
"""

from __future__ import annotations

import logging
from pathlib import Path

from editor_app.core.model import Kind, Readout
from editor_app.core.starter import starter
from editor_app.core.store import (
    EXAMPLE_NAME,
    FileChangedError,
    ReadoutFileError,
    example_names,
    file_hash,
    load_example,
    load_file,
    save_file,
)
from editor_app.gui.actions import Actions
from editor_app.gui.i18n import current_ui_language, error_text
from editor_app.gui.main_window import MainWindow
from editor_app.gui.qt import QAction, QMessageBox, QObject, Signal, is_alive
from editor_app.gui.readout_form import ReadoutForm
from editor_app.gui.settings import AppSettings
from editor_app.gui.undo import FormHistory

log = logging.getLogger(__name__)

SUGGESTED_STEM = "readout"
"""The file name Save As suggests for a readout that has none yet."""


class Documents(QObject):
    """Which file the form holds, and every way of changing it."""

    loaded = Signal()
    """A readout was put into the form (new, opened, example, recovered)."""
    saved = Signal(object)
    """The readout was saved to this Path."""

    def __init__(
        self,
        window: MainWindow,
        form: ReadoutForm,
        history: FormHistory,
        settings: AppSettings,
        actions: Actions,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.actions = actions
        self.form = form
        self.history = history
        self.settings = settings
        self.path: Path | None = None
        self.disk_hash: str | None = None
        """The hash of the file as opened or last saved: a save that finds another
        hash on disk knows another program changed the file meanwhile."""
        self.name = "Untitled"
        self.stem = SUGGESTED_STEM
        self._wire()

    def _wire(self) -> None:
        actions = self.actions
        for kind, action in actions.new.items():
            action.triggered.connect(lambda *_, k=kind: self.new(k))
        actions.new_readout.triggered.connect(self.new_dialog)
        actions.open.triggered.connect(self.open_dialog)
        actions.save.triggered.connect(self.save)
        actions.save_as.triggered.connect(self.save_as)
        actions.quit.triggered.connect(self.window.close)
        actions.recent_menu.aboutToShow.connect(self._fill_recent)
        self.window.fileDropped.connect(self.open_path)
        self.window.close_guard = self.maybe_keep_work
        self.history.stack.cleanChanged.connect(self._update_title)
        self.history.pendingChanged.connect(self._update_title)

    def is_modified(self) -> bool:
        """True when the form holds changes that are not saved."""
        return not self.history.is_clean()

    def _show(self, readout: Readout, path: Path | None, name: str, stem: str = "") -> None:
        """Show ``readout`` (from ``path``, if any) as ``name``; Save As suggests ``stem``."""
        self.stem = path.stem if path is not None else stem or SUGGESTED_STEM
        self.form.set_readout(readout)
        self.history.reset()
        self.path = path
        self.disk_hash = file_hash(path) if path is not None else None
        self.name = name
        self._update_title()
        self.loaded.emit()

    def restore(self, readout: Readout, source: Path | None) -> None:
        """Show a readout recovered after a crash: unsaved, so marked modified."""
        self.window.hide_message()
        name = source.name if source else self.tr("Recovered readout")
        self._show(readout, source, name)
        self.history.stack.resetClean()
        self._update_title()

    def _update_title(self) -> None:
        if not is_alive(self.window):
            return
        # Typing not yet recorded counts as a change (checked for real once recorded).
        history = self.history
        self.window.show_title(self.name, history.pending or not history.stack.isClean())

    def new(self, kind: Kind) -> None:
        """Start a new readout of ``kind`` (after the unsaved-work guard)."""
        if self.maybe_keep_work():
            self.window.hide_message()
            self._show(starter(kind), None, self.tr("Untitled"))

    def new_dialog(self) -> None:
        """Ask which kind of readout, or which example, to start from, then start it."""
        if not self.maybe_keep_work():
            return
        start = self.window.ask_new_start(example_names())
        if start is None:
            return
        self.window.hide_message()
        if isinstance(start, Kind):
            self._show(starter(start), None, self.tr("Untitled"))
        else:
            self.open_example(start)

    def open_example(self, example: str = EXAMPLE_NAME) -> None:
        """Show a bundled example (saving it asks where)."""
        name = self.tr("{name} (example)").format(name=example)
        self._show(load_example(example), None, name, Path(example).stem)

    def open_dialog(self) -> None:
        """Ask for a file and open it."""
        if not self.maybe_keep_work():
            return
        path = self.window.ask_open_path(self.settings.last_folder())
        if path is not None:
            self.open_path(path, guard=False)

    def open_path(self, path: Path, guard: bool = True) -> bool:
        """Open ``path``; a file that fails shows why in the window and changes nothing."""
        if guard and not self.maybe_keep_work():
            return False
        try:
            parsed = load_file(path)
        except ReadoutFileError as exc:
            self.window.show_message(
                self.tr("Could not open the readout. {error}").format(error=error_text(exc))
            )
            self.settings.remove_recent(path)
            return False
        self.window.hide_message()
        self._show(parsed.readout, path, path.name)
        self._remember(path)
        notes = parsed.notes
        if notes:
            self.window.statusBar().showMessage(
                self.tr("Opened {name}: {note}").format(
                    name=path.name, note=notes[0].describe(current_ui_language())
                ),
                8000,
            )
        return True

    def save(self) -> bool:
        """Save to the current file, or ask where when there is none."""
        self.window.commit_part_edit()
        if self.path is None:
            return self.save_as()
        return self._write(self.path)

    def save_as(self) -> bool:
        """Ask where, then save there."""
        self.window.commit_part_edit()
        folder = Path(self.settings.last_folder() or Path.home())
        target = self.window.ask_save_path(str(folder / f"{self.stem}.readout"))
        return target is not None and self._write(target)

    def _write(self, path: Path) -> bool:
        expected = self.disk_hash if path == self.path else None
        try:
            written = save_file(self.form.readout(), path, expected_hash=expected)
        except FileChangedError as exc:
            answer = self.window.ask_overwrite_changed(error_text(exc))
            if answer == QMessageBox.StandardButton.Save:
                return self.save_as()
            if answer != QMessageBox.StandardButton.Discard:
                return False
            self.disk_hash = file_hash(path)
            return self._write(path)
        except ReadoutFileError as exc:
            self.window.show_message(
                self.tr("Could not save the readout. {error}").format(error=error_text(exc))
            )
            return False
        self.disk_hash = written
        self.window.hide_message()
        self.path = path
        self.name = path.name
        self.history.set_clean()
        self._update_title()
        self._remember(path)
        self.window.statusBar().showMessage(self.tr("Saved {path}").format(path=path), 5000)
        self.saved.emit(path)
        return True

    def _remember(self, path: Path) -> None:
        self.settings.add_recent(path.resolve())
        self.settings.set_last_folder(path.resolve().parent)

    def _fill_recent(self) -> None:
        menu = self.actions.recent_menu
        menu.clear()
        for path in self.settings.recent_files():
            action: QAction = menu.addAction(str(path))
            action.triggered.connect(lambda *_, p=path: self.open_path(p))
        if menu.isEmpty():
            menu.addAction(self.tr("No recent files")).setEnabled(False)

    def maybe_keep_work(self) -> bool:
        """True when the form may be replaced: no changes, saved, or given up."""
        self.window.commit_part_edit()  # a hand edit being typed is a change too
        if not self.is_modified():
            return True
        answer = self.window.ask_save_changes()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard
