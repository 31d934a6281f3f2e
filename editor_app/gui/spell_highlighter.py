"""Red wavy underlines for misspelled words, per paragraph, in one language per editor.

Qt calls :meth:`SpellHighlighter.highlightBlock` only for the paragraphs (blocks) that
changed, and the core checker caches every word. Even one paragraph costs more to recheck
than the keystroke itself, so a keystroke keeps the underlines it already knows (moved
along with the text, those touching the edit dropped) and the paragraph is rechecked once
typing pauses: a word is judged when the officer stops typing it, not letter by letter.
Positions from the core are Python string offsets; Qt counts UTF-16 code units, so they
are converted here (an emoji or a rare CJK character counts twice in Qt).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial

from editor_app.core.draft import Lang
from editor_app.core.spelling.checker import Misspelling, SpellChecker
from editor_app.gui.i18n import error_text
from editor_app.gui.qt import (
    QColor,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPoint,
    QSyntaxHighlighter,
    Qt,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextEdit,
    QTimer,
)
from editor_app.gui.utf16 import python_offset, utf16_offset, utf16_spans

log = logging.getLogger(__name__)

MAX_MENU_SUGGESTIONS = 5
RECHECK_MS = 150
"""A pause in typing this long rechecks the paragraphs typed in."""
Span = tuple[int, int]
"""A misspelling's start and end, as Python offsets in its paragraph."""


def _common_prefix(a: str, b: str) -> int:
    """The length of the longest common prefix (by bisection: slices compare in C)."""
    low, high = 0, min(len(a), len(b))
    while low < high:
        mid = (low + high + 1) // 2
        if a[:mid] == b[:mid]:
            low = mid
        else:
            high = mid - 1
    return low


def _common_suffix(a: str, b: str, limit: int) -> int:
    """The length of the longest common suffix, at most ``limit``."""
    low, high = 0, min(len(a), len(b), limit)
    while low < high:
        mid = (low + high + 1) // 2
        if a[len(a) - mid :] == b[len(b) - mid :]:
            low = mid
        else:
            high = mid - 1
    return low


def moved_spans(old: str, new: str, spans: list[Span]) -> list[Span] | None:
    """The spans of ``old`` that ``new`` keeps untouched, at their new offsets, when
    ``new`` is ``old`` with one character typed, deleted or replaced; else None.

    Spans touching the typed character are dropped (that word is being typed).
    """
    prefix = _common_prefix(old, new)
    suffix = _common_suffix(old, new, min(len(old), len(new)) - prefix)
    old_end = len(old) - suffix
    if old_end - prefix > 1 or len(new) - suffix - prefix > 1:
        return None  # a paste, a replaced text, a chosen suggestion: check it now
    shift = len(new) - len(old)
    kept = [(a, b) for a, b in spans if b < prefix]
    kept += [(a + shift, b + shift) for a, b in spans if a > old_end]
    return kept


class SpellHighlighter(QSyntaxHighlighter):
    """Underlines the words the checker flags in ``lang``."""

    def __init__(self, document: QTextDocument, checker: SpellChecker, lang: Lang) -> None:
        super().__init__(document)
        self.checker = checker
        self.lang: Lang = lang
        self.misspelled = QTextCharFormat()
        self.misspelled.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self.misspelled.setUnderlineColor(QColor("#d0312d"))
        self._last: tuple[int, str, list[Span]] | None = None
        """The paragraph last underlined: its number, its text and its spans."""
        self._typed_in: set[int] = set()
        """Paragraphs whose underlines were moved, not checked: rechecked at the pause."""
        self._checking = False
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(RECHECK_MS)
        self._pause.timeout.connect(self.recheck_typed)

    def highlightBlock(self, text: str) -> None:
        """Underline the misspellings of one paragraph."""
        number = self.currentBlock().blockNumber()
        last = self._last
        spans: list[Span] | None = None
        if not self._checking and last is not None and last[0] == number and last[1] != text:
            if not last[2] and abs(len(text) - len(last[1])) <= 1:
                spans = []  # nothing underlined to move: the usual keystroke, kept cheap
            else:
                spans = moved_spans(last[1], text, last[2])
            if spans is not None:
                self._typed_in.add(number)
                self._pause.start()
        if spans is None:
            spans = [(m.start, m.end) for m in self.checker.check_text(text, self.lang)]
        self._last = (number, text, spans)
        self.underline(text, spans)

    def underline(self, text: str, spans: list[Span]) -> None:
        """Underline ``spans`` (Python offsets) of the paragraph being highlighted."""
        if not spans:
            return  # the usual keystroke: nothing to underline, and no text to scan
        if not text.isascii() and max(text) > "\uffff":
            spans = utf16_spans(text, spans)  # an emoji counts twice in Qt
        for start, end in spans:
            self.setFormat(start, end - start, self.misspelled)

    @property
    def pending(self) -> bool:
        """True while typed-in paragraphs wait for the pause to be rechecked."""
        return bool(self._typed_in)

    def recheck_typed(self) -> None:
        """Check the paragraphs typed in since the last pause (now, rather than later)."""
        self._pause.stop()
        document = self.document()
        numbers, self._typed_in = self._typed_in, set()
        if document is None:
            return
        self._checking = True
        try:
            for number in sorted(numbers):
                block = document.findBlockByNumber(number)
                if block.isValid():
                    self.rehighlightBlock(block)
        finally:
            self._checking = False

    def misspelling_at(self, cursor: QTextCursor) -> tuple[QTextCursor, Misspelling] | None:
        """The misspelled word under ``cursor`` and a cursor selecting it, or None."""
        block = cursor.block()
        text = block.text()
        index = python_offset(text, cursor.positionInBlock())
        for miss in self.checker.check_text(text, self.lang):
            if miss.start <= index <= miss.end:
                selection = QTextCursor(block)
                selection.setPosition(block.position() + utf16_offset(text, miss.start))
                selection.setPosition(
                    block.position() + utf16_offset(text, miss.end),
                    QTextCursor.MoveMode.KeepAnchor,
                )
                return selection, miss
        return None


