"""The house's own pattern checks: a regex from the settings file, a finding where it matches."""

from __future__ import annotations

import logging
from collections.abc import Iterator

from editor_app.core.checks.base import Finding
from editor_app.core.checks.settings import PatternCheck
from editor_app.core.draft import DraftPair
from editor_app.core.messages import Localized, define

log = logging.getLogger(__name__)

HOUSE_PATTERN = define("checks.house-pattern", "«{text}»: {message}", "«{text}»: {message}")
"""The message of a house pattern's finding: the matched text and the house's words."""


def pattern_findings(pattern: PatternCheck, pair: DraftPair) -> Iterator[Finding]:
    """A finding for every non-empty match of ``pattern`` in the languages it applies to."""
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
