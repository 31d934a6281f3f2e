"""Spanish house styles: titles in lowercase (RAE, the default) or capitalised as State's
translations write them; today's events in the preterite (Latin America) or the present
perfect (Spain), by the Spanish locale unless the house says otherwise. Each style is
compared whole, and kept out of the drafts that do not ask for it."""

from __future__ import annotations

import copy

import pytest

from editor_app.core.checks.run import run_checks
from editor_app.core.model import (
    Bilingual,
    Gender,
    Kind,
    Readout,
    SpanishTense,
    SpanishTitles,
    TalkingPoint,
)
from editor_app.core.parse import readout_from_dict, readout_to_dict
from editor_app.core.render import Renderer

LANDAU = "el subsecretario de Estado, Christopher Landau,"
DE_LA_FUENTE = "el secretario de Relaciones Exteriores de México, Juan Ramón de la Fuente,"
PURPOSE = (
    "para reafirmar el compromiso de Estados Unidos con la construcción de una nueva era de "
    "cooperación en seguridad entre Estados Unidos y México."
)


def _es(renderer: Renderer, readout: Readout) -> tuple[str, str, str, str]:
    draft = renderer.render(readout, "es")
    return draft.title, draft.attribution, draft.lead, draft.body[0]


def test_lowercase_titles_by_default(example: Readout, renderer: Renderer) -> None:
    assert example.settings.es_titles is SpanishTitles.LOWERCASE
    title, attribution, lead, point = _es(renderer, example)
    assert title == "Llamada del subsecretario Landau con el canciller mexicano De la Fuente"
    assert attribution == (
        "Las declaraciones a continuación deben atribuirse a la portavoz Tammy Bruce:"
    )
    assert lead == f"Hoy, {LANDAU} conversó con {DE_LA_FUENTE} {PURPOSE}"
    assert point == (
        "Esta fue la primera llamada oficial del subsecretario Landau tras su toma de "
        "posesión el 25 de marzo."
    )


def test_capitalised_titles_as_state_writes_them(example: Readout, renderer: Renderer) -> None:
    example.settings.es_titles = SpanishTitles.CAPITALISED
    title, attribution, lead, point = _es(renderer, example)
    assert title == "Llamada del Subsecretario Landau con el Canciller mexicano De la Fuente"
    assert attribution == (
        "Las declaraciones a continuación deben atribuirse a la Portavoz, Tammy Bruce:"
    )
    assert lead == (
        "Hoy, el Subsecretario de Estado, Christopher Landau, conversó con el Secretario de "
        f"Relaciones Exteriores de México, Juan Ramón de la Fuente, {PURPOSE}"
    )
    assert point == (
        "Esta fue la primera llamada oficial del Subsecretario Landau tras su toma de "
        "posesión el 25 de marzo."
    )
    # English is untouched by a Spanish style.
    english = copy.deepcopy(example)
    english.settings.es_titles = SpanishTitles.LOWERCASE
    assert renderer.render(example, "en") == renderer.render(english, "en")


def test_capitalised_attribution_of_a_male_spokesperson(
    example: Readout, renderer: Renderer
) -> None:
    example.settings.es_titles = SpanishTitles.CAPITALISED
    example.attribution.name, example.attribution.gender = "Ned Price", Gender.MASCULINE
    assert renderer.render(example, "es").attribution == (
        "Las declaraciones a continuación deben atribuirse al Portavoz, Ned Price:"
    )
    example.attribution.role = "principal_deputy_spokesperson"
    assert renderer.render(example, "es").attribution == (
        "Las declaraciones a continuación deben atribuirse al Portavoz Adjunto Principal, "
        "Ned Price:"
    )


def test_the_title_check_follows_the_house(example: Readout, renderer: Renderer) -> None:
    example.points.append(TalkingPoint(en="The Secretary agreed.", es="El secretario lo dijo."))

    def title_findings() -> list[str]:
        pair = renderer.render_pair(example)
        return [f.check_id for f in run_checks(example, pair) if f.check_id == "es.title-capital"]

    assert title_findings() == []
    example.points[-1].es = "Lo dijo el Secretario."
    assert title_findings() == ["es.title-capital"]
    example.settings.es_titles = SpanishTitles.CAPITALISED
    assert title_findings() == []


# The tense of today's events.


