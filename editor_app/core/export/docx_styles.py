"""Named Word styles and language-tagged runs for the .docx export.

Every style is created only when the base document does not define it, so a reference
.docx (the office's house style) wins for any style it carries. Paragraphs and runs are
lxml elements (``w:p``, ``w:r``); see ``docx_document``.
"""

from __future__ import annotations

import copy
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass

from lxml import etree

from editor_app.core.export.docx_document import W_P, W_PPR, W_PSTYLE, W_VAL
from editor_app.core.export.no_proof import NoProofFinder
from editor_app.core.export.ooxml import W_NS, XML_SPACE, w
from editor_app.core.export.text import clean_text

log = logging.getLogger(__name__)

BODY_FONT = "Times New Roman"
BODY_SIZE = 14  # points

TITLE = "Readout Title"
DATE = "Readout Date"
DATELINE = "Readout Dateline"  # a character style: the dateline runs into the lead paragraph
ATTRIBUTION = "Readout Attribution"
BODY = "Readout Body"
CLOSING = "Readout Closing"
COLUMN_HEAD = "Readout Column Head"
MARKING = "Readout Marking"
FOOTER = "Readout Footer"
CLEARANCE_HEADING = "Readout Clearance Heading"
CLEARANCE_TEXT = "Readout Clearance Text"

PART_STYLES: dict[str, str] = {
    "title": TITLE,
    "label": DATE,
    "office": DATE,
    "release_date": DATE,
    "attribution": ATTRIBUTION,
    "lead": BODY,
    "closing": CLOSING,
    "original": CLOSING,
}

W_R, W_RPR, W_T, W_LANG = w("r"), w("rPr"), w("t"), w("lang")
W_RSTYLE, W_B, W_NOPROOF, W_RTL, W_CS = w("rStyle"), w("b"), w("noProof"), w("rtl"), w("cs")
W_STYLE, W_NAME, W_STYLE_ID = w("style"), w("name"), w("styleId")
_TAB, _BR = w("tab"), w("br")


def style_for(key: str) -> str:
    """The paragraph style of a draft part key (talking points use the body style)."""
    return PART_STYLES.get(key, BODY)


@dataclass(frozen=True)
class _Spec:
    name: str
    bold: bool = False
    italic: bool = False
    size: float | None = None
    center: bool = False
    space_before: float = 0
    space_after: float = 0
    keep_with_next: bool = False
    char: bool = False
    grey: bool = False


_SPECS: tuple[_Spec, ...] = (
    _Spec(TITLE, bold=True, size=16, space_after=10, keep_with_next=True),
    _Spec(DATE, space_after=12, keep_with_next=True),
    _Spec(ATTRIBUTION, italic=True, space_after=10),
    _Spec(BODY, space_after=10),
    _Spec(CLOSING, italic=True, size=12, space_before=6, space_after=10),
    _Spec(DATELINE, char=True),
    _Spec(COLUMN_HEAD, bold=True, size=11, space_after=2, grey=True),
    _Spec(MARKING, bold=True, size=11, center=True),
    _Spec(FOOTER, size=10, center=True),
    _Spec(CLEARANCE_HEADING, bold=True, size=16, space_after=12, keep_with_next=True),
    _Spec(CLEARANCE_TEXT, size=11, space_after=4),
)


def _sub(parent: etree._Element, name: str, **attrs: str) -> etree._Element:
    return etree.SubElement(parent, w(name), {w(k): v for k, v in attrs.items()})


def _first(parent: etree._Element, name: str, before: tuple[str, ...] = ()) -> etree._Element:
    """``parent``'s child ``name``, added (before the first of ``before``) if missing."""
    found = parent.find(w(name))
    if found is not None:
        return found
    element = etree.Element(w(name))
    for successor in before:
        anchor = parent.find(w(successor))
        if anchor is not None:
            anchor.addprevious(element)
            return element
    parent.append(element)
    return element


# CT_Style and CT_RPr are sequences: what may follow the children we add.
_AFTER_RPR = ("tblPr", "trPr", "tcPr", "tblStylePr")
_AFTER_FONTS = ("b", "bCs", "i", "iCs", "caps", "color", "sz", "szCs", "lang")
_AFTER_SZ = ("szCs", "highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign", "lang")


