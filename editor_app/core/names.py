"""Officials' names per language: spelling, order, honorific and the later-reference name.

An official may have a Spanish spelling that differs from the English one (EN "Andrii
Sybiha", ES "Andrí Sibiga"; each Spanish field left empty falls back to the English), an
honorific that goes before the name (EN "Prince", ES "el príncipe", per gender, from
``resources/names/names.json``), and a later-reference name chosen from the name's parts
by its convention: family name first ("Wang Yi" → "Wang"), Arabic ("Faisal bin Farhan Al
Saud" → "Faisal bin Farhan"), Spanish and Portuguese double surnames ("López Obrador"), a
known short form ("Lula"), or an explicit override. Language rules that arrange these in
a sentence live in ``language.py``; this module only says what the name is.
"""

from __future__ import annotations

import json
import logging
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from editor_app.core.draft import Lang
from editor_app.core.messages import Localized
from editor_app.core.model import Gender, NameConvention, Official

log = logging.getLogger(__name__)

OPTIONAL_FIELDS = ("es_given_names", "es_surname", "honorific", "later_name", "es_later_name")
"""An official's name fields besides the given names and surname (text, empty by default):
files and the roster hold them under these keys only when set."""
NAME_FIELDS = ("given_names", "surname", *OPTIONAL_FIELDS)
"""Every text field of an official that holds (part of) a name, in the form's order."""

_PATRONYMICS = frozenset({"bin", "bint", "ibn", "ben", "bent"})
_PARTICLES = frozenset(
    {"de", "del", "la", "las", "los", "da", "das", "do", "dos", "di", "du", "van", "von", "der"}
)


@dataclass(frozen=True)
class NameData:
    """The bundled name data: honorifics, known short forms and convention countries."""

    honorifics: dict[str, dict[Lang, dict[Gender, str]]]
    short_forms: dict[str, str]
    family_first: frozenset[str]
    iberian: frozenset[str]


def _forms(data: Any) -> dict[Lang, dict[Gender, str]]:
    out: dict[Lang, dict[Gender, str]] = {}
    for lang in ("en", "es"):
        genders = data.get(lang, {}) if isinstance(data, dict) else {}
        out[lang] = {
            gender: str(genders.get(gender.value, "")).strip()
            for gender in (Gender.MASCULINE, Gender.FEMININE)
        }
    return out


@cache
def name_data() -> NameData:
    """The bundled ``resources/names/names.json`` (read once)."""
    path = resources.files("editor_app.resources").joinpath("names").joinpath("names.json")
    data = json.loads(path.read_text("utf-8"))
    conventions = data.get("conventions", {})
    return NameData(
        honorifics={key: _forms(value) for key, value in data.get("honorifics", {}).items()},
        short_forms={_key(k): str(v) for k, v in data.get("short_forms", {}).items()},
        family_first=frozenset(c.upper() for c in conventions.get("family_first", ())),
        iberian=frozenset(c.upper() for c in conventions.get("iberian", ())),
    )


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def honorific_keys() -> list[str]:
    """The honorifics the data knows, in the file's order ("prince", "sheikh", "dr"…)."""
    return list(name_data().honorifics)


def honorific_text(key: str, lang: Lang, gender: Gender) -> str:
    """The honorific ``key`` in ``lang`` for ``gender``: "Princess", "el jeque", "" (Spanish
    leaves "Sir" out). A key the data does not know is a word as typed, in both languages."""
    key = key.strip()
    forms = name_data().honorifics.get(key.casefold())
    if forms is None:
        return key
    genders = forms[lang]
    return genders[Gender.FEMININE if gender is Gender.FEMININE else Gender.MASCULINE]


def honorific_phrases(lang: Lang) -> Iterator[str]:
    """Every honorific form the data holds in ``lang`` (for the spell checker)."""
    for forms in name_data().honorifics.values():
        yield from (text for text in forms[lang].values() if text)


def given_names(official: Official, lang: Lang) -> str:
    """The given names in ``lang`` (Spanish falls back to the English when left empty)."""
    english = official.given_names.strip()
    return (official.es_given_names.strip() or english) if lang == "es" else english


def surname(official: Official, lang: Lang) -> str:
    """The surname in ``lang`` (Spanish falls back to the English when left empty)."""
    english = official.surname.strip()
    return (official.es_surname.strip() or english) if lang == "es" else english


def convention(official: Official) -> NameConvention:
    """The official's convention; AUTO decided from the name (a "bin" makes it Arabic) and
    then from the country (family name first, Iberian double surnames, else given first)."""
    if official.convention is not NameConvention.AUTO:
        return official.convention
    words = f"{official.given_names} {official.surname}".casefold().split()
    if any(w in _PATRONYMICS for w in words[1:-1]):
        return NameConvention.ARABIC
    data = name_data()
    country = official.country.strip().upper()
    if country in data.family_first:
        return NameConvention.FAMILY_FIRST
    if country in data.iberian:
        return NameConvention.IBERIAN
    return NameConvention.GIVEN_FIRST


