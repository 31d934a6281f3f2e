"""Crash-safe file writes: a temporary file in the same folder, fsync, os.replace."""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)


class WriteError(OSError):
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
        raise WriteError(f"{path}: the folder {folder} does not exist")
    if path.exists() and not (path.is_file() or path.is_dir()):
        # os.replace would swap a device, a pipe or a socket for a plain file (as root,
        # `-o /dev/full` replaced the device). A folder makes os.replace fail by itself.
        raise WriteError(f"{path}: not a regular file; it is left as it is")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise WriteError(f"{path}: cannot write in {folder}: {exc.strerror or exc}") from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        _copy_mode(path, tmp)
        os.replace(tmp, path)
    except OSError as exc:
        try:
            tmp.unlink()
        except OSError:
            log.warning("could not remove the temporary file %s", tmp, exc_info=True)
        raise WriteError(f"{path}: could not be saved: {exc.strerror or exc}") from exc
    _fsync_folder(folder)


def atomic_write_text(path: Path, text: str) -> None:
    """Write ``text`` as UTF-8 with :func:`atomic_write_bytes`."""
    atomic_write_bytes(path, text.encode("utf-8"))


def _copy_mode(path: Path, tmp: Path) -> None:
    # The new file keeps the old one's permissions (or the umask's); a file system that
    # has none (FAT, some network shares) refuses, and the file is saved all the same.
    try:
        mode = path.stat().st_mode & 0o777 if path.exists() else 0o666 & ~_current_umask()
        os.chmod(tmp, mode)
    except OSError:
        log.warning("could not set the permissions of %s", path, exc_info=True)


def _fsync_folder(folder: Path) -> None:
    # Makes the rename itself durable; not possible on every platform, hence best effort.
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        log.debug("cannot open %s to fsync it", folder, exc_info=True)
        return
    try:
        os.fsync(fd)
    except OSError:
        log.debug("cannot fsync the folder %s", folder, exc_info=True)
    finally:
        os.close(fd)


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
