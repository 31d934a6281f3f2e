"""Header marking and "Page X of Y" footers built from real PAGE / NUMPAGES fields."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from editor_app.core.draft import Lang
from editor_app.core.export.docx_styles import FOOTER, MARKING, RunWriter, add_styled, tag_run

log = logging.getLogger(__name__)

# "{page}" and "{pages}" stand for the PAGE and NUMPAGES fields.
PAGE_OF: dict[Lang, str] = {"es": "Página {page} de {pages}", "en": "Page {page} of {pages}"}


def fill_header_footer(
    section: Any,
    marking: str,
    langs: Sequence[tuple[Lang, str]],
    ids: dict[str, str],
    *,
    linked: bool = False,
) -> None:
    """Write the marking line in ``section``'s header and page numbers in its footer.

    ``langs`` holds (language, BCP-47 tag) pairs: one for a single-language section, two
    for a bilingual one ("Página X de Y / Page X of Y"). ``ids`` maps style names to ids.
    """
    section.different_first_page_header_footer = False
    header, footer = section.header, section.footer
    header.is_linked_to_previous = linked
    footer.is_linked_to_previous = linked
    if linked:
        return
    _clear(header)
    _clear(footer)
    head = add_styled(header, ids[MARKING])
    if marking.strip():
        RunWriter(langs[0][1]).write(head, marking.strip())
    foot = add_styled(footer, ids[FOOTER])
    for n, (lang, tag) in enumerate(langs):
        writer = RunWriter(tag)
        if n:
            writer.run(foot, " / ")
        add_page_of(foot, PAGE_OF[lang], tag)


def add_page_of(paragraph: Any, pattern: str, tag: str) -> None:
    """Append ``pattern`` to ``paragraph`` with {page}/{pages} as PAGE/NUMPAGES fields."""
    writer = RunWriter(tag)
    rest = pattern
    while rest:
        head, brace, tail = rest.partition("{")
        if head:
            writer.run(paragraph, head)
        if not brace:
            break
        name, _, rest = tail.partition("}")
        add_field(paragraph, "PAGE" if name == "page" else "NUMPAGES", tag)


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
