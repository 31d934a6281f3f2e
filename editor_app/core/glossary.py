"""Titles of office, countries and demonyms, in English and Spanish, both genders.

The data ships in ``resources/glossary/*.json``; country names come from CLDR through
Babel so they follow the locale (kept in a cache file by :mod:`.territories`). A user
folder may add or override titles and demonyms (files of the same names and shape).
"""

from __future__ import annotations

import difflib
import json
import logging
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from editor_app.core.draft import LANGS, Lang
from editor_app.core.model import Gender
from editor_app.core.territories import territory_names

log = logging.getLogger(__name__)


class GlossaryError(ValueError):
    """The glossary data (bundled or user) is malformed; the message names the file."""


@dataclass(frozen=True)
class TitleForm:
    """A title of office in one language for one gender and country: full and short."""

    full: str
    short: str


@dataclass(frozen=True)
class TitleEntry:
    """A glossary title: English forms, Spanish forms per gender, per-country variants."""

    key: str
    en: TitleForm
    es_masculine: TitleForm
    es_feminine: TitleForm
    countries: dict[str, TitleEntry]

    def form(self, lang: Lang, gender: Gender, country: str = "") -> TitleForm:
        """The title for ``lang`` and ``gender``, using the ``country`` variant if any.

        An unspecified gender takes the Spanish masculine (generic) form.
        """
        entry = self.countries.get(country.upper(), self) if country else self
        if lang == "en":
            return entry.en
        return entry.es_feminine if gender is Gender.FEMININE else entry.es_masculine


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


class Glossary:
    """Look-ups of titles and countries. Build one with :func:`load_glossary`."""

    def __init__(
        self,
        titles: dict[str, TitleEntry],
        demonyms: dict[str, Demonym],
        articles: dict[Lang, dict[str, str]],
    ) -> None:
        self.titles = titles
        self.demonyms = demonyms
        self.articles = articles

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
        """The CLDR name of country ``code`` in ``locale``, e.g. "México"."""
        return territory_names(locale).get(code.upper(), code.upper())

    def country_article(self, code: str, lang: Lang) -> str:
        """The article the country's name takes ("el" Reino Unido, "the" Netherlands), or ""."""
        return self.articles.get(lang, {}).get(code.upper(), "")

    def country_codes(self) -> list[str]:
        """Every country code with a demonym, sorted."""
        return sorted(self.demonyms)


def _form(data: Any, where: str) -> TitleForm:
    if not isinstance(data, dict) or not isinstance(data.get("full"), str):
        raise GlossaryError(f"{where}: expected {{'full': ..., 'short': ...}}")
    full = data["full"]
    short = data.get("short", full)
    if not isinstance(short, str):
        raise GlossaryError(f"{where}.short: expected text")
    return TitleForm(full=full, short=short)


def _title_entry(key: str, data: Any, where: str) -> TitleEntry:
    if not isinstance(data, dict):
        raise GlossaryError(f"{where}: expected an object")
    es = data.get("es")
    if not isinstance(es, dict):
        raise GlossaryError(f"{where}.es: expected masculine and feminine forms")
    countries_data = data.get("countries", {})
    if not isinstance(countries_data, dict):
        raise GlossaryError(f"{where}.countries: expected an object")
    countries = {
        code.upper(): _title_entry(key, value, f"{where}.countries.{code}")
        for code, value in countries_data.items()
    }
    return TitleEntry(
        key=key,
        en=_form(data.get("en"), f"{where}.en"),
        es_masculine=_form(es.get("masculine"), f"{where}.es.masculine"),
        es_feminine=_form(es.get("feminine"), f"{where}.es.feminine"),
        countries=countries,
    )


def _read_json(text: str, source: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise GlossaryError(f"{source}: line {exc.lineno}, column {exc.colno}: {exc.msg}") from exc


def _merge(
    titles: dict[str, TitleEntry],
    demonyms: dict[str, Demonym],
    articles: dict[Lang, dict[str, str]],
    titles_data: Any,
    countries_data: Any,
    source: str,
) -> None:
    if titles_data is not None:
        if not isinstance(titles_data, dict):
            raise GlossaryError(f"{source}/titles.json: expected an object of titles")
        for key, value in titles_data.items():
            if key.startswith("_"):
                continue
            titles[key] = _title_entry(key, value, f"{source}/titles.json: {key}")
    if countries_data is not None:
        if not isinstance(countries_data, dict):
            raise GlossaryError(f"{source}/countries.json: expected an object")
        for code, forms in countries_data.get("demonyms", {}).items():
            if not (isinstance(forms, list) and len(forms) == 3):
                raise GlossaryError(
                    f"{source}/countries.json: demonyms.{code}: expected "
                    "[English, Spanish masculine, Spanish feminine]"
                )
            demonyms[code.upper()] = Demonym(*(str(f) for f in forms))
        for lang in LANGS:
            for code, article in countries_data.get("articles", {}).get(lang, {}).items():
                articles[lang][code.upper()] = str(article)


def load_glossary(user_dir: Path | None = None) -> Glossary:
    """The bundled glossary, with entries from ``user_dir`` (if given) added or overriding."""
    return _load_glossary_cached(str(user_dir) if user_dir else "")


@cache
def _load_glossary_cached(user_dir: str) -> Glossary:
    titles: dict[str, TitleEntry] = {}
    demonyms: dict[str, Demonym] = {}
    articles: dict[Lang, dict[str, str]] = {"es": {}, "en": {}}
    bundled = resources.files("editor_app.resources").joinpath("glossary")
    _merge(
        titles,
        demonyms,
        articles,
        _read_json(bundled.joinpath("titles.json").read_text("utf-8"), "glossary"),
        _read_json(bundled.joinpath("countries.json").read_text("utf-8"), "glossary"),
        "bundled glossary",
    )
    if user_dir:
        folder = Path(user_dir)
        loaded = []
        for name in ("titles.json", "countries.json"):
            path = folder / name
            loaded.append(
                _read_json(path.read_text("utf-8"), str(path)) if path.is_file() else None
            )
        _merge(titles, demonyms, articles, loaded[0], loaded[1], str(folder))
    return Glossary(titles, demonyms, articles)
