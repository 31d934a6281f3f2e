"""What the parity checks compare: dates, numbers, countries and surnames by meaning."""

from __future__ import annotations

import pytest

from editor_app.core.checks.values import (
    find_countries,
    find_dates,
    find_numbers,
    find_surname,
    number_values,
    spelled_values,
)
from editor_app.core.draft import Lang
from editor_app.core.glossary import load_glossary


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("March 25", "en", (3, 25, None, True)),
        ("March 26, 2025", "en", (3, 26, 2025, True)),
        ("26 March 2025", "en", (3, 26, 2025, False)),
        ("Sept. 3", "en", (9, 3, None, True)),
        ("25 de marzo", "es", (3, 25, None, False)),
        ("26 de marzo de 2025", "es", (3, 26, 2025, False)),
        ("Marzo 26, 2025", "es", (3, 26, 2025, True)),
        ("1.º de abril", "es", (4, 1, None, False)),
        ("primero de abril", "es", (4, 1, None, False)),
    ],
)
def test_dates_in_either_order(text: str, lang: Lang, expected: tuple[object, ...]) -> None:
    (date,) = find_dates(f"Se dijo el {text}.", lang)
    assert (date.month, date.day, date.year, date.month_first) == expected
    assert date.text == text


def test_a_month_without_a_day_is_no_date() -> None:
    assert find_dates("They may meet in May 2025 or in 2026.", "en") == ()
    assert find_dates("Lo verán en mayo de 2025.", "es") == ()


def test_same_day_ignores_a_missing_year() -> None:
    (en,) = find_dates("March 25", "en")
    (es,) = find_dates("25 de marzo de 2025", "es")
    (other,) = find_dates("25 de marzo de 2024", "es")
    assert en.same_day(es) and en.same_day(other) and not es.same_day(other)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("2019", {2019}),
        ("1,000", {1000, 1.0}),
        ("1.000", {1000, 1.0}),
        ("2,5", {2.5}),
        ("1.000.000", {1e6}),
        ("12,000.5", {12000.5}),
        ("1\u00a0000", {1000}),
        ("25th", {25}),
        ("1,00,0", set()),
    ],
)
def test_number_values(text: str, values: set[float]) -> None:
    assert number_values(text) == values


def test_numbers_skip_dates_and_words_with_digits() -> None:
    text = "El 25 de marzo, el G7 y COVID-19 sumaron 3 millones."
    (date,) = find_dates(text, "es")
    found = find_numbers(text, "es", (date.span,))
    assert [(n.text, n.values) for n in found] == [
        ("19", frozenset({19.0})),
        ("3", frozenset({3e6})),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("mil agentes", "es", 1000),
        ("veinticinco países", "es", 25),
        ("treinta y cinco países", "es", 35),
        ("mil millones", "es", 1e9),
        ("dos millones", "es", 2e6),
        ("twenty-five nations", "en", 25),
        ("a thousand officers", "en", 1000),
        ("two billion", "en", 2e9),
    ],
)
def test_spelled_numbers(text: str, lang: Lang, value: float) -> None:
    assert value in spelled_values(text, lang)


def test_countries_by_name_short_form_and_demonym() -> None:
    glossary = load_glossary()
    en = find_countries(
        "U.S.-Mexico ties: Mexican and American officials, and us.", "en", "en_US", glossary
    )
    assert [(m.text, sorted(m.codes)) for m in en] == [
        ("U.S.", ["US"]),
        ("Mexico", ["MX"]),
        ("Mexican", ["MX"]),
        ("American", ["US"]),
    ]
    es = find_countries(
        "Estados Unidos y México; EE. UU., los mexicanos y el chile.", "es", "es_MX", glossary
    )
    assert [m.text for m in es] == ["Estados Unidos", "México", "EE. UU.", "mexicanos"]


def test_an_ambiguous_demonym_stands_for_every_country() -> None:
    (mention,) = find_countries("Dominican officials", "en", "en_US", load_glossary())
    assert mention.codes == {"DO", "DM"}


def test_surnames_ignore_case_of_particles() -> None:
    text = "El canciller De la Fuente y Juan Ramón de la Fuente"
    assert find_surname(text, "de la Fuente") == ((13, 25), (39, 51))
    assert find_surname("Fuentes", "Fuente") == ()


def test_surnames_keep_the_case_of_their_main_words() -> None:
    assert find_surname("Por la paz, dijo Paz.", "Paz") == ((17, 20),)
    assert find_surname("el canciller de la Fuente", "De la Fuente") == ((13, 25),)


def test_regions_of_the_americas_are_not_the_united_states() -> None:
    glossary = load_glossary()
    text = "Latin America, Central American states, the Organization of American States"
    assert find_countries(text, "en", "en_US", glossary) == ()
    (mention,) = find_countries("American citizens", "en", "en_US", glossary)
    assert mention.codes == {"US"}


@pytest.mark.parametrize(
    ("text", "lang", "days"),
    [
        ("25 y 26 de marzo", "es", (25, 26)),
        ("del 3 al 5 de abril", "es", (3, 5)),
        ("March 25-26, 2025", "en", (25, 26)),
        ("25–26 March", "en", (25, 26)),
    ],
)
def test_date_ranges(text: str, lang: Lang, days: tuple[int, int]) -> None:
    (date,) = find_dates(text, lang)
    assert (date.day, date.last_day) == days


def test_a_date_in_the_other_locale() -> None:
    (es,) = find_dates("Marzo 25-26", "es")
    assert es.phrase("es_MX", "es") == "25-26 de marzo"
    assert es.phrase("en_GB", "en") == "25-26 March"
    (en,) = find_dates("February 30", "en")
    assert en.phrase("es_MX", "es") == ""
