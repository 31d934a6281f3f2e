"""Where the spell checker should look away: officials' names and right-to-left stretches.

One regular expression with every name as an alternative costs (names x characters):
with a thousand clearing officers that is a thousand tries at every character of the
document. Here names are found by their first word instead, so each word of the text
costs one dictionary lookup plus a check per name length sharing that first word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from editor_app.core.export.text import RTL_CHARS, clean_text

_WORD = re.compile(r"\w+")
_WORD_CHAR = re.compile(r"\w")
_RTL = re.compile(rf"[{RTL_CHARS}](?:[{RTL_CHARS}\s'’-]*[{RTL_CHARS}])?")


class NoProofFinder:
    """Finds names (whole words, any case, the longest first) and right-to-left text."""

    def __init__(self, names: Iterable[str]) -> None:
        # first word (lowercase) -> [(length, {names of that length, lowercase})], longest first
        grouped: dict[str, dict[int, set[str]]] = {}
        for raw in names:
            name = clean_text(raw.strip())
            first = _WORD.match(name)
            if not name or first is None:
                continue
            by_length = grouped.setdefault(first.group().lower(), {})
            by_length.setdefault(len(name), set()).add(name.lower())
        self._names = {
            word: sorted(by_length.items(), reverse=True) for word, by_length in grouped.items()
        }

    def spans(self, text: str) -> Iterator[tuple[int, int, bool]]:
        """(start, end, is right-to-left) of each stretch to mark, left to right."""
        pos = 0
        rtl = _RTL.search(text)
        name = self._next_name(text, 0)
        while rtl is not None or name is not None:
            if rtl is not None and rtl.start() < pos:
                rtl = _RTL.search(text, pos)
            if name is not None and name[0] < pos:
                name = self._next_name(text, pos)
            if rtl is not None and (name is None or rtl.start() <= name[0]):
                yield rtl.start(), rtl.end(), True
                pos = rtl.end()
            elif name is not None:
                yield name[0], name[1], False
                pos = name[1]

    def _next_name(self, text: str, pos: int) -> tuple[int, int] | None:
        if not self._names:
            return None
        for word in _WORD.finditer(text, pos):
            start = word.start()
            if start and _WORD_CHAR.match(text, start - 1):
                continue  # inside a word that began before pos
            for length, names in self._names.get(word.group().lower(), ()):
                end = start + length
                if text[start:end].lower() in names and not _WORD_CHAR.match(text, end):
                    return start, end
        return None
