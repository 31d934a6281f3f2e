"""Spell-checking in the window: one checker for both languages, underlines in every
free-text field, the names of the readout and the roster never flagged, and a status-bar
line that names the dictionaries or says plainly what is missing.

Loading the dictionaries is the slow part of making a checker, and it happens in C
(Enchant and Hunspell, without the GIL): :meth:`SpellingController.prepare` starts it on
a worker thread, so the first render runs beside it instead of after it. The spelling
modules themselves are imported then too, not before the window's first paint.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from editor_app.core.draft import LANGS, Lang
from editor_app.core.model import Locales, Readout
from editor_app.core.roster import RosterEntry
from editor_app.gui.i18n import current_ui_language
from editor_app.gui.qt import (
    QCoreApplication,
    QEvent,
    QLabel,
    QObject,
    QPlainTextEdit,
    QSignalBlocker,
    Signal,
    is_alive,
)
from editor_app.gui.readout_form import ReadoutForm

if TYPE_CHECKING:
    from editor_app.core.spelling.checker import SpellChecker
    from editor_app.gui.spell_highlighter import SpellHighlighter

log = logging.getLogger(__name__)

CheckerFactory = Callable[[Locales], "SpellChecker"]


def default_checker(locales: Locales, user_dir: Path | None = None) -> SpellChecker:
    """A checker with the installed dictionaries and the officer's word lists."""
    from editor_app.core.spelling.checker import SpellChecker

    return SpellChecker(locales, user_dir=user_dir)


class _Preparing:
    """A checker being made on a worker thread; :meth:`result` waits for it."""

    def __init__(self, make: CheckerFactory, locales: Locales) -> None:
        self.locales = locales
        self._checker: SpellChecker | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(
            target=self._run, args=(make,), name="spelling-dictionaries", daemon=True
        )
        self._thread.start()

    def _run(self, make: CheckerFactory) -> None:
        try:
            self._checker = make(self.locales)
        except BaseException as exc:  # raised again where the checker is needed
            self._error = exc

    def result(self) -> SpellChecker:
        """The checker (waiting for the thread); what it raised, if it failed."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._checker is not None
        return self._checker


class SpellingController(QObject):
    """Keeps every free-text field of the form underlined in its own language."""

    wordsChanged = Signal()
    """A word was added to the dictionary or ignored: every field is rechecked, and
    whatever else shows underlines (the draft panes) should follow."""

    def __init__(
        self,
        form: ReadoutForm,
        status: QLabel,
        roster: list[RosterEntry],
        make_checker: CheckerFactory | None = None,
        user_dir: Path | None = None,
    ) -> None:
        super().__init__(form)
        self.form = form
        self.status = status
        self._make = make_checker or partial(default_checker, user_dir=user_dir)
        # Only the default checker is made on a worker thread: a factory passed in may
        # not expect one.
        self._in_background = make_checker is None
        self._preparing: _Preparing | None = None
        self._roster_texts = [text for entry in roster for text in entry.name_texts()]
        self._roster_names: frozenset[str] | None = None  # split with the first update
        self._locales: Locales | None = None
        self._names: frozenset[str] = frozenset()
        self.checker: SpellChecker | None = None
        self.highlighters: list[SpellHighlighter] = []

    def fields(self) -> list[tuple[QPlainTextEdit, Lang]]:
        """Every free-text field of the form and its language."""
        ui = self.form.ui
        out: list[tuple[QPlainTextEdit, Lang]] = [(ui.purposeEn, "en"), (ui.purposeEs, "es")]
        for row in self.form.points.rows:
            out += [(row.ui.enEdit, "en"), (row.ui.esEdit, "es")]
        return out

    def prepare(self, locales: Locales) -> None:
        """Start making the checker for ``locales`` on a worker thread, for the next
        :meth:`update` to take (when it has nothing to do, or the checker was passed in,
        this does nothing)."""
        wanted = Locales(locales.es, locales.en)
        if not self._in_background or self._preparing is not None:
            return
        if self.checker is not None and wanted == self._locales:
            return
        self._preparing = _Preparing(self._make, wanted)

    def _new_checker(self, locales: Locales) -> SpellChecker:
        preparing, self._preparing = self._preparing, None
        if preparing is not None and preparing.locales == locales:
            return preparing.result()
        return self._make(locales)

    def update(self, readout: Readout) -> None:
        """Follow the readout: its locales, its names and any new talking-point rows."""
        from editor_app.core.spelling.checker import names_from_readout
        from editor_app.gui.spell_highlighter import enable_spelling

        if self.checker is None or readout.locales != self._locales:
            self._locales = Locales(readout.locales.es, readout.locales.en)
            self.checker = self._new_checker(self._locales)
            self._names = frozenset()
            for highlighter in self.highlighters:
                highlighter.checker = self.checker
            self._show_status()
        if self._roster_names is None:
            from editor_app.core.spelling.words import split_names

            self._roster_names = frozenset(split_names(self._roster_texts))
        names = frozenset(names_from_readout(readout) | self._roster_names)
        if names != self._names:
            self._names = names
            self.checker.set_names(names)
            self.rehighlight()
        for edit, lang in self.fields():
            if edit.property("spellHighlighter") is None:
                highlighter = enable_spelling(edit, self.checker, lang, self.words_changed)
                # Qt underlines a new highlighter's text on the next turn of the event loop
                # and ignores typing until then: underline now (the first update runs after
                # the window has painted, and typing may follow at once).
                with QSignalBlocker(edit):  # underlines are no edit of the text
                    QCoreApplication.sendPostedEvents(highlighter, QEvent.Type.MetaCall)
                self.highlighters.append(highlighter)
        self.highlighters = [h for h in self.highlighters if _alive(h)]

    def rehighlight(self) -> None:
        """Recheck every field (after the word lists changed).

        A field whose underlines change says its text changed (Qt's textChanged follows
        the document's formats too): that is no edit, so the form is not told (it would
        render both drafts again, once per field).
        """
        for edit, _ in self.fields():
            highlighter = edit.property("spellHighlighter")
            if highlighter is not None and _alive(highlighter):
                with QSignalBlocker(edit):
                    highlighter.rehighlight()

    def words_changed(self) -> None:
        """Follow a word added to the dictionary or ignored, anywhere: recheck everything."""
        self.rehighlight()
        self.wordsChanged.emit()

    def _show_status(self) -> None:
        assert self.checker is not None
        parts, missing = [], []
        for lang in LANGS:
            status = self.checker.status(lang)
            if status.checked:
                parts.append(status.tag or lang)
            else:
                missing.append(status.describe(current_ui_language()))
        text = self.tr("Spelling: {tags}").format(tags=", ".join(parts)) if parts else ""
        if missing:
            text = "; ".join([t for t in (text, *missing) if t])
            self.status.setStyleSheet("color: #b91c1c;")
        else:
            self.status.setStyleSheet("")
        self.status.setText(text or self.tr("Spelling: not checked"))
        self.status.setToolTip("\n".join(missing))


def _alive(highlighter: SpellHighlighter) -> bool:
    return is_alive(highlighter) and is_alive(highlighter.document())
