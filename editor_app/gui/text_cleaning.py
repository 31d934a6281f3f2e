"""What the officer pastes into the form is cleaned where it lands, by the core's rules.

Word's manual line breaks (U+000B) become line breaks, other control characters and the
noncharacters U+FFFE/U+FFFF are dropped, accents are composed: the field then shows
exactly what will be saved, rendered and spell-checked, and a saved file always opens
again. The cleaning is one undoable edit of the field.
"""

from __future__ import annotations

import logging

from editor_app.core.messages import Message
from editor_app.core.normalize import clean_typed, needs_cleaning
from editor_app.gui.qt import QComboBox, QLineEdit, QPlainTextEdit, QTextCursor, QWidget
from editor_app.gui.utf16 import python_offset, utf16_offset

log = logging.getLogger(__name__)

TextField = QLineEdit | QPlainTextEdit
_LINE_BREAKS = str.maketrans({"\u2029": "\n", "\u2028": "\n"})
CLEANED_REVISION = "cleanedRevision"
"""The document revision a multi-line field was last cleaned at (a Qt property)."""


def fields_to_clean(root: QWidget) -> list[TextField]:
    """The text fields under ``root`` that may need cleaning: every line edit (a combo's
    own line edit is its search box, not data) and each multi-line field edited since it
    was last cleaned (a long readout has many paragraphs: only those are read again)."""
    fields: list[TextField] = [
        field for field in root.findChildren(QLineEdit) if not isinstance(field.parent(), QComboBox)
    ]
    for edit in root.findChildren(QPlainTextEdit):
        document = edit.document()
        if document.property(CLEANED_REVISION) != document.revision():
            fields.append(edit)
    return fields


def clean_and_mark(field: TextField) -> tuple[Message, ...]:
    """:func:`clean_field`, then remember a multi-line field as cleaned at its revision."""
    changes = clean_field(field)
    if isinstance(field, QPlainTextEdit):
        field.document().setProperty(CLEANED_REVISION, field.document().revision())
    return changes


def field_text(edit: QPlainTextEdit) -> str:
    """The text of ``edit`` exactly as typed, lines joined by "\n".

    Unlike ``toPlainText()``, which turns non-breaking spaces into plain ones (and "EE. UU."
    or "10 000" could then break across lines in the Word file), this keeps them.
    """
    return edit.document().toRawText().translate(_LINE_BREAKS)


def clean_field(field: TextField) -> tuple[Message, ...]:
    """Clean ``field`` in place if it needs it; what was changed (empty if nothing).

    A one-line field (QLineEdit) also has its line breaks turned into spaces.
    """
    if isinstance(field, QLineEdit):
        text = field.text()
        if not needs_cleaning(text, single_line=True):
            return ()
        cleaned = clean_typed(text, single_line=True)
        position = _cleaned_position(text, field.cursorPosition(), single_line=True)
        field.selectAll()
        field.insert(cleaned.text)  # through the field's undo, unlike setText
        field.setCursorPosition(position)
        return cleaned.changes
    text = field_text(field)
    if not needs_cleaning(text):
        return ()
    cleaned = clean_typed(text)
    position = _cleaned_position(text, field.textCursor().position())
    cursor = QTextCursor(field.document())
    cursor.beginEditBlock()
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.insertText(cleaned.text)
    cursor.endEditBlock()
    cursor.setPosition(min(position, field.document().characterCount() - 1))
    field.setTextCursor(cursor)
    return cleaned.changes


def _cleaned_position(text: str, position: int, single_line: bool = False) -> int:
    """Where the cursor at UTF-16 ``position`` in ``text`` goes once the text is cleaned:
    after the same character it followed (removed characters before it no longer count)."""
    before = text[: python_offset(text, position)]
    kept = clean_typed(before, single_line=single_line).text
    return utf16_offset(kept, len(kept))
