"""Undo and redo across the whole form: a snapshot of the readout per committed edit.

Typing in one field merges into one step; a combo change, a new row or a roster pick is a
step of its own. Undo puts the snapshot back into the form.
"""

from __future__ import annotations

import copy

from editor_app.core.model import Readout
from editor_app.gui.qt import QObject, QUndoCommand, QUndoStack, Signal
from editor_app.gui.readout_form import ReadoutForm

TYPING_ID = 1


class SnapshotCommand(QUndoCommand):
    """The form went from ``before`` to ``after`` by an edit of field ``key``."""

    def __init__(self, history: FormHistory, before: Readout, after: Readout, key: str) -> None:
        super().__init__(f"edit {key}" if key else "edit")
        self.history = history
        self.before = before
        self.after = after
        self.key = key
        self._pushed = False

    def id(self) -> int:
        """Typing commands share an id so Qt offers to merge them."""
        return TYPING_ID if self.key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Merge consecutive typing in the same field."""
        if not isinstance(other, SnapshotCommand) or other.key != self.key:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        """Put ``after`` back (the first redo, on push, is the edit itself: skip it)."""
        if not self._pushed:
            self._pushed = True
            return
        self.history.apply(self.after)

    def undo(self) -> None:
        """Put ``before`` back."""
        self.history.apply(self.before)


class FormHistory(QObject):
    """Watches the form and keeps an undo stack of its snapshots."""

    applied = Signal()
    """The form was set from a snapshot (undo or redo)."""

    def __init__(self, form: ReadoutForm, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.form = form
        self.stack = QUndoStack(self)
        self._current = form.readout()
        form.edited.connect(self._edited)

    def reset(self) -> None:
        """Forget the history (a file was opened): the form as it is now is clean."""
        self.stack.clear()
        self._current = self.form.readout()
        self.stack.setClean()

    def _edited(self, key: str) -> None:
        after = self.form.readout()
        if after == self._current:
            return
        self.stack.push(SnapshotCommand(self, self._current, after, key))
        self._current = after

    def apply(self, readout: Readout) -> None:
        """Show ``readout`` in the form (undo/redo)."""
        self._current = copy.deepcopy(readout)
        self.form.set_readout(readout)
        self.applied.emit()
