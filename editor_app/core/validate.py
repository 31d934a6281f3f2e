"""Semantic validation of a readout: what the form must hold before drafts make sense.

Each problem names its field the way the file does ("counterparts[0].title"), so the
CLI can print it and the GUI can take the officer to the field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from editor_app.core.dates import LocaleError, parse_locale
from editor_app.core.draft import HEAD_PARTS, TAIL_PARTS
from editor_app.core.glossary import Glossary
from editor_app.core.model import Official, Phrasing, Readout

Severity = Literal["error", "warning", "note"]
_PART_KEY = re.compile(r"^body\.[1-9][0-9]*$")


@dataclass(frozen=True)
class Problem:
    """One finding about the data: where (a field path), what, and how serious."""

    path: str
    message: str
    severity: Severity = "error"

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


def _official_problems(official: Official, path: str, glossary: Glossary) -> list[Problem]:
    problems: list[Problem] = []
    if not official.surname.strip() and not official.given_names.strip():
        problems.append(Problem(path, "a name is needed (given names and surname)"))
    if official.custom_title is None:
        key = official.title
        if not key:
            problems.append(
                Problem(f"{path}.title", "a title is needed: a glossary key or a custom title")
            )
        elif not glossary.has_title(key):
            hint = glossary.suggest_title(key)
            more = f" — did you mean {hint!r}?" if hint else ""
            problems.append(Problem(f"{path}.title", f"unknown title {key!r}{more}"))
    else:
        ct = official.custom_title
        if not ct.en_full.strip() or not ct.es_full.strip():
            problems.append(
                Problem(f"{path}.custom_title", "a custom title needs English and Spanish text")
            )
    code = official.country
    if not code.strip():
        problems.append(Problem(f"{path}.country", "a country is needed"))
    elif not glossary.has_country(code):
        hint = glossary.suggest_country(code)
        more = f" — did you mean {hint!r}?" if hint else ""
        problems.append(Problem(f"{path}.country", f"unknown country code {code!r}{more}"))
    return problems


def _locale_problems(readout: Readout) -> list[Problem]:
    problems: list[Problem] = []
    for lang, name in (("es", readout.locales.es), ("en", readout.locales.en)):
        path = f"locales.{lang}"
        try:
            locale = parse_locale(name)
        except LocaleError:
            problems.append(Problem(path, f"unknown locale {name!r}"))
            continue
        if locale.language != lang:
            problems.append(
                Problem(
                    path, f"{name!r} is not {'a Spanish' if lang == 'es' else 'an English'} locale"
                )
            )
    return problems


def validate(readout: Readout, glossary: Glossary) -> list[Problem]:
    """Every problem with ``readout``: errors block rendering, notes only inform."""
    problems = _locale_problems(readout)
    if readout.event_date > readout.release_date:
        problems.append(
            Problem(
                "event_date",
                f"{readout.event_date.isoformat()} is after the release date "
                f"{readout.release_date.isoformat()}",
            )
        )
    problems += _official_problems(readout.principal, "principal", glossary)
    if readout.kind.is_multilateral:
        if not readout.counterparts and not (readout.group.en.strip() and readout.group.es.strip()):
            problems.append(
                Problem("group", "a multilateral readout needs a group name in both languages")
            )
    elif not readout.counterparts:
        problems.append(Problem("counterparts", "at least one counterpart is needed"))
    for i, official in enumerate(readout.counterparts):
        problems += _official_problems(official, f"counterparts[{i}]", glossary)
    att = readout.attribution
    if att.phrasing is not Phrasing.NONE:
        if not att.name.strip():
            problems.append(Problem("attribution.name", "the attribution needs a name"))
        if not glossary.has_title(att.role):
            hint = glossary.suggest_title(att.role)
            more = f" — did you mean {hint!r}?" if hint else ""
            problems.append(Problem("attribution.role", f"unknown role {att.role!r}{more}"))
    known = set(HEAD_PARTS) | set(TAIL_PARTS)
    for lang, parts in readout.overrides.items():
        for key in parts:
            if key not in known and not _PART_KEY.match(key):
                problems.append(Problem(f"overrides.{lang}.{key}", "unknown part"))
    return problems
