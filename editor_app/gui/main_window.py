"""The main window: the form on the left, both drafts and the findings pane (hidden while
it is empty) on the right, the form's state in the status bar.

A view: it lays out, shows what it is given and asks the officer; the controllers decide.
It keeps its own title (the file's name and the modified marker) and hands its layout
(geometry, splitters) to be remembered. The ``ask_*`` methods are the only places that
open dialogs, so tests replace them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from pathlib import Path

from editor_app.core.app_info import APP_NAME
from editor_app.core.draft import DraftPair, Lang
from editor_app.core.store import SUFFIX
from editor_app.gui.checks_panel import ChecksPanel
from editor_app.gui.forms.main_window import Ui_MainWindow
from editor_app.gui.i18n import current_ui_language
from editor_app.gui.new_dialog import Start
from editor_app.gui.part_editor import PartEditor
from editor_app.gui.preview import draft_html
from editor_app.gui.qt import (
    QByteArray,
    QCloseEvent,
    QDialog,
    QDockWidget,
    QDragEnterEvent,
    QDropEvent,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSize,
    Qt,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    Signal,
    is_alive,
)

log = logging.getLogger(__name__)

SPLITTERS = ("mainSplitter", "previewSplitter", "draftsSplitter")
LAYOUT_STATES = ("geometry", *SPLITTERS)
"""What :meth:`MainWindow.layout_state` hands over to be remembered, by name."""
DEFAULT_SIZE = (1400, 900)
"""The first window's size where the screen has room; else it fills the screen's free area."""


def first_size(available: QSize) -> QSize:
    """The first window's size on a screen with ``available`` room (menus and panels
    excluded): DEFAULT_SIZE, shrunk to fit (a 1366×768 laptop gets its whole free area)."""
    return QSize(min(DEFAULT_SIZE[0], available.width()), min(DEFAULT_SIZE[1], available.height()))


def _readout_path(event: QDragEnterEvent | QDropEvent) -> Path | None:
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile() and url.toLocalFile().endswith(SUFFIX):
            return Path(url.toLocalFile())
    return None


class MainWindow(QMainWindow):
    """The editor window; the Designer form is held as ``self.ui``."""

    fileDropped = Signal(object)
    """A .readout file was dropped on the window (a Path)."""
    closing = Signal()
    """The window accepted a close: save what must outlive it."""
    partLinkActivated = Signal(str, str, str)
    """A preview link: language, action ("edit" or "revert") and part key."""
    partTyped = Signal()
    """The officer typed in a hand edit, or closed it (the autosave and Undo follow)."""

    def __init__(self, form: QWidget, checks: ChecksPanel) -> None:
        super().__init__()
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.form = form
        self.ui.formHostLayout.addWidget(form)
        self.ui.messageFrame.hide()
        self.ui.dismissButton.clicked.connect(self.ui.messageFrame.hide)
        self.ui.mainSplitter.setStretchFactor(0, 0)
        self.ui.mainSplitter.setStretchFactor(1, 1)
        self.ui.mainSplitter.setSizes([620, 780])
        # The form never narrower than its fields can be read in (the drafts give way).
        scroll = self.ui.formScroll
        scroll.setMinimumWidth(
            form.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width() + 24
        )
        self.checks_heading = QLabel(self.tr("<b>Checks</b>"))
        self._add_checks_pane(checks)
        self.form_state = QLabel()
        """The form's state on the left of the status bar ("Ready", "2 problems to fix"),
        under any passing message ("Saved …", "Draft copied")."""
        self.form_state.setAccessibleName(self.tr("Form state"))
        self.statusBar().addWidget(self.form_state)
        self.dictionaries = QLabel()
        """The spelling dictionaries in use, on the right of the status bar."""
        self.dictionaries.setAccessibleName(self.tr("Spelling dictionaries"))
        self.statusBar().addPermanentWidget(self.dictionaries)
        self.close_guard: Callable[[], bool] = lambda: True
        self.part_editor: PartEditor | None = None
        """The hand edit being typed in a pane, if any."""
        for lang, view in (("en", self.ui.enPreview), ("es", self.ui.esPreview)):
            view.setOpenLinks(False)
            view.anchorClicked.connect(
                lambda url, x=lang: self.partLinkActivated.emit(x, *url.toString().split(":", 1))
            )

    def _add_checks_pane(self, checks: ChecksPanel) -> None:
        self.checks_pane = QWidget()
        """The findings pane: its heading and the panel; hidden while it is empty, so the
        drafts have the room."""
        layout = QVBoxLayout(self.checks_pane)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.checks_heading)
        layout.addWidget(checks)
        splitter = self.ui.previewSplitter
        splitter.addWidget(self.checks_pane)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([560, 200])
        self.checks_pane.hide()
        checks.emptied.connect(self.checks_pane.setHidden)

    def add_side_panel(self, name: str, title: str) -> QDockWidget:
        """A dock on the right for the panel ``name``, closed until asked for (it then
        takes its room from the drafts, never from the form); the panel, put in it with
        :func:`set_side_panel`, scrolls when the screen is short."""
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        dock = QDockWidget(title, self)
        dock.setObjectName(f"{name}Dock")
        dock.setWidget(scroll)
        dock.setAllowedAreas(
            Qt.DockWidgetArea.RightDockWidgetArea | Qt.DockWidgetArea.LeftDockWidgetArea
        )
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        dock.hide()
        return dock

    @staticmethod
    def set_side_panel(dock: QDockWidget, panel: QWidget) -> None:
        """Put ``panel`` in a dock made by :meth:`add_side_panel`."""
        scroll = dock.widget()
        assert isinstance(scroll, QScrollArea)
        scroll.setWidget(panel)

    def show_title(self, name: str, modified: bool) -> None:
        """Title the window after the readout ``name``, marked when it has unsaved changes."""
        self.setWindowTitle(f"{name}[*] — {APP_NAME}")
        self.setWindowModified(modified)

    def layout_state(self) -> dict[str, QByteArray]:
        """The window's geometry and splitter positions, by the names in LAYOUT_STATES."""
        state = {"geometry": self.saveGeometry()}
        for name in SPLITTERS:
            state[name] = getattr(self.ui, name).saveState()
        return state

    def restore_layout(self, state: Mapping[str, QByteArray | None]) -> None:
        """Put the window and splitters back as :meth:`layout_state` gave them (a missing
        geometry gives the default size)."""
        geometry = state.get("geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            screen = self.screen()
            room = screen.availableGeometry().size() if screen else QSize(*DEFAULT_SIZE)
            self.resize(first_size(room))
        for name in SPLITTERS:
            saved = state.get(name)
            if saved is not None:
                getattr(self.ui, name).restoreState(saved)

    def show_drafts(self, pair: DraftPair) -> None:
        """Show both drafts, keeping each pane's scroll position."""
        ui_lang = current_ui_language()
        names = {"en": self.tr("English"), "es": self.tr("Spanish")}
        for draft, view, heading in (
            (pair.en, self.ui.enPreview, self.ui.enHeading),
            (pair.es, self.ui.esPreview, self.ui.esHeading),
        ):
            heading.setText(f"<b>{names[draft.lang]}</b> · {draft.locale}")
            self._set_html(view, draft_html(draft, ui_lang))
        editor = self.part_editor
        if editor is not None and is_alive(editor) and not editor.done:
            editor.place()  # the pane was laid out again under it

    def clear_drafts(self) -> None:
        """Show no drafts (they could not be rendered): never a previous readout's."""
        for view in (self.ui.enPreview, self.ui.esPreview):
            self._set_html(view, "")

    @staticmethod
    def _set_html(view: QTextBrowser, html: str) -> None:
        # A keystroke usually changes one language only: the other pane is left as it is
        # (no layout, no spell-check pass, selection and scroll untouched).
        if view.property("shownHtml") == html:
            return
        bar = view.verticalScrollBar()
        position = bar.value()
        view.setHtml(html)
        view.setProperty("shownHtml", html)
        bar.setValue(position)

    def show_findings_count(self, count: int) -> None:
        """Head the findings pane with how many findings it lists."""
        self.checks_heading.setText(self.tr("<b>Checks ({count})</b>").format(count=count))

    def show_problems(self, problems: list[tuple[str, str]]) -> None:
        """Say in the status bar how many problems of the form the officer must still fix
        (the findings pane lists them)."""
        count = len(problems)
        self.form_state.setText(
            self.tr("%n problem(s) to fix", "", count) if count else self.tr("Ready")
        )

    def show_message(self, text: str) -> None:
        """Show an error banner above the form (not a dialog)."""
        self.ui.messageLabel.setText(text)
        self.ui.messageFrame.show()

    def hide_message(self) -> None:
        """Hide the error banner."""
        self.ui.messageFrame.hide()

    def ask_save_changes(self) -> QMessageBox.StandardButton:
        """Ask whether to save unsaved changes: Save, Discard or Cancel."""
        buttons = (
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        return QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("This readout has changes that are not saved. Save them first?"),
            buttons,
            QMessageBox.StandardButton.Save,
        )

    def ask_overwrite_changed(self, message: str) -> QMessageBox.StandardButton:
        """The file changed on disk: Discard (overwrite theirs), Save (as another file) or
        Cancel."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("File changed on disk"))
        box.setText(message)
        overwrite = box.addButton(self.tr("Overwrite"), QMessageBox.ButtonRole.DestructiveRole)
        save_as = box.addButton(self.tr("Save As…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is overwrite:
            return QMessageBox.StandardButton.Discard
        if box.clickedButton() is save_as:
            return QMessageBox.StandardButton.Save
        return QMessageBox.StandardButton.Cancel

    def edit_part(self, lang: Lang, key: str, text: str, name: str) -> PartEditor:
        """Open an editor for part ``key`` in place, over the part in its pane (a part
        already being edited is kept first)."""
        self.commit_part_edit()
        view = self.ui.esPreview if lang == "es" else self.ui.enPreview
        editor = PartEditor(view, lang, key, text, name)
        editor.textChanged.connect(self.partTyped)
        editor.closed.connect(self.partTyped)
        self.part_editor = editor
        editor.open()
        return editor

    def typed_part(self) -> PartEditor | None:
        """The hand-edit editor open now, if any."""
        editor = self.part_editor
        return editor if editor is not None and is_alive(editor) and not editor.done else None

    def commit_part_edit(self) -> None:
        """Keep the hand edit being typed, if any, before anything reads, saves, replaces
        or undoes the readout (its text is work the form does not hold yet)."""
        if self.part_editor is not None and is_alive(self.part_editor):
            self.part_editor.finish(keep=True)

    def ask_export_gaps(self, missing: list[str]) -> bool:
        """Ask before an export writes drafts with gaps (fields not filled yet); True to
        export anyway."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Export with gaps?"), "", parent=self)
        box.setText(
            self.tr(
                "The drafts still have gaps (⟨…⟩) where these fields are missing:\n{fields}"
            ).format(fields="\n".join(missing))
        )
        anyway = box.addButton(self.tr("&Export anyway"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is anyway

    def ask_replace(self, paths: list[Path]) -> bool:
        """Ask before an export replaces files that exist; True to replace them."""
        names = "\n".join(str(path) for path in paths)
        answer = QMessageBox.question(
            self,
            self.tr("Replace files?"),
            self.tr("These files exist and would be replaced:\n{names}").format(names=names),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def file_filter(self) -> str:
        """The file dialogs' filter: readouts first."""
        return self.tr("Readouts (*{suffix});;All files (*)").format(suffix=SUFFIX)

    def ask_new_start(self, examples: list[str]) -> Start | None:
        """Ask which kind of readout, or which example, to start from; None: cancelled."""
        from editor_app.gui.new_dialog import NewReadoutDialog

        dialog = NewReadoutDialog(examples, self)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def ask_open_path(self, folder: str) -> Path | None:
        """Ask for a readout file to open."""
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open readout"), folder, self.file_filter()
        )
        return Path(name) if name else None

    def ask_save_path(self, suggested: str) -> Path | None:
        """Ask where to save the readout (adding the .readout suffix if left out)."""
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save readout"), suggested, self.file_filter()
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix == SUFFIX else path.with_name(path.name + SUFFIX)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Close only once the guard agrees (unsaved work is saved or given up)."""
        self.commit_part_edit()  # a hand edit being typed is work too
        if self.close_guard():
            self.closing.emit()
            event.accept()
        else:
            event.ignore()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept a dragged .readout file."""
        if _readout_path(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Open a dropped .readout file."""
        path = _readout_path(event)
        if path is not None:
            event.acceptProposedAction()
            self.fileDropped.emit(path)
