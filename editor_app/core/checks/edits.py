"""Hand edits that the form has since overtaken: the stale-edit finding."""

from __future__ import annotations

import difflib
import logging
from collections.abc import Iterator

from editor_app.core.checks.base import WARNING, Finding, register
from editor_app.core.draft import DraftPair
from editor_app.core.model import Readout

log = logging.getLogger(__name__)

STALE = register(
    "edit.stale",
    WARNING,
    "Hand edit is out of date: the form changed since it was written ({changes}). "
    "The generated text is now: «{generated}»",
    "La edición a mano está desactualizada: el formulario cambió desde que se escribió "
    "({changes}). El texto generado ahora es: «{generated}»",
)
_MAX_CHANGES = 3


def stale_edit_findings(readout: Readout, pair: DraftPair) -> Iterator[Finding]:
    """A finding for each hand-edited part whose generated text changed since the edit."""
    for draft in pair:
        overrides = readout.overrides.get(draft.lang, {})
        for part in draft.parts:
            if part.overridden and part.stale:
                override = overrides.get(part.key)
                before = override.generated if override else ""
                yield STALE.at(
                    lang=draft.lang,
                    part=part.key,
                    suggestion=part.generated,
                    generated=part.generated,
                    changes=changed_words(before, part.generated),
                )


def changed_words(before: str, after: str) -> str:
    """What changed between two generated texts, word by word: "«Landau» → «Smith»"."""
    old, new = before.split(), after.split()
    changes: list[str] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=old, b=new).get_opcodes():
        if tag == "equal":
            continue
        removed, added = " ".join(old[i1:i2]), " ".join(new[j1:j2])
        changes.append(f"«{removed}» → «{added}»" if removed else f"+ «{added}»")
        if not added:
            changes[-1] = f"− «{removed}»"
    if len(changes) > _MAX_CHANGES:
        changes = [*changes[:_MAX_CHANGES], "…"]
    return "; ".join(changes)
