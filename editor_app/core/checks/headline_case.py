"""English headlines keep articles, conjunctions and short prepositions lowercase inside
them ("Secretary Rubio’s Call with the G7 Foreign Ministers"), as state.gov writes its
titles; mirrors that capitalise every word ("Call With") are a common source of slips,
in a generated title and in a hand-edited one alike."""

from __future__ import annotations

import logging
from collections.abc import Iterator

from editor_app.core.checks.base import WARNING, Finding, register
from editor_app.core.draft import Draft
from editor_app.core.headlines import capitalised_small_words

log = logging.getLogger(__name__)

HEADLINE_CASE = register(
    "en.headline-case",
    WARNING,
    "«{text}»: an English headline keeps articles, conjunctions and short prepositions "
    "lowercase; write «{suggestion}»",
    "«{text}»: un titular en inglés escribe en minúscula los artículos, las conjunciones y "
    "las preposiciones cortas; escriba «{suggestion}»",
)


def headline_case_findings(draft: Draft) -> Iterator[Finding]:
    """A finding for each capitalised small word inside the English title."""
    if draft.lang != "en":
        return
    part = draft.get("title")
    if part is None or part.text.isupper():
        return
    for start, end in capitalised_small_words(part.text):
        word = part.text[start:end]
        yield HEADLINE_CASE.at(
            lang="en",
            part=part.key,
            span=(start, end),
            suggestion=word.lower(),
            text=word,
        )
