"""English style checks, and the spacing checks both languages share.

English dates follow the locale's order (en_US "March 26, 2025", en_GB "26 March 2025",
from CLDR through Babel); the abbreviation of United States is written as the house sets
it ("U.S." or "US"). In both languages a punctuation mark is followed by a space (not
inside numbers, abbreviations or addresses) and words are separated by one space.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterator
from functools import cache

from babel.dates import format_skeleton

from editor_app.core.checks.base import WARNING, CheckInfo, Finding, register
from editor_app.core.checks.settings import CheckConfig
from editor_app.core.checks.values import find_dates
from editor_app.core.dates import parse_locale
from editor_app.core.draft import LANGS, Draft, DraftPart, Lang
from editor_app.core.messages import Localized

log = logging.getLogger(__name__)

DATE_ORDER = register(
    "en.date-order",
    WARNING,
    "«{text}»: {locale} writes dates {order}; write «{suggestion}»",
    "«{text}»: {locale} escribe las fechas {order}; escriba «{suggestion}»",
)
US_FORM = register(
    "en.us-form",
    WARNING,
    "«{text}»: the house writes «{form}»",
    "«{text}»: según el estilo de la casa, se escribe «{form}»",
)
SPACE_AFTER: dict[Lang, CheckInfo] = {
    lang: register(
        f"{lang}.space-after",
        WARNING,
        "«{text}»: a space is missing after the punctuation mark",
        "«{text}»: falta un espacio después del signo de puntuación",
    )
    for lang in LANGS
}
DOUBLE_SPACE: dict[Lang, CheckInfo] = {
    lang: register(
        f"{lang}.double-space",
        WARNING,
        "{count} spaces in a row; one is enough",
        "{count} espacios seguidos; basta con uno",
    )
    for lang in LANGS
}

_ORDER_NAMES = {
    True: Localized("day first", "con el día primero"),
    False: Localized("month first", "con el mes primero"),
}
_US_RE = re.compile(r"(?<![\w.])US(?![\w$])")
_US_DOTTED_RE = re.compile(r"(?<![\w.])U\.S\.(?!A\.|\w)")
_PUNCT_RE = re.compile(r"[,;:!?.](?=[^\W\d_])")
_ADDRESS_RE = re.compile(
    r"(?:https?://|ftp://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|(?<![\w@.])(?:[\w-]+\.)+(?:gov|gob|com|org|net|edu|int|mil|mx|es|us|uk|eu)(?!\w)\S*",
    re.IGNORECASE,
)
_SPACES_RE = re.compile(r"(?<=\S)[ \u00a0]{2,}(?=\S)")
_INITIALS_RE = re.compile(r"[^\W\d_]{1,2}\.")


@cache
def day_first(locale: str) -> bool:
    """True when ``locale`` writes the day before the month ("26 March")."""
    text = str(format_skeleton("MMMMd", dt.date(2025, 3, 26), locale=parse_locale(locale)))
    return text.lstrip()[:1].isdigit()


def english_style_findings(draft: Draft, config: CheckConfig) -> Iterator[Finding]:
    """The English style findings over the English draft."""
    wants_day_first = day_first(draft.locale)
    for part in draft.parts:
        for mention in find_dates(part.text, "en"):
            suggestion = mention.phrase(draft.locale, "en")
            if mention.month_first != wants_day_first or not suggestion:
                continue
            yield DATE_ORDER.at(
                lang="en",
                part=part.key,
                span=mention.span,
                suggestion=suggestion,
                text=mention.text,
                locale=draft.locale,
                order=_ORDER_NAMES[wants_day_first],
            )
        yield from _us_form(part, config.us_form)


def _us_form(part: DraftPart, house: str) -> Iterator[Finding]:
    pattern = _US_RE if house == "U.S." else _US_DOTTED_RE
    text = part.text
    for match in pattern.finditer(text):
        suggestion = house
        # "in the U.S." ends its sentence with the abbreviation's own period.
        rest = text[match.end() :]
        if house == "US" and (not rest.strip() or re.match(r"\s+[A-Z]", rest)):
            suggestion = "US."
        yield US_FORM.at(
            lang="en",
            part=part.key,
            span=match.span(),
            suggestion=suggestion,
            text=match.group(),
            form=house,
        )


def spacing_findings(draft: Draft) -> Iterator[Finding]:
    """Missing spaces after punctuation and doubled spaces, in either language."""
    lang = draft.lang
    for part in draft.parts:
        text = part.text
        addresses: list[tuple[int, int]] | None = None  # found only when needed: it is slow
        for match in _PUNCT_RE.finditer(text):
            at = match.start()
            if _in_number_or_abbreviation(text, at):
                continue
            if addresses is None:
                addresses = [m.span() for m in _ADDRESS_RE.finditer(text)]
            if any(s <= at < e for s, e in addresses):
                continue
            yield SPACE_AFTER[lang].at(
                lang=lang,
                part=part.key,
                span=(at, at + 2),
                suggestion=f"{text[at]} {text[at + 1]}",
                text=text[max(0, at - 8) : at + 6].strip(),
            )
        for match in _SPACES_RE.finditer(text):
            yield DOUBLE_SPACE[lang].at(
                lang=lang,
                part=part.key,
                span=match.span(),
                suggestion=" ",
                count=str(len(match.group())),
            )


def _in_number_or_abbreviation(text: str, at: int) -> bool:
    """True when the period at ``at`` belongs to "1.º", "U.S.", "a.m." or "EE.UU."."""
    if text[at] != ".":
        return False
    if at > 0 and text[at - 1].isdigit():
        return True  # an ordinal: "1.º", "2.ª", "3.er"
    # The next letters close with a period of their own: initials such as "U.S.", "p.m.".
    return _INITIALS_RE.match(text, at + 1) is not None
