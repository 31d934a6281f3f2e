"""A Word document being written: its body, sections, headers and footers, properties.

Built on the package's lxml trees (see ``ooxml``), the body as markup (see ``docx_xml``):
python-docx's object layer cost most of an export's time, and importing it a fifth of a
``readout export`` process.
"""

from __future__ import annotations

import copy
import datetime as dt
import os
import re
import zipfile
from pathlib import Path
from typing import Protocol

from lxml import etree

from editor_app.core.export.docx_xml import Para, style_ppr
from editor_app.core.export.ooxml import (
    CT_CORE_PROPERTIES,
    CT_CUSTOM_PROPERTIES,
    CT_DOCUMENT,
    CT_FOOTER,
    CT_HEADER,
    R_NS,
    RT_CORE_PROPERTIES,
    RT_CUSTOM_PROPERTIES,
    RT_FOOTER,
    RT_HEADER,
    RT_OFFICE_DOCUMENT,
    RT_SETTINGS,
    RT_STYLES,
    Package,
    parse_xml,
    template_package,
)
from editor_app.core.wordml import W_NS, w

W_BODY, W_P, W_PPR, W_VAL = w("body"), w("p"), w("pPr"), w("val")
W_SECTPR, W_TBL, W_SDT = w("sectPr"), w("tbl"), w("sdt")
W_TYPE = w("type")
_R_ID = f"{{{R_NS}}}id"

_CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
# The format id every user-defined property carries (ECMA-376 part 1, 22.3.2.2).
_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"

_CP = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
_DC = "http://purl.org/dc/elements/1.1/"
_DCTERMS = "http://purl.org/dc/terms/"
_XSI = "http://www.w3.org/2001/XMLSchema-instance"
_CORE_NAMES = {
    "title": f"{{{_DC}}}title",
    "subject": f"{{{_DC}}}subject",
    "author": f"{{{_DC}}}creator",
    "keywords": f"{{{_CP}}}keywords",
    "comments": f"{{{_DC}}}description",
    "last_modified_by": f"{{{_CP}}}lastModifiedBy",
    "revision": f"{{{_CP}}}revision",
    "created": f"{{{_DCTERMS}}}created",
    "modified": f"{{{_DCTERMS}}}modified",
    "category": f"{{{_CP}}}category",
    "language": f"{{{_DC}}}language",
}

_EMU_PER_TWIP = 635
_EMU_PER_UNIT = {"mm": 36000, "cm": 360000, "in": 914400, "pt": 12700, "pc": 152400, "pi": 152400}
_MEASURE = re.compile(r"(-?\d+(?:\.\d+)?)(mm|cm|in|pt|pc|pi)?")


class Block(Protocol):
    """A paragraph or table of the body, written as markup (see ``docx_xml``)."""

    def render(self) -> str:
        """The block's markup."""
        ...


class NotWordError(ValueError):
    """A reference file that is a package but not a Word document."""


