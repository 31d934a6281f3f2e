"""Compiled templates kept between runs, so a command or the window does not compile the
same templates again each time it starts.

Jinja2's own bytecode cache does the work; this module chooses its folder and makes it
harmless: a cache that cannot be read or written is skipped (and logged), never an error.
The folder's name carries a fingerprint of the template guard and of Jinja2 and Python,
because the guard rewrites the generated code: code compiled under another guard must
never run under this one. Each template's entry is also keyed by its own source, so an
edited template is compiled afresh.

The cache lives in the user cache folder and is as trusted as that folder: whoever can
write there can already change what the user runs.
"""

from __future__ import annotations

import hashlib
import logging
import sys
from functools import cache
from pathlib import Path

import jinja2
from jinja2.bccache import Bucket, FileSystemBytecodeCache

from editor_app.core.app_info import user_cache_dir

log = logging.getLogger(__name__)


@cache
def _fingerprint() -> str:
    from editor_app import __version__
    from editor_app.core import template_guard

    digest = hashlib.sha256()
    try:
        digest.update(Path(template_guard.__file__).read_bytes())
    except OSError:
        # A frozen bundle ships no source: its guard changes only with the bundle itself.
        log.debug("no guard source to fingerprint; using the build", exc_info=True)
        executable = Path(sys.executable)
        digest.update(f"{__version__}|{executable}|{executable.stat().st_mtime_ns}".encode())
    digest.update(f"{jinja2.__version__}|{sys.version}".encode())
    return digest.hexdigest()[:16]


def cache_folder(base: Path | None = None) -> Path:
    """Where compiled templates are kept: a folder of the user cache named by the guard's
    fingerprint."""
    return (base or user_cache_dir()) / "templates" / _fingerprint()


class SafeBytecodeCache(FileSystemBytecodeCache):
    """Jinja2's file cache that logs and skips a folder or file it cannot use."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._usable: bool | None = None
        super().__init__(str(folder))

    def _ready(self) -> bool:
        if self._usable is None:
            try:
                self.folder.mkdir(parents=True, exist_ok=True)
                self._usable = True
            except OSError:
                log.warning("no template cache: cannot make %s", self.folder, exc_info=True)
                self._usable = False
        return self._usable

    def load_bytecode(self, bucket: Bucket) -> None:
        """Fill ``bucket`` from the cache; a damaged or unreadable entry counts as absent."""
        if not self._ready():
            return
        try:
            super().load_bytecode(bucket)
        except Exception:  # a damaged file must only cost a compile
            log.warning("template cache entry unusable; compiling afresh", exc_info=True)
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        """Keep ``bucket``'s code for the next run, if the folder takes it."""
        if not self._ready():
            return
        try:
            super().dump_bytecode(bucket)
        except OSError:
            log.warning("could not keep a compiled template in %s", self.folder, exc_info=True)


def template_cache(base: Path | None = None) -> SafeBytecodeCache:
    """The cache the template environment uses (under ``base``, else the user cache)."""
    return SafeBytecodeCache(cache_folder(base))
