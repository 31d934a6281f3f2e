"""What every check shares: the finding, the catalogue of checks and their messages.

Each check module registers its checks here (id, severity, message in English and
Spanish) when it is imported; :mod:`editor_app.core.checks` runs them. Messages are
``str.format`` templates (declared in :mod:`editor_app.core.messages` under the check's
id) filled with the values of one finding; a finding renders in either UI language.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Mapping
from dataclasses import dataclass

from editor_app.core.draft import Lang, part_label
from editor_app.core.field_labels import field_label
from editor_app.core.messages import (
    LANGUAGE_NAMES,
    Message,
    Template,
    Value,
    define,
    ui_lang_of,
)

log = logging.getLogger(__name__)

ERROR = "error"
WARNING = "warning"
NOTE = "note"
SEVERITIES: tuple[str, ...] = (ERROR, WARNING, NOTE)


@dataclass(frozen=True)
class Finding:
    """One thing a check found, and where: a span of a draft part or a form field.

    ``start``/``end`` are Python string offsets into the text of part ``part`` of the
    ``lang`` draft (None when the finding is about the whole part); ``field`` is a form
    field path such as "points[2].es" when the place is a field rather than a part.
    ``message`` is the text in the UI language the checks ran for; ``about`` (absent on
    findings built by hand) renders it in either UI language.
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
    about: Message | None = dataclasses.field(default=None, compare=False, repr=False)

    def text(self, ui_lang: str = "en") -> str:
        """What was found, in ``ui_lang`` ("es" or "en")."""
        return self.about.text(ui_lang) if self.about is not None else self.message

    def place(self, ui_lang: str = "en") -> str:
        """Where, as the officer reads it: the field ("Punto 3 · español") or the part
        ("Fecha de publicación"); "" when the finding is about the whole readout."""
        ui = ui_lang_of(ui_lang)
        if self.field:
            return field_label(self.field, ui)
        return part_label(self.part, ui) if self.part else ""


@dataclass(frozen=True)
class CheckInfo:
    """A registered check: its id, severity and message templates in both UI languages."""

    check_id: str
    severity: str
    template: Template

    @property
    def en(self) -> str:
        """The English template."""
        return self.template.en

    @property
    def es(self) -> str:
        """The Spanish template."""
        return self.template.es

    def at(
        self,
        *,
        lang: Lang | None = None,
        part: str | None = None,
        span: tuple[int, int] | None = None,
        field: str | None = None,
        suggestion: str | None = None,
        **values: Value,
    ) -> Finding:
        """A finding of this check; ``values`` fill the message (its ``message`` is English).

        ``suggestion``, ``lang_name`` and ``other`` (the names of ``lang`` and of the other
        language) are added to the values.
        """
        values.setdefault("suggestion", suggestion or "")
        if lang is not None:
            values.setdefault("lang_name", LANGUAGE_NAMES[lang])
            values.setdefault("other", LANGUAGE_NAMES[other_lang(lang)])
        about = self.template(**values)
        return Finding(
            check_id=self.check_id,
            severity=self.severity,
            message=about.text("en"),
            lang=lang,
            part=part,
            start=span[0] if span else None,
            end=span[1] if span else None,
            field=field,
            suggestion=suggestion,
            about=about,
        )


CHECKS: dict[str, CheckInfo] = {}


def register(
    check_id: str,
    severity: str,
    en: str | Mapping[str, str],
    es: str | Mapping[str, str],
    count: str = "",
) -> CheckInfo:
    """Declare a built-in check once; its id is what the user file disables and the id
    of its message (plural forms and ``count`` as :func:`define` takes them)."""
    if check_id in CHECKS:
        raise ValueError(f"check {check_id!r} registered twice")
    info = CheckInfo(check_id, severity, define(check_id, en, es, count))
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
