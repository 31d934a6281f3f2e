"""Body XML written as text: a paragraph is a list of WordprocessingML strings.

The body of a readout is thousands of small elements (a run, its properties, its
language, its text); made one lxml element at a time they cost most of an export, while
the same markup as strings, joined once and spliced into the serialized document
(``WordDocument.to_bytes``), costs a fraction. Everything written here uses the ``w:``
prefix; every text and attribute value goes through :func:`text` or :func:`attr`.
"""

from __future__ import annotations

from lxml import etree

from editor_app.core.export.ooxml import parse_xml
from editor_app.core.wordml import W_NS


def text(value: str) -> str:
    """``value`` escaped for element content (it must already be XML-clean: ``clean_text``)."""
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def attr(value: str) -> str:
    """``value`` escaped for a double-quoted attribute (whitespace kept as written)."""
    escaped = text(value).replace('"', "&quot;")
    return escaped.replace("\n", "&#10;").replace("\t", "&#9;").replace("\r", "&#13;")


def style_ppr(style_id: str | None, extra: str = "") -> str:
    """Paragraph properties: the style ``style_id`` then ``extra`` (already markup)."""
    style = f'<w:pStyle w:val="{attr(style_id)}"/>' if style_id else ""
    return style + extra


class Para:
    """One ``w:p``: ``xml[0]`` is its start tag and properties, the rest its content."""

    __slots__ = ("fill", "xml")

    def __init__(self, ppr: str = "") -> None:
        self.xml: list[str] = [f"<w:p><w:pPr>{ppr}</w:pPr>" if ppr else "<w:p>"]
        self.fill: str | None = None
        """The shading of the table cell holding this paragraph (see ``docx_table``)."""

    def set_style(self, style_id: str) -> None:
        """Give the paragraph the style ``style_id`` (in place of any properties)."""
        self.xml[0] = f"<w:p><w:pPr>{style_ppr(style_id)}</w:pPr>"

    def render(self) -> str:
        """The paragraph's markup."""
        return "".join(self.xml) + "</w:p>"


def append_xml(parent: etree._Element, markup: str) -> None:
    """Parse ``markup`` (elements in the ``w:`` prefix) and append them to ``parent``."""
    wrapper = parse_xml(f'<w:wrapper xmlns:w="{W_NS}">{markup}</w:wrapper>'.encode())
    for child in list(wrapper):
        parent.append(child)
