"""Typographic apostrophes and quotation marks by default; straight ones as a house setting;
the officer's hand edits kept as typed."""

from __future__ import annotations

import pytest

from editor_app.core.model import Override, Quotes, Readout, TalkingPoint
from editor_app.core.render import Renderer
from editor_app.core.typography import typographic


@pytest.mark.parametrize(
    ("straight", "curly"),
    [
        ("Landau's call", "Landau’s call"),
        ('He said "yes."', "He said “yes.”"),
        ("('quoted')", "(‘quoted’)"),
        ("the '90s", "the ’90s"),
        ('"Mexico\'s"—"done"', "“Mexico’s”—“done”"),
        ("no marks at all", "no marks at all"),
    ],
)
def test_marks_open_and_close(straight: str, curly: str) -> None:
    assert typographic(straight) == curly


def test_spanish_takes_angle_quotes() -> None:
    assert typographic('el "nuevo" acuerdo', "es") == "el «nuevo» acuerdo"
    assert typographic("('cita')", "es") == "(‘cita’)"


def test_the_example_reads_as_the_seed_writes_it(example: Readout, renderer: Renderer) -> None:
    en = renderer.render(example, "en")
    assert en.title == "Deputy Secretary Landau’s Call with Mexican Foreign Secretary de la Fuente"
    assert "This was Deputy Secretary Landau’s first official call" in en.as_text()
    assert "'" not in en.as_text()


def test_straight_marks_as_a_house_setting(example: Readout, renderer: Renderer) -> None:
    example.settings.quotes = Quotes.STRAIGHT
    example.points.append(
        TalkingPoint(en='They called it "historic."', es='Lo llamaron "histórico".')
    )
    en = renderer.render(example, "en")
    es = renderer.render(example, "es")
    assert en.title == "Deputy Secretary Landau's Call with Mexican Foreign Secretary de la Fuente"
    assert en.body[-1] == 'They called it "historic."'
    assert es.body[-1] == 'Lo llamaron "histórico".'
    for text in (en.as_text(), es.as_text()):
        assert not set("‘’“”«»") & set(text)


def test_quotes_in_points_both_languages(example: Readout, renderer: Renderer) -> None:
    example.points = [TalkingPoint(en='They called it "historic."', es='Lo llamaron "histórico".')]
    assert renderer.render(example, "en").body == ["They called it “historic.”"]
    assert renderer.render(example, "es").body == ["Lo llamaron «histórico»."]


def test_hand_edits_keep_the_marks_typed(example: Readout, renderer: Renderer) -> None:
    example.overrides["en"]["title"] = Override("Landau's call")
    assert renderer.render(example, "en").title == "Landau's call"
