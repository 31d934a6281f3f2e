"""Three checks a second reader would make: a talking point over the house length, a
capitalised small word inside an English headline, a Spanish list of comma-bearing items
joined by commas. Each fires on a crafted case, says so exactly in both UI languages,
and is silent on every bundled example and every fixture readout."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from editor_app.core.checks.base import Finding
from editor_app.core.checks.config import CheckConfigError, config_from_dict, load_config
from editor_app.core.checks.point_length import word_count
from editor_app.core.checks.run import run_checks
from editor_app.core.checks.settings import CheckConfig
from editor_app.core.model import Bilingual, Gender, Kind, Official, Override, Readout, TalkingPoint
from editor_app.core.render import Renderer
from editor_app.core.store import load_file
from tests.core.bounded import run_bounded

ROOT = Path(__file__).parents[3]
EXAMPLES = ROOT / "resources" / "examples"
FIXTURES = ROOT / "tests" / "fixtures" / "readouts"
READOUTS = sorted([*EXAMPLES.glob("*.readout"), *FIXTURES.glob("*.readout")])
OURS = ("point.length", "en.headline-case", "es.list-semicolons")


def found(
    readout: Readout, renderer: Renderer, check_id: str, config: CheckConfig | None = None
) -> list[Finding]:
    pair = renderer.render_pair(readout)
    return [f for f in run_checks(readout, pair, config) if f.check_id == check_id]


def words(n: int) -> str:
    return " ".join(["cooperation"] * n)


# A talking point over the house length.


def test_a_long_point_is_flagged_in_its_language(example: Readout, renderer: Renderer) -> None:
    example.points.append(TalkingPoint(en=words(121), es="Hablaron de cooperación."))
    [f] = found(example, renderer, "point.length")
    assert (f.lang, f.part, f.start, f.severity) == ("en", "body.4", None, "warning")
    assert f.text("en") == (
        "This talking point has 121 words; the house keeps a point to 120 words: split or cut it"
    )
    assert f.text("es") == (
        "Este punto tiene 121 palabras; el estilo de la casa admite 120 palabras por punto: "
        "divídalo o acórtelo"
    )
    assert f.place("es") == "Punto 4"


def test_a_point_at_the_house_length_passes(example: Readout, renderer: Renderer) -> None:
    # Dashes and lone marks are not words.
    example.points.append(TalkingPoint(en=words(120) + " — .", es=words(120)))
    assert found(example, renderer, "point.length") == []


def test_the_house_sets_its_length(tmp_path: Path, example: Readout, renderer: Renderer) -> None:
    example.points.append(TalkingPoint(en=words(30), es=words(31)))
    path = tmp_path / "checks.json"
    path.write_text(json.dumps({"point_max_words": 30}), "utf-8")
    # The example's own points run past 30 words too; the added one is point 4.
    [f] = [
        f for f in found(example, renderer, "point.length", load_config(path)) if f.part == "body.4"
    ]
    assert (f.lang, f.part) == ("es", "body.4")
    assert f.text("en") == (
        "This talking point has 31 words; the house keeps a point to 30 words: split or cut it"
    )
    example.points[3] = TalkingPoint(en="They discussed cooperation.", es="Hablaron de ella.")
    one = found(example, renderer, "point.length", config_from_dict({"point_max_words": 1}))
    one = [f for f in one if f.part == "body.4"]
    assert [f.lang for f in one] == ["es", "en"]
    assert one[0].text("en") == (
        "This talking point has 3 words; the house keeps a point to 1 word: split or cut it"
    )
    assert one[0].text("es") == (
        "Este punto tiene 3 palabras; el estilo de la casa admite 1 palabra por punto: "
        "divídalo o acórtelo"
    )
    assert load_config(None).point_max_words == 120


@pytest.mark.parametrize("value", [0, -5, 10_001, 12.5, "120", True, None, [120]])
def test_a_bad_length_gets_a_clear_message(value: Any) -> None:
    with pytest.raises(CheckConfigError) as info:
        config_from_dict({"point_max_words": value}, "checks.json")
    shown = json.dumps(value)
    assert str(info.value) == (
        f"checks.json: 'point_max_words' must be a whole number from 1 to 10000, not {shown}"
    )
    assert info.value.about.text("es") == (
        f"checks.json: 'point_max_words' debe ser un número entero de 1 a 10000, no {shown}"
    )


def test_words_are_counted_as_a_reader_counts_them() -> None:
    assert word_count("They discussed U.S.-Mexico ties — and 1,500 agents.") == 7
    assert word_count("") == 0


# A capitalised small word inside an English headline.


def test_a_hand_edited_title_with_capitalised_small_words(
    example: Readout, renderer: Renderer
) -> None:
    title = "Deputy Secretary Landau’s Call With The Mexican Foreign Secretary"
    example.overrides["en"]["title"] = Override(title, "")
    got = found(example, renderer, "en.headline-case")
    assert [(f.part, title[f.start or 0 : f.end], f.suggestion) for f in got] == [
        ("title", "With", "with"),
        ("title", "The", "the"),
    ]
    assert got[0].text("en") == (
        "«With»: an English headline keeps articles, conjunctions and short prepositions "
        "lowercase; write «with»"
    )
    assert got[0].text("es") == (
        "«With»: un titular en inglés escribe en minúscula los artículos, las conjunciones y "
        "las preposiciones cortas; escriba «with»"
    )


def test_generated_headlines_keep_small_words_lowercase(
    example: Readout, renderer: Renderer
) -> None:
    example.kind = Kind.MULTILATERAL_MEETING
    example.counterparts = []
    example.group = Bilingual(
        en="The Foreign Ministers Of The Quad", es="los ministros de Relaciones Exteriores del Quad"
    )
    assert renderer.render(example, "en").title == (
        "Deputy Secretary Landau’s Meeting with the Foreign Ministers of the Quad"
    )
    assert found(example, renderer, "en.headline-case") == []


def test_a_spanish_title_is_not_an_english_headline(example: Readout, renderer: Renderer) -> None:
    example.overrides["es"]["title"] = Override("Llamada Con El Canciller", "")
    assert found(example, renderer, "en.headline-case") == []


# A Spanish list of comma-bearing items joined by commas.

_WRONG = (
    "Hoy, el subsecretario de Estado, Christopher Landau, se reunió con la ministra de "
    "Asuntos Exteriores de Canadá, Ana Pérez, el secretario de Relaciones Exteriores de "
    "México, Luis Soto, y el ministro de Asuntos Exteriores de Italia, Ian Hidalgo."
)


def test_a_hand_edited_lead_with_commas_only(example: Readout, renderer: Renderer) -> None:
    example.overrides["es"]["lead"] = Override(_WRONG, "")
    [f] = found(example, renderer, "es.list-semicolons")
    right = (
        "la ministra de Asuntos Exteriores de Canadá, Ana Pérez; el secretario de Relaciones "
        "Exteriores de México, Luis Soto, y el ministro de Asuntos Exteriores de Italia, Ian "
        "Hidalgo"
    )
    assert (f.lang, f.part, _WRONG[f.start or 0 : f.end]) == (
        "es",
        "lead",
        right.replace("Pérez;", "Pérez,"),
    )
    assert f.suggestion == right
    assert f.text("en") == (
        f"The items of this list hold commas, so semicolons set them apart; write «{right}»"
    )
    assert f.text("es") == (
        "Los elementos de esta enumeración llevan comas, así que se separan con punto y coma; "
        f"escriba «{right}»"
    )


def test_the_generated_lead_needs_no_semicolon_fix(example: Readout, renderer: Renderer) -> None:
    example.counterparts = [
        Official("Ana", "Pérez", Gender.FEMININE, "foreign_minister", country="CA"),
        Official("Luis", "Soto", Gender.MASCULINE, "foreign_minister", country="MX"),
        Official("Ian", "Hidalgo", Gender.MASCULINE, "foreign_minister", country="IT"),
    ]
    for verb in ("spoke_with", "received_call"):
        example.lead.verb = verb
        assert "; " in renderer.render(example, "es").lead
        assert found(example, renderer, "es.list-semicolons") == []


def test_a_list_of_plain_items_is_left_alone(example: Readout, renderer: Renderer) -> None:
    example.points.append(
        TalkingPoint(
            en="They discussed Canada, Mexico, and Italy.",
            es="Hablaron de Canadá, de México y de Italia, y del ministro de Chile, Otto Ochoa.",
        )
    )
    assert found(example, renderer, "es.list-semicolons") == []


# Every bundled example and fixture readout is clean.


@pytest.mark.parametrize("path", READOUTS, ids=lambda p: p.stem)
def test_silent_on_every_bundled_readout(path: Path, renderer: Renderer) -> None:
    readout = load_file(path).readout
    pair = renderer.render_pair(readout)
    assert [f.check_id for f in run_checks(readout, pair) if f.check_id in OURS] == []


def test_hostile_text_costs_linear_time() -> None:
    # Both finders once rescanned the text at each word: minutes for these inputs.
    result = run_bounded("""
        from editor_app.core.headlines import capitalised_small_words
        from editor_app.core.lists import comma_list_spans
        print(len(comma_list_spans("el a " * 60_000)))
        print(len(comma_list_spans("el a, B, " * 30_000)))
        print(len(comma_list_spans("el a, B, " * 30_000 + "y el c, D")))
        print(len(capitalised_small_words("Call " + "The " * 300_000)))
    """)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split() == ["0", "0", "1", "300000"]
