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

from editor_app.core.messages import Message, MessageError, define

log = logging.getLogger(__name__)

_KEPT_CONTROLS = {"\n", "\t"}
_PLANE_ENDS = "".join(f"{chr(p * 0x10000 + 0xFFFE)}-{chr(p * 0x10000 + 0xFFFF)}" for p in range(17))
_REFUSED = re.compile(f"[\ud800-\udfff\ufdd0-\ufdef{_PLANE_ENDS}]")
"""Noncharacters and lone surrogates: never text, always a decoding error."""
_UNCLEAN = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f]|{_REFUSED.pattern}")
"""Any character :func:`normalize_text` would remove, change or refuse (besides NFC)."""


REFUSED = define(
    "normalize.refused",
    "contains {char} at position {position}, which is not text "
    "(the file was probably decoded with the wrong encoding)",
    "contiene {char} en la posición {position}, que no es texto "
    "(probablemente el archivo se leyó con una codificación equivocada)",
)
VERTICAL_TABS = define(
    "normalize.vertical-tabs",
    {
        "one": "{n} vertical tab from Word turned into a line break",
        "other": "{n} vertical tabs from Word turned into line breaks",
    },
    {
        "one": "{n} tabulación vertical de Word convertida en salto de línea",
        "other": "{n} tabulaciones verticales de Word convertidas en saltos de línea",
    },
    count="n",
)
REMOVED = define(
    "normalize.removed",
    {"one": "removed {n} × {char}", "other": "removed {n} × {char}"},
    {"one": "{n} × {char} eliminado", "other": "{n} × {char} eliminados"},
    count="n",
)
LINE_BREAKS = define(
    "normalize.line-breaks",
    "line breaks turned into spaces",
    "saltos de línea convertidos en espacios",
)
COMPOSED = define(
    "normalize.composed",
    "accents composed (Unicode NFC)",
    "acentos compuestos (Unicode NFC)",
)
CONTROL_CHARACTER = define(
    "normalize.control-character", "{code} control character", "{code} carácter de control"
)


NONCHARACTER = define(
    "normalize.noncharacter", "{code} (a noncharacter)", "{code} (un no carácter)"
)
LONE_SURROGATE = define(
    "normalize.lone-surrogate", "{code} (a lone surrogate)", "{code} (un sustituto aislado)"
)


class RefusedCharacter(MessageError, ValueError):
    """The text holds a character we refuse (a noncharacter or a lone surrogate)."""


@dataclass(frozen=True)
class Cleaned:
    """The cleaned text and a description of each change made (empty if none)."""

    text: str
    changes: tuple[Message, ...] = ()


def _describe(char: str) -> str | Message:
    # Unicode's character names are English in every language, as Word's are.
    code = f"U+{ord(char):04X}"
    if _REFUSED.match(char):
        kind = LONE_SURROGATE if unicodedata.category(char) == "Cs" else NONCHARACTER
        return kind(code=code)
    name = unicodedata.name(char, "")
    return f"{code} {name}" if name else CONTROL_CHARACTER(code=code)


def refuse_unreadable(text: str) -> None:
    """Raise RefusedCharacter, naming the first one and where, if ``text`` holds a
    noncharacter or a lone surrogate."""
    found = _REFUSED.search(text)
    if found:
        raise RefusedCharacter(
            REFUSED(char=_describe(found.group()), position=str(found.start() + 1))
        )


def normalize_text(text: str, single_line: bool = False) -> Cleaned:
    """Clean ``text``; raise RefusedCharacter for noncharacters and lone surrogates.

    With ``single_line`` (titles, names) line breaks become spaces.
    """
    refuse_unreadable(text)
    changes: list[Message] = []
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
        changes.append(VERTICAL_TABS(n=vertical_tabs))
    for char, count in removed.items():
        changes.append(REMOVED(n=count, char=_describe(char)))
    cleaned = "".join(out)
    if single_line and ("\n" in cleaned or "\t" in cleaned):
        cleaned = " ".join(cleaned.replace("\t", " ").split("\n"))
        changes.append(LINE_BREAKS())
    nfc = unicodedata.normalize("NFC", cleaned)
    if nfc != cleaned:
        changes.append(COMPOSED())
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
    dropped = tuple(REMOVED(n=count, char=_describe(char)) for char, count in refused.items())
    return Cleaned(cleaned.text, dropped + cleaned.changes)
