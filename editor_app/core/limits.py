"""How big a readout file may be, in every dimension, and the JSON reader that holds to it.

The limits sit far above any real readout (the bundled example is 4 KB, with three
points and one counterpart) and far below what would stall or exhaust the app: a file is
a regular file of at most 10 MB, no list holds more than 1,000 items, no text more than
100,000 characters, nothing nests deeper than 16 levels, no number has more than 100
digits. Every message says the limit it met.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from editor_app.core.messages import Message, define
from editor_app.core.normalize import RefusedCharacter, refuse_unreadable

MAX_FILE_BYTES = 10 * 1024 * 1024
"""A .readout file or autosave slot larger than this is refused before it is read."""
MAX_ITEMS = 1_000
"""The most items in any list: officials, points, clearers."""
MAX_MEMBERS = 2 * MAX_ITEMS
"""The most names in any object (hand edits hold one per point and per other part)."""
MAX_TEXT_CHARS = 100_000
"""The most characters in any one text field (a long readout has a few thousand)."""
MAX_DEPTH = 16
"""The most levels of nesting (a readout has five)."""
MAX_NUMBER_DIGITS = 100
"""The most digits in a number (Python itself refuses to convert more than 4,300)."""
MAX_PROBLEMS = 20
"""The most limit problems reported for one file; the first ones say enough."""

TOO_MANY_ITEMS = define(
    "limits.too-many-items",
    "{count} items; a readout holds at most {limit} here",
    "{count} elementos; un comunicado admite como máximo {limit} aquí",
)
TOO_MANY_NAMES = define(
    "limits.too-many-names",
    "{count} names; a readout holds at most {limit} here",
    "{count} nombres; un comunicado admite como máximo {limit} aquí",
)
TEXT_TOO_LONG = define(
    "limits.text-too-long",
    "{count} characters; a field holds at most {limit} characters",
    "{count} caracteres; un campo admite como máximo {limit} caracteres",
)
NAME_TOO_LONG = define(
    "limits.name-too-long",
    "a name in it has {count} characters; a name holds at most {limit} characters",
    "un nombre tiene {count} caracteres; un nombre admite como máximo {limit} caracteres",
)
NAME_UNREADABLE = define(
    "limits.name-unreadable",
    "a name in it {problem}",
    "un nombre {problem}",
)
TOO_DEEP = define(
    "limits.too-deep",
    "nested more than {limit} levels deep; a readout is never that deep",
    "anidado a más de {limit} niveles; un comunicado nunca tiene tanta profundidad",
)
NUMBER_TOO_LONG = define(
    "limits.number-too-long",
    "a number of {count} digits; a readout holds numbers of at most {limit} digits",
    "un número de {count} cifras; un comunicado admite números de como máximo {limit} cifras",
)


@dataclass(frozen=True)
class LongNumber:
    """A JSON integer with more than :data:`MAX_NUMBER_DIGITS` digits, never converted."""

    digits: int


def _integer(text: str) -> int | LongNumber:
    digits = len(text.lstrip("-"))
    return LongNumber(digits) if digits > MAX_NUMBER_DIGITS else int(text)


def loads(text: str) -> Any:
    """Parse JSON ``text``; integers too long to convert become :class:`LongNumber`.

    Raises ``json.JSONDecodeError`` and ``RecursionError`` as ``json.loads`` does;
    :func:`limit_problems` then reports any LongNumber with its field.
    """
    return json.loads(text, parse_int=_integer)


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _walk(data: Any, path: str, depth: int) -> Iterator[tuple[str, Message]]:
    if depth > MAX_DEPTH:
        yield path, TOO_DEEP(limit=str(MAX_DEPTH))
    elif isinstance(data, str):
        if len(data) > MAX_TEXT_CHARS:
            yield path, TEXT_TOO_LONG(count=str(len(data)), limit=str(MAX_TEXT_CHARS))
    elif isinstance(data, LongNumber):
        yield path, NUMBER_TOO_LONG(count=str(data.digits), limit=str(MAX_NUMBER_DIGITS))
    elif isinstance(data, list):
        if len(data) > MAX_ITEMS:
            yield path, TOO_MANY_ITEMS(count=str(len(data)), limit=str(MAX_ITEMS))
            return
        for i, item in enumerate(data):
            yield from _walk(item, f"{path}[{i}]", depth + 1)
    elif isinstance(data, dict):
        if len(data) > MAX_MEMBERS:
            yield path, TOO_MANY_NAMES(count=str(len(data)), limit=str(MAX_MEMBERS))
            return
        for key, value in data.items():
            refused = list(_key_problems(key, path))
            yield from refused
            if not refused:
                yield from _walk(value, _join(path, key), depth + 1)


def _key_problems(key: str, path: str) -> Iterator[tuple[str, Message]]:
    if len(key) > MAX_TEXT_CHARS:
        yield path, NAME_TOO_LONG(count=str(len(key)), limit=str(MAX_TEXT_CHARS))
        return
    try:
        refuse_unreadable(key)
    except RefusedCharacter as exc:
        yield path, NAME_UNREADABLE(problem=str(exc))


def limit_problems(data: Any) -> list[tuple[str, Message]]:
    """Where ``data`` (parsed JSON) exceeds a limit, as (field path, message) pairs.

    Text values are checked for length here and for unreadable characters when they
    are read as fields; names (object keys) for both here, since no field reads them.
    """
    problems: list[tuple[str, Message]] = []
    for problem in _walk(data, "", 1):
        problems.append(problem)
        if len(problems) >= MAX_PROBLEMS:
            break
    return problems
