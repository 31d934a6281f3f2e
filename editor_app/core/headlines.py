"""Headlines (the title of a readout) in each language's case.

English headlines capitalise every word but articles, conjunctions and short
prepositions, which stay lowercase unless they open the headline ("Secretary Rubio’s
Call with the G7 Foreign Ministers"), as state.gov writes its titles. Spanish headlines
are in sentence case ("Llamada del secretario Rubio con los ministros…"). Either way a
headline opens with a capital, a name particle included ("De la Fuente’s Call with…").
"""

from __future__ import annotations

import logging
import re

from editor_app.core.language import NAMES_WITH_THE, article_in_sentence, capitalize_first

log = logging.getLogger(__name__)

SMALL_WORDS = frozenset(
    {"a", "an", "the", "and", "but", "or", "nor", "as", "at", "by", "for", "from", "in"}
    | {"of", "on", "to", "via", "vs", "with"}
)
"""English words a headline keeps lowercase inside it."""

_WORD = re.compile(r"[^\W\d_]+(?:[’'][^\W\d_]+)?")
_CLAUSE_STARTS = frozenset(":—–")
_NAMES_WITH_A_CAPITAL = re.compile(rf"The (?:{'|'.join(sorted(NAMES_WITH_THE))})\b")


def headline(text: str) -> str:
    """A phrase set inside an English headline: "the G7 foreign ministers" → "the G7
    Foreign Ministers".

    Small words stay (or become) lowercase wherever they stand, a leading article
    included, since the phrase never opens the headline; words already holding a capital
    or a digit are kept as typed (acronyms, "U.S.", "de la Fuente" is left to the data).
    """
    out: list[str] = []
    words = article_in_sentence(text, "en").split(" ")
    for word, following in zip(words, [*words[1:], ""], strict=True):
        if word == "The" and following in NAMES_WITH_THE:
            out.append(word)
        elif word.lower() in SMALL_WORDS and word[:1].isupper() and word[1:].islower():
            out.append(word.lower())
        elif any(c.isupper() or c.isdigit() for c in word) or word in SMALL_WORDS:
            out.append(word)
        else:
            out.append(capitalize_first(word))
    return " ".join(out)


def headline_opening(title: str) -> str:
    """``title`` with the capital every headline opens with, in either language: "de la
    Fuente’s Call with…" → "De la Fuente’s Call with…"."""
    return capitalize_first(title)


def capitalised_small_words(title: str) -> list[tuple[int, int]]:
    """Where an English headline capitalises a small word it should keep lowercase:
    "Call With", "Meeting With The". The first word, a word opening a subtitle (after a
    colon or a dash) and the article of a name ("The Hague") are left alone."""
    found: list[tuple[int, int]] = []
    protected = {m.start() for m in _NAMES_WITH_A_CAPITAL.finditer(title)}
    for match in _WORD.finditer(title):
        word = match.group()
        start = match.start()
        if word.lower() not in SMALL_WORDS or not word[:1].isupper():
            continue
        if len(word) > 1 and not word[1:].islower():
            continue  # all capitals ("IN", "OR"): an acronym or a shout, not a case slip
        i = start - 1
        while i >= 0 and title[i].isspace():
            i -= 1
        if i < 0 or title[i] in _CLAUSE_STARTS or start in protected:
            continue
        if word == "A" and not _followed_by_word(title, match.end()):
            continue  # "Plan A", "Annex A"
        found.append((start, match.end()))
    return found


def _followed_by_word(text: str, end: int) -> bool:
    return text[end : end + 1] == " " and text[end + 1 : end + 2].isalpha()
