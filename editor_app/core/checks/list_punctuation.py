"""Spanish lists whose items hold commas take semicolons between them (RAE, «punto y
coma»): "…de Canadá, Ana Pérez; el secretario de…, Luis Soto, y el ministro…". A list of
appositions joined by commas alone ("…, Ana Pérez, el secretario…, Luis Soto, y…")
cannot be read: nothing tells an item from its name."""

from __future__ import annotations

import logging
from collections.abc import Iterator

from editor_app.core.checks.base import WARNING, Finding, register
from editor_app.core.draft import Draft
from editor_app.core.lists import comma_list_spans

log = logging.getLogger(__name__)

LIST_SEMICOLONS = register(
    "es.list-semicolons",
    WARNING,
    "The items of this list hold commas, so semicolons set them apart; write «{suggestion}»",
    "Los elementos de esta enumeración llevan comas, así que se separan con punto y coma; "
    "escriba «{suggestion}»",
)


def list_punctuation_findings(draft: Draft) -> Iterator[Finding]:
    """A finding for each Spanish list of appositions joined by commas alone."""
    if draft.lang != "es":
        return
    for part in draft.parts:
        for start, end, fixed in comma_list_spans(part.text):
            yield LIST_SEMICOLONS.at(lang="es", part=part.key, span=(start, end), suggestion=fixed)
