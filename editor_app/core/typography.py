"""Typographic apostrophes and quotation marks: "Landau's" → "Landau’s", "x" → “x”
in English and «x» in Spanish (the RAE's first choice, and the house check's default).

Generated parts are set this way by default (as published readouts are); a house that
wants straight marks says so in the settings. The officer's hand edits are kept as typed.
"""

from __future__ import annotations

import re

from editor_app.core.draft import Lang

# A mark opens when nothing, a space, an opening bracket or a dash comes before it.
_OPENS_AFTER = r"(?:^|(?<=[\s(\[{—–-]))"
_OPENING_DOUBLE = re.compile(_OPENS_AFTER + '"')
# An opening single mark starts a quotation ('hello'), unless a digit follows: '90s.
_OPENING_SINGLE = re.compile(_OPENS_AFTER + r"'(?=[^\W\d_])")


_DOUBLE: dict[Lang, tuple[str, str]] = {"en": ("“", "”"), "es": ("«", "»")}


def typographic(text: str, lang: Lang = "en") -> str:
    """``text`` with straight quotation marks and apostrophes made typographic.

    Opening marks follow the start, a space, an opening bracket or a dash; every other
    straight mark closes (or is an apostrophe: "Landau’s", "’90s").
    """
    if "'" not in text and '"' not in text:
        return text
    opening, closing = _DOUBLE[lang]
    text = _OPENING_DOUBLE.sub(opening, text).replace('"', closing)
    return _OPENING_SINGLE.sub("‘", text).replace("'", "’")
