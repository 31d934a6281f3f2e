"""The base of a row the officer can move and remove (a counterpart, a talking point)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from typing import Generic, TypeVar

from editor_app.core.field_paths import field_path
from editor_app.gui.qt import QFrame, QObject, QVBoxLayout, Signal

log = logging.getLogger(__name__)


class RowEditor(QFrame):
    """A row of a :class:`RowList`: says when it is edited, moved or removed."""

    edited = Signal(str)
    """A field changed: its key for typing ("given_names"), or "" for a one-off change."""
    moveRequested = Signal(int)
    removeRequested = Signal()

    def set_position(self, number: int, count: int) -> None:
        """Show the row's 1-based ``number`` among ``count`` rows."""


R = TypeVar("R", bound=RowEditor)


class RowList(QObject, Generic[R]):
    """Rows stacked in a layout: add, remove and reorder; each change is reported."""

    edited = Signal(str)

    def __init__(self, layout: QVBoxLayout, make_row: Callable[[], R], prefix: str) -> None:
        super().__init__(layout)
        self._layout = layout
        self._make_row = make_row
        self._prefix = prefix
        self.rows: list[R] = []

    def resize(self, count: int) -> None:
        """Add or drop rows at the end until there are ``count`` (no edit reported)."""
        while len(self.rows) < count:
            self._append()
        while len(self.rows) > count:
            row = self.rows.pop()
            self._layout.removeWidget(row)
            row.deleteLater()
        self._renumber()

    def add(self) -> R:
        """Append an empty row, focus it and report the change."""
        row = self._append()
        self._renumber()
        self.edited.emit("")
        return row

    def remove(self, row: R) -> None:
        """Drop ``row`` and report the change."""
        self.rows.remove(row)
        self._layout.removeWidget(row)
        row.deleteLater()
        self._renumber()
        self.edited.emit("")

    def move(self, row: R, delta: int) -> None:
        """Move ``row`` up (-1) or down (+1) and report the change."""
        index = self.rows.index(row)
        target = index + delta
        if not 0 <= target < len(self.rows):
            return
        self.rows.insert(target, self.rows.pop(index))
        self._layout.removeWidget(row)
        self._layout.insertWidget(target, row)
        self._renumber()
        self.edited.emit("")

    def _append(self) -> R:
        row = self._make_row()
        self.rows.append(row)
        self._layout.addWidget(row)
        row.edited.connect(partial(self._row_edited, row))
        row.moveRequested.connect(lambda delta, r=row: self.move(r, delta))
        row.removeRequested.connect(lambda r=row: self.remove(r))
        return row

    def _row_edited(self, row: R, key: str) -> None:
        self.edited.emit(field_path(self._prefix, key, index=self.rows.index(row)) if key else "")

    def _renumber(self) -> None:
        for number, row in enumerate(self.rows, start=1):
            row.set_position(number, len(self.rows))
