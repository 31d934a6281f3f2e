"""Where the spell checker should look away: officials' names and right-to-left stretches.

One regular expression with every name as an alternative costs (names x characters):
with a thousand clearing officers that is a thousand tries at every character of the
document. Here names are found by their first word instead, so each word of the text
costs one dictionary lookup plus a check per name length sharing that first word. The
words are listed and looked up in one pass per text (``_Candidates``): a Python loop
over regular-expression matches per word cost 40% of a long readout's Word export.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from itertools import islice

from editor_app.core.export.text import RTL_CHARS, clean_text

_WORD = re.compile(r"\w+")
_WORD_CHAR = re.compile(r"\w")
_WORD_START = re.compile(r"(?<!\w)\w+")
"""A whole word: the lookbehind keeps a search from a position inside a word from
taking that word's tail for a word."""
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
        names = _Candidates(self._names, text) if self._names else None
        name = names.next_name(0) if names else None
        while rtl is not None or name is not None:
            if rtl is not None and rtl.start() < pos:
                rtl = _RTL.search(text, pos)
            if names is not None and name is not None and name[0] < pos:
                name = names.next_name(pos)
            if rtl is not None and (name is None or rtl.start() <= name[0]):
                yield rtl.start(), rtl.end(), True
                pos = rtl.end()
            elif name is not None:
                yield name[0], name[1], False
                pos = name[1]


class _Candidates:
    """The words of one text that start some name, found in one pass; searched from
    positions that only grow."""

    def __init__(self, names: dict[str, list[tuple[int, set[str]]]], text: str) -> None:
        self._names = names
        self._text = text
        words = _WORD_START.findall(text)
        hits = [i for i, word in enumerate(words) if word.lower() in names]
        self._starts: list[int] = []
        self._keys: list[str] = []
        matches = _WORD_START.finditer(text)
        done = 0
        for index in hits:
            match = next(islice(matches, index - done, None))
            done = index + 1
            self._starts.append(match.start())
            self._keys.append(words[index].lower())
        self._low = 0

    def next_name(self, pos: int) -> tuple[int, int] | None:
        """(start, end) of the first name starting at or after ``pos``, longest first."""
        text = self._text
        first = bisect_left(self._starts, pos, lo=self._low)
        for k in range(first, len(self._starts)):
            start = self._starts[k]
            for length, names in self._names[self._keys[k]]:
                end = start + length
                if text[start:end].lower() in names and not _WORD_CHAR.match(text, end):
                    self._low = k
                    return start, end
        self._low = len(self._starts)
        return None
