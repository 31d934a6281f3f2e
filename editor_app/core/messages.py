"""Texts shown to the officer, in both UI languages, declared once.

Every message has a stable id and a ``str.format`` template in English and in Spanish
(:func:`define`); both templates take the same values, which :func:`define` enforces, so
a message formats in one language exactly when it formats in the other. A
:class:`Message` is a template with its values: the core builds one per problem or
finding, and the GUI, the CLI and the tests render it in whichever UI language they
speak. A value that itself reads differently per language (a language name, a field
label, a nested message) is a :class:`Localized` or a :class:`Message`; a list of them is
:class:`Joined`.

A message that shows a count has a template per CLDR plural category ("one", "other",
and any other the language has), chosen by Babel's plural rules for the UI language, so
no text ever reads "problem(s)". An error the officer may see carries its message
(:class:`MessageError`), so whoever shows it picks the language.
"""

from __future__ import annotations

import logging
import string
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
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


Value: TypeAlias = "str | int | Localized | Message | Joined"
"""A value of a message: plain text, a count, or text that reads differently per UI
language."""

Forms: TypeAlias = tuple[tuple[str, str], ...]
"""A template per CLDR plural category: (("one", ...), ("other", ...))."""


@dataclass(frozen=True)
class Joined:
    """Several values shown as one, each in the UI language, joined by ``separator``."""

    items: tuple[Value, ...]
    separator: str = "\n"

    def text(self, ui_lang: str = "en") -> str:
        """The items in ``ui_lang``, joined."""
        return self.separator.join(str(_shown(item, ui_lang)) for item in self.items)


def _shown(value: Value, ui_lang: str) -> str | int:
    return value if isinstance(value, str | int) else value.text(ui_lang)


@cache
def _plural_category(ui_lang: str, count: int) -> str:
    from babel import Locale  # Babel loads with the first plural, not at start-up

    return str(Locale.parse(ui_lang).plural_form(abs(count)))


@dataclass(frozen=True)
class Template:
    """A message declared once: its id and its ``str.format`` template per UI language.

    ``en`` and ``es`` are the templates ("other" forms of a plural message); a plural
    message also has ``en_forms`` and ``es_forms`` by plural category and names the value
    that chooses among them in ``count``.
    """

    message_id: str
    en: str
    es: str
    count: str = ""
    en_forms: Forms = ()
    es_forms: Forms = ()

    def __call__(self, **values: Value) -> Message:
        """This template with ``values``, ready to render in either UI language."""
        return Message(self, tuple(sorted(values.items())))

    def template(self, ui_lang: str, values: Mapping[str, Value]) -> str:
        """The template of ``ui_lang`` for ``values``: the plural form the count needs."""
        spanish = ui_lang == "es"
        other = self.es if spanish else self.en
        number = values.get(self.count) if self.count else None
        if not isinstance(number, int):
            return other
        category = _plural_category("es" if spanish else "en", number)
        return dict(self.es_forms if spanish else self.en_forms).get(category, other)

    def format(self, ui_lang: str, values: Mapping[str, Value]) -> str:
        """The template of ``ui_lang`` filled with ``values`` rendered in that language."""
        shown = {name: _shown(value, ui_lang) for name, value in values.items()}
        return self.template(ui_lang, values).format(**shown)


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


PLURAL_CATEGORIES: dict[str, frozenset[str]] = {
    "en": frozenset({"one", "other"}),
    "es": frozenset({"one", "many", "other"}),
}
"""The CLDR plural categories of each UI language (a test holds them to Babel's rules).

Written out so that declaring a message loads no locale data: the window paints before
Babel reads a locale."""


def _forms(message_id: str, lang: str, template: str | Mapping[str, str]) -> Forms:
    if isinstance(template, str):
        return ()
    needed = {"one", "other"}
    known = PLURAL_CATEGORIES[lang]
    if not needed <= set(template) or not set(template) <= known:
        raise ValueError(
            f"message {message_id!r}: the {lang} forms must be {sorted(needed)} "
            f"(and may add {sorted(known - needed)}), not {sorted(template)}"
        )
    return tuple(sorted(template.items()))


def define(
    message_id: str,
    en: str | Mapping[str, str],
    es: str | Mapping[str, str],
    count: str = "",
) -> Template:
    """Declare message ``message_id`` once, with its English and Spanish templates.

    A message that shows a number names that value in ``count`` and gives each language
    a mapping from CLDR plural category to template ("one" and "other" at least):
    ``define("x", {"one": "{n} problem", "other": "{n} problems"}, {...}, count="n")``.

    Raises ValueError when the id is taken, when any two templates take different values,
    or when the plural forms do not fit the language.
    """
    if message_id in MESSAGES:
        raise ValueError(f"message {message_id!r} declared twice")
    en_forms, es_forms = _forms(message_id, "en", en), _forms(message_id, "es", es)
    if bool(count) != bool(en_forms) or bool(en_forms) != bool(es_forms):
        raise ValueError(f"message {message_id!r}: plural forms need a count, in both languages")
    templates = [t for _, t in en_forms + es_forms] or [str(en), str(es)]
    expected = placeholders(templates[0])
    if any(placeholders(t) != expected for t in templates):
        raise ValueError(f"message {message_id!r}: the English and Spanish values differ")
    if count and count not in {name for name, _, _ in expected}:
        raise ValueError(f"message {message_id!r}: the count {count!r} is not shown")
    en_other = dict(en_forms)["other"] if en_forms else str(en)
    es_other = dict(es_forms)["other"] if es_forms else str(es)
    template = Template(message_id, en_other, es_other, count, en_forms, es_forms)
    MESSAGES[message_id] = template
    return template


class MessageError(Exception):
    """An error the officer may see: ``str()`` is English, :meth:`text` either language."""

    def __init__(self, about: Message) -> None:
        super().__init__(about.text("en"))
        self.about = about

    def text(self, ui_lang: str = "en") -> str:
        """What went wrong, in ``ui_lang``."""
        return self.about.text(ui_lang)


def joined(items: Iterable[Value], separator: str = "\n") -> Joined:
    """``items`` shown as one value, each in the UI language."""
    return Joined(tuple(items), separator)


LANGUAGE_NAMES: dict[Lang, Localized] = {
    "en": Localized("English", "inglés"),
    "es": Localized("Spanish", "español"),
}
"""The name of each draft language, as a sentence names it in each UI language."""

SEVERITY_NAMES: dict[str, Localized] = {
    "error": Localized("error", "error"),
    "warning": Localized("warning", "aviso"),
    "note": Localized("note", "nota"),
}
"""How a line of the ``readout`` command names the severity of a problem or finding."""


def severity_name(severity: str, ui_lang: str = "en") -> str:
    """``severity`` ("error", "warning", "note") as a line names it in ``ui_lang``."""
    name = SEVERITY_NAMES.get(severity)
    return name.text(ui_lang) if name is not None else severity
