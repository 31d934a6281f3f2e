"""Checks between the two versions of a readout: parity, style, hand edits, house patterns.

:func:`run_checks` takes a readout and its rendered drafts and returns findings, each
with an id ("parity.number", "es.title-capital"), a severity (error, warning, note), a
message in the UI language, the place it refers to (language, part and span, or a form
field path) and a suggestion where one exists; :meth:`Finding.text` gives the message in
either UI language and :meth:`Finding.place` names the place as the form does. The house
switches checks off and adds pattern checks in a JSON file (:func:`load_config`).

The checks themselves live in sibling modules: ``checks_parity`` (the versions say the
same thing), ``checks_style_es`` (RAE/Fundéu), ``checks_style_en`` (English dates and
"U.S.", spacing in both); ``checks_values`` finds dates, numbers, countries and names.
They (and the house configuration, and Babel's number formats) are imported when checks
first run or the catalogue is first read (:func:`all_checks`), not with this module: the
editor's window imports :class:`Finding` and paints before any check has run.
"""

from __future__ import annotations

import dataclasses
import difflib
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from editor_app.core import checks_base
from editor_app.core.checks_base import (
    ERROR,
    NOTE,
    SEVERITIES,
    WARNING,
    CheckInfo,
    Finding,
    register,
)
from editor_app.core.draft import LANGS, DraftPair
from editor_app.core.glossary import Glossary, load_glossary
from editor_app.core.messages import Localized, define, ui_lang_of
from editor_app.core.model import Readout

if TYPE_CHECKING:
    from editor_app.core.checks_base import CHECKS
    from editor_app.core.checks_config import (
        CheckConfig,
        CheckConfigError,
        PatternCheck,
        config_from_dict,
        load_config,
    )

__all__ = [
    "CHECKS",
    "ERROR",
    "NOTE",
    "SEVERITIES",
    "WARNING",
    "CheckConfig",
    "CheckConfigError",
    "CheckInfo",
    "Finding",
    "all_checks",
    "config_from_dict",
    "finding_to_dict",
    "format_finding",
    "load_config",
    "run_checks",
]
_FROM_CONFIG = frozenset(
    ("CheckConfig", "CheckConfigError", "PatternCheck", "config_from_dict", "load_config")
)


def all_checks() -> dict[str, CheckInfo]:
    """Every built-in check by id (importing the check modules registers their checks)."""
    from editor_app.core import checks_parity, checks_style_en, checks_style_es  # noqa: F401

    return checks_base.CHECKS


