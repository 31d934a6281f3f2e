"""Read a cleared copy back: per part and language, what was sent, what came back, and who
changed what.

:func:`read_cleared_copy` opens the returned .docx (see ``package``), reads its marked
parts with their tracked changes and comments (``revisions``), and sets each part beside
the readout's drafts of today, so edits made without Track Changes are found too. A part
changed in one language only is listed, and comments that say an office cleared propose
that office's status. Nothing here changes the readout: the review decides what to take.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from editor_app.core.clearance.marks import ID_PROPERTY, REVISION_PROPERTY, revision_of
from editor_app.core.clearance.package import (
    NOT_USABLE,
    ClearedCopyError,
    open_cleared_copy,
)
from editor_app.core.clearance.revisions import (
    DELETION,
    INSERTION,
    Change,
    Comment,
    PartId,
    Revision,
    Segment,
    changes_of,
    read_document,
)
from editor_app.core.draft import LANGS, DraftPair
from editor_app.core.messages import define
from editor_app.core.model import ClearanceStatus, Readout, StatusProposal

UNTRACKED = "untracked"
"""The author of a change found by comparison, made with Track Changes off."""

OTHER_READOUT = define(
    "clearance.other-readout",
    "it was exported from another readout",
    "se exportó de otra síntesis",
)
NO_MARKS = define(
    "clearance.no-marks",
    "it has none of the marks Readout Editor puts on the parts it exports "
    "(not exported by Readout Editor, or the marks were removed)",
    "no tiene ninguna de las marcas que Readout Editor pone en las partes que exporta "
    "(no lo exportó Readout Editor, o se quitaron las marcas)",
)
DUPLICATED = define(
    "clearance.duplicated",
    "the part {part} appears twice",
    "la parte {part} aparece dos veces",
)
_CP = "{http://schemas.openxmlformats.org/officeDocument/2006/custom-properties}"
_CLEARED = re.compile(
    r"^\s*(?P<status>cleared(?:\s+with\s+edits)?|aprobado(?:\s+con\s+cambios)?)\b"
    r"[\s,:;–—-]*(?P<office>[A-Z][A-Z0-9]*(?:[/-][A-Z0-9]+)*)?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class PartReading:
    """One part in one language as it came back."""

    lang: str
    key: str
    exported: str
    """The text as sent (every tracked change rejected)."""
    accepted: str
    """The text with every tracked change accepted."""
    current: str | None
    """The part as the readout's drafts say it now; None when the drafts no longer have it."""
    changes: tuple[Change, ...]
    comments: tuple[Comment, ...]
    segments: tuple[Segment, ...] = ()
    """The text as stretches, each with what inserted and deleted it."""
    links: tuple[tuple[int | None, int | None], ...] = ()
    """Per segment, the index in ``changes`` of the change that inserted it, and of the
    one that deleted it."""

    @property
    def changed(self) -> bool:
        """True when the copy changes this part: tracked changes, or (when the copy came from
        today's drafts) an edit made with Track Changes off."""
        return bool(self.changes)


@dataclass(frozen=True)
class ClearedCopy:
    """Everything read from a cleared copy."""

    path: Path
    readout_id: str
    revision: str
    same_revision: bool
    """True when the readout is as it was when this copy was exported."""
    parts: tuple[PartReading, ...]
    missing: tuple[PartId, ...]
    """Parts the drafts have whose mark the copy lost (their text reads as the part before)."""
    comments: tuple[Comment, ...]
    proposals: tuple[StatusProposal, ...] = field(default=())

    def changed_parts(self) -> list[PartReading]:
        """The parts the copy changes, in reading order."""
        return [p for p in self.parts if p.changed]

    def one_language_changes(self) -> list[PartReading]:
        """Parts changed in one language while the same part in the other was not."""
        changed = {(p.lang, p.key) for p in self.changed_parts()}
        return [
            p
            for p in self.changed_parts()
            if ("en" if p.lang == "es" else "es", p.key) not in changed
        ]


