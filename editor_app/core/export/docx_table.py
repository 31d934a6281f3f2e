"""Tables as lxml elements: fixed column widths, light borders, repeated header rows.

Tables get their borders directly rather than through "Table Grid", which a reference
document may not define.
"""

from __future__ import annotations

import logging

from lxml import etree

from editor_app.core.export.docx_document import W_P, W_TBL, twips
from editor_app.core.export.ooxml import w

log = logging.getLogger(__name__)

_BORDER_COLOR = "BFBFBF"
_TR, _TC, _TCPR, _TRPR = w("tr"), w("tc"), w("tcPr"), w("trPr")
_W, _TYPE, _VAL = w("w"), w("type"), w("val")
_EDGES = ("top", "left", "bottom", "right", "insideH", "insideV")
_LOOK = {
    w("firstColumn"): "1",
    w("firstRow"): "1",
    w("lastColumn"): "0",
    w("lastRow"): "0",
    w("noHBand"): "0",
    w("noVBand"): "1",
    _VAL: "04A0",
}


class Table:
    """A table's element and its cells' paragraphs, row by row."""

    def __init__(self, element: etree._Element, cells: list[list[etree._Element]]) -> None:
        self.element = element
        self.cells = cells
        """Per row, the one paragraph (``w:p``) of each cell."""


def new_table(
    widths: list[int],
    rows: int,
    *,
    header_rows: int = 0,
    borders: bool = True,
    whole_rows: bool = False,
) -> Table:
    """A fixed-layout table with columns ``widths`` (EMU), thin grey borders (or none) and
    repeating header rows; each cell holds one empty paragraph.

    With ``whole_rows`` no row splits across pages (``w:cantSplit``): a part starts on the
    next page rather than leave its two languages on different pages; a row longer than
    a page still breaks (Word and LibreOffice both do that).
    """
    tbl = etree.Element(W_TBL)
    tbl_pr = etree.SubElement(tbl, w("tblPr"))
    etree.SubElement(tbl_pr, w("tblW"), {_TYPE: "auto", _W: "0"})
    edges = etree.SubElement(tbl_pr, w("tblBorders"))
    for edge in _EDGES:
        if borders:
            attrs = {_VAL: "single", w("sz"): "4", w("space"): "0", w("color"): _BORDER_COLOR}
        else:
            attrs = {_VAL: "nil"}
        etree.SubElement(edges, w(edge), attrs)
    etree.SubElement(tbl_pr, w("tblLayout"), {_TYPE: "fixed"})
    if borders:
        margins = etree.SubElement(tbl_pr, w("tblCellMar"))
        for edge, margin in (("top", 60), ("left", 108), ("right", 108)):
            etree.SubElement(margins, w(edge), {_W: str(margin), _TYPE: "dxa"})
    etree.SubElement(tbl_pr, w("tblLook"), _LOOK)
    grid = etree.SubElement(tbl, w("tblGrid"))
    sizes = [twips(width) for width in widths]
    for size in sizes:
        etree.SubElement(grid, w("gridCol"), {_W: size})
    cells: list[list[etree._Element]] = []
    for n in range(rows):
        tr = etree.SubElement(tbl, _TR)
        if whole_rows or n < header_rows:
            # CT_TrPr's children form a choice: any order is valid.
            tr_pr = etree.SubElement(tr, _TRPR)
            if whole_rows:
                etree.SubElement(tr_pr, w("cantSplit"))
            if n < header_rows:
                etree.SubElement(tr_pr, w("tblHeader"))
        row: list[etree._Element] = []
        for size in sizes:
            tc = etree.SubElement(tr, _TC)
            etree.SubElement(etree.SubElement(tc, _TCPR), w("tcW"), {_TYPE: "dxa", _W: size})
            row.append(etree.SubElement(tc, W_P))
        cells.append(row)
    return Table(tbl, cells)


def shade(paragraph: etree._Element, fill: str) -> None:
    """Fill the cell holding ``paragraph`` with the hex colour ``fill``."""
    tc_pr = paragraph.getparent().find(_TCPR)
    # tcPr order: tcW, ..., shd, noWrap, ...: only tcW precedes it here.
    etree.SubElement(tc_pr, w("shd"), {_VAL: "clear", w("color"): "auto", w("fill"): fill})
