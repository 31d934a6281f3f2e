"""The rendered result: one Draft per language, made of named parts."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

log = logging.getLogger(__name__)

Lang = Literal["es", "en"]
LANGS: tuple[Lang, Lang] = ("es", "en")

# Part keys, in reading order. Body paragraphs are "body.1", "body.2", ... (1-based,
# the number the officer sees next to the talking point).
# "label" and "office" are State's header ("Readout", "Office of the Spokesperson"),
# "original" the Spanish note linking the original text (core/frame.py).
HEAD_PARTS: tuple[str, ...] = (
    "title",
    "label",
    "office",
    "release_date",
    "attribution",
    "dateline",
    "lead",
)
TAIL_PARTS: tuple[str, ...] = ("closing", "original")

PART_LABELS: dict[str, dict[Lang, str]] = {
    "title": {"en": "Title", "es": "Título"},
    "label": {"en": "Header label", "es": "Etiqueta del encabezado"},
    "office": {"en": "Header office", "es": "Oficina del encabezado"},
    "release_date": {"en": "Release date", "es": "Fecha de publicación"},
    "attribution": {"en": "Attribution", "es": "Atribución"},
    "dateline": {"en": "Dateline", "es": "Data"},
    "lead": {"en": "Lead", "es": "Entradilla"},
    "body": {"en": "Point", "es": "Punto"},
    "closing": {"en": "Closing", "es": "Cierre"},
    "original": {"en": "Link to the original", "es": "Enlace al original"},
}


_BODY_KEY = re.compile(r"body\.([1-9][0-9]{0,5})", re.ASCII)


def body_key(number: int) -> str:
    """The part key of the talking point numbered ``number`` (1-based)."""
    return f"body.{number}"


def body_number(key: str) -> int | None:
    """The number of the talking point part ``key`` holds ("body.3" → 3), None when
    ``key`` is not a talking point's (or its number has more than six digits)."""
    match = _BODY_KEY.fullmatch(key)
    return int(match.group(1)) if match else None


def part_label(key: str, lang: Lang) -> str:
    """A human label for a part key, e.g. ``body.3`` → "Point 3" / "Punto 3"."""
    base, _, number = key.partition(".")
    label = PART_LABELS.get(base, {}).get(lang, key)
    return f"{label} {number}" if number else label


@dataclass(frozen=True)
class DraftPart:
    """One generated (or hand-edited) part of a draft.

    ``generated`` is what the templates produce now; ``text`` is what the draft shows,
    which differs when the officer overrode the part. ``stale`` is set when the part is
    overridden and the generated text it was written against has since changed.
    """

    key: str
    text: str
    generated: str = ""
    overridden: bool = False
    stale: bool = False
    runs_on: bool = False
    """True for a talking point set in the paragraph before it rather than its own."""

    @property
    def is_body(self) -> bool:
        """True for a talking-point paragraph."""
        return self.key.startswith("body.")


@dataclass(frozen=True)
class Draft:
    """A readout in one language: an ordered tuple of parts, empty parts omitted."""

    lang: Lang
    locale: str
    parts: tuple[DraftPart, ...] = field(default_factory=tuple)

    def __iter__(self) -> Iterator[DraftPart]:
        return iter(self.parts)

    @cached_property
    def _by_key(self) -> dict[str, DraftPart]:
        # Built once per draft (drafts are immutable), so a lookup costs the same with
        # forty thousand parts as with ten; the first part of a key wins, as in reading.
        index: dict[str, DraftPart] = {}
        for part in self.parts:
            index.setdefault(part.key, part)
        return index

    def get(self, key: str) -> DraftPart | None:
        """The part with ``key``, or None when the draft has no such part."""
        return self._by_key.get(key)

    def text_of(self, key: str) -> str:
        """The text of part ``key``, or "" when absent."""
        part = self.get(key)
        return part.text if part else ""

    @property
    def title(self) -> str:
        """The headline."""
        return self.text_of("title")

    @property
    def release_date(self) -> str:
        """The release date line, e.g. "March 26, 2025"."""
        return self.text_of("release_date")

    @property
    def attribution(self) -> str:
        """The attribution line, or "" when the readout has none."""
        return self.text_of("attribution")

    @property
    def dateline(self) -> str:
        """The dateline, e.g. "Oaxaca de Juárez, 26 de marzo.", or ""."""
        return self.text_of("dateline")

    @property
    def lead(self) -> str:
        """The lead sentence (without the dateline)."""
        return self.text_of("lead")

    @property
    def body(self) -> list[str]:
        """The talking-point paragraphs, in order."""
        return [p.text for p in self.parts if p.is_body]

    @property
    def closing(self) -> str:
        """The closing notice, or ""."""
        return self.text_of("closing")

    def lead_paragraph(self) -> str:
        """The first paragraph as published: the dateline (if any) then the lead."""
        return " ".join(t for t in (self.dateline, self.lead) if t)

    def paragraph_parts(self) -> list[tuple[str, list[DraftPart]]]:
        """Published paragraphs as (key, the parts set in it), in reading order.

        The dateline opens the lead's paragraph, and a talking point that runs on joins
        the paragraph of the part before it when that is the lead or a point. A
        paragraph is keyed by its first part ("lead" for the dateline's). Parts stay the
        unit of hand edits and checks; only the output joins them.
        """
        out: list[tuple[str, list[DraftPart]]] = []
        for part in self.parts:
            if out and _joins(out[-1][0], part):
                out[-1][1].append(part)
            else:
                key = "lead" if part.key == "dateline" else part.key
                out.append((key, [part]))
        return out

    def paragraphs(self) -> list[tuple[str, str]]:
        """Published paragraphs as (key, text): the parts of each joined by a space.

        This is the reading order every exporter and the preview share.
        """
        return [
            (key, " ".join(p.text for p in parts if p.text))
            for key, parts in self.paragraph_parts()
        ]

    def as_text(self) -> str:
        """The draft as plain text, one blank line between paragraphs."""
        return "\n\n".join(text for _, text in self.paragraphs()) + "\n"


def _joins(paragraph_key: str, part: DraftPart) -> bool:
    if part.key == "lead":
        return paragraph_key == "lead"  # only the dateline's paragraph is keyed so
    return part.runs_on and (paragraph_key == "lead" or paragraph_key.startswith("body."))


@dataclass(frozen=True)
class DraftPair:
    """The matched Spanish and English drafts of one readout."""

    es: Draft
    en: Draft

    def __iter__(self) -> Iterator[Draft]:
        return iter((self.es, self.en))

    def get(self, lang: Lang) -> Draft:
        """The draft in ``lang``."""
        return self.es if lang == "es" else self.en
