"""Red underlines in the two draft panes: the words of the drafts as rendered, each pane
in its own language, the labels and links of the panes left alone.

The panes are laid out again on every render, which hands every paragraph back to the
highlighter; verdicts are cached per paragraph text, so a render rechecks only the
paragraphs whose words changed.
"""

from __future__ import annotations

from editor_app.core.draft import Lang
from editor_app.core.spelling import SpellChecker
from editor_app.gui.part_editor import is_part_label
from editor_app.gui.qt import QTextDocument
from editor_app.gui.spell_highlighter import Span, SpellHighlighter

CACHE_LIMIT = 5_000
"""Paragraph texts remembered per pane before the cache starts afresh."""


class PaneHighlighter(SpellHighlighter):
    """Underlines the misspellings of a draft pane (read-only, re-rendered often)."""

    def __init__(self, document: QTextDocument, checker: SpellChecker, lang: Lang) -> None:
        self._cache: dict[str, list[Span]] = {}
        self._generation = -1
        self._owner: SpellChecker | None = None
        super().__init__(document, checker, lang)

    def highlightBlock(self, text: str) -> None:
        """Underline one paragraph of the draft (a part's label line is not draft text)."""
        if not text or is_part_label(self.currentBlock()):
            return
        checker = self.checker
        if checker is not self._owner or checker.generation != self._generation:
            self._cache.clear()
            self._owner, self._generation = checker, checker.generation
        spans = self._cache.get(text)
        if spans is None:
            if len(self._cache) >= CACHE_LIMIT:
                self._cache.clear()
            spans = [(m.start, m.end) for m in checker.check_text(text, self.lang)]
            self._cache[text] = spans
        self.underline(text, spans)

    def follow(self, checker: SpellChecker) -> None:
        """Check with ``checker`` from now on; recheck the pane if verdicts may differ."""
        if checker is self._owner and checker.generation == self._generation:
            return
        self.checker = checker
        self.rehighlight()
