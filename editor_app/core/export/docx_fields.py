"""Header marking and "Page X of Y" footers built from real PAGE / PAGEREF fields.

Every section numbers its own pages from 1 (``w:pgNumType w:start``) and its "of Y" is
the page number of a bookmark at its own end (a PAGEREF: LibreOffice computes
SECTIONPAGES wrongly), so the clearance sheet, its own section, is never counted in the
readout's "Page X of Y", and in the sequential layout each language counts its own pages.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from editor_app.core.draft import Lang
from editor_app.core.export.docx_styles import FOOTER, MARKING, RunWriter, add_styled, tag_run
from editor_app.core.marking import BETWEEN_LANGUAGES, marking_forms
from editor_app.core.model import Marking

log = logging.getLogger(__name__)

# "{page}" and "{pages}" stand for the PAGE field and the section's last page number.
PAGE_OF: dict[Lang, str] = {"es": "Página {page} de {pages}", "en": "Page {page} of {pages}"}


def fill_header_footer(
    section: Any,
    marking: Marking,
    langs: Sequence[tuple[Lang, str]],
    ids: dict[str, str],
    number: int,
    *,
    linked: bool = False,
) -> None:
    """Write the marking in ``section``'s header, in each of its languages ("BORRADOR /
    DRAFT", each with its proofing language), and page numbers in its footer.

    ``langs`` holds (language, BCP-47 tag) pairs: one for a single-language section, two
    for a bilingual one ("Página X de Y / Page X of Y"). ``ids`` maps style names to ids.
    ``number`` is the section's index: its last paragraph is to get
    :func:`mark_last_page` with the same number.
    """
    section.different_first_page_header_footer = False
    restart_page_numbers(section)
    header, footer = section.header, section.footer
    header.is_linked_to_previous = linked
    footer.is_linked_to_previous = linked
    if linked:
        return
    _clear(header)
    _clear(footer)
    head = add_styled(header, ids[MARKING])
    tags = dict(langs)
    for n, (lang, text) in enumerate(marking_forms(marking, [lang for lang, _ in langs])):
        writer = RunWriter(tags[lang])
        if n:
            writer.run(head, BETWEEN_LANGUAGES)
        writer.write(head, text)
    foot = add_styled(footer, ids[FOOTER])
    for n, (lang, tag) in enumerate(langs):
        writer = RunWriter(tag)
        if n:
            writer.run(foot, " / ")
        add_page_of(foot, PAGE_OF[lang], tag, last_page_mark(number))


def add_page_of(paragraph: Any, pattern: str, tag: str, last_page: str) -> None:
    """Append ``pattern`` to ``paragraph`` with {page} as a PAGE field and {pages} as the
    page number of the bookmark ``last_page``."""
    writer = RunWriter(tag)
    rest = pattern
    while rest:
        head, brace, tail = rest.partition("{")
        if head:
            writer.run(paragraph, head)
        if not brace:
            break
        name, _, rest = tail.partition("}")
        add_field(paragraph, "PAGE" if name == "page" else f"PAGEREF {last_page}", tag)


def last_page_mark(number: int) -> str:
    """The (hidden: leading underscore) bookmark that ends section ``number``."""
    return f"_ReadoutPages{number}"


_MARK_IDS = 100_000
"""Bookmark ids of the section ends: far above the parts' (counted from 1)."""


def mark_last_page(paragraph: Any, number: int) -> None:
    """Put section ``number``'s end bookmark in ``paragraph``, its last."""
    p = paragraph._p
    for tag in ("w:bookmarkStart", "w:bookmarkEnd"):
        mark = OxmlElement(tag)
        mark.set(qn("w:id"), str(_MARK_IDS + number))
        if tag == "w:bookmarkStart":
            mark.set(qn("w:name"), last_page_mark(number))
        p.append(mark)


def restart_page_numbers(section: Any) -> None:
    """Number ``section``'s pages from 1."""
    sect_pr = section._sectPr
    numbering = sect_pr.find(qn("w:pgNumType"))
    if numbering is None:
        numbering = OxmlElement("w:pgNumType")
        # CT_SectPr is a sequence: pgNumType comes before these.
        for name in ("w:cols", "w:formProt", "w:vAlign", "w:noEndnote", "w:titlePg"):
            found = sect_pr.find(qn(name))
            if found is not None:
                found.addprevious(numbering)
                break
        else:
            sect_pr.append(numbering)
    numbering.set(qn("w:start"), "1")


def add_field(paragraph: Any, instruction: str, tag: str, placeholder: str = "1") -> None:
    """Append a complex field (begin, instruction, separate, cached result, end)."""

    def run_with(child: Any) -> None:
        run = paragraph.add_run()
        tag_run(run, tag)
        run._r.append(child)

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run_with(begin)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run_with(instr)
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    run_with(separate)
    result = paragraph.add_run(placeholder)
    tag_run(result, tag)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(end)


def _clear(part: Any) -> None:
    # A reference document's own header/footer content gives way to ours.
    element = part._element
    for child in list(element):
        if child.tag in (qn("w:p"), qn("w:tbl"), qn("w:sdt")):
            element.remove(child)
