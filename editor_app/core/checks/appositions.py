"""An apposition left open in a Spanish talking point: "el canciller de Ucrania, Andrii
Sybiha y…" needs its closing comma ("…, Andrii Sybiha, y…"), as RAE punctuation has it.

Points typed with placeholders close their appositions themselves; this finds the ones
typed by hand (in the point or in a hand edit of it).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from functools import cache

from editor_app.core.checks.base import WARNING, Finding, register
from editor_app.core.draft import DraftPart, body_number
from editor_app.core.glossary import Glossary

log = logging.getLogger(__name__)

OPEN = register(
    "es.apposition-open",
    WARNING,
    "«{text}»: the apposition is not closed; write «{suggestion}»",
    "«{text}»: falta la coma que cierra la aposición; escriba «{suggestion}»",
)

_UPPER = "A-ZÁÉÍÓÚÑÜ"
_PARTICLES: tuple[str, ...] = ("de", "del", "la", "las", "los", "da", "di", "do", "dos")
_PARTICLES += ("van", "von", "der", "bin", "ibn", "al", "el")
_PARTICLE = "(?:" + "|".join(_PARTICLES) + ")"
_WORD = rf"[{_UPPER}][\w'’.-]*"
_NAME = rf"{_WORD}(?:\s+(?:{_PARTICLE}\s+)*{_WORD})*"
_MASK = "\x00"
"""Stands in for a comma inside a title ("…Exteriores, Unión Europea y Cooperación")."""


@cache
def _titles(glossary: Glossary) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """The pattern of an open apposition after a Spanish title, and the titles that hold
    a comma of their own."""
    heads: set[str] = set()
    with_commas: set[str] = set()
    for entry in glossary.titles.values():
        for variant in (entry, *entry.countries.values()):
            for form in (variant.es_masculine, variant.es_feminine):
                for phrase in (form.full, form.short, form.get("headline"), form.get("official")):
                    if phrase[:1].islower():
                        heads.add(phrase.split()[0])
                    if "," in phrase:
                        with_commas.add(phrase)
    words = "|".join(sorted(map(re.escape, heads), key=len, reverse=True))
    pattern = re.compile(
        rf"(?<!\w)(?:[Ee]l|[Ll]a|[Dd]el|[Aa]l)\s+(?:{words})(?!\w)[^,.;:!?¿¡()\n]{{0,120}},"
        rf"\s+{_NAME}(?=\s+(?!{_PARTICLE}\s)[a-záéíóúñü])"
    )
    return pattern, tuple(sorted(with_commas, key=len, reverse=True))


def _masked(text: str, with_commas: tuple[str, ...]) -> str:
    """``text`` with the commas inside titles masked, offsets unchanged."""
    for title in with_commas:
        if title in text:
            text = text.replace(title, title.replace(",", _MASK))
    return text


def open_apposition_findings(parts: tuple[DraftPart, ...], glossary: Glossary) -> Iterator[Finding]:
    """A warning for each apposition left open in the talking points of the Spanish draft."""
    pattern, with_commas = _titles(glossary)
    for part in parts:
        if body_number(part.key) is None:
            continue
        for match in pattern.finditer(_masked(part.text, with_commas)):
            text = part.text[match.start() : match.end()]
            yield OPEN.at(
                lang="es",
                part=part.key,
                span=match.span(),
                suggestion=text + ",",
                text=text,
            )
