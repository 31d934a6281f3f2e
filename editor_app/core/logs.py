"""Where both commands log: a rotating file in the user log folder, the terminal on demand.

:func:`setup_logging` is called once by ``readout`` and ``readout-editor`` at start-up.
Every module logs through ``logging.getLogger(__name__)``; the file keeps INFO and up
(DEBUG with ``--verbose``, which also copies every record to stderr). When the log folder
cannot be written the commands still run: records then go to stderr only (warnings and
up, or everything with ``--verbose``) and the first of them says why.
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

import platformdirs

from editor_app.core.messages import define

log = logging.getLogger(__name__)

APP_NAME = "readout-editor"
LOG_FILE_NAME = "readout.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3
PACKAGE = "editor_app"
FILE_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d] %(message)s"
VERBOSE_FORMAT = "%(levelname)s %(name)s: %(message)s"
SAID = {"said": True}
"""``extra`` for a record whose news the command already prints: the terminal skips it."""
_MARK = "_readout_handler"  # set on the handlers installed here, so a second setup replaces them

LOG_UNWRITABLE = define(
    "logs.unwritable",
    "the log file cannot be written in {folder} ({error}); logging to the terminal only",
    "no se puede escribir el registro en {folder} ({error}); el registro va solo a la terminal",
)

LOG_FAILED = define(
    "logs.write-failed",
    "the log file {file} could not be written ({error}); records may be missing from it",
    "no se pudo escribir el registro {file} ({error}); pueden faltar mensajes en él",
)


def log_dir() -> Path:
    """The folder of the log files (on Linux ``$XDG_STATE_HOME/readout-editor/log``)."""
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


@dataclass(frozen=True)
class LogSetup:
    """What :func:`setup_logging` managed: the log file, or why there is none."""

    file: Path | None
    problem: str = ""


class _NoTraceback(logging.Formatter):
    """One line per record: the traceback stays in the log file unless asked for."""

    def format(self, record: logging.LogRecord) -> str:
        saved = record.exc_info, record.exc_text, record.stack_info
        record.exc_info, record.exc_text, record.stack_info = None, None, None
        try:
            return super().format(record)
        finally:
            record.exc_info, record.exc_text, record.stack_info = saved


def _stderr_handler(stream: TextIO, verbose: bool, prog: str) -> logging.Handler:
    handler = logging.StreamHandler(stream)
    handler.setLevel(logging.DEBUG if verbose else logging.WARNING)
    if not verbose:
        handler.addFilter(lambda record: not getattr(record, "said", False))
    formatter = (
        logging.Formatter(VERBOSE_FORMAT) if verbose else _NoTraceback(f"{prog}: %(message)s")
    )
    handler.setFormatter(formatter)
    return handler


class _LogFile(logging.handlers.RotatingFileHandler):
    """The rotating log file; a write that fails later (a full disk) is said in one line."""

    def __init__(self, path: Path, prog: str, ui_lang: str) -> None:
        super().__init__(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
        self.prog, self.ui_lang = prog, ui_lang
        self.failed = False

    def handleError(self, record: logging.LogRecord) -> None:
        # logging's own handleError prints a traceback to stderr on every failed record.
        if self.failed:
            return
        self.failed = True
        error = sys.exc_info()[1]
        reason = (error.strerror if isinstance(error, OSError) else None) or str(error)
        line = LOG_FAILED(file=self.baseFilename, error=reason).text(self.ui_lang)
        with contextlib.suppress(OSError, ValueError):  # no stderr either: nowhere to say it
            sys.stderr.write(f"{self.prog}: {line}\n")


def _file_handler(folder: Path, prog: str, ui_lang: str) -> logging.Handler:
    folder.mkdir(parents=True, exist_ok=True)
    handler = _LogFile(folder / LOG_FILE_NAME, prog, ui_lang)
    handler.setFormatter(logging.Formatter(FILE_FORMAT))
    return handler


def setup_logging(
    verbose: bool = False,
    stream: TextIO | None = None,
    ui_lang: str = "en",
    prog: str = APP_NAME,
) -> LogSetup:
    """Log the app's records to the rotating file, and to ``stream`` (stderr) if ``verbose``.

    ``prog`` opens each line on the terminal, ``ui_lang`` is the language of the notice
    that the log folder cannot be written. Calling it again replaces what an earlier call
    installed (the tests run the commands in one process). Third-party libraries log their
    warnings only.
    """
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, _MARK, False)]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(logging.WARNING)
    logging.getLogger(PACKAGE).setLevel(logging.DEBUG if verbose else logging.INFO)
    stream = stream if stream is not None else sys.stderr
    folder = log_dir()
    handlers: list[logging.Handler] = []
    try:
        handlers.append(_file_handler(folder, prog, ui_lang))
        setup = LogSetup(folder / LOG_FILE_NAME)
    except OSError as exc:
        setup = LogSetup(None, exc.strerror or str(exc))
    if verbose or setup.file is None:
        handlers.append(_stderr_handler(stream, verbose, prog))
    for handler in handlers:
        setattr(handler, _MARK, True)
        root.addHandler(handler)
    if setup.file is None:
        log.warning(LOG_UNWRITABLE(folder=str(folder), error=setup.problem).text(ui_lang))
    else:
        log.debug("logging to %s (verbose: %s)", setup.file, verbose)
    return setup
