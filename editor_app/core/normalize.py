"""Clean text pasted from Word and other programs, and say what changed.

A vertical tab (Word's manual line break, U+000B) becomes a line break; other control
characters are removed; noncharacters (U+FFFE, U+FFFF, U+FDD0 to U+FDEF and the last
two code points of every plane) and lone surrogates are refused, since they only appear
in text that was decoded wrongly. Text is put in Unicode NFC so "ó" typed two ways
compares equal.

Files are cleaned as they are read (:func:`normalize_text`, which refuses them); what
the officer types or pastes is cleaned as it arrives (:func:`clean_typed`, which drops
them, since a pasted text is not a decoding error).
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass

log = logging.getLogger(__name__)

_KEPT_CONTROLS = {"\n", "\t"}
_PLANE_ENDS = "".join(f"{chr(p * 0x10000 + 0xFFFE)}-{chr(p * 0x10000 + 0xFFFF)}" for p in range(17))
_REFUSED = re.compile(f"[\ud800-\udfff\ufdd0-\ufdef{_PLANE_ENDS}]")
"""Noncharacters and lone surrogates: never text, always a decoding error."""
_UNCLEAN = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f]|{_REFUSED.pattern}")
"""Any character :func:`normalize_text` would remove, change or refuse (besides NFC)."""


class RefusedCharacter(ValueError):
    """The text holds a character we refuse (a noncharacter or a lone surrogate)."""


@dataclass(frozen=True)
class Cleaned:
    """The cleaned text and a human description of each change made (empty if none)."""

    text: str
    changes: tuple[str, ...] = ()


def _describe(char: str) -> str:
    code = f"U+{ord(char):04X}"
    if _REFUSED.match(char):
        kind = "lone surrogate" if unicodedata.category(char) == "Cs" else "noncharacter"
        return f"{code} (a {kind})"
    name = unicodedata.name(char, "")
    return f"{code} {name}" if name else f"{code} control character"


def refuse_unreadable(text: str) -> None:
    """Raise RefusedCharacter, naming the first one and where, if ``text`` holds a
    noncharacter or a lone surrogate."""
    found = _REFUSED.search(text)
    if found:
        raise RefusedCharacter(
            f"contains {_describe(found.group())} at position {found.start() + 1}, which is "
            "not text (the file was probably decoded with the wrong encoding)"
        )


def normalize_text(text: str, single_line: bool = False) -> Cleaned:
    """Clean ``text``; raise RefusedCharacter for noncharacters and lone surrogates.

    With ``single_line`` (titles, names) line breaks become spaces.
    """
    refuse_unreadable(text)
    changes: list[str] = []
    out: list[str] = []
    removed: dict[str, int] = {}
    vertical_tabs = 0
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for char in text:
        if char == "\x0b":
            vertical_tabs += 1
            out.append("\n")
        elif char in _KEPT_CONTROLS:
            out.append(char)
        elif unicodedata.category(char) == "Cc":
            removed[char] = removed.get(char, 0) + 1
        else:
            out.append(char)
    if vertical_tabs:
        changes.append(f"{vertical_tabs} vertical tab(s) from Word turned into line breaks")
    for char, count in removed.items():
        changes.append(f"removed {count} × {_describe(char)}")
    cleaned = "".join(out)
    if single_line and ("\n" in cleaned or "\t" in cleaned):
        cleaned = " ".join(cleaned.replace("\t", " ").split("\n"))
        changes.append("line breaks turned into spaces")
    nfc = unicodedata.normalize("NFC", cleaned)
    if nfc != cleaned:
        changes.append("accents composed (Unicode NFC)")
    return Cleaned(nfc, tuple(changes))


def needs_cleaning(text: str, single_line: bool = False) -> bool:
    """True if :func:`clean_typed` would change ``text`` (a fast check, for every edit)."""
    if _UNCLEAN.search(text) or not unicodedata.is_normalized("NFC", text):
        return True
    return single_line and ("\n" in text or "\t" in text)


def clean_typed(text: str, single_line: bool = False) -> Cleaned:
    """Clean what the officer typed or pasted, as a file is cleaned, but drop
    noncharacters and lone surrogates (saying so) instead of refusing the text."""
    refused: dict[str, int] = {}
    for char in _REFUSED.findall(text):
        refused[char] = refused.get(char, 0) + 1
    text = _REFUSED.sub("", text)
    cleaned = normalize_text(text, single_line=single_line)
    dropped = tuple(f"removed {count} × {_describe(char)}" for char, count in refused.items())
    return Cleaned(cleaned.text, dropped + cleaned.changes)
