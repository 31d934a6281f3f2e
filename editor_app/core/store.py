"""The ``.readout`` file: UTF-8 JSON with a schema version, saved atomically.

Reading never raises anything but :class:`ReadoutFileError` (with a message naming the
file and, for JSON errors, the line and column); older schema versions are migrated and
newer ones refused.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

from editor_app.core.atomic import WriteError, atomic_write_bytes
from editor_app.core.json_errors import json_problem
from editor_app.core.messages import MessageError, define, joined
from editor_app.core.model import SCHEMA_VERSION, Readout
from editor_app.core.parse import Parsed, ReadoutInvalid, readout_from_dict, readout_to_dict

SUFFIX = ".readout"
MAX_FILE_BYTES = 5 * 1024 * 1024
EXAMPLE_NAME = "landau-delafuente.readout"

# Schema migrations: version N → N + 1, applied in order to older files.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


BACKUPS = 3


BAD_VERSION = define(
    "store.bad-version",
    "{source}: schema_version {version} is not a version number",
    "{source}: schema_version {version} no es un número de versión",
)
NEWER_VERSION = define(
    "store.newer-version",
    "{source}: written by a newer Readout Editor (schema version {version}; this version "
    "reads up to {known}). Update Readout Editor to open it.",
    "{source}: lo escribió una versión más reciente de Readout Editor (versión de esquema "
    "{version}; esta versión lee hasta la {known}). Actualice Readout Editor para abrirlo.",
)
NOT_JSON = define(
    "store.not-json",
    "{source}: not valid JSON at line {line}, column {column}: {detail}",
    "{source}: JSON no válido en la línea {line}, columna {column}: {detail}",
)
TOO_DEEP = define(
    "store.too-deep",
    "{source}: nested too deeply to be a readout",
    "{source}: anidado a demasiada profundidad para ser un comunicado",
)
NOT_OBJECT = define(
    "store.not-object",
    "{source}: expected a JSON object at the top level",
    "{source}: se esperaba un objeto JSON en el nivel superior",
)
INVALID = define(
    "store.invalid",
    "{source}: not a valid readout:\n{problems}",
    "{source}: no es un comunicado válido:\n{problems}",
)
PROBLEM_LINE = define("store.problem-line", "  {path}: {text}", "  {path}: {text}")
TOO_LARGE = define(
    "store.too-large",
    "{path}: {size} MB is too large for a readout (the limit is {limit} MB)",
    "{path}: {size} MB es demasiado para un comunicado (el límite es {limit} MB)",
)
IS_FOLDER = define(
    "store.is-folder",
    "{path}: is a folder, not a readout file",
    "{path}: es una carpeta, no un archivo de comunicado",
)
NO_SUCH_FILE = define("store.no-such-file", "{path}: no such file", "{path}: el archivo no existe")
CANNOT_READ = define(
    "store.cannot-read", "{path}: cannot be read: {reason}", "{path}: no se puede leer: {reason}"
)
NOT_UTF8 = define(
    "store.not-utf8",
    "{path}: not UTF-8 text (byte {position} is 0x{byte}); is this a readout file?",
    "{path}: no es texto UTF-8 (el byte {position} es 0x{byte}); ¿es un archivo de comunicado?",
)
CHANGED_ON_DISK = define(
    "store.changed-on-disk",
    "{path}: changed on disk by another program since it was opened; "
    "save under another name, or reload it",
    "{path}: otro programa lo cambió en el disco desde que se abrió; "
    "guárdelo con otro nombre o vuelva a abrirlo",
)


class ReadoutFileError(MessageError):
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
        raise ReadoutFileError(BAD_VERSION(source=source, version=repr(version)))
    if version > SCHEMA_VERSION:
        raise ReadoutFileError(
            NEWER_VERSION(source=source, version=str(version), known=str(SCHEMA_VERSION))
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
            NOT_JSON(
                source=source,
                line=str(exc.lineno),
                column=str(exc.colno),
                detail=json_problem(exc),
            )
        ) from exc
    except RecursionError as exc:
        raise ReadoutFileError(TOO_DEEP(source=source)) from exc
    if not isinstance(data, dict):
        raise ReadoutFileError(NOT_OBJECT(source=source))
    data = _migrate(data, source)
    try:
        return readout_from_dict(data)
    except ReadoutInvalid as exc:
        lines = joined(
            PROBLEM_LINE(path=p.path, text=p.about if p.about is not None else p.message)
            for p in exc.problems
        )
        raise ReadoutFileError(INVALID(source=source, problems=lines)) from exc


def load_file(path: Path) -> Parsed:
    """Read and validate the readout at ``path``."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ReadoutFileError(
                TOO_LARGE(
                    path=str(path),
                    size=str(size // (1024 * 1024)),
                    limit=str(MAX_FILE_BYTES // (1024 * 1024)),
                )
            )
        raw = path.read_bytes()
    except ReadoutFileError:
        raise
    except IsADirectoryError as exc:
        raise ReadoutFileError(IS_FOLDER(path=str(path))) from exc
    except FileNotFoundError as exc:
        raise ReadoutFileError(NO_SUCH_FILE(path=str(path))) from exc
    except OSError as exc:
        raise ReadoutFileError(
            CANNOT_READ(path=str(path), reason=exc.strerror or str(exc))
        ) from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ReadoutFileError(
            NOT_UTF8(path=str(path), position=str(exc.start + 1), byte=f"{raw[exc.start]:02X}")
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
            with contextlib.suppress(OSError):
                older.replace(backup_path(path, number + 1))
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
            raise FileChangedError(CHANGED_ON_DISK(path=str(path)))
    try:
        if backups > 0 and path.is_file():
            _rotate_backups(path, backups)
        atomic_write_bytes(path, data)
    except WriteError as exc:
        raise ReadoutFileError(exc.about) from exc
    return content_hash(data)


def example_text() -> str:
    """The bundled example readout as JSON text."""
    return (
        resources.files("editor_app.resources")
        .joinpath("examples")
        .joinpath(EXAMPLE_NAME)
        .read_text("utf-8")
    )


def load_example() -> Readout:
    """The bundled example: Deputy Secretary Landau's call with Foreign Secretary de la Fuente."""
    return parse_text(example_text(), f"bundled example {EXAMPLE_NAME}").readout
