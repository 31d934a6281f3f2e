"""What the officer takes from a cleared copy: changes accepted or rejected, as hand edits.

The review decides change by change (or a whole part at once); :func:`resolved_text`
gives a part's text under those decisions, and :func:`apply_review` turns the parts that
then differ from the drafts into hand edits of the readout, so later regeneration keeps
them and marks them stale as for any hand edit. :func:`offer_proposals` keeps the
statuses that comments propose on the clearance sheet, and :func:`apply_proposals` puts
those the officer confirms on it. Each returns a new readout and leaves the one given
untouched.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from editor_app.core.clearance.reader import ClearedCopy, PartReading
from editor_app.core.clearance.revisions import joined_text
from editor_app.core.draft import DraftPair, Lang
from editor_app.core.model import Clearer, Override, Readout, StatusProposal

Decisions = Mapping[tuple[str, str], set[int]]
"""Per (language, part key), the indices of the part's changes the officer accepts."""


def resolved_text(part: PartReading, accepted: Iterable[int]) -> str:
    """The part's text with the changes numbered in ``accepted`` taken, the rest undone."""
    taken = set(accepted)
    pieces = []
    for segment, (inserted_by, deleted_by) in zip(part.segments, part.links, strict=True):
        present_when_sent = inserted_by is None
        if inserted_by is not None and inserted_by in taken:
            present_when_sent = True
        if deleted_by is not None and deleted_by in taken:
            present_when_sent = False
        if present_when_sent:
            pieces.append(segment.text)
    return joined_text("".join(pieces))


def accept_all(copy_: ClearedCopy) -> dict[tuple[str, str], set[int]]:
    """Decisions that take every change of every part."""
    return {(p.lang, p.key): set(range(len(p.changes))) for p in copy_.parts}


def apply_review(
    readout: Readout, pair: DraftPair, cleared: ClearedCopy, decisions: Decisions
) -> Readout:
    """``readout`` with each part whose resolved text differs from its draft made a hand
    edit of that text (a part resolved back to its draft keeps the draft)."""
    out = copy.deepcopy(readout)
    for part in cleared.parts:
        taken = decisions.get((part.lang, part.key))
        if not taken:
            continue
        lang: Lang = "es" if part.lang == "es" else "en"
        draft_part = pair.get(lang).get(part.key)
        if draft_part is None:
            continue  # the readout no longer has this part
        text = resolved_text(part, taken)
        if text == draft_part.text:
            continue
        out.overrides.setdefault(lang, {})[part.key] = Override(
            text=text, generated=draft_part.generated or draft_part.text
        )
    return out


def apply_proposals(readout: Readout, proposals: Iterable[StatusProposal]) -> Readout:
    """``readout`` with each proposed office status on its clearance sheet (an office not
    yet listed is added)."""
    out = copy.deepcopy(readout)
    clearers = out.clearance.clearers
    for proposal in proposals:
        office = proposal.office.strip()
        match = next(
            (c for c in clearers if office and c.office.strip().upper() == office.upper()), None
        )
        if match is None:
            match = Clearer(office=office)
            clearers.append(match)
        match.status = proposal.status
        match.name = match.name or proposal.name
        match.date = proposal.date or match.date
    return out


def offer_proposals(readout: Readout, proposals: Iterable[StatusProposal]) -> Readout:
    """``readout`` with ``proposals`` waiting on its clearance sheet for the officer to
    confirm: each once, and none the sheet already says (that office, that status)."""
    out = copy.deepcopy(readout)
    sheet = out.clearance
    for proposal in proposals:
        office = proposal.office.strip().upper()
        said = any(
            c.office.strip().upper() == office and c.status == proposal.status
            for c in sheet.clearers
        )
        if not said and proposal not in sheet.proposals:
            sheet.proposals.append(proposal)
    return out


@dataclass(frozen=True)
class Span:
    """A stretch of a part's redline: its text, what happened to it, and by whom."""

    text: str
    inserted_by: str | None = None
    deleted_by: str | None = None
    changes: tuple[int, ...] = ()
    """The indices (in the part's changes) of the changes that touch it."""


def redline(part: PartReading) -> list[Span]:
    """The part as a redline: every stretch as sent or as a reviewer changed it."""
    spans = []
    for segment, (inserted_by, deleted_by) in zip(part.segments, part.links, strict=True):
        spans.append(
            Span(
                segment.text,
                part.changes[inserted_by].author if inserted_by is not None else None,
                part.changes[deleted_by].author if deleted_by is not None else None,
                tuple(i for i in (inserted_by, deleted_by) if i is not None),
            )
        )
    return spans
