"""The Word export: one or both drafts, header marking, page numbers, clearance sheet.

Layouts: "side-by-side" (a two-column table aligned part by part), "sequential" (one
language after the other, each in its own section with its own footer) and "single"
(one language; the package's "separate" layout calls it once per language).
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
from collections.abc import Mapping, Sequence
from pathlib import Path

from babel import Locale, UnknownLocaleError
from lxml import etree

from editor_app.core.clearance.marks import revision_of
from editor_app.core.draft import HEAD_PARTS, TAIL_PARTS, Draft, DraftPart, Lang, body_number
from editor_app.core.export.docx_clearance import add_clearance_sheet, long_date
from editor_app.core.export.docx_document import REFERENCE_ERRORS, WordDocument
from editor_app.core.export.docx_fields import fill_header_footer, mark_last_page
from editor_app.core.export.docx_marks import PartMarks, source_properties
from editor_app.core.export.docx_redline import Redliner
from editor_app.core.export.docx_styles import (
    COLUMN_HEAD,
    DATELINE,
    RunWriter,
    add_styles,
    set_default_language,
    style_for,
)
from editor_app.core.export.docx_table import Table
from editor_app.core.export.docx_xml import Para
from editor_app.core.export.ooxml import RT_SETTINGS, RT_STYLES, packed
from editor_app.core.export.paths import BAD_REFERENCE
from editor_app.core.export.text import bcp47, clean_text
from editor_app.core.marking import marking_line
from editor_app.core.messages import MessageError
from editor_app.core.model import Readout
from editor_app.core.names import name_texts

log = logging.getLogger(__name__)

DOCX_LAYOUTS = ("side-by-side", "sequential", "single")


class ReferenceDocError(MessageError, ValueError):
    """The reference .docx is missing or is not a Word document."""


def build_docx(
    readout: Readout,
    drafts: Sequence[Draft],
    layout: str,
    reference_docx: Path | None = None,
    since: Mapping[tuple[str, str], str] | None = None,
) -> bytes:
    """The .docx bytes of ``drafts`` (first = primary language) in ``layout``.

    With ``since`` (per language and part, the text a clearing office last saw), each part
    that differs is written as tracked changes from that text.
    """
    try:
        document = WordDocument.new(reference_docx)
    except REFERENCE_ERRORS as exc:
        raise ReferenceDocError(BAD_REFERENCE(path=str(reference_docx), error=str(exc))) from exc
    primary = drafts[0]
    ids = _styles(document, reference_docx is not None, bcp47(primary.locale))
    names = _names(readout)
    writers = [RunWriter(bcp47(d.locale), names) for d in drafts]
    marking = readout.clearance.marking
    tags = [(d.lang, bcp47(d.locale)) for d in drafts]
    marks = PartMarks(since, Redliner(clean_text(readout.clearance.drafter.name)))

    if layout == "side-by-side":
        fill_header_footer(document, marking, tags, ids, 0)
        _side_by_side(document, drafts, writers, ids, marks)
    elif layout == "sequential":
        for n, (draft, writer) in enumerate(zip(drafts, writers, strict=True)):
            if n:
                _new_section(document)
            fill_header_footer(document, marking, tags[n : n + 1], ids, n)
            _single(document, draft, writer, ids, marks)
    else:
        fill_header_footer(document, marking, tags[:1], ids, 0)
        _single(document, primary, writers[0], ids, marks)

    # The clearance sheet is its own section with its own page numbers, its footer in
    # the document's languages (its text is in the primary language).
    _new_section(document)
    last = document.sections - 1
    fill_header_footer(document, marking, tags, ids, last)
    heading = add_clearance_sheet(
        document, readout.clearance, primary.lang, primary.locale, writers[0], ids
    )
    marks.end_of_drafts(heading)
    mark_last_page(document.add_paragraph(), last)

    _set_properties(document, readout, drafts)
    document.set_custom_properties(source_properties(readout.uid, revision_of(drafts)))
    return document.to_bytes()


def _styles(document: WordDocument, reference: bool, tag: str) -> dict[str, str]:
    """Add the readout styles and the default language; return the style ids by name."""
    if reference:
        ids = add_styles(document.styles, house_fonts=True)
        set_default_language(document.styles, document.settings, tag)
        return ids
    ids, parts = _template_styles(tag)
    for name, entry in parts.items():
        document.package.parts[name] = entry[0]
        document.package.packed[name] = entry
    return dict(ids)


@functools.lru_cache(maxsize=16)
def _template_styles(
    tag: str,
) -> tuple[dict[str, str], dict[str, tuple[bytes, int, int, bytes]]]:
    """The template's styles and settings parts with the readout styles and ``tag`` as the
    default language, serialized and compressed: the same for every export in ``tag``."""
    document = WordDocument.new()
    ids = add_styles(document.styles, house_fonts=False)
    set_default_language(document.styles, document.settings, tag)
    parts: dict[str, tuple[bytes, int, int, bytes]] = {}
    for rel_type in (RT_STYLES, RT_SETTINGS):
        name = document.part_name(rel_type)
        xml = etree.tostring(
            document.package.xml(name), xml_declaration=True, encoding="UTF-8", standalone=True
        )
        parts[name] = (xml, *packed(xml))
    return ids, parts


def _new_section(document: WordDocument) -> None:
    """End the current section (its last page bookmarked for its footer) on a new page."""
    # The paragraph now holding the ended section's properties is its last.
    mark_last_page(document.add_section(), document.sections - 2)


def _names(readout: Readout) -> list[str]:
    """Officials' names, for no-proof runs: full names, surnames, the attribution name."""
    names: list[str] = []
    for official in readout.officials():
        names += name_texts(official, honorifics=False)
    names.append(readout.attribution.name)
    clearance = readout.clearance
    names += [clearance.drafter.name, clearance.approver.name]
    names += [c.name for c in clearance.listed_clearers()]
    return [n for n in names if n.strip()]


