"""What every draft of the matrix must show, one function per rule.

Each takes a case and its rendered pair and returns the violations it finds, each a short
line naming the case, the language, the part and the text around the fault.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from editor_app.core.draft import Draft, DraftPair, Lang
from editor_app.core.glossary import Glossary
from editor_app.core.model import Gender, Readout
from tests.matrix.cases import Case

Invariant = Callable[[Case, DraftPair, Glossary], list[str]]

_EMPTY_SLOT = re.compile(r"  | [,.;:]|\( ?\)| [’']s\b|[,;:] ?[,.;:]|\.\.|^\s|\s$")
_DOUBLED_WORD = re.compile(r"\b(\w+)\s+\1\b", re.IGNORECASE)
"""A word twice ("with with"); "de De la Fuente" (a particle opening a surname) is not."""
_LEFT_AS_WRITTEN = re.compile(r"[{}]|\{%|%\}")
_CAPITAL_SMALL_WORD = re.compile(r"(?<=\S) (?:The|A|An|And|Of|With|For|To|On|In|At|By)\b")
_CAPITAL_AFTER_COLON = re.compile(r":\s+(?:El|La|Los|Las|Del|Al|Lo|Un|Una)\b")


def _parts(pair: DraftPair) -> Iterator[tuple[Draft, str, str]]:
    for draft in pair:
        for part in draft:
            yield draft, part.key, part.text


def _at(case: Case, lang: Lang, key: str, text: str, start: int, end: int) -> str:
    left, right = max(0, start - 40), min(len(text), end + 40)
    return f"{case.label} [{lang} {key}] …{text[left:right]}…"


def _matches(case: Case, pair: DraftPair, pattern: re.Pattern[str], lang: Lang | None) -> list[str]:
    found = []
    for draft, key, text in _parts(pair):
        if lang is None or draft.lang == lang:
            found += [_at(case, draft.lang, key, text, *m.span()) for m in pattern.finditer(text)]
    return found


def no_empty_slot(case: Case, pair: DraftPair, glossary: Glossary) -> list[str]:
    """No double space, space before punctuation, "( )", "Secretary 's", ",," or "..."."""
    return _matches(case, pair, _EMPTY_SLOT, None)


def no_doubled_word(case: Case, pair: DraftPair, glossary: Glossary) -> list[str]:
    """No word written twice in a row ("with with", "de de"), nor a comma twice."""
    found = []
    for draft, key, text in _parts(pair):
        for m in _DOUBLED_WORD.finditer(text):
            first, second = m.group(0).split()[0], m.group(0).split()[-1]
            if not (first.islower() and second[:1].isupper()):
                found.append(_at(case, draft.lang, key, text, *m.span()))
    return found


def no_placeholder_left(case: Case, pair: DraftPair, glossary: Glossary) -> list[str]:
    """Every placeholder that names someone is replaced: no brace left in any part."""
    return _matches(case, pair, _LEFT_AS_WRITTEN, None)


def no_capital_after_spanish_colon(case: Case, pair: DraftPair, glossary: Glossary) -> list[str]:
    """Spanish goes on in lower case after a colon: "en un punto: el subsecretario…"."""
    return _matches(case, pair, _CAPITAL_AFTER_COLON, "es")


def english_headline_keeps_small_words_lowercase(
    case: Case, pair: DraftPair, glossary: Glossary
) -> list[str]:
    """Articles, conjunctions and short prepositions stay lowercase inside an English
    headline: "Call with the G7 Foreign Ministers"."""
    title = pair.en.text_of("title")
    return [_at(case, "en", "title", title, *m.span()) for m in _CAPITAL_SMALL_WORD.finditer(title)]


def _open_appositions(case: Case, pair: DraftPair, in_lead: bool) -> list[str]:
    found = []
    names = [o.full_name for o in case.readout.officials()]
    for _draft, key, text in (p for p in _parts(pair) if p[0].lang == "es"):
        if (key == "lead") != in_lead or key == "title":
            continue
        for name in names:
            for m in re.finditer(re.escape(", " + name), text):
                after = text[m.end() : m.end() + 1]
                if after and after not in ",.;:)":
                    found.append(_at(case, "es", key, text, *m.span()))
    return found


def spanish_appositions_closed_in_lead(
    case: Case, pair: DraftPair, glossary: Glossary
) -> list[str]:
    """In the Spanish lead "el secretario de Estado, Marco Rubio," closes its apposition."""
    return _open_appositions(case, pair, in_lead=True)


def spanish_appositions_closed_in_points(
    case: Case, pair: DraftPair, glossary: Glossary
) -> list[str]:
    """In Spanish points a first reference closes its apposition when the sentence goes on:
    "{counterpart:first} y…" → "…, Ana Pérez, y…"."""
    return _open_appositions(case, pair, in_lead=False)


def spanish_lists_of_appositions_take_semicolons(
    case: Case, pair: DraftPair, glossary: Glossary
) -> list[str]:
    """Three or more counterparts in the Spanish lead, each "title, Name", are joined by
    semicolons: "…de Canadá, Ana Pérez; el secretario…, Luis Soto, y el ministro…"."""
    readout = case.readout
    if len(readout.counterparts) < 3 or readout.group.es:
        return []
    lead = pair.es.text_of("lead")
    found = []
    for official in readout.counterparts[:-2]:
        at = lead.find(", " + official.full_name)
        end = at + len(official.full_name) + 2
        if at >= 0 and lead[end : end + 1] != ";":
            found.append(_at(case, "es", "lead", lead, at, end))
    return found


def spanish_list_items_keep_their_preposition(
    case: Case, pair: DraftPair, glossary: Glossary
) -> list[str]:
    """After "recibió a" / "dio la bienvenida a" / "recibió una llamada de" every item of
    the list keeps its preposition: "recibió al canciller…, y a la ministra…"."""
    readout = case.readout
    lead = pair.es.text_of("lead")
    if len(readout.counterparts) < 2 or readout.group.es:
        return []
    if not re.search(r"\b(?:recibió|dio la bienvenida)\b", lead):
        return []
    found = []
    for official in readout.counterparts[:-1]:
        name = ", " + official.full_name
        at = lead.find(name)
        rest = lead[at + len(name) :] if at >= 0 else ""
        if re.match(r"[,;]? (?:[ye] )?(?:el|la|los|las) ", rest):
            found.append(_at(case, "es", "lead", lead, at, at + len(name) + 8))
    return found


def _country_words(glossary: Glossary, readout: Readout, code: str, lang: Lang) -> set[str]:
    words = {glossary.country_name(code, readout.locales.get(lang))}
    words |= {glossary.demonym(code, lang, gender) for gender in Gender}
    return {w for w in words if w}


def _names_its_own_body(glossary: Glossary, title: str) -> bool:
    """True for a title that names its own country or organisation in every form."""
    return glossary.has_title(title) and bool(glossary.title(title).names_body)


def every_country_named(case: Case, pair: DraftPair, glossary: Glossary) -> list[str]:
    """Each counterpart's country is named (or its demonym used) in the headline or lead
    of both drafts, unless a group ("the G7 foreign ministers") stands for them."""
    readout = case.readout
    if readout.group.en:
        return []
    found = []
    for draft in pair:
        text = draft.text_of("title") + "\n" + draft.text_of("lead")
        for official in readout.counterparts:
            if _names_its_own_body(glossary, official.title):
                continue  # "President of the Swiss Confederation" names no other country
            words = _country_words(glossary, readout, official.country, draft.lang)
            if not any(w.lower() in text.lower() for w in words):
                found.append(f"{case.label} [{draft.lang}] no {sorted(words)} in: {text}")
    return found


INVARIANTS: dict[str, Invariant] = {
    "no_empty_slot": no_empty_slot,
    "no_doubled_word": no_doubled_word,
    "no_placeholder_left": no_placeholder_left,
    "no_capital_after_spanish_colon": no_capital_after_spanish_colon,
    "spanish_appositions_closed_in_lead": spanish_appositions_closed_in_lead,
    "spanish_appositions_closed_in_points": spanish_appositions_closed_in_points,
    "spanish_lists_of_appositions_take_semicolons": spanish_lists_of_appositions_take_semicolons,
    "spanish_list_items_keep_their_preposition": spanish_list_items_keep_their_preposition,
    "every_country_named": every_country_named,
    "english_headline_keeps_small_words_lowercase": english_headline_keeps_small_words_lowercase,
}
