"""The header marking ("DRAFT" / "BORRADOR") in each exported file's language.

The readout stores the marking once, as a choice (or the officer's own words per
language); this module owns the words each choice stands for, and reads the single text
that files of schema version 1 held.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from editor_app.core.draft import Lang
from editor_app.core.model import Bilingual, Marking, MarkingChoice

log = logging.getLogger(__name__)

WORDS: dict[MarkingChoice, Bilingual] = {
    MarkingChoice.DRAFT: Bilingual(en="DRAFT", es="BORRADOR"),
    MarkingChoice.SBU: Bilingual(
        en="SENSITIVE BUT UNCLASSIFIED", es="SENSIBLE PERO NO CLASIFICADO"
    ),
    MarkingChoice.DRAFT_SBU: Bilingual(
        en="DRAFT — SENSITIVE BUT UNCLASSIFIED", es="BORRADOR — SENSIBLE PERO NO CLASIFICADO"
    ),
    MarkingChoice.NONE: Bilingual(),
}
"""What each choice writes, per language (CUSTOM writes the officer's own words)."""

BETWEEN_LANGUAGES = " / "
"""Between the two languages' markings in a page both languages share, as the footer's
"Página 1 de 2 / Page 1 of 2"."""


def marking_text(marking: Marking, lang: Lang) -> str:
    """The marking as written in a file (or section) in ``lang``; "" for none.

    A custom marking typed in one language only is written in that language everywhere
    rather than dropped: a file must never lose its marking.
    """
    words = WORDS.get(marking.choice, marking.custom)
    text = words.get(lang).strip()
    if not text and marking.choice is MarkingChoice.CUSTOM:
        other: Lang = "en" if lang == "es" else "es"
        text = words.get(other).strip()
    return text


def marking_forms(marking: Marking, langs: Sequence[Lang]) -> list[tuple[Lang, str]]:
    """The marking of a page in ``langs`` (the page's first language first): each
    language's form once, with its language; a form that reads as an earlier one's (a
    custom text typed the same in both) is not repeated."""
    forms: list[tuple[Lang, str]] = []
    for lang in langs:
        text = marking_text(marking, lang)
        if text and all(text != seen for _, seen in forms):
            forms.append((lang, text))
    return forms


def marking_line(marking: Marking, langs: Sequence[Lang]) -> str:
    """The marking of a page in ``langs`` as one line: "BORRADOR / DRAFT"."""
    return BETWEEN_LANGUAGES.join(text for _, text in marking_forms(marking, langs))


def marking_from_v1(value: Any) -> Any:
    """The version-2 marking data for a version-1 marking text.

    A text that is exactly a choice's English words becomes that choice ("DRAFT" stays
    "DRAFT" in English and reads "BORRADOR" in Spanish); an empty one, no marking; any
    other text is kept as the officer's own words, the same in both languages, so every
    file prints what it printed before. What is not text is left for the reader to
    refuse with its usual message.
    """
    if not isinstance(value, str):
        return value
    text = value.strip()
    if not text:
        return {"choice": MarkingChoice.NONE.value}
    for choice, words in WORDS.items():
        if words.en and text == words.en:
            return {"choice": choice.value}
    return {"choice": MarkingChoice.CUSTOM.value, "custom": {"en": value, "es": value}}