@pytest.mark.parametrize(
    ("locale", "tense", "verb"),
    [
        ("es_MX", SpanishTense.BY_LOCALE, "conversó"),
        ("es_US", SpanishTense.BY_LOCALE, "conversó"),
        ("es_419", SpanishTense.BY_LOCALE, "conversó"),
        ("es_ES", SpanishTense.BY_LOCALE, "ha conversado"),
        ("es_ES", SpanishTense.PRETERITE, "conversó"),
        ("es_MX", SpanishTense.PRESENT_PERFECT, "ha conversado"),
    ],
)
def test_todays_tense_by_locale_or_house(
    locale: str, tense: SpanishTense, verb: str, example: Readout, renderer: Renderer
) -> None:
    example.locales.es = locale
    example.settings.es_tense = tense
    assert renderer.render(example, "es").lead == (
        f"Hoy, {LANDAU} {verb} con {DE_LA_FUENTE} {PURPOSE}"
    )
    assert renderer.render(example, "en").lead.startswith("Today Deputy Secretary of State")


@pytest.mark.parametrize(
    ("key", "kind", "preterite", "perfect"),
    [
        ("spoke_with", Kind.BILATERAL_CALL, "conversó hoy con el", "ha conversado hoy con el"),
        ("talked_with", Kind.BILATERAL_CALL, "habló hoy con el", "ha hablado hoy con el"),
        (
            "held_call",
            Kind.BILATERAL_CALL,
            "sostuvo hoy una llamada con el",
            "ha sostenido hoy una llamada con el",
        ),
        (
            "joined_call",
            Kind.BILATERAL_CALL,
            "participó hoy en una llamada con el",
            "ha participado hoy en una llamada con el",
        ),
        (
            "received_call",
            Kind.BILATERAL_CALL,
            "recibió hoy una llamada del",
            "ha recibido hoy una llamada del",
        ),
        ("met_with", Kind.BILATERAL_MEETING, "se reunió hoy con el", "se ha reunido hoy con el"),
        ("hosted", Kind.BILATERAL_MEETING, "recibió hoy al", "ha recibido hoy al"),
        (
            "welcomed",
            Kind.BILATERAL_MEETING,
            "dio hoy la bienvenida al",
            "ha dado hoy la bienvenida al",
        ),
    ],
)
def test_every_verb_in_the_present_perfect(
    key: str, kind: Kind, preterite: str, perfect: str, example: Readout, renderer: Renderer
) -> None:
    from editor_app.core.model import TimePosition

    example.kind, example.lead.verb = kind, key
    example.settings.time_position = TimePosition.AFTER_VERB
    example.dateline = Bilingual()
    start = f"El subsecretario de Estado, Christopher Landau, {{}} {DE_LA_FUENTE[3:]}"
    example.settings.es_tense = SpanishTense.PRETERITE
    assert renderer.render(example, "es").lead.startswith(start.format(preterite))
    example.settings.es_tense = SpanishTense.PRESENT_PERFECT
    assert renderer.render(example, "es").lead.startswith(start.format(perfect))


def test_yesterday_stays_in_the_preterite_in_spain(example: Readout, renderer: Renderer) -> None:
    example.locales.es = "es_ES"
    example.event_date = example.release_date.replace(day=25)
    assert renderer.render(example, "es").lead == (
        f"Ayer, {LANDAU} conversó con {DE_LA_FUENTE} {PURPOSE}"
    )
    example.settings.es_tense = SpanishTense.PRESENT_PERFECT
    assert " conversó con " in renderer.render(example, "es").lead


def test_styles_are_kept_in_the_file(example: Readout) -> None:
    example.settings.es_titles = SpanishTitles.CAPITALISED
    example.settings.es_tense = SpanishTense.PRETERITE
    data = readout_to_dict(example)
    assert data["settings"]["es_titles"] == "capitalised"
    assert data["settings"]["es_tense"] == "preterite"
    back = readout_from_dict(data).readout.settings
    assert (back.es_titles, back.es_tense) == (SpanishTitles.CAPITALISED, SpanishTense.PRETERITE)
    del data["settings"]["es_titles"], data["settings"]["es_tense"]
    old = readout_from_dict(data).readout.settings  # a file from before the setting
    assert (old.es_titles, old.es_tense) == (SpanishTitles.LOWERCASE, SpanishTense.BY_LOCALE)


def test_an_unknown_style_is_refused_with_its_choices(example: Readout) -> None:
    from editor_app.core.parse import ReadoutInvalid

    data = readout_to_dict(example)
    data["settings"]["es_tense"] = "pluperfect"
    with pytest.raises(ReadoutInvalid) as caught:
        readout_from_dict(data)
    text = str(caught.value)
    assert "settings.es_tense" in text and "'present_perfect'" in text
