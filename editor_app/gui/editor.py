"""The editor's controller: builds the window and wires form → render → preview.

Rendering is coalesced by a short single-shot timer so a burst of typing renders once,
after the keystrokes, and never blocks them.

The first render waits for the window's first paint: the officer sees the form filled at
once, and the drafts, checks and spelling (Jinja2, Babel's locale data and the Enchant
dictionaries load then) follow on the next turn of the event loop.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from editor_app.core.autosave import Autosave
from editor_app.core.checks.base import Finding
from editor_app.core.draft import DraftPair, Lang, part_label
from editor_app.core.glossary import load_glossary
from editor_app.core.model import Override, Readout
from editor_app.core.normalize import clean_typed
from editor_app.core.render import Renderer, RenderError
from editor_app.core.roster import RosterEntry, RosterError, load_roster
from editor_app.core.validate import validate
from editor_app.gui.checks_panel import ChecksPanel
from editor_app.gui.documents import Documents
from editor_app.gui.export_controller import ExportController
from editor_app.gui.i18n import current_ui_language, error_text
from editor_app.gui.main_window import MainWindow
from editor_app.gui.qt import (
    QActionGroup,
    QEvent,
    QKeySequence,
    QLabel,
    QObject,
    QTimer,
    QTranslator,
    QVBoxLayout,
    QWidget,
    is_alive,
)
from editor_app.gui.readout_form import ReadoutForm
from editor_app.gui.safety import SafetyController
from editor_app.gui.settings import AppSettings
from editor_app.gui.spelling_controller import CheckerFactory, SpellingController
from editor_app.gui.undo import FormHistory

if TYPE_CHECKING:
    # The spelling modules load with the dictionaries, after the window's first paint.
    from editor_app.gui.pane_spelling import DraftPaneSpelling
    from editor_app.gui.part_editor import PartEditor

RENDER_DELAY_MS = 30
SPLITTERS = ("mainSplitter", "previewSplitter", "draftsSplitter")
CLEANED_MESSAGE_MS = 15_000
"""How long the status bar says what cleaning pasted text changed."""


class Editor(QObject):
    """One editor window and everything behind it."""

    def __init__(
        self,
        settings: AppSettings,
        roster_file: Path | None = None,
        make_checker: CheckerFactory | None = None,
        autosave: Autosave | None = None,
        autosave_idle_ms: int = 3_000,
    ) -> None:
        super().__init__()
        self.settings = settings
        self.glossary = load_glossary()
        self.renderer = Renderer(glossary=self.glossary)
        roster, roster_problem = self._load_roster(roster_file)
        self.form = ReadoutForm(self.glossary, roster)
        self.window = MainWindow(self.form)
        self.setParent(self.window)
        self.history = FormHistory(self.form, self)
        self.documents = Documents(self.window, self.form, self.history, settings)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RENDER_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.form.changed.connect(self._timer.start)  # schedule_refresh, without Python
        self.history.applied.connect(self.schedule_refresh)
        self.documents.loaded.connect(self._document_loaded)
        self._painted = False
        self._first_refresh_pending = False
        self.window.installEventFilter(self)  # until the first paint
        self.window.closing.connect(self.save_window_state)
        self.window.problemActivated.connect(self.go_to_field)
        self.window.partLinkActivated.connect(self.part_link)
        self._add_undo_actions()
        self._add_language_menu()
        self.translators: list[QTranslator] = []
        """The UI translators, kept alive as long as the window."""
        self.state = QLabel()
        """The form's state on the left of the status bar ("Ready", "2 problems to fix"),
        under any passing message ("Saved …", "Draft copied")."""
        self.state.setAccessibleName(self.tr("Form state"))
        self.window.statusBar().addWidget(self.state)
        self.dictionaries = QLabel()
        self.dictionaries.setAccessibleName(self.tr("Spelling dictionaries"))
        self.window.statusBar().addPermanentWidget(self.dictionaries)
        self.spelling = SpellingController(self.form, self.dictionaries, roster, make_checker)
        self.checks = ChecksPanel(ui_lang=current_ui_language())
        self.checks.activated.connect(self.go_to_finding)
        self._add_checks_pane()
        self.safety = SafetyController(
            self.window,
            self.form,
            self.history,
            self.documents,
            autosave or Autosave(),
            autosave_idle_ms,
        )
        self.pair: DraftPair | None = None
        self.pane_spelling: DraftPaneSpelling | None = None  # made with the first checker
        self._placeholders = True
        for view in (self.window.ui.enPreview, self.window.ui.esPreview):
            view.setPlaceholderText(self.tr("Rendering…"))  # until the first render
        self.exports = ExportController(
            self.window,
            self.form,
            settings,
            self._current,
        )
        if roster_problem:
            self.window.show_message(
                self.tr("The roster could not be read: {problem}").format(problem=roster_problem)
            )

    @staticmethod
    def _load_roster(user_file: Path | None) -> tuple[list[RosterEntry], str]:
        try:
            return load_roster(user_file), ""
        except RosterError as exc:
            return load_roster(None), error_text(exc)

    def _add_undo_actions(self) -> None:
        menu = self.window.ui.menuEdit
        history = self.history
        undo = menu.addAction(self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        undo.triggered.connect(partial(self._step, history.undo))
        redo = menu.addAction(self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        redo.triggered.connect(partial(self._step, history.redo))

        def update() -> None:
            if not (is_alive(history.stack) and is_alive(undo)):
                return  # the window is being destroyed
            typing = history.pending or self._typing_hand_edit()
            undo.setEnabled(history.stack.canUndo() or typing)
            redo.setEnabled(history.stack.canRedo() and not typing)

        history.stack.indexChanged.connect(update)
        history.stack.cleanChanged.connect(update)
        history.pendingChanged.connect(update)
        self.window.partTyped.connect(update)
        update()
        self.undo_action, self.redo_action = undo, redo

    def _typing_hand_edit(self) -> bool:
        """True while a hand edit is open with text the officer changed."""
        editor = self.window.typed_part()
        return editor is not None and editor.typed() is not None

    def _step(self, step: Callable[[], object]) -> None:
        """Undo or redo, after keeping a hand edit being typed (it is the latest change)."""
        self.window.commit_part_edit()
        step()

    def _add_checks_pane(self) -> None:
        pane = QWidget()
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 4, 0, 0)
        self.checks_heading = QLabel(self.tr("<b>Checks</b>"))
        layout.addWidget(self.checks_heading)
        layout.addWidget(self.checks)
        splitter = self.window.ui.previewSplitter
        splitter.addWidget(pane)
        splitter.setStretchFactor(2, 0)
        splitter.setSizes([640, 90, 130])

    def _add_language_menu(self) -> None:
        menu = self.window.ui.menuEdit.addMenu(self.tr("Interface &language"))
        current = self.settings.ui_language()
        choices = QActionGroup(menu)  # one choice at a time
        for code, label in (
            ("", self.tr("As the system")),
            ("en", "English"),
            ("es", "Español"),
        ):
            action = menu.addAction(label)
            choices.addAction(action)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.triggered.connect(lambda *_, c=code: self.choose_language(c))

    def choose_language(self, code: str) -> None:
        """Remember the interface language; it applies when the editor next starts."""
        self.settings.set_ui_language(code)
        self.window.statusBar().showMessage(
            self.tr("The interface language changes when Readout Editor next starts."), 8000
        )

    def schedule_refresh(self) -> None:
        """Render soon: a burst of edits renders once, after the last keystroke."""
        self._timer.start()

    @property
    def drafts_pending(self) -> bool:
        """True while a loaded readout waits for its first render (which follows the
        window's first paint; :meth:`refresh` does it at once)."""
        return self._first_refresh_pending

    def _document_loaded(self) -> None:
        """Render a readout just shown in the form: now, or once the window has painted."""
        if self._painted:
            self.refresh()
        else:
            self._first_refresh_pending = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Watch the window (and nothing else) for its first paint, then render right after
        it: the form shows at once, the drafts follow."""
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            self.window.removeEventFilter(self)
            if self._first_refresh_pending:
                QTimer.singleShot(0, self._first_refresh)
        return False

    def _first_refresh(self) -> None:
        if self._first_refresh_pending and is_alive(self.window):
            # The dictionaries load on a worker thread while the drafts render.
            self.spelling.prepare(self.form.readout().locales)
            self.refresh()

    def refresh(self) -> None:
        """Render the form now and show both drafts and the problems."""
        self._timer.stop()
        self._first_refresh_pending = False
        if self._placeholders:
            self._placeholders = False
            for view in (self.window.ui.enPreview, self.window.ui.esPreview):
                view.setPlaceholderText("")  # from now on an empty pane means no draft
        cleaned = self.form.clean_fields()  # pasted control characters, before anything
        if cleaned:
            self._say_cleaned(cleaned)
        readout = self.form.readout()
        self.history.flush(readout)
        ui_lang = current_ui_language()
        problems = [(p.path, p.describe(ui_lang)) for p in validate(readout, self.glossary)]
        try:
            pair = self.renderer.render_pair(readout)
        except RenderError as exc:
            why = error_text(exc)
            problems.insert(
                0, ("", self.tr("The drafts could not be rendered: {error}").format(error=why))
            )
            self.pair = None
            self.window.clear_drafts()
            self.checks.set_findings([])
            self.checks_heading.setText(self.tr("<b>Checks</b>"))
        else:
            # Imported on first use: the checks load after the window first paints.
            from editor_app.core.checks.run import run_checks

            self.pair = pair
            self.window.show_drafts(pair)
            findings = run_checks(readout, pair, glossary=self.glossary)
            self.checks.set_findings(findings)
            count = self.checks.count()
            self.checks_heading.setText(
                self.tr("<b>Checks ({count})</b>").format(count=count)
                if count
                else self.tr("<b>Checks</b> · nothing to report")
            )
        self.spelling.update(readout)
        self._underline_panes()
        self.window.show_problems(problems)
        count = len(problems)
        self.state.setText(
            self.tr("%n problem(s) to fix", "", count) if count else self.tr("Ready")
        )

    def _underline_panes(self) -> None:
        """Spell-check both draft panes with the form's checker (from its first render)."""
        if self.spelling.checker is None:
            return
        if self.pane_spelling is None:
            from editor_app.gui.pane_spelling import DraftPaneSpelling  # after the first paint

            self.pane_spelling = DraftPaneSpelling(self.window, self.form, self.spelling)
        self.pane_spelling.follow()

    def go_to_field(self, path: str) -> None:
        """Scroll the form to the field a problem names and put the cursor there."""
        widget = self.form.field_widget(path)
        if widget is not None:
            self.window.ui.formScroll.ensureWidgetVisible(widget)
            widget.setFocus()

    def _current(self) -> tuple[Readout, DraftPair | None, Path | None]:
        """What an export or a copy takes: the readout with any hand edit being typed,
        its drafts, and its file."""
        self.window.commit_part_edit()
        pair = self._fresh_pair()
        return self.form.readout(), pair, self.documents.path

    def _fresh_pair(self) -> DraftPair | None:
        """The drafts of the form as it is now (rendering any edit still pending, or the
        first render if the window has not painted yet)."""
        if self._timer.isActive() or self._first_refresh_pending:
            self.refresh()
        return self.pair

    def part_link(self, lang: str, action: str, key: str) -> None:
        """Edit a part of a draft by hand, or revert it to the generated text."""
        pair = self._fresh_pair()
        if pair is None or lang not in ("es", "en"):
            return
        language: Lang = "es" if lang == "es" else "en"
        part = pair.get(language).get(key)
        if action == "revert":
            self.form.set_override(language, key, None)
        elif action == "edit":
            editor = self._edit_in_place(language, key, part.text if part else "")
            editor.generated = part.generated if part else ""
            return
        self.refresh()

    def _edit_in_place(self, lang: Lang, key: str, text: str) -> PartEditor:
        """Open the part's text for typing, over the part in its pane."""
        label = part_label(key, lang)
        name = self.tr("Edit by hand: {part}").format(part=label)
        editor = self.window.edit_part(lang, key, text, name)
        if self.spelling.checker is not None:
            from editor_app.gui.spell_highlighter import enable_spelling

            enable_spelling(editor, self.spelling.checker, lang, self.spelling.words_changed)
        hint = self.tr("Editing “{part}” by hand: Enter keeps it, Esc cancels.").format(part=label)
        # The hint goes with the editor; a message about the kept text stays.
        editor.closed.connect(partial(self._clear_message, hint))
        editor.committed.connect(lambda typed: self._keep_hand_edit(lang, key, typed))
        self.window.statusBar().showMessage(hint)
        return editor

    def _clear_message(self, message: str) -> None:
        """Take ``message`` off the status bar if it is still the one shown."""
        if is_alive(self.window) and self.window.statusBar().currentMessage() == message:
            self.window.statusBar().clearMessage()

    def _keep_hand_edit(self, lang: Lang, key: str, text: str) -> None:
        if not is_alive(self.window):
            return  # torn down without a close (the close keeps the edit first)
        pair = self._fresh_pair()
        part = pair.get(lang).get(key) if pair is not None else None
        # The generated text is kept beside the edit: when the form changes it, the edit
        # is flagged stale instead of being replaced.
        generated = part.generated if part is not None else ""
        cleaned = clean_typed(text)
        self.form.set_override(lang, key, Override(cleaned.text, generated))
        self.refresh()
        if cleaned.changes:
            ui = current_ui_language()
            where = f"{lang.upper()} {part_label(key, ui)}"
            self._say_cleaned([f"{where}: {change.text(ui)}" for change in cleaned.changes])

    def _say_cleaned(self, changes: list[str]) -> None:
        """Tell the officer what cleaning pasted text changed (it is one undo step)."""
        message = self.tr("Cleaned the pasted text. {changes}").format(changes="; ".join(changes))
        self.window.statusBar().showMessage(message, CLEANED_MESSAGE_MS)

    def go_to_finding(self, finding: Finding) -> None:
        """Take the officer to what a check found: its form field, or its draft part."""
        if finding.field:
            self.go_to_field(finding.field)
            return
        view = self.window.ui.esPreview if finding.lang == "es" else self.window.ui.enPreview
        if finding.part:
            view.scrollToAnchor(finding.part)
        view.setFocus()

    def open_start(self, file: Path | None) -> None:
        """What the window shows first: work recovered after a crash, else ``file``, else
        the last file, else the example."""
        if self.safety.offer_recovery():
            self.settings.mark_started()
            return
        recent = self.settings.recent_files()
        if file is not None:
            if not self.documents.open_path(file, guard=False):
                self.documents.open_example()  # the banner still says why the file failed
        elif self.settings.started_before() and recent and recent[0].is_file():
            if not self.documents.open_path(recent[0], guard=False):
                self.documents.open_example()
        else:
            self.documents.open_example()
        self.settings.mark_started()

    def restore_window_state(self) -> None:
        """Put the window and splitters back as they were."""
        geometry = self.settings.state("geometry")
        if geometry is None or not self.window.restoreGeometry(geometry):
            self.window.resize(1400, 900)
        for name in SPLITTERS:
            state = self.settings.state(name)
            if state is not None:
                getattr(self.window.ui, name).restoreState(state)

    def save_window_state(self) -> None:
        """Remember the window and splitters."""
        self.settings.set_state("geometry", self.window.saveGeometry())
        for name in SPLITTERS:
            self.settings.set_state(name, getattr(self.window.ui, name).saveState())
        self.settings.sync()
