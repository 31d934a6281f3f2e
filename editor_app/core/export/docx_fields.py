"""Header marking and "Page X of Y" footers built from real PAGE / PAGEREF fields.

Every section numbers its own pages from 1 (``w:pgNumType w:start``) and its "of Y" is
the page number of a bookmark at its own end (a PAGEREF: LibreOffice computes
SECTIONPAGES wrongly), so the clearance sheet, its own section, is never counted in the
readout's "Page X of Y", and in the sequential layout each language counts its own pages.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from lxml import etree

from editor_app.core.draft import Lang
from editor_app.core.export.docx_document import WordDocument
from editor_app.core.export.docx_styles import FOOTER, MARKING, RunWriter
from editor_app.core.export.docx_xml import Para, append_xml, style_ppr, text
from editor_app.core.marking import BETWEEN_LANGUAGES, marking_forms
from editor_app.core.model import Marking
from editor_app.core.wordml import w

log = logging.getLogger(__name__)

# "{page}" and "{pages}" stand for the PAGE field and the section's last page number.
PAGE_OF: dict[Lang, str] = {"es": "Página {page} de {pages}", "en": "Page {page} of {pages}"}


def fill_header_footer(
    document: WordDocument,
    marking: Marking,
    langs: Sequence[tuple[Lang, str]],
    ids: dict[str, str],
    number: int,
) -> None:
    """Write the marking in the last section's header, in each of its languages
    ("BORRADOR / DRAFT", each with its proofing language), and page numbers in its footer.

    ``langs`` holds (language, BCP-47 tag) pairs: one for a single-language section, two
    for a bilingual one ("Página X de Y / Page X of Y"). ``ids`` maps style names to ids.
    ``number`` is the section's index: its last paragraph is to get
    :func:`mark_last_page` with the same number.
    """
    sect_pr = document.sentinel
    title_pg = sect_pr.find(w("titlePg"))
    if title_pg is not None:
        sect_pr.remove(title_pg)
    restart_page_numbers(sect_pr)
    header = document.header_footer("header")
    footer = document.header_footer("footer")
    head = Para(style_ppr(ids[MARKING]))
    tags = dict(langs)
    for n, (lang, words) in enumerate(marking_forms(marking, [lang for lang, _ in langs])):
        writer = RunWriter(tags[lang])
        if n:
            writer.run(head, BETWEEN_LANGUAGES)
        writer.write(head, words)
    foot = Para(style_ppr(ids[FOOTER]))
    for n, (lang, tag) in enumerate(langs):
        writer = RunWriter(tag)
        if n:
            writer.run(foot, " / ")
        add_page_of(foot, PAGE_OF[lang], tag, last_page_mark(number))
    append_xml(header, head.render())
    append_xml(footer, foot.render())


def add_page_of(paragraph: Para, pattern: str, tag: str, last_page: str) -> None:
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


def mark_last_page(paragraph: Para, number: int) -> None:
    """Put section ``number``'s end bookmark in ``paragraph``, its last."""
    ident = _MARK_IDS + number
    paragraph.xml.append(
        f'<w:bookmarkStart w:id="{ident}" w:name="{last_page_mark(number)}"/>'
        f'<w:bookmarkEnd w:id="{ident}"/>'
    )


def restart_page_numbers(sect_pr: etree._Element) -> None:
    """Number the pages of the section ``sect_pr`` describes from 1."""
    numbering = sect_pr.find(w("pgNumType"))
    if numbering is None:
        numbering = etree.Element(w("pgNumType"))
        # CT_SectPr is a sequence: pgNumType comes before these.
        for name in ("cols", "formProt", "vAlign", "noEndnote", "titlePg"):
            found = sect_pr.find(w(name))
            if found is not None:
                found.addprevious(numbering)
                break
        else:
            sect_pr.append(numbering)
    numbering.set(w("start"), "1")


def add_field(paragraph: Para, instruction: str, tag: str, placeholder: str = "1") -> None:
    """Append a complex field (begin, instruction, separate, cached result, end)."""
    writer = RunWriter(tag)
    start = writer.start()
    paragraph.xml += [
        f'{start}<w:fldChar w:fldCharType="begin"/></w:r>',
        f'{start}<w:instrText xml:space="preserve"> {text(instruction)} </w:instrText></w:r>',
        f'{start}<w:fldChar w:fldCharType="separate"/></w:r>',
    ]
    writer.run(paragraph, placeholder)
    paragraph.xml.append(f'{start}<w:fldChar w:fldCharType="end"/></w:r>')
