"""Small table helpers: fixed column widths, light borders, repeated header rows.

Tables get their borders directly rather than through "Table Grid", which a reference
document may not define.
"""

from __future__ import annotations

import logging
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

log = logging.getLogger(__name__)

_BORDER_COLOR = "BFBFBF"


def text_width(section: Any) -> int:
    """The width between the margins of ``section``, in EMU."""
    return int(section.page_width - section.left_margin - section.right_margin)


def new_table(
    document: Any,
    rows: int,
    cols: int,
    *,
    header_rows: int = 0,
    borders: bool = True,
    whole_rows: bool = False,
) -> Any:
    """A fixed-layout table with thin grey borders (or none) and repeating header rows.

    With ``whole_rows`` no row splits across pages (``w:cantSplit``): a part starts on the
    next page rather than leave its two languages on different pages; a row longer than
    a page still breaks (Word and LibreOffice both do that).
    """
    table = document.add_table(rows=rows, cols=cols)
    tbl_pr = table._tbl.tblPr
    edges = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "single" if borders else "nil")
        if borders:
            element.set(qn("w:sz"), "4")
            element.set(qn("w:space"), "0")
            element.set(qn("w:color"), _BORDER_COLOR)
        edges.append(element)
    _insert_tbl_pr(tbl_pr, edges)
    table.autofit = False
    if borders:
        margins = OxmlElement("w:tblCellMar")
        for edge, twips in (("top", 60), ("left", 108), ("right", 108)):
            element = OxmlElement(f"w:{edge}")
            element.set(qn("w:w"), str(twips))
            element.set(qn("w:type"), "dxa")
            margins.append(element)
        _insert_tbl_pr(tbl_pr, margins, after=("w:tblLook", "w:tblCaption"))
    for n, row in enumerate(table.rows):
        # CT_TrPr's children form a choice: any order is valid.
        if whole_rows:
            row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
        if n < header_rows:
            row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    return table


# CT_TblPr is a sequence; tblBorders must precede these.
_AFTER_BORDERS = ("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption")


def _insert_tbl_pr(tbl_pr: Any, element: Any, after: tuple[str, ...] = _AFTER_BORDERS) -> None:
    for name in after:
        found = tbl_pr.find(qn(name))
        if found is not None:
            found.addprevious(element)
            return
    tbl_pr.append(element)


def set_widths(table: Any, widths: list[int]) -> None:
    """Give every column (grid and cells, as Word and LibreOffice both want) its width."""
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width


def shade(cell: Any, fill: str) -> None:
    """Fill ``cell`` with the hex colour ``fill``."""
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    # tcPr order: ... tcBorders, shd, noWrap, tcMar, textDirection, tcFitText, vAlign, hideMark.
    for name in ("w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign"):
        found = tc_pr.find(qn(name))
        if found is not None:
            found.addprevious(shd)
            return
    tc_pr.append(shd)
