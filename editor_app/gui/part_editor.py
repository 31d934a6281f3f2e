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

import logging

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
from editor_app.gui.text_cleaning import field_text

log = logging.getLogger(__name__)

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
        self.generated = ""
        """The part's generated text, kept beside the edit (set by whoever opens it)."""
        self._done = False
        self._margin: float | None = None
        """The bottom margin the part's paragraph had before the editor made room."""
        self._page_margin = view.document().rootFrame().frameFormat().bottomMargin()
        """The pane's own bottom margin, before the editor made room."""
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
        """Lay the editor over the part's text as the pane shows it now, make room below
        it in the pane, and keep the caret in sight."""
        if self._done:
            return
        target = self._target()
        if target is None:
            return  # the part is gone from the draft: stay where it was
        block, has_text = target
        rect = self.view.document().documentLayout().blockBoundingRect(block).toRect()
        rect.translate(
            -self.view.horizontalScrollBar().value(), -self.view.verticalScrollBar().value()
        )
        # An empty part has no paragraph of its own: the editor opens under its label.
        top = rect.top() if has_text else rect.bottom() + 1
        shown = rect.height() if has_text else 0  # (a block's rect leaves out its margins)
        line = self.fontMetrics().lineSpacing()
        frame = 2 * (self.frameWidth() + int(self.document().documentMargin())) + 2
        height = max(shown + frame, self._text_height() + frame, MIN_LINES * line + frame)
        width = self.view.viewport().width() - 2 * max(rect.left(), 0)
        self.setGeometry(QRect(rect.left() - 2, top - 2, width + 4, height))
        self._make_room(block, max(0, height - shown))
        self._keep_caret_in_sight()

    def _target(self) -> tuple[QTextBlock, bool] | None:
        """The paragraph the editor lies over and makes room under: the part's text, or
        (False) its label when the part is empty; None when the part is gone."""
        label = part_anchor_block(self.view.document(), self.key)
        if label is None:
            return None
        text = label.next()
        if text.isValid() and not is_part_label(text):
            return text, True
        return label, False

    def _make_room(self, block: QTextBlock, room: int) -> None:
        """Give ``block`` ``room`` more pixels below it (0: as it was). The last paragraph
        of a pane takes its room from the page's bottom margin (Qt ignores the last
        paragraph's)."""
        document = self.view.document()
        if self._margin is None:
            self._margin = block.blockFormat().bottomMargin()
        wanted = self._margin + room
        style = block.blockFormat()
        if abs(style.bottomMargin() - wanted) >= 0.5:
            style.setBottomMargin(wanted)
            QTextCursor(block).setBlockFormat(style)
        page = document.rootFrame().frameFormat()
        page_wanted = self._page_margin + (room if not block.next().isValid() else 0)
        if abs(page.bottomMargin() - page_wanted) >= 0.5:
            page.setBottomMargin(page_wanted)
            document.rootFrame().setFrameFormat(page)

    def _keep_caret_in_sight(self) -> None:
        """Scroll the pane when the caret goes below (or above) what the pane shows."""
        caret = self.cursorRect().translated(self.pos())
        bar = self.view.verticalScrollBar()
        viewport = self.view.viewport().height()
        if caret.bottom() > viewport:
            bar.setValue(bar.value() + caret.bottom() - viewport + 4)
        elif caret.top() < 0:
            bar.setValue(bar.value() + caret.top() - 4)

    def _text_height(self) -> int:
        """The height the typed text takes, wrapped at the editor's width."""
        total = 0.0
        block = self.document().firstBlock()
        while block.isValid():
            total += self.blockBoundingRect(block).height()
            block = block.next()
        return int(total + 0.5)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter keeps, Shift+Enter breaks the line, Esc gives up, Tab leaves (keeping)."""
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
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            # Tab leaves, as in the form: the pane takes the focus back, text kept. (Qt's
            # own Tab here would only move between the pane's links.)
            self.finish(keep=True)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Leaving the editor keeps the text. A context menu opening is not leaving, nor
        is switching to another program (to copy a sentence from an e-mail, say): the
        editor is still open on return."""
        super().focusOutEvent(event)
        staying = (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason)
        if event.reason() not in staying:
            self.finish(keep=True)

    def finish(self, keep: bool) -> None:
        """Close the editor; with ``keep``, report the text if the officer changed it."""
        if self._done:
            return
        self._done = True
        text = field_text(self)
        self.hide()
        target = self._target()
        if self._margin is not None and target is not None:
            self._make_room(target[0], 0)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        if keep and text != self.original:
            self.committed.emit(text)
        self.closed.emit()
        self.deleteLater()

    def typed(self) -> str | None:
        """The text typed so far if the officer changed it and the editor is open, else
        None (for the autosave: what a crash must not take)."""
        if self._done:
            return None
        text = field_text(self)
        return text if text != self.original else None

    @property
    def done(self) -> bool:
        """True once the editor was closed."""
        return self._done