def _single(
    document: WordDocument,
    draft: Draft,
    writer: RunWriter,
    ids: dict[str, str],
    marks: PartMarks,
) -> None:
    for key, parts in draft.paragraph_parts():
        paragraph = document.add_paragraph(ids[style_for(key)])
        _write_paragraph(paragraph, draft.lang, parts, writer, ids, marks)


def _side_by_side(
    document: WordDocument,
    drafts: Sequence[Draft],
    writers: Sequence[RunWriter],
    ids: dict[str, str],
    marks: PartMarks,
) -> None:
    keys = aligned_keys(drafts)
    groups = [dict(draft.paragraph_parts()) for draft in drafts]
    width = document.text_width()
    table = Table(
        [width // len(drafts)] * len(drafts), len(keys) + 1, header_rows=1, whole_rows=True
    )
    for paragraph, draft, writer in zip(table.cells[0], drafts, writers, strict=True):
        paragraph.set_style(ids[COLUMN_HEAD])
        writer.write(paragraph, _language_name(draft.locale))
    for row, key in zip(table.cells[1:], keys, strict=True):
        # A row holds one paragraph of each language; where one language runs a point
        # on and the other does not, the first's cell for that point stays empty.
        for paragraph, draft, draft_groups, writer in zip(
            row, drafts, groups, writers, strict=True
        ):
            paragraph.set_style(ids[style_for(key)])
            if key in draft_groups:
                _write_paragraph(paragraph, draft.lang, draft_groups[key], writer, ids, marks)
    document.add_block(table)


def _write_paragraph(
    paragraph: Para,
    lang: Lang,
    parts: list[DraftPart],
    writer: RunWriter,
    ids: dict[str, str],
    marks: PartMarks,
) -> None:
    """The parts of one paragraph, one after another, each in its bookmark (see
    ``docx_marks``), the dateline in its own style."""
    written = False
    for part in parts:
        if not part.text:
            continue
        if written:
            writer.run(paragraph, " ")
        if part.key == "dateline":
            marks.write(paragraph, lang, part.key, part.text, writer, char_style=ids[DATELINE])
        else:
            marks.write(paragraph, lang, part.key, part.text, writer)
        written = True


def aligned_keys(drafts: Sequence[Draft]) -> list[str]:
    """The published part keys of all ``drafts``, merged in reading order."""
    seen: dict[str, int] = {}
    for draft in drafts:
        for key, _ in draft.paragraphs():
            seen.setdefault(key, len(seen))

    def rank(key: str) -> tuple[int, float]:
        if key in HEAD_PARTS:
            return (0, HEAD_PARTS.index(key))
        number = body_number(key)
        if number is not None:
            return (1, number)
        if key in TAIL_PARTS:
            return (3, TAIL_PARTS.index(key))
        return (2, seen[key])

    return sorted(seen, key=rank)


def _language_name(locale: str) -> str:
    try:
        name = Locale.parse(locale).language_name or locale
    except (ValueError, UnknownLocaleError):
        return locale
    return name[:1].upper() + name[1:]


def _set_properties(document: WordDocument, readout: Readout, drafts: Sequence[Draft]) -> None:
    primary = drafts[0]
    others = [clean_text(d.title) for d in drafts[1:] if d.title]
    date = long_date(readout.release_date, primary.locale)
    author = clean_text(readout.clearance.drafter.name)[:255]  # Word's limit
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    document.set_core_properties(
        {
            "title": clean_text(primary.title)[:255],
            "subject": (others[0] if others else f"{primary.release_date or date}")[:255],
            "author": author,
            "keywords": "",
            "comments": "",
            "last_modified_by": author,
            "revision": 1,
            "created": now,
            "modified": now,
            "category": clean_text(marking_line(readout.clearance.marking, [primary.lang]))[:255],
            "language": bcp47(primary.locale),
        }
    )
