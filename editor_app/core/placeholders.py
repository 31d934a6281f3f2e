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
from editor_app.core.lists import join
from editor_app.core.locales import DEFAULT_LOCALES
from editor_app.core.messages import Template, define
from editor_app.core.model import Gender

log = logging.getLogger(__name__)

PRINCIPAL = "principal"
COUNTERPART = "counterpart"
JOINT = "joint"
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
    label: Template
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


_LABELS: dict[str, Template] = {
    "": define("placeholder.label.later", "Later reference", "Mención posterior"),
    "first": define("placeholder.label.first", "First reference", "Primera mención"),
    "title": define("placeholder.label.title", "Title alone", "Cargo solo"),
    "name": define("placeholder.label.name", "Full name", "Nombre completo"),
    "peer": define("placeholder.label.peer", "As counterpart", "Como homólogo"),
    "they": define("placeholder.label.they", "Subject pronoun", "Pronombre sujeto"),
    "them": define("placeholder.label.them", "Object pronoun", "Pronombre de objeto"),
    "their": define("placeholder.label.their", "Possessive", "Posesivo"),
    "joint": define("placeholder.label.joint", "Joint subject", "Sujeto conjunto"),
}


def _row(who: str, form: str, en: str, es: str, example_en: str, example_es: str) -> Placeholder:
    gives = define(f"placeholder.{who}.{form or 'later'}", en, es)
    label = _LABELS[JOINT if who == JOINT else form]
    return Placeholder(who, form, label, gives, example_en, example_es)


def form_label(form: str) -> Template:
    """The short name of an official's placeholder ``form`` ("First reference")."""
    return _LABELS[form]


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
    _row(
        COUNTERPART,
        "peer",
        "Counterpart, with the official's nationality, as the other side's: his or her "
        "by the other official's gender, homólogo or homóloga by this one's "
        "({{principal:peer}} speaks of the principal as the first counterpart's)",
        "Homólogo u homóloga, con la nacionalidad del funcionario, según su género "
        "(his o her en inglés, según el género del otro); {{principal:peer}} nombra al "
        "principal como homólogo del primer interlocutor",
        "his Ukrainian counterpart",
        "su homólogo ucraniano",
    ),
    _row(
        COUNTERPART,
        "they",
        "The subject pronoun by the official's gender: he, she (they when unspecified); él, ella",
        "El pronombre sujeto según el género del funcionario: él, ella; he, she (they si "
        "no se indica)",
        "he",
        "él",
    ),
    _row(
        COUNTERPART,
        "them",
        "The object pronoun: him, her; lo, la, joined to an infinitive or gerund typed "
        "right before it (felicitar{{counterpart:them}} → felicitarla)",
        "El pronombre de objeto: lo, la, unido al infinitivo o gerundio escrito justo "
        "antes (felicitar{{counterpart:them}} → felicitarla); him, her",
        "him",
        "lo",
    ),
    _row(
        COUNTERPART,
        "their",
        "The possessive: his, her; su",
        "El posesivo: su; his, her",
        "his",
        "su",
    ),
    _row(
        JOINT,
        "",
        "The principal and the counterparts together, as a subject: the principal's title "
        "and each counterpart's later reference",
        "El principal y los interlocutores juntos, como sujeto: el cargo del principal y la "
        "mención posterior de cada interlocutor",
        "the Secretary and Foreign Minister Sybiha",
        "el secretario y el canciller Sybiha",
    ),
)
"""Every placeholder, in the order Help and the point editor list them."""

FORMS: tuple[str, ...] = tuple(dict.fromkeys(p.form for p in PLACEHOLDERS if p.who != JOINT))
"""Every form an official's placeholder takes after the colon ("" for none)."""

_PLACEHOLDER = re.compile(
    r"\{(?:(joint)|(principal|counterpart[1-9]?)(?::(" + "|".join(f for f in FORMS if f) + r"))?)\}"
)
_SENTENCE_ENDS: dict[Lang, frozenset[str]] = {
    "en": frozenset(".!?¡¿:"),
    # Spanish goes on in lowercase after a colon: "…en un punto: el subsecretario…".
    "es": frozenset(".!?¡¿"),
}
_CONTRACTIBLE = re.compile(r"(?:^|(?<=\s))(de|a|De|A)\s$")
_APPOSITION_STOPS = frozenset(".,;:!?()[]»”’\"'…—–\n")
"""What may follow an apposition without its closing comma: punctuation or a line end."""
_SPACES = " \t\u00a0"
_GERUND = re.compile(r"(?<=\w)(a|ie|ye)(ndo)$")
_GERUND_ACCENT = {"a": "á", "ie": "ié", "ye": "yé"}

