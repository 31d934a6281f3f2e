"""Grammar of names and titles: articles, contractions, particles, references.

Every language rule the templates need lives here once, for the GUI, the CLI and the
tests alike. Templates reach these through filters and the :class:`Person` objects of
the render context; they never fiddle with strings themselves.
"""

from __future__ import annotations

import logging
from dataclasses import astuple, dataclass

from editor_app.core import names
from editor_app.core.draft import Lang
from editor_app.core.gaps import COUNTRY as COUNTRY_GAP
from editor_app.core.gaps import OPEN as GAP_OPEN
from editor_app.core.gaps import marker
from editor_app.core.glossary import Glossary, TitleForm
from editor_app.core.model import (
    DEFAULT_APOSTROPHE,
    Gender,
    Official,
    PossessiveS,
    Settings,
    SpanishTitles,
    TitleStyle,
)
from editor_app.core.title_phrases import TitlePhrases, TitleWriter

log = logging.getLogger(__name__)

_CONTRACTIONS = {"de": "del", "a": "al"}


def article(gender: Gender, plural: bool = False) -> str:
    """The Spanish definite article for ``gender``: el, la, los, las.

    An unspecified gender takes the generic masculine.
    """
    if gender is Gender.FEMININE:
        return "las" if plural else "la"
    return "los" if plural else "el"


def with_preposition(preposition: str, phrase: str) -> str:
    """``preposition`` + ``phrase`` with Spanish contractions: de + el → del, a + el → al.

    Only the lowercase article contracts: "de El Salvador" keeps the capital article
    that is part of a name.
    """
    contracted = _CONTRACTIONS.get(preposition)
    if contracted and phrase.startswith("el "):
        return f"{contracted} {phrase[3:]}"
    if not phrase:
        return preposition
    return f"{preposition} {phrase}"


def capitalize_first(text: str) -> str:
    """``text`` with its first letter capitalised and the rest untouched; a gap marker
    ("⟨nombre⟩") is left as it is."""
    for i, char in enumerate(text):
        if char == GAP_OPEN:
            return text
        if char.isalpha():
            return text[:i] + char.upper() + text[i + 1 :]
    return text


_ARTICLES: dict[Lang, frozenset[str]] = {
    "en": frozenset({"The", "A", "An"}),
    "es": frozenset({"El", "La", "Los", "Las", "Un", "Una", "Unos", "Unas"}),
}
NAMES_WITH_THE = frozenset({"Hague", "Gambia", "Bahamas"})
"""Names whose English article keeps its capital inside a sentence: "The Hague"."""


def article_in_sentence(phrase: str, lang: Lang) -> str:
    """``phrase`` with a capitalised leading article lowered, to stand inside a sentence:
    "The G7 foreign ministers" → "the G7 foreign ministers", "Los ministros…" → "los
    ministros…". An article that belongs to a name keeps its capital ("El Salvador",
    "The Hague"): in Spanish the article is lowered only before a lowercase word.
    """
    first, _, rest = phrase.partition(" ")
    if first not in _ARTICLES[lang] or not rest:
        return phrase
    following = rest.split(" ", 1)[0]
    if lang == "es" and following[:1].isupper():
        return phrase
    if lang == "en" and following in NAMES_WITH_THE:
        return phrase
    return f"{first.lower()} {rest}"


_LOWER_IN_TITLES = frozenset(
    {"a", "al", "con", "de", "del", "e", "el", "en", "la", "las", "los", "para", "y"}
)


def state_capitals(title: str) -> str:
    """A Spanish title as State's own translations write it: every word capitalised but
    articles, prepositions and conjunctions ("secretario de Estado" → "Secretario de
    Estado", "portavoz adjunto principal" → "Portavoz Adjunto Principal")."""
    return " ".join(
        word if word in _LOWER_IN_TITLES else capitalize_first(word) for word in title.split(" ")
    )


def surname_alone(surname: str, lang: Lang) -> str:
    """A surname standing without the given name.

    Spanish capitalises a leading particle ("De la Fuente"); English keeps it lowercase
    ("de la Fuente").
    """
    surname = surname.strip()
    return capitalize_first(surname) if lang == "es" else surname


def possessive(phrase: str, settings: Settings) -> str:
    """The English possessive of ``phrase``: "Landau's", "Ross's" or "Ross'" (house style)."""
    mark = settings.apostrophe or DEFAULT_APOSTROPHE
    if phrase.endswith("s") and settings.possessive_s is PossessiveS.APOSTROPHE:
        return phrase + mark
    return phrase + mark + "s"


