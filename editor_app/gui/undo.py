"""Undo and redo across the whole form: a snapshot of the readout per committed edit.

Typing in one field merges into one step; a combo change, a new row or a roster pick is a
step of its own. Undo puts the snapshot back into the form.

A keystroke only notes which field is being typed in: reading the whole form into a
snapshot costs more than the keystroke itself, so it is taken once typing pauses (or at
the editor's next render, which reads the form anyway), and before anything that needs
the history to be complete: undo, redo, save and the unsaved-work question.
"""

from __future__ import annotations

import copy
import logging

from editor_app.core.model import Readout
from editor_app.gui.qt import QObject, QTimer, QUndoCommand, QUndoStack, Signal
from editor_app.gui.readout_form import ReadoutForm

log = logging.getLogger(__name__)

TYPING_ID = 1
TYPING_PAUSE_MS = 50
"""A pause in typing this long takes the snapshot. Longer than the editor's render delay,
so that the render, which reads the form anyway, usually takes it first."""


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
    pendingChanged = Signal()
    """Typing began that is not yet a step (undo can take it back already), or its step
    was recorded."""

    def __init__(self, form: ReadoutForm, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.form = form
        self.stack = QUndoStack(self)
        self._current = form.readout()
        self._typing: str | None = None
        """The field typed in since the last snapshot (None: nothing pending)."""
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(TYPING_PAUSE_MS)
        self._pause.timeout.connect(lambda: self.flush())
        form.edited.connect(self._edited)

    def reset(self) -> None:
        """Forget the history (a file was opened): the form as it is now is clean."""
        self._pause.stop()
        self._typing = None
        self.stack.clear()
        self._current = self.form.readout()
        self.stack.setClean()

    @property
    def pending(self) -> bool:
        """True while typing waits for its snapshot."""
        return self._typing is not None

    def _edited(self, key: str) -> None:
        if key and self._typing in (None, key):
            if self._typing is None:
                self._typing = key
                self.pendingChanged.emit()
            self._pause.start()
            return
        # Not typing (a combo, a row, a pick), or typing in another field within one
        # pause: a step of its own, which also holds any typing not yet recorded.
        pending = self._typing
        self._typing = None
        self._record(self.form.readout(), key if pending is None else "")
        if pending is not None:
            self.pendingChanged.emit()

    def flush(self, readout: Readout | None = None) -> None:
        """Record pending typing now. ``readout``, when given, is the form as it is now
        (the caller just read it)."""
        if self._typing is None:
            return
        self._pause.stop()
        key, self._typing = self._typing, None
        self._record(readout if readout is not None else self.form.readout(), key)
        self.pendingChanged.emit()

    def _record(self, after: Readout, key: str) -> None:
        if after == self._current:
            return
        self.stack.push(SnapshotCommand(self, self._current, after, key))
        self._current = after

    def undo(self) -> None:
        """Undo the last step (typing not yet recorded included)."""
        self.flush()
        self.stack.undo()

    def redo(self) -> None:
        """Redo the step last undone."""
        self.flush()
        self.stack.redo()

    def is_clean(self) -> bool:
        """True when the form is as last saved or opened."""
        self.flush()
        return self.stack.isClean()

    def set_clean(self) -> None:
        """The form as it is now was saved."""
        self.flush()
        self.stack.setClean()

    def replace(self, readout: Readout, key: str = "") -> None:
        """Show ``readout`` in the form as one step of its own (an import: one undo)."""
        self.flush()
        self.form.set_readout(readout)
        self._record(self.form.readout(), key)
        self.applied.emit()

    def apply(self, readout: Readout) -> None:
        """Show ``readout`` in the form (undo/redo)."""
        self._current = copy.deepcopy(readout)
        self.form.set_readout(readout)
        self.applied.emit()
