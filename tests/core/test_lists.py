"""Lists as each language writes them (core/lists.py), and the leads they make.

Spanish (RAE): items holding commas are set apart by semicolons with a comma before the
last "y"; "de" and "a" are said again before each item, contracted; "y"/"o" become
"e"/"u" before /i/ and /o/. English keeps CLDR's list (the serial comma of en_US).
Every lead is compared whole, in both languages, for one to five officials in every mix
of genders.
"""

from __future__ import annotations

import copy
import itertools

import pytest

from editor_app.core.lists import comma_list_spans, conjunction, join, join_appositions
from editor_app.core.model import (
    Bilingual,
    Gender,
    Kind,
    Official,
    PurposeForm,
    Readout,
    RequestedBy,
    TitleText,
)
from editor_app.core.render import Renderer

M, F = Gender.MASCULINE, Gender.FEMININE
RUBIO = "Secretary of State Marco Rubio"
RUBIO_ES = "el secretario de Estado, Marco Rubio,"

# given names (masculine, feminine), surname, English title, Spanish title (m, f)
PEOPLE = [
    (
        ("Andrés", "Ana"),
        "Pérez",
        "Canadian Foreign Minister",
        ("ministro de Asuntos Exteriores de Canadá", "ministra de Asuntos Exteriores de Canadá"),
    ),
    (
        ("Luis", "Lucía"),
        "Soto",
        "Mexican Foreign Secretary",
        (
            "secretario de Relaciones Exteriores de México",
            "secretaria de Relaciones Exteriores de México",
        ),
    ),
    (
        ("Ian", "Inés"),
        "Hidalgo",
        "Italian Foreign Minister",
        ("ministro de Asuntos Exteriores de Italia", "ministra de Asuntos Exteriores de Italia"),
    ),
    (("Otto", "Olga"), "Ochoa", "Chilean Foreign Minister", ("canciller de Chile",) * 2),
    (
        ("Jorge", "Julia"),
        "Ibarra",
        "Colombian Foreign Minister",
        (
            "ministro de Relaciones Exteriores de Colombia",
            "ministra de Relaciones Exteriores de Colombia",
        ),
    ),
]
MIXES = [genders for n in range(1, 6) for genders in itertools.product((M, F), repeat=n)]


def official(n: int, gender: Gender) -> Official:
    """The ``n``-th person of PEOPLE, as a man or a woman."""
    given, surname, en, es = PEOPLE[n]
    fem = gender is F
    title = TitleText(en_full=en, en_short=en, es_full=es[fem], es_short=es[fem])
    return Official(given[fem], surname, gender, custom_title=title)


def english_first(n: int, gender: Gender) -> str:
    given, surname, en, _ = PEOPLE[n]
    return f"{en} {given[gender is F]} {surname}"


def spanish_first(n: int, gender: Gender) -> str:
    given, surname, _, es = PEOPLE[n]
    fem = gender is F
    return f"{'la' if fem else 'el'} {es[fem]}, {given[fem]} {surname}"


def english_list(items: list[str]) -> str:
    if len(items) < 3:
        return " and ".join(items)
    return ", ".join(items[:-1]) + ", and " + items[-1]


def spanish_list(items: list[str]) -> str:
    if len(items) == 1:
        return items[0]
    return "; ".join(items[:-1]) + ", y " + items[-1]


def de(item: str) -> str:
    return "del " + item[3:] if item.startswith("el ") else "de " + item


def a(item: str) -> str:
    return "al " + item[3:] if item.startswith("el ") else "a " + item


@pytest.fixture
def meeting(example: Readout) -> Readout:
    """Secretary Rubio and a group of counterparts, with a purpose, released the same day."""
    readout = copy.deepcopy(example)
    readout.kind = Kind.MULTILATERAL_MEETING
    readout.principal = Official("Marco", "Rubio", M, "secretary_of_state")
    readout.requested_by = RequestedBy.UNSAID
    readout.purpose = Bilingual(en="review regional security", es="revisar la seguridad regional")
    return readout


def leads(renderer: Renderer, readout: Readout) -> tuple[str, str]:
    return renderer.render(readout, "en").lead, renderer.render(readout, "es").lead


# The rules one by one.


@pytest.mark.parametrize(
    ("word", "following", "written"),
    [
        ("y", "Italia", "e"),
        ("y", "Hidalgo", "e"),
        ("y", "Íñigo", "e"),
        ("y", "hijos", "e"),
        ("y", "Ignacio Hidalgo", "e"),
        ("y", "hielo", "y"),
        ("y", "hierro", "y"),
        ("y", "Iowa", "y"),
        ("y", "Yolanda", "y"),
        ("y", "el ministro", "y"),
        ("Y", "Inés", "E"),
        ("o", "ocho", "u"),
        ("o", "Holanda", "u"),
        ("o", "Óscar", "u"),
        ("o", "8", "u"),
        ("o", "11", "u"),
        ("o", "110", "o"),
        ("o", "siete", "o"),
        ("para", "Italia", "para"),
    ],
)
def test_y_and_o_before_a_vowel_sound(word: str, following: str, written: str) -> None:
    assert conjunction(word, following) == written


