"""Talking points longer than the house keeps them (120 words unless the house sets
another length in its check settings): a second reader would split or cut them."""

from __future__ import annotations

import logging
from collections.abc import Iterator

from editor_app.core.checks.base import WARNING, Finding, register
from editor_app.core.checks.settings import CheckConfig
from editor_app.core.draft import Draft, body_number

log = logging.getLogger(__name__)

POINT_LENGTH = register(
    "point.length",
    WARNING,
    {
        "one": "This talking point has {words} words; the house keeps a point to {limit} word: "
        "split or cut it",
        "other": "This talking point has {words} words; the house keeps a point to {limit} "
        "words: split or cut it",
    },
    {
        "one": "Este punto tiene {words} palabras; el estilo de la casa admite {limit} palabra "
        "por punto: divídalo o acórtelo",
        "other": "Este punto tiene {words} palabras; el estilo de la casa admite {limit} "
        "palabras por punto: divídalo o acórtelo",
    },
    count="limit",
)


def word_count(text: str) -> int:
    """The words of ``text``: runs between spaces that hold a letter or a digit ("—" and
    a lone "," are not words; "U.S.-Mexico" and "1,500" are one each)."""
    return sum(1 for token in text.split() if any(c.isalnum() for c in token))


def point_length_findings(draft: Draft, config: CheckConfig) -> Iterator[Finding]:
    """A finding for each talking point of ``draft`` over the house length."""
    limit = config.point_max_words
    for part in draft.parts:
        if body_number(part.key) is None:
            continue
        words = word_count(part.text)
        if words > limit:
            yield POINT_LENGTH.at(lang=draft.lang, part=part.key, words=str(words), limit=limit)
