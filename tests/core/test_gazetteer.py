"""The bilingual gazetteer: CLDR's exemplar cities and the house exonyms, fed to spelling."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from babel import Locale
from babel.dates import get_timezone_location

from editor_app.core.draft import Lang
from editor_app.core.gazetteer import CLDR_FILE, GazetteerError, load_gazetteer
from editor_app.core.spelling.checker import SpellChecker

CLDR_PATH = Path(__file__).parents[2] / "resources" / "gazetteer" / CLDR_FILE


@pytest.fixture(scope="module")
def strict(tmp_path_factory: pytest.TempPathFactory) -> SpellChecker:
    """The real enchant checker, checking words in capitals too."""
    return SpellChecker(user_dir=tmp_path_factory.mktemp("user"), ignore_uppercase=False)


def flagged(checker: SpellChecker, text: str, lang: Lang) -> list[str]:
    return [m.word for m in checker.check_text(text, lang)]


def test_capitals_cities_regions_seas_and_straits() -> None:
    gazetteer = load_gazetteer()
    assert len(gazetteer.of_kind("city")) >= 150
    assert len(gazetteer.of_kind("region")) >= 30
    assert len(gazetteer.of_kind("sea")) >= 20
    assert len(gazetteer.of_kind("strait")) >= 15
    houses = {
        "Moscow": "Moscú",
        "Beijing": "Pekín",
        "London": "Londres",
        "Riyadh": "Riad",
        "Kyiv": "Kiev",
        "New Delhi": "Nueva Delhi",
        "Washington, D.C.": "Washington D.C.",
        "Brussels": "Bruselas",
        "Geneva": "Ginebra",
        "Port-au-Prince": "Puerto Príncipe",
        "Strait of Hormuz": "estrecho de Ormuz",
        "Indo-Pacific": "Indo-Pacífico",
        "South China Sea": "mar de la China Meridional",
    }
    assert {en: gazetteer.translate(en, "es") for en in houses} == houses
    assert gazetteer.translate("Pekín", "en") == "Beijing"
    kyiv = gazetteer.find("Kyiv")
    assert kyiv is not None and kyiv.names("es") == ("Kiev", "Kyiv")  # a house may choose
    assert gazetteer.translate("Kyiv", "es", prefer={"Kyiv"}) == "Kyiv"
    assert gazetteer.translate("Kiev", "en", prefer={"Kyiv"}) == "Kyiv"
    assert gazetteer.translate("Moscow", "es", prefer={"Kyiv"}) == "Moscú"


def test_cldr_exemplar_cities_fill_the_rest_and_the_file_follows_babel() -> None:
    gazetteer = load_gazetteer()
    assert gazetteer.translate("Ouagadougou", "es") == "Uagadugú"  # from CLDR only
    cities = json.loads(CLDR_PATH.read_text("utf-8"))["cities"]
    assert len(cities) > 300
    es, en = Locale.parse("es"), Locale.parse("en")
    for city in cities[::7]:
        for locale, name in ((en, city["en"]), (es, city["es"])):
            got = str(get_timezone_location(city["zone"], locale=locale, return_city=True))
            assert got.split(",")[0] == name, "stale: run python tools/gazetteer.py"


@pytest.mark.parametrize("lang", ["es", "en"])
def test_every_place_name_is_accepted_in_its_language(strict: SpellChecker, lang: Lang) -> None:
    names = sorted(load_gazetteer().names(lang))
    assert [n for n in names if flagged(strict, n, lang)] == []


def test_crafted_misspellings_of_places_are_still_flagged(strict: SpellChecker) -> None:
    assert flagged(strict, "Viajó a Moscu y a Bejing.", "es") == ["Moscu", "Bejing"]
    assert flagged(strict, "He traveled to Moscu and Bejing.", "en") == ["Moscu", "Bejing"]
    assert flagged(strict, "Llegó a Ginebr.", "es") == ["Ginebr"]


def test_each_language_gets_its_own_names(strict: SpellChecker) -> None:
    assert flagged(strict, "Pekín", "es") == [] and flagged(strict, "Pekín", "en") == ["Pekín"]
    assert flagged(strict, "Ginebra", "en") == ["Ginebra"]


def test_a_hyphenated_name_is_one_word_for_spelling(strict: SpellChecker) -> None:
    assert flagged(strict, "in Port-au-Prince and Bissau-Guinean", "en") == []
    assert flagged(strict, "en Guinea-Bisáu y Porto-Novo", "es") == []
    # The parts are no words of their own, and a misspelt part is still found.
    assert flagged(strict, "au", "en") == ["au"]
    assert flagged(strict, "in Port-au-Prinse", "en") == ["au", "Prinse"]


def test_a_user_gazetteer_adds_places_and_a_broken_one_names_the_file(tmp_path: Path) -> None:
    good, bad = tmp_path / "good", tmp_path / "bad"
    good.mkdir()
    bad.mkdir()
    place = {"kind": "city", "en": "Ciudad del Este", "es": "Ciudad del Este", "country": "PY"}
    (good / "places.json").write_text(json.dumps({"places": [place]}), "utf-8")
    assert load_gazetteer(good).find("ciudad del este") is not None
    (bad / "places.json").write_text(json.dumps({"places": [{"kind": "moon"}]}), "utf-8")
    with pytest.raises(GazetteerError, match=r"places\.json: places\[0\]: kind must be one of"):
        load_gazetteer(bad)
