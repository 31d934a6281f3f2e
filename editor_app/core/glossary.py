"""Titles of office, countries and demonyms, in English and Spanish, both genders.

The data ships in ``resources/glossary/*.json``: ``titles.json`` (titles of office),
``countries.json`` (demonyms, articles, house forms of names, which codes are
organisations), ``organisations.json`` (the UN, NATO, the OAS... by name and acronym in
each language) and ``offices.json`` (each country's head of state and of government and
its foreign minister's title). Country names come from CLDR through Babel so they follow
the locale (kept in a cache file by :mod:`.territories`). A user folder may add or
override entries (files of the same names and shape).
"""

from __future__ import annotations

import difflib
import json
import logging
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from editor_app.core.draft import LANGS, Lang
from editor_app.core.model import Gender
from editor_app.core.territories import territory_names
from editor_app.core.title_data import (
    GlossaryError,
    TitleEntry,
    TitleForm,
    compact_title,
    title_entry,
)

__all__ = ["Glossary", "GlossaryError", "TitleEntry", "TitleForm", "load_glossary"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Demonym:
    """What an official of a country is called: English and Spanish in both genders."""

    en: str
    es_masculine: str
    es_feminine: str

    def get(self, lang: Lang, gender: Gender) -> str:
        """The demonym in ``lang`` agreeing with ``gender`` (Spanish)."""
        if lang == "en":
            return self.en
        return self.es_feminine if gender is Gender.FEMININE else self.es_masculine


Office = Literal["head_of_state", "head_of_government", "foreign_minister"]
OFFICES: tuple[Office, ...] = ("head_of_state", "head_of_government", "foreign_minister")


@dataclass(frozen=True)
class CountryOffices:
    """A country's offices: title keys of its heads, its own foreign-minister title (if it
    names the office its own way), and for a territory the sovereign it shares them with."""

    head_of_state: str = ""
    head_of_government: str = ""
    foreign_minister: TitleEntry | None = None
    sovereign: str = ""


@dataclass
class _Data:
    """Everything the glossary files hold, merged file after file."""

    titles: dict[str, TitleEntry]
    demonyms: dict[str, Demonym]
    articles: dict[Lang, dict[str, str]]
    optional_articles: dict[Lang, dict[str, str]]
    names: dict[str, dict[str, str]]
    organisations: set[str]
    offices: dict[str, CountryOffices]
    ambiguous_names: dict[str, set[str]]
    organisation_names: dict[str, dict[str, tuple[str, ...]]]


class Glossary:
    """Look-ups of titles and countries. Build one with :func:`load_glossary`."""

    def __init__(
        self,
        titles: dict[str, TitleEntry],
        demonyms: dict[str, Demonym],
        articles: dict[Lang, dict[str, str]],
        *,
        optional_articles: dict[Lang, dict[str, str]] | None = None,
        names: dict[str, dict[str, str]] | None = None,
        organisations: frozenset[str] = frozenset(),
        offices: dict[str, CountryOffices] | None = None,
        ambiguous_names: dict[str, frozenset[str]] | None = None,
        organisation_names: dict[str, dict[str, tuple[str, ...]]] | None = None,
    ) -> None:
        self.titles = titles
        self.demonyms = demonyms
        self.articles = articles
        self.optional_articles = optional_articles or {}
        self.names = names or {}
        self.organisations = organisations
        self.offices = offices or {}
        self.ambiguous_names = ambiguous_names or {}
        self.organisation_names = organisation_names or {}
        """Per organisation key ("NATO"), per language, its forms ("OTAN", "Organización del
        Tratado del Atlántico Norte"), the house's first."""
        """Per language, names that are also common words or other places ("Reunión",
        "Jersey"): a text using them does not name the country for the parity check."""

    def title(self, key: str) -> TitleEntry:
        """The title with ``key``; KeyError when unknown (see :meth:`suggest_title`)."""
        return self.titles[key]

    def has_title(self, key: str) -> bool:
        """True when ``key`` names a glossary title."""
        return key in self.titles

    def suggest_title(self, key: str) -> str | None:
        """The closest known title key to a mistyped ``key``, or None."""
        matches = difflib.get_close_matches(key, list(self.titles), n=1, cutoff=0.6)
        return matches[0] if matches else None

    def has_country(self, code: str) -> bool:
        """True when ``code`` is a country we know a demonym for."""
        return code.upper() in self.demonyms

    def suggest_country(self, code: str) -> str | None:
        """The closest known country code, or None."""
        matches = difflib.get_close_matches(code.upper(), list(self.demonyms), n=1)
        return matches[0] if matches else None

    def demonym(self, code: str, lang: Lang, gender: Gender) -> str:
        """The demonym of country ``code`` in ``lang``, e.g. "Mexican" / "mexicana"."""
        return self.demonyms[code.upper()].get(lang, gender)

    def country_name(self, code: str, locale: str) -> str:
        """The name of country ``code`` in ``locale``, e.g. "México": CLDR's, or the house
        form where CLDR's display name is not what a press text writes ("Hong Kong")."""
        code = code.upper()
        house = self.names.get(_lang_of(locale), {}).get(code)
        return house or territory_names(locale).get(code, code)

    def country_article(self, code: str, lang: Lang, *, optional: bool = False) -> str:
        """The article the country's name takes ("el" Reino Unido, "the" Netherlands), or "".

        With ``optional`` (a house choice) also the articles Spanish may use: "los" Estados
        Unidos, "el" Perú.
        """
        code = code.upper()
        article = self.articles.get(lang, {}).get(code, "")
        if not article and optional:
            article = self.optional_articles.get(lang, {}).get(code, "")
        return article

    def country_codes(self) -> list[str]:
        """Every country code with a demonym, sorted (organisations such as EU included)."""
        return sorted(self.demonyms)

    def is_organisation(self, code: str) -> bool:
        """True when ``code`` names an organisation (EU), not a country or territory."""
        return code.upper() in self.organisations

    def organisation_name(self, key: str, lang: Lang) -> str:
        """The house form of organisation ``key`` in ``lang`` ("OTAN"), or ``key``."""
        forms = self.organisation_names.get(key.upper(), {}).get(lang, ())
        return forms[0] if forms else key

    def state_codes(self) -> list[str]:
        """Every country and territory code (no organisation), sorted."""
        return sorted(c for c in self.demonyms if c not in self.organisations)

    def office_title(self, code: str, office: Office) -> TitleEntry | None:
        """The title of ``office`` in country ``code``, its own forms already chosen.

        A territory shares its sovereign's head of state and foreign minister. None for an
        unknown country or an organisation.
        """
        code = code.upper()
        offices = self.offices.get(code)
        if offices is None:
            return None
        if office == "foreign_minister":
            if offices.foreign_minister is not None:
                return offices.foreign_minister
            if offices.sovereign:
                return self.office_title(offices.sovereign, office)
            entry = self.titles.get("foreign_minister")
            return entry.countries.get(code, entry) if entry else None
        key = offices.head_of_state if office == "head_of_state" else offices.head_of_government
        if not key and offices.sovereign:
            return self.office_title(offices.sovereign, office)
        entry = self.titles.get(key)
        return entry.countries.get(code, entry) if entry else None


def _lang_of(locale: str) -> str:
    return locale.replace("-", "_").split("_")[0].lower()


def _read_json(text: str, source: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise GlossaryError(f"{source}: line {exc.lineno}, column {exc.colno}: {exc.msg}") from exc


def _merge_titles(data: _Data, titles_data: Any, source: str) -> None:
    if not isinstance(titles_data, dict):
        raise GlossaryError(f"{source}/titles.json: expected an object of titles")
    for key, value in titles_data.items():
        if key.startswith("_"):
            continue
        data.titles[key] = title_entry(key, value, f"{source}/titles.json: {key}")


def _table(value: Any, where: str) -> dict[str, str]:
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        raise GlossaryError(f"{where}: expected an object of texts by country code")
    return {str(code).upper(): text for code, text in value.items()}


def _merge_countries(data: _Data, countries_data: Any, source: str) -> None:
    where = f"{source}/countries.json"
    if not isinstance(countries_data, dict):
        raise GlossaryError(f"{where}: expected an object")
    for code, forms in countries_data.get("demonyms", {}).items():
        if not (isinstance(forms, list) and len(forms) == 3):
            raise GlossaryError(
                f"{where}: demonyms.{code}: expected [English, Spanish masculine, Spanish feminine]"
            )
        data.demonyms[code.upper()] = Demonym(*(str(f) for f in forms))
    for lang in LANGS:
        for field, target in (
            ("articles", data.articles),
            ("optional_articles", data.optional_articles),
            ("names", data.names),
        ):
            value = countries_data.get(field, {}).get(lang, {})
            target.setdefault(lang, {}).update(_table(value, f"{where}: {field}.{lang}"))
    organisations = countries_data.get("organisations", [])
    if not isinstance(organisations, list):
        raise GlossaryError(f"{where}: organisations: expected a list of codes")
    data.organisations.update(str(code).upper() for code in organisations)
    for lang in LANGS:
        names = countries_data.get("ambiguous_names", {}).get(lang, [])
        if not isinstance(names, list):
            raise GlossaryError(f"{where}: ambiguous_names.{lang}: expected a list of names")
        data.ambiguous_names.setdefault(lang, set()).update(str(n) for n in names)


def _merge_offices(data: _Data, offices_data: Any, source: str) -> None:
    where = f"{source}/offices.json"
    countries = offices_data.get("countries") if isinstance(offices_data, dict) else None
    if not isinstance(countries, dict):
        raise GlossaryError(f"{where}: expected {{'countries': {{code: offices}}}}")
    for code, value in countries.items():
        here = f"{where}: countries.{code}"
        if not isinstance(value, dict):
            raise GlossaryError(f"{here}: expected an object")
        keys = {}
        for field in ("head_of_state", "head_of_government", "sovereign"):
            text = value.get(field, "")
            if not isinstance(text, str):
                raise GlossaryError(f"{here}.{field}: expected text")
            if field != "sovereign" and text and text not in data.titles:
                raise GlossaryError(f"{here}.{field}: {text!r} is no title in titles.json")
            keys[field] = text
        minister = value.get("foreign_minister")
        data.offices[code.upper()] = CountryOffices(
            head_of_state=keys["head_of_state"],
            head_of_government=keys["head_of_government"],
            sovereign=keys["sovereign"].upper(),
            foreign_minister=(
                compact_title(
                    "foreign_minister",
                    minister,
                    f"{here}.foreign_minister",
                    data.titles.get("foreign_minister"),
                )
                if minister is not None
                else None
            ),
        )


def _merge_organisations(data: _Data, organisations_data: Any, source: str) -> None:
    where = f"{source}/organisations.json"
    table = (
        organisations_data.get("organisations") if isinstance(organisations_data, dict) else None
    )
    if not isinstance(table, dict):
        raise GlossaryError(f"{where}: expected {{'organisations': {{key: names}}}}")
    for key, value in table.items():
        forms = {lang: value.get(lang) if isinstance(value, dict) else None for lang in LANGS}
        if not all(
            isinstance(f, list) and f and all(isinstance(n, str) and n for n in f)
            for f in forms.values()
        ):
            raise GlossaryError(f"{where}: {key}: expected {{'en': [names], 'es': [names]}}")
        data.organisation_names[key.upper()] = {lang: tuple(f or ()) for lang, f in forms.items()}


_FILES = ("titles.json", "countries.json", "organisations.json", "offices.json")
_MERGERS = (_merge_titles, _merge_countries, _merge_organisations, _merge_offices)


def load_glossary(user_dir: Path | None = None) -> Glossary:
    """The bundled glossary, with entries from ``user_dir`` (if given) added or overriding."""
    return _load_glossary_cached(str(user_dir) if user_dir else "")


@cache
def _load_glossary_cached(user_dir: str) -> Glossary:
    data = _Data(
        titles={},
        demonyms={},
        articles={"es": {}, "en": {}},
        optional_articles={},
        names={},
        organisations=set(),
        offices={},
        ambiguous_names={},
        organisation_names={},
    )
    bundled = resources.files("editor_app.resources").joinpath("glossary")
    for name, merge in zip(_FILES, _MERGERS, strict=True):
        merge(
            data,
            _read_json(bundled.joinpath(name).read_text("utf-8"), "glossary"),
            "bundled glossary",
        )
    if user_dir:
        folder = Path(user_dir)
        for name, merge in zip(_FILES, _MERGERS, strict=True):
            path = folder / name
            if path.is_file():
                merge(data, _read_json(path.read_text("utf-8"), str(path)), str(folder))
    minister = data.titles.get("foreign_minister")
    if minister is not None:
        # A country's own name for the office is the foreign_minister title's variant
        # there, unless titles.json gives one.
        for code, offices in data.offices.items():
            if offices.foreign_minister is not None:
                minister.countries.setdefault(code, offices.foreign_minister)
    return Glossary(
        data.titles,
        data.demonyms,
        data.articles,
        optional_articles=data.optional_articles,
        names=data.names,
        organisations=frozenset(data.organisations),
        offices=data.offices,
        ambiguous_names={k: frozenset(v) for k, v in data.ambiguous_names.items()},
        organisation_names=data.organisation_names,
    )
