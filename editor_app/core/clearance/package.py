"""Open a returned Word file defensively and hand back the XML parts the reader needs.

A cleared copy comes from outside: it may not be a Word file at all, may be a zip bomb
(python-docx inflates a 1 GiB part before it fails), may carry a DOCTYPE with entities
(python-docx silently loses the paragraph), or may lack parts. Sizes are checked as stated
in the zip and again as read, any DOCTYPE is refused, and XML is parsed by lxml with
entities, DTDs and the network off. Every refusal is one :class:`ClearedCopyError` whose
message starts "not a usable cleared copy".
"""

from __future__ import annotations

import posixpath
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lxml import etree

from editor_app.core.messages import Message, MessageError, define
from editor_app.core.wordml import safe_parser

MAX_FILE_BYTES = 50 * 1024 * 1024
"""A cleared copy larger than this is refused before it is opened."""
MAX_PART_BYTES = 64 * 1024 * 1024
"""An XML part (the document, the comments) inflated beyond this is refused."""
MAX_ENTRIES = 5_000

NOT_USABLE = define(
    "clearance.not-usable",
    "{file}: not a usable cleared copy: {reason}",
    "{file}: no es una copia aprobada utilizable: {reason}",
)
NOT_A_FILE = define("clearance.not-a-file", "it is not a regular file", "no es un archivo normal")
NOT_FOUND = define("clearance.not-found", "the file does not exist", "el archivo no existe")
UNREADABLE = define(
    "clearance.unreadable", "it cannot be read ({error})", "no se puede leer ({error})"
)
TOO_LARGE = define(
    "clearance.too-large",
    "it is larger than {limit} MB",
    "ocupa más de {limit} MB",
)
NOT_WORD = define(
    "clearance.not-word",
    "it is not a Word document (.docx)",
    "no es un documento de Word (.docx)",
)
TOO_MANY_ENTRIES = define(
    "clearance.too-many-entries",
    "it holds more than {limit} files inside",
    "contiene más de {limit} archivos internos",
)
PART_TOO_LARGE = define(
    "clearance.part-too-large",
    "its part {part} would inflate beyond {limit} MB (a zip bomb?)",
    "su parte {part} ocuparía más de {limit} MB descomprimida (¿una bomba zip?)",
)
MISSING_PART = define(
    "clearance.missing-part",
    "its part {part} is missing",
    "falta su parte {part}",
)
DOCTYPE = define(
    "clearance.doctype",
    "its part {part} declares a DOCTYPE, which Word files never do",
    "su parte {part} declara un DOCTYPE, que los archivos de Word nunca llevan",
)
BAD_XML = define(
    "clearance.bad-xml",
    "its part {part} is not well-formed XML ({error})",
    "su parte {part} no es XML bien formado ({error})",
)

_DOCUMENT_TYPE = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
)
_COMMENTS_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
_CUSTOM_TYPE = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"
)
_RELS_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"


class ClearedCopyError(MessageError, ValueError):
    """A returned file the import cannot use; ``about`` says why in both UI languages."""


@dataclass(frozen=True)
class ClearedPackage:
    """The XML of a cleared copy: its main document, comments and custom properties."""

    document: Any
    comments: Any | None
    custom_properties: Any | None


def open_cleared_copy(path: Path) -> ClearedPackage:
    """The parsed parts of the .docx at ``path``; raises :class:`ClearedCopyError`."""
    path = Path(path)

    def refuse(reason: Message) -> ClearedCopyError:
        return ClearedCopyError(NOT_USABLE(file=str(path), reason=reason))

    try:
        info = path.stat()
    except FileNotFoundError as exc:
        raise refuse(NOT_FOUND()) from exc
    except OSError as exc:
        raise refuse(UNREADABLE(error=exc.strerror or str(exc))) from exc
    if not path.is_file():
        raise refuse(NOT_A_FILE())
    if info.st_size > MAX_FILE_BYTES:
        raise refuse(TOO_LARGE(limit=str(MAX_FILE_BYTES // (1024 * 1024))))
    try:
        with zipfile.ZipFile(path) as archive:
            return _read_parts(archive, refuse)
    except zipfile.BadZipFile as exc:
        raise refuse(NOT_WORD()) from exc
    except OSError as exc:
        raise refuse(UNREADABLE(error=exc.strerror or str(exc))) from exc


def _read_parts(archive: zipfile.ZipFile, refuse: Any) -> ClearedPackage:
    entries = archive.infolist()
    if len(entries) > MAX_ENTRIES:
        raise refuse(TOO_MANY_ENTRIES(limit=str(MAX_ENTRIES)))
    names = {entry.filename: entry for entry in entries}

    def xml(name: str) -> Any:
        entry = names.get(name)
        if entry is None:
            raise refuse(MISSING_PART(part=name))
        limit = str(MAX_PART_BYTES // (1024 * 1024))
        if entry.file_size > MAX_PART_BYTES:
            raise refuse(PART_TOO_LARGE(part=name, limit=limit))
        with archive.open(entry) as stream:
            data = stream.read(MAX_PART_BYTES + 1)
        if len(data) > MAX_PART_BYTES:
            raise refuse(PART_TOO_LARGE(part=name, limit=limit))
        return _parse(name, data, refuse)

    if "[Content_Types].xml" not in names:
        raise refuse(NOT_WORD())
    package_rels = xml("_rels/.rels") if "_rels/.rels" in names else None
    main = _target(package_rels, _DOCUMENT_TYPE, "") or "word/document.xml"
    document = xml(main)
    folder, leaf = posixpath.split(main)
    rels_name = posixpath.join(folder, "_rels", leaf + ".rels")
    document_rels = xml(rels_name) if rels_name in names else None
    comments_name = _target(document_rels, _COMMENTS_TYPE, folder)
    custom_name = _target(package_rels, _CUSTOM_TYPE, "")
    return ClearedPackage(
        document=document,
        comments=xml(comments_name) if comments_name in names else None,
        custom_properties=xml(custom_name) if custom_name in names else None,
    )


def _parse(name: str, data: bytes, refuse: Any) -> Any:
    try:
        root = etree.fromstring(data, safe_parser())
    except etree.XMLSyntaxError as exc:
        raise refuse(BAD_XML(part=name, error=str(exc))) from exc
    # Entities are never expanded above; a DOCTYPE is refused outright all the same.
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None:
        raise refuse(DOCTYPE(part=name))
    return root


def _target(rels: Any, rel_type: str, folder: str) -> str:
    """The part a relationship of ``rel_type`` points to, as a name inside the zip."""
    if rels is None:
        return ""
    for rel in rels.iter(f"{_RELS_NS}Relationship"):
        if rel.get("Type") == rel_type and rel.get("TargetMode") != "External":
            target = rel.get("Target", "")
            joined = (
                target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
            )
            return posixpath.normpath(joined)
    return ""
