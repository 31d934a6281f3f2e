"""Spell-check as you type: underlines in the field's own language, fixes from the menu."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QMessageBox, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from editor_app.core.spelling.checker import SpellChecker
from editor_app.gui.spell_highlighter import enable_spelling, spelling_menu
from editor_app.gui.utf16 import python_offset, utf16_offset, utf16_spans


@pytest.fixture(scope="module")
def checker_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("words")


@pytest.fixture
def checker(checker_dir: Path) -> SpellChecker:
    return SpellChecker({"es": "es_MX", "en": "en_US"}, user_dir=checker_dir)


def underlined(editor: QPlainTextEdit) -> list[str]:
    """The underlined words of every paragraph, as painted by the highlighter."""
    words = []
    block = editor.document().firstBlock()
    while block.isValid():
        text = block.text()
        for fmt_range in block.layout().formats():
            style = fmt_range.format.underlineStyle()
            if style == QTextCharFormat.UnderlineStyle.SpellCheckUnderline:
                start = python_offset(text, fmt_range.start)
                end = python_offset(text, fmt_range.start + fmt_range.length)
                words.append(text[start:end])
        block = block.next()
    return words


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type ``text`` key by key; QTest.keyClicks aborts on non-ASCII characters."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def editor_with(qtbot: QtBot, checker: SpellChecker, lang: str, text: str) -> QPlainTextEdit:
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    highlighter = enable_spelling(editor, checker, lang)  # type: ignore[arg-type]
    type_text(qtbot, editor, text)
    qtbot.waitUntil(lambda: not highlighter.pending)
    return editor


def test_a_word_is_judged_when_typing_pauses(qtbot: QtBot, checker: SpellChecker) -> None:
    editor = editor_with(qtbot, checker, "es", "El cancillér habló")
    highlighter = editor.property("spellHighlighter")
    type_text(qtbot, editor, " con el secretrio")
    assert highlighter.pending
    assert underlined(editor) == ["cancillér"], "known underlines move along; none mid-word"
    qtbot.waitUntil(lambda: not highlighter.pending)
    assert underlined(editor) == ["cancillér", "secretrio"]
    editor.moveCursor(QTextCursor.MoveOperation.Start)
    type_text(qtbot, editor, "Hoy ")
    assert underlined(editor) == ["cancillér", "secretrio"], "underlines follow their words"
    editor.selectAll()
    type_text(qtbot, editor, "Bien")
    assert underlined(editor) == []


def test_spanish_field_underlines_a_spanish_typo(qtbot: QtBot, checker: SpellChecker) -> None:
    editor = editor_with(qtbot, checker, "es", "El cancillér mexicano habló con el canciller.")
    assert underlined(editor) == ["cancillér"]


def test_english_field_checks_english_only(qtbot: QtBot, checker: SpellChecker) -> None:
    editor = editor_with(qtbot, checker, "en", "The goverment and the government.")
    assert underlined(editor) == ["goverment"]
    spanish = editor_with(qtbot, checker, "es", "El gobierno y el government.")
    assert underlined(spanish) == ["government"]


def test_offsets_after_astral_characters(qtbot: QtBot, checker: SpellChecker) -> None:
    text = "🇲🇽 𝔘 El cancillér habló."
    editor = editor_with(qtbot, checker, "es", text)
    assert underlined(editor) == ["cancillér"]
    assert python_offset(text, utf16_offset(text, 9)) == 9


def test_choosing_a_suggestion_fixes_the_word(qtbot: QtBot, checker: SpellChecker) -> None:
    editor = editor_with(qtbot, checker, "es", "El cancillér habló.")
    cursor = editor.textCursor()
    cursor.setPosition(5)
    editor.setTextCursor(cursor)
    pos = editor.cursorRect(cursor).center()
    highlighter = editor.property("spellHighlighter")
    menu = spelling_menu(editor, highlighter, pos)
    labels = [a.text() for a in menu.actions()]
    assert labels[0] == "canciller"
    assert "Add to dictionary" in labels and "Ignore" in labels
    menu.actions()[0].trigger()
    assert editor.toPlainText() == "El canciller habló."
    assert underlined(editor) == []


def test_ignore_and_add_to_dictionary(qtbot: QtBot, checker: SpellChecker) -> None:
    editor = editor_with(qtbot, checker, "en", "Nearshoringx and Zapotecx.")
    highlighter = editor.property("spellHighlighter")

    def act(word_start: int, label: str) -> None:
        cursor = QTextCursor(editor.document())
        cursor.setPosition(word_start)
        menu = spelling_menu(editor, highlighter, editor.cursorRect(cursor).center())
        next(a for a in menu.actions() if a.text() == label).trigger()

    act(1, "Ignore")
    assert underlined(editor) == ["Zapotecx"]
    act(18, "Add to dictionary")
    assert underlined(editor) == []
    assert "Zapotecx" in checker.personal_words("en")
    checker.remove_word("Zapotecx", "en")


def test_a_dictionary_that_cannot_be_saved_is_said_and_the_word_still_accepted(
    qtbot: QtBot, tmp_path: Path
) -> None:
    blocker = tmp_path / "a file, not a folder"
    blocker.write_text("x", encoding="utf-8")
    checker = SpellChecker({"es": "es_MX", "en": "en_US"}, user_dir=blocker / "words")
    editor = editor_with(qtbot, checker, "en", "The Nearshorix plan.")
    highlighter = editor.property("spellHighlighter")
    cursor = QTextCursor(editor.document())
    cursor.setPosition(6)
    menu = spelling_menu(editor, highlighter, editor.cursorRect(cursor).center())
    said: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        said.append(box.text())
        box.accept()

    QTimer.singleShot(0, read_and_close)
    next(a for a in menu.actions() if a.text() == "Add to dictionary").trigger()
    assert said and "Nearshorix" in said[0] and "could not be saved" in said[0]
    assert underlined(editor) == [], "accepted for this session all the same"


def test_underlines_land_on_their_words_after_emoji_however_many(
    qtbot: QtBot, checker: SpellChecker
) -> None:
    text = "😀 " + " ".join(["xyzzq", "🇲🇽", "good", "qqzzx"] * 50)
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    enable_spelling(editor, checker, "en")
    editor.setPlainText(text)
    QApplication.processEvents()
    assert underlined(editor) == ["xyzzq", "qqzzx"] * 50


def test_utf16_spans_match_one_by_one_conversion() -> None:
    text = "a😀bc𝔘d e\u0301f 🇲🇽 gh"
    spans = [(0, 1), (2, 4), (5, 6), (7, 10), (13, 15)]
    assert utf16_spans(text, spans) == [
        (utf16_offset(text, s), utf16_offset(text, e)) for s, e in spans
    ]
    backwards = list(reversed(spans))
    assert utf16_spans(text, backwards) == [
        (utf16_offset(text, s), utf16_offset(text, e)) for s, e in backwards
    ]