# (masculine, feminine, unspecified) per form: English leaves an unspecified official's
# gender open ("they"), Spanish takes the generic masculine, as its articles do.
_PRONOUNS: dict[Lang, dict[str, tuple[str, str, str]]] = {
    "en": {
        "they": ("he", "she", "they"),
        "them": ("him", "her", "them"),
        "their": ("his", "her", "their"),
    },
    "es": {
        "they": ("él", "ella", "él"),
        "them": ("lo", "la", "lo"),
        "their": ("su", "su", "su"),
    },
}


def pronoun(form: str, gender: Gender, lang: Lang) -> str:
    """The pronoun ``form`` ("they", "them", "their") of an official of ``gender``."""
    masculine, feminine, unspecified = _PRONOUNS[lang][form]
    if gender is Gender.FEMININE:
        return feminine
    return masculine if gender is Gender.MASCULINE else unspecified


def peer(person: Person, other: Person, lang: Lang) -> str:
    """``person`` as ``other``'s counterpart: "her Canadian counterpart" (by ``other``'s
    gender), "su homóloga canadiense" (by ``person``'s)."""
    if lang == "en":
        words = [pronoun("their", other.gender, lang), person.nationality, "counterpart"]
    else:
        noun = "homóloga" if person.gender is Gender.FEMININE else "homólogo"
        words = ["su", noun, person.nationality]
    return " ".join(w for w in words if w)


def joint(people: Mapping[str, Person], locale: str) -> str:
    """The principal and the counterparts as one subject: "the Secretary and Foreign
    Minister Sybiha" / "el secretario y el canciller Sybiha"; "" without counterparts."""
    counterparts = _counterparts(people)
    if not counterparts or PRINCIPAL not in people:
        return ""
    return join([people[PRINCIPAL].title_ref, *(p.later for p in counterparts)], locale)


def _counterparts(people: Mapping[str, Person]) -> list[Person]:
    found = []
    for n in range(1, MAX_COUNTERPARTS + 1):
        person = people.get(f"{COUNTERPART}{n}")
        if person is None:
            break
        found.append(person)
    return found


def _other_side(who: str, people: Mapping[str, Person]) -> Person | None:
    """Whose counterpart ``who`` is: the principal's, or the first counterpart's."""
    return people.get(f"{COUNTERPART}1" if who == PRINCIPAL else PRINCIPAL)


def _value(match: re.Match[str], people: Mapping[str, Person], lang: Lang, locale: str) -> str:
    """What the placeholder ``match`` gives, or "" when it names no one."""
    if match.group(1):
        return joint(people, locale)
    key = _key(match)
    person = people.get(key)
    if person is None:
        return ""
    form = match.group(3) or ""
    if form in ("they", "them", "their"):
        return pronoun(form, person.gender, lang)
    if form == "peer":
        other = _other_side(key, people)
        return peer(person, other, lang) if other is not None else ""
    return {
        "": person.later,
        "title": person.title_ref,
        "first": person.first,
        "name": person.name,
    }[form]


def expand_placeholders(
    text: str, people: Mapping[str, Person], lang: Lang, locale: str = ""
) -> str:
    """Fill the placeholders of :data:`PLACEHOLDERS` in a talking point.

    ``people`` holds "principal", "counterpart1", "counterpart2"…; ``locale`` joins the
    joint subject. Spanish "de"/"a" before a reference contract ("del subsecretario"); a
    Spanish first reference closes its apposition when the sentence goes on ("…, Andrii
    Sybiha, conversó"); a Spanish object pronoun typed against an infinitive or gerund
    joins it ("felicitarla", "felicitándolo"); a reference that opens a sentence is
    capitalised (not after a colon in Spanish). A placeholder that names no one is left
    as typed.
    """
    locale = locale or DEFAULT_LOCALES[lang]
    ends = _SENTENCE_ENDS[lang]
    # One pass over the typed text: each placeholder looks back only at the text since
    # the previous one and at the last character written, so the cost stays linear.
    out: list[str] = []
    pos = 0
    last_solid = ""  # the last non-space character written so far
    last_char = ""
    for match in _PLACEHOLDER.finditer(text):
        before = text[pos : match.start()]
        value = _value(match, people, lang, locale)
        if not value:
            value = match.group(0)
            last_solid, last_char = _advance(before, last_solid, last_char)
        elif lang == "es" and match.group(3) == "them" and before[-1:].isalpha():
            before = _GERUND.sub(lambda m: _GERUND_ACCENT[m.group(1)] + m.group(2), before)
            last_solid, last_char = _advance(before, last_solid, last_char)
        else:
            if lang == "es" and value.startswith("el "):
                before, value = _contract(before, value)
            if match.group(3) == "first" and _goes_on(text, match.end()):
                value += people[_key(match)].close
            last_solid, last_char = _advance(before, last_solid, last_char)
            if _opens_sentence(last_solid, last_char, ends):
                value = capitalize_first(value)
        out.append(before)
        out.append(value)
        last_solid, last_char = _advance(value, last_solid, last_char)
        pos = match.end()
    out.append(text[pos:])
    return "".join(out)


