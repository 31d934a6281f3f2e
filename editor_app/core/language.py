"""Grammar of names and titles: articles, contractions, particles, references, lists.

Every language rule the templates need lives here once, for the GUI, the CLI and the
tests alike. Templates reach these through filters and the :class:`Person` objects of
the render context; they never fiddle with strings themselves.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from babel import Locale, UnknownLocaleError
from babel.lists import format_list

from editor_app.core.draft import Lang
from editor_app.core.gaps import COUNTRY as COUNTRY_GAP
from editor_app.core.gaps import OPEN as GAP_OPEN
from editor_app.core.gaps import marker
from editor_app.core.glossary import Glossary, TitleForm
from editor_app.core.locales import DEFAULT_LOCALES
from editor_app.core.model import DEFAULT_APOSTROPHE, Gender, Official, PossessiveS, Settings

log = logging.getLogger(__name__)

_CONTRACTIONS = {"de": "del", "a": "al"}


def article(gender: Gender, plural: bool = False) -> str:
    """The Spanish definite article for ``gender``: el, la, los, las.

    An unspecified gender takes the generic masculine.
    """
    if gender is Gender.FEMININE:
        return "las" if plural else "la"
    return "los" if plural else "el"


def with_preposition(preposition: str, phrase: str) -> str:
    """``preposition`` + ``phrase`` with Spanish contractions: de + el → del, a + el → al.

    Only the lowercase article contracts: "de El Salvador" keeps the capital article
    that is part of a name.
    """
    contracted = _CONTRACTIONS.get(preposition)
    if contracted and phrase.startswith("el "):
        return f"{contracted} {phrase[3:]}"
    if not phrase:
        return preposition
    return f"{preposition} {phrase}"


def capitalize_first(text: str) -> str:
    """``text`` with its first letter capitalised and the rest untouched; a gap marker
    ("⟨nombre⟩") is left as it is."""
    for i, char in enumerate(text):
        if char == GAP_OPEN:
            return text
        if char.isalpha():
            return text[:i] + char.upper() + text[i + 1 :]
    return text


def surname_alone(surname: str, lang: Lang) -> str:
    """A surname standing without the given name.

    Spanish capitalises a leading particle ("De la Fuente"); English keeps it lowercase
    ("de la Fuente").
    """
    surname = surname.strip()
    return capitalize_first(surname) if lang == "es" else surname


def possessive(phrase: str, settings: Settings) -> str:
    """The English possessive of ``phrase``: "Landau's", "Ross's" or "Ross'" (house style)."""
    mark = settings.apostrophe or DEFAULT_APOSTROPHE
    if phrase.endswith("s") and settings.possessive_s is PossessiveS.APOSTROPHE:
        return phrase + mark
    return phrase + mark + "s"


def _locale(locale: str) -> Locale:
    try:
        return Locale.parse(locale)
    except (UnknownLocaleError, ValueError, TypeError):
        return Locale.parse(DEFAULT_LOCALES["en"])


def join_list(items: list[str], locale: str) -> str:
    """Join ``items`` as the locale writes a list: "A, B, and C" / "A, B y C"."""
    items = [i for i in items if i]
    if not items:
        return ""
    return str(format_list(items, locale=_locale(locale)))


def join_appositions(items: list[str], locale: str) -> str:
    """Join Spanish appositive phrases ("el ministro X, Nombre") so each closes its comma.

    "el A, Ana, la B, Bea, y el C, Carlos": every item but the last gets its closing
    comma, which then stands in for the list's own separator.
    """
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    closed = [item + "," for item in items[:-1]] + [items[-1]]
    return join_list(closed, locale).replace(",,", ",")


@dataclass(frozen=True)
class Person:
    """An official as the templates refer to them in one language.

    ``first`` is the first reference (full title and full name), ``later`` the short
    title and surname, ``title_ref`` the title alone ("the Deputy Secretary").
    """

    first: str
    later: str
    later_with_country: str
    title_ref: str
    surname: str
    name: str
    gender: Gender
    is_issuer: bool
    close: str = ""
    """What closes the first reference before the sentence goes on: "," after a Spanish
    apposition ("el subsecretario de Estado, Christopher Landau, conversó"), else ""."""

    def __str__(self) -> str:
        return self.later


class References:
    """Builds :class:`Person` references for one language from the glossary."""

    def __init__(self, glossary: Glossary, lang: Lang, locale: str, issuer: str) -> None:
        self.glossary = glossary
        self.lang: Lang = lang
        self.locale = locale
        self.issuer = issuer.upper()

    def title_form(self, official: Official) -> TitleForm | None:
        """The official's title in this language, or None when they have no title."""
        if official.custom_title is not None:
            ct = official.custom_title
            if self.lang == "en":
                full = ct.en_full.strip()
                return TitleForm(full, ct.en_short.strip() or full) if full else None
            full = ct.es_full.strip()
            return TitleForm(full, ct.es_short.strip() or full) if full else None
        if official.title and self.glossary.has_title(official.title):
            entry = self.glossary.title(official.title)
            return entry.form(self.lang, official.gender, official.country)
        return None

    def demonym(self, official: Official) -> str:
        """The official's demonym, or "" for officials of the issuing country."""
        code = official.country.upper().strip()
        if not code:
            return marker(COUNTRY_GAP, self.lang)
        if code == self.issuer or not self.glossary.has_country(code):
            return ""
        return self.glossary.demonym(code, self.lang, official.gender)

    def of_country(self, official: Official) -> str:
        """Spanish "de México" / "del Reino Unido" for a foreign official, else ""."""
        code = official.country.upper().strip()
        if not code:
            return with_preposition("de", marker(COUNTRY_GAP, self.lang))
        if code == self.issuer:
            return ""
        name = self.glossary.country_name(code, self.locale)
        art = self.glossary.country_article(code, "es")
        return with_preposition("de", f"{art} {name}" if art else name)

    def person(self, official: Official) -> Person:
        """Every reference form of ``official`` in this language."""
        form = self.title_form(official)
        name = official.full_name
        surname = surname_alone(official.surname or official.given_names, self.lang)
        demonym = self.demonym(official)
        if self.lang == "en":
            first, later, later_c, title_ref = self._english(form, name, surname, demonym)
        else:
            first, later, later_c, title_ref = self._spanish(form, official, name, surname, demonym)
        return Person(
            first=first,
            later=later,
            later_with_country=later_c,
            title_ref=title_ref,
            surname=surname,
            name=name,
            gender=official.gender,
            is_issuer=not demonym,
            close="," if self.lang == "es" and form is not None else "",
        )

    @staticmethod
    def _english(
        form: TitleForm | None, name: str, surname: str, demonym: str
    ) -> tuple[str, str, str, str]:
        if form is None:
            return name, surname, surname, name
        first = " ".join(p for p in (demonym, form.full, name) if p)
        later = f"{form.short} {surname}"
        later_c = " ".join(p for p in (demonym, form.short, surname) if p)
        return first, later, later_c, f"the {form.short}"

    def _spanish(
        self,
        form: TitleForm | None,
        official: Official,
        name: str,
        surname: str,
        demonym: str,
    ) -> tuple[str, str, str, str]:
        if form is None:
            return name, surname, surname, name
        art = article(official.gender)
        country = self.of_country(official)
        # Apposition: "el secretario de Relaciones Exteriores de México, Juan Ramón de la
        # Fuente" — the closing comma belongs to the sentence, which adds it.
        first = " ".join(p for p in (art, form.full, country) if p) + f", {name}"
        later = f"{art} {form.short} {surname}"
        later_c = " ".join(p for p in (art, form.short, demonym, surname) if p)
        return first, later, later_c, f"{art} {form.short}"


_PLACEHOLDER = re.compile(r"\{(principal|counterpart(?:[1-9])?)(?::(title|first|name))?\}")
_SENTENCE_ENDS = frozenset(".!?¡¿:")
_CONTRACTIBLE = re.compile(r"(?:^|(?<=\s))(de|a|De|A)\s$")


def expand_placeholders(text: str, people: dict[str, Person], lang: Lang) -> str:
    """Replace ``{principal}``, ``{counterpart}``, ``{counterpart2}``… in a talking point.

    ``{principal}`` is the later reference ("Deputy Secretary Landau" / "el subsecretario
    Landau"), ``{principal:title}`` the title alone, ``{principal:first}`` the first
    reference, ``{principal:name}`` the full name. Spanish "de"/"a" before a reference
    contract ("del subsecretario"), and a reference that opens a sentence is capitalised.
    Unknown placeholders are left as typed.
    """

    def replace(match: re.Match[str]) -> str:
        who = match.group(1)
        if who == "counterpart":
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
