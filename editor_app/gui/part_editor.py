"""Hand edits typed in place: an editor laid over one part of a draft, in its own pane.

The preview panes show each part as a label paragraph (holding the part's anchor and its
"edit" link) followed by the part's text. Editing a part lays a text editor exactly over
that text, in the pane's viewport, following the pane as it scrolls or re-renders.
When the editor grows past the part's text, the pane makes room below the part (a bottom
margin on its paragraph, taken back when the editor closes), so the editor never hides
the parts after it.
Enter keeps the text, Shift+Enter starts a new line, Esc gives it up; leaving the editor
(a click elsewhere, Tab) keeps it too, because nothing typed may be lost silently.
"""

from __future__ import annotations

from editor_app.core.draft import Lang
from editor_app.gui.preview import TEXT_POINT_SIZE
from editor_app.gui.qt import (
    QFocusEvent,
    QFont,
    QKeyEvent,
    QPlainTextEdit,
    QRect,
    Qt,
    QTextBlock,
    QTextBrowser,
    QTextCursor,
    QTextDocument,
    Signal,
)

MIN_LINES = 2
"""The editor is never shorter than this many lines, however short the part."""


def part_anchor_block(document: QTextDocument, key: str) -> QTextBlock | None:
    """The label paragraph that holds the anchor of part ``key``, or None."""
    block = document.firstBlock()
    while block.isValid():
        if key in block_anchors(block):
            return block
        block = block.next()
    return None


def is_part_label(block: QTextBlock) -> bool:
    """True for a label paragraph (it opens with its part's anchor), not a part's text."""
    return bool(block.begin().fragment().charFormat().anchorNames())


def block_anchors(block: QTextBlock) -> list[str]:
    """The anchor names in paragraph ``block`` (a label paragraph has its part's key)."""
    names: list[str] = []
    fragments = block.begin()
    while not fragments.atEnd():
        names += fragments.fragment().charFormat().anchorNames()
        fragments += 1
    return names


class PartEditor(QPlainTextEdit):
    """The officer's own text for one part, typed over the part in its pane."""

    committed = Signal(str)
    """The officer kept this text (it differs from what the part said)."""
    closed = Signal()
    """The editor closed (kept, unchanged or given up)."""

    def __init__(self, view: QTextBrowser, lang: Lang, key: str, text: str, name: str) -> None:
        super().__init__(view.viewport())
        self.view = view
        self.lang: Lang = lang
        self.key = key
        self.original = text
        self._done = False
        self._margin: float | None = None
        """The bottom margin the part's paragraph had before the editor made room."""
        self.setObjectName("partEditor")
        self.setAccessibleName(name)
        self.setToolTip(
            self.tr("Enter keeps your text · Shift+Enter starts a new line · Esc cancels")
        )
        self.setStyleSheet(
            "QPlainTextEdit#partEditor { border: 2px solid #2563eb; border-radius: 3px;"
            " background: #fffdf5; }"
        )
        font = QFont(view.font())
        font.setPointSizeF(TEXT_POINT_SIZE)
        self.setFont(font)
        # The editor grows with the text instead (a scroll bar would change the wrapping).
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setPlainText(text)
        self.moveCursor(self.textCursor().MoveOperation.End)
        self.document().contentsChanged.connect(self.place)
        view.verticalScrollBar().valueChanged.connect(self.place)
        view.horizontalScrollBar().valueChanged.connect(self.place)

    def open(self) -> None:
        """Show the editor over its part and give it the keyboard."""
        self.place()
        self.show()
        self.raise_()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def place(self) -> None:
        """Lay the editor over the part's text as the pane shows it now."""
        if self._done:
            return
        label = part_anchor_block(self.view.document(), self.key)
        if label is None or not label.next().isValid():
            return  # the part is gone from the draft: stay where it was
        text = label.next()
        layout = self.view.document().documentLayout()
        rect = layout.blockBoundingRect(text).toRect()
        rect.translate(
            -self.view.horizontalScrollBar().value(), -self.view.verticalScrollBar().value()
        )
        made = 0 if self._margin is None else text.blockFormat().bottomMargin() - self._margin
        shown = rect.height() - round(made)  # the part's own height, without the room made
        line = self.fontMetrics().lineSpacing()
        frame = 2 * (self.frameWidth() + int(self.document().documentMargin())) + 2
        height = max(shown + frame, self._text_height() + frame, MIN_LINES * line + frame)
        width = self.view.viewport().width() - 2 * max(rect.left(), 0)
        self.setGeometry(QRect(rect.left() - 2, rect.top() - 2, width + 4, height))
        self._make_room(text, max(0, height - shown))

    def _make_room(self, text: QTextBlock, room: int) -> None:
        """Give the part's paragraph ``room`` more pixels below it (0: as it was)."""
        style = text.blockFormat()
        if self._margin is None:
            self._margin = style.bottomMargin()
        wanted = self._margin + room
        if abs(style.bottomMargin() - wanted) >= 0.5:
            style.setBottomMargin(wanted)
            QTextCursor(text).setBlockFormat(style)

    def _text_height(self) -> int:
        """The height the typed text takes, wrapped at the editor's width."""
        total = 0.0
        block = self.document().firstBlock()
        while block.isValid():
            total += self.blockBoundingRect(block).height()
            block = block.next()
        return int(total + 0.5)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter keeps, Shift+Enter breaks the line, Esc gives up."""
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.insertPlainText("\n")
            else:
                self.finish(keep=True)
            return
        if key == Qt.Key.Key_Escape:
            self.finish(keep=False)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Leaving the editor keeps the text (a context menu opening is not leaving)."""
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.finish(keep=True)

    def finish(self, keep: bool) -> None:
        """Close the editor; with ``keep``, report the text if the officer changed it."""
        if self._done:
            return
        self._done = True
        text = self.toPlainText()
        self.hide()
        label = part_anchor_block(self.view.document(), self.key)
        if self._margin is not None and label is not None and label.next().isValid():
            self._make_room(label.next(), 0)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        if keep and text != self.original:
            self.committed.emit(text)
        self.closed.emit()
        self.deleteLater()

    @property
    def done(self) -> bool:
        """True once the editor was closed."""
        return self._done
