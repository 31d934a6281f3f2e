"""Offsets between Python strings (code points) and Qt's (UTF-16 code units).

An emoji or a rare CJK character is one Python character but two UTF-16 units, so a
position from one side must be converted before the other side uses it.
"""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)


def utf16_offset(text: str, index: int) -> int:
    """The UTF-16 position of Python offset ``index`` in ``text``."""
    return index + sum(1 for ch in text[:index] if ord(ch) > 0xFFFF)


def python_offset(text: str, utf16_index: int) -> int:
    """The Python offset of UTF-16 position ``utf16_index`` in ``text``."""
    units = 0
    for i, ch in enumerate(text):
        if units >= utf16_index:
            return i
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


def utf16_spans(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` (Python offsets, in text order) as UTF-16 offsets, in one pass over
    ``text`` however many spans there are."""
    out: list[tuple[int, int]] = []
    scanned = astral = 0

    def at(index: int) -> int:
        nonlocal scanned, astral
        if index < scanned:  # out of order: count from the start instead
            return utf16_offset(text, index)
        astral += sum(1 for ch in text[scanned:index] if ord(ch) > 0xFFFF)
        scanned = index
        return index + astral

    for start, end in spans:
        first = at(start)
        out.append((first, at(end)))
    return out
