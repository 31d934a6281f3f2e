"""Marks that let the clearance import find each part again: bookmarks and properties.

Each part of each language is wrapped in a bookmark named by ``clearance.marks`` (see
there for why bookmarks), and the file records in custom document properties which
readout, and which revision of it, it was exported from
(:meth:`WordDocument.set_custom_properties` writes them).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from editor_app.core.clearance.marks import END_MARK, ID_PROPERTY, REVISION_PROPERTY, mark_name
from editor_app.core.draft import Lang
from editor_app.core.export.docx_redline import Redliner
from editor_app.core.export.docx_styles import RunWriter
from editor_app.core.export.docx_xml import Para, attr


class PartMarks:
    """Wraps each part in its bookmark (ids unique in one document); with a text each part
    had before (``since``), writes the part as tracked changes from it."""

    def __init__(
        self, since: Mapping[tuple[str, str], str] | None = None, redliner: Redliner | None = None
    ) -> None:
        self._next = 0
        self._since = since or {}
        self._redliner = redliner or Redliner("")

    def write(
        self,
        paragraph: Para,
        lang: Lang,
        key: str,
        text: str,
        writer: RunWriter,
        char_style: str | None = None,
    ) -> None:
        """Write part ``key`` of ``lang`` in its bookmark, redlined where it changed."""
        before = self._since.get((lang, key))
        if before is None or before == text:
            self.wrap(
                paragraph, lang, key, lambda: writer.write(paragraph, text, char_style=char_style)
            )
        else:
            self.wrap(
                paragraph, lang, key, lambda: self._redliner.write(paragraph, writer, before, text)
            )

    def wrap(self, paragraph: Para, lang: Lang, key: str, write: Callable[[], None]) -> None:
        """Bookmark part ``key`` of ``lang`` around what ``write`` adds to ``paragraph``."""
        self._next += 1
        number = self._next
        name = attr(mark_name(lang, key))
        paragraph.xml.append(f'<w:bookmarkStart w:id="{number}" w:name="{name}"/>')
        write()
        paragraph.xml.append(f'<w:bookmarkEnd w:id="{number}"/>')

    def end_of_drafts(self, paragraph: Para) -> None:
        """Mark where the drafts end (at the start of ``paragraph``, the clearance sheet's)."""
        self._next += 1
        number = self._next
        paragraph.xml.insert(
            1,
            f'<w:bookmarkStart w:id="{number}" w:name="{attr(END_MARK)}"/>'
            f'<w:bookmarkEnd w:id="{number}"/>',
        )


def source_properties(uid: str, revision: str) -> dict[str, str]:
    """The custom properties naming the readout and revision a file came from."""
    return {ID_PROPERTY: uid, REVISION_PROPERTY: revision}
