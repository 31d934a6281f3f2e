"""What every check shares: the finding, the catalogue of checks and their messages.

Each check module registers its checks here (id, severity, message in English and
Spanish) when it is imported; :mod:`editor_app.core.checks` runs them. Messages are
``str.format`` templates filled with the values of one finding.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from editor_app.core.draft import Lang

ERROR = "error"
WARNING = "warning"
NOTE = "note"
SEVERITIES: tuple[str, ...] = (ERROR, WARNING, NOTE)

UiLang = Literal["en", "es"]

_LANG_NAMES: dict[str, dict[str, str]] = {
    "en": {"en": "English", "es": "Spanish"},
    "es": {"en": "inglés", "es": "español"},
}


@dataclass(frozen=True)
class Finding:
    """One thing a check found, and where: a span of a draft part or a form field.

    ``start``/``end`` are Python string offsets into the text of part ``part`` of the
    ``lang`` draft (None when the finding is about the whole part); ``field`` is a form
    field path such as "points[2].es" when the place is a field rather than a part.
    """

    check_id: str
    severity: str
    message: str
    lang: str | None
    part: str | None
    start: int | None
    end: int | None
    field: str | None
    suggestion: str | None


@dataclass(frozen=True)
class CheckInfo:
    """A registered check: its id, severity and message templates in both UI languages."""

    check_id: str
    severity: str
    en: str
    es: str

    def message(self, ui_lang: str, values: dict[str, str]) -> str:
        """The message in ``ui_lang`` (Spanish for "es", else English) filled with values."""
        template = self.es if ui_lang == "es" else self.en
        return template.format(**values)

    def at(
        self,
        ui_lang: str,
        *,
        lang: Lang | None = None,
        part: str | None = None,
        span: tuple[int, int] | None = None,
        field: str | None = None,
        suggestion: str | None = None,
        **values: str,
    ) -> Finding:
        """A finding of this check; ``values`` fill the message.

        ``suggestion``, ``lang_name`` and ``other`` (the names of ``lang`` and of the other
        language, in the UI language) are added to the values.
        """
        names = _LANG_NAMES.get(ui_lang, _LANG_NAMES["en"])
        values.setdefault("suggestion", suggestion or "")
        if lang is not None:
            values.setdefault("lang_name", names[lang])
            values.setdefault("other", names["en" if lang == "es" else "es"])
        return Finding(
            check_id=self.check_id,
            severity=self.severity,
            message=self.message(ui_lang, values),
            lang=lang,
            part=part,
            start=span[0] if span else None,
            end=span[1] if span else None,
            field=field,
            suggestion=suggestion,
        )


CHECKS: dict[str, CheckInfo] = {}


def register(check_id: str, severity: str, en: str, es: str) -> CheckInfo:
    """Declare a built-in check once; its id is what the user file disables."""
    if check_id in CHECKS:
        raise ValueError(f"check {check_id!r} registered twice")
    info = CheckInfo(check_id, severity, en, es)
    CHECKS[check_id] = info
    return info


def other_lang(lang: Lang) -> Lang:
    """The other language of the pair."""
    return "en" if lang == "es" else "es"


def at_sentence_start(text: str, index: int) -> bool:
    """True when ``index`` starts a sentence: only spaces, openers and quotes since the
    start of the text or since the last ., !, ?, : or line break."""
    i = index - 1
    while i >= 0 and text[i] in " \u00a0\t\"'“‘«¿¡([—–-":
        i -= 1
    return i < 0 or text[i] in ".!?:\n…"
