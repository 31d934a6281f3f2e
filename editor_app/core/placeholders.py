"""Placeholders in talking points: ``{principal}``, ``{counterpart:first}``, ``{joint}``…

:data:`PLACEHOLDERS` is the one description of every placeholder: its name, what it gives
(in both interface languages) and what it gives in each draft language for the sample
readout (Secretary of State Marco Rubio with Ukrainian Foreign Minister Andrii Sybiha).
The point editor's menu, Help ▸ Placeholders and the placeholder check all read it, and
:func:`expand_placeholders` fills placeholders in with the people of a readout.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass

from editor_app.core.draft import Lang
from editor_app.core.language import Person, capitalize_first
from editor_app.core.messages import Template, define

log = logging.getLogger(__name__)

PRINCIPAL = "principal"
COUNTERPART = "counterpart"
MAX_COUNTERPARTS = 9
"""``{counterpart}`` is the first counterpart; ``{counterpart2}``…``{counterpart9}`` the others."""


@dataclass(frozen=True)
class Placeholder:
    """One placeholder: who it names, in which form, and what it gives.

    ``who`` is "principal" or "counterpart" (which stands for every counterpart:
    ``{counterpart2}`` takes the same forms); ``form`` is what follows the colon, "" for
    the plain later reference. ``example_en``/``example_es`` are what it gives in the
    English and Spanish drafts of the sample readout.
    """

    who: str
    form: str
    gives: Template
    example_en: str
    example_es: str

    @property
    def token(self) -> str:
        """The placeholder as typed: "{counterpart:first}"."""
        return token(self.who, self.form)


def token(who: str, form: str = "") -> str:
    """The placeholder naming ``who`` in ``form``: "{principal}", "{counterpart2:title}"."""
    return "{" + who + (f":{form}" if form else "") + "}"


def _row(who: str, form: str, en: str, es: str, example_en: str, example_es: str) -> Placeholder:
    gives = define(f"placeholder.{who}.{form or 'later'}", en, es)
    return Placeholder(who, form, gives, example_en, example_es)


PLACEHOLDERS: tuple[Placeholder, ...] = (
    _row(
        PRINCIPAL,
        "",
        "The principal's later reference: short title and surname",
        "La mención posterior del funcionario principal: cargo abreviado y apellido",
        "Secretary Rubio",
        "el secretario Rubio",
    ),
    _row(
        COUNTERPART,
        "",
        "The counterpart's later reference; {{counterpart2}}, {{counterpart3}}… name the others",
        "La mención posterior del interlocutor; {{counterpart2}}, {{counterpart3}}… nombran a los "
        "demás",
        "Foreign Minister Sybiha",
        "el canciller Sybiha",
    ),
    _row(
        COUNTERPART,
        "first",
        "The first reference: full title and full name (any official takes :first)",
        "La primera mención: cargo completo y nombre completo (cualquier funcionario admite "
        ":first)",
        "Ukrainian Foreign Minister Andrii Sybiha",
        "el ministro de Relaciones Exteriores de Ucrania, Andrii Sybiha",
    ),
    _row(
        PRINCIPAL,
        "title",
        "The title alone (any official takes :title)",
        "El cargo solo (cualquier funcionario admite :title)",
        "the Secretary",
        "el secretario",
    ),
    _row(
        COUNTERPART,
        "name",
        "The full name without title (any official takes :name)",
        "El nombre completo sin cargo (cualquier funcionario admite :name)",
        "Andrii Sybiha",
        "Andrii Sybiha",
    ),
)
"""Every placeholder, in the order Help and the point editor list them."""

WHO: tuple[str, ...] = (PRINCIPAL, COUNTERPART)
FORMS: tuple[str, ...] = tuple(dict.fromkeys(p.form for p in PLACEHOLDERS))
"""Every form an official's placeholder takes after the colon ("" for none)."""

_PLACEHOLDER = re.compile(
    r"\{(principal|counterpart(?:[1-9])?)(?::(" + "|".join(f for f in FORMS if f) + r"))?\}"
)
_SENTENCE_ENDS = frozenset(".!?¡¿:")
_CONTRACTIBLE = re.compile(r"(?:^|(?<=\s))(de|a|De|A)\s$")


def expand_placeholders(text: str, people: Mapping[str, Person], lang: Lang) -> str:
    """Fill the placeholders of :data:`PLACEHOLDERS` in a talking point.

    ``people`` holds "principal", "counterpart1", "counterpart2"…. Spanish "de"/"a"
    before a reference contract ("del subsecretario"), and a reference that opens a
    sentence is capitalised. A placeholder that names no one is left as typed.
    """

    def replace(match: re.Match[str]) -> str:
        who = match.group(1)
        if who == COUNTERPART:
            who = "counterpart1"
        person = people.get(who)
        if person is None:
            return match.group(0)
        attr = match.group(2) or "later"
        value = {
            "later": person.later,
            "title": person.title_ref,
            "first": person.first,
            "name": person.name,
        }[attr]
        return value

    # One pass over the typed text: each placeholder looks back only at the text since
    # the previous one and at the last character written, so the cost stays linear.
    out: list[str] = []
    pos = 0
    last_solid = ""  # the last non-space character written so far
    last_char = ""
    for match in _PLACEHOLDER.finditer(text):
        before = text[pos : match.start()]
        value = replace(match)
        if value != match.group(0):
            if lang == "es" and value.startswith("el "):
                # Contract a preceding "de"/"a" typed by the officer: "de {principal}".
                m = _CONTRACTIBLE.search(before)
                if m:
                    contracted = "del" if m.group(1).lower() == "de" else "al"
                    if m.group(1)[0].isupper():
                        contracted = capitalize_first(contracted)
                    before = before[: m.start()] + contracted + " "
                    value = value[3:]
            last_solid, last_char = _advance(before, last_solid, last_char)
            if _opens_sentence(last_solid, last_char):
                value = capitalize_first(value)
        else:
            last_solid, last_char = _advance(before, last_solid, last_char)
        out.append(before)
        out.append(value)
        last_solid, last_char = _advance(value, last_solid, last_char)
        pos = match.end()
    out.append(text[pos:])
    return "".join(out)


def _advance(chunk: str, last_solid: str, last_char: str) -> tuple[str, str]:
    """The last non-space character and the last character after writing ``chunk``."""
    if not chunk:
        return last_solid, last_char
    solid = chunk.rstrip()
    return (solid[-1] if solid else last_solid), chunk[-1]


def _opens_sentence(last_solid: str, last_char: str) -> bool:
    """True when the text written so far ends where a sentence starts: nothing yet, a
    line break, or sentence punctuation followed by space."""
    if not last_char or last_char == "\n":
        return True
    return last_char.isspace() and last_solid in _SENTENCE_ENDS
