"""Groups and headlines: a group keeps its article; English headlines keep small words
lowercase and open with a capital; Spanish headlines stay in sentence case."""

from __future__ import annotations

import pytest

from editor_app.core.headlines import capitalised_small_words, headline, headline_opening
from editor_app.core.language import article_in_sentence
from editor_app.core.model import Bilingual, Gender, Kind, Official, Readout
from editor_app.core.render import Renderer

RUBIO = "Secretary of State Marco Rubio"
G7_ES = "los ministros de Asuntos Exteriores del G7"


@pytest.fixture
def group_call(example: Readout) -> Readout:
    """Secretary Rubio's call with the G7 foreign ministers, with no purpose."""
    example.kind = Kind.MULTILATERAL_CALL
    example.principal = Official("Marco", "Rubio", Gender.MASCULINE, "secretary_of_state")
    example.counterparts = []
    example.group = Bilingual(en="the G7 foreign ministers", es=G7_ES)
    example.purpose = Bilingual()
    return example


def drafts(renderer: Renderer, readout: Readout) -> tuple[str, str, str, str]:
    en, es = renderer.render(readout, "en"), renderer.render(readout, "es")
    return en.title, en.lead, es.title, es.lead


def test_a_group_keeps_its_article(group_call: Readout, renderer: Renderer) -> None:
    assert drafts(renderer, group_call) == (
        "Secretary Rubio’s Call with the G7 Foreign Ministers",
        f"Today {RUBIO} participated in a call with the G7 foreign ministers.",
        f"Llamada del secretario Rubio con {G7_ES}",
        f"Hoy, el secretario de Estado, Marco Rubio, participó en una llamada con {G7_ES}.",
    )


def test_a_group_typed_with_a_capital_article(group_call: Readout, renderer: Renderer) -> None:
    group_call.group = Bilingual(
        en="The G7 foreign ministers", es="Los ministros de Asuntos Exteriores del G7"
    )
    assert drafts(renderer, group_call) == (
        "Secretary Rubio’s Call with the G7 Foreign Ministers",
        f"Today {RUBIO} participated in a call with the G7 foreign ministers.",
        f"Llamada del secretario Rubio con {G7_ES}",
        f"Hoy, el secretario de Estado, Marco Rubio, participó en una llamada con {G7_ES}.",
    )


def test_a_group_without_an_article_stays_as_state_writes_it(
    group_call: Readout, renderer: Renderer
) -> None:
    # "Secretary Rubio spoke yesterday with G7 foreign ministers": the officer decides.
    group_call.group.en = "G7 foreign ministers"
    assert drafts(renderer, group_call)[:2] == (
        "Secretary Rubio’s Call with G7 Foreign Ministers",
        f"Today {RUBIO} participated in a call with G7 foreign ministers.",
    )


def test_a_group_after_a_contracting_preposition(group_call: Readout, renderer: Renderer) -> None:
    group_call.group = Bilingual(en="the Lima Group", es="el Grupo de Lima")
    group_call.lead.verb = "received_call"
    assert drafts(renderer, group_call) == (
        "Secretary Rubio’s Call with the Lima Group",
        f"Today {RUBIO} received a call from the Lima Group.",
        "Llamada del secretario Rubio con el Grupo de Lima",
        "Hoy, el secretario de Estado, Marco Rubio, recibió una llamada del Grupo de Lima.",
    )


def test_a_particle_opening_the_headline_is_capitalised() -> None:
    # A headline that opens with a name ("de la Fuente’s Call…", a house template naming
    # no title) opens with a capital, particle included, in both languages.
    from editor_app.core.headlines import headline_opening

    assert headline_opening("de la Fuente’s Call with U.S. Deputy Secretary Landau") == (
        "De la Fuente’s Call with U.S. Deputy Secretary Landau"
    )
    assert headline_opening("llamada de De la Fuente") == "Llamada de De la Fuente"
    assert headline_opening("⟨title⟩ Landau’s Call") == "⟨title⟩ Landau’s Call"


@pytest.mark.parametrize(
    ("typed", "set_in_headline"),
    [
        ("G7 foreign ministers", "G7 Foreign Ministers"),
        ("the G7 foreign ministers", "the G7 Foreign Ministers"),
        ("The G7 foreign ministers", "the G7 Foreign Ministers"),
        (
            "the foreign ministers of France and Germany",
            "the Foreign Ministers of France and Germany",
        ),
        ("ministers With partners", "Ministers with Partners"),
        ("leaders of The Hague group", "Leaders of The Hague Group"),
        ("U.S. and EU partners", "U.S. and EU Partners"),
    ],
)
def test_a_phrase_inside_an_english_headline(typed: str, set_in_headline: str) -> None:
    assert headline(typed) == set_in_headline


def test_articles_inside_a_sentence() -> None:
    assert article_in_sentence("The Hague Group", "en") == "The Hague Group"
    assert article_in_sentence("An envoy", "en") == "an envoy"
    assert article_in_sentence("El Salvador", "es") == "El Salvador"
    assert article_in_sentence("Las ministras del Quad", "es") == "las ministras del Quad"
    assert article_in_sentence("The", "en") == "The"


def test_headlines_open_with_a_capital() -> None:
    assert headline_opening("de la Fuente’s Call with the G7") == "De la Fuente’s Call with the G7"
    assert headline_opening("“de la Fuente”") == "“De la Fuente”"
    assert headline_opening("") == ""


@pytest.mark.parametrize(
    ("title", "flagged"),
    [
        ("Secretary Rubio’s Call With the G7 Foreign Ministers", ["With"]),
        ("Secretary Rubio’s Meeting With The Foreign Minister Of Spain", ["With", "The", "Of"]),
        ("Secretary Rubio’s Call with the G7 Foreign Ministers", []),
        ("The Secretary’s Call with Foreign Minister Albares", []),
        ("Readout: The Secretary’s Trip to Asia", []),
        ("Secretary Rubio’s Meeting in The Hague", []),
        ("Secretary Rubio’s Remarks on Plan A", []),
        ("SECRETARY RUBIO’S CALL WITH THE G7", []),
    ],
)
def test_capitalised_small_words_are_found(title: str, flagged: list[str]) -> None:
    assert [title[s:e] for s, e in capitalised_small_words(title)] == flagged
