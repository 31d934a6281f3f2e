"""Autosave and crash recovery: a copy of every open readout in the user data folder.

The GUI writes a slot a few seconds after typing pauses; a clean exit clears it. After a
crash the next start lists the slots whose process is gone, with their time, and restores
or discards each on the officer's word. Slots are written atomically like saves.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from editor_app.core.app_info import user_data_dir
from editor_app.core.atomic import atomic_write_text, remove_stale_temporaries
from editor_app.core.limits import loads
from editor_app.core.messages import Message, define
from editor_app.core.model import Readout
from editor_app.core.parse import readout_to_dict
from editor_app.core.store import ReadoutFileError, decode, parse_data, read_limited

log = logging.getLogger(__name__)

SLOT_SUFFIX = ".autosave.json"


def default_folder() -> Path:
    """The autosave folder in the user data folder (platformdirs)."""
    return user_data_dir() / "autosave"


UNREADABLE = define(
    "autosave.unreadable",
    "{name}: unreadable autosave: {error}",
    "{name}: copia automática ilegible: {error}",
)
NO_READOUT = define(
    "autosave.no-readout",
    "{name}: expected a readout in the autosave",
    "{name}: se esperaba un comunicado en la copia automática",
)


@dataclass(frozen=True)
class Recovery:
    """One recoverable autosave: where it is, what file it belongs to, when it was written.

    ``readout`` is None (and ``about`` says why; ``error`` in English) when the slot
    cannot be read.
    """

    slot: Path
    source: Path | None
    saved_at: dt.datetime | None
    readout: Readout | None
    about: Message | None = None

    @property
    def error(self) -> str:
        """Why the slot cannot be read, in English ("" when it can)."""
        return self.error_text("en")

    def error_text(self, ui_lang: str = "en") -> str:
        """Why the slot cannot be read, in ``ui_lang`` ("" when it can)."""
        return self.about.text(ui_lang) if self.about is not None else ""


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class Autosave:
    """Autosave slots in one folder; one slot per open readout window."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or default_folder()

    def new_slot(self) -> Path:
        """A fresh slot path for a newly opened readout."""
        return self.folder / f"{uuid.uuid4().hex}{SLOT_SUFFIX}"

    def write(self, slot: Path, readout: Readout, source: Path | None) -> None:
        """Write ``readout`` (opened from ``source``, if any) to ``slot`` atomically."""
        self.folder.mkdir(parents=True, exist_ok=True)
        record = {
            "pid": os.getpid(),
            "source": str(source) if source else None,
            "saved_at": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
            "readout": readout_to_dict(readout),
        }
        atomic_write_text(slot, json.dumps(record, ensure_ascii=False))
        self.remove_leftovers()

    def remove_leftovers(self) -> int:
        """Remove the temporaries that interrupted autosaves left; returns how many."""
        return remove_stale_temporaries(self.folder, lambda target: target.endswith(SLOT_SUFFIX))

    def clear(self, slot: Path) -> None:
        """Remove ``slot`` (after a save, a discard or a clean exit)."""
        with contextlib.suppress(FileNotFoundError):
            slot.unlink()

    def recoverable(self, include_live: bool = False) -> list[Recovery]:
        """Slots left by processes that are gone (a crash), newest first."""
        if not self.folder.is_dir():
            return []
        self.remove_leftovers()
        found: list[Recovery] = []
        for slot in self.folder.glob(f"*{SLOT_SUFFIX}"):
            recovery = self._read(slot, include_live)
            if recovery is not None:
                found.append(recovery)
        found.sort(key=lambda r: r.saved_at or dt.datetime.min.replace(tzinfo=dt.UTC))
        return list(reversed(found))

    def _read(self, slot: Path, include_live: bool) -> Recovery | None:
        try:
            record = loads(decode(read_limited(slot), slot))
            if not isinstance(record, dict):
                raise ValueError("not an autosave record")
        except ReadoutFileError as exc:
            return Recovery(slot, None, None, None, exc.about)
        except (OSError, ValueError, RecursionError) as exc:
            return Recovery(slot, None, None, None, UNREADABLE(name=slot.name, error=str(exc)))
        pid = record.get("pid")
        if not include_live and isinstance(pid, int) and pid != os.getpid() and _pid_alive(pid):
            return None  # another window of a running Readout Editor owns it
        source = Path(record["source"]) if isinstance(record.get("source"), str) else None
        saved_at = None
        with contextlib.suppress(TypeError, ValueError):
            saved_at = dt.datetime.fromisoformat(str(record.get("saved_at")))
        data = record.get("readout")
        try:
            if not isinstance(data, dict):
                raise ReadoutFileError(NO_READOUT(name=str(slot)))
            readout = parse_data(data, str(slot)).readout
        except ReadoutFileError as exc:
            return Recovery(slot, source, saved_at, None, exc.about)
        return Recovery(slot, source, saved_at, readout)
