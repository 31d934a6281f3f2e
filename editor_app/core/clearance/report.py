"""What a cleared copy changed, as lines for the officer and as JSON for scripts.

Shared by ``readout import`` and any view that lists the import: the words come from the
message catalogue, in either UI language.
"""

from __future__ import annotations

from typing import Any

from editor_app.core.clearance.reader import UNTRACKED, ClearedCopy, PartReading
from editor_app.core.clearance.revisions import (
    DELETION,
    FORMATTING,
    INSERTION,
    MOVED_FROM,
    MOVED_TO,
    PARAGRAPH_DELETED,
    PARAGRAPH_INSERTED,
    Change,
)
from editor_app.core.draft import Lang, part_label
from editor_app.core.messages import LANGUAGE_NAMES, Localized, define

KIND_NAMES: dict[str, Localized] = {
    INSERTION: Localized("inserted", "insertado"),
    DELETION: Localized("deleted", "eliminado"),
    MOVED_TO: Localized("moved here", "movido aquí"),
    MOVED_FROM: Localized("moved away", "movido de aquí"),
    PARAGRAPH_INSERTED: Localized("new paragraph", "párrafo nuevo"),
    PARAGRAPH_DELETED: Localized("paragraphs joined", "párrafos unidos"),
    FORMATTING: Localized("formatting changed", "formato cambiado"),
}
NO_CHANGES = define(
    "clearance.no-changes",
    "{file}: no changes and no comments",
    "{file}: sin cambios ni comentarios",
)
PART_HEADING = define(
    "clearance.part-heading",
    "{part} ({lang}):",
    "{part} ({lang}):",
)
CHANGE_LINE = define(
    "clearance.change-line",
    "  {kind} by {author} {date}: «{text}»",
    "  {kind} por {author} {date}: «{text}»",
)
NOW_READS = define("clearance.now-reads", "  now reads: «{text}»", "  ahora dice: «{text}»")
COMMENT_LINE = define(
    "clearance.comment-line",
    "  comment by {author} {date} on «{anchored}»: {text}",
    "  comentario de {author} {date} sobre «{anchored}»: {text}",
)
ONE_LANGUAGE = define(
    "clearance.one-language",
    "{part}: changed in {lang} only; check the other version",
    "{part}: cambiado solo en {lang}; revise la otra versión",
)
MISSING_MARK = define(
    "clearance.missing-mark",
    "{part} ({lang}): its mark was removed in the copy; its text reads as the part before",
    "{part} ({lang}): en la copia se quitó su marca; su texto se lee como parte de la anterior",
)
OTHER_REVISION = define(
    "clearance.other-revision",
    "the readout changed since this copy was exported: only tracked changes are listed",
    "la síntesis cambió desde que se exportó esta copia: solo se listan los cambios registrados",
)
PROPOSAL_LINE = define(
    "clearance.proposal",
    "proposed clearance: {office} {status} ({name}, {date})",
    "autorización propuesta: {office} {status} ({name}, {date})",
)
UNTRACKED_AUTHOR = Localized("someone, with Track Changes off", "alguien, sin control de cambios")
STATUS_NAMES = {
    "cleared": Localized("cleared", "aprobado"),
    "cleared_with_edits": Localized("cleared with edits", "aprobado con cambios"),
}


def language_name(lang: str) -> Localized:
    """The name of draft language ``lang`` in either UI language ("Spanish" / "español")."""
    return LANGUAGE_NAMES["es" if lang == "es" else "en"]


def _label(part: PartReading, ui: str) -> str:
    lang: Lang = "es" if ui == "es" else "en"
    return part_label(part.key, lang)


def _change_line(change: Change, ui: str) -> str:
    author = UNTRACKED_AUTHOR.text(ui) if change.author == UNTRACKED else change.author
    return CHANGE_LINE(
        kind=KIND_NAMES.get(change.kind, Localized(change.kind, change.kind)),
        author=author,
        date=change.date[:10],
        text=change.text.replace("\n", "¶"),
    ).text(ui)


def report_lines(copy: ClearedCopy, ui: str = "en") -> list[str]:
    """The import as the officer reads it: each changed part, its changes and comments."""
    lines: list[str] = []
    if not copy.same_revision:
        lines.append(OTHER_REVISION().text(ui))
    for part in copy.parts:
        if not (part.changed or part.comments):
            continue
        lines.append(PART_HEADING(part=_label(part, ui), lang=language_name(part.lang)).text(ui))
        lines += [_change_line(change, ui) for change in part.changes]
        if part.changed:
            lines.append(NOW_READS(text=part.accepted.replace("\n", "¶ ")).text(ui))
        lines += [
            COMMENT_LINE(author=c.author, date=c.date[:10], anchored=c.anchored, text=c.text).text(
                ui
            )
            for c in part.comments
        ]
    for part in copy.one_language_changes():
        lines.append(ONE_LANGUAGE(part=_label(part, ui), lang=language_name(part.lang)).text(ui))
    for lang, key in copy.missing:
        label = part_label(key, "es" if ui == "es" else "en")
        lines.append(MISSING_MARK(part=label, lang=language_name(lang)).text(ui))
    for proposal in copy.proposals:
        status = STATUS_NAMES.get(proposal.status.value, Localized("", ""))
        date = proposal.date.isoformat() if proposal.date else ""
        lines.append(
            PROPOSAL_LINE(
                office=proposal.office, status=status, name=proposal.name, date=date
            ).text(ui)
        )
    if not lines:
        lines.append(NO_CHANGES(file=str(copy.path)).text(ui))
    return lines


def report_json(copy: ClearedCopy) -> dict[str, Any]:
    """The import as JSON-ready data."""
    return {
        "file": str(copy.path),
        "readout_id": copy.readout_id,
        "revision": copy.revision,
        "same_revision": copy.same_revision,
        "parts": [
            {
                "lang": p.lang,
                "key": p.key,
                "changed": p.changed,
                "exported": p.exported,
                "accepted": p.accepted,
                "current": p.current,
                "changes": [vars(c) for c in p.changes],
                "comments": [{k: v for k, v in vars(c).items() if k != "part"} for c in p.comments],
            }
            for p in copy.parts
        ],
        "one_language_changes": [[p.lang, p.key] for p in copy.one_language_changes()],
        "missing": [list(m) for m in copy.missing],
        "proposals": [
            {
                "office": p.office,
                "status": p.status.value,
                "name": p.name,
                "date": p.date.isoformat() if p.date else None,
                "comment": p.comment,
            }
            for p in copy.proposals
        ],
    }
