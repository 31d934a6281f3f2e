"""Names that let an exported part be found again in the file a clearer sends back.

Each generated part of each language is wrapped in a Word bookmark named
``{lang}_{part}``: ``es_title``, ``en_lead``, ``es_point_3`` (talking point 3). Word
refuses bookmark names with dots, and LibreOffice keeps bookmarks through an edit with
tracked changes, which content controls do not survive. A bookmark's end may move and a
paragraph a reviewer adds has none, so a part runs from its bookmark to the next part's.
``END_MARK`` closes the drafts before the clearance sheet.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable

from editor_app.core.draft import HEAD_PARTS, TAIL_PARTS, Draft, Lang

END_MARK = "readout_end"
"""The bookmark after the last part of the drafts (the clearance sheet follows it)."""
ID_PROPERTY = "ReadoutId"
REVISION_PROPERTY = "ReadoutRevision"
"""Custom document properties: which readout the file came from, and which revision."""

_BODY = "point_"
_HEAD_AND_TAIL = frozenset(HEAD_PARTS + TAIL_PARTS)
_MARK = re.compile(r"(es|en)_([a-z_]+?)(?:_(\d+))?")


def mark_name(lang: Lang, key: str) -> str:
    """The bookmark name of part ``key`` in ``lang``: ("es", "body.3") → "es_point_3"."""
    base, _, number = key.partition(".")
    if base == "body":
        return f"{lang}_{_BODY}{number}"
    return f"{lang}_{base}" + (f"_{number}" if number else "")


def part_of_mark(name: str) -> tuple[Lang, str] | None:
    """The (language, part key) a bookmark named ``name`` marks, or None if it is not ours."""
    match = _MARK.fullmatch(name)
    if match is None:
        return None
    lang: Lang = "es" if match.group(1) == "es" else "en"
    base, number = match.group(2), match.group(3)
    if base == "point" and number:
        return lang, f"body.{int(number)}"
    if number:
        return None
    return (lang, base) if base in _HEAD_AND_TAIL else None


def revision_of(drafts: Iterable[Draft]) -> str:
    """A short fingerprint of the drafts a file holds: every part's text, per language.

    A cleared copy whose fingerprint matches the drafts of today was exported from these
    very drafts, so a part that reads differently was edited (with Track Changes off).
    """
    digest = hashlib.sha256()
    for draft in sorted(drafts, key=lambda d: d.lang):
        for part in draft.parts:
            digest.update(f"{draft.lang}\x1f{part.key}\x1f{part.text}\x1e".encode())
    return digest.hexdigest()[:16]
