"""Read a Word document's text part by part, with every tracked change and comment.

python-docx's ``Paragraph.text`` drops both inserted and deleted text, and its comments
give no anchored range, so the XML is walked here with lxml. Text is kept as segments,
each knowing whether it was inserted and/or deleted and by whom: the text as exported is
every segment not inserted, the text with all changes accepted every segment not
deleted. A paragraph mark is a "\\n" segment (inserted when a reviewer split a paragraph,
deleted when one joined two). Text goes to the part whose bookmark came last in the same
place: the document body, or one column of one table (the side-by-side layout puts each
language in its own column).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from editor_app.core.clearance.marks import END_MARK, part_of_mark
from editor_app.core.draft import Lang
from editor_app.core.wordml import w

W = w("")
PartId = tuple[Lang, str]
"""A part of one language: ("es", "body.2")."""

INSERTION, DELETION = "insertion", "deletion"
MOVED_TO, MOVED_FROM = "moved-to", "moved-from"
PARAGRAPH_INSERTED, PARAGRAPH_DELETED = "paragraph-inserted", "paragraph-deleted"
FORMATTING = "formatting"
CHANGE_KINDS = (
    INSERTION,
    DELETION,
    MOVED_TO,
    MOVED_FROM,
    PARAGRAPH_INSERTED,
    PARAGRAPH_DELETED,
    FORMATTING,
)
_ADDS = {f"{W}ins": INSERTION, f"{W}moveTo": MOVED_TO}
_REMOVES = {f"{W}del": DELETION, f"{W}moveFrom": MOVED_FROM}
_TRANSPARENT = {
    f"{W}hyperlink",
    f"{W}smartTag",
    f"{W}customXml",
    f"{W}fldSimple",
    f"{W}sdtContent",
    f"{W}dir",
    f"{W}bdo",
}
_RUN_TEXT = {f"{W}t", f"{W}delText"}
_RUN_BREAKS = {f"{W}br": "\n", f"{W}cr": "\n", f"{W}tab": "\t", f"{W}noBreakHyphen": "\u2011"}


@dataclass(frozen=True)
class Revision:
    """Who made a tracked change, when, and of what kind."""

    kind: str
    author: str
    date: str


@dataclass(frozen=True)
class Segment:
    """A stretch of text with the tracked changes that touch it."""

    text: str
    inserted: Revision | None = None
    deleted: Revision | None = None


@dataclass(frozen=True)
class Change:
    """One tracked change as the review lists it: kind, author, date and the text."""

    kind: str
    author: str
    date: str
    text: str


@dataclass(frozen=True)
class Comment:
    """A reviewer's comment: who, when, what it says, and the text it is anchored to."""

    comment_id: str
    author: str
    date: str
    text: str
    anchored: str
    part: PartId | None


@dataclass
class PartText:
    """The segments of one part, in order, and the formatting changes made in it."""

    segments: list[Segment] = field(default_factory=list)
    formatting: list[Revision] = field(default_factory=list)

    @property
    def exported(self) -> str:
        """The part as it was sent: every change rejected."""
        return joined_text("".join(s.text for s in self.segments if s.inserted is None))

    @property
    def accepted(self) -> str:
        """The part with every change accepted."""
        return joined_text("".join(s.text for s in self.segments if s.deleted is None))

    def changes(self) -> list[Change]:
        """Each tracked change, the consecutive segments of one revision joined."""
        return changes_of(self.segments, self.formatting)[0]


def changes_of(
    segments: Sequence[Segment], formatting: Sequence[Revision] = ()
) -> tuple[list[Change], list[tuple[int | None, int | None]]]:
    """The changes of ``segments`` (consecutive segments of one revision joined, then the
    formatting changes), and for each segment the index of the change that inserted it
    and of the one that deleted it."""
    out: list[Change] = []
    links: list[tuple[int | None, int | None]] = []
    previous: dict[int, int] = {}  # id of a revision → its change in ``out``
    for segment in segments:
        now: dict[int, int] = {}
        link: list[int | None] = [None, None]
        for slot, revision in enumerate((segment.inserted, segment.deleted)):
            if revision is None:
                continue
            kind = _paragraph_kind(revision) if segment.text == "\n" else revision.kind
            index = previous.get(id(revision))
            if index is not None and out[index].kind == kind:
                out[index] = replace(out[index], text=out[index].text + segment.text)
            else:
                index = len(out)
                out.append(Change(kind, revision.author, revision.date, segment.text))
            now[id(revision)] = index
            link[slot] = index
        links.append((link[0], link[1]))
        previous = now
    out += [Change(FORMATTING, r.author, r.date, "") for r in formatting]
    return out, links


@dataclass
class DocumentText:
    """Every marked part of a document, the marks seen twice, and its comments."""

    parts: dict[PartId, PartText] = field(default_factory=dict)
    duplicated: list[PartId] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)


def _paragraph_kind(revision: Revision) -> str:
    return PARAGRAPH_DELETED if revision.kind in (DELETION, MOVED_FROM) else PARAGRAPH_INSERTED


def joined_text(text: str) -> str:
    """A part's text as compared and kept: outer spaces and each line's spaces trimmed."""
    return "\n".join(line.strip() for line in text.strip().split("\n"))


def _revision(element: Any, kind: str) -> Revision:
    return Revision(kind, element.get(f"{W}author", ""), element.get(f"{W}date", ""))


