"""How a title of office stands with a name, in each language: first and later references,
the headline, and the lead form of a title too long (or comma-bearing) to stand before
the name.

English puts the country's demonym before the title ("Spanish Foreign Minister José
Pérez"); a long or comma-bearing title goes after the name with the country's possessive
("José Pérez, Spain's Minister of Foreign Affairs, European Union and Cooperation,").
Spanish names the country after the title ("el ministro de Asuntos Exteriores de España,
José Pérez,"), or, when the title holds commas of its own, by the demonym after the
title's head ("el ministro español de Asuntos Exteriores, Unión Europea y Cooperación,
José Pérez,"), never "…Cooperación de España". A title that already names its country or
organisation gets neither. An official of an organisation (NATO, the UN) keeps it in
every reference: "NATO Secretary General Rutte", "el secretario general de la OTAN Rutte".
An ambassador names the posting both ways: "U.S. Ambassador to Mexico" / "el embajador de
Estados Unidos en México".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from editor_app.core.draft import Lang
from editor_app.core.gaps import COUNTRY as COUNTRY_GAP
from editor_app.core.gaps import marker
from editor_app.core.glossary import Glossary
from editor_app.core.model import Gender
from editor_app.core.title_data import TitleEntry, TitleForm

_Named = Callable[[str, str], bool]
"""Whether a title's text (of the form named) already names the official's country."""

LONG_TITLE_WORDS = 10
"""An English title longer than this many words goes after the name in a first reference."""

# Spanish words that end a title's head: the demonym goes before them ("ministro español
# de Asuntos Exteriores"); "de Estado" and "de Gobierno" belong to the head itself.
_HEAD_ENDS = frozenset({"de", "del", "para", "y", "e"})
_HEAD_KEEPS = ("de Estado", "de Gobierno")


@dataclass(frozen=True)
class TitlePhrases:
    """The title parts of an official's references in one language.

    ``before`` stands before the name at first reference, ``after`` after it (with the
    comma that opens it), ``later`` before the surname in later references, ``headline``
    before the surname in the readout's title, ``alone`` is the title without a name
    ("the Deputy Secretary"). Spanish parts carry their article.
    """

    before: str
    after: str
    later: str
    headline: str
    alone: str


def insert_demonym(title: str, demonym: str) -> str:
    """Spanish: the demonym after the title's head ("ministro español de Asuntos
    Exteriores", "canciller mexicano", "secretario de Estado británico de…")."""
    words = title.split(" ")
    i = 1
    while i < len(words):
        if " ".join(words[i : i + 2]) in _HEAD_KEEPS:
            i += 2  # "de Estado" belongs to the head: "secretario de Estado británico"
            continue
        if words[i] in _HEAD_ENDS:
            return " ".join([*words[:i], demonym, *words[i:]])
        i += 1
    return f"{title} {demonym}"


def _contains(text: str, name: str) -> bool:
    return bool(name) and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.I) is not None


