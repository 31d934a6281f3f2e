"""Tables as markup: fixed column widths, light borders, repeated header rows.

Tables get their borders directly rather than through "Table Grid", which a reference
document may not define.
"""

from __future__ import annotations

import logging

from editor_app.core.export.docx_document import twips
from editor_app.core.export.docx_xml import Para, attr

log = logging.getLogger(__name__)

_BORDER_COLOR = "BFBFBF"
_EDGES = ("top", "left", "bottom", "right", "insideH", "insideV")
_LOOK = (
    '<w:tblLook w:firstColumn="1" w:firstRow="1" w:lastColumn="0" w:lastRow="0" '
    'w:noHBand="0" w:noVBand="1" w:val="04A0"/>'
)
_LINE = f'w:val="single" w:sz="4" w:space="0" w:color="{_BORDER_COLOR}"'
# CT_TblPr is a sequence: width, borders, layout, cell margins, look.
_TBL_PR = {
    True: (
        '<w:tblPr><w:tblW w:type="auto" w:w="0"/><w:tblBorders>'
        + "".join(f"<w:{edge} {_LINE}/>" for edge in _EDGES)
        + '</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar>'
        + "".join(
            f'<w:{edge} w:w="{size}" w:type="dxa"/>'
            for edge, size in (("top", 60), ("left", 108), ("right", 108))
        )
        + f"</w:tblCellMar>{_LOOK}</w:tblPr>"
    ),
    False: (
        '<w:tblPr><w:tblW w:type="auto" w:w="0"/><w:tblBorders>'
        + "".join(f'<w:{edge} w:val="nil"/>' for edge in _EDGES)
        + f'</w:tblBorders><w:tblLayout w:type="fixed"/>{_LOOK}</w:tblPr>'
    ),
}


class Table:
    """A fixed-layout table whose cells each hold one paragraph.

    With ``whole_rows`` no row splits across pages (``w:cantSplit``): a part starts on the
    next page rather than leave its two languages on different pages; a row longer than
    a page still breaks (Word and LibreOffice both do that).
    """

    def __init__(
        self,
        widths: list[int],
        rows: int,
        *,
        header_rows: int = 0,
        borders: bool = True,
        whole_rows: bool = False,
    ) -> None:
        self._sizes = [twips(width) for width in widths]
        self._borders = borders
        self._header_rows = header_rows
        self._whole_rows = whole_rows
        self.cells: list[list[Para]] = [[Para() for _ in widths] for _ in range(rows)]
        """Per row, the paragraph of each cell (columns ``widths``, in EMU)."""

    def render(self) -> str:
        """The table's markup."""
        out = [_TBL_PR[self._borders], "<w:tblGrid>"]
        out += [f'<w:gridCol w:w="{size}"/>' for size in self._sizes]
        out.append("</w:tblGrid>")
        for n, row in enumerate(self.cells):
            out.append("<w:tr>")
            # CT_TrPr's children form a choice: any order is valid.
            header = n < self._header_rows
            if self._whole_rows or header:
                can_split = "<w:cantSplit/>" if self._whole_rows else ""
                out.append(f"<w:trPr>{can_split}{'<w:tblHeader/>' if header else ''}</w:trPr>")
            for paragraph, size in zip(row, self._sizes, strict=True):
                # tcPr order: tcW, ..., shd, ...
                shd = (
                    f'<w:shd w:val="clear" w:color="auto" w:fill="{attr(paragraph.fill)}"/>'
                    if paragraph.fill
                    else ""
                )
                out.append(
                    f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{size}"/>{shd}</w:tcPr>'
                    f"{paragraph.render()}</w:tc>"
                )
            out.append("</w:tr>")
        return "<w:tbl>" + "".join(out) + "</w:tbl>"


def shade(paragraph: Para, fill: str) -> None:
    """Fill the cell holding ``paragraph`` with the hex colour ``fill``."""
    paragraph.fill = fill