def _key(match: re.Match[str]) -> str:
    """Who an official's placeholder names, as ``people`` keys them: "counterpart1"."""
    who = match.group(2)
    return f"{COUNTERPART}1" if who == COUNTERPART else who


def _contract(before: str, value: str) -> tuple[str, str]:
    """A "de"/"a" typed before "el …" contracts: "de {principal}" → "del subsecretario"."""
    m = _CONTRACTIBLE.search(before)
    if not m:
        return before, value
    contracted = "del" if m.group(1).lower() == "de" else "al"
    if m.group(1)[0].isupper():
        contracted = capitalize_first(contracted)
    return before[: m.start()] + contracted + " ", value[3:]


def _goes_on(text: str, end: int) -> bool:
    """True when the sentence goes on after ``end``: the next character past spaces is
    neither punctuation nor the end of a line."""
    i = end
    while i < len(text) and text[i] in _SPACES:
        i += 1
    return i < len(text) and text[i] not in _APPOSITION_STOPS


def _advance(chunk: str, last_solid: str, last_char: str) -> tuple[str, str]:
    """The last non-space character and the last character after writing ``chunk``."""
    if not chunk:
        return last_solid, last_char
    solid = chunk.rstrip()
    return (solid[-1] if solid else last_solid), chunk[-1]


def _opens_sentence(last_solid: str, last_char: str, ends: frozenset[str]) -> bool:
    """True when the text written so far ends where a sentence starts: nothing yet, a
    line break, or sentence punctuation followed by space."""
    if not last_char or last_char == "\n":
        return True
    return last_char.isspace() and last_solid in ends


TYPED = re.compile(r"\{([^{}\n]{1,40})\}")
"""Anything typed in braces, as the placeholder check reads a point."""
_COUNTERPART_WHO = re.compile(r"counterpart([1-9]?)")

NAMES_NO_ONE = "name"
NO_SUCH_FORM = "form"
NO_SUCH_COUNTERPART = "counterpart"


def names(counterparts: int) -> list[str]:
    """Every placeholder, as typed, that names someone in a readout with ``counterparts``
    counterparts, in the table's order of forms: "{principal}", "{counterpart:first}"…"""
    whos = [PRINCIPAL]
    if counterparts:
        whos.append(COUNTERPART)
    whos += [f"{COUNTERPART}{n}" for n in range(2, min(counterparts, MAX_COUNTERPARTS) + 1)]
    found = [
        token(who, form)
        for who in whos
        for form in FORMS
        if counterparts or form != "peer"  # the principal is no one's counterpart then
    ]
    return [*found, token(JOINT)] if counterparts else found


def why_no_one(name: str, counterparts: int) -> str:
    """Why the placeholder ``{name}`` names no one in a readout with ``counterparts``
    counterparts: :data:`NAMES_NO_ONE` (no such name), :data:`NO_SUCH_FORM` (no such form
    after the colon), :data:`NO_SUCH_COUNTERPART` (a counterpart the readout lacks); ""
    when it names someone."""
    who, colon, form = name.partition(":")
    if who == JOINT:
        if colon:
            return NO_SUCH_FORM
        return "" if counterparts else NO_SUCH_COUNTERPART
    numbered = _COUNTERPART_WHO.fullmatch(who)
    if who != PRINCIPAL and numbered is None:
        return NAMES_NO_ONE
    if (colon and not form) or form not in FORMS:
        return NO_SUCH_FORM
    needed = int(numbered.group(1) or 1) if numbered else 0
    if who == PRINCIPAL and form == "peer":
        needed = 1
    return NO_SUCH_COUNTERPART if needed > counterparts else ""
