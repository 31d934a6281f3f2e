"""Texts shown to the officer, in both UI languages, declared once.

Every message has a stable id and a ``str.format`` template in English and in Spanish
(:func:`define`); both templates take the same values, which :func:`define` enforces, so
a message formats in one language exactly when it formats in the other. A
:class:`Message` is a template with its values: the core builds one per problem or
finding, and the GUI, the CLI and the tests render it in whichever UI language they
speak. A value that itself reads differently per language (a language name, a field
label, a nested message) is a :class:`Localized` or a :class:`Message`.
"""

from __future__ import annotations

import logging
import string
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal, TypeAlias

from editor_app.core.draft import Lang

log = logging.getLogger(__name__)

UiLang = Literal["en", "es"]
UI_LANGUAGES: tuple[UiLang, ...] = ("en", "es")
"""The languages the interface speaks, the one it falls back to first."""


def ui_lang_of(value: str) -> UiLang:
    """``value`` as a UI language: "es" for Spanish, English for anything else."""
    return "es" if value == "es" else "en"


@dataclass(frozen=True)
class Localized:
    """A value that reads differently in each UI language, e.g. "Spanish" / "español"."""

    en: str
    es: str

    def text(self, ui_lang: str = "en") -> str:
        """The value in ``ui_lang``."""
        return self.es if ui_lang == "es" else self.en


Value: TypeAlias = "str | Localized | Message"
"""A value of a message: plain text, or text that reads differently per UI language."""


@dataclass(frozen=True)
class Template:
    """A message declared once: its id and its ``str.format`` template per UI language."""

    message_id: str
    en: str
    es: str

    def __call__(self, **values: Value) -> Message:
        """This template with ``values``, ready to render in either UI language."""
        return Message(self, tuple(sorted(values.items())))

    def format(self, ui_lang: str, values: Mapping[str, Value]) -> str:
        """The template of ``ui_lang`` filled with ``values`` rendered in that language."""
        shown = {
            name: value if isinstance(value, str) else value.text(ui_lang)
            for name, value in values.items()
        }
        return (self.es if ui_lang == "es" else self.en).format(**shown)


@dataclass(frozen=True)
class Message:
    """A template and the values of one occurrence; ``str()`` is the English text."""

    template: Template
    values: tuple[tuple[str, Value], ...] = ()

    @property
    def message_id(self) -> str:
        """The stable id of the template, e.g. "validate.country-needed"."""
        return self.template.message_id

    def text(self, ui_lang: str = "en") -> str:
        """The message in ``ui_lang`` ("es" for Spanish, else English)."""
        return self.template.format(ui_lang, dict(self.values))

    def __str__(self) -> str:
        return self.text("en")


MESSAGES: dict[str, Template] = {}
"""Every declared message by id (filled as the modules that declare them are imported)."""

_FORMATTER = string.Formatter()


def placeholders(template: str) -> frozenset[tuple[str, str, str]]:
    """The replacement fields of ``template``: (name, conversion, format spec) each."""
    return frozenset(
        (name, conversion or "", spec or "")
        for _, name, spec, conversion in _FORMATTER.parse(template)
        if name is not None
    )


def define(message_id: str, en: str, es: str) -> Template:
    """Declare message ``message_id`` once, with its English and Spanish templates.

    Raises ValueError when the id is taken or the two templates take different values.
    """
    if message_id in MESSAGES:
        raise ValueError(f"message {message_id!r} declared twice")
    if placeholders(en) != placeholders(es):
        raise ValueError(f"message {message_id!r}: the English and Spanish values differ")
    template = Template(message_id, en, es)
    MESSAGES[message_id] = template
    return template


LANGUAGE_NAMES: dict[Lang, Localized] = {
    "en": Localized("English", "inglés"),
    "es": Localized("Spanish", "español"),
}
"""The name of each draft language, as a sentence names it in each UI language."""
