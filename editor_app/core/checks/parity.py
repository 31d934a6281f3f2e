"""Parity checks: the two versions say the same thing.

Every talking point has text in both languages; each part has as many paragraphs in
both; every official's surname, number, date and country named in one version is in the
other (compared by meaning, see ``values``); a Spanish part identical to the
English one was probably not translated. The dateline and the closing may stand in one
language only (a translation notice is one-sided by nature).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass

from babel.numbers import NumberFormatError, format_decimal, parse_decimal

from editor_app.core.checks.base import ERROR, WARNING, Finding, other_lang, register
from editor_app.core.checks.values import (
    CountryMention,
    find_countries,
    find_dates,
    find_numbers,
    find_organisations,
    find_surname,
    spelled_values,
)
from editor_app.core.draft import LANGS, Draft, DraftPair, DraftPart, Lang, body_key, part_label
from editor_app.core.field_labels import field_name
from editor_app.core.field_paths import bilingual_path, point_path
from editor_app.core.glossary import Glossary
from editor_app.core.language import surname_alone
from editor_app.core.messages import Localized
from editor_app.core.model import Readout
from editor_app.core.names import surname as names_surname

log = logging.getLogger(__name__)

ONE_SIDED_OK = frozenset({"dateline", "closing", "original"})
_MIN_WORDS_UNTRANSLATED = 3

POINT_EMPTY = register(
    "parity.point-empty",
    ERROR,
    "Point {n} has no {lang_name} text",
    "El punto {n} no tiene texto en {lang_name}",
)
FIELD_EMPTY = register(
    "parity.field-empty",
    WARNING,
    "{field_label} is filled in {other} but empty in {lang_name}",
    "{field_label}: tiene texto en {other}, pero está vacío en {lang_name}",
)
PART_MISSING = register(
    "parity.part-missing",
    WARNING,
    "{label} is in the {lang_name} version but not in the {other} one",
    "{label}: está en la versión en {lang_name}, pero no en la versión en {other}",
)
PARAGRAPHS = register(
    "parity.paragraphs",
    WARNING,
    {
        "one": "{label} has {count} paragraph in {lang_name} but {other_count} in {other}",
        "other": "{label} has {count} paragraphs in {lang_name} but {other_count} in {other}",
    },
    {
        "one": "{label}: tiene {count} párrafo en {lang_name}, pero {other_count} en {other}",
        "other": "{label}: tiene {count} párrafos en {lang_name}, pero {other_count} en {other}",
    },
    count="count",
)
UNTRANSLATED = register(
    "parity.untranslated",
    WARNING,
    "{label}: the Spanish text is the same as the English one; is it translated?",
    "{label}: el texto en español es igual al inglés; ¿falta traducirlo?",
)
NAME = register(
    "parity.name",
    WARNING,
    "«{text}»: named here but not in the {other} version",
    "«{text}»: se nombra aquí, pero no en la versión en {other}",
)
NUMBER = register(
    "parity.number",
    WARNING,
    "«{text}»: this number is not in the {other} version",
    "«{text}»: esta cifra no está en la versión en {other}",
)
DATE = register(
    "parity.date",
    WARNING,
    "«{text}»: this date is not in the {other} version",
    "«{text}»: esta fecha no está en la versión en {other}",
)
COUNTRY = register(
    "parity.country",
    WARNING,
    "«{text}»: this country or organisation is not named in the {other} version",
    "«{text}»: este país u organismo no se nombra en la versión en {other}",
)


@dataclass(frozen=True)
class _Side:
    """One language's side of a part: the language, its locale and the part.

    ``context`` is the text searched when the other side asks "is this here too?": the
    part's text, with the dateline before a lead, since the two print as one paragraph
    ("Oaxaca de Juárez, 26 de marzo. Hoy, ...") and a one-sided dateline is fine.
    """

    lang: Lang
    locale: str
    part: DraftPart
    context: str


def parity_findings(readout: Readout, pair: DraftPair, glossary: Glossary) -> Iterator[Finding]:
    """Every parity finding for ``readout`` and its drafts."""
    yield from _empty_fields(readout)
    empty_points = {
        body_key(i)
        for i, p in enumerate(readout.points, start=1)
        if not (p.es.strip() and p.en.strip())
    }
    # Spanish order first, then any part only the English draft has (a dict keeps order).
    keys = dict.fromkeys([*(p.key for p in pair.es.parts), *(p.key for p in pair.en.parts)])
    surnames = _surnames(readout)
    for key in keys:
        es_part, en_part = pair.es.get(key), pair.en.get(key)
        if es_part is None or en_part is None:
            if key not in ONE_SIDED_OK and key not in empty_points:
                lang: Lang = "es" if es_part is not None else "en"
                yield PART_MISSING.at(lang=lang, part=key, label=_part_name(key))
            continue
        es = _Side("es", pair.es.locale, es_part, _context(pair.es, es_part))
        en = _Side("en", pair.en.locale, en_part, _context(pair.en, en_part))
        yield from _compare_part(es, en, readout, glossary, surnames)


def _context(draft: Draft, part: DraftPart) -> str:
    if part.key == "lead" and draft.dateline:
        return f"{draft.dateline}\n{part.text}"
    return part.text


def _part_name(key: str) -> Localized:
    return Localized(part_label(key, "en"), part_label(key, "es"))


def _empty_fields(readout: Readout) -> Iterator[Finding]:
    for i, point in enumerate(readout.points):
        for lang in LANGS:
            if point.get(lang).strip():
                continue
            override = readout.overrides.get(lang, {}).get(body_key(i + 1))
            if override is not None and override.text.strip():
                continue
            yield POINT_EMPTY.at(lang=lang, field=point_path(i, lang), n=str(i + 1))
    fields = {"purpose": readout.purpose}
    if readout.kind.is_multilateral:
        fields["group"] = readout.group
    for name, value in fields.items():
        for lang in LANGS:
            if not value.get(lang).strip() and value.get(other_lang(lang)).strip():
                yield FIELD_EMPTY.at(
                    lang=lang, field=bilingual_path(name, lang), field_label=field_name(name)
                )


def _surnames(readout: Readout) -> list[dict[Lang, str]]:
    """Each official's surname as each language writes it ("Sybiha" / "Sibiga")."""
    names: list[dict[Lang, str]] = [
        {lang: names_surname(o, lang) for lang in LANGS}
        for o in readout.officials()
        if o.surname.strip()
    ]
    attributed = readout.attribution.name.split()
    if attributed:
        names.append(dict.fromkeys(LANGS, attributed[-1]))
    return names


