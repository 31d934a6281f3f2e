"""Field paths: where a value sits in a readout, as files, problems and findings name it.

A path is dot-separated field names, a list's entry indexed from 0: "points[2].es",
"counterparts[0].surname", "clearance.clearers[1].status". Validation, the checks, the
form (its widgets and undo's merging of keystrokes) and the labels the officer reads
(:mod:`editor_app.core.field_labels`) all build and read paths here, and only here.

A hand edit's path ends in a part key, which holds a dot of its own
("overrides.es.body.2"), so it has its own pair of functions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from editor_app.core.draft import Lang, body_number

MAX_INDEX = 999_999
"""The largest list index a path may hold: longer numbers are no field of a readout (and
too many digits could not even be read as a number)."""

_NAME = r"[a-z_]+"
_INDEX = r"0|[1-9][0-9]{0,5}"
_STEP = re.compile(rf"({_NAME})(?:\[({_INDEX})\])?", re.ASCII)
_PATH = re.compile(rf"{_NAME}(?:\[(?:{_INDEX})\])?(?:\.{_NAME}(?:\[(?:{_INDEX})\])?)*", re.ASCII)
_OVERRIDES = "overrides"


@dataclass(frozen=True)
class Step:
    """One field name of a path, with the entry's index when the field is a list."""

    name: str
    index: int | None = None

    def format(self) -> str:
        """The step as a path writes it: "points[2]", "surname"."""
        return self.name if self.index is None else f"{self.name}[{self.index}]"


@dataclass(frozen=True)
class FieldPath:
    """A parsed field path; :meth:`parse` and :meth:`format` are each other's inverse."""

    steps: tuple[Step, ...]

    @classmethod
    def parse(cls, text: str) -> FieldPath | None:
        """The path ``text`` names, or None when it is not one (empty, stray characters,
        a negative or over-long index, an index with leading zeros)."""
        steps: list[Step] = []
        for part in text.split("."):
            match = _STEP.fullmatch(part)
            if match is None:
                return None
            index = match.group(2)
            steps.append(Step(match.group(1), None if index is None else int(index)))
        return cls(tuple(steps))

    def format(self) -> str:
        """The path as text: "counterparts[0].surname"."""
        return ".".join(step.format() for step in self.steps)

    def __str__(self) -> str:
        return self.format()

    @property
    def head(self) -> Step:
        """The first step: the top-level field of the readout."""
        return self.steps[0]

    @property
    def field(self) -> str:
        """The name of the second step, the field inside the head ("surname" in
        "counterparts[0].surname"); "" when the path stops at its head."""
        return self.steps[1].name if len(self.steps) > 1 else ""

    def entry_of(self, name: str) -> int | None:
        """The index of the entry of list ``name`` this path is in ("points[2].es" → 2 for
        "points"); None when the path does not start in an entry of that list."""
        head = self.head
        return head.index if head.name == name else None


def field_path(name: str, *fields: str, index: int | None = None) -> str:
    """The path of field ``name`` (entry ``index`` of it, when it is a list) and of the
    ``fields`` inside it: ``field_path("points", "es", index=2)`` → "points[2].es".
    Empty ``fields`` are skipped, so a row's "" (the row itself) names the entry."""
    head = name if index is None else f"{name}[{index}]"
    path = ".".join((head, *(f for f in fields if f))) if fields else head
    # A path built here always parses back: a bad name or index is a programming error.
    # (One match of the whole text: a row reports its path on every keystroke.)
    if _PATH.fullmatch(path) is None:
        raise ValueError(f"not a field path: {path!r}")
    return path


def bilingual_path(name: str, lang: Lang) -> str:
    """The ``lang`` side of a bilingual field: "purpose.es", "locales.en"."""
    return field_path(name, lang)


def point_path(index: int, lang: Lang | None = None) -> str:
    """Talking point ``index`` (from 0), or its ``lang`` paragraph: "points[2].es"."""
    return field_path("points", lang or "", index=index)


def counterpart_path(index: int, field: str = "") -> str:
    """Counterpart ``index`` (from 0), or one of its fields: "counterparts[0].surname"."""
    return field_path("counterparts", field, index=index)


def principal_path(field: str = "") -> str:
    """The principal, or one of its fields: "principal.title"."""
    return field_path("principal", field)


def part_source_path(part_key: str, lang: Lang) -> str:
    """The form field draft part ``part_key`` is written from, in ``lang``: a talking
    point's own paragraph ("body.3" → "points[2].es"), the purpose for the lead; "" for
    a part no single field writes."""
    number = body_number(part_key)
    if number is not None:
        return point_path(number - 1, lang)
    return bilingual_path("purpose", lang) if part_key == "lead" else ""


def override_path(lang: str, part_key: str) -> str:
    """The path of a hand edit of part ``part_key`` in ``lang``: "overrides.es.body.2"
    (both as the file writes them, for a problem to name what it found)."""
    return child_path(child_path(_OVERRIDES, lang), part_key)


def child_path(parent: str, name: str) -> str:
    """Field ``name`` inside ``parent`` ("" for the readout itself), as a file names it:
    reading a file names a key it does not know as written, so nothing is checked here."""
    return f"{parent}.{name}" if parent else name


def entry_path(parent: str, index: int) -> str:
    """Entry ``index`` (from 0) of the list at ``parent``: "counterparts[0]"."""
    return f"{parent}[{index}]"


class OverridePath(NamedTuple):
    """A hand edit's path read back. ``lang`` and ``key`` are as written, for the caller
    to judge ("overrides.fr" names no language); ``has_key`` is False for a path that
    stops at the language ("overrides.es")."""

    lang: str
    key: str
    has_key: bool


def split_override_path(path: str) -> OverridePath | None:
    """The parts of hand edit path ``path``: "overrides.es.body.2" → ("es", "body.2",
    True); None when ``path`` is not under "overrides"."""
    prefix = _OVERRIDES + "."
    if not path.startswith(prefix):
        return None
    lang, dot, key = path.removeprefix(prefix).partition(".")
    return OverridePath(lang, key, bool(dot))
