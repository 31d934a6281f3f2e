"""Every word the tool itself writes, per language, for the spell checker to accept.

Titles of office (every form, gender and country variant), country names (CLDR and the
house forms), demonyms and their plurals, organisations and the gazetteer's places: the
officer never has to teach the checker a word the tool put in the draft. Hyphenated
names stay whole ("Guinea-Bisáu", "Port-au-Prince"): the checker accepts such a compound
as one word, so its parts ("au") are not accepted on their own.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import cache

from editor_app.core.draft import Lang
from editor_app.core.gazetteer import load_gazetteer
from editor_app.core.glossary import load_glossary
from editor_app.core.locales import ENGLISH_LOCALES, SPANISH_LOCALES
from editor_app.core.model import Gender
from editor_app.core.names import honorific_phrases
from editor_app.core.spelling.tokenize import compounds, tokenize
from editor_app.core.spelling.words import normalize_word
from editor_app.core.title_data import FORM_NAMES

log = logging.getLogger(__name__)

_PLAIN = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)*")

# The locales whose country names the drafts may carry, besides the readout's own.
_LOCALES: dict[Lang, tuple[str, ...]] = {"en": ENGLISH_LOCALES, "es": SPANISH_LOCALES}


def phrase_words(phrases: Iterable[str]) -> set[str]:
    """The words of ``phrases``, normalized, hyphenated compounds kept whole."""
    words: set[str] = set()
    for phrase in set(phrases):
        if _PLAIN.fullmatch(phrase):  # most names: no need for the full tokenizer
            words.update(normalize_word(w) for w in phrase.split())
            continue
        tokens = tokenize(phrase)
        joined: set[int] = set()
        for first, last in compounds(phrase, tokens):
            words.add(normalize_word(phrase[tokens[first].start : tokens[last - 1].end]))
            joined.update(range(first, last))
        words.update(
            normalize_word(t.text) for i, t in enumerate(tokens) if t.is_word and i not in joined
        )
    return words


def tool_phrases(lang: Lang, locale: str = "") -> Iterator[str]:
    """Every name, title and demonym the tool may write in ``lang`` (``locale``'s names too)."""
    glossary = load_glossary()
    for entry in glossary.titles.values():
        for variant in entry.variants():
            for gender in (Gender.MASCULINE, Gender.FEMININE):
                form = variant.form(lang, gender)
                yield from (form.get(name) for name in FORM_NAMES)
    for locale_name in dict.fromkeys((lang, *_LOCALES[lang], *([locale] if locale else []))):
        for code in glossary.country_codes():
            yield glossary.country_name(code, locale_name)
    for demonym in glossary.demonyms.values():
        forms = [demonym.en] if lang == "en" else [demonym.es_masculine, demonym.es_feminine]
        for word in forms:
            yield word
            yield from _plurals(word, lang)
    for names in glossary.organisation_names.values():
        yield from names.get(lang, ())
    yield from load_gazetteer().names(lang)
    yield from honorific_phrases(lang)


@cache
def tool_words(lang: Lang, locale: str = "") -> frozenset[str]:
    """The words of :func:`tool_phrases` (cached per language and locale)."""
    words = frozenset(phrase_words(tool_phrases(lang, locale)))
    log.debug("%d words the tool writes in %s (%s)", len(words), lang, locale or "default")
    return words


def _plurals(word: str, lang: Lang) -> list[str]:
    if " " in word or word.isupper() or word.endswith("."):
        return []  # "Costa Rican" and "U.S." take no plural of their own
    if lang == "en":
        return [word + "s"] if word[-1] in "niry" and not word.endswith("ese") else []
    if word[-1] in "aeo":
        return [word + "s"]
    if word[-1] in "íú":
        return [word + "es", word + "s"]  # "iraquíes" (RAE) and "iraquís"
    # "guyanés" → "guyaneses", "alemán" → "alemanes": the written accent goes.
    plain = "".join(
        c for c in unicodedata.normalize("NFD", word[-3:]) if unicodedata.category(c) != "Mn"
    )
    return [word[:-3] + unicodedata.normalize("NFC", plain) + "es"]
