"""Named Word styles and language-tagged runs for the .docx export.

Every style is created only when the base document does not define it, so a reference
.docx (the office's house style) wins for any style it carries.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from docx.styles.style import StyleFactory

from editor_app.core.export.no_proof import NoProofFinder
from editor_app.core.export.text import clean_text

log = logging.getLogger(__name__)

BODY_FONT = "Times New Roman"
BODY_SIZE = Pt(14)

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


def style_for(key: str) -> str:
    """The paragraph style of a draft part key (talking points use the body style)."""
    return PART_STYLES.get(key, BODY)


@dataclass(frozen=True)
class _Spec:
    name: str
    bold: bool = False
    italic: bool = False
    size: float | None = None
    align: Any = None
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
    _Spec(MARKING, bold=True, size=11, align=WD_ALIGN_PARAGRAPH.CENTER),
    _Spec(FOOTER, size=10, align=WD_ALIGN_PARAGRAPH.CENTER),
    _Spec(CLEARANCE_HEADING, bold=True, size=16, space_after=12, keep_with_next=True),
    _Spec(CLEARANCE_TEXT, size=11, space_after=4),
)


def add_styles(document: Any, *, house_fonts: bool) -> dict[str, str]:
    """Add the readout styles the document lacks; return each readout style's id by name.

    ``house_fonts`` is False when there is no reference document: the Normal style then
    gets the default body font (Times New Roman 14), which every readout style inherits.
    Callers set styles by id: python-docx's lookup by name scans every style each time.
    """
    styles = document.styles
    normal = styles["Normal"]
    if not house_fonts:
        normal.font.name = BODY_FONT
        normal.font.size = BODY_SIZE
        fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
        # Complex-script and East Asian text (a right-to-left name) use the same face.
        fonts.set(qn("w:cs"), BODY_FONT)
        fonts.set(qn("w:eastAsia"), BODY_FONT)
    ids: dict[str, str] = {}
    existing = {style.name: style for style in styles}
    for spec in _SPECS:
        if spec.name in existing:
            ids[spec.name] = existing[spec.name].style_id
            continue
        kind = WD_STYLE_TYPE.CHARACTER if spec.char else WD_STYLE_TYPE.PARAGRAPH
        # Styles.add_style would scan every style by name again to refuse a duplicate;
        # ``existing`` has already said this one is new.
        style: Any = StyleFactory(styles.element.add_style_of_type(spec.name, kind, False))
        style.quick_style = True
        style.priority = 1
        ids[spec.name] = style.style_id
        font = style.font
        font.bold = spec.bold or None
        font.italic = spec.italic or None
        if spec.size is not None:
            font.size = Pt(spec.size)
        if spec.grey:
            font.color.rgb = RGBColor(0x59, 0x59, 0x59)
        if spec.char:
            continue
        style.base_style = normal
        fmt = style.paragraph_format
        fmt.space_before = Pt(spec.space_before)
        fmt.space_after = Pt(spec.space_after)
        fmt.keep_with_next = spec.keep_with_next or None
        if spec.align is not None:
            fmt.alignment = spec.align
    return ids


def add_styled(container: Any, style_id: str) -> Any:
    """A new paragraph at the end of ``container`` (document, header, cell) in ``style_id``."""
    paragraph = container.add_paragraph()
    paragraph._p.style = style_id
    return paragraph


def set_default_language(document: Any, tag: str) -> None:
    """Make ``tag`` the proofing language of the style defaults and of the theme fonts."""
    styles_el = document.styles.element
    defaults = styles_el.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles_el.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    _lang_of(rpr).set(qn("w:val"), tag)
    settings = document.settings.element
    theme_lang = settings.find(qn("w:themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(qn("w:val"), tag)


def _lang_of(rpr: Any) -> Any:
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        # w:lang comes after every other run property we write except these three.
        for successor in ("w:eastAsianLayout", "w:specVanish", "w:oMath"):
            found = rpr.find(qn(successor))
            if found is not None:
                found.addprevious(lang)
                break
        else:
            rpr.append(lang)
    return lang


_PLAIN = re.compile(r"[^\t\n\r]+")
"""Text that holds no tab or line break (the characters Run.text turns into elements)."""


class RunWriter:
    """Writes text as runs tagged with one proofing language.

    Officials' names (and any right-to-left stretch, which is a name in practice) are
    written as separate runs marked no-proof, so the spell checker skips them.
    """

    def __init__(self, tag: str, names: Iterable[str] = ()) -> None:
        self.tag = tag
        self._no_proof = NoProofFinder(names)

    def write(self, paragraph: Any, text: str, *, char_style: str | None = None) -> None:
        """Append ``text`` to ``paragraph`` (hostile characters cleaned).

        ``char_style`` is a character style *id* (see :func:`add_styles`).
        """
        text = clean_text(text)
        pos = 0
        for start, end, rtl in self._no_proof.spans(text):
            if start > pos:
                self.run(paragraph, text[pos:start], char_style=char_style)
            self.run(paragraph, text[start:end], char_style=char_style, no_proof=True, rtl=rtl)
            pos = end
        if pos < len(text) or not text:
            self.run(paragraph, text[pos:], char_style=char_style)

    def run(
        self,
        paragraph: Any,
        text: str,
        *,
        char_style: str | None = None,
        no_proof: bool = False,
        rtl: bool = False,
    ) -> Any:
        """Add one run with the writer's language (``text`` must already be clean)."""
        if _PLAIN.fullmatch(text):
            # python-docx's Run.text walks the text a character at a time, to turn tabs
            # and line breaks into elements; text without them goes in as one w:t.
            run = paragraph.add_run()
            run._r.add_t(text)
        else:
            run = paragraph.add_run(text)
        if char_style:
            run._r.style = char_style
        tag_run(run, self.tag, no_proof=no_proof, rtl=rtl)
        return run


def tag_run(run: Any, tag: str, *, no_proof: bool = False, rtl: bool = False) -> None:
    """Give ``run`` its proofing language (and no-proof / right-to-left when asked)."""
    rpr = run._r.get_or_add_rPr()
    if no_proof:
        rpr.append(OxmlElement("w:noProof"))
    if rtl:
        rpr.append(OxmlElement("w:rtl"))
        rpr.append(OxmlElement("w:cs"))
    _lang_of(rpr).set(qn("w:val"), tag)
    _sort_rpr(rpr)


# The schema order of the run properties we may write (CT_RPr is a sequence).
_RPR_ORDER = [
    qn(t) for t in ("w:rStyle", "w:rFonts", "w:b", "w:i", "w:noProof", "w:rtl", "w:cs", "w:lang")
]


def _sort_rpr(rpr: Any) -> None:
    children = list(rpr)
    if all(child.tag in _RPR_ORDER for child in children):
        children.sort(key=lambda child: _RPR_ORDER.index(child.tag))
        for child in children:
            rpr.append(child)