def _paragraphs(text: str) -> int:
    return sum(1 for line in text.split("\n") if line.strip())


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", text.casefold())


def _compare_part(
    es: _Side,
    en: _Side,
    readout: Readout,
    glossary: Glossary,
    surnames: list[dict[Lang, str]],
) -> Iterator[Finding]:
    key = es.part.key
    label = _part_name(key)
    counts = {side.lang: _paragraphs(side.part.text) for side in (es, en)}
    if counts["es"] != counts["en"]:
        yield PARAGRAPHS.at(
            lang="es",
            part=key,
            label=label,
            count=counts["es"],
            other_count=str(counts["en"]),
        )
    es_words = _words(es.part.text)
    if len(es_words) >= _MIN_WORDS_UNTRANSLATED and es_words == _words(en.part.text):
        yield UNTRANSLATED.at(lang="es", part=key, label=label)
        return
    for side, other in ((es, en), (en, es)):
        yield from _names(side, other, surnames)
        yield from _dates_and_numbers(side, other, readout)
        yield from _countries(side, other, glossary)


def _names(side: _Side, other: _Side, surnames: list[dict[Lang, str]]) -> Iterator[Finding]:
    for surname in surnames:
        spans = find_surname(side.part.text, surname[side.lang])
        if spans and not find_surname(other.context, surname[other.lang]):
            start, end = spans[0]
            yield NAME.at(
                lang=side.lang,
                part=side.part.key,
                span=(start, end),
                suggestion=surname_alone(surname[other.lang], other.lang),
                text=side.part.text[start:end],
            )


def _dates_and_numbers(side: _Side, other: _Side, readout: Readout) -> Iterator[Finding]:
    text, other_text = side.part.text, other.context
    dates = find_dates(text, side.lang)
    other_dates = find_dates(other_text, other.lang)
    first = readout.settings.first_of_month
    for mention in dates:
        if any(mention.same_day(o) for o in other_dates):
            continue
        suggestion = mention.phrase(other.locale, other.lang, first) or None
        yield DATE.at(
            lang=side.lang,
            part=side.part.key,
            span=mention.span,
            suggestion=suggestion,
            text=mention.text,
        )
    numbers = find_numbers(text, side.lang, tuple(d.span for d in dates))
    if not numbers:
        return
    pool = set(spelled_values(other_text, other.lang))
    for o in find_numbers(other_text, other.lang, tuple(d.span for d in other_dates)):
        pool |= o.values
    for number in numbers:
        if number.values & pool:
            continue
        yield NUMBER.at(
            lang=side.lang,
            part=side.part.key,
            span=number.span,
            suggestion=_number_in(number.text, side.locale, other.locale),
            text=number.text,
        )


def _number_in(text: str, locale: str, other_locale: str) -> str:
    """``text`` (a figure written for ``locale``) as ``other_locale`` writes it."""
    core = re.sub(r"(?:\.?[ºª°]|st|nd|rd|th)$", "", text)
    if core.isdigit():
        return core  # years and small numbers are written the same way in both
    try:
        value = parse_decimal(core, locale=locale, strict=False)
    except NumberFormatError:
        return core
    return str(format_decimal(value, locale=other_locale))


def _named(text: str, lang: Lang, locale: str, glossary: Glossary) -> tuple[CountryMention, ...]:
    """The countries and organisations ``text`` names (never an adjective: "europea")."""
    countries = find_countries(text, lang, locale, glossary)
    organisations = find_organisations(text, lang, glossary)
    if not organisations:
        return countries
    return tuple(sorted(countries + organisations, key=lambda m: m.span))


def _countries(side: _Side, other: _Side, glossary: Glossary) -> Iterator[Finding]:
    mentions = _named(side.part.text, side.lang, side.locale, glossary)
    if not mentions:
        return
    named: set[str] = set()
    for o in _named(other.context, other.lang, other.locale, glossary):
        named |= o.codes
    reported: set[frozenset[str]] = set()
    for mention in mentions:
        if mention.codes & named or mention.codes in reported:
            continue
        reported.add(mention.codes)
        code = sorted(mention.codes)[0]
        if code in glossary.organisation_names:
            suggestion = glossary.organisation_name(code, other.lang)
        else:
            suggestion = glossary.country_name(code, other.locale)
        yield COUNTRY.at(
            lang=side.lang,
            part=side.part.key,
            span=mention.span,
            suggestion=suggestion,
            text=mention.text,
        )
