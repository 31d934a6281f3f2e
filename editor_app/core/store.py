"""The ``.readout`` file: UTF-8 JSON with a schema version, saved atomically.

Reading never raises anything but :class:`ReadoutFileError` (with a message naming the
file and, for JSON errors, the line and column); older schema versions are migrated and
newer ones refused.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

from editor_app.core.atomic import WriteError, atomic_write_bytes
from editor_app.core.model import SCHEMA_VERSION, Readout
from editor_app.core.parse import Parsed, ReadoutInvalid, readout_from_dict, readout_to_dict

log = logging.getLogger(__name__)

SUFFIX = ".readout"
MAX_FILE_BYTES = 5 * 1024 * 1024
EXAMPLE_NAME = "landau-delafuente.readout"

# Schema migrations: version N → N + 1, applied in order to older files.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


BACKUPS = 3


class ReadoutFileError(Exception):
    """A readout file could not be read or written; the message says what and where."""


class FileChangedError(ReadoutFileError):
    """The file on disk changed since it was opened (another program wrote it)."""


def content_hash(data: bytes) -> str:
    """The SHA-256 of ``data``, as hex: how we tell whether a file changed on disk."""
    return hashlib.sha256(data).hexdigest()


def file_hash(path: Path) -> str | None:
    """The SHA-256 of the file at ``path``, or None when there is no such file."""
    try:
        return content_hash(Path(path).read_bytes())
    except OSError:
        return None


def backup_path(path: Path, number: int = 1) -> Path:
    """Where backup ``number`` of ``path`` lives: "call.readout.bak", "call.readout.bak2"…"""
    suffix = ".bak" if number == 1 else f".bak{number}"
    return path.with_name(path.name + suffix)


def _migrate(data: dict[str, Any], source: str) -> dict[str, Any]:
    version = data.get("schema_version", SCHEMA_VERSION)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ReadoutFileError(f"{source}: schema_version {version!r} is not a version number")
    if version > SCHEMA_VERSION:
        raise ReadoutFileError(
            f"{source}: written by a newer Readout Editor (schema version {version}; this "
            f"version reads up to {SCHEMA_VERSION}). Update Readout Editor to open it."
        )
    while version < SCHEMA_VERSION:
        data = MIGRATIONS[version](data)
        version += 1
        data["schema_version"] = version
    return data


def parse_text(text: str, source: str = "<text>") -> Parsed:
    """Read a readout from JSON text; ReadoutFileError names ``source`` on any problem."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ReadoutFileError(
            f"{source}: not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from exc
    except RecursionError as exc:
        raise ReadoutFileError(f"{source}: nested too deeply to be a readout") from exc
    if not isinstance(data, dict):
        raise ReadoutFileError(f"{source}: expected a JSON object at the top level")
    data = _migrate(data, source)
    try:
        return readout_from_dict(data)
    except ReadoutInvalid as exc:
        lines = "\n".join(f"  {p}" for p in exc.problems)
        raise ReadoutFileError(f"{source}: not a valid readout:\n{lines}") from exc


def load_file(path: Path) -> Parsed:
    """Read and validate the readout at ``path``."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ReadoutFileError(
                f"{path}: {size // (1024 * 1024)} MB is too large for a readout "
                f"(the limit is {MAX_FILE_BYTES // (1024 * 1024)} MB)"
            )
        raw = path.read_bytes()
    except ReadoutFileError:
        raise
    except IsADirectoryError as exc:
        raise ReadoutFileError(f"{path}: is a folder, not a readout file") from exc
    except FileNotFoundError as exc:
        raise ReadoutFileError(f"{path}: no such file") from exc
    except OSError as exc:
        raise ReadoutFileError(f"{path}: cannot be read: {exc.strerror or exc}") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ReadoutFileError(
            f"{path}: not UTF-8 text (byte {exc.start + 1} is 0x{raw[exc.start]:02X}); "
            "is this a readout file?"
        ) from exc
    return parse_text(text, str(path))


def dumps(readout: Readout) -> str:
    """The readout as the JSON text of a .readout file."""
    return json.dumps(readout_to_dict(readout), ensure_ascii=False, indent=2) + "\n"


def _rotate_backups(path: Path, keep: int) -> None:
    # Oldest first, so each step only ever overwrites a backup already copied onward.
    for number in range(keep - 1, 0, -1):
        older = backup_path(path, number)
        if older.exists():
            try:
                older.replace(backup_path(path, number + 1))
            except OSError:
                log.warning("could not keep the older backup %s", older, exc_info=True)
    atomic_write_bytes(backup_path(path, 1), path.read_bytes())


def save_file(
    readout: Readout,
    path: Path,
    *,
    expected_hash: str | None = None,
    backups: int = BACKUPS,
) -> str:
    """Save atomically and return the hash of what was written.

    The old file stays whole until the new one replaces it, and is kept as the first of
    ``backups`` rotating backups. With ``expected_hash`` (the hash when the file was
    opened or last saved) a file that another program changed meanwhile is not
    overwritten: FileChangedError says so and the officer decides.
    """
    path = Path(path)
    data = dumps(readout).encode("utf-8")
    if expected_hash is not None:
        current = file_hash(path)
        if current is not None and current != expected_hash:
            raise FileChangedError(
                f"{path}: changed on disk by another program since it was opened; "
                "save under another name, or reload it"
            )
    try:
        if backups > 0 and path.is_file():
            _rotate_backups(path, backups)
        atomic_write_bytes(path, data)
    except WriteError as exc:
        raise ReadoutFileError(str(exc)) from exc
    return content_hash(data)


def example_names() -> list[str]:
    """The file names of the bundled example readouts, the default one first."""
    folder = resources.files("editor_app.resources").joinpath("examples")
    names = sorted(f.name for f in folder.iterdir() if f.name.endswith(SUFFIX))
    return sorted(names, key=lambda name: name != EXAMPLE_NAME)


def example_text(name: str = EXAMPLE_NAME) -> str:
    """A bundled example readout (by default the Landau call) as JSON text."""
    return (
        resources.files("editor_app.resources")
        .joinpath("examples")
        .joinpath(name)
        .read_text("utf-8")
    )


def load_example(name: str = EXAMPLE_NAME) -> Readout:
    """A bundled example (by default Deputy Secretary Landau's call with Foreign Secretary
    de la Fuente)."""
    return parse_text(example_text(name), f"bundled example {name}").readout