def add_styles(styles: etree._Element, *, house_fonts: bool) -> dict[str, str]:
    """Add the readout styles the styles part lacks; return each readout style's id by name.

    ``house_fonts`` is False when there is no reference document: the Normal style then
    gets the default body font (Times New Roman 14), which every readout style inherits.
    """
    existing: dict[str, etree._Element] = {}
    for style in styles.iterfind(W_STYLE):
        name = style.find(W_NAME)
        if name is not None and name.get(W_VAL) is not None:
            existing[name.get(W_VAL, "")] = style
    normal = existing.get("Normal")
    if normal is not None and not house_fonts:
        rpr = _first(normal, "rPr", _AFTER_RPR)
        fonts = _first(rpr, "rFonts", _AFTER_FONTS)
        for attr in ("ascii", "hAnsi", "cs", "eastAsia"):
            # Complex-script and East Asian text (a right-to-left name) use the same face.
            fonts.set(w(attr), BODY_FONT)
        _first(rpr, "sz", _AFTER_SZ).set(W_VAL, str(BODY_SIZE * 2))
    normal_id = None if normal is None else normal.get(W_STYLE_ID)
    ids: dict[str, str] = {}
    for spec in _SPECS:
        if spec.name in existing:
            ids[spec.name] = existing[spec.name].get(W_STYLE_ID, "")
            continue
        style_id = spec.name.replace(" ", "")
        ids[spec.name] = style_id
        styles.append(_new_style(spec, style_id, normal_id))
    return ids


def _new_style(spec: _Spec, style_id: str, normal_id: str | None) -> etree._Element:
    style = etree.Element(
        W_STYLE,
        {
            w("type"): "character" if spec.char else "paragraph",
            w("customStyle"): "1",
            W_STYLE_ID: style_id,
        },
    )
    _sub(style, "name", val=spec.name)
    if not spec.char and normal_id:
        _sub(style, "basedOn", val=normal_id)
    _sub(style, "uiPriority", val="1")
    _sub(style, "qFormat")
    if not spec.char:
        ppr = _sub(style, "pPr")
        if spec.keep_with_next:
            _sub(ppr, "keepNext")
        _sub(ppr, "spacing", before=_twips(spec.space_before), after=_twips(spec.space_after))
        if spec.center:
            _sub(ppr, "jc", val="center")
    rpr = _sub(style, "rPr")
    if spec.bold:
        _sub(rpr, "b")
    if spec.italic:
        _sub(rpr, "i")
    if spec.grey:
        _sub(rpr, "color", val="595959")
    if spec.size is not None:
        _sub(rpr, "sz", val=str(round(spec.size * 2)))
    return style


def _twips(points: float) -> str:
    return str(round(points * 20))


def set_style(paragraph: etree._Element, style_id: str) -> None:
    """Give ``paragraph`` (a ``w:p``) the paragraph style ``style_id``."""
    ppr = paragraph.find(W_PPR)
    if ppr is None:
        ppr = etree.Element(W_PPR)
        paragraph.insert(0, ppr)
    pstyle = ppr.find(W_PSTYLE)
    if pstyle is None:
        pstyle = etree.Element(W_PSTYLE)
        ppr.insert(0, pstyle)
    pstyle.set(W_VAL, style_id)


def new_paragraph(parent: etree._Element, style_id: str) -> etree._Element:
    """A new paragraph at the end of ``parent`` (a header, footer or cell) in ``style_id``."""
    p = etree.SubElement(parent, W_P)
    etree.SubElement(etree.SubElement(p, W_PPR), W_PSTYLE, {W_VAL: style_id})
    return p


