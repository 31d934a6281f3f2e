"""Field paths read as the form names them, in both UI languages; anything else stays as
given, and no path, however odd, makes labelling fail."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from editor_app.core.field_labels import field_label, field_name
from editor_app.core.messages import Localized


@pytest.mark.parametrize(
    ("path", "en", "es"),
    [
        # What validation names
        ("principal", "Principal", "Funcionario principal"),
        ("principal.title", "Principal · title", "Funcionario principal · cargo"),
        (
            "principal.custom_title",
            "Principal · custom title",
            "Funcionario principal · cargo personalizado",
        ),
        ("principal.country", "Principal · country", "Funcionario principal · país"),
        ("counterparts", "Counterparts", "Interlocutores"),
        ("counterparts[0]", "Counterpart 1", "Interlocutor 1"),
        ("counterparts[0].country", "Counterpart 1 · country", "Interlocutor 1 · país"),
        ("counterparts[11].title", "Counterpart 12 · title", "Interlocutor 12 · cargo"),
        ("locales.es", "Locales · Spanish", "Variantes · español"),
        ("locales.en", "Locales · English", "Variantes · inglés"),
        ("event_date", "Event date", "Fecha del evento"),
        ("group", "Group", "Grupo"),
        ("attribution.name", "Attribution · name", "Atribución · nombre"),
        ("attribution.role", "Attribution · role", "Atribución · cargo"),
        (
            "overrides.es.headline",
            "Hand edits · Spanish · headline",
            "Ediciones a mano · español · headline",
        ),
        # What the checks name
        ("points[2].es", "Point 3 · Spanish", "Punto 3 · español"),
        ("points[0].en", "Point 1 · English", "Punto 1 · inglés"),
        ("purpose.es", "Purpose · Spanish", "Propósito · español"),
        ("group.en", "Group · English", "Grupo · inglés"),
        # What reading a file names
        ("release_date", "Release date", "Fecha de publicación"),
        ("kind", "Kind", "Tipo"),
        ("points", "Talking points", "Puntos"),
        ("dateline.es", "Dateline · Spanish", "Data · español"),
        ("closing.en", "Closing · English", "Cierre · inglés"),
        (
            "principal.custom_title.es_full",
            "Principal · custom title · Spanish, full",
            "Funcionario principal · cargo personalizado · español, completo",
        ),
        ("overrides.es", "Hand edits · Spanish", "Ediciones a mano · español"),
        (
            "overrides.en.body.2",
            "Hand edits · English · Point 2",
            "Ediciones a mano · inglés · Punto 2",
        ),
        (
            "overrides.es.release_date",
            "Hand edits · Spanish · Release date",
            "Ediciones a mano · español · Fecha de publicación",
        ),
        ("settings.first_of_month", "Settings · first of the month", "Ajustes · primero del mes"),
        (
            "clearance.clearers[1].status",
            "Clearance sheet · clearing office 2 · status",
            "Hoja de autorización · oficina que autoriza 2 · estado",
        ),
        (
            "clearance.drafter.date",
            "Clearance sheet · drafted by · date",
            "Hoja de autorización · redactado por · fecha",
        ),
    ],
)
def test_field_paths_read_as_the_form_names_them(path: str, en: str, es: str) -> None:
    assert field_label(path, "en") == en
    assert field_label(path, "es") == es
    assert field_name(path) == Localized(en, es)


@pytest.mark.parametrize(
    "path",
    [
        "",
        "garbage",
        "points.es",  # a list's fields belong to its entries
        "points[2]x.es",
        "points[-1].es",
        "points[1e3].es",
        "points[٣].es",  # not an ASCII digit
        "points[2].fr",
        "points[2].es.more",
        "counterparts[99999999999999999999999999999999].country",
        "counterparts[" + "9" * 5000 + "].country",  # too long for int → str
        "principal[0].title",
        "principal..title",
        "principal.title\n",
        "principal.\x00title",
        "\x1b[31mred\x1b[0m",
        "overrides",
        "overrides.",
        "overrides.fr.title",
        "overrides.es.\x07bell",
        "overrides.es." + "x" * 500,
        "overrides.es. padded ",
        "." * 1000,
        "x" * 100_000,
    ],
)
def test_unknown_and_hostile_paths_stay_as_given(path: str) -> None:
    assert field_label(path, "en") == path
    assert field_label(path, "es") == path


def test_any_other_ui_language_reads_english() -> None:
    assert field_label("points[2].es", "fr") == "Point 3 · Spanish"


@given(st.text(max_size=200))
def test_any_text_labels_without_failing(path: str) -> None:
    for ui_lang in ("en", "es"):
        label = field_label(path, ui_lang)
        assert isinstance(label, str)
        assert label == path or label.isprintable()


@given(st.integers(min_value=0, max_value=999_999), st.sampled_from(["es", "en"]))
def test_any_point_number_reads_one_based(index: int, lang: str) -> None:
    assert field_label(f"points[{index}].{lang}", "es").startswith(f"Punto {index + 1} · ")
