"""Crash-safe file writes: a temporary file in the same folder, fsync, os.replace.

A temporary is named ".<target>.<pid>.<random>.tmp" and locked while it is written, so
the temporaries a killed save left behind can be told from one being written now:
:func:`remove_stale_temporaries` removes ours that no live save holds.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import stat
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from editor_app.core.messages import MessageError, define

try:
    import fcntl
except ImportError:  # Windows: an open file cannot be removed there anyway
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger(__name__)

STALE_AFTER_SECONDS = 10.0
"""A temporary of a live process, not locked, older than this is left over all the same."""
_TEMPORARY = re.compile(r"^\.(?P<target>.+?)\.(?:(?P<pid>[0-9]+)\.)?[a-z0-9_]{8}\.tmp$")


NO_FOLDER = define(
    "write.no-folder",
    "{path}: the folder {folder} does not exist",
    "{path}: la carpeta {folder} no existe",
)
NOT_REGULAR = define(
    "write.not-regular",
    "{path}: not a regular file; it is left as it is",
    "{path}: no es un archivo normal; se deja como está",
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
    if path.exists() and not (path.is_file() or path.is_dir()):
        # os.replace would swap a device, a pipe or a socket for a plain file (as root,
        # `-o /dev/full` replaced the device). A folder makes os.replace fail by itself.
        raise WriteError(NOT_REGULAR(path=str(path)))
    try:
        fd, tmp_name = tempfile.mkstemp(
            prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp", dir=folder
        )
    except OSError as exc:
        raise WriteError(
            CANNOT_WRITE_IN(path=str(path), folder=str(folder), reason=exc.strerror or str(exc))
        ) from exc
    tmp = Path(tmp_name)
    if fcntl is not None:
        fcntl.flock(fd, fcntl.LOCK_EX)  # ours alone, and released if we are killed
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
        raise WriteError(NOT_SAVED(path=str(path), reason=exc.strerror or str(exc))) from exc
    _fsync_folder(folder)


def atomic_copy(source: Path, target: Path) -> None:
    """Make ``target`` a copy of ``source`` in one step: a hard link (or a copy where
    links are not possible) under a temporary name, then ``os.replace``."""
    source, target = Path(source), Path(target)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.{os.urandom(4).hex()}.tmp")
    try:
        try:
            os.link(source, tmp)
        except OSError:
            shutil.copyfile(source, tmp)
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise WriteError(NOT_SAVED(path=str(target), reason=exc.strerror or str(exc))) from exc


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True
    return True


def _held(path: Path) -> bool:
    """True when a save holds ``path`` locked (it is being written)."""
    if fcntl is None:
        return False
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return True  # cannot tell: leave it
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)  # closing releases our probe lock
    return False


def _stale(entry: os.DirEntry[str], pid: str | None, now: float) -> bool:
    info = entry.stat(follow_symlinks=False)
    if not stat.S_ISREG(info.st_mode) or _held(Path(entry.path)):
        return False
    dead = pid is not None and int(pid) != os.getpid() and not _pid_alive(int(pid))
    return dead or now - info.st_mtime > STALE_AFTER_SECONDS


def remove_stale_temporaries(folder: Path, owns: Callable[[str], bool]) -> int:
    """Remove the temporaries in ``folder`` that interrupted saves left, for the targets
    ``owns`` accepts (by name); a temporary a live save is writing is kept. Returns how
    many were removed; never raises."""
    removed = 0
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError as exc:
        log.debug("cannot list %s for leftover temporaries: %s", folder, exc)
        return 0
    for entry in entries:
        match = _TEMPORARY.match(entry.name)
        if not match or not owns(match["target"]):
            continue
        try:
            if _stale(entry, match["pid"], now):
                os.unlink(entry.path)
                removed += 1
        except OSError as exc:
            log.info("could not remove the leftover temporary %s: %s", entry.path, exc)
    if removed:
        log.info("removed %d leftover temporary files in %s", removed, folder)
    return removed


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