def set_default_language(styles: etree._Element, settings: etree._Element, tag: str) -> None:
    """Make ``tag`` the proofing language of the style defaults and of the theme fonts."""
    defaults = styles.find(w("docDefaults"))
    if defaults is None:
        defaults = etree.Element(w("docDefaults"))
        styles.insert(0, defaults)
    rpr_default = defaults.find(w("rPrDefault"))
    if rpr_default is None:
        rpr_default = etree.Element(w("rPrDefault"))
        defaults.insert(0, rpr_default)
    rpr = _first(rpr_default, "rPr")
    # w:lang comes after every other run property we write except these three.
    _first(rpr, "lang", ("eastAsianLayout", "specVanish", "oMath")).set(W_VAL, tag)
    theme_lang = settings.find(w("themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(W_VAL, tag)


_PLAIN = re.compile(r"[^\t\n\r]+")
"""Text that holds no tab or line break (those become elements of their own)."""
_PIECES = re.compile(r"[^\t\n\r]+|[\t\n\r]")


def add_text(run: etree._Element, text: str) -> None:
    """Append ``text`` to ``run``: tabs and line breaks as ``w:tab`` and ``w:br``."""
    if _PLAIN.fullmatch(text):
        _add_t(run, text)
        return
    for piece in _PIECES.findall(text):
        if piece == "\t":
            etree.SubElement(run, _TAB)
        elif piece in "\r\n":
            etree.SubElement(run, _BR)
        else:
            _add_t(run, piece)


def _add_t(run: etree._Element, text: str) -> None:
    t = etree.SubElement(run, W_T)
    t.text = text
    if len(text.strip()) < len(text):
        t.set(XML_SPACE, "preserve")


class RunWriter:
    """Writes text as runs tagged with one proofing language.

    Officials' names (and any right-to-left stretch, which is a name in practice) are
    written as separate runs marked no-proof, so the spell checker skips them.
    """

    def __init__(self, tag: str, names: Iterable[str] = ()) -> None:
        self.tag = tag
        self._no_proof = NoProofFinder(names)
        # An empty run per kind of run properties: copying one costs half of building
        # the run and its properties element by element.
        self._empty: dict[tuple[str | None, bool, bool, bool], etree._Element] = {}

    def write(
        self,
        paragraph: etree._Element,
        text: str,
        *,
        char_style: str | None = None,
        bold: bool = False,
    ) -> None:
        """Append ``text`` to ``paragraph`` (a ``w:p``; hostile characters cleaned).

        ``char_style`` is a character style *id* (see :func:`add_styles`).
        """
        text = clean_text(text)
        pos = 0
        for start, end, rtl in self._no_proof.spans(text):
            if start > pos:
                self.run(paragraph, text[pos:start], char_style=char_style, bold=bold)
            self.run(
                paragraph,
                text[start:end],
                char_style=char_style,
                bold=bold,
                no_proof=True,
                rtl=rtl,
            )
            pos = end
        if pos < len(text) or not text:
            self.run(paragraph, text[pos:], char_style=char_style, bold=bold)

    def run(
        self,
        paragraph: etree._Element,
        text: str,
        *,
        char_style: str | None = None,
        bold: bool = False,
        no_proof: bool = False,
        rtl: bool = False,
    ) -> etree._Element:
        """Add one run with the writer's language (``text`` must already be clean)."""
        kind = (char_style, bold, no_proof, rtl)
        empty = self._empty.get(kind)
        if empty is None:
            empty = etree.Element(W_R, nsmap={"w": W_NS})
            tag_run(empty, self.tag, char_style=char_style, bold=bold, no_proof=no_proof, rtl=rtl)
            self._empty[kind] = empty
        run = copy.copy(empty)
        paragraph.append(run)
        if text:
            add_text(run, text)
        return run


def tag_run(
    run: etree._Element,
    tag: str,
    *,
    char_style: str | None = None,
    bold: bool = False,
    no_proof: bool = False,
    rtl: bool = False,
) -> None:
    """Give a new, empty ``run`` its properties, in the schema's order (CT_RPr is a
    sequence): style, bold, no-proof, right-to-left, proofing language."""
    rpr = etree.SubElement(run, W_RPR)
    if char_style:
        etree.SubElement(rpr, W_RSTYLE, {W_VAL: char_style})
    if bold:
        etree.SubElement(rpr, W_B)
    if no_proof:
        etree.SubElement(rpr, W_NOPROOF)
    if rtl:
        etree.SubElement(rpr, W_RTL)
        etree.SubElement(rpr, W_CS)
    etree.SubElement(rpr, W_LANG, {W_VAL: tag})