@dataclass(frozen=True)
class Person:
    """An official as the templates refer to them in one language.

    ``first`` is the first reference (full title and full name), ``later`` the short
    title and surname, ``title_ref`` the title alone ("the Deputy Secretary").
    """

    first: str
    later: str
    later_with_country: str
    title_ref: str
    surname: str
    name: str
    gender: Gender
    is_issuer: bool
    close: str = ""
    """What closes the first reference before the sentence goes on: "," after a Spanish
    apposition ("el subsecretario de Estado, Christopher Landau, conversó") and after an
    English title set after the name ("José Pérez, Spain's Minister of…, spoke"), else ""."""
    nationality: str = ""
    """The demonym of the official's country in their gender, the issuer's included
    ("ucraniana", "U.S."); "" when the country is unknown."""

    def __str__(self) -> str:
        return self.later


class References:
    """Builds :class:`Person` references for one language from the glossary.

    ``settings`` (the house's) choose the usual or official form of titles at first
    reference, the apostrophe of the English possessive a long title takes, and Spanish
    titles in lower case (RAE) or capitalised as State's translations write them.
    """

    def __init__(
        self,
        glossary: Glossary,
        lang: Lang,
        locale: str,
        issuer: str,
        settings: Settings | None = None,
    ) -> None:
        self.glossary = glossary
        self.lang: Lang = lang
        self.locale = locale
        self.issuer = issuer.upper()
        house = settings or Settings()
        self.capitals = lang == "es" and house.es_titles is SpanishTitles.CAPITALISED
        """Spanish titles capitalised as State writes them (a house style)."""
        self.titles = TitleWriter(
            glossary,
            lang,
            locale,
            self.issuer,
            official_titles=house.titles is TitleStyle.OFFICIAL,
            possessive=lambda phrase: possessive(phrase, house),
        )

    def title_form(self, official: Official) -> TitleForm | None:
        """The official's title in this language, or None when they have no title."""
        form = self._title_form(official)
        if form is None or not self.capitals:
            return form
        return TitleForm(*(state_capitals(text) for text in astuple(form)))

    def _title_form(self, official: Official) -> TitleForm | None:
        if official.custom_title is not None:
            ct = official.custom_title
            if self.lang == "en":
                full = ct.en_full.strip()
                return TitleForm(full, ct.en_short.strip() or full) if full else None
            full = ct.es_full.strip()
            return TitleForm(full, ct.es_short.strip() or full) if full else None
        return self.titles.form(official.title, official.gender, official.country)

    def demonym(self, official: Official) -> str:
        """The official's demonym, or "" for officials of the issuing country."""
        code = official.country.upper().strip()
        if not code:
            return marker(COUNTRY_GAP, self.lang)
        if code == self.issuer or not self.glossary.has_country(code):
            return ""
        return self.glossary.demonym(code, self.lang, official.gender)

    def nationality(self, official: Official) -> str:
        """The official's demonym, the issuer's included; "" for an unknown country."""
        code = official.country.upper()
        if not code or not self.glossary.has_country(code):
            return ""
        return self.glossary.demonym(code, self.lang, official.gender)

    def title_phrases(self, official: Official) -> TitlePhrases | None:
        """The title parts of the official's references, or None without a title."""
        form = self.title_form(official)
        if form is None:
            return None
        entry = None if official.custom_title is not None else self.titles.entry(official.title)
        return self.titles.phrases(
            form, official.gender, official.country, entry=entry, posting=official.posting
        )

    def person(self, official: Official) -> Person:
        """Every reference form of ``official`` in this language."""
        phrases = self.title_phrases(official)
        # The name in this language, honorific first ("Prince Faisal bin Farhan Al Saud");
        # later references take the name's later part ("Faisal bin Farhan"): core/names.py.
        name = names.first_name(official, self.lang)
        surname = surname_alone(names.later_name(official, self.lang), self.lang)
        demonym = self.demonym(official)
        if phrases is None:
            first, later, later_c, title_ref = name, surname, surname, name
        elif self.lang == "en":
            first = " ".join(p for p in (phrases.before, name) if p) + phrases.after
            later = f"{phrases.later} {surname}"
            later_c = f"{phrases.headline} {surname}"
            title_ref = phrases.alone
        else:
            # Apposition: "el secretario de Relaciones Exteriores de México, Juan Ramón de
            # la Fuente" — the closing comma belongs to the sentence, which adds it.
            first = f"{phrases.before}, {name}"
            later = f"{phrases.later} {surname}"
            later_c = f"{phrases.headline} {surname}"
            title_ref = phrases.alone
        return Person(
            first=first,
            later=later,
            later_with_country=later_c,
            title_ref=title_ref,
            surname=surname,
            name=names.full_name(official, self.lang),
            gender=official.gender,
            is_issuer=not demonym,
            close="," if phrases is not None and (self.lang == "es" or phrases.after) else "",
            nationality=self.nationality(official),
        )
