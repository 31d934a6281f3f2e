"""When to autosave: a few seconds after typing pauses, and at least every 30 s of typing.

The timer only decides *when*; writing goes through the core's :class:`Autosave`.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path

from editor_app.core.autosave import Autosave
from editor_app.core.model import Readout
from editor_app.gui.i18n import error_text
from editor_app.gui.qt import QObject, QTimer, Signal

log = logging.getLogger(__name__)

IDLE_MS = 3_000
MAX_INTERVAL_S = 30.0


class AutosaveTimer(QObject):
    """Autosaves one open readout into its own slot.

    Call :meth:`changed` on every edit. ``snapshot`` returns the readout and the file it
    came from (None for a new readout).
    """

    saved = Signal(str)
    """The slot path, after each autosave."""
    failed = Signal(str)
    """A message when the autosave could not be written (the officer keeps working)."""

    def __init__(
        self,
        autosave: Autosave,
        snapshot: Callable[[], tuple[Readout, Path | None]],
        parent: QObject | None = None,
        idle_ms: int = IDLE_MS,
        max_interval_s: float = MAX_INTERVAL_S,
        slot: Path | None = None,
        needed: Callable[[], bool] = lambda: True,
    ) -> None:
        super().__init__(parent)
        self.autosave = autosave
        self.snapshot = snapshot
        self.needed = needed
        """False when there is nothing to recover (the form is as opened or saved)."""
        # A restored readout keeps the slot it was recovered from until it is saved.
        self.slot = slot or autosave.new_slot()
        self.max_interval_s = max_interval_s
        self._dirty_since: float | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(idle_ms)
        self._timer.timeout.connect(self.save_now)

    def changed(self) -> None:
        """Note an edit: autosave after the pause, or now if typing has gone on too long."""
        now = time.monotonic()
        if self._dirty_since is None:
            self._dirty_since = now
        if now - self._dirty_since >= self.max_interval_s:
            self.save_now()
        else:
            self._timer.start()

    def save_now(self) -> None:
        """Write the slot now."""
        self._timer.stop()
        self._dirty_since = None
        if not self.needed():
            self.autosave.clear(self.slot)
            return
        readout, source = self.snapshot()
        try:
            self.autosave.write(self.slot, readout, source)
        except OSError as exc:
            self.failed.emit(self.tr("Autosave failed: {error}").format(error=error_text(exc)))
            return
        self.saved.emit(str(self.slot))

    def clear(self) -> None:
        """Drop the slot: the readout was saved, or closed on the officer's word."""
        self._timer.stop()
        self._dirty_since = None
        self.autosave.clear(self.slot)

    @property
    def pending(self) -> bool:
        """True while an edit waits for its autosave."""
        return self._dirty_since is not None
