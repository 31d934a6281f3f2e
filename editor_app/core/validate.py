"""Semantic validation of a readout: what the form must hold before drafts make sense.

Each problem names its field the way the file does ("counterparts[0].title"), so the
CLI can print it and the GUI can take the officer to the field; its message is declared
once here in English and Spanish (:mod:`editor_app.core.messages`), and
:meth:`Problem.describe` names the field as the form does ("Interlocutor 1 · cargo").
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Literal

from editor_app.core.dates import LocaleError, parse_locale
from editor_app.core.draft import HEAD_PARTS, LANGS, TAIL_PARTS, body_number
from editor_app.core.field_labels import field_label
from editor_app.core.field_paths import (
    bilingual_path,
    child_path,
    counterpart_path,
    override_path,
    principal_path,
)
from editor_app.core.glossary import Glossary
from editor_app.core.messages import Message, define
from editor_app.core.model import Official, Phrasing, Readout

log = logging.getLogger(__name__)

Severity = Literal["error", "warning", "note"]


@dataclass(frozen=True)
class Problem:
    """One finding about the data: where (a field path), what, and how serious.

    ``message`` is the English text; ``about`` (when the problem comes from a declared
    message) renders it in either UI language.
    """

    path: str
    message: str
    severity: Severity = "error"
    about: Message | None = field(default=None, compare=False, repr=False)

    @classmethod
    def of(cls, path: str, about: Message, severity: Severity = "error") -> Problem:
        """The problem at ``path`` that ``about`` describes."""
        return cls(path, about.text("en"), severity, about)

    def text(self, ui_lang: str = "en") -> str:
        """What is wrong, in ``ui_lang`` ("es" or "en"; English if only that exists)."""
        return self.about.text(ui_lang) if self.about is not None else self.message

    def line(self, ui_lang: str = "en") -> str:
        """The path as the file names it and the text: "counterparts[0].country: ..."."""
        text = self.text(ui_lang)
        return f"{self.path}: {text}" if self.path else text

    def describe(self, ui_lang: str = "en") -> str:
        """The field as the form names it and the text, for the officer:
        "Counterpart 1 · country: a country is needed" / "Interlocutor 1 · país: falta el país"."""
        text = self.text(ui_lang)
        return f"{field_label(self.path, ui_lang)}: {text}" if self.path else text

    def __str__(self) -> str:
        return self.line("en")


NAME_NEEDED = define(
    "validate.name-needed",
    "a name is needed (given names and surname)",
    "faltan el nombre y el apellido",
)
SURNAME_NEEDED = define(
    "validate.surname-needed",
    "a surname is needed (one who goes by one name: write it here)",
    "falta el apellido (quien usa un solo nombre: escríbalo aquí)",
)
TITLE_NEEDED = define(
    "validate.title-needed",
    "a title is needed: a glossary key or a custom title",
    "falta el cargo: elija uno del glosario o escriba un cargo personalizado",
)
UNKNOWN_TITLE = define(
    "validate.unknown-title",
    "unknown title {key!r}{hint}",
    "no se reconoce el cargo {key!r}{hint}",
)
CUSTOM_TITLE_INCOMPLETE = define(
    "validate.custom-title-incomplete",
    "a custom title needs English and Spanish text",
    "el cargo personalizado necesita texto en inglés y en español",
)
COUNTRY_NEEDED = define("validate.country-needed", "a country is needed", "falta el país")
UNKNOWN_COUNTRY = define(
    "validate.unknown-country",
    "unknown country code {code!r}{hint}",
    "no se reconoce el código de país {code!r}{hint}",
)
DID_YOU_MEAN = define(
    "validate.did-you-mean",
    " — did you mean {hint!r}?",
    "; ¿quiso decir {hint!r}?",
)
UNKNOWN_LOCALE = define(
    "validate.unknown-locale",
    "unknown locale {name!r}",
    "no se reconoce la variante {name!r}",
)
NOT_SPANISH_LOCALE = define(
    "validate.not-spanish-locale",
    "{name!r} is not a Spanish locale",
    "{name!r} no es una variante del español",
)
NOT_ENGLISH_LOCALE = define(
    "validate.not-english-locale",
    "{name!r} is not an English locale",
    "{name!r} no es una variante del inglés",
)
EVENT_AFTER_RELEASE = define(
    "validate.event-after-release",
    "{event} is after the release date {release}",
    "{event} es posterior a la fecha de publicación ({release})",
)
GROUP_NEEDED = define(
    "validate.group-needed",
    "a multilateral readout needs a group name in both languages",
    "un comunicado multilateral necesita el nombre del grupo en ambos idiomas",
)
COUNTERPART_NEEDED = define(
    "validate.counterpart-needed",
    "at least one counterpart is needed",
    "se necesita al menos un interlocutor",
)
ATTRIBUTION_NAME_NEEDED = define(
    "validate.attribution-name-needed",
    "the attribution needs a name",
    "falta el nombre de la persona a quien se atribuye el comunicado",
)
UNKNOWN_ROLE = define(
    "validate.unknown-role",
    "unknown role {role!r}{hint}",
    "no se reconoce el cargo {role!r}{hint}",
)
LINK_NOT_WEB = define(
    "validate.link-not-web",
    "{link}: not a web address; the courtesy note needs the original's full link (https://…)",
    "{link}: no es una dirección web; la nota de cortesía necesita el enlace completo al "
    "original (https://…)",
)
UNKNOWN_PART = define("validate.unknown-part", "unknown part", "parte desconocida")


def _hint(suggestion: str | None) -> Message | str:
    """ " — did you mean 'MX'?" after an unknown key, when the glossary has a close one."""
    return DID_YOU_MEAN(hint=suggestion) if suggestion else ""


def _official_problems(official: Official, path: str, glossary: Glossary) -> list[Problem]:
    problems: list[Problem] = []
    if not official.surname.strip() and not official.given_names.strip():
        problems.append(Problem.of(path, NAME_NEEDED()))
    elif not official.surname.strip():
        problems.append(Problem.of(child_path(path, "surname"), SURNAME_NEEDED()))
    if official.custom_title is None:
        key = official.title
        if not key:
            problems.append(Problem.of(child_path(path, "title"), TITLE_NEEDED()))
        elif not glossary.has_title(key):
            hint = _hint(glossary.suggest_title(key))
            problems.append(
                Problem.of(child_path(path, "title"), UNKNOWN_TITLE(key=key, hint=hint))
            )
    else:
        ct = official.custom_title
        if not ct.en_full.strip() or not ct.es_full.strip():
            problems.append(Problem.of(child_path(path, "custom_title"), CUSTOM_TITLE_INCOMPLETE()))
    code = official.country
    if not code.strip():
        problems.append(Problem.of(child_path(path, "country"), COUNTRY_NEEDED()))
    elif not glossary.has_country(code):
        hint = _hint(glossary.suggest_country(code))
        problems.append(
            Problem.of(child_path(path, "country"), UNKNOWN_COUNTRY(code=code, hint=hint))
        )
    posting = official.posting
    if posting.strip() and not glossary.has_country(posting):
        hint = _hint(glossary.suggest_country(posting))
        problems.append(
            Problem.of(child_path(path, "posting"), UNKNOWN_COUNTRY(code=posting, hint=hint))
        )
    return problems


def _locale_problems(readout: Readout) -> list[Problem]:
    problems: list[Problem] = []
    for lang in LANGS:
        name = readout.locales.get(lang)
        path = bilingual_path("locales", lang)
        try:
            locale = parse_locale(name)
        except LocaleError:
            problems.append(Problem.of(path, UNKNOWN_LOCALE(name=name)))
            continue
        if locale.language != lang:
            wrong = NOT_SPANISH_LOCALE if lang == "es" else NOT_ENGLISH_LOCALE
            problems.append(Problem.of(path, wrong(name=name)))
    return problems


def validate(readout: Readout, glossary: Glossary) -> list[Problem]:
    """Every problem with ``readout``: errors block rendering, notes only inform."""
    problems = _locale_problems(readout)
    if readout.event_date > readout.release_date:
        problems.append(
            Problem.of(
                "event_date",
                EVENT_AFTER_RELEASE(
                    event=readout.event_date.isoformat(),
                    release=readout.release_date.isoformat(),
                ),
            )
        )
    problems += _official_problems(readout.principal, principal_path(), glossary)
    if readout.kind.is_multilateral:
        if not readout.counterparts and not (readout.group.en.strip() and readout.group.es.strip()):
            problems.append(Problem.of("group", GROUP_NEEDED()))
    elif not readout.counterparts:
        problems.append(Problem.of("counterparts", COUNTERPART_NEEDED()))
    for i, official in enumerate(readout.counterparts):
        problems += _official_problems(official, counterpart_path(i), glossary)
    att = readout.attribution
    if att.phrasing is not Phrasing.NONE:
        if not att.name.strip():
            problems.append(Problem.of("attribution.name", ATTRIBUTION_NAME_NEEDED()))
        if not glossary.has_title(att.role):
            hint = _hint(glossary.suggest_title(att.role))
            problems.append(Problem.of("attribution.role", UNKNOWN_ROLE(role=att.role, hint=hint)))
    link = readout.original_link.strip()
    if link and not link.lower().startswith(("https://", "http://")):
        problems.append(Problem.of("original_link", LINK_NOT_WEB(link=link), "warning"))
    known = set(HEAD_PARTS) | set(TAIL_PARTS)
    for lang, parts in readout.overrides.items():
        for key in parts:
            if key not in known and body_number(key) is None:
                problems.append(Problem.of(override_path(lang, key), UNKNOWN_PART()))
    return problems
