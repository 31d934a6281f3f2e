"""What the officer pastes into the form is cleaned where it lands, by the core's rules.

Word's manual line breaks (U+000B) become line breaks, other control characters and the
noncharacters U+FFFE/U+FFFF are dropped, accents are composed: the field then shows
exactly what will be saved, rendered and spell-checked, and a saved file always opens
again. The cleaning is one undoable edit of the field.
"""

from __future__ import annotations

from editor_app.core.normalize import clean_typed, needs_cleaning
from editor_app.gui.qt import QLineEdit, QPlainTextEdit, QTextCursor

TextField = QLineEdit | QPlainTextEdit


def clean_field(field: TextField) -> tuple[str, ...]:
    """Clean ``field`` in place if it needs it; what was changed (empty if nothing).

    A one-line field (QLineEdit) also has its line breaks turned into spaces.
    """
    if isinstance(field, QLineEdit):
        text = field.text()
        if not needs_cleaning(text, single_line=True):
            return ()
        cleaned = clean_typed(text, single_line=True)
        position = field.cursorPosition()
        field.selectAll()
        field.insert(cleaned.text)  # through the field's undo, unlike setText
        field.setCursorPosition(min(position, len(cleaned.text)))
        return cleaned.changes
    text = field.toPlainText()
    if not needs_cleaning(text):
        return ()
    cleaned = clean_typed(text)
    position = field.textCursor().position()
    cursor = QTextCursor(field.document())
    cursor.beginEditBlock()
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.insertText(cleaned.text)
    cursor.endEditBlock()
    cursor.setPosition(min(position, field.document().characterCount() - 1))
    field.setTextCursor(cursor)
    return cleaned.changes
