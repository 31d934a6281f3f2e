"""Crash-safe file writes: a temporary file in the same folder, fsync, os.replace."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from editor_app.core.messages import MessageError, define

NO_FOLDER = define(
    "write.no-folder",
    "{path}: the folder {folder} does not exist",
    "{path}: la carpeta {folder} no existe",
)
CANNOT_WRITE_IN = define(
    "write.cannot-write-in",
    "{path}: cannot write in {folder}: {reason}",
    "{path}: no se puede escribir en {folder}: {reason}",
)
NOT_SAVED = define(
    "write.not-saved",
    "{path}: could not be saved: {reason}",
    "{path}: no se pudo guardar: {reason}",
)


class WriteError(MessageError, OSError):
    """A file could not be written; the message names the path and the reason."""


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that ``path`` is either the old file or the new, whole.

    The data goes to a temporary file in the same folder, is flushed and fsynced, then
    replaces ``path`` with ``os.replace``; the folder is fsynced where the OS allows it.
    Raises WriteError with a readable message when the folder is missing or unwritable or
    the disk is full; the original file is then left untouched.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise WriteError(NO_FOLDER(path=str(path), folder=str(folder)))
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise WriteError(
            CANNOT_WRITE_IN(path=str(path), folder=str(folder), reason=exc.strerror or str(exc))
        ) from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            with contextlib.suppress(OSError):
                os.chmod(tmp, path.stat().st_mode & 0o777)
        else:
            with contextlib.suppress(OSError):
                os.chmod(tmp, 0o666 & ~_current_umask())
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise WriteError(NOT_SAVED(path=str(path), reason=exc.strerror or str(exc))) from exc
    _fsync_folder(folder)


def atomic_write_text(path: Path, text: str) -> None:
    """Write ``text`` as UTF-8 with :func:`atomic_write_bytes`."""
    atomic_write_bytes(path, text.encode("utf-8"))


def _fsync_folder(folder: Path) -> None:
    # Makes the rename itself durable; not possible on every platform, hence best effort.
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
