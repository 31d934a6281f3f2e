"""Dates from CLDR through Babel, per locale: release lines, leads, datelines."""

from __future__ import annotations

import datetime as dt

import pytest

from editor_app.core.dates import (
    LocaleError,
    dateline,
    lead_when,
    parse_locale,
    release_date_line,
    usable_locale,
)
from editor_app.core.model import FirstOfMonth, Readout
from editor_app.core.render import Renderer

MARCH_26 = dt.date(2025, 3, 26)


@pytest.mark.parametrize(
    ("locale", "lang", "expected"),
    [
        ("en_US", "en", "March 26, 2025"),
        ("en_GB", "en", "26 March 2025"),
        ("es_MX", "es", "26 de marzo de 2025"),
        ("es_ES", "es", "26 de marzo de 2025"),
        ("es_US", "es", "26 de marzo de 2025"),
        ("es_419", "es", "26 de marzo de 2025"),
    ],
)
def test_release_date_per_locale(locale: str, lang: str, expected: str) -> None:
    assert release_date_line(MARCH_26, locale, lang) == expected  # type: ignore[arg-type]


def test_yesterday_lead(example: Readout, renderer: Renderer) -> None:
    example.event_date = dt.date(2025, 3, 25)
    assert renderer.render(example, "en").lead.startswith("Yesterday Deputy Secretary of State")
    assert renderer.render(example, "es").lead.startswith("Ayer, el subsecretario de Estado")


def test_on_date_lead(example: Readout, renderer: Renderer) -> None:
    example.event_date = dt.date(2025, 3, 24)
    assert renderer.render(example, "en").lead.startswith("On March 24, Deputy Secretary of State")
    assert renderer.render(example, "es").lead.startswith("El 24 de marzo, el subsecretario")


def test_event_in_another_year_names_the_year() -> None:
    text = lead_when(dt.date(2024, 12, 30), dt.date(2025, 1, 2), "es_MX", "es")
    assert text == "El 30 de diciembre de 2024"
    assert lead_when(dt.date(2024, 12, 30), dt.date(2025, 1, 2), "en_US", "en") == (
        "On December 30, 2024"
    )


@pytest.mark.parametrize(
    ("setting", "release", "lead"),
    [
        (FirstOfMonth.NUMERAL, "1 de marzo de 2025", "El 1 de marzo"),
        (FirstOfMonth.ORDINAL, "1.º de marzo de 2025", "El 1.º de marzo"),
        (FirstOfMonth.WORD, "primero de marzo de 2025", "El primero de marzo"),
    ],
)
def test_first_of_month_setting(setting: FirstOfMonth, release: str, lead: str) -> None:
    first = dt.date(2025, 3, 1)
    assert release_date_line(first, "es_MX", "es", setting) == release
    assert lead_when(first, dt.date(2025, 3, 4), "es_ES", "es", setting) == lead
    # English is not affected by the Spanish setting.
    assert release_date_line(first, "en_US", "en", setting) == "March 1, 2025"


def test_first_of_month_only_touches_day_one() -> None:
    assert release_date_line(dt.date(2025, 3, 11), "es_MX", "es", FirstOfMonth.WORD) == (
        "11 de marzo de 2025"
    )


def test_datelines() -> None:
    assert dateline("Oaxaca de Juárez", MARCH_26, "es_MX", "es") == "Oaxaca de Juárez, 26 de marzo."
    assert dateline("Oaxaca de Juárez", MARCH_26, "en_US", "en") == "OAXACA DE JUÁREZ, March 26 —"
    assert dateline("  ", MARCH_26, "en_US", "en") == ""


def test_es_es_and_es_mx_render_the_same_dates_with_their_locale(
    example: Readout, renderer: Renderer
) -> None:
    example.locales.es = "es_ES"
    example.counterparts[0].country = "ES"
    draft = renderer.render(example, "es")
    assert draft.locale == "es_ES"
    assert draft.release_date == "26 de marzo de 2025"
    # Spain's title of office comes from the glossary's country variant (its usual form;
    # the official one never runs into "de España" after its own commas).
    assert "el ministro de Asuntos Exteriores de España, Juan Ramón" in draft.lead
    example.locales.en = "en_GB"
    assert renderer.render(example, "en").release_date == "26 March 2025"


def test_unknown_locale_is_an_error_but_rendering_falls_back() -> None:
    with pytest.raises(LocaleError, match="unknown locale 'xx_YY'"):
        parse_locale("xx_YY")
    assert usable_locale("xx_YY", "es") == "es_MX"
    assert usable_locale("en_GB", "es") == "es_MX"
    assert usable_locale("es-419", "es") == "es_419"
