"""The verbs readouts use, by lemma: which verb a written form is, and what to say instead.

A small data table (``resources/verbs/lemmas.json``) lists, per language, each verb's
conjugated forms as drafts write them ("conversó", "conversar", "conversado"), not a
morphology engine: a form missing from the table is simply not a known verb. The lead
(:mod:`.lead`) reads it to keep a purpose from repeating the lead's verb, and the
repeated-verb check (:mod:`.checks.repeats`) to find a verb said twice in one sentence.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

from editor_app.core.draft import Lang

log = logging.getLogger(__name__)

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@dataclass(frozen=True)
class VerbTable:
    """One language's verbs: each form's lemma, and each lemma's alternatives."""

    lemma_of_form: dict[str, str]
    instead: dict[str, tuple[str, ...]]

    def lemma(self, word: str) -> str:
        """The lemma of ``word`` ("conversó" → "conversar"), or "" for a word not listed."""
        return self.lemma_of_form.get(word.lower(), "")

    def alternatives(self, lemma: str) -> tuple[str, ...]:
        """Other verbs to use for ``lemma`` ("conversar" → "abordar", "tratar")."""
        return self.instead.get(lemma, ())


@cache
def verb_table(lang: Lang) -> VerbTable:
    """The verb table of ``lang`` (read once from the bundled data)."""
    node = resources.files("editor_app.resources").joinpath("verbs", "lemmas.json")
    data = json.loads(node.read_text("utf-8"))[lang]
    forms: dict[str, str] = {}
    instead: dict[str, tuple[str, ...]] = {}
    for lemma, entry in data.items():
        for form in entry["forms"]:
            forms[form.lower()] = lemma
        instead[lemma] = tuple(entry.get("instead", ()))
    return VerbTable(forms, instead)


def repeats_any(text: str, lang: Lang) -> bool:
    """True when some known verb occurs twice in ``text`` (a quick test before
    :func:`verbs_in` looks sentence by sentence)."""
    forms = verb_table(lang).lemma_of_form
    lemmas = [forms[word] for word in _WORD.findall(text.lower()) if word in forms]
    return len(set(lemmas)) < len(lemmas)


@dataclass(frozen=True)
class VerbUse:
    """A known verb written in a text: its lemma and where it stands."""

    lemma: str
    start: int
    end: int


def verbs_in(text: str, lang: Lang) -> Iterator[VerbUse]:
    """Every known verb in ``text``, in order."""
    table = verb_table(lang)
    for match in _WORD.finditer(text):
        lemma = table.lemma(match.group())
        if lemma:
            yield VerbUse(lemma, match.start(), match.end())


def first_verb(text: str, lang: Lang) -> tuple[str, int]:
    """The lemma of the verb ``text`` opens with and the offset just after it ("", 0 when
    it opens with no known verb). A Spanish clitic before the verb is skipped ("se reunió",
    "lo felicitó")."""
    table = verb_table(lang)
    words = list(_WORD.finditer(text))[:2]
    if not words:
        return "", 0
    lemma = table.lemma(words[0].group())
    if lemma:
        return lemma, words[0].end()
    if lang == "es" and len(words) == 2 and words[0].group().lower() in _CLITICS:
        lemma = table.lemma(words[1].group())
        if lemma:
            return lemma, words[1].end()
    return "", 0


_CLITICS = frozenset({"se", "lo", "la", "los", "las", "le", "les", "nos"})
