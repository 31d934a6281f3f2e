"""The ``.readout`` file: UTF-8 JSON with a schema version, saved atomically.

Reading never raises anything but :class:`ReadoutFileError` (with a message naming the
file and, for JSON errors, the line and column); older schema versions are migrated and
newer ones refused.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import stat
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

from editor_app.core.atomic import (
    WriteError,
    atomic_copy,
    atomic_write_bytes,
    remove_stale_temporaries,
)
from editor_app.core.json_errors import json_problem
from editor_app.core.limits import MAX_FILE_BYTES, limit_problems, loads
from editor_app.core.marking import marking_from_v1
from editor_app.core.messages import Localized, MessageError, Value, define, joined
from editor_app.core.model import SCHEMA_VERSION, Readout
from editor_app.core.parse import Parsed, ReadoutInvalid, readout_from_dict, readout_to_dict

log = logging.getLogger(__name__)

SUFFIX = ".readout"
_MB = 1024 * 1024
_ONLY_FILES = Localized(
    f"(a readout is a file of at most {MAX_FILE_BYTES // _MB} MB, or a pipe one is written to)",
    f"(un comunicado es un archivo de {MAX_FILE_BYTES // _MB} MB como máximo, o una tubería "
    "en la que un programa escribe)",
)
EXAMPLE_NAME = "landau-delafuente.readout"


def _v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    """Version 1 held the marking as one text: it becomes a choice (see
    :func:`marking_from_v1`). The statuses proposed by comments are new and start empty."""
    clearance = data.get("clearance")
    if not isinstance(clearance, dict) or "marking" not in clearance:
        return data
    return {**data, "clearance": {**clearance, "marking": marking_from_v1(clearance["marking"])}}


# Schema migrations: version N → N + 1, applied in order to older files.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _v1_to_v2}


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
    "{path}: is a folder, not a readout file {only}",
    "{path}: es una carpeta, no un archivo de comunicado {only}",
)
IS_KIND = define(
    "store.is-kind",
    "{path}: is {kind}, not a readout file {only}",
    "{path}: es {kind}, no un archivo de comunicado {only}",
)
EMPTY_PIPE = define(
    "store.empty-pipe",
    "{path}: is a named pipe with nothing written to it, not a readout file {only}",
    "{path}: es una tubería con nombre en la que nadie escribe, no un archivo de comunicado {only}",
)
GREW_TOO_LARGE = define(
    "store.grew-too-large",
    "{path}: more than {limit} MB, too large for a readout",
    "{path}: más de {limit} MB, demasiado para un comunicado",
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
        data = loads(text)
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
    return parse_data(data, source)


def _invalid(source: str, lines: list[Value]) -> ReadoutFileError:
    return ReadoutFileError(INVALID(source=source, problems=joined(lines)))


def parse_data(data: dict[str, Any], source: str) -> Parsed:
    """Read a readout from JSON ``data`` parsed by :func:`limits.loads`; ReadoutFileError
    names ``source`` and the field on any problem."""
    over = limit_problems(data)
    if over:
        raise _invalid(source, [PROBLEM_LINE(path=where, text=about) for where, about in over])
    data = _migrate(data, source)
    try:
        return readout_from_dict(data)
    except ReadoutInvalid as exc:
        lines: list[Value] = [
            PROBLEM_LINE(path=p.path, text=p.about if p.about is not None else p.message)
            for p in exc.problems
        ]
        raise _invalid(source, lines) from exc


def _kind_of_file(mode: int) -> Localized | None:
    """What a file that is not a regular file is, in words; None for a regular file."""
    device = Localized("a device", "un dispositivo")
    kinds = {
        stat.S_ISDIR: Localized("a folder", "una carpeta"),
        stat.S_ISCHR: device,
        stat.S_ISBLK: device,
        stat.S_ISSOCK: Localized("a socket", "un socket"),
    }
    if stat.S_ISREG(mode):
        return None
    other = Localized("not a regular file", "algo que no es un archivo normal")
    return next((kind for test, kind in kinds.items() if test(mode)), other)


def _read_pipe(fd: int, path: Path) -> bytes:
    """What a program writes to the pipe ``fd`` (opened non-blocking), up to the limit."""
    try:
        first = os.read(fd, 1 << 16)
    except BlockingIOError:
        first = b""  # a writer is there, with nothing written yet
    else:
        if not first:  # no writer: reading would wait for one forever
            raise ReadoutFileError(EMPTY_PIPE(path=str(path), only=_ONLY_FILES))
    os.set_blocking(fd, True)
    chunks, size = [first], len(first)
    while size <= MAX_FILE_BYTES:
        chunk = os.read(fd, 1 << 16)
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def read_limited(path: Path) -> bytes:
    """The bytes of the file ``path`` (or of what a program writes to the pipe ``path``,
    e.g. /dev/stdin), refusing devices, sockets, folders and anything larger than
    MAX_FILE_BYTES, a file before it is read; ReadoutFileError says what and where."""
    path = Path(path)
    try:
        # Non-blocking, so that opening a named pipe does not wait for a writer.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except IsADirectoryError as exc:
        raise ReadoutFileError(IS_FOLDER(path=str(path), only=_ONLY_FILES)) from exc
    except FileNotFoundError as exc:
        raise ReadoutFileError(NO_SUCH_FILE(path=str(path))) from exc
    except OSError as exc:
        raise ReadoutFileError(
            CANNOT_READ(path=str(path), reason=exc.strerror or str(exc))
        ) from exc
    try:
        info = os.fstat(fd)
        if stat.S_ISFIFO(info.st_mode):
            raw = _read_pipe(fd, path)
        else:
            kind = _kind_of_file(info.st_mode)
            if kind is not None:
                raise ReadoutFileError(IS_KIND(path=str(path), kind=kind, only=_ONLY_FILES))
            if info.st_size > MAX_FILE_BYTES:
                raise ReadoutFileError(
                    TOO_LARGE(
                        path=str(path),
                        size=str(info.st_size // _MB),
                        limit=str(MAX_FILE_BYTES // _MB),
                    )
                )
            with os.fdopen(os.dup(fd), "rb") as handle:
                raw = handle.read(MAX_FILE_BYTES + 1)  # it may have grown since
    except OSError as exc:
        raise ReadoutFileError(
            CANNOT_READ(path=str(path), reason=exc.strerror or str(exc))
        ) from exc
    finally:
        os.close(fd)
    if len(raw) > MAX_FILE_BYTES:
        raise ReadoutFileError(GREW_TOO_LARGE(path=str(path), limit=str(MAX_FILE_BYTES // _MB)))
    return raw


def decode(raw: bytes, source: Path | str) -> str:
    """``raw`` as UTF-8 text (a BOM allowed); ReadoutFileError names the first bad byte."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ReadoutFileError(
            NOT_UTF8(path=str(source), position=str(exc.start + 1), byte=f"{raw[exc.start]:02X}")
        ) from exc


