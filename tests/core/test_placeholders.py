"""Placeholders in talking points: the table says what each gives, and it gives that."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import pytest

from editor_app.core.draft import Lang
from editor_app.core.glossary import load_glossary
from editor_app.core.language import Person, References
from editor_app.core.model import Gender, Official
from editor_app.core.placeholders import PLACEHOLDERS, Placeholder, expand_placeholders

LOCALES: dict[Lang, str] = {"en": "en_US", "es": "es_MX"}


def cast(lang: Lang, *officials: Official) -> dict[str, Person]:
    """The people of a readout whose principal is ``officials[0]``, as the renderer names them."""
    refs = References(load_glossary(), lang, LOCALES[lang], issuer=officials[0].country)
    people = {"principal": refs.person(officials[0])}
    for n, official in enumerate(officials[1:], start=1):
        people[f"counterpart{n}"] = refs.person(official)
    return people


RUBIO = Official("Marco", "Rubio", Gender.MASCULINE, "secretary_of_state", country="US")
SYBIHA = Official("Andrii", "Sybiha", Gender.MASCULINE, "foreign_minister", country="UA")


@pytest.mark.parametrize("row", PLACEHOLDERS, ids=lambda row: row.token)
def test_each_placeholder_gives_what_the_table_says(row: Placeholder) -> None:
    # Mid-sentence and before its end, so nothing is capitalised or closed.
    for lang, example in (("en", row.example_en), ("es", row.example_es)):
        people = cast(lang, RUBIO, SYBIHA)
        assert expand_placeholders(f"x {row.token}.", people, lang) == f"x {example}."


def test_the_table_describes_each_placeholder_in_both_interface_languages() -> None:
    tokens = [row.token for row in PLACEHOLDERS]
    assert len(tokens) == len(set(tokens))
    counterpart = next(row for row in PLACEHOLDERS if row.token == "{counterpart}")
    assert counterpart.gives().text("en") == (
        "The counterpart's later reference; {counterpart2}, {counterpart3}… name the others"
    )
    assert counterpart.gives().text("es") == (
        "La mención posterior del interlocutor; {counterpart2}, {counterpart3}… nombran a los demás"
    )


M, F = Gender.MASCULINE, Gender.FEMININE


@dataclass(frozen=True)
class Cast:
    """One official and the words the drafts should use for them."""

    official: Official
    en_first: str
    es_first: str
    en_later: str
    es_later: str
    es_title: str


PRINCIPALS = {
    M: Cast(
        RUBIO,
        "Secretary of State Marco Rubio",
        "el secretario de Estado, Marco Rubio",
        "Secretary Rubio",
        "el secretario Rubio",
        "el secretario",
    ),
    F: Cast(
        Official("Condoleezza", "Rice", F, "secretary_of_state", country="US"),
        "Secretary of State Condoleezza Rice",
        "la secretaria de Estado, Condoleezza Rice",
        "Secretary Rice",
        "la secretaria Rice",
        "la secretaria",
    ),
}
COUNTERPARTS = (
    {
        M: Cast(
            Official("Juan Ramón", "de la Fuente", M, "foreign_minister", country="MX"),
            "Mexican Foreign Secretary Juan Ramón de la Fuente",
            "el secretario de Relaciones Exteriores de México, Juan Ramón de la Fuente",
            "Foreign Secretary de la Fuente",
            "el canciller De la Fuente",
            "el canciller",
        ),
        F: Cast(
            Official("Alicia", "Bárcena", F, "foreign_minister", country="MX"),
            "Mexican Foreign Secretary Alicia Bárcena",
            "la secretaria de Relaciones Exteriores de México, Alicia Bárcena",
            "Foreign Secretary Bárcena",
            "la canciller Bárcena",
            "la canciller",
        ),
    },
    {
        M: Cast(
            SYBIHA,
            "Ukrainian Foreign Minister Andrii Sybiha",
            "el ministro de Relaciones Exteriores de Ucrania, Andrii Sybiha",
            "Foreign Minister Sybiha",
            "el canciller Sybiha",
            "el canciller",
        ),
        F: Cast(
            Official("Olena", "Kovalenko", F, "foreign_minister", country="UA"),
            "Ukrainian Foreign Minister Olena Kovalenko",
            "la ministra de Relaciones Exteriores de Ucrania, Olena Kovalenko",
            "Foreign Minister Kovalenko",
            "la canciller Kovalenko",
            "la canciller",
        ),
    },
    {
        M: Cast(
            Official("Marc", "Garneau", M, "foreign_minister", country="CA"),
            "Canadian Foreign Minister Marc Garneau",
            "el ministro de Asuntos Exteriores de Canadá, Marc Garneau",
            "Foreign Minister Garneau",
            "el ministro de Asuntos Exteriores Garneau",
            "el ministro de Asuntos Exteriores",
        ),
        F: Cast(
            Official("Anita", "Anand", F, "foreign_minister", country="CA"),
            "Canadian Foreign Minister Anita Anand",
            "la ministra de Asuntos Exteriores de Canadá, Anita Anand",
            "Foreign Minister Anand",
            "la ministra de Asuntos Exteriores Anand",
            "la ministra de Asuntos Exteriores",
        ),
    },
)
NATIONALITY = (
    {"en": "Mexican", M: "mexicano", F: "mexicana"},
    {"en": "Ukrainian", M: "ucraniano", F: "ucraniana"},
    {"en": "Canadian", M: "canadiense", F: "canadiense"},
)
MIXES = [
    (principal, counterparts)
    for principal in (M, F)
    for n in (1, 2, 3)
    for counterparts in itertools.product((M, F), repeat=n)
]


def mix_id(mix: tuple[Gender, tuple[Gender, ...]]) -> str:
    principal, counterparts = mix
    return "".join(g.value[0] for g in (principal, *counterparts))


def fill(text: str, lang: Lang, principal: Cast, counterparts: list[Cast]) -> str:
    officials = [principal.official, *(c.official for c in counterparts)]
    return expand_placeholders(text, cast(lang, *officials), lang, LOCALES[lang])


def cap(text: str) -> str:
    return text[0].upper() + text[1:]


@pytest.mark.parametrize("mix", MIXES, ids=mix_id)
def test_a_spanish_apposition_closes_whenever_the_sentence_goes_on(
    mix: tuple[Gender, tuple[Gender, ...]],
) -> None:
    p = PRINCIPALS[mix[0]]
    cs = [COUNTERPARTS[i][g] for i, g in enumerate(mix[1])]
    es = [c.es_first for c in cs]
    en = [c.en_first for c in cs]
    typed = {
        1: "{counterpart:first}",
        2: "{counterpart:first} y {counterpart2:first}",
        3: "{counterpart:first}, {counterpart2:first} y {counterpart3:first}",
    }[len(cs)]
    if len(cs) == 1:
        expected_es, expected_en = es[0], en[0]
    elif len(cs) == 2:
        expected_es, expected_en = f"{es[0]}, y {es[1]}", f"{en[0]} and {en[1]}"
    else:
        expected_es = f"{es[0]}, {es[1]}, y {es[2]}"
        expected_en = f"{en[0]}, {en[1]}, and {en[2]}"
    typed_en = typed.replace(" y ", ", and " if len(cs) == 3 else " and ")
    # The principal's apposition closes before the verb; the last counterpart's before ".".
    assert fill("{principal:first} conversó con " + typed + ".", "es", p, cs) == (
        f"{cap(p.es_first)}, conversó con {expected_es}."
    )
    assert fill("{principal:first} spoke with " + typed_en + ".", "en", p, cs) == (
        f"{p.en_first} spoke with {expected_en}."
    )
    # A subject of two: "…, Nombre, y el secretario…, Nombre, conversaron".
    assert fill("{counterpart:first} y {principal:first} conversaron.", "es", p, cs) == (
        f"{cap(es[0])}, y {p.es_first}, conversaron."
    )
    assert fill("{counterpart:first} and {principal:first} spoke.", "en", p, cs) == (
        f"{en[0]} and {p.en_first} spoke."
    )
    # After a colon Spanish goes on in lowercase; English keeps its capital.
    last = "{counterpart%s:first}" % (len(cs) if len(cs) > 1 else "")
    assert fill(f"Coincidieron en un punto: {last} reiteró su apoyo.", "es", p, cs) == (
        f"Coincidieron en un punto: {es[-1]}, reiteró su apoyo."
    )
    assert fill("Coincidieron en un punto: {principal:title} reiteró.", "es", p, cs) == (
        f"Coincidieron en un punto: {p.es_title} reiteró."
    )
    assert fill("They agreed on one point: {principal:title} reiterated.", "en", p, cs) == (
        "They agreed on one point: The Secretary reiterated."
    )
    # No comma before an existing comma, other punctuation or the end of a line.
    assert fill("{principal:first}, tras la llamada, dijo", "es", p, cs) == (
        f"{cap(p.es_first)}, tras la llamada, dijo"
    )
    assert fill("Habló {principal:first}; luego {counterpart:first}\nSiguió", "es", p, cs) == (
        f"Habló {p.es_first}; luego {es[0]}\nSiguió"
    )
    assert fill("Habló {principal:first}", "es", p, cs) == f"Habló {p.es_first}"


@pytest.mark.parametrize("mix", MIXES, ids=mix_id)
def test_pronouns_and_counterparts_agree_with_each_officials_gender(
    mix: tuple[Gender, tuple[Gender, ...]],
) -> None:
    p = PRINCIPALS[mix[0]]
    cs = [COUNTERPARTS[i][g] for i, g in enumerate(mix[1])]
    n = len(cs)
    who = "counterpart" if n == 1 else f"counterpart{n}"
    g = mix[1][-1]
    his = {M: "his", F: "her"}
    assert fill(
        f"{{principal}} called {{{who}:peer}} to congratulate {{{who}:them}} on "
        f"{{{who}:their}} appointment; {{{who}:they}} thanked {{principal:them}}.",
        "en",
        p,
        cs,
    ) == (
        f"{p.en_later} called {his[mix[0]]} {NATIONALITY[n - 1]['en']} counterpart to "
        f"congratulate {({M: 'him', F: 'her'})[g]} on {his[g]} appointment; "
        f"{({M: 'he', F: 'she'})[g]} thanked {({M: 'him', F: 'her'})[mix[0]]}."
    )
    lo, homologo = {M: ("lo", "homólogo"), F: ("la", "homóloga")}[g]
    assert fill(
        f"{{principal}} llamó a {{{who}:peer}} para felicitar{{{who}:them}} por "
        f"{{{who}:their}} nombramiento; {{{who}:they}} agradeció, y {{{who}:them}} invitó "
        f"a Washington, agradeciendo{{principal:them}}.",
        "es",
        p,
        cs,
    ) == (
        f"{cap(p.es_later)} llamó a su {homologo} {NATIONALITY[n - 1][g]} para "
        f"felicitar{lo} por su nombramiento; {({M: 'él', F: 'ella'})[g]} agradeció, y {lo} "
        f"invitó a Washington, agradeciéndo{({M: 'lo', F: 'la'})[mix[0]]}."
    )
    # The principal as the first counterpart's counterpart.
    assert fill("x {principal:peer}", "en", p, cs) == f"x {his[mix[1][0]]} U.S. counterpart"
    principal_noun = {M: "homólogo", F: "homóloga"}[mix[0]]
    assert fill("x {principal:peer}", "es", p, cs) == f"x su {principal_noun} estadounidense"


@pytest.mark.parametrize("mix", MIXES, ids=mix_id)
def test_the_joint_subject_names_the_principal_by_title_and_each_counterpart(
    mix: tuple[Gender, tuple[Gender, ...]],
) -> None:
    p = PRINCIPALS[mix[0]]
    cs = [COUNTERPARTS[i][g] for i, g in enumerate(mix[1])]
    en = ["the Secretary", *(c.en_later for c in cs)]
    es = [p.es_title, *(c.es_later for c in cs)]
    en_list = " and ".join(en) if len(en) == 2 else ", ".join(en[:-1]) + ", and " + en[-1]
    es_list = ", ".join(es[:-1]) + " y " + es[-1]
    assert fill("{joint} discussed Ukraine.", "en", p, cs) == f"{cap(en_list)} discussed Ukraine."
    assert fill("{joint} conversaron.", "es", p, cs) == f"{cap(es_list)} conversaron."
    contracted = "del " + es_list[3:] if es_list.startswith("el ") else "de " + es_list
    assert fill("La posición de {joint}.", "es", p, cs) == f"La posición {contracted}."


def test_a_bracket_or_a_dash_closes_an_apposition_itself() -> None:
    people = cast("es", RUBIO, SYBIHA)
    text = "{counterpart:first} (en la foto) y {principal:first} —que viajó— hablaron"
    assert expand_placeholders(text, people, "es") == (
        "El ministro de Relaciones Exteriores de Ucrania, Andrii Sybiha (en la foto) y el "
        "secretario de Estado, Marco Rubio —que viajó— hablaron"
    )


def test_a_first_reference_without_a_title_opens_no_apposition() -> None:
    untitled = Official("Kaja", "Kallas", F, "", country="EE")
    people = cast("es", RUBIO, untitled)
    assert expand_placeholders("{counterpart:first} conversó", people, "es") == (
        "Kaja Kallas conversó"
    )


def test_a_placeholder_that_names_no_one_is_left_as_typed() -> None:
    people = cast("es", RUBIO, SYBIHA)
    text = "{counterpart2} {conterpart} {counterpart:frist} {principal:peer}"
    assert expand_placeholders(text, people, "es") == (
        "{counterpart2} {conterpart} {counterpart:frist} su homólogo estadounidense"
    )
    alone = cast("es", RUBIO)
    assert expand_placeholders("{joint} {principal:peer}", alone, "es") == (
        "{joint} {principal:peer}"
    )