def test_lists_follow_the_locale() -> None:
    assert join(["A", "B", "C"], "en_US") == "A, B, and C"
    assert join(["A", "B", "C"], "en_GB") == "A, B and C"
    assert join(["A", "B", "C"], "es_MX") == "A, B y C"
    assert join(["A", "B"], "es_MX") == "A y B"
    assert join(["A", "", "B"], "es_MX") == "A y B"
    assert join([], "es_MX") == ""
    assert join(["A", "B", "C"], "not a locale") == "A, B, and C"


def test_spanish_lists_say_e_and_u() -> None:
    assert join(["Francia", "Italia"], "es_ES") == "Francia e Italia"
    assert join(["Alemania", "Francia", "Italia"], "es_MX") == "Alemania, Francia e Italia"
    assert join(["De la Fuente", "Hidalgo"], "es_MX") == "De la Fuente e Hidalgo"
    assert join(["agua", "hielo"], "es_MX") == "agua y hielo"
    assert join(["Ana", "Yolanda"], "es_MX") == "Ana y Yolanda"
    assert join(["siete", "ocho"], "es_MX", style="or") == "siete u ocho"
    assert join(["Bélgica", "Austria", "Holanda"], "es_ES", style="or") == (
        "Bélgica, Austria u Holanda"
    )
    assert join(["France", "Italy"], "en_US") == "France and Italy"
    assert join(["seven", "eight"], "en_US", style="or") == "seven or eight"


def test_spanish_appositions_take_semicolons() -> None:
    items = ["el ministro X, Ana", "la ministra Y, Bea", "el ministro Z, Carlos"]
    assert join_appositions(items, "es_MX") == (
        "el ministro X, Ana; la ministra Y, Bea, y el ministro Z, Carlos"
    )
    assert join_appositions(items[:2], "es_MX") == "el ministro X, Ana, y la ministra Y, Bea"
    assert join_appositions(items[:1], "es_MX") == "el ministro X, Ana"
    # One item with a comma is enough to set them all apart.
    assert join(["Ana Pérez", "el ministro Z, Carlos", "Bea Ruiz"], "es_MX") == (
        "Ana Pérez; el ministro Z, Carlos, y Bea Ruiz"
    )


def test_a_preposition_that_contracts_is_said_before_each_item() -> None:
    items = ["el ministro X, Ana", "la ministra Y, Bea", "el ministro Z, Carlos"]
    assert join(items, "es_MX", preposition="de") == (
        "del ministro X, Ana; de la ministra Y, Bea, y del ministro Z, Carlos"
    )
    assert join(items[:2], "es_MX", preposition="a") == (
        "al ministro X, Ana, y a la ministra Y, Bea"
    )
    assert join(items[:2], "es_MX", preposition="con") == (
        "con el ministro X, Ana, y la ministra Y, Bea"
    )
    assert join(["A", "B"], "en_US", preposition="with") == "with A and B"


def test_a_list_of_appositions_joined_by_commas_is_found() -> None:
    wrong = (
        "Hoy conversó con la ministra de Asuntos Exteriores de Canadá, Ana Pérez, el "
        "secretario de Relaciones Exteriores de México, Luis Soto, y el ministro de Asuntos "
        "Exteriores de Italia, Ian Hidalgo, para hablar."
    )
    right = (
        "la ministra de Asuntos Exteriores de Canadá, Ana Pérez; el secretario de "
        "Relaciones Exteriores de México, Luis Soto, y el ministro de Asuntos Exteriores de "
        "Italia, Ian Hidalgo"
    )
    assert comma_list_spans(wrong) == [(17, 17 + len(right), right)]
    assert comma_list_spans(f"Hoy conversó con {right}, para hablar.") == []
    two = "con el ministro X, Ana, y la ministra Y, Bea, para hablar."
    assert comma_list_spans(two) == []


# The leads, for one to five officials in every mix of genders.


