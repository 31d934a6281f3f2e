"""An OOXML package in memory, read from and written to a zip with lxml and zipfile.

Parts are kept as bytes until something asks for their XML, so parts an export never
changes (the theme, the font table) are written back as they were read. The Word export
starts from a template package read once per process (:func:`template_package`) and
copies it per export: the parsed trees are deep-copied, the bytes shared.
"""

from __future__ import annotations

import copy
import posixpath
import struct
import threading
import time
import zipfile
import zlib
from collections.abc import Iterator
from importlib import resources
from io import BytesIO
from pathlib import Path

from lxml import etree

from editor_app.core.wordml import safe_parser

R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

RT_OFFICE_DOCUMENT = f"{R_NS}/officeDocument"
RT_STYLES = f"{R_NS}/styles"
RT_SETTINGS = f"{R_NS}/settings"
RT_HEADER = f"{R_NS}/header"
RT_FOOTER = f"{R_NS}/footer"
RT_CUSTOM_PROPERTIES = f"{R_NS}/custom-properties"
RT_CORE_PROPERTIES = (
    "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
)

_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"
CT_DOCUMENT = f"{_WML}.document.main+xml"
CT_STYLES = f"{_WML}.styles+xml"
CT_SETTINGS = f"{_WML}.settings+xml"
CT_HEADER = f"{_WML}.header+xml"
CT_FOOTER = f"{_WML}.footer+xml"
CT_CUSTOM_PROPERTIES = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
CT_CORE_PROPERTIES = "application/vnd.openxmlformats-package.core-properties+xml"
_CT_RELS = "application/vnd.openxmlformats-package.relationships+xml"

CONTENT_TYPES = "[Content_Types].xml"
ZIP_LEVEL = 1
"""Deflate level of the written zip: level 6 cost a third of a small export's time and
made the file only a few per cent smaller."""


def parse_xml(data: bytes) -> etree._Element:
    """Parse one part: no entities, no DTD, no network (a reference file comes from
    outside). A parser per call: lxml parsers are not to be shared between threads."""
    return etree.fromstring(data, safe_parser())


def rels_name(part: str) -> str:
    """The relationships part of ``part`` ("" is the package itself)."""
    folder, leaf = posixpath.split(part)
    return posixpath.join(folder, "_rels", leaf + ".rels")