class WordDocument:
    """The package's main document, appended to at the end of the body."""

    def __init__(self, package: Package) -> None:
        self.package = package
        main = package.target("", RT_OFFICE_DOCUMENT)
        if main is None or package.content_type(main) != CT_DOCUMENT:
            raise NotWordError(f"not a Word document (main part {main or 'missing'})")
        self.main = main
        self.element = package.xml(main)
        body = self.element.find(W_BODY)
        if body is None:
            body = etree.SubElement(self.element, W_BODY)
        self.body = body
        sect_pr = body.find(W_SECTPR)
        if sect_pr is None or sect_pr is not body[-1]:
            if sect_pr is not None:
                body.remove(sect_pr)
            else:
                sect_pr = etree.Element(W_SECTPR)
            body.append(sect_pr)
        self.sentinel: etree._Element = sect_pr
        self.blocks: list[Block] = []
        """What the export adds to the body, in order, before the last section's
        properties."""
        self.sections = 1 + sum(1 for _ in body.iterfind(f"{W_P}/{W_PPR}/{W_SECTPR}"))

    @classmethod
    def new(cls, reference: Path | None = None) -> WordDocument:
        """From the bundled template, or from ``reference`` with its body content dropped
        (its final section's page size, margins, headers and footers kept).

        Raises OSError, zipfile.BadZipFile, KeyError, etree.XMLSyntaxError or
        NotWordError for a reference that cannot be used.
        """
        if reference is None:
            return cls(template_package())
        package = Package.read(Path(reference).read_bytes())
        _check_targets(package)
        document = cls(package)
        # Parsed now, so that a broken part is refused here rather than failing later.
        for rel_type in (RT_STYLES, RT_SETTINGS):
            package.xml(document.part_name(rel_type))
        for child in list(document.body)[:-1]:
            document.body.remove(child)
        document.sections = 1
        return document

    @property
    def styles(self) -> etree._Element:
        """The styles part."""
        return self.package.xml(self.part_name(RT_STYLES))

    @property
    def settings(self) -> etree._Element:
        """The settings part."""
        return self.package.xml(self.part_name(RT_SETTINGS))

    def part_name(self, rel_type: str) -> str:
        """The name of the main document's part of ``rel_type`` (styles or settings)."""
        name = self.package.target(self.main, rel_type)
        if name is None or name not in self.package.parts:
            # A reference file without it: the template's, as python-docx did.
            fallback = "word/styles.xml" if rel_type == RT_STYLES else "word/settings.xml"
            template = template_package()
            name = self.package.next_name(fallback.replace(".xml", "%d.xml"))
            self.package.add(name, template.xml(fallback), template.content_type(fallback))
            self.package.relate(self.main, rel_type, name)
        return name

    def add_paragraph(self, style_id: str | None = None, extra: str = "") -> Para:
        """A new paragraph at the end of the body, in paragraph style ``style_id``, with
        ``extra`` paragraph properties (markup, in schema order after the style)."""
        paragraph = Para(style_ppr(style_id, extra))
        self.blocks.append(paragraph)
        return paragraph

    def add_block(self, block: Block) -> None:
        """Append a block (a table) at the end of the body."""
        self.blocks.append(block)

    def add_section(self) -> Para:
        """End the current section on a new page; return the paragraph that ends it.

        The ended section keeps a copy of the last section's properties; the new last
        section drops their header and footer references (it gets its own) and any
        section type (a new page is the default).
        """
        ended = copy.deepcopy(self.sentinel)
        ended.attrib.clear()
        paragraph = Para(etree.tostring(ended, encoding="unicode"))
        self.blocks.append(paragraph)
        for child in list(self.sentinel):
            if child.tag in (w("headerReference"), w("footerReference"), W_TYPE):
                self.sentinel.remove(child)
        self.sections += 1
        return paragraph

    def text_width(self) -> int:
        """The width between the last section's margins, in EMU."""
        size = self.sentinel.find(w("pgSz"))
        margins = self.sentinel.find(w("pgMar"))

        def emu(element: etree._Element | None, name: str) -> int:
            value = None if element is None else element.get(w(name))
            return 0 if value is None else _to_emu(value)

        return emu(size, "w") - emu(margins, "left") - emu(margins, "right")

    def header_footer(self, kind: str) -> etree._Element:
        """The root of the last section's default header or footer ("header" or
        "footer"), its content cleared; a new part when the section has none."""
        sect_pr = self.sentinel
        ref_tag = w(f"{kind}Reference")
        for ref in sect_pr.iterfind(ref_tag):
            if ref.get(W_TYPE) == "default":
                name = self.package.target_of(self.main, ref.get(_R_ID, ""))
                if name is not None and name in self.package.parts:
                    root = self.package.xml(name)
                    for child in list(root):
                        if child.tag in (W_P, W_TBL, W_SDT):
                            root.remove(child)
                    return root
                sect_pr.remove(ref)
        is_header = kind == "header"
        name = self.package.next_name(f"word/{kind}%d.xml")
        root = etree.Element(w("hdr" if is_header else "ftr"), nsmap={"w": W_NS, "r": R_NS})
        self.package.add(name, root, CT_HEADER if is_header else CT_FOOTER)
        rel_id = self.package.relate(self.main, RT_HEADER if is_header else RT_FOOTER, name)
        ref = etree.Element(ref_tag, {W_TYPE: "default", _R_ID: rel_id})
        # Header references come first in a section's properties, then footer references.
        after = list(sect_pr.iterfind(w("headerReference")))
        if not is_header:
            after += list(sect_pr.iterfind(w("footerReference")))
        if after:
            after[-1].addnext(ref)
        else:
            sect_pr.insert(0, ref)
        return root

    def set_core_properties(self, values: dict[str, str | dt.datetime | int]) -> None:
        """Set the core properties named in ``values`` (keys as python-docx names them)."""
        name = self.package.target("", RT_CORE_PROPERTIES)
        if name is None or name not in self.package.parts:
            name = "docProps/core.xml"
            nsmap = {"cp": _CP, "dc": _DC, "dcterms": _DCTERMS, "xsi": _XSI}
            self.package.add(
                name, etree.Element(f"{{{_CP}}}coreProperties", nsmap=nsmap), CT_CORE_PROPERTIES
            )
            self.package.relate("", RT_CORE_PROPERTIES, name)
        root = self.package.xml(name)
        for key, value in values.items():
            tag = _CORE_NAMES[key]
            element = root.find(tag)
            if element is None:
                element = etree.SubElement(root, tag)
            if isinstance(value, dt.datetime):
                element.set(f"{{{_XSI}}}type", "dcterms:W3CDTF")
                element.text = value.strftime("%Y-%m-%dT%H:%M:%SZ")
            else:
                element.text = str(value)

    def set_custom_properties(self, values: dict[str, str]) -> None:
        """Write ``values`` as the document's custom properties (docProps/custom.xml),
        in place of any the reference file had."""
        old = self.package.target("", RT_CUSTOM_PROPERTIES)
        if old is not None:
            self.package.remove(old)
            self.package.unrelate("", RT_CUSTOM_PROPERTIES)
        root = etree.Element(f"{{{_CUSTOM_NS}}}Properties", nsmap={None: _CUSTOM_NS, "vt": _VT_NS})
        for pid, (name, value) in enumerate(values.items(), start=2):
            prop = etree.SubElement(
                root, f"{{{_CUSTOM_NS}}}property", fmtid=_FMTID, pid=str(pid), name=name
            )
            etree.SubElement(prop, f"{{{_VT_NS}}}lpwstr").text = value
        self.package.add("docProps/custom.xml", root, CT_CUSTOM_PROPERTIES)
        self.package.relate("", RT_CUSTOM_PROPERTIES, "docProps/custom.xml")

    def to_bytes(self) -> bytes:
        """The .docx file's bytes (once: the body's markup then joins the document)."""
        body = "".join(block.render() for block in self.blocks)
        if self.body.nsmap.get("w") != W_NS:
            # A reference file that spells the namespace otherwise: let lxml translate.
            wrapper = parse_xml(f'<w:body xmlns:w="{W_NS}">{body}</w:body>'.encode())
            for child in list(wrapper):
                self.sentinel.addprevious(child)
            return self.package.to_bytes()
        marker = f"readout-body-{os.urandom(8).hex()}"
        comment = etree.Comment(marker)
        self.sentinel.addprevious(comment)
        xml = etree.tostring(self.element, xml_declaration=True, encoding="UTF-8", standalone=True)
        self.body.remove(comment)
        self.package.parts[self.main] = xml.replace(
            f"<!--{marker}-->".encode(), body.encode("utf-8"), 1
        )
        return self.package.to_bytes()


def _check_targets(package: Package) -> None:
    """Raise KeyError for a relationship to a part the package lacks (python-docx refused
    such a file, and Word calls it damaged)."""
    for name in [n for n in package.parts if n.endswith(".rels")]:
        folder, leaf = name.rsplit("_rels/", 1) if "_rels/" in name else ("", name)
        source = folder + leaf[: -len(".rels")]
        for _, _, target in package.relationships(source):
            if target not in package.parts:
                raise KeyError(f"{name} names {target}, which the file lacks")


def _to_emu(value: str) -> int:
    match = _MEASURE.fullmatch(value.strip())
    if match is None:
        return 0
    number, unit = match.groups()
    if unit is None:
        return int(number) * _EMU_PER_TWIP if number.lstrip("-").isdigit() else 0
    return int(float(number) * _EMU_PER_UNIT[unit])


def twips(emu: int) -> str:
    """``emu`` in twentieths of a point, as Word's width attributes want it."""
    return str(round(emu / _EMU_PER_TWIP))


REFERENCE_ERRORS = (OSError, zipfile.BadZipFile, KeyError, etree.XMLSyntaxError, NotWordError)
"""What :meth:`WordDocument.new` raises for a reference file it cannot use."""