@pytest.mark.parametrize("genders", MIXES, ids=lambda g: "".join(x.value[0] for x in g))
def test_every_mix_of_officials_in_the_lead(
    genders: tuple[Gender, ...], meeting: Readout, renderer: Renderer
) -> None:
    meeting.counterparts = [official(n, g) for n, g in enumerate(genders)]
    en_items = [english_first(n, g) for n, g in enumerate(genders)]
    es_items = [spanish_first(n, g) for n, g in enumerate(genders)]
    en_list, es_list = english_list(en_items), spanish_list(es_items)
    end = "revisar la seguridad regional."
    meeting.lead.verb = "met_with"
    assert leads(renderer, meeting) == (
        f"Today {RUBIO} met with {en_list} to review regional security.",
        f"Hoy, {RUBIO_ES} se reunió con {es_list}, para {end}",
    )
    meeting.lead.verb = "hosted"
    assert leads(renderer, meeting) == (
        f"Today {RUBIO} hosted {en_list} to review regional security.",
        f"Hoy, {RUBIO_ES} recibió {spanish_list([a(i) for i in es_items])}, para {end}",
    )
    # Headlines name the officials by short title and surname: no commas inside items.
    en_short = [f"{PEOPLE[n][2]} {PEOPLE[n][1]}" for n in range(len(genders))]
    es_short = [f"{i.split(',')[0]} {PEOPLE[n][1]}" for n, i in enumerate(es_items)]
    es_plain = ", ".join(es_short[:-1]) + " y " + es_short[-1] if es_short[1:] else es_short[0]
    assert renderer.render(meeting, "en").title == (
        f"Secretary Rubio’s Meeting with {english_list(en_short)}"
    )
    assert renderer.render(meeting, "es").title == f"Reunión del secretario Rubio con {es_plain}"
    meeting.kind = Kind.MULTILATERAL_CALL
    meeting.lead.verb = "received_call"
    assert leads(renderer, meeting) == (
        f"Today {RUBIO} received a call from {en_list} to review regional security.",
        f"Hoy, {RUBIO_ES} recibió una llamada {spanish_list([de(i) for i in es_items])}, "
        f"para {end}",
    )


def test_three_officials_as_the_rae_sets_them(meeting: Readout, renderer: Renderer) -> None:
    meeting.kind = Kind.MULTILATERAL_CALL
    meeting.lead.verb = "received_call"
    meeting.counterparts = [official(1, M), official(0, F), official(2, M)]
    assert leads(renderer, meeting) == (
        f"Today {RUBIO} received a call from Mexican Foreign Secretary Luis Soto, Canadian "
        "Foreign Minister Ana Pérez, and Italian Foreign Minister Ian Hidalgo to review "
        "regional security.",
        f"Hoy, {RUBIO_ES} recibió una llamada del secretario de Relaciones Exteriores de "
        "México, Luis Soto; de la ministra de Asuntos Exteriores de Canadá, Ana Pérez, y del "
        "ministro de Asuntos Exteriores de Italia, Ian Hidalgo, para revisar la seguridad "
        "regional.",
    )


def test_five_officials_hosted(meeting: Readout, renderer: Renderer) -> None:
    meeting.lead.verb = "hosted"
    meeting.purpose = Bilingual()
    meeting.counterparts = [official(n, g) for n, g in enumerate((F, M, F, F, M))]
    assert leads(renderer, meeting) == (
        f"Today {RUBIO} hosted Canadian Foreign Minister Ana Pérez, Mexican Foreign Secretary "
        "Luis Soto, Italian Foreign Minister Inés Hidalgo, Chilean Foreign Minister Olga "
        "Ochoa, and Colombian Foreign Minister Jorge Ibarra.",
        f"Hoy, {RUBIO_ES} recibió a la ministra de Asuntos Exteriores de Canadá, Ana Pérez; "
        "al secretario de Relaciones Exteriores de México, Luis Soto; a la ministra de "
        "Asuntos Exteriores de Italia, Inés Hidalgo; a la canciller de Chile, Olga Ochoa, y "
        "al ministro de Relaciones Exteriores de Colombia, Jorge Ibarra.",
    )


def test_names_alone_take_e() -> None:
    # Names standing without a title (a house template, a group's members) join with
    # "e" before an /i/ sound too.
    assert join(["Juan Ramón de la Fuente", "Ignacio Hidalgo"], "es_MX") == (
        "Juan Ramón de la Fuente e Ignacio Hidalgo"
    )
    assert join(["Pérez", "Hidalgo"], "es_ES") == "Pérez e Hidalgo"
    assert join(["Pérez", "Hidalgo"], "en_US") == "Pérez and Hidalgo"


def test_a_second_verb_takes_e(meeting: Readout, renderer: Renderer) -> None:
    meeting.lead.verb = "met_with"
    meeting.counterparts = [official(0, F)]
    meeting.lead.purpose_form = PurposeForm.CLAUSE
    meeting.purpose = Bilingual(
        en="invited her to Washington", es="invitó a la ministra a Washington"
    )
    assert leads(renderer, meeting) == (
        f"Today {RUBIO} met with Canadian Foreign Minister Ana Pérez and invited her to "
        "Washington.",
        f"Hoy, {RUBIO_ES} se reunió con la ministra de Asuntos Exteriores de Canadá, Ana "
        "Pérez, e invitó a la ministra a Washington.",
    )


def test_spanish_headlines_keep_y_before_an_article(meeting: Readout, renderer: Renderer) -> None:
    meeting.counterparts = [official(0, F), official(2, M)]
    assert renderer.render(meeting, "es").title == (
        "Reunión del secretario Rubio con la ministra de Asuntos Exteriores de Canadá Pérez "
        "y el ministro de Asuntos Exteriores de Italia Hidalgo"
    )
