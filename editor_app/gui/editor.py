"""The editor's controller: builds the window and wires form → render → preview.

The other controllers each take one job: files (:mod:`documents`), hand edits
(:mod:`hand_edit_controller`), export and copy (:mod:`export_controller`), autosave and
recovery (:mod:`safety`), help (:mod:`help_controller`); the actions and menus are built
in :mod:`actions`, and the window lays everything out (:mod:`main_window`).

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

from editor_app.core.autosave import Autosave, Recovery
from editor_app.core.checks.base import Finding
from editor_app.core.draft import DraftPair
from editor_app.core.glossary import load_glossary
from editor_app.core.model import Readout
from editor_app.core.render import Renderer, RenderError
from editor_app.core.roster import RosterEntry, RosterError, load_roster
from editor_app.core.validate import validate
from editor_app.gui.actions import Actions
from editor_app.gui.checks_panel import ChecksPanel
from editor_app.gui.clearance_controller import ClearanceController
from editor_app.gui.clearance_panel_controller import ClearancePanelController
from editor_app.gui.documents import Documents
from editor_app.gui.export_controller import ExportController
from editor_app.gui.focus import KeyboardFocus
from editor_app.gui.hand_edit_controller import HandEditController
from editor_app.gui.help_controller import HelpController
from editor_app.gui.i18n import current_ui_language, error_text
from editor_app.gui.main_window import LAYOUT_STATES, MainWindow
from editor_app.gui.qt import QEvent, QObject, QPoint, QTimer, QTranslator, is_alive
from editor_app.gui.readout_form import ReadoutForm
from editor_app.gui.safety import SafetyController
from editor_app.gui.settings import AppSettings
from editor_app.gui.spelling_controller import CheckerFactory, SpellingController
from editor_app.gui.undo import FormHistory

if TYPE_CHECKING:
    # The spelling modules load with the dictionaries, after the window's first paint.
    from editor_app.core.spelling.checker import SpellingFinding
    from editor_app.gui.pane_spelling import DraftPaneSpelling

RENDER_DELAY_MS = 30
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
        autosave = autosave or Autosave()
        self._sibling = partial(
            Editor, settings, roster_file, make_checker, autosave, autosave_idle_ms
        )
        """Another editor like this one (for readouts recovered beside this one's)."""
        self.others: list[Editor] = []
        self.settings = settings
        self.glossary = load_glossary()
        self.renderer = Renderer(glossary=self.glossary)
        roster, roster_problem = self._load_roster(roster_file)
        self.form = ReadoutForm(self.glossary, roster)
        self.checks = ChecksPanel(ui_lang=current_ui_language())
        self.window = MainWindow(self.form, self.checks)
        self.setParent(self.window)
        self.actions = Actions(self.window)
        self.history = FormHistory(self.form, self)
        self.documents = Documents(self.window, self.form, self.history, settings, self.actions)
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
        self.checks.fieldActivated.connect(self.go_to_field)
        self.translators: list[QTranslator] = []
        """The UI translators, kept alive as long as the window."""
        self.spelling = SpellingController(
            self.form, self.window.dictionaries, roster, make_checker
        )
        self.spelling.wordsChanged.connect(self.schedule_refresh)  # the findings' spelling
        self.hand_edits = HandEditController(
            self.window, self.form, self.spelling, self._fresh_pair
        )
        self.hand_edits.changed.connect(self.refresh)
        self.hand_edits.cleaned.connect(self._say_cleaned)
        self._wire_undo()
        self._wire_language()
        self.checks.activated.connect(self.go_to_finding)
        self.checks.spellingActivated.connect(self.go_to_misspelling)
        self.safety = SafetyController(
            self.window,
            self.form,
            self.history,
            self.documents,
            autosave,
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
            self.actions,
            lambda: self.documents.stem,
        )
        self.help = HelpController(self.window, self.actions)
        ui = self.window.ui
        self.keyboard = KeyboardFocus(self.form, [ui.esPreview, ui.enPreview], self.checks.tree)
        self._chained_rows: tuple[object, ...] = ()
        """The form's kind and rows when the Tab order was last laid."""
        self.actions.next_pane.triggered.connect(lambda: self.keyboard.cycle.step(1))
        self.actions.previous_pane.triggered.connect(lambda: self.keyboard.cycle.step(-1))
        self.documents.loaded.connect(lambda: QTimer.singleShot(0, self.keyboard.start))
        self.clearance = ClearanceController(
            self.window, self.form, self.history, self._current, self.actions
        )
        self.sheet = ClearancePanelController(self.window, self.form, self.history, self.actions)
        self.keyboard.cycle.panes.append(self.sheet.dock)  # F6 reaches it while open
        self.exports.open_sheet = self.clearance.open_sheet = self.sheet.open
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

    def _wire_undo(self) -> None:
        undo, redo, history = self.actions.undo, self.actions.redo, self.history
        undo.triggered.connect(partial(self._step, history.undo))
        redo.triggered.connect(partial(self._step, history.redo))

        def update() -> None:
            if not (is_alive(history.stack) and is_alive(undo)):
                return  # the window is being destroyed
            typing = history.pending or self.hand_edits.typing()
            undo.setEnabled(history.stack.canUndo() or typing)
            redo.setEnabled(history.stack.canRedo() and not typing)

        history.stack.indexChanged.connect(update)
        history.stack.cleanChanged.connect(update)
        history.pendingChanged.connect(update)
        self.window.partTyped.connect(update)
        update()

    def _step(self, step: Callable[[], object]) -> None:
        """Undo or redo, after keeping a hand edit being typed (it is the latest change)."""
        self.window.commit_part_edit()
        step()

    def _wire_language(self) -> None:
        current = self.settings.ui_language()
        for code, action in self.actions.languages.items():
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
        else:
            # Imported on first use: the checks load after the window first paints.
            from editor_app.core.checks.run import run_checks

            self.pair = pair
            self.window.show_drafts(pair)
            findings = run_checks(readout, pair, glossary=self.glossary)
            self.checks.set_findings(findings)
        self.spelling.update(readout)
        self._underline_panes()
        self._list_misspellings()
        self.checks.set_problems(problems)
        self.window.show_problems(problems)
        self.window.show_findings_count(self.checks.total())
        rows = (
            self.form.ui.kindCombo.currentIndex(),
            *map(id, self.form.counterparts.rows),
            None,
            *map(id, self.form.points.rows),
        )
        if rows != self._chained_rows:  # rows came, went or moved: lay the Tab order again
            self._chained_rows = rows
            self.keyboard.rechain()

    def _list_misspellings(self) -> None:
        """List the drafts' misspellings in the findings pane (once the dictionaries are
        there), as ``readout check`` does."""
        checker = self.spelling.checker
        if checker is None or self.pair is None:
            self.checks.set_spelling([])
            return
        from editor_app.core.spelling.checker import check_pair  # after the first paint

        self.checks.set_spelling(check_pair(self.pair, checker))

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

    def go_to_misspelling(self, miss: SpellingFinding) -> None:
        """Take the officer to the draft part a misspelled word is in."""
        view = self.window.ui.esPreview if miss.lang == "es" else self.window.ui.enPreview
        view.scrollToAnchor(miss.part)
        view.setFocus()

    def open_start(self, file: Path | None) -> None:
        """What the window shows first: work recovered after a crash, else ``file``, else
        the last file, else the example."""
        restored = self.safety.offer_recovery()
        if restored:
            for recovery in restored[1:]:
                self.open_recovered(recovery)
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

    def open_recovered(self, recovery: Recovery) -> Editor:
        """Show ``recovery`` in a new editor window of its own (kept with this one)."""
        other = self._sibling()
        self.others.append(other)
        other.safety.restore(recovery)
        other.window.resize(self.window.size())
        other.window.move(self.window.pos() + QPoint(32, 32) * len(self.others))
        other.window.show()
        return other

    def restore_window_state(self) -> None:
        """Put the window and splitters back as they were."""
        self.window.restore_layout({name: self.settings.state(name) for name in LAYOUT_STATES})

    def save_window_state(self) -> None:
        """Remember the window and splitters."""
        for name, state in self.window.layout_state().items():
            self.settings.set_state(name, state)
        self.settings.sync()