def full_name(official: Official, lang: Lang) -> str:
    """The whole name in ``lang``, in its convention's order: "Wang Yi", "Andrí Sibiga"."""
    given, family = given_names(official, lang), surname(official, lang)
    if convention(official) is not NameConvention.FAMILY_FIRST:
        return " ".join(p for p in (given, family) if p)
    # The family name opens the name: Spanish capitalises its particle as it does for a
    # surname standing alone ("De la Fuente Juan Ramón"), so "de {name}" never reads "de de".
    if lang == "es" and family:
        family = family[0].upper() + family[1:]
    return " ".join(p for p in (family, given) if p)


def first_name(official: Official, lang: Lang) -> str:
    """The name of a first reference: the honorific, then the whole name ("Prince Faisal bin
    Farhan Al Saud" / "el príncipe Faisal bin Farhan Al Saud")."""
    honorific = honorific_text(official.honorific, lang, official.gender)
    return " ".join(p for p in (honorific, full_name(official, lang)) if p)


def later_name(official: Official, lang: Lang) -> str:
    """The name of later references in ``lang``: the override, a known short form, or the
    part the convention takes ("Wang", "Faisal bin Farhan", "López Obrador", "Sibiga")."""
    override = official.later_name.strip()
    if lang == "es":
        override = official.es_later_name.strip() or override
    if override:
        return override
    short_forms = name_data().short_forms
    tried: tuple[Lang, ...] = (lang, "en")
    for lang_tried in tried:
        known = short_forms.get(_key(full_name(official, lang_tried)))
        if known:
            return known
    return _by_convention(
        convention(official), given_names(official, lang), surname(official, lang)
    )


def _by_convention(kind: NameConvention, given: str, family: str) -> str:
    if kind is NameConvention.ARABIC:
        words = f"{given} {family}".split()
        for i, word in enumerate(words[1:-1], start=1):
            if word.casefold() in _PATRONYMICS:
                return " ".join(words[: i + 2])  # "Faisal bin Farhan"
    if family:
        return family
    words = given.split()
    if kind is NameConvention.FAMILY_FIRST:
        return words[0] if words else ""
    # Only one field filled: its last word with the particles before it ("de la Fuente");
    # an Iberian name of four words or more keeps the surname before that ("López Obrador").
    start = _last_surname(words, len(words))
    if kind is NameConvention.IBERIAN and len(words) >= 4 and start == len(words) - 1:
        start = _last_surname(words, start)
    return " ".join(words[start:]) if start > 0 else given


def _last_surname(words: list[str], end: int) -> int:
    """Where the surname ending before ``end`` starts: its last word and its particles."""
    start = end - 1
    while start > 0 and words[start - 1].casefold() in _PARTICLES:
        start -= 1
    return start


def name_texts(official: Official, honorifics: bool = True) -> list[str]:
    """Every form of the official's name in both languages (for the spell checker and the
    Word file's no-proof names): given names, surnames, later names and (unless
    ``honorifics`` is False) the honorifics."""
    texts: list[str] = []
    langs: tuple[Lang, ...] = ("en", "es")
    for lang in langs:
        texts += [
            given_names(official, lang),
            surname(official, lang),
            full_name(official, lang),
            later_name(official, lang),
        ]
        if honorifics:
            texts.append(honorific_text(official.honorific, lang, official.gender))
    return list(dict.fromkeys(t for t in texts if t))


def names_of(officials: Iterable[Official]) -> list[str]:
    """Every form of every name of ``officials``."""
    return [text for official in officials for text in name_texts(official)]


# ---------------------------------------------------------------- scripts

_SCRIPT_NAMES: dict[str, Localized] = {
    "ARABIC": Localized("Arabic", "árabe"),
    "CYRILLIC": Localized("Cyrillic", "cirílico"),
    "CJK": Localized("Chinese characters", "caracteres chinos"),
    "HIRAGANA": Localized("Japanese kana", "kana japonés"),
    "KATAKANA": Localized("Japanese kana", "kana japonés"),
    "HANGUL": Localized("Hangul", "hangul"),
    "GREEK": Localized("Greek", "griego"),
    "HEBREW": Localized("Hebrew", "hebreo"),
    "DEVANAGARI": Localized("Devanagari", "devanagari"),
    "THAI": Localized("Thai", "tailandés"),
    "GEORGIAN": Localized("Georgian", "georgiano"),
    "ARMENIAN": Localized("Armenian", "armenio"),
}
OTHER_SCRIPT = Localized("a non-Latin script", "una escritura no latina")


def foreign_script(text: str) -> Localized | None:
    """The script of the first letter of ``text`` that is not Latin (neither draft writes
    it: "Сергей" → Cyrillic), or None when every letter is Latin, accents and all."""
    for char in text:
        if not char.isalpha():
            continue
        name = unicodedata.name(char, "")
        if name.startswith("LATIN"):
            continue
        script = name.split(" ", 1)[0]
        return _SCRIPT_NAMES.get(script, OTHER_SCRIPT)
    return None
