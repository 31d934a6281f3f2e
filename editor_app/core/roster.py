"""The roster: officials the form completes by name, bundled and per user (no Qt here).

The bundled sample ships in ``resources/roster/roster.json``; a ``roster.json`` of the same
shape in the user data folder adds officials or replaces bundled ones of the same name.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from editor_app.core import names
from editor_app.core.app_info import user_data_dir
from editor_app.core.draft import Lang
from editor_app.core.json_errors import json_problem
from editor_app.core.messages import MessageError, define
from editor_app.core.model import Gender, NameConvention, Official

log = logging.getLogger(__name__)

FILE_NAME = "roster.json"


NOT_OBJECT = define(
    "roster.not-object", "{where}: expected an object", "{where}: se esperaba un objeto"
)
NOT_TEXT = define("roster.not-text", "{where}: expected text", "{where}: se esperaba texto")
NAME_NEEDED = define(
    "roster.name-needed", "{where}: a name is needed", "{where}: faltan el nombre y el apellido"
)
BAD_GENDER = define(
    "roster.bad-gender",
    "{where}: expected masculine, feminine or unspecified",
    "{where}: se esperaba masculine, feminine o unspecified",
)
BAD_CONVENTION = define(
    "roster.bad-convention",
    "{where}: expected given_first, family_first, arabic or iberian",
    "{where}: se esperaba given_first, family_first, arabic o iberian",
)
NOT_JSON = define(
    "roster.not-json",
    "{where}: line {line}, column {column}: {error}",
    "{where}: línea {line}, columna {column}: {error}",
)
NO_OFFICIALS = define(
    "roster.no-officials",
    "{where}: expected an object with a list of 'officials'",
    "{where}: se esperaba un objeto con una lista 'officials'",
)
CANNOT_READ = define(
    "roster.cannot-read", "{where}: cannot be read: {error}", "{where}: no se puede leer: {error}"
)


class RosterError(MessageError, ValueError):
    """A roster file is malformed; the message names the file and the entry."""


NAME_TEXTS = ("es_given_names", "es_surname", "honorific", "later_name", "es_later_name")
"""An entry's optional name fields (text): the Spanish spelling, the honorific and the
later-reference names (see ``core/names.py``)."""


@dataclass(frozen=True)
class RosterEntry:
    """One official of the roster: name (with its Spanish spelling, honorific, convention
    and later-reference name), gender, title key and country."""

    given_names: str
    surname: str
    gender: Gender
    title: str
    country: str
    es_given_names: str = ""
    es_surname: str = ""
    honorific: str = ""
    convention: NameConvention = NameConvention.AUTO
    later_name: str = ""
    es_later_name: str = ""

    @property
    def full_name(self) -> str:
        """Given names and surname, as entered (the entry's identity in the roster)."""
        return " ".join(p for p in (self.given_names, self.surname) if p)

    def display_name(self, lang: Lang) -> str:
        """The whole name as ``lang`` writes it, in its convention's order ("Wang Yi")."""
        return names.full_name(self.official(), lang)

    def name_texts(self) -> list[str]:
        """Every form of the entry's name in both languages (for the spell checker)."""
        return names.name_texts(self.official())

    def official(self) -> Official:
        """A new Official filled from this entry."""
        return Official(
            given_names=self.given_names,
            surname=self.surname,
            gender=self.gender,
            title=self.title,
            country=self.country,
            es_given_names=self.es_given_names,
            es_surname=self.es_surname,
            honorific=self.honorific,
            convention=self.convention,
            later_name=self.later_name,
            es_later_name=self.es_later_name,
        )


def user_roster_path() -> Path:
    """Where the officer's own roster lives (it may not exist)."""
    return user_data_dir() / FILE_NAME


def _entry(data: Any, where: str) -> RosterEntry:
    if not isinstance(data, dict):
        raise RosterError(NOT_OBJECT(where=where))
    texts: dict[str, str] = {}
    for key in ("given_names", "surname", "title", "country", *names.OPTIONAL_FIELDS):
        value = data.get(key, "")
        if not isinstance(value, str):
            raise RosterError(NOT_TEXT(where=f"{where}.{key}"))
        texts[key] = value.strip()
    if not texts["surname"] and not texts["given_names"]:
        raise RosterError(NAME_NEEDED(where=where))
    try:
        gender = Gender(data.get("gender", Gender.UNSPECIFIED.value))
    except ValueError as exc:
        raise RosterError(BAD_GENDER(where=f"{where}.gender")) from exc
    try:
        convention = NameConvention(data.get("convention", NameConvention.AUTO.value))
    except ValueError as exc:
        raise RosterError(BAD_CONVENTION(where=f"{where}.convention")) from exc
    return RosterEntry(
        given_names=texts["given_names"],
        surname=texts["surname"],
        gender=gender,
        title=texts["title"],
        country=texts["country"].upper(),
        es_given_names=texts["es_given_names"],
        es_surname=texts["es_surname"],
        honorific=texts["honorific"],
        convention=convention,
        later_name=texts["later_name"],
        es_later_name=texts["es_later_name"],
    )


def parse_roster(text: str, source: str) -> list[RosterEntry]:
    """The officials in roster JSON ``text``; RosterError names ``source`` on any problem."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RosterError(
            NOT_JSON(
                where=source, line=str(exc.lineno), column=str(exc.colno), error=json_problem(exc)
            )
        ) from exc
    officials = data.get("officials") if isinstance(data, dict) else None
    if not isinstance(officials, list):
        raise RosterError(NO_OFFICIALS(where=source))
    return [_entry(item, f"{source}: officials[{i}]") for i, item in enumerate(officials)]


def load_roster(user_file: Path | None = None) -> list[RosterEntry]:
    """The bundled roster merged with ``user_file`` (if it exists), sorted by surname."""
    bundled = resources.files("editor_app.resources").joinpath("roster").joinpath(FILE_NAME)
    by_name = {e.full_name: e for e in parse_roster(bundled.read_text("utf-8"), "bundled roster")}
    if user_file is not None and user_file.is_file():
        try:
            text = user_file.read_text("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise RosterError(CANNOT_READ(where=str(user_file), error=str(exc))) from exc
        for entry in parse_roster(text, str(user_file)):
            by_name[entry.full_name] = entry
    return sorted(by_name.values(), key=lambda e: (e.surname.casefold(), e.given_names.casefold()))


def roster_names(user_file: Path | None = None) -> list[str]:
    """Every form of every roster name, for the spell checker; a user roster that cannot
    be read is left out (logged: the window says why when it opens)."""
    try:
        roster = load_roster(user_file)
    except RosterError:
        log.warning("the user roster is left out of the names", exc_info=True)
        roster = load_roster(None)
    return [text for entry in roster for text in entry.name_texts()]