def read_cleared_copy(path: Path, readout: Readout, pair: DraftPair) -> ClearedCopy:
    """The cleared copy at ``path`` read against ``readout`` and its drafts ``pair``.

    Raises :class:`ClearedCopyError` ("not a usable cleared copy: …") for a file the
    import cannot use: not a Word file, too large, hostile XML, from another readout,
    without marks, or with a part marked twice.
    """
    package = open_cleared_copy(path)
    properties = _custom_properties(package.custom_properties)
    readout_id = properties.get(ID_PROPERTY, "")
    if readout_id and readout.uid and readout_id != readout.uid:
        raise ClearedCopyError(NOT_USABLE(file=str(path), reason=OTHER_READOUT()))
    text = read_document(package.document, package.comments)
    if not text.parts:
        raise ClearedCopyError(NOT_USABLE(file=str(path), reason=NO_MARKS()))
    if text.duplicated:
        lang, key = text.duplicated[0]
        raise ClearedCopyError(NOT_USABLE(file=str(path), reason=DUPLICATED(part=f"{lang} {key}")))
    revision = properties.get(REVISION_PROPERTY, "")
    langs = {lang for lang, _ in text.parts}  # a one-language file holds one draft
    same = bool(revision) and revision == revision_of(d for d in pair if d.lang in langs)
    drafts = {(d.lang, part.key): part.text for d in pair for part in d.parts}
    parts = []
    for (lang, key), part in text.parts.items():
        current = drafts.get((lang, key))
        segments = part.segments
        if not part.changes() and current is not None and same and part.accepted != current:
            segments = _untracked(current, part.accepted)
        changes, links = changes_of(segments, part.formatting)
        anchored = tuple(c for c in text.comments if c.part == (lang, key))
        parts.append(
            PartReading(
                lang,
                key,
                part.exported,
                part.accepted,
                current,
                tuple(changes),
                anchored,
                tuple(segments),
                tuple(links),
            )
        )
    order = {(d.lang, p.key): n for d in pair for n, p in enumerate(d.parts)}

    def reading(part: PartId | None) -> tuple[int, int]:
        if part is None:
            return (len(LANGS), 0)
        return (LANGS.index(part[0]), order.get(part, len(order)))

    parts.sort(key=lambda p: reading((p.lang, p.key)))  # type: ignore[arg-type]
    comments = sorted(text.comments, key=lambda c: reading(c.part))
    missing = tuple(k for k in drafts if k[0] in langs and k not in text.parts)
    return ClearedCopy(
        path=Path(path),
        readout_id=readout_id,
        revision=revision,
        same_revision=same,
        parts=tuple(parts),
        missing=missing,
        comments=tuple(comments),
        proposals=tuple(_proposals(comments)),
    )


def _untracked(before: str, after: str) -> list[Segment]:
    """``before`` turned into ``after`` word by word, as changes made with Track Changes off."""
    old, new = re.findall(r"\S+\s*", before), re.findall(r"\S+\s*", after)
    segments: list[Segment] = []
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            segments.append(Segment("".join(old[i1:i2])))
            continue
        if i2 > i1:
            # Each stretch its own revision, so two edits far apart are two changes.
            removed = Revision(DELETION, UNTRACKED, "")
            segments.append(Segment("".join(old[i1:i2]), deleted=removed))
        if j2 > j1:
            added = Revision(INSERTION, UNTRACKED, "")
            segments.append(Segment("".join(new[j1:j2]), inserted=added))
    return segments


def _custom_properties(root: Any | None) -> dict[str, str]:
    if root is None:
        return {}
    found: dict[str, str] = {}
    for prop in root.iter(f"{_CP}property"):
        value = next(iter(prop), None)
        found[prop.get("name", "")] = (value.text or "") if value is not None else ""
    return found


def texts_since(path: Path, readout: Readout, pair: DraftPair) -> dict[tuple[str, str], str]:
    """Per (language, part key), the text of the cleared copy at ``path`` with its changes
    accepted: what an export's ``since`` takes to show what changed since that copy.
    Raises :class:`ClearedCopyError` as :func:`read_cleared_copy` does."""
    return {(p.lang, p.key): p.accepted for p in read_cleared_copy(path, readout, pair).parts}


def _proposals(comments: list[Comment]) -> list[StatusProposal]:
    """Comments such as "Cleared – WHA/MEX" or "Cleared with edits, EUR": the office's
    proposed status, with the comment's author and date."""
    out = []
    for comment in comments:
        match = _CLEARED.match(comment.text)
        if match is None:
            continue
        word = match.group("status").lower()
        status = (
            ClearanceStatus.CLEARED_WITH_EDITS
            if "with" in word or "con" in word
            else ClearanceStatus.CLEARED
        )
        out.append(
            StatusProposal(
                office=match.group("office") or "",
                status=status,
                name=comment.author,
                date=_date_of(comment.date),
                comment=comment.text,
            )
        )
    return out


def _date_of(stamp: str) -> dt.date | None:
    try:
        return dt.datetime.fromisoformat(stamp.replace("Z", "+00:00")).date()
    except ValueError:
        return None
