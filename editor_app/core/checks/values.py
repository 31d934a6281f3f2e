"""What a text names: dates, numbers, countries and surnames, with their spans.

The parity checks compare these between the two versions by meaning, not by wording:
"March 25" and "25 de marzo" are the same date, "1,000", "1.000" and "mil" the same
number, "U.S." and "Estados Unidos" the same country. Month names come from CLDR through
Babel, country names from the glossary (CLDR) plus the common short forms.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from babel import Locale

from editor_app.core.dates import day_and_month
from editor_app.core.draft import Lang
from editor_app.core.glossary import Glossary
from editor_app.core.model import DEFAULT_FIRST_OF_MONTH, FirstOfMonth

log = logging.getLogger(__name__)

Span = tuple[int, int]

# The finders are pure functions of a paragraph's text; caching them means a keystroke
# re-reads only the paragraph it changed, and the parity and style checks share work.
_CACHE_SIZE = 4096


@dataclass(frozen=True)
class DateMention:
    """A day of a month, or a range of days ("March 25-26", "25 y 26 de marzo"), as
    written: ``month_first`` for "March 26" / "Marzo 26"."""

    span: Span
    text: str
    month: int
    day: int
    year: int | None
    month_first: bool
    month_span: Span
    last_day: int | None = None

    def same_day(self, other: DateMention) -> bool:
        """True when both name the same days (a missing year matches any year)."""
        if (self.month, self.day, self.last_day) != (other.month, other.day, other.last_day):
            return False
        return self.year is None or other.year is None or self.year == other.year

    def as_date(self) -> dt.date | None:
        """The (first) date, year 2000 standing in for a missing one; None when impossible."""
        try:
            return dt.date(self.year or 2000, self.month, self.day)
        except ValueError:
            return None

    def phrase(self, locale: str, lang: Lang, first: FirstOfMonth = DEFAULT_FIRST_OF_MONTH) -> str:
        """The same date as ``locale`` writes it ("26 de marzo de 2025"), or "" if impossible.

        A range keeps the locale's phrase with both days: "25-26 de marzo", "March 25-26".
        """
        date = self.as_date()
        if date is None:
            return ""
        text = day_and_month(date, locale, lang, first, with_year=self.year is not None)
        if self.last_day is None:
            return text
        return re.sub(r"\b\d{1,2}\b(?:\.º)?", f"{self.day}-{self.last_day}", text, count=1)


@dataclass(frozen=True)
class NumberMention:
    """A number written in figures, with every value its separators allow.

    "1,000" may be a thousand or (with a decimal comma) one; "2 millones" is two million.
    A number in the other version matches when the value sets meet.
    """

    span: Span
    text: str
    values: frozenset[float]


@dataclass(frozen=True)
class CountryMention:
    """A country named by its name, a short form or a demonym ("Dominican" is two), or an
    organisation by its name or acronym ("OTAN"); never by an adjective ("europea")."""

    span: Span
    text: str
    codes: frozenset[str]


# ---------------------------------------------------------------- dates

_EXTRA_MONTHS: dict[Lang, dict[str, int]] = {
    "es": {"setiembre": 9, "sept": 9, "set": 9},
    "en": {"sept": 9},
}


@cache
def month_names(lang: Lang) -> dict[str, int]:
    """Lowercase month names (wide and abbreviated, CLDR) of ``lang`` → month number."""
    locale = Locale.parse(lang)
    names: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for number, name in locale.months[context][width].items():
                names[str(name).lower().rstrip(".")] = int(number)
    names.update(_EXTRA_MONTHS[lang])
    return names


@cache
def _date_regex(lang: Lang) -> re.Pattern[str]:
    wide = {str(n).lower() for n in Locale.parse(lang).months["format"]["wide"].values()}
    # Only an abbreviation takes a period: in "25 de marzo." the period ends the sentence.
    names = sorted(month_names(lang), key=len, reverse=True)
    month = "(?:" + "|".join(re.escape(n) + ("" if n in wide else r"\.?") for n in names) + ")"
    ordinal = r"(?:\.?[ºª°]|st|nd|rd|th)?"
    day_word = "|primero" if lang == "es" else ""
    day = rf"(?:\d{{1,2}}(?!\d){ordinal}{day_word})"
    to = r"\s*[-–]\s*|\s+(?:al?|y|to|and|through)\s+"
    year = r"\d{4}(?!\d)"
    return re.compile(
        rf"""(?<![\w.,])
        (?: (?P<d1>{day})(?:(?:{to})(?P<e1>{day}))?(?:\s+de)?\s+(?P<m1>{month})(?!\w)
              (?:(?:\s+del?|,)?\s+(?P<y1>{year}))?
          | (?P<m2>{month})\s+(?P<d2>{day})(?:(?:{to})(?P<e2>{day}))?(?![\w])
              (?:,?\s+(?P<y2>{year}))? )""",
        re.IGNORECASE | re.VERBOSE,
    )


_HAS_DAY = re.compile(r"\d|primero", re.IGNORECASE)


@lru_cache(maxsize=_CACHE_SIZE)
def find_dates(text: str, lang: Lang) -> tuple[DateMention, ...]:
    """The dates of ``text``, in either order ("26 de marzo de 2025", "Marzo 26, 2025")."""
    if not _HAS_DAY.search(text):
        return ()
    names = month_names(lang)
    found: list[DateMention] = []
    for match in _date_regex(lang).finditer(text):
        month_first = match.group("m2") is not None
        tag = "2" if month_first else "1"
        day = _day(match.group("d" + tag))
        last = match.group("e" + tag)
        last_day = _day(last) if last else None
        month = names[match.group("m" + tag).lower().rstrip(".")]
        year = match.group("y" + tag)
        if not 1 <= day <= 31 or (last_day is not None and not day < last_day <= 31):
            continue
        found.append(
            DateMention(
                span=match.span(),
                text=match.group(),
                month=month,
                day=day,
                year=int(year) if year else None,
                month_first=month_first,
                month_span=match.span("m" + tag),
                last_day=last_day,
            )
        )
    return tuple(found)


def _day(text: str) -> int:
    digits = re.match(r"\d+", text)
    return int(digits.group()) if digits else 1  # "primero"


# ---------------------------------------------------------------- numbers

_NUMBER_RE = re.compile(
    r"(?<![\w.,])\d+(?:[.,\u00a0\u202f]\d+)*(?:\.?[ºª°]|st|nd|rd|th)?(?![^\W\d_])"
)
_GROUPING_RULES = (
    (".", ","),  # 1.000,5
    (",", "."),  # 1,000.5
    ("\u00a0", ","),
    ("\u00a0", "."),
    ("\u202f", ","),
    ("\u202f", "."),
)

_WORDS: dict[Lang, dict[str, float]] = {
    "en": {
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
        "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
        "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    },
    "es": {
        "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
        "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13,
        "catorce": 14, "quince": 15, "dieciséis": 16, "diecisiete": 17, "dieciocho": 18,
        "diecinueve": 19, "veinte": 20, "veintiuno": 21, "veintiún": 21, "veintiuna": 21,
        "veintidós": 22, "veintitrés": 23, "veinticuatro": 24, "veinticinco": 25,
        "veintiséis": 26, "veintisiete": 27, "veintiocho": 28, "veintinueve": 29,
        "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70,
        "ochenta": 80, "noventa": 90, "cien": 100, "ciento": 100, "doscientos": 200,
        "trescientos": 300, "cuatrocientos": 400, "quinientos": 500, "seiscientos": 600,
        "setecientos": 700, "ochocientos": 800, "novecientos": 900,
    },
}  # fmt: skip
_MULTIPLIERS: dict[Lang, dict[str, float]] = {
    "en": {"thousand": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "trillion": 1e12},
    "es": {"mil": 1e3, "millón": 1e6, "millones": 1e6, "billón": 1e12, "billones": 1e12},
}
_ONE_BEFORE_MULTIPLIER = {"a", "an", "one", "un", "una", "uno"}
_JOINERS = {"and", "y"}
_WORD_RE = re.compile(r"[^\W\d_]+")


def number_values(text: str) -> frozenset[float]:
    """Every value the figures in ``text`` can stand for ("1,000" → {1000, 1.0})."""
    core = re.sub(r"(?:\.?[ºª°]|st|nd|rd|th)$", "", text)
    if core.isdigit():
        return frozenset({float(core)})
    values: set[float] = set()
    for group_sep, decimal_sep in _GROUPING_RULES:
        value = _parse(core, group_sep, decimal_sep)
        if value is not None:
            values.add(value)
    return frozenset(values)


def _parse(text: str, group_sep: str, decimal_sep: str) -> float | None:
    whole, _, decimals = text.partition(decimal_sep)
    if decimal_sep in decimals or group_sep in decimals:
        return None
    groups = whole.split(group_sep)
    if not all(g.isdigit() for g in groups) or (decimals and not decimals.isdigit()):
        return None
    if len(groups) > 1 and (len(groups[0]) > 3 or any(len(g) != 3 for g in groups[1:])):
        return None
    return float("".join(groups) + ("." + decimals if decimals else ""))


@lru_cache(maxsize=_CACHE_SIZE)
def find_numbers(text: str, lang: Lang, skip: tuple[Span, ...] = ()) -> tuple[NumberMention, ...]:
    """Numbers in figures outside the ``skip`` spans (dates), with their possible values.

    A figure followed by a multiplier word stands for the product: "2 millones" is 2e6,
    "2 billion" 2e9 and "2 billones" 2e12 (a Spanish billón is a million millions).
    """
    multipliers = _MULTIPLIERS[lang]
    found: list[NumberMention] = []
    for match in _NUMBER_RE.finditer(text):
        start, end = match.span()
        if any(s < end and start < e for s, e in skip):
            continue
        values = set(number_values(match.group()))
        after = re.match(r"\s+([^\W\d_]+)", text[end:])
        if after and after.group(1).lower() in multipliers:
            factor = multipliers[after.group(1).lower()]
            values = {v * factor for v in values}
        found.append(NumberMention((start, end), match.group(), frozenset(values)))
    return tuple(found)


@lru_cache(maxsize=_CACHE_SIZE)
def spelled_values(text: str, lang: Lang) -> frozenset[float]:
    """Values of the numbers written in words in ``text``.

    "veinticinco" → 25, "treinta y cinco" → 35, "mil millones" → 1e9, "two million" → 2e6.
    These only ever confirm a figure in the other version; they never raise a finding.
    """
    words, multipliers = _WORDS[lang], _MULTIPLIERS[lang]
    values: set[float] = set()
    total = current = 0.0
    running = False
    tokens = [t.lower() for t in _WORD_RE.findall(text)]
    for i, token in enumerate(tokens):
        following = tokens[i + 1] if i + 1 < len(tokens) else ""
        if token in words:
            current += words[token]
            running = True
        elif token in _ONE_BEFORE_MULTIPLIER and following in multipliers:
            current += 1
            running = True
        elif token in multipliers:
            factor = multipliers[token]
            if factor == 1e3:
                current = (current or 1) * factor  # "dos mil millones": the thousands scale on
            else:
                total = ((total + current) or 1) * factor
                current = 0
            running = True
        elif running and token in _JOINERS and following in words:
            continue
        else:
            if running:
                values.add(total + current)
            total = current = 0.0
            running = False
        if running:
            values.add(total + current)
    return frozenset(values)


# ---------------------------------------------------------------- countries

_ALIASES: dict[Lang, dict[str, tuple[str, ...]]] = {
    "en": {
        "US": ("U.S.", "US", "USA", "U.S.A.", "America", "American", "Americans"),
        "GB": ("U.K.", "UK", "Britain", "Great Britain"),
        "TR": ("Turkey", "Türkiye"),
        "CZ": ("Czech Republic",),
        "NL": ("the Netherlands", "Holland"),
        "EU": ("EU", "European Union"),
        "AG": ("Antigua and Barbuda",),
        "KN": ("Saint Kitts and Nevis", "St. Kitts and Nevis"),
        "LC": ("Saint Lucia",),
        "TT": ("Trinidad and Tobago",),
        "VC": ("Saint Vincent and the Grenadines", "St. Vincent and the Grenadines"),
    },
    "es": {
        "US": ("EE. UU.", "EE.UU.", "EE UU", "EEUU", "EUA", "E.U.A.", "norteamericano"),
        "GB": ("Gran Bretaña",),
        "CZ": ("República Checa",),
        "NL": ("Holanda",),
        "RO": ("Rumanía",),
        "SA": ("Arabia Saudí",),
        "QA": ("Qatar",),
        "EU": ("UE",),
    },
}


def _plural(word: str, lang: Lang) -> str:
    if lang == "en":
        return word + "s"
    if word[-1] in "aeiou":
        return word + "s"
    # "guyanés" → "guyaneses": the written accent goes with the extra syllable.
    stripped = unicodedata.normalize("NFD", word[-3:])
    stripped = "".join(c for c in stripped if unicodedata.category(c) != "Mn")
    return word[:-3] + stripped + "es"


def _unaccented(text: str) -> str:
    if text.isascii():
        return text
    return unicodedata.normalize("NFC", unicodedata.normalize("NFD", text).replace("\u0301", ""))


# "Latin America", "Central American", "Organization of American States" are no U.S.
_REGION_BEFORE = re.compile(r"(?:Latin|North|South|Central|Inter|Pan)[\s-]*$")
_STATES_AFTER = re.compile(r"\s+States\b")


@cache
def _country_table(glossary: Glossary, lang: Lang, locale: str) -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}

    def add(alias: str, code: str) -> None:
        # Capitalised for the start of a sentence, in capitals for an English dateline
        # ("MEXICO CITY"), without accents for text typed without them.
        for form in {alias, alias[:1].upper() + alias[1:], alias.upper(), _unaccented(alias)}:
            table.setdefault(form, set()).add(code)

    for code in glossary.country_codes():
        if code in glossary.organisation_names:
            continue  # an official's organisation (NATO, the OAS) is found as one
        add(glossary.country_name(code, locale), code)
        if glossary.is_organisation(code):
            continue  # "European" / "europea" is an adjective, not the European Union
        demonym = glossary.demonyms[code]
        forms = [demonym.en] if lang == "en" else [demonym.es_masculine, demonym.es_feminine]
        for form in forms:
            add(form, code)
            if not form.isupper() and not form.endswith(".") and not form.endswith("s"):
                add(_plural(form, lang), code)
    for code, aliases in _ALIASES[lang].items():
        for alias in aliases:
            add(alias, code)
    ambiguous = {_unaccented(n).casefold() for n in glossary.ambiguous_names.get(lang, ())}
    return {
        alias: frozenset(codes)
        for alias, codes in table.items()
        if _unaccented(alias).casefold() not in ambiguous
    }


_WORD_START = re.compile(r"(?<![\w.])[^\W\d_]+")
_Index = dict[str, tuple[tuple[str, frozenset[str]], ...]]


def _index(table: dict[str, frozenset[str]]) -> _Index:
    # Aliases by their first word, longest first: a dictionary look-up per word of the
    # text is far cheaper than one regex with hundreds of alternatives.
    index: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for alias, codes in table.items():
        first = _WORD_START.match(alias)
        if first:
            index.setdefault(first.group(), []).append((alias, codes))
    return {
        word: tuple(sorted(entries, key=lambda e: len(e[0]), reverse=True))
        for word, entries in index.items()
    }


@cache
def _country_index(glossary: Glossary, lang: Lang, locale: str) -> _Index:
    return _index(_country_table(glossary, lang, locale))


@cache
def _organisation_index(glossary: Glossary, lang: Lang) -> _Index:
    # As written: "WHO" is the organisation, "who" the pronoun.
    table: dict[str, set[str]] = {}
    for key, names in glossary.organisation_names.items():
        for alias in names.get(lang, ()):
            table.setdefault(alias, set()).add(key)
    return _index({alias: frozenset(keys) for alias, keys in table.items()})


@lru_cache(maxsize=_CACHE_SIZE)
def find_countries(
    text: str, lang: Lang, locale: str, glossary: Glossary
) -> tuple[CountryMention, ...]:
    """Countries named in ``text`` by name, short form or demonym, in ``lang``.

    Case matters: "US" is the country, "us" the pronoun; "Chile" the country, "chile" the
    pepper (demonyms were added with a capital for the start of a sentence).
    """
    return _find(text, _country_index(glossary, lang, locale))


@lru_cache(maxsize=_CACHE_SIZE)
def find_organisations(text: str, lang: Lang, glossary: Glossary) -> tuple[CountryMention, ...]:
    """Organisations named in ``text`` by name or acronym ("OTAN", "United Nations")."""
    return _find(text, _organisation_index(glossary, lang))


def _find(text: str, index: _Index) -> tuple[CountryMention, ...]:
    found: list[CountryMention] = []
    covered = 0
    for word in _WORD_START.finditer(text):
        start = word.start()
        entries = index.get(word.group())
        if start < covered or not entries:
            continue
        for alias, codes in entries:
            end = start + len(alias)
            if not text.startswith(alias, start) or (end < len(text) and _is_word(text[end])):
                continue
            if alias.startswith("America") and (
                _REGION_BEFORE.search(text, 0, start) or _STATES_AFTER.match(text, end)
            ):
                break
            found.append(CountryMention((start, end), alias, codes))
            covered = end
            break
    return tuple(found)


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


# ---------------------------------------------------------------- surnames


_PARTICLES = frozenset(
    [
        "de",
        "del",
        "la",
        "las",
        "los",
        "y",
        "e",
        "da",
        "das",
        "di",
        "do",
        "dos",
        "du",
        "van",
        "von",
        "der",
        "den",
        "ter",
        "ten",
        "le",
        "el",
        "al",
        "bin",
        "ben",
    ]
)


@lru_cache(maxsize=_CACHE_SIZE)
def find_surname(text: str, surname: str) -> tuple[Span, ...]:
    """Where ``surname`` stands in ``text``; its particles match in either case.

    "De la Fuente" and "de la Fuente" are the same name; the other words keep their case,
    so the surname "Paz" is not found in "la paz".
    """
    pattern = _surname_regex(surname)
    return tuple(m.span() for m in pattern.finditer(text)) if pattern else ()


@lru_cache(maxsize=256)
def _surname_regex(surname: str) -> re.Pattern[str] | None:
    words = surname.split()
    if not words:
        return None
    pattern = r"\s+".join(
        f"(?i:{re.escape(w)})" if w.lower() in _PARTICLES else re.escape(w) for w in words
    )
    return re.compile(rf"(?<!\w){pattern}(?!\w)")


def clear_caches() -> None:
    """Forget every paragraph read so far (for benchmarks and memory-conscious callers)."""
    for finder in (
        find_dates,
        find_numbers,
        spelled_values,
        find_countries,
        find_organisations,
        find_surname,
    ):
        finder.cache_clear()