def __getattr__(name: str) -> Any:
    """``CHECKS`` and the configuration names, imported on first use (PEP 562)."""
    if name == "CHECKS":
        return all_checks()
    if name in _FROM_CONFIG:
        from editor_app.core import checks_config

        return getattr(checks_config, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


STALE = register(
    "edit.stale",
    WARNING,
    "Hand edit is out of date: the form changed since it was written ({changes}). "
    "The generated text is now: «{generated}»",
    "La edición a mano está desactualizada: el formulario cambió desde que se escribió "
    "({changes}). El texto generado ahora es: «{generated}»",
)
HOUSE_PATTERN = define("checks.house-pattern", "«{text}»: {message}", "«{text}»: {message}")
"""The message of a house pattern's finding: the matched text and the house's words."""
_MAX_CHANGES = 3


def run_checks(
    readout: Readout,
    pair: DraftPair,
    config: CheckConfig | None = None,
    ui_lang: str = "en",
    glossary: Glossary | None = None,
) -> list[Finding]:
    """Every finding of the enabled checks on ``pair`` (the drafts of ``readout``).

    Findings come in reading order: form fields first, then the Spanish draft, then the
    English one, each by part and position. ``message`` is in ``ui_lang`` ("en" or "es");
    :meth:`Finding.text` gives either language.
    """
    from editor_app.core.checks_config import CheckConfig

    config = config or CheckConfig()
    glossary = glossary or load_glossary()
    found = [
        f for f in _all_findings(readout, pair, config, glossary) if config.enabled(f.check_id)
    ]
    if ui_lang_of(ui_lang) != "en":
        found = [dataclasses.replace(f, message=f.text(ui_lang)) for f in found]
    order: dict[tuple[str | None, str], int] = {
        (lang, part.key): n for lang in LANGS for n, part in enumerate(pair.get(lang).parts)
    }

    def key(f: Finding) -> tuple[int, int, int, int, str]:
        lang_rank = {"es": 0, "en": 1}.get(f.lang or "", -1)
        part_rank = order.get((f.lang, f.part or ""), -1)
        return (0 if f.field else 1, lang_rank, part_rank, f.start or 0, f.check_id)

    return sorted(found, key=key)


def _all_findings(
    readout: Readout, pair: DraftPair, config: CheckConfig, glossary: Glossary
) -> Iterator[Finding]:
    from editor_app.core.checks_parity import parity_findings
    from editor_app.core.checks_style_en import english_style_findings, spacing_findings
    from editor_app.core.checks_style_es import spanish_style_findings

    yield from parity_findings(readout, pair, glossary)
    yield from spanish_style_findings(readout, pair.es.parts, pair.es.locale, glossary, config)
    yield from english_style_findings(pair.en, config)
    for draft in pair:
        yield from spacing_findings(draft)
        overrides = readout.overrides.get(draft.lang, {})
        for part in draft.parts:
            if part.overridden and part.stale:
                override = overrides.get(part.key)
                before = override.generated if override else ""
                yield STALE.at(
                    lang=draft.lang,
                    part=part.key,
                    suggestion=part.generated,
                    generated=part.generated,
                    changes=changed_words(before, part.generated),
                )
    for pattern in config.patterns:
        yield from _pattern_findings(pattern, pair)


def changed_words(before: str, after: str) -> str:
    """What changed between two generated texts, word by word: "«Landau» → «Smith»"."""
    old, new = before.split(), after.split()
    changes: list[str] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=old, b=new).get_opcodes():
        if tag == "equal":
            continue
        removed, added = " ".join(old[i1:i2]), " ".join(new[j1:j2])
        changes.append(f"«{removed}» → «{added}»" if removed else f"+ «{added}»")
        if not added:
            changes[-1] = f"− «{removed}»"
    if len(changes) > _MAX_CHANGES:
        changes = [*changes[:_MAX_CHANGES], "…"]
    return "; ".join(changes)


def _pattern_findings(pattern: PatternCheck, pair: DraftPair) -> Iterator[Finding]:
    message = Localized(pattern.message_en, pattern.message_es)
    for lang in pattern.langs:
        draft = pair.get("es" if lang == "es" else "en")
        for part in draft.parts:
            for match in pattern.regex.finditer(part.text):
                if match.start() == match.end():
                    continue
                about = HOUSE_PATTERN(text=match.group(), message=message)
                yield Finding(
                    check_id=pattern.check_id,
                    severity=pattern.severity,
                    message=about.text("en"),
                    lang=draft.lang,
                    part=part.key,
                    start=match.start(),
                    end=match.end(),
                    field=None,
                    suggestion=pattern.suggestion,
                    about=about,
                )


def finding_to_dict(f: Finding) -> dict[str, Any]:
    """The finding as a JSON-ready dict, keyed by field name (``about`` is left out:
    ``message`` holds its text)."""
    return {x.name: getattr(f, x.name) for x in dataclasses.fields(f) if x.name != "about"}


def format_finding(f: Finding, ui_lang: str = "en") -> str:
    """One human line: severity, language, place, span, message and the check id.

    e.g. "warning  es  Point 3  12-20  «Marzo 26»: month-first date order; write
    «26 de marzo» [es.date-order]". A form field keeps its path, as the file names it.
    """
    ui = ui_lang_of(ui_lang)
    cells = [f.severity, f.lang or "-", f.field or f.place(ui) or "-"]
    if f.start is not None and f.end is not None:
        cells.append(f"{f.start}-{f.end}")
    return "  ".join([*cells, f"{f.text(ui)} [{f.check_id}]"])
