"""The same verb twice in one sentence, in either draft ("conversó con… para conversar
sobre…", "discussed trade and discussed energy").

Verbs are known by lemma from the table of verbs readouts use (:mod:`..lemmas`), so
"conversó" and "conversar" are one verb; words the table does not list are never
flagged. The finding names both uses and suggests the fix: say the verb once, or use
another one from the table.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from functools import lru_cache

from editor_app.core.checks.base import WARNING, Finding, register
from editor_app.core.draft import Draft, DraftPair, Lang
from editor_app.core.lemmas import repeats_any, verb_table, verbs_in

log = logging.getLogger(__name__)

VERB_TWICE = register(
    "style.verb-twice",
    WARNING,
    "«{first}» … «{second}»: the same verb twice in one sentence; say it once "
    "({once}) or use another verb: {instead}",
    "«{first}» … «{second}»: el mismo verbo dos veces en una oración; dígalo una vez "
    "({once}) o use otro verbo: {instead}",
)

# A sentence ends at ., ! or ? after a lowercase letter, a digit or a closing mark, then
# space: "U.S." and "D.C." (a capital before the period) do not end one.
_SENTENCE_END = re.compile(r"(?<=[a-záéíóúñü0-9)”»\"'][.!?])\s+")
_ONCE = {"es": "«conversó con … sobre …»", "en": "“discussed … and …”"}


def _sentences(text: str) -> Iterator[tuple[int, int]]:
    """The (start, end) of each sentence of ``text``."""
    start = 0
    for match in _SENTENCE_END.finditer(text):
        yield start, match.start()
        start = match.end()
    if start < len(text):
        yield start, len(text)


def repeated_verb_findings(pair: DraftPair) -> Iterator[Finding]:
    """A finding for each verb said a second time in a sentence of either draft."""
    for draft in pair:
        yield from _draft_findings(draft)


def _draft_findings(draft: Draft) -> Iterator[Finding]:
    lang = draft.lang
    table = verb_table(lang)
    for part in draft.parts:
        for start, end, first, lemma in _repeats(part.text, lang):
            yield VERB_TWICE.at(
                lang=lang,
                part=part.key,
                span=(start, end),
                first=first,
                second=part.text[start:end],
                once=_ONCE[lang],
                instead=", ".join(f"«{v}»" for v in table.alternatives(lemma)),
            )


@lru_cache(maxsize=8192)
def _repeats(text: str, lang: Lang) -> tuple[tuple[int, int, str, str], ...]:
    """(start, end, the first use as written, lemma) of each verb said again in a
    sentence of ``text``; kept per paragraph text, so typing rechecks only the paragraph
    it changes."""
    if not repeats_any(text, lang):
        return ()
    found: list[tuple[int, int, str, str]] = []
    for start, end in _sentences(text):
        seen: dict[str, str] = {}
        for use in verbs_in(text[start:end], lang):
            written = text[start + use.start : start + use.end]
            if use.lemma in seen:
                found.append((start + use.start, start + use.end, seen[use.lemma], use.lemma))
            else:
                seen[use.lemma] = written
    return tuple(found)


def clear_cache() -> None:
    """Forget every paragraph read so far (for benchmarks)."""
    _repeats.cache_clear()
