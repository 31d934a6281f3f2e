"""The catalogue of built-in checks: importing the modules that define them registers them.

Imported when checks first run or the catalogue is first read, not with the window: the
check modules load Babel's number formats and the glossary's country index.
"""

from __future__ import annotations

import logging

# Each module registers its checks with ``base.register`` when it is imported.
from editor_app.core.checks import (  # noqa: F401
    appositions,
    edits,
    headline_case,
    list_punctuation,
    parity,
    placeholder_names,
    point_length,
    repeats,
    scripts,
    style_en,
    style_es,
)
from editor_app.core.checks.base import CHECKS, CheckInfo

log = logging.getLogger(__name__)


def all_checks() -> dict[str, CheckInfo]:
    """Every built-in check by id."""
    return CHECKS