class _Walker:
    """One pass over the document body, in order."""

    def __init__(self, comment_texts: dict[str, tuple[str, str, str]]) -> None:
        self.out = DocumentText()
        self.current: dict[tuple[int, ...], PartId | None] = {}
        self.where: tuple[int, ...] = ()
        self.tables = 0
        self.open_comments: dict[str, tuple[PartId | None, list[str]]] = {}
        self.comment_texts = comment_texts

    # -- containers --------------------------------------------------------------------
    def body(self, body: Any) -> None:
        self.block(body, ())

    def block(self, element: Any, where: tuple[int, ...]) -> None:
        for child in element:
            if child.tag == f"{W}p":
                self.where = where
                self.paragraph(child)
            elif child.tag == f"{W}tbl":
                self.table(child)
            elif child.tag in (f"{W}sdt", f"{W}sdtContent", f"{W}customXml"):
                self.block(child, where)

    def table(self, table: Any) -> None:
        self.tables += 1
        number = self.tables
        for row in table.iter(f"{W}tr"):
            if row.getparent() is not table:
                continue  # a nested table's rows are read with that table
            for column, cell in enumerate(row.findall(f"{W}tc")):
                self.block(cell, (number, column))

    # -- text --------------------------------------------------------------------------
    def paragraph(self, paragraph: Any) -> None:
        mark_ins = mark_del = None
        properties = paragraph.find(f"{W}pPr")
        if properties is not None:
            mark = properties.find(f"{W}rPr")
            if mark is not None:
                for element in mark:
                    if element.tag in _ADDS:
                        mark_ins = _revision(element, _ADDS[element.tag])
                    elif element.tag in _REMOVES:
                        mark_del = _revision(element, _REMOVES[element.tag])
            change = properties.find(f"{W}pPrChange")
            if change is not None:
                self.formatting(_revision(change, FORMATTING))
        self.inline(paragraph, None, None)
        self.add(Segment("\n", mark_ins, mark_del))

    def inline(self, element: Any, ins: Revision | None, dele: Revision | None) -> None:
        for child in element:
            tag = child.tag
            if tag == f"{W}r":
                self.run(child, ins, dele)
            elif tag in _ADDS:
                self.inline(child, _revision(child, _ADDS[tag]), dele)
            elif tag in _REMOVES:
                self.inline(child, ins, _revision(child, _REMOVES[tag]))
            elif tag in _TRANSPARENT or tag == f"{W}sdt":
                self.inline(child, ins, dele)
            elif tag == f"{W}bookmarkStart":
                self.bookmark(child.get(f"{W}name", ""))
            elif tag == f"{W}commentRangeStart":
                part = self.current.get(self.where)
                self.open_comments[child.get(f"{W}id", "")] = (part, [])
            elif tag == f"{W}commentRangeEnd":
                self.close_comment(child.get(f"{W}id", ""))

    def run(self, run: Any, ins: Revision | None, dele: Revision | None) -> None:
        for child in run:
            tag = child.tag
            if tag in _RUN_TEXT:
                self.add(Segment(child.text or "", ins, dele))
            elif tag in _RUN_BREAKS:
                self.add(Segment(_RUN_BREAKS[tag], ins, dele))
            elif tag == f"{W}rPr":
                change = child.find(f"{W}rPrChange")
                if change is not None:
                    self.formatting(_revision(change, FORMATTING))

    def bookmark(self, name: str) -> None:
        if name == END_MARK:
            self.current[self.where] = None
            return
        part = part_of_mark(name)
        if part is None:
            return
        if part in self.out.parts:
            self.out.duplicated.append(part)
        self.out.parts.setdefault(part, PartText())
        self.current[self.where] = part

    def add(self, segment: Segment) -> None:
        if not segment.text:
            return
        part = self.current.get(self.where)
        if part is not None:
            self.out.parts[part].segments.append(segment)
        if segment.deleted is None:
            for _, texts in self.open_comments.values():
                texts.append(segment.text)

    def formatting(self, revision: Revision) -> None:
        part = self.current.get(self.where)
        if part is not None:
            self.out.parts[part].formatting.append(revision)

    def close_comment(self, comment_id: str) -> None:
        part, texts = self.open_comments.pop(comment_id, (None, []))
        author, date, text = self.comment_texts.get(comment_id, ("", "", ""))
        anchored = joined_text("".join(texts))
        self.out.comments.append(Comment(comment_id, author, date, text, anchored, part))
        self.comment_texts.pop(comment_id, None)

    def unclosed(self) -> Iterator[Comment]:
        """Comments whose range never ends (or has no range), anchored where they start."""
        for comment_id in list(self.open_comments):
            self.close_comment(comment_id)
        for comment_id, (author, date, text) in self.comment_texts.items():
            yield Comment(comment_id, author, date, text, "", None)


def read_document(document: Any, comments: Any | None) -> DocumentText:
    """The marked parts, duplicated marks and comments of a parsed ``word/document.xml``."""
    walker = _Walker(_comment_texts(comments))
    body = document.find(f"{W}body")
    if body is not None:
        walker.body(body)
    walker.out.comments += list(walker.unclosed())
    return walker.out


def _comment_texts(comments: Any | None) -> dict[str, tuple[str, str, str]]:
    """Each comment's author, date and text, by id."""
    if comments is None:
        return {}
    found: dict[str, tuple[str, str, str]] = {}
    for comment in comments.iter(f"{W}comment"):
        paragraphs = ["".join(t.text or "" for t in p.iter(f"{W}t")) for p in comment.iter(f"{W}p")]
        found[comment.get(f"{W}id", "")] = (
            comment.get(f"{W}author", ""),
            comment.get(f"{W}date", ""),
            "\n".join(paragraphs).strip(),
        )
    return found
