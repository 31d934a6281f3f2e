"""Spell-checking in the window: one checker for both languages, underlines in every
free-text field, the names of the readout and the roster never flagged, and a status-bar
line that names the dictionaries or says plainly what is missing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from editor_app.core.draft import Lang
from editor_app.core.model import Locales, Readout
from editor_app.core.roster import RosterEntry
from editor_app.core.spelling import SpellChecker, names_from_readout
from editor_app.core.spelling_words import split_names
from editor_app.gui.qt import QLabel, QObject, QPlainTextEdit, is_alive
from editor_app.gui.readout_form import ReadoutForm
from editor_app.gui.spell_highlighter import SpellHighlighter, enable_spelling

CheckerFactory = Callable[[Locales], SpellChecker]


class SpellingController(QObject):
    """Keeps every free-text field of the form underlined in its own language."""

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
        self._make = make_checker or (lambda locales: SpellChecker(locales, user_dir=user_dir))
        self._roster_names = split_names(
            [part for entry in roster for part in (entry.given_names, entry.surname)]
        )
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

    def update(self, readout: Readout) -> None:
        """Follow the readout: its locales, its names and any new talking-point rows."""
        if self.checker is None or readout.locales != self._locales:
            self._locales = Locales(readout.locales.es, readout.locales.en)
            self.checker = self._make(self._locales)
            self._names = frozenset()
            for highlighter in self.highlighters:
                highlighter.checker = self.checker
            self._show_status()
        names = frozenset(names_from_readout(readout) | self._roster_names)
        if names != self._names:
            self._names = names
            self.checker.set_names(names)
            self.rehighlight()
        for edit, lang in self.fields():
            if edit.property("spellHighlighter") is None:
                self.highlighters.append(enable_spelling(edit, self.checker, lang))
        self.highlighters = [h for h in self.highlighters if _alive(h)]

    def rehighlight(self) -> None:
        """Recheck every field (after the word lists changed)."""
        for highlighter in self.highlighters:
            if _alive(highlighter):
                highlighter.rehighlight()

    def _show_status(self) -> None:
        assert self.checker is not None
        parts, missing = [], []
        for lang in ("es", "en"):
            status = self.checker.status(lang)
            if status.checked:
                parts.append(status.tag or lang)
            else:
                missing.append(status.describe())
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