class Package:
    """Parts by zip name (no leading slash), each bytes or a parsed tree, and their
    content types."""

    def __init__(self) -> None:
        self.parts: dict[str, bytes | etree._Element] = {}
        self.defaults: dict[str, str] = {"rels": _CT_RELS, "xml": "application/xml"}
        self.overrides: dict[str, str] = {}
        self.packed: dict[str, tuple[bytes, int, int, bytes]] = {}
        """Parts compressed in advance: (the bytes compressed, CRC-32, size, deflated)."""

    @classmethod
    def read(cls, source: Path | bytes) -> Package:
        """The package in the zip file (or zip bytes) ``source``.

        Raises zipfile.BadZipFile, OSError, KeyError (no content types) or
        etree.XMLSyntaxError (unreadable content types).
        """
        package = cls()
        stream = BytesIO(source) if isinstance(source, bytes) else source
        with zipfile.ZipFile(stream) as archive:
            for name in archive.namelist():
                if not name.endswith("/"):
                    package.parts[name] = archive.read(name)
        types = package.parts.pop(CONTENT_TYPES)
        root = parse_xml(types if isinstance(types, bytes) else etree.tostring(types))
        for default in root.iter(f"{{{_CT_NS}}}Default"):
            package.defaults[default.get("Extension", "").lower()] = default.get("ContentType", "")
        for override in root.iter(f"{{{_CT_NS}}}Override"):
            package.overrides[override.get("PartName", "").lstrip("/")] = override.get(
                "ContentType", ""
            )
        return package

    def copy(self) -> Package:
        """An independent copy: parsed trees deep-copied, bytes shared."""
        other = Package()
        other.defaults = dict(self.defaults)
        other.overrides = dict(self.overrides)
        other.packed = dict(self.packed)
        other.parts = {
            name: data if isinstance(data, bytes) else copy.deepcopy(data)
            for name, data in self.parts.items()
        }
        return other

    def content_type(self, name: str) -> str:
        """The content type of part ``name``."""
        if name in self.overrides:
            return self.overrides[name]
        return self.defaults.get(posixpath.splitext(name)[1][1:].lower(), "")

    def xml(self, name: str) -> etree._Element:
        """Part ``name`` as a tree (parsed on first use; later changes are saved)."""
        data = self.parts[name]
        if isinstance(data, bytes):
            data = parse_xml(data)
            self.parts[name] = data
        return data

    def add(self, name: str, root: etree._Element, content_type: str) -> None:
        """Add (or replace) part ``name``."""
        self.parts[name] = root
        self.overrides[name] = content_type

    def remove(self, name: str) -> None:
        """Drop part ``name`` and its relationships part."""
        self.parts.pop(name, None)
        self.parts.pop(rels_name(name), None)
        self.overrides.pop(name, None)

    def next_name(self, pattern: str) -> str:
        """The first free name of ``pattern`` ("word/header%d.xml"), counting from 1."""
        n = 1
        while pattern % n in self.parts:
            n += 1
        return pattern % n

    def _rels(self, source: str) -> etree._Element:
        name = rels_name(source) if source else "_rels/.rels"
        if name not in self.parts:
            self.parts[name] = etree.Element(f"{{{_REL_NS}}}Relationships", nsmap={None: _REL_NS})
        return self.xml(name)

    def relationships(self, source: str) -> Iterator[tuple[str, str, str]]:
        """(id, type, target part name) of the internal relationships of ``source``."""
        folder = posixpath.dirname(source)
        for rel in self._rels(source).iter(f"{{{_REL_NS}}}Relationship"):
            if rel.get("TargetMode") == "External":
                continue
            target = rel.get("Target", "")
            joined = target.lstrip("/") if target.startswith("/") else f"{folder}/{target}"
            yield rel.get("Id", ""), rel.get("Type", ""), posixpath.normpath(joined.lstrip("/"))

    def target(self, source: str, rel_type: str) -> str | None:
        """The part the first relationship of ``rel_type`` from ``source`` points to."""
        return next((t for _, kind, t in self.relationships(source) if kind == rel_type), None)

    def target_of(self, source: str, rel_id: str) -> str | None:
        """The part relationship ``rel_id`` of ``source`` points to."""
        return next((t for i, _, t in self.relationships(source) if i == rel_id), None)

    def relate(self, source: str, rel_type: str, target: str) -> str:
        """Relate ``source`` to part ``target``; return the new relationship's id."""
        rels = self._rels(source)
        taken = {rel.get("Id") for rel in rels}
        n = 1
        while f"rId{n}" in taken:
            n += 1
        folder = posixpath.dirname(source)
        relative = posixpath.relpath(target, folder) if folder else target
        etree.SubElement(
            rels,
            f"{{{_REL_NS}}}Relationship",
            Id=f"rId{n}",
            Type=rel_type,
            Target=relative,
        )
        return f"rId{n}"

    def unrelate(self, source: str, rel_type: str) -> None:
        """Drop every relationship of ``rel_type`` from ``source``."""
        rels = self._rels(source)
        for rel in list(rels):
            if rel.get("Type") == rel_type:
                rels.remove(rel)

    def pack(self, name: str) -> None:
        """Compress part ``name`` (bytes) now, for every copy of this package to reuse."""
        data = self.parts[name]
        if isinstance(data, bytes):
            self.packed[name] = (data, *packed(data))

    def to_bytes(self) -> bytes:
        """The package as a zip: content types first, then the package relationships."""
        types = etree.Element(f"{{{_CT_NS}}}Types", nsmap={None: _CT_NS})
        for ext, kind in self.defaults.items():
            etree.SubElement(types, f"{{{_CT_NS}}}Default", Extension=ext, ContentType=kind)
        for name, kind in self.overrides.items():
            if name in self.parts:
                etree.SubElement(
                    types, f"{{{_CT_NS}}}Override", PartName=f"/{name}", ContentType=kind
                )
        names = sorted(self.parts, key=lambda n: (n != "_rels/.rels", n.endswith(".rels")))
        entries: list[tuple[str, int, int, bytes]] = []
        for name, data in [(CONTENT_TYPES, types), *((n, self.parts[n]) for n in names)]:
            if not isinstance(data, bytes):
                data = etree.tostring(data, xml_declaration=True, encoding="UTF-8", standalone=True)
            ready = self.packed.get(name)
            if ready is not None and ready[0] is data:
                entries.append((name, *ready[1:]))
            else:
                entries.append((name, *packed(data)))
        return write_zip(entries)


