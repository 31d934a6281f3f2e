"""Red underlines in the two draft panes: the words of the drafts as rendered, each pane
in its own language, the labels and links of the panes left alone; and the fixes a
right-click on an underlined word offers there.

The panes are laid out again on every render, which hands every paragraph back to the
highlighter; verdicts are cached per paragraph text, so a render rechecks only the
paragraphs whose words changed.

A draft is never typed into: a suggestion chosen in a pane is made where the word was
written, in the officer's hand edit of that part or else in the form field it came from
(the part's own field first), so the form and both drafts keep agreeing.
"""

from __future__ import annotations

import logging
import re
from functools import partial

from editor_app.core.draft import Lang
from editor_app.core.field_paths import part_source_path
from editor_app.core.model import Override
from editor_app.core.spelling.checker import Misspelling, SpellChecker
from editor_app.gui.main_window import MainWindow
from editor_app.gui.part_editor import block_anchors, is_part_label
from editor_app.gui.qt import (
    QMenu,
    QObject,
    QPlainTextEdit,
    QPoint,
    Qt,
    QTextBlock,
    QTextBrowser,
    QTextCursor,
    QTextDocument,
)
from editor_app.gui.readout_form import ReadoutForm
from editor_app.gui.spell_highlighter import Span, SpellHighlighter, spelling_menu
from editor_app.gui.spelling_controller import SpellingController
from editor_app.gui.text_cleaning import field_text
from editor_app.gui.utf16 import python_offset, utf16_offset

log = logging.getLogger(__name__)

STATUS_MS = 10_000
"""How long the status bar says why a word could not be fixed from the pane."""

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


def part_key_at(block: QTextBlock) -> str | None:
    """The key of the part whose text holds ``block`` (the anchor of the label above it)."""
    while block.isValid():
        if is_part_label(block):
            anchors = block_anchors(block)
            return anchors[0] if anchors else None
        block = block.previous()
    return None


def _whole(word: str) -> re.Pattern[str]:
    """``word`` as a whole word (not part of a longer one)."""
    return re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")


def find_word(text: str, word: str, nth: int = 0) -> tuple[int, int] | None:
    """The ``nth`` (0: first) whole-word occurrence of ``word`` in ``text`` as Python
    offsets; the last one if there are fewer; None if there is none."""
    found = None
    for number, match in enumerate(_whole(word).finditer(text)):
        found = match.span()
        if number == nth:
            break
    return found


def occurrence_number(selection: QTextCursor, word: str) -> int:
    """How many whole ``word``s come before the one ``selection`` selects in its paragraph
    (the same word twice in a point: the second one clicked is the second one fixed)."""
    block = selection.block()
    text = block.text()
    start = python_offset(text, selection.selectionStart() - block.position())
    return len(_whole(word).findall(text[:start]))


def replace_in_field(edit: QPlainTextEdit, word: str, replacement: str, nth: int = 0) -> bool:
    """Type ``replacement`` over the ``nth`` whole ``word`` in ``edit`` (see
    :func:`find_word`), as the officer would (so it is undone and recorded like typing);
    False if the word is not there."""
    text = field_text(edit)
    span = find_word(text, word, nth)
    if span is None:
        return False
    cursor = QTextCursor(edit.document())
    cursor.setPosition(utf16_offset(text, span[0]))
    cursor.setPosition(utf16_offset(text, span[1]), QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(replacement)
    return True


class DraftPaneSpelling(QObject):
    """Both panes' underlines, kept with the form's checker, and their context menus."""

    def __init__(self, window: MainWindow, form: ReadoutForm, spelling: SpellingController) -> None:
        super().__init__(window)
        self.window = window
        self.form = form
        self.spelling = spelling
        self.highlighters: dict[Lang, PaneHighlighter] = {}
        for lang, view in self.views().items():
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(partial(self._show_menu, lang))
        spelling.wordsChanged.connect(self.follow)

    def views(self) -> dict[Lang, QTextBrowser]:
        """The draft pane of each language."""
        return {"en": self.window.ui.enPreview, "es": self.window.ui.esPreview}

    def follow(self) -> None:
        """Underline both panes with the form's checker (made on first use)."""
        checker = self.spelling.checker
        if checker is None:
            return
        if not self.highlighters:
            self.highlighters = {
                lang: PaneHighlighter(view.document(), checker, lang)
                for lang, view in self.views().items()
            }
        for highlighter in self.highlighters.values():
            highlighter.follow(checker)

    def menu(self, lang: Lang, pos: QPoint) -> QMenu:
        """The pane's context menu at ``pos`` (viewport coordinates): the fixes of an
        underlined word first, then Copy and Select All."""
        view = self.views()[lang]
        highlighter = self.highlighters.get(lang)
        if highlighter is None:
            return view.createStandardContextMenu(pos)
        return spelling_menu(
            view,
            highlighter,
            pos,
            on_words_changed=self.spelling.words_changed,
            replace=partial(self.fix, lang),
        )

    def _show_menu(self, lang: Lang, pos: QPoint) -> None:
        view = self.views()[lang]
        self.menu(lang, pos).exec(view.viewport().mapToGlobal(pos))

    def fix(self, lang: Lang, selection: QTextCursor, miss: Misspelling, word: str) -> None:
        """Make the suggestion ``word`` where the misspelled word was written."""
        key = part_key_at(selection.block())
        nth = occurrence_number(selection, miss.word)
        override = self.form.readout().overrides.get(lang, {}).get(key) if key else None
        if override is not None:
            span = find_word(override.text, miss.word, nth)
            if span is not None and key is not None:
                text = override.text[: span[0]] + word + override.text[span[1] :]
                self.form.set_override(lang, key, Override(text, override.generated))
                return
        for edit in self._fields(lang, key):
            if replace_in_field(edit, miss.word, word, nth):
                return
        message = self.tr(
            "“{word}” is not typed in the form (it comes from the glossary or a template): "
            "edit the part by hand to change it."
        )
        self.window.statusBar().showMessage(message.format(word=miss.word), STATUS_MS)

    def _fields(self, lang: Lang, key: str | None) -> list[QPlainTextEdit]:
        """The free-text fields of ``lang`` where part ``key``'s words may come from,
        the part's own field first."""
        fields = [edit for edit, field_lang in self.spelling.fields() if field_lang == lang]
        own = self.form.field_widget(part_source_path(key, lang)) if key else None
        if isinstance(own, QPlainTextEdit) and own in fields:
            fields.remove(own)
            fields.insert(0, own)
        return fields
