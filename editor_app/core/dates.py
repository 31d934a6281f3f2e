"""Date phrases per locale, from CLDR through Babel.

Release date lines ("March 26, 2025" / "26 de marzo de 2025"), the lead's relative
opening ("Today" / "Hoy", "Yesterday" / "Ayer", "On March 24" / "El 24 de marzo") and
datelines ("OAXACA DE JUÁREZ, March 26 —" / "Oaxaca de Juárez, 26 de marzo.").
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import re
from typing import TYPE_CHECKING

from editor_app.core.draft import Lang
from editor_app.core.locales import DEFAULT_LOCALES
from editor_app.core.model import DEFAULT_FIRST_OF_MONTH, FirstOfMonth

if TYPE_CHECKING:
    from babel import Locale

log = logging.getLogger(__name__)

# Words CLDR has no pattern for: the preposition of an absolute date in a lead.
_ON_DATE: dict[Lang, str] = {"en": "On {date}", "es": "El {date}"}


class LocaleError(ValueError):
    """A locale name Babel does not know."""


@functools.lru_cache(maxsize=64)
def parse_locale(name: str) -> Locale:
    """The Babel locale for ``name`` ("es_MX", "es-419", "en_GB"); LocaleError if unknown."""
    # Babel loads with the first date written (after the window's first paint).
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(name.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError) as exc:
        raise LocaleError(f"unknown locale {name!r}") from exc


def usable_locale(name: str, lang: Lang) -> str:
    """``name`` when Babel knows it and it is in ``lang``, else the default for ``lang``.

    Rendering never fails on a bad locale; validation reports it instead.
    """
    try:
        locale = parse_locale(name)
    except LocaleError:
        return DEFAULT_LOCALES[lang]
    return name.replace("-", "_") if locale.language == lang else DEFAULT_LOCALES[lang]


def _first_of_month(text: str, day: int, lang: Lang, first: FirstOfMonth) -> str:
    # Only Spanish has the choice; the number stands first in its long date ("1 de marzo").
    if lang != "es" or day != 1 or first is FirstOfMonth.NUMERAL:
        return text
    replacement = "1.º" if first is FirstOfMonth.ORDINAL else "primero"
    return re.sub(r"^1(?=\s)", replacement, text, count=1)


# Every render writes the same few dates again (each talking point's day, the lead's, the
# dateline's): Babel's pattern matching is the slow part of a refresh's dates.
@functools.lru_cache(maxsize=1024)
def release_date_line(
    date: dt.date, locale: str, lang: Lang, first: FirstOfMonth = DEFAULT_FIRST_OF_MONTH
) -> str:
    """The release date as the locale writes it in full: "March 26, 2025"."""
    from babel.dates import format_date

    text = str(format_date(date, "long", locale=parse_locale(locale)))
    return _first_of_month(text, date.day, lang, first)


@functools.lru_cache(maxsize=1024)
def day_and_month(
    date: dt.date,
    locale: str,
    lang: Lang,
    first: FirstOfMonth = DEFAULT_FIRST_OF_MONTH,
    with_year: bool = False,
) -> str:
    """Day and month ("March 24" / "24 de marzo"), with the year when asked."""
    from babel.dates import format_date, format_skeleton

    loc = parse_locale(locale)
    if with_year:
        text = str(format_date(date, "long", locale=loc))
    else:
        text = str(format_skeleton("MMMMd", date, locale=loc))
    return _first_of_month(text, date.day, lang, first)


def relative_day(event: dt.date, release: dt.date, locale: str) -> str | None:
    """CLDR's word for the event day seen from the release day ("today", "ayer"), or None.

    Only today and yesterday are used in a readout lead.
    """
    delta = (event - release).days
    if delta not in (0, -1):
        return None
    fields = parse_locale(locale)._data["date_fields"]["day"]["relative"]
    word = fields.get(delta)
    return str(word) if word else None


def lead_when(
    event: dt.date,
    release: dt.date,
    locale: str,
    lang: Lang,
    first: FirstOfMonth = DEFAULT_FIRST_OF_MONTH,
) -> str:
    """How the lead opens: "Today", "Yesterday", "On March 24" / "Hoy", "Ayer", "El 24 de marzo".

    The year is added when the event falls in another year than the release.
    """
    word = relative_day(event, release, locale)
    if word:
        return word[:1].upper() + word[1:]
    date_text = day_and_month(event, locale, lang, first, with_year=event.year != release.year)
    return _ON_DATE[lang].format(date=date_text)


def dateline(
    city: str,
    release: dt.date,
    locale: str,
    lang: Lang,
    first: FirstOfMonth = DEFAULT_FIRST_OF_MONTH,
) -> str:
    """The dateline, or "" without a city.

    English sets the city in capitals and closes with an em dash ("OAXACA DE JUÁREZ,
    March 26 —"); Spanish keeps the city's case and closes with a period ("Oaxaca de
    Juárez, 26 de marzo.").
    """
    city = city.strip()
    if not city:
        return ""
    day = day_and_month(release, locale, lang, first)
    if lang == "en":
        return f"{city.upper()}, {day} —"
    return f"{city}, {day}."
