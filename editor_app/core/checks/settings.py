"""The house's check options as the checks read them: switched-off checks, patterns, style.

Plain data with no knowledge of the file it came from (``config`` reads that), so every
check module can import it without importing the catalogue of checks.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from editor_app.core.checks.base import WARNING
from editor_app.core.draft import LANGS

log = logging.getLogger(__name__)

ES_QUOTES = ("«»", "“”")
"""The Spanish quotation marks a house may choose; the first is the default."""
US_FORMS = ("U.S.", "US")
"""The English abbreviations of United States a house may choose; the first is the default."""
POINT_MAX_WORDS = 120
"""The longest talking point, in words, a house keeps by default."""
POINT_MAX_WORDS_LIMIT = 10_000
"""The largest length a house may set."""


@dataclass(frozen=True)
class PatternCheck:
    """A house pattern: a regex that, where it matches, produces a finding."""

    check_id: str
    regex: re.Pattern[str]
    message_en: str
    message_es: str
    langs: tuple[str, ...] = LANGS
    severity: str = WARNING
    suggestion: str | None = None


@dataclass(frozen=True)
class CheckConfig:
    """Which checks run and the house options they read."""

    disabled: frozenset[str] = frozenset()
    patterns: tuple[PatternCheck, ...] = ()
    es_quotes: str = ES_QUOTES[0]
    """The quotation marks Spanish text should use: "«»" (RAE's first choice) or "“”"."""
    us_form: str = US_FORMS[0]
    """How English writes the abbreviation of United States: "U.S." or "US"."""
    point_max_words: int = POINT_MAX_WORDS
    """The most words a talking point may hold before the length check flags it."""

    def enabled(self, check_id: str) -> bool:
        """False when ``check_id`` (or a ``family.*`` it belongs to) is switched off."""
        if check_id in self.disabled:
            return False
        family = check_id.split(".", 1)[0]
        return f"{family}.*" not in self.disabled