def packed(data: bytes) -> tuple[int, int, bytes]:
    """(CRC-32, size, raw deflate at :data:`ZIP_LEVEL`) of ``data``."""
    return zlib.crc32(data), len(data), zlib.compress(data, ZIP_LEVEL, wbits=-15)


_LOCAL = struct.Struct("<IHHHHHIIIHH")
_CENTRAL = struct.Struct("<IHHHHHHIIIHHHHHII")
_END = struct.Struct("<IHHHHIIH")
_DEFLATE, _VERSION, _UTF8 = 8, 20, 0x800


def write_zip(entries: list[tuple[str, int, int, bytes]]) -> bytes:
    """A zip of (name, CRC-32, size, deflated data) entries, in order.

    Written here rather than with zipfile, which cost a tenth of an export in per-entry
    bookkeeping and could not take parts compressed in advance. Beyond the classic
    format's limits (4 GB, 65,535 entries) zipfile writes it, with ZIP64.
    """
    total = sum(len(data) + 30 + 2 * len(name) + 46 for name, _, _, data in entries)
    if total >= 0xFFFFFFFF or len(entries) >= 0xFFFF:
        return _zip64(entries)
    year, month, day, hour, minute, second = time.localtime()[:6]
    date = (year - 1980) << 9 | month << 5 | day
    clock = hour << 11 | minute << 5 | second // 2
    out: list[bytes] = []
    central: list[bytes] = []
    offset = 0
    for name, crc, size, data in entries:
        raw = name.encode("utf-8")
        flags = 0 if raw.isascii() else _UTF8
        head = (_DEFLATE, clock, date, crc, len(data), size, len(raw))
        local = _LOCAL.pack(0x04034B50, _VERSION, flags, *head, 0) + raw
        central.append(
            _CENTRAL.pack(0x02014B50, _VERSION, _VERSION, flags, *head, 0, 0, 0, 0, 0, offset) + raw
        )
        out += (local, data)
        offset += len(local) + len(data)
    directory = b"".join(central)
    end = _END.pack(0x06054B50, 0, 0, len(entries), len(entries), len(directory), offset, 0)
    return b"".join(out) + directory + end


def _zip64(entries: list[tuple[str, int, int, bytes]]) -> bytes:
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=ZIP_LEVEL) as out:
        for name, _, _, data in entries:
            info = zipfile.ZipInfo(name, time.localtime()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(info, zlib.decompress(data, wbits=-15), compresslevel=ZIP_LEVEL)
    return buffer.getvalue()


_TEMPLATE: Package | None = None
_TEMPLATE_LOCK = threading.Lock()
# The parts every export changes: parsed once here, deep-copied per export. The others
# are compressed once here (styles and settings per language, by ``docx.py``).
_EDITED = (
    "_rels/.rels",
    "word/document.xml",
    "word/_rels/document.xml.rels",
    "docProps/core.xml",
)


def template_package() -> Package:
    """A fresh copy of the bundled template (``resources/word/template.docx``)."""
    global _TEMPLATE
    with _TEMPLATE_LOCK:
        if _TEMPLATE is None:
            data = resources.files("editor_app.resources").joinpath("word/template.docx")
            template = Package.read(data.read_bytes())
            for name in list(template.parts):
                if name in _EDITED:
                    template.xml(name)
                else:
                    template.pack(name)
            _TEMPLATE = template
        return _TEMPLATE.copy()
