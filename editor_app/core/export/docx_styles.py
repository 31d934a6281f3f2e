"""Named Word styles and language-tagged runs for the .docx export.

Every style is created only when the base document does not define it, so a reference
.docx (the office's house style) wins for any style it carries. Runs are written as
markup into a paragraph (``docx_xml.Para``).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass

from lxml import etree

from editor_app.core.export.docx_document import W_VAL
from editor_app.core.export.docx_xml import Para, attr, text
from editor_app.core.export.no_proof import NoProofFinder
from editor_app.core.export.text import clean_text
from editor_app.core.wordml import w

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

W_STYLE, W_NAME, W_STYLE_ID = w("style"), w("name"), w("styleId")


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


def run_content(value: str, tag: str = "w:t") -> str:
    """The markup of ``value`` inside a run: text in ``tag`` elements (``w:delText`` for
    deleted text), tabs and line breaks as ``w:tab`` and ``w:br``."""
    if _PLAIN.fullmatch(value):
        return _text_element(value, tag)
    out = []
    for piece in _PIECES.findall(value):
        if piece == "\t":
            out.append("<w:tab/>")
        elif piece in "\r\n":
            out.append("<w:br/>")
        else:
            out.append(_text_element(piece, tag))
    return "".join(out)


def _text_element(value: str, tag: str) -> str:
    space = ' xml:space="preserve"' if len(value.strip()) < len(value) else ""
    return f"<{tag}{space}>{text(value)}</{tag}>"


class RunWriter:
    """Writes text as runs tagged with one proofing language.

    Officials' names (and any right-to-left stretch, which is a name in practice) are
    written as separate runs marked no-proof, so the spell checker skips them.
    """

    def __init__(self, tag: str, names: Iterable[str] = ()) -> None:
        self.tag = tag
        self._no_proof = NoProofFinder(names)
        self._starts: dict[tuple[str | None, bool, bool, bool], str] = {}

    def write(
        self,
        paragraph: Para,
        value: str,
        *,
        char_style: str | None = None,
        bold: bool = False,
        deleted: bool = False,
    ) -> None:
        """Append ``value`` to ``paragraph`` (hostile characters cleaned).

        ``char_style`` is a character style *id* (see :func:`add_styles`); ``deleted``
        text is written as ``w:delText`` (the caller wraps it in ``w:del``).
        """
        value = clean_text(value)
        pos = 0
        tag = "w:delText" if deleted else "w:t"
        for start, end, rtl in self._no_proof.spans(value):
            if start > pos:
                self.run(paragraph, value[pos:start], char_style=char_style, bold=bold, tag=tag)
            self.run(
                paragraph,
                value[start:end],
                char_style=char_style,
                bold=bold,
                no_proof=True,
                rtl=rtl,
                tag=tag,
            )
            pos = end
        if pos < len(value) or not value:
            self.run(paragraph, value[pos:], char_style=char_style, bold=bold, tag=tag)

    def run(
        self,
        paragraph: Para,
        value: str,
        *,
        char_style: str | None = None,
        bold: bool = False,
        no_proof: bool = False,
        rtl: bool = False,
        tag: str = "w:t",
    ) -> None:
        """Add one run with the writer's language (``value`` must already be clean)."""
        start = self.start(char_style=char_style, bold=bold, no_proof=no_proof, rtl=rtl)
        content = run_content(value, tag) if value else ""
        paragraph.xml.append(f"{start}{content}</w:r>")

    def start(
        self,
        *,
        char_style: str | None = None,
        bold: bool = False,
        no_proof: bool = False,
        rtl: bool = False,
    ) -> str:
        """A run's start tag and properties, in the schema's order (CT_RPr is a
        sequence): style, bold, no-proof, right-to-left, proofing language."""
        kind = (char_style, bold, no_proof, rtl)
        found = self._starts.get(kind)
        if found is None:
            style = f'<w:rStyle w:val="{attr(char_style)}"/>' if char_style else ""
            found = (
                f"<w:r><w:rPr>{style}{'<w:b/>' if bold else ''}"
                f"{'<w:noProof/>' if no_proof else ''}{'<w:rtl/><w:cs/>' if rtl else ''}"
                f'<w:lang w:val="{attr(self.tag)}"/></w:rPr>'
            )
            self._starts[kind] = found
        return found
