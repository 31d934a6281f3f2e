"""One talking point: the English and Spanish paragraphs side by side, numbered, each with
its "new paragraph" box (ticked by default from the second point on, until the officer
chooses). Its {…} button, or Ctrl+Shift+P in either paragraph, offers the placeholders."""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial

from editor_app.core.model import TalkingPoint
from editor_app.gui.accessibility import name_controls
from editor_app.gui.forms.point_editor import Ui_PointEditor
from editor_app.gui.placeholder_menu import PlaceholderMenu
from editor_app.gui.qt import QAction, QKeySequence, QPlainTextEdit, Qt, QWidget
from editor_app.gui.row_editor import RowEditor
from editor_app.gui.text_cleaning import field_text

log = logging.getLogger(__name__)

PLACEHOLDER_KEYS = "Ctrl+Shift+P"
"""Opens the placeholder menu at the cursor of a talking point."""


class PointEditor(RowEditor):
    """Edits one :class:`TalkingPoint`; the form is held as ``self.ui``."""

    def __init__(
        self, parent: QWidget | None = None, counterparts: Callable[[], int] | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PointEditor()
        self.ui.setupUi(self)
        name_controls(self)
        self._counterparts = counterparts or (lambda: 1)
        self.placeholder_menu: PlaceholderMenu | None = None
        """The placeholder menu last opened (kept so it lives while it shows)."""
        self.ui.placeholderButton.clicked.connect(lambda: self.show_placeholders(None))
        for edit in (self.ui.enEdit, self.ui.esEdit):
            action = QAction(edit)
            action.setShortcut(QKeySequence(PLACEHOLDER_KEYS))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(partial(self.show_placeholders, edit))
            edit.addAction(action)
        # partial, not lambda: one Python frame less on every keystroke.
        self.ui.enEdit.textChanged.connect(partial(self.edited.emit, "en"))
        self.ui.esEdit.textChanged.connect(partial(self.edited.emit, "es"))
        self.ui.upButton.clicked.connect(lambda: self.moveRequested.emit(-1))
        self.ui.downButton.clicked.connect(lambda: self.moveRequested.emit(1))
        self.ui.removeButton.clicked.connect(self.removeRequested.emit)
        self._breaks: dict[str, bool | None] = {"en": None, "es": None}
        self._index = 0
        self.ui.enBreakCheck.clicked.connect(partial(self._break_chosen, "en"))
        self.ui.esBreakCheck.clicked.connect(partial(self._break_chosen, "es"))

    def show_placeholders(self, edit: QPlainTextEdit | None) -> PlaceholderMenu:
        """Open the placeholder menu at the cursor of ``edit`` (by default the paragraph
        being typed in, else the English one)."""
        if edit is None:
            edit = self.ui.esEdit if self.ui.esEdit.hasFocus() else self.ui.enEdit
        if self.placeholder_menu is not None:
            self.placeholder_menu.deleteLater()
        menu = PlaceholderMenu(edit, self._counterparts(), self)
        self.placeholder_menu = menu
        where = edit.viewport().mapToGlobal(edit.cursorRect().bottomLeft())
        menu.popup(where)
        return menu

    def _break_chosen(self, lang: str) -> None:
        box = self.ui.enBreakCheck if lang == "en" else self.ui.esBreakCheck
        self._breaks[lang] = box.isChecked()
        self.edited.emit("")

    def _show_breaks(self) -> None:
        # A point the officer has not decided breaks by its place: the first runs on.
        for lang, box in (("en", self.ui.enBreakCheck), ("es", self.ui.esBreakCheck)):
            flag = self._breaks[lang]
            box.setChecked(self._index > 0 if flag is None else flag)

    def set_position(self, number: int, count: int) -> None:
        """Show the point's number; the ends cannot move further."""
        self.ui.numberLabel.setText(f"<b>{number}</b>")
        self._index = number - 1
        self._show_breaks()
        self.ui.upButton.setEnabled(number > 1)
        self.ui.downButton.setEnabled(number < count)

    def set_point(self, point: TalkingPoint) -> None:
        """Show ``point`` (only fields that differ are set, so the cursor stays put)."""
        self._breaks = {"en": point.new_paragraph_en, "es": point.new_paragraph_es}
        self._show_breaks()
        for edit, text in ((self.ui.enEdit, point.en), (self.ui.esEdit, point.es)):
            if field_text(edit) != text:
                edit.setPlainText(text)

    def point(self) -> TalkingPoint:
        """The point as typed, with its paragraph breaks as loaded."""
        return TalkingPoint(
            en=field_text(self.ui.enEdit),
            es=field_text(self.ui.esEdit),
            new_paragraph_en=self._breaks["en"],
            new_paragraph_es=self._breaks["es"],
        )
