"""Titles of office as data: every form of a title, per language, gender, country and locale.

A title has, per language and gender, four forms:

- ``full``: the first reference as State's readouts write it ("Foreign Minister");
- ``short``: later references ("Foreign Minister", "canciller", "ministro");
- ``headline``: the readout's title line ("canciller", "ministro de Exteriores");
- ``official``: the office's own long name ("Minister of Foreign Affairs, European Union
  and Cooperation"), used at first reference when the house prefers it.

How a form stands beside a name (before it, or after it when it is too long or holds
commas) is a language rule: :mod:`editor_app.core.title_phrases`. A title may have
variants per country (``countries``: the office as that country names it) and per
locale (``locales``: Spain's "ministro de Asuntos Exteriores" where Latin America writes
"ministro de Relaciones Exteriores" and "canciller").
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from editor_app.core.draft import LANGS, Lang
from editor_app.core.model import Gender

FORM_NAMES = ("full", "short", "headline", "official")
"""Every form a title has, per language and gender."""


class GlossaryError(ValueError):
    """The glossary data (bundled or user) is malformed; the message names the file."""


@dataclass(frozen=True)
class TitleForm:
    """A title of office in one language for one gender (and country, and locale).

    ``headline`` and ``official`` fall back to ``short`` and ``full`` when not given.
    """

    full: str
    short: str
    headline: str = ""
    official: str = ""

    def get(self, name: str) -> str:
        """The form called ``name`` (one of :data:`FORM_NAMES`), with its fallback."""
        if name == "headline":
            return self.headline or self.short
        if name == "official":
            return self.official or self.full
        return str(getattr(self, name))


@dataclass(frozen=True)
class TitleEntry:
    """A glossary title: English forms, Spanish forms per gender, and its variants.

    ``posting`` holds, per language, the preposition that names where an ambassador or a
    chargé serves ("to" / "en"); empty for every other title. ``names_body`` lists the forms
    that name their own country or organisation ("High Representative of the Union"), so
    the country is never added to them again. ``source`` says where the wording comes from.
    """

    key: str
    en: TitleForm
    es_masculine: TitleForm
    es_feminine: TitleForm
    countries: dict[str, TitleEntry] = field(default_factory=dict)
    locales: dict[str, TitleEntry] = field(default_factory=dict)
    posting: dict[str, str] = field(default_factory=dict)
    names_body: tuple[str, ...] = ()
    source: str = ""

    def variant(self, country: str = "", locale: str = "") -> TitleEntry:
        """The entry for ``country`` (its own name for the office) and ``locale``."""
        entry = self.countries.get(country.upper(), self) if country else self
        if locale:
            key = locale.replace("-", "_")
            entry = entry.locales.get(key, entry)
        return entry

    def form(self, lang: Lang, gender: Gender, country: str = "", locale: str = "") -> TitleForm:
        """The title for ``lang`` and ``gender``, using the ``country`` and ``locale``
        variants if any. An unspecified gender takes the Spanish masculine (generic) form.
        """
        entry = self.variant(country, locale)
        if lang == "en":
            return entry.en
        return entry.es_feminine if gender is Gender.FEMININE else entry.es_masculine

    def variants(self) -> list[TitleEntry]:
        """This entry and every country and locale variant of it."""
        out = [self]
        for country in self.countries.values():
            out += country.variants()
        for local in self.locales.values():
            out += local.variants()
        return out


def _form(data: Any, where: str, base: TitleForm | None = None) -> TitleForm:
    if data is None and base is not None:
        return base
    if not isinstance(data, dict) or not isinstance(data.get("full"), str):
        raise GlossaryError(f"{where}: expected {{'full': ..., 'short': ...}}")
    texts = {}
    for name in FORM_NAMES:
        value = data.get(name, "")
        if not isinstance(value, str):
            raise GlossaryError(f"{where}.{name}: expected text")
        texts[name] = value.strip()
    if not texts["full"]:
        raise GlossaryError(f"{where}.full: expected text")
    return TitleForm(
        full=texts["full"],
        short=texts["short"] or texts["full"],
        headline=texts["headline"],
        official=texts["official"],
    )


def title_entry(key: str, data: Any, where: str, base: TitleEntry | None = None) -> TitleEntry:
    """A title from its JSON object; a locale variant (``base`` given) may leave forms out."""
    if not isinstance(data, dict):
        raise GlossaryError(f"{where}: expected an object")
    es = data.get("es", {} if base else None)
    if not isinstance(es, dict):
        raise GlossaryError(f"{where}.es: expected masculine and feminine forms")
    countries = _table(data, "countries", where)
    posting = data.get("posting", base.posting if base else {})
    if not isinstance(posting, dict) or set(posting) - set(LANGS):
        raise GlossaryError(f"{where}.posting: expected {{'en': ..., 'es': ...}}")
    entry = TitleEntry(
        key=key,
        en=_form(data.get("en"), f"{where}.en", base.en if base else None),
        es_masculine=_form(
            es.get("masculine"), f"{where}.es.masculine", base.es_masculine if base else None
        ),
        es_feminine=_form(
            es.get("feminine"), f"{where}.es.feminine", base.es_feminine if base else None
        ),
        posting={str(k): str(v) for k, v in posting.items()},
        names_body=_names_body(data, where, base),
        source=str(data.get("source", base.source if base else "")),
    )
    entry = dataclasses.replace(
        entry,
        countries={
            code.upper(): title_entry(key, value, f"{where}.countries.{code}")
            for code, value in countries.items()
        },
    )
    return dataclasses.replace(
        entry,
        locales={
            name.replace("-", "_"): title_entry(key, value, f"{where}.locales.{name}", entry)
            for name, value in _table(data, "locales", where).items()
        },
    )


def _names_body(data: dict[str, Any], where: str, base: TitleEntry | None) -> tuple[str, ...]:
    value = data.get("names_body")
    if value is None:
        return base.names_body if base else ()
    if value is True:
        return FORM_NAMES
    if value is False:
        return ()
    if isinstance(value, list) and all(v in FORM_NAMES for v in value):
        return tuple(value)
    raise GlossaryError(f"{where}.names_body: expected true or a list of {', '.join(FORM_NAMES)}")


def _table(data: dict[str, Any], name: str, where: str) -> dict[str, Any]:
    table = data.get(name, {})
    if not isinstance(table, dict):
        raise GlossaryError(f"{where}.{name}: expected an object")
    return table


def compact_title(key: str, data: Any, where: str, generic: TitleEntry | None) -> TitleEntry:
    """A title written as {"en": [full, short], "es": [m. full, f. full, m. short, f. short]}.

    These are the office's own names (its ``official`` form). ``usual`` says what the
    first reference writes instead: "generic" (the ``generic`` title's forms, locale by
    locale: "Foreign Minister"), or per language "generic" or the usual text (en: a text,
    es: [masculine, feminine]). Without it the office's own name is also the usual one.
    ``headline`` (en: a text, es: [masculine, feminine]) gives the headline forms.
    """
    en, es = (data.get(lang) if isinstance(data, dict) else None for lang in ("en", "es"))
    if not (
        isinstance(en, list)
        and isinstance(es, list)
        and len(en) in (1, 2)
        and len(es) in (2, 4)
        and all(isinstance(f, str) and f for f in en + es)
    ):
        raise GlossaryError(
            f"{where}: expected {{'en': [full, short], 'es': [masculine full, feminine full, "
            "masculine short, feminine short]}"
        )
    es_short = es[2:] or es[:2]
    headline = data.get("headline", {})
    en_head, es_head = headline.get("en", ""), headline.get("es", ["", ""])
    if not (isinstance(en_head, str) and isinstance(es_head, list) and len(es_head) == 2):
        raise GlossaryError(f"{where}.headline: expected {{'en': text, 'es': [m., f.]}}")
    own = TitleEntry(
        key=key,
        en=TitleForm(en[0], en[-1], en_head, official=en[0]),
        es_masculine=TitleForm(es[0], es_short[0], str(es_head[0]), official=es[0]),
        es_feminine=TitleForm(es[1], es_short[1], str(es_head[1]), official=es[1]),
        source=str(data.get("source", "")),
    )
    usual = data.get("usual")
    if usual is None:
        return own
    if usual == "generic":
        usual = {"en": "generic", "es": "generic"}
    if not isinstance(usual, dict):
        raise GlossaryError(f"{where}.usual: expected \"generic\" or {{'en': ..., 'es': ...}}")
    return _usual(own, usual, where, generic)


def _usual(
    own: TitleEntry, usual: dict[str, Any], where: str, generic: TitleEntry | None
) -> TitleEntry:
    """``own`` whose first references (full, short, headline) are ``usual``'s."""
    if "generic" in usual.values() and generic is None:
        raise GlossaryError(f"{where}.usual: no generic title to take the forms of")

    def pick(lang: Lang, gender: Gender, base: TitleEntry) -> TitleForm:
        mine = own.form(lang, gender)
        value = usual.get(lang)
        if value == "generic" and generic is not None:
            return dataclasses.replace(base.form(lang, gender), official=mine.official)
        if lang == "en" and isinstance(value, str) and value:
            return dataclasses.replace(mine, full=value)
        if lang == "es" and isinstance(value, list) and len(value) == 2:
            text = value[1] if gender is Gender.FEMININE else value[0]
            return dataclasses.replace(mine, full=str(text))
        if value is None:
            return mine
        raise GlossaryError(f'{where}.usual.{lang}: expected "generic" or the usual form')

    def build(base: TitleEntry) -> TitleEntry:
        return dataclasses.replace(
            own,
            en=pick("en", Gender.MASCULINE, base),
            es_masculine=pick("es", Gender.MASCULINE, base),
            es_feminine=pick("es", Gender.FEMININE, base),
        )

    base = generic or own
    entry = build(base)
    if generic is None:
        return entry
    return dataclasses.replace(
        entry, locales={name: build(local) for name, local in generic.locales.items()}
    )
