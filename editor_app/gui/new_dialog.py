"""Ctrl+N: which kind of readout to start, or which bundled example to start from.

A list the keyboard drives: the arrows choose, Enter starts, Escape cancels. Each example is
named by its own headline in the interface language.
"""

from __future__ import annotations

import logging
from pathlib import Path

from editor_app.core.example_titles import example_titles
from editor_app.core.model import Kind
from editor_app.gui.choices import KIND_LABELS, label_text
from editor_app.gui.i18n import current_ui_language
from editor_app.gui.qt import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger(__name__)

MAX_LIST_WIDTH = 720
MAX_LIST_HEIGHT = 420
"""The widest and tallest the list grows to fit its rows, in pixels."""

Start = Kind | str
"""A kind to start blank, or the file name of a bundled example."""


class NewReadoutDialog(QDialog):
    """Lists the kinds, then the examples; :meth:`choice` is the one picked."""

    def __init__(self, examples: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New readout"))
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("&Start from:"))
        layout.addWidget(label)
        self.list = QListWidget()
        self._values: list[Start] = []
        """What each row starts, by row."""
        self.list.setAccessibleName(self.tr("Start from"))
        label.setBuddy(self.list)
        for kind, text in KIND_LABELS.items():
            self._add(label_text(text), kind)
        titles = dict(example_titles(current_ui_language()))
        for name in examples:
            title = titles.get(name, Path(name).stem)
            self._add(self.tr("Example: {name}").format(name=title), name)
        # Wide enough to read the headlines (a three-counterpart one is cut, its tooltip whole).
        width = self.list.sizeHintForColumn(0) + 2 * self.list.frameWidth() + 24
        self.list.setMinimumWidth(min(width, MAX_LIST_WIDTH))
        rows = self.list.sizeHintForRow(0) * self.list.count() + 2 * self.list.frameWidth() + 24
        self.list.setMinimumHeight(min(rows, MAX_LIST_HEIGHT))
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.accept())
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("S&tart"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.setFocus()

    def _add(self, text: str, value: Start) -> None:
        item = QListWidgetItem(text)
        item.setToolTip(text)
        self.list.addItem(item)
        self._values.append(value)

    def choice(self) -> Start:
        """The kind or example picked (the first kind if none is)."""
        return self._values[max(self.list.currentRow(), 0)]
