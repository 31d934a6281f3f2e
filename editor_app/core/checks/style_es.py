"""Spanish style checks (RAE and Fundéu): how the Spanish draft is written.

Titles of office are lowercase inside a sentence ("el subsecretario", not "el
Subsecretario"); dates put the day first and the month in lowercase ("26 de marzo de
2025", not "Marzo 26, 2025"); the abbreviation of Estados Unidos is "EE. UU." with its
spaces; quotations take the house's marks (« » first, per the RAE), not English "...".
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from functools import cache

from editor_app.core.checks.base import WARNING, Finding, at_sentence_start, register
from editor_app.core.checks.settings import CheckConfig
from editor_app.core.checks.values import find_dates
from editor_app.core.draft import DraftPart
from editor_app.core.glossary import Glossary
from editor_app.core.model import Readout, SpanishTitles

log = logging.getLogger(__name__)

TITLE_CAPITAL = register(
    "es.title-capital",
    WARNING,
    "«{text}»: Spanish writes titles of office in lowercase inside a sentence; "
    "write «{suggestion}»",
    "«{text}»: los cargos se escriben con minúscula dentro de la oración; escriba «{suggestion}»",
)
DATE_ORDER = register(
    "es.date-order",
    WARNING,
    "«{text}»: month-first date order; write «{suggestion}»",
    "«{text}»: orden de fecha con el mes primero; escriba «{suggestion}»",
)
MONTH_CAPITAL = register(
    "es.month-capital",
    WARNING,
    "«{text}»: Spanish months are lowercase; write «{suggestion}»",
    "«{text}»: los meses se escriben con minúscula; escriba «{suggestion}»",
)
EEUU = register(
    "es.eeuu",
    WARNING,
    "«{text}»: the abbreviation takes a space; write «EE. UU.»",
    "«{text}»: la abreviatura lleva espacio; escriba «EE. UU.»",
)
QUOTES = register(
    "es.quotes",
    WARNING,
    "«{text}»: the house uses {marks} quotation marks in Spanish; write {suggestion}",
    "«{text}»: el estilo de la casa usa comillas {marks} en español; escriba {suggestion}",
)

# Adjectives that open some titles ("primer ministro", "alto representante") are left
# out: "Primera Guerra Mundial" is not a title. The noun after them is checked instead;
# later words ("secretario general") are not, since "Asamblea General" is a name.
_HEADER_PARTS = frozenset({"label", "office"})
_NOT_TITLE_WORDS = frozenset({"alto", "alta", "primer", "primera", "primero"})
_EEUU_RE = re.compile(r"(?<![\w.])EE\.?[ \u00a0]?UU\.?(?!\w)")
_EEUU_OK = frozenset({"EE. UU.", "EE.\u00a0UU."})
_QUOTE_RES = {
    "straight": re.compile(r'"([^"\n]+)"'),
    "«»": re.compile(r"«([^»\n]+)»"),
    "“”": re.compile(r"“([^”\n]+)”"),
}


@cache
def _title_regex(glossary: Glossary) -> re.Pattern[str]:
    words: set[str] = set()
    for entry in glossary.titles.values():
        for variant in (entry, *entry.countries.values()):
            for form in (variant.es_masculine, variant.es_feminine):
                for phrase in (form.full, form.short):
                    head = phrase.split()[:2]
                    if head and head[0] in _NOT_TITLE_WORDS:
                        head = head[1:]
                    if head and head[0].islower():
                        words.add(head[0])
    capitalised = sorted((w[:1].upper() + w[1:] for w in words), key=len, reverse=True)
    return re.compile(rf"(?<![\w.-])(?:{'|'.join(map(re.escape, capitalised))})(?![\w-])")


def spanish_style_findings(
    readout: Readout,
    parts: tuple[DraftPart, ...],
    locale: str,
    glossary: Glossary,
    config: CheckConfig,
) -> Iterator[Finding]:
    """The Spanish style findings over the Spanish draft's ``parts``."""
    titles = _title_regex(glossary)
    # A house that capitalises titles as State's translations do wants them so.
    lowercase_titles = readout.settings.es_titles is SpanishTitles.LOWERCASE
    for part in parts:
        text = part.text
        if text.isupper():
            continue  # an all-capitals line carries no case information
        # State's header names an office ("Oficina del Portavoz"), not a title.
        check_titles = lowercase_titles and part.key not in _HEADER_PARTS
        for match in titles.finditer(text) if check_titles else ():
            if not at_sentence_start(text, match.start()):
                yield TITLE_CAPITAL.at(
                    lang="es",
                    part=part.key,
                    span=match.span(),
                    suggestion=match.group().lower(),
                    text=match.group(),
                )
        yield from _dates(readout, part, locale)
        for match in _EEUU_RE.finditer(text):
            if match.group() not in _EEUU_OK:
                yield EEUU.at(
                    lang="es",
                    part=part.key,
                    span=match.span(),
                    suggestion="EE. UU.",
                    text=match.group(),
                )
        yield from _quotes(part, config.es_quotes)


def _dates(readout: Readout, part: DraftPart, locale: str) -> Iterator[Finding]:
    text = part.text
    for mention in find_dates(text, "es"):
        if mention.month_first:
            suggestion = mention.phrase(locale, "es", readout.settings.first_of_month)
            if not suggestion:
                continue
            yield DATE_ORDER.at(
                lang="es",
                part=part.key,
                span=mention.span,
                suggestion=suggestion,
                text=mention.text,
            )
            continue
        start, end = mention.month_span
        month = text[start:end]
        if month[:1].isupper() and not month.isupper():
            yield MONTH_CAPITAL.at(
                lang="es",
                part=part.key,
                span=mention.month_span,
                suggestion=month.lower(),
                text=month,
            )


def _quotes(part: DraftPart, house: str) -> Iterator[Finding]:
    wrong = ["straight", "“”" if house == "«»" else "«»"]
    for kind in wrong:
        for match in _QUOTE_RES[kind].finditer(part.text):
            suggestion = f"{house[0]}{match.group(1)}{house[1]}"
            yield QUOTES.at(
                lang="es",
                part=part.key,
                span=match.span(),
                suggestion=suggestion,
                text=match.group(),
                marks=f"{house[0]} {house[1]}",
            )
