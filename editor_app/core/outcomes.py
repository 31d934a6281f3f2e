"""How the commands end: the exit statuses a script can trust, and the lines that say why.

0: all is well. 1: the checks found something. 2: bad input or usage (the file, an
option, a folder). 3: the command could not do its job: an internal error (the traceback
goes to the log file) or a faulty environment (stdout cannot be written). A script can
read 0 and 1 as a verdict on the readout, 2 as "fix the request", 3 as "not the readout's
fault".
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from editor_app.core.messages import define

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_BAD_INPUT = 2
EXIT_INTERNAL = 3
EXIT_INTERRUPTED = 130

INTERNAL_ERROR = define(
    "outcome.internal-error",
    "internal error ({error}); the details are in {log}",
    "error interno ({error}); los detalles están en {log}",
)
INTERNAL_ERROR_NO_LOG = define(
    "outcome.internal-error-no-log",
    "internal error ({error}); run again with --verbose to see the details",
    "error interno ({error}); vuelva a ejecutar con --verbose para ver los detalles",
)
OUTPUT_FAILED = define(
    "outcome.output-failed",
    "the output could not be written: {error}",
    "no se pudo escribir la salida: {error}",
)


def internal_error_line(exc: BaseException, log_file: Path | None, ui_lang: str = "en") -> str:
    """The one line that tells the officer an internal error happened and where to look."""
    error = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    if log_file is None:
        return INTERNAL_ERROR_NO_LOG(error=error).text(ui_lang)
    return INTERNAL_ERROR(error=error, log=str(log_file)).text(ui_lang)


def output_failed_line(exc: OSError, ui_lang: str = "en") -> str:
    """The line that says stdout could not be written (a full disk, a closed device)."""
    return OUTPUT_FAILED(error=exc.strerror or str(exc)).text(ui_lang)


def json_text(data: object, encoding: str | None) -> str:
    """``data`` as one line of JSON that a stream in ``encoding`` can carry.

    Non-ASCII text stays readable where the encoding holds it; elsewhere (an ASCII
    terminal) it becomes ``\\u`` escapes, which are still the same JSON.
    """
    text = json.dumps(data, ensure_ascii=False)
    try:
        text.encode(encoding or "utf-8")
    except (UnicodeEncodeError, LookupError):
        return json.dumps(data)
    return text


def failure_json(error: str, code: int, **extra: object) -> dict[str, object]:
    """The JSON a ``--json`` command prints when it could not give its usual answer."""
    return {"ok": False, "error": error, "exit": code, **extra}
