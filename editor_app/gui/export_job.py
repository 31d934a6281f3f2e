"""Export in the background: the core's export on a worker thread, results on the main one."""

from __future__ import annotations

import copy
import logging
from dataclasses import dataclass
from pathlib import Path

from editor_app.core.draft import LANGS, DraftPair
from editor_app.core.messages import MessageError
from editor_app.core.model import Readout
from editor_app.gui.i18n import current_ui_language
from editor_app.gui.qt import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ExportOptions:
    """What the officer chose in the export dialog."""

    path: Path
    fmt: str = "docx"
    layout: str = "side-by-side"
    order: tuple[str, str] = LANGS
    since: Path | None = None
    """A cleared copy (.docx): the export shows as tracked changes what changed since."""


class ExportSignals(QObject):
    """Signals of one export job (QRunnable cannot carry signals itself)."""

    finished = Signal(list)
    """The paths written, as strings."""
    failed = Signal(str)
    """A message saying what went wrong and where."""


class ExportJob(QRunnable):
    """Writes one export on a pool thread; never touches widgets."""

    def __init__(self, readout: Readout, pair: DraftPair, options: ExportOptions) -> None:
        super().__init__()
        # A snapshot: the officer may keep typing while the file is written.
        self.readout = copy.deepcopy(readout)
        self.pair = pair
        self.options = options
        self.signals = ExportSignals()
        # Read on the main thread: the worker only fills in what went wrong.
        self.ui_lang = current_ui_language()
        self.failed_text = QCoreApplication.translate("ExportJob", "{path}: export failed: {error}")
        # Python owns the job (callers keep it to read its signals); Qt must not delete it.
        self.setAutoDelete(False)

    def run(self) -> None:
        """Export, then emit ``finished`` or ``failed``."""
        # Imported here: the Word writer loads only when the first export runs, never before
        # the window first paints.
        from editor_app.core.atomic import WriteError
        from editor_app.core.clearance.package import ClearedCopyError
        from editor_app.core.clearance.reader import texts_since
        from editor_app.core.export.paths import ExportError
        from editor_app.core.export.writer import export

        o = self.options
        try:
            since = texts_since(o.since, self.readout, self.pair) if o.since else None
            written = export(
                self.readout,
                self.pair,
                o.path,
                fmt=o.fmt,
                layout=o.layout,
                order=o.order,
                since=since,
            )
        except (ExportError, WriteError, ClearedCopyError, OSError) as exc:
            shown = exc.text(self.ui_lang) if isinstance(exc, MessageError) else str(exc)
            self.signals.failed.emit(shown)
        except Exception as exc:  # a worker must report, never die silently
            log.exception("export to %s failed", o.path)
            error = f"{type(exc).__name__}: {exc}"
            self.signals.failed.emit(self.failed_text.format(path=o.path, error=error))
        else:
            self.signals.finished.emit([str(p) for p in written])


def start_export(job: ExportJob, pool: QThreadPool | None = None) -> ExportJob:
    """Start ``job`` on ``pool`` (default: the global pool); connect its signals first."""
    (pool or QThreadPool.globalInstance()).start(job)
    return job