Replacer = Callable[[QTextCursor, Misspelling, str], None]
"""Makes a chosen suggestion: the misspelled word (selected by the cursor) and the word."""


def replace_in_place(selection: QTextCursor, miss: Misspelling, word: str) -> None:
    """Type the suggestion over the misspelled word (an editable field's own fix)."""
    selection.insertText(word)


def spelling_menu(
    editor: QPlainTextEdit | QTextEdit,
    highlighter: SpellHighlighter,
    pos: QPoint,
    on_words_changed: Callable[[], None] | None = None,
    replace: Replacer = replace_in_place,
) -> QMenu:
    """The editor's context menu with suggestions, "Add to dictionary" and "Ignore" first.

    ``replace`` makes a chosen suggestion (by default, in the editor's own text);
    ``on_words_changed`` follows an added or ignored word (to recheck other editors).
    """
    menu = editor.createStandardContextMenu(pos)
    found = highlighter.misspelling_at(editor.cursorForPosition(pos))
    if found is None:
        return menu
    selection, miss = found
    first = menu.actions()[0] if menu.actions() else None
    checker, lang = highlighter.checker, highlighter.lang
    suggestions = checker.suggest(miss.word, lang)[:MAX_MENU_SUGGESTIONS]
    actions = []
    for word in suggestions:
        action = menu.addAction(word)
        action.triggered.connect(partial(replace, selection, miss, word))
        actions.append(action)
    if not suggestions:
        none = menu.addAction(menu.tr("(no suggestions)"))
        none.setEnabled(False)
        actions.append(none)

    def learned(add: bool) -> Callable[[], None]:
        def run() -> None:
            try:
                if add:
                    checker.add_word(miss.word, lang)
                else:
                    checker.ignore(miss.word, lang)
            except OSError as exc:
                # The word is accepted for this session all the same: say what failed.
                QMessageBox.warning(
                    editor,
                    menu.tr("Personal dictionary not saved"),
                    menu.tr(
                        "“{word}” is accepted until Readout Editor closes, but your "
                        "personal dictionary could not be saved: {error}"
                    ).format(word=miss.word, error=error_text(exc)),
                )
            highlighter.rehighlight()
            if on_words_changed is not None:
                on_words_changed()

        return run

    add = menu.addAction(menu.tr("Add to dictionary"))
    add.triggered.connect(learned(True))
    ignore = menu.addAction(menu.tr("Ignore"))
    ignore.triggered.connect(learned(False))
    actions += [add, ignore]
    if first is not None:
        # Fixes go first, above the standard Undo/Cut/Copy/Paste entries.
        for action in actions:
            menu.removeAction(action)
        menu.insertActions(first, actions)
        menu.insertSeparator(first)
    return menu


def enable_spelling(
    editor: QPlainTextEdit | QTextEdit,
    checker: SpellChecker,
    lang: Lang,
    on_words_changed: Callable[[], None] | None = None,
) -> SpellHighlighter:
    """Underline misspellings in ``editor`` and offer fixes in its context menu
    (``on_words_changed`` follows a word added to the dictionary or ignored there)."""
    highlighter = SpellHighlighter(editor.document(), checker, lang)
    editor.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def show(pos: QPoint) -> None:
        menu = spelling_menu(editor, highlighter, pos, on_words_changed)
        menu.exec(editor.viewport().mapToGlobal(pos))  # pos is in viewport coordinates

    editor.customContextMenuRequested.connect(show)
    editor.setProperty("spellHighlighter", highlighter)
    return highlighter
