"""Running the checks: every finding of the enabled checks on a readout's drafts, in order.

:func:`run_checks` takes a readout and its rendered drafts and returns findings, each
with an id ("parity.number", "es.title-capital"), a severity (error, warning, note), a
message in the UI language, the place it refers to (language, part and span, or a form
field path) and a suggestion where one exists; :meth:`Finding.text` gives the message in
either UI language and :meth:`Finding.place` names the place as the form does. The house
switches checks off and adds pattern checks in a JSON file (``config.load_config``).

Importing this module loads every check (``catalogue``): the editor's window imports
:class:`~editor_app.core.checks.base.Finding` from ``base`` and this module only when
checks first run, after the first paint.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterator
from typing import Any

from editor_app.core.checks.appositions import open_apposition_findings
from editor_app.core.checks.base import Finding
from editor_app.core.checks.edits import stale_edit_findings
from editor_app.core.checks.headline_case import headline_case_findings
from editor_app.core.checks.list_punctuation import list_punctuation_findings
from editor_app.core.checks.parity import parity_findings
from editor_app.core.checks.patterns import pattern_findings
from editor_app.core.checks.placeholder_names import placeholder_findings
from editor_app.core.checks.point_length import point_length_findings
from editor_app.core.checks.repeats import repeated_verb_findings
from editor_app.core.checks.scripts import script_findings
from editor_app.core.checks.settings import CheckConfig
from editor_app.core.checks.style_en import english_style_findings, spacing_findings
from editor_app.core.checks.style_es import spanish_style_findings
from editor_app.core.draft import LANGS, DraftPair
from editor_app.core.glossary import Glossary, load_glossary
from editor_app.core.messages import severity_name, ui_lang_of
from editor_app.core.model import Readout

log = logging.getLogger(__name__)


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
    yield from parity_findings(readout, pair, glossary)
    yield from placeholder_findings(readout)
    yield from open_apposition_findings(pair.es.parts, glossary)
    yield from script_findings(readout)
    yield from spanish_style_findings(readout, pair.es.parts, pair.es.locale, glossary, config)
    yield from english_style_findings(pair.en, config)
    for draft in pair:
        yield from spacing_findings(draft)
        yield from point_length_findings(draft, config)
        yield from headline_case_findings(draft)
        yield from list_punctuation_findings(draft)
    yield from repeated_verb_findings(pair)
    yield from stale_edit_findings(readout, pair)
    for pattern in config.patterns:
        yield from pattern_findings(pattern, pair)


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
    cells = [severity_name(f.severity, ui), f.lang or "-", f.field or f.place(ui) or "-"]
    if f.start is not None and f.end is not None:
        cells.append(f"{f.start}-{f.end}")
    return "  ".join([*cells, f"{f.text(ui)} [{f.check_id}]"])
