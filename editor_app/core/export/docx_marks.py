"""Marks that let the clearance import find each part again: bookmarks and properties.

Each part of each language is wrapped in a bookmark named by ``clearance.marks`` (see
there for why bookmarks), and the file records in custom document properties which
readout, and which revision of it, it was exported from.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree

from editor_app.core.clearance.marks import END_MARK, ID_PROPERTY, REVISION_PROPERTY, mark_name
from editor_app.core.draft import Lang
from editor_app.core.export.docx_redline import Redliner
from editor_app.core.export.docx_styles import RunWriter

_CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
# The format id every user-defined property carries (ECMA-376 part 1, 22.3.2.2).
_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"


class PartMarks:
    """Wraps each part in its bookmark (ids unique in one document); with a text each part
    had before (``since``), writes the part as tracked changes from it."""

    def __init__(
        self, since: Mapping[tuple[str, str], str] | None = None, redliner: Redliner | None = None
    ) -> None:
        self._next = 0
        self._since = since or {}
        self._redliner = redliner or Redliner("")

    def write(
        self,
        paragraph: Any,
        lang: Lang,
        key: str,
        text: str,
        writer: RunWriter,
        char_style: str | None = None,
    ) -> None:
        """Write part ``key`` of ``lang`` in its bookmark, redlined where it changed."""
        before = self._since.get((lang, key))
        if before is None or before == text:
            self.wrap(
                paragraph, lang, key, lambda: writer.write(paragraph, text, char_style=char_style)
            )
        else:
            self.wrap(
                paragraph, lang, key, lambda: self._redliner.write(paragraph, writer, before, text)
            )

    def wrap(self, paragraph: Any, lang: Lang, key: str, write: Callable[[], None]) -> None:
        """Bookmark part ``key`` of ``lang`` around what ``write`` adds to ``paragraph``."""
        number = self._start(paragraph, mark_name(lang, key))
        write()
        self._end(paragraph, number)

    def end_of_drafts(self, paragraph: Any) -> None:
        """Mark where the drafts end (at the start of ``paragraph``, the clearance sheet's)."""
        number = self._start(paragraph, END_MARK, first=True)
        self._end(paragraph, number, after_start=True)

    def _start(self, paragraph: Any, name: str, first: bool = False) -> int:
        self._next += 1
        start = OxmlElement("w:bookmarkStart")
        start.set(qn("w:id"), str(self._next))
        start.set(qn("w:name"), name)
        p = paragraph._p
        if first:
            properties = p.pPr
            p.insert(0 if properties is None else 1, start)
        else:
            p.append(start)
        return self._next

    def _end(self, paragraph: Any, number: int, after_start: bool = False) -> None:
        end = OxmlElement("w:bookmarkEnd")
        end.set(qn("w:id"), str(number))
        p = paragraph._p
        if after_start:
            starts = p.findall(qn("w:bookmarkStart"))
            starts[-1].addnext(end) if starts else p.append(end)
        else:
            p.append(end)


def set_custom_properties(document: Any, values: dict[str, str]) -> None:
    """Write ``values`` as the document's custom properties (docProps/custom.xml)."""
    root = etree.Element(f"{{{_CUSTOM_NS}}}Properties", nsmap={None: _CUSTOM_NS, "vt": _VT_NS})
    for pid, (name, value) in enumerate(values.items(), start=2):
        prop = etree.SubElement(
            root, f"{{{_CUSTOM_NS}}}property", fmtid=_FMTID, pid=str(pid), name=name
        )
        etree.SubElement(prop, f"{{{_VT_NS}}}lpwstr").text = value
    xml = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    package = document.part.package
    part = Part(
        PackURI("/docProps/custom.xml"),
        CONTENT_TYPE.OFC_CUSTOM_PROPERTIES,
        xml,
        package,
    )
    package.relate_to(part, RELATIONSHIP_TYPE.CUSTOM_PROPERTIES)


def source_properties(uid: str, revision: str) -> dict[str, str]:
    """The custom properties naming the readout and revision a file came from."""
    return {ID_PROPERTY: uid, REVISION_PROPERTY: revision}
