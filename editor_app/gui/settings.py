"""Every setting the window keeps between sessions, declared once and typed (as Picard's)."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from editor_app.core.app_info import APP_ID, APP_NAME
from editor_app.core.messages import UI_LANGUAGES
from editor_app.gui.qt import QByteArray, QSettings

log = logging.getLogger(__name__)

MAX_RECENT = 8


class AppSettings:
    """Typed access to QSettings: recent files, window geometry, splitter sizes."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else QSettings(APP_ID, APP_NAME)

    def recent_files(self) -> list[Path]:
        """Recently opened or saved files, newest first."""
        value = self.store.value("files/recent", [])
        if isinstance(value, str):
            value = [value]
        return (
            [Path(p) for p in value if isinstance(p, str) and p] if isinstance(value, list) else []
        )

    def add_recent(self, path: Path) -> None:
        """Put ``path`` first in the recent files."""
        paths = [p for p in self.recent_files() if p != path]
        self._set_recent([path, *paths][:MAX_RECENT])

    def remove_recent(self, path: Path) -> None:
        """Forget ``path`` (it could not be opened)."""
        self._set_recent([p for p in self.recent_files() if p != path])

    def _set_recent(self, paths: list[Path]) -> None:
        self.store.setValue("files/recent", [str(p) for p in paths])

    def last_folder(self) -> str:
        """The folder of the last file opened or saved ("" at first)."""
        return str(self.store.value("files/last_folder", "") or "")

    def set_last_folder(self, folder: Path) -> None:
        """Remember ``folder`` for the next file dialog."""
        self.store.setValue("files/last_folder", str(folder))

    def started_before(self) -> bool:
        """False on the very first start (which opens the bundled example)."""
        return str(self.store.value("app/started", "")) == "yes"

    def mark_started(self) -> None:
        """Record that the editor has started once."""
        self.store.setValue("app/started", "yes")

    def ui_language(self) -> str:
        """The interface language chosen by the officer: "en", "es", or "" for the system's."""
        value = str(self.store.value("app/ui_language", "") or "")
        return value if value in UI_LANGUAGES else ""

    def set_ui_language(self, lang: str) -> None:
        """Choose the interface language ("" follows the system); applies at next start."""
        self.store.setValue("app/ui_language", lang)

    def export_choices(self, source: Path | None) -> dict[str, Any]:
        """The export dialog's last choices for ``source`` (None: an unsaved readout)."""
        raw = self.store.value(f"export/{source or 'untitled'}", "")
        try:
            data = json.loads(str(raw)) if raw else {}
        except ValueError:
            log.warning("ignoring unreadable export choices for %s", source, exc_info=True)
            return {}
        return data if isinstance(data, dict) else {}

    def set_export_choices(self, source: Path | None, choices: dict[str, Any]) -> None:
        """Remember the export dialog's choices for ``source``."""
        self.store.setValue(f"export/{source or 'untitled'}", json.dumps(choices))

    def state(self, name: str) -> QByteArray | None:
        """A saved geometry or splitter state, or None."""
        value = self.store.value(f"window/{name}")
        return value if isinstance(value, QByteArray) else None

    def set_state(self, name: str, value: QByteArray) -> None:
        """Remember a geometry or splitter state."""
        self.store.setValue(f"window/{name}", value)

    def sync(self) -> None:
        """Write pending settings to disk."""
        self.store.sync()
