"""Red wavy underlines for misspelled words, per paragraph, in one language per editor.

Qt calls :meth:`SpellHighlighter.highlightBlock` only for the paragraphs (blocks) that
changed, and the core checker caches every word, so a keystroke rechecks one paragraph.
Positions from the core are Python string offsets; Qt counts UTF-16 code units, so they
are converted here (an emoji or a rare CJK character counts twice in Qt).
"""

from __future__ import annotations

from collections.abc import Callable

from editor_app.core.draft import Lang
from editor_app.core.spelling import Misspelling, SpellChecker
from editor_app.gui.qt import (
    QColor,
    QMenu,
    QPlainTextEdit,
    QPoint,
    QSyntaxHighlighter,
    Qt,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextEdit,
)

MAX_MENU_SUGGESTIONS = 5


def utf16_offset(text: str, index: int) -> int:
    """The UTF-16 position of Python offset ``index`` in ``text``."""
    return index + sum(1 for ch in text[:index] if ord(ch) > 0xFFFF)


def python_offset(text: str, utf16_index: int) -> int:
    """The Python offset of UTF-16 position ``utf16_index`` in ``text``."""
    units = 0
    for i, ch in enumerate(text):
        if units >= utf16_index:
            return i
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


class SpellHighlighter(QSyntaxHighlighter):
    """Underlines the words the checker flags in ``lang``."""

    def __init__(self, document: QTextDocument, checker: SpellChecker, lang: Lang) -> None:
        super().__init__(document)
        self.checker = checker
        self.lang: Lang = lang
        self.misspelled = QTextCharFormat()
        self.misspelled.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self.misspelled.setUnderlineColor(QColor("#d0312d"))

    def highlightBlock(self, text: str) -> None:
        """Underline the misspellings of one paragraph."""
        for miss in self.checker.check_text(text, self.lang):
            start = utf16_offset(text, miss.start)
            end = utf16_offset(text, miss.end)
            self.setFormat(start, end - start, self.misspelled)

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


def _replace(selection: QTextCursor, word: str) -> Callable[[], None]:
    def run() -> None:
        selection.insertText(word)

    return run


def spelling_menu(
    editor: QPlainTextEdit | QTextEdit,
    highlighter: SpellHighlighter,
    pos: QPoint,
    on_words_changed: Callable[[], None] | None = None,
) -> QMenu:
    """The editor's context menu with suggestions, "Add to dictionary" and "Ignore" first."""
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
        action.triggered.connect(_replace(selection, word))
        actions.append(action)
    if not suggestions:
        none = menu.addAction(menu.tr("(no suggestions)"))
        none.setEnabled(False)
        actions.append(none)

    def learned(add: bool) -> Callable[[], None]:
        def run() -> None:
            if add:
                checker.add_word(miss.word, lang)
            else:
                checker.ignore(miss.word, lang)
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
    editor: QPlainTextEdit | QTextEdit, checker: SpellChecker, lang: Lang
) -> SpellHighlighter:
    """Underline misspellings in ``editor`` and offer fixes in its context menu."""
    highlighter = SpellHighlighter(editor.document(), checker, lang)
    editor.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def show(pos: QPoint) -> None:
        spelling_menu(editor, highlighter, pos).exec(editor.mapToGlobal(pos))

    editor.customContextMenuRequested.connect(show)
    editor.setProperty("spellHighlighter", highlighter)
    return highlighter
