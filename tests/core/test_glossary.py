"""The glossary: titles in both languages and genders, countries from CLDR, user additions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from editor_app.core.glossary import GlossaryError, load_glossary
from editor_app.core.model import Gender

AMERICAS = "AG AR BS BB BZ BO BR CA CL CO CR CU DM DO EC SV GD GT GY HT HN JM MX NI PA PY PE"
AMERICAS += " KN LC VC SR TT US UY VE"
EU = "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE"
G20 = "AR AU BR CA CN FR DE IN ID IT JP KR MX RU SA ZA TR GB US EU"


@pytest.mark.parametrize("code", sorted(set(f"{AMERICAS} {EU} {G20}".split())))
def test_country_has_names_and_demonyms_in_both_languages(code: str) -> None:
    glossary = load_glossary()
    assert glossary.has_country(code)
    assert glossary.country_name(code, "es_MX") != code
    assert glossary.country_name(code, "en_US") != code
    for gender in (Gender.MASCULINE, Gender.FEMININE):
        assert glossary.demonym(code, "es", gender).islower()
    assert glossary.demonym(code, "en", Gender.FEMININE)[0].isupper()


def test_every_title_has_all_forms_and_spanish_is_lowercase() -> None:
    glossary = load_glossary()
    assert {"president", "secretary_of_state", "deputy_spokesperson"} <= set(glossary.titles)
    for entry in glossary.titles.values():
        for variant in [entry, *entry.countries.values()]:
            for form in (variant.es_masculine, variant.es_feminine):
                assert form.full[0].islower(), entry.key
                assert form.short[0].islower(), entry.key
            assert variant.en.full[0].isupper(), entry.key


def test_country_variant_of_a_title() -> None:
    title = load_glossary().title("foreign_minister")
    assert title.form("es", Gender.FEMININE, "MX").full == "secretaria de Relaciones Exteriores"
    assert title.form("es", Gender.MASCULINE, "ES").full.startswith(
        "ministro de Asuntos Exteriores"
    )
    assert title.form("en", Gender.MASCULINE, "MX").full == "Foreign Secretary"
    assert title.form("en", Gender.MASCULINE, "BR").full == "Foreign Minister"
    # Unspecified gender takes the generic masculine in Spanish.
    assert title.form("es", Gender.UNSPECIFIED, "BR").full == "ministro de Relaciones Exteriores"


def test_user_folder_adds_and_overrides(tmp_path: Path) -> None:
    (tmp_path / "titles.json").write_text(
        json.dumps(
            {
                "ambassador": {
                    "en": {"full": "Ambassador Extraordinary", "short": "Ambassador"},
                    "es": {
                        "masculine": {"full": "embajador extraordinario", "short": "embajador"},
                        "feminine": {"full": "embajadora extraordinaria", "short": "embajadora"},
                    },
                }
            }
        ),
        "utf-8",
    )
    (tmp_path / "countries.json").write_text(
        json.dumps({"demonyms": {"XK": ["Kosovar", "kosovar", "kosovar"]}}), "utf-8"
    )
    glossary = load_glossary(tmp_path)
    assert glossary.title("ambassador").en.full == "Ambassador Extraordinary"
    assert glossary.has_country("XK") and glossary.has_title("president")


def test_broken_user_glossary_names_the_file(tmp_path: Path) -> None:
    (tmp_path / "titles.json").write_text("{\n  broken", "utf-8")
    with pytest.raises(GlossaryError, match=r"titles\.json: line 2, column 3"):
        load_glossary(tmp_path)
    (tmp_path / "titles.json").write_text('{"x": {"en": "X"}}', "utf-8")
    with pytest.raises(GlossaryError, match=r"titles\.json: x"):
        load_glossary(tmp_path)
