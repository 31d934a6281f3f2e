"""The clearance sheet: drafted by, the clearing offices and their status, approved by."""

from __future__ import annotations

import datetime as dt
import logging

from babel.dates import format_date

from editor_app.core.draft import Lang
from editor_app.core.export.docx_document import WordDocument
from editor_app.core.export.docx_styles import CLEARANCE_HEADING, CLEARANCE_TEXT, RunWriter
from editor_app.core.export.docx_table import Table, shade
from editor_app.core.export.docx_xml import Para
from editor_app.core.model import Clearance, ClearanceStatus

log = logging.getLogger(__name__)

LABELS: dict[Lang, dict[str, str]] = {
    "en": {
        "heading": "Clearance",
        "drafted": "Drafted by",
        "cleared": "Cleared by",
        "approved": "Approved by",
        "office": "Office",
        "name": "Name",
        "phone": "Phone",
        "status": "Status",
        "date": "Date",
        "none": "No clearing offices listed.",
    },
    "es": {
        "heading": "Hoja de autorización",
        "drafted": "Redactado por",
        "cleared": "Autorizado por",
        "approved": "Aprobado por",
        "office": "Oficina",
        "name": "Nombre",
        "phone": "Teléfono",
        "status": "Estado",
        "date": "Fecha",
        "none": "No hay oficinas de autorización.",
    },
}

STATUS_WORDS: dict[Lang, dict[ClearanceStatus, str]] = {
    "en": {
        ClearanceStatus.CLEARED: "Cleared",
        ClearanceStatus.CLEARED_WITH_EDITS: "Cleared with edits",
        ClearanceStatus.INFORMED: "Informed",
        ClearanceStatus.PENDING: "Pending",
    },
    "es": {
        ClearanceStatus.CLEARED: "Autorizado",
        ClearanceStatus.CLEARED_WITH_EDITS: "Autorizado con cambios",
        ClearanceStatus.INFORMED: "Informado",
        ClearanceStatus.PENDING: "Pendiente",
    },
}

_NO_DATE = "—"


def long_date(date: dt.date | None, locale: str) -> str:
    """``date`` in the locale's long form ("26 de marzo de 2025"), or a dash when unset."""
    return format_date(date, "long", locale=locale) if date else _NO_DATE


def add_clearance_sheet(
    document: WordDocument,
    clearance: Clearance,
    lang: Lang,
    locale: str,
    writer: RunWriter,
    ids: dict[str, str],
) -> Para:
    """Write the clearance sheet at the end of ``document`` (the caller starts the page);
    return its first paragraph (the heading).

    ``ids`` maps style names to ids (see ``add_styles``).
    """
    words = LABELS[lang]
    sheet = _Sheet(document, writer, ids[CLEARANCE_TEXT])
    width = document.text_width()
    heading = document.add_paragraph(ids[CLEARANCE_HEADING])
    writer.write(heading, words["heading"])

    drafter = clearance.drafter
    sheet.person_block(
        words["drafted"],
        [
            (words["name"], drafter.name),
            (words["office"], drafter.office),
            (words["phone"], drafter.phone),
            (words["date"], long_date(drafter.date, locale)),
        ],
        width,
    )

    sheet.label(words["cleared"])
    clearers = clearance.listed_clearers()
    if clearers:
        heads = [words["office"], words["name"], words["status"], words["date"]]
        widths = [int(width * f) for f in (0.22, 0.26, 0.24, 0.28)]
        table = Table(widths, len(clearers) + 1, header_rows=1)
        for cell, head in zip(table.cells[0], heads, strict=True):
            sheet.cell_text(cell, head, bold=True)
            shade(cell, "E7E6E6")
        for row, clearer in zip(table.cells[1:], clearers, strict=True):
            values = [
                clearer.office,
                clearer.name,
                STATUS_WORDS[lang][ClearanceStatus(clearer.status)],
                long_date(clearer.date, locale),
            ]
            for cell, value in zip(row, values, strict=True):
                sheet.cell_text(cell, value)
        document.add_block(table)
    else:
        writer.write(document.add_paragraph(ids[CLEARANCE_TEXT]), words["none"])

    approver = clearance.approver
    sheet.person_block(
        words["approved"],
        [
            (words["name"], approver.name),
            (words["office"], approver.office),
            (words["date"], long_date(approver.date, locale)),
        ],
        width,
    )
    return heading


class _Sheet:
    """Writes the sheet's labels, key/value blocks and cells in the clearance text style."""

    def __init__(self, document: WordDocument, writer: RunWriter, text_style: str) -> None:
        self.document = document
        self.writer = writer
        self.text_style = text_style

    def person_block(self, label: str, rows: list[tuple[str, str]], width: int) -> None:
        self.label(label)
        table = Table([int(width * 0.25), int(width * 0.75)], len(rows), borders=False)
        for row, (key, value) in zip(table.cells, rows, strict=True):
            self.cell_text(row[0], key, bold=True)
            self.cell_text(row[1], value)
        self.document.add_block(table)

    def label(self, text: str) -> None:
        # pPr order: pStyle, keepNext, ..., spacing.
        extra = '<w:keepNext/><w:spacing w:before="280"/>'
        paragraph = self.document.add_paragraph(self.text_style, extra)
        self.writer.write(paragraph, text, bold=True)

    def cell_text(self, paragraph: Para, text: str, *, bold: bool = False) -> None:
        paragraph.set_style(self.text_style)
        self.writer.write(paragraph, text, bold=bold)
