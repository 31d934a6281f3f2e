"""Reading the officer's template folder: regular files inside it, and nothing else.

A folder handed to ``--templates`` may hold links. A link to ``/proc/self/environ``
would put the process environment into the draft, a named pipe would hang the read,
so a template is read only when its real path lies inside the folder's real path and
it is a regular file of reasonable size; anything else is refused with a message that
names it (never skipped in favour of the bundled template of the same name).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

from jinja2 import BaseLoader, TemplateError, TemplateNotFound
from jinja2.loaders import split_template_path

MAX_TEMPLATE_BYTES = 1_000_000


class TemplateRefused(TemplateError):
    """A template in the user folder that may not be read (a link out, not a file...)."""


class FolderLoader(BaseLoader):
    """Loads ``name`` from one folder, refusing links out of it and special files."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def get_source(self, environment: Any, template: str) -> tuple[str, str, Callable[[], bool]]:
        """The text, file name and up-to-date check of ``template``."""
        path = self.folder.joinpath(*split_template_path(template))
        if not os.path.lexists(path):
            raise TemplateNotFound(template)
        root = self.folder.resolve()
        try:
            real = path.resolve(strict=True)
        except (OSError, RuntimeError) as exc:
            raise TemplateRefused(f"template {template!r} is a broken link ({path})") from exc
        if not real.is_relative_to(root):
            raise TemplateRefused(
                f"template {template!r} links to {real}, outside the templates folder "
                f"{root}; only files inside the folder are read"
            )
        text, mtime = _read_regular(real, template)

        def uptodate() -> bool:
            try:
                return path.resolve(strict=True) == real and real.stat().st_mtime == mtime
            except (OSError, RuntimeError):
                return False

        return text, str(path), uptodate


def _read_regular(real: Path, template: str) -> tuple[str, float]:
    # O_NONBLOCK: opening a named pipe must not wait for a writer; O_NOFOLLOW: the path
    # was just resolved, so a link found now was put there since.
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(real, flags)
    except OSError as exc:
        raise TemplateRefused(f"template {template!r} cannot be read: {exc.strerror}") from exc
    with os.fdopen(fd, "rb") as file:
        info = os.fstat(file.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise TemplateRefused(f"template {template!r} is not a regular file ({real})")
        data = file.read(MAX_TEMPLATE_BYTES + 1)
    if len(data) > MAX_TEMPLATE_BYTES:
        raise TemplateRefused(
            f"template {template!r} is larger than {MAX_TEMPLATE_BYTES:,} bytes ({real})"
        )
    try:
        return data.decode("utf-8"), info.st_mtime
    except UnicodeDecodeError as exc:
        raise TemplateRefused(
            f"template {template!r} is not UTF-8 text (byte {exc.start}) ({real})"
        ) from exc