def remove_leftovers(path: Path) -> int:
    """Remove the temporaries that interrupted saves of ``path`` (or of its backups)
    left beside it; returns how many."""
    path = Path(path)
    backup = re.compile(re.escape(path.name) + r"(\.bak[0-9]*)?")
    return remove_stale_temporaries(path.parent, lambda target: bool(backup.fullmatch(target)))


def load_file(path: Path) -> Parsed:
    """Read and validate the readout at ``path`` (first removing what interrupted saves of
    it left behind)."""
    path = Path(path)
    remove_leftovers(path)
    return parse_text(decode(read_limited(path), path), str(path))


def dumps(readout: Readout) -> str:
    """The readout as the JSON text of a .readout file."""
    return json.dumps(readout_to_dict(readout), ensure_ascii=False, indent=2) + "\n"


def _rotate_backups(path: Path, keep: int) -> None:
    # Oldest first, each backup copied onward in one step (never moved away), so a kill
    # at any moment leaves every backup that existed whole and in place.
    for number in range(keep - 1, 0, -1):
        newer = backup_path(path, number)
        if newer.exists():
            try:
                atomic_copy(newer, backup_path(path, number + 1))
            except WriteError as exc:
                log.warning("backup %s not kept: %s", backup_path(path, number + 1), exc)
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
    remove_leftovers(path)
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