class TitleWriter:
    """Sets titles beside names in one language and locale for one issuing country."""

    def __init__(
        self,
        glossary: Glossary,
        lang: Lang,
        locale: str,
        issuer: str,
        *,
        official_titles: bool = False,
        possessive: Callable[[str], str] = lambda phrase: phrase + "’s",
    ) -> None:
        self.glossary = glossary
        self.lang: Lang = lang
        self.locale = locale
        self.issuer = issuer.upper()
        self.official_titles = official_titles
        self.possessive = possessive

    def entry(self, key: str) -> TitleEntry | None:
        """The glossary title ``key``, or None."""
        return self.glossary.titles.get(key) if key else None

    def form(self, key: str, gender: Gender, country: str) -> TitleForm | None:
        """The title ``key``'s forms for ``gender``, ``country`` and this locale."""
        entry = self.entry(key)
        return entry.form(self.lang, gender, country, self.locale) if entry else None

    def names_body(self, text: str, code: str, entry: TitleEntry | None, form: str) -> bool:
        """True when ``text`` (a ``form`` of ``entry``) already names country ``code``."""
        if entry is not None and form in entry.variant(code, self.locale).names_body:
            return True
        if not code or not self.glossary.has_country(code):
            return False
        # By name only: a demonym in a title ("Moroccan Expatriates") is no country's name.
        names = {self.glossary.country_name(code, self.locale)}
        names.update(self.glossary.organisation_names.get(code, {}).get(self.lang, ()))
        return any(_contains(text, name) for name in names if name)

    def _country_phrase(self, code: str) -> str:
        """The country's name with its article ("el Reino Unido", "the United States")."""
        name = self.glossary.country_name(code, self.locale)
        article = self.glossary.country_article(code, self.lang)
        return f"{article} {name}" if article else name

    def _of_country(self, code: str) -> str:
        phrase = self._country_phrase(code)
        if phrase.startswith("el "):
            return "del " + phrase[3:]
        return "de " + phrase

    def with_posting(self, text: str, entry: TitleEntry, code: str, posting: str) -> str:
        """The title naming where its holder serves: "Ambassador to Mexico" / "embajador
        de Estados Unidos en México" (Spanish names the sending country too)."""
        posting = posting.upper()
        if not posting or not entry.posting or not self.glossary.has_country(posting):
            return text
        preposition = entry.posting.get(self.lang, "")
        if self.lang == "es" and self.glossary.is_organisation(posting):
            preposition = "ante"  # "ante la OEA", "ante la ONU"
        place = self._country_phrase(posting)
        if self.lang == "en":
            return f"{text} {preposition} {place}"
        home = self._of_country(code) if code and self.glossary.has_country(code) else ""
        return " ".join(p for p in (text, home, preposition, place) if p)

    def phrases(
        self,
        form: TitleForm,
        gender: Gender,
        code: str,
        *,
        entry: TitleEntry | None = None,
        posting: str = "",
    ) -> TitlePhrases:
        """Every title part of an official with title ``form`` from country ``code``."""
        code = code.upper().strip()
        known = bool(code) and self.glossary.has_country(code)
        org = known and self.glossary.is_organisation(code)
        # A country left empty shows as a gap where the country would stand ("⟨country⟩
        # Foreign Minister", "de ⟨país⟩"), never as an official of the issuer.
        missing = not code
        foreign = (known and code != self.issuer) or missing
        first_name = "official" if self.official_titles else "full"
        first = form.get(first_name)
        posted = entry is not None and bool(posting) and bool(entry.posting)
        if posted and entry is not None:
            first = self.with_posting(first, entry, code, posting)
        gap = marker(COUNTRY_GAP, self.lang)
        demonym = (
            gap if missing else self.glossary.demonym(code, self.lang, gender) if known else ""
        )

        def named(text: str, which: str) -> bool:
            if posted and which == first_name:
                # Spanish names the sending country with the posting; English by demonym.
                return self.lang == "es"
            return self.names_body(text, code, entry, which)

        if self.lang == "en":
            return self._english(form, first, first_name, code, demonym, foreign or posted, named)
        of_country = f"de {gap}" if missing else self._of_country(code) if foreign else ""
        return self._spanish(form, first, first_name, gender, (demonym, of_country), org, named)

    def _english(
        self,
        form: TitleForm,
        first: str,
        first_name: str,
        code: str,
        demonym: str,
        foreign: bool,
        named: _Named,
    ) -> TitlePhrases:
        org = self.glossary.is_organisation(code)

        def with_demonym(text: str, which: str) -> str:
            if not foreign or not demonym or named(text, which):
                return text
            return f"{demonym} {text}"

        short = with_demonym(form.short, "short") if org else form.short
        headline = with_demonym(form.get("headline"), "headline")
        alone = f"the {short}"
        if "," in first or len(first.split()) > LONG_TITLE_WORDS:
            # The lead form: after the name, the country's possessive before the title.
            owns = foreign and demonym and not named(first, first_name)
            country = self._country_phrase(code) if code else demonym
            owner = self.possessive(country) if owns else ""
            after = " ".join(p for p in (owner, first) if p)
            return TitlePhrases("", f", {after}", short, headline, alone)
        return TitlePhrases(with_demonym(first, first_name), "", short, headline, alone)

    def _spanish(
        self,
        form: TitleForm,
        first: str,
        first_name: str,
        gender: Gender,
        country: tuple[str, str],
        org: bool,
        named: _Named,
    ) -> TitlePhrases:
        """``country`` is the demonym and "de + country" of a foreign official, else ""."""
        art = "la" if gender is Gender.FEMININE else "el"
        demonym, of_country = country
        foreign = bool(of_country)

        def with_country(text: str, which: str, *, adjective: bool) -> str:
            if not foreign or named(text, which):
                return text
            if not adjective:
                return f"{text} {of_country}"
            return insert_demonym(text, of_country if org else demonym)

        # A title with commas of its own takes the demonym, never "…, Cooperación de España".
        before = with_country(first, first_name, adjective="," in first)
        short = with_country(form.short, "short", adjective=False) if org else form.short
        headline = with_country(form.get("headline"), "headline", adjective=not org)
        return TitlePhrases(
            before=f"{art} {before}",
            after="",
            later=f"{art} {short}",
            headline=f"{art} {headline}",
            alone=f"{art} {short}",
        )
