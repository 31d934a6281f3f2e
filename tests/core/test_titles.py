"""Titles of office in every form: full, short, headline, official and the lead form, in
both languages and genders; how they stand with names; offices of the U.S. and of
international organisations; a foreign minister's lead and headline per country."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from editor_app.core.draft import LANGS, Lang
from editor_app.core.glossary import GlossaryError, load_glossary
from editor_app.core.language import References
from editor_app.core.model import (
    Gender,
    Kind,
    Official,
    Readout,
    Settings,
    TitleStyle,
)
from editor_app.core.render import Renderer
from editor_app.core.store import dumps, parse_text
from editor_app.core.title_data import FORM_NAMES
from editor_app.core.title_phrases import insert_demonym
from editor_app.core.validate import validate

LEADS = Path(__file__).parents[1] / "fixtures" / "glossary" / "minister_leads.tsv"
GENDERS = (Gender.MASCULINE, Gender.FEMININE)
LOCALES = {"en": ("en_US",), "es": ("es_MX", "es_ES")}
# A country, one with an article, an organisation, and the issuer itself.
HOLDERS = ("FR", "GB", "NATO", "EU", "US")


def _people(title: str, code: str, gender: Gender, posting: str = "") -> Official:
    return Official("Ana", "Pérez", gender, title, country=code, posting=posting)


def test_every_title_has_every_form_in_both_languages_and_genders_and_a_source() -> None:
    glossary = load_glossary()
    assert len(glossary.titles) >= 100
    checked = 0
    for entry in glossary.titles.values():
        assert entry.source, entry.key
        for variant in entry.variants():
            for gender in GENDERS:
                for name in FORM_NAMES:
                    en = variant.form("en", gender).get(name)
                    es = variant.form("es", gender).get(name)
                    assert en.strip() == en and en[:1].isupper(), (entry.key, name, en)
                    # Spanish titles of office are lowercase; institutions keep capitals.
                    assert es.strip() == es and es[:1].islower(), (entry.key, name, es)
                    checked += 2
    assert checked > 2000


@pytest.mark.parametrize("lang", LANGS)
def test_every_title_stands_with_a_name_without_naming_its_country_twice(lang: Lang) -> None:
    glossary = load_glossary()
    for locale in LOCALES[lang]:
        for style in TitleStyle:
            refs = References(glossary, lang, locale, "US", Settings(titles=style))
            for key in glossary.titles:
                for code in HOLDERS:
                    for gender in GENDERS:
                        person = refs.person(_people(key, code, gender))
                        texts = (person.first, person.later, person.later_with_country)
                        for text in texts:
                            assert "  " not in text and not text.endswith(" "), text
                            name = glossary.country_name(code, locale)
                            assert len(re.findall(rf"\b{name}\b", text)) <= 1, text
                            assert text.count("Unión") <= 1 and text.count("Union") <= 1, text
                        # Never a title that runs into "de España" after its own commas.
                        if lang == "es" and person.first.count(",") > 1:
                            assert not re.search(rf", [^,]*\b{name}, Ana", person.first)


def test_a_comma_bearing_title_stands_after_the_name_in_english() -> None:
    glossary = load_glossary()
    official = Settings(titles=TitleStyle.OFFICIAL)
    albares = Official("José", "Pérez", Gender.MASCULINE, "foreign_minister", country="ES")
    en = References(glossary, "en", "en_US", "US", official).person(albares)
    assert en.first == (
        "José Pérez, Spain's Minister of Foreign Affairs, European Union and Cooperation"
    )
    assert en.close == ","
    es = References(glossary, "es", "es_MX", "US", official).person(albares)
    assert es.first == (
        "el ministro español de Asuntos Exteriores, Unión Europea y Cooperación, José Pérez"
    )
    usual = References(glossary, "en", "en_US", "US").person(albares)
    assert usual.first == "Spanish Foreign Minister José Pérez" and usual.close == ""
    assert References(glossary, "es", "es_ES", "US").person(albares).first == (
        "el ministro de Asuntos Exteriores de España, José Pérez"
    )


def test_the_official_form_is_a_house_setting_kept_in_the_file(renderer: Renderer) -> None:
    readout = _call("ES", Gender.MASCULINE, "José Manuel", "Albares", "es_MX", "official")
    parsed = parse_text(_saved(readout), "x.readout")
    assert parsed.problems == []
    assert parsed.readout.settings.titles is TitleStyle.OFFICIAL
    lead = renderer.render(parsed.readout, "en").lead
    assert "Albares, Spain’s Minister of Foreign Affairs, European Union and Cooperation." in lead


def test_a_long_title_after_the_name_closes_its_comma_before_the_sentence_goes_on(
    renderer: Renderer,
) -> None:
    readout = _call("ES", Gender.MASCULINE, "José Manuel", "Albares", "es_MX", "official")
    readout.purpose.en = "to discuss Ukraine"
    readout.purpose.es = "para abordar Ucrania"
    assert renderer.render(readout, "en").lead == (
        "Today Secretary of State Marco Rubio spoke with José Manuel Albares, Spain’s Minister"
        " of Foreign Affairs, European Union and Cooperation, to discuss Ukraine."
    )
    readout.principal = Official(
        "Ana", "Pérez", Gender.FEMININE, "under_secretary_foreign_assistance"
    )
    assert renderer.render(readout, "en").lead.startswith(
        "Today Ana Pérez, Under Secretary of State for Foreign Assistance, Humanitarian Affairs,"
        " and Religious Freedom, spoke with"
    )


def test_spanish_titles_follow_the_locale() -> None:
    glossary = load_glossary()
    barrot = Official("Jean-Noël", "Barrot", Gender.MASCULINE, "foreign_minister", country="FR")
    mx = References(glossary, "es", "es_MX", "US").person(barrot)
    es = References(glossary, "es", "es_ES", "US").person(barrot)
    assert mx.first == "el ministro de Relaciones Exteriores de Francia, Jean-Noël Barrot"
    assert (mx.later, mx.later_with_country) == (
        "el canciller Barrot",
        "el canciller francés Barrot",
    )
    assert es.first == "el ministro de Asuntos Exteriores de Francia, Jean-Noël Barrot"
    assert (es.later, es.later_with_country) == (
        "el ministro Barrot",
        "el ministro francés de Exteriores Barrot",
    )


def test_a_chancellors_foreign_minister_is_never_the_canciller() -> None:
    glossary = load_glossary()
    for code, offices in glossary.offices.items():
        if offices.head_of_government != "chancellor":
            continue
        minister = glossary.office_title(code, "foreign_minister")
        assert minister is not None
        for locale in LOCALES["es"]:
            for gender in GENDERS:
                form = minister.form("es", gender, locale=locale)
                assert "canciller" not in (form.short, form.get("headline")), code


def test_the_uk_foreign_secretary_in_spanish() -> None:
    # "ministro de Asuntos Exteriores" (Fundéu, EFE): in Spanish a "secretario de Estado" is
    # a junior rank and would read as the U.S. Secretary's title; the official name stays a
    # house choice.
    glossary = load_glossary()
    cooper = Official("Yvette", "Cooper", Gender.FEMININE, "foreign_minister", country="GB")
    usual = References(glossary, "es", "es_MX", "US").person(cooper)
    assert usual.first == "la ministra de Asuntos Exteriores del Reino Unido, Yvette Cooper"
    official = References(
        glossary, "es", "es_MX", "US", Settings(titles=TitleStyle.OFFICIAL)
    ).person(cooper)
    assert official.first == (
        "la secretaria de Estado británica de Asuntos Exteriores, de la Commonwealth y de "
        "Desarrollo, Yvette Cooper"
    )


@pytest.mark.parametrize(
    ("title", "code", "en", "es"),
    [
        (
            "secretary_general",
            "NATO",
            ("NATO Secretary General Mark Rutte", "NATO Secretary General Rutte"),
            (
                "el secretario general de la OTAN, Mark Rutte",
                "el secretario general de la OTAN Rutte",
            ),
        ),
        (
            "secretary_general",
            "UN",
            ("UN Secretary-General Mark Rutte", "UN Secretary-General Rutte"),
            (
                "el secretario general de la ONU, Mark Rutte",
                "el secretario general de la ONU Rutte",
            ),
        ),
        (
            "secretary_general",
            "OAS",
            ("OAS Secretary General Mark Rutte", "OAS Secretary General Rutte"),
            (
                "el secretario general de la OEA, Mark Rutte",
                "el secretario general de la OEA Rutte",
            ),
        ),
        (
            "managing_director",
            "IMF",
            ("IMF Managing Director Mark Rutte", "IMF Managing Director Rutte"),
            ("el director gerente del FMI, Mark Rutte", "el director gerente del FMI Rutte"),
        ),
        (
            "high_representative_eu",
            "EU",
            (
                "EU High Representative for Foreign Affairs and Security Policy Mark Rutte",
                "EU High Representative Rutte",
            ),
            (
                "el alto representante para Asuntos Exteriores y Política de Seguridad de la "
                "Unión Europea, Mark Rutte",
                "el alto representante de la Unión Europea Rutte",
            ),
        ),
    ],
)
def test_an_organisations_official_keeps_it_in_every_reference(
    title: str, code: str, en: tuple[str, str], es: tuple[str, str]
) -> None:
    glossary = load_glossary()
    rutte = Official("Mark", "Rutte", Gender.MASCULINE, title, country=code)
    for lang, (first, later) in (("en", en), ("es", es)):
        person = References(glossary, lang, LOCALES[lang][0], "US").person(rutte)  # type: ignore[arg-type]
        assert (person.first, person.later) == (first, later)
        assert person.later_with_country == later
        assert not person.is_issuer


def test_the_eu_high_representatives_official_title_names_the_union_once() -> None:
    glossary = load_glossary()
    kallas = Official("Kaja", "Kallas", Gender.FEMININE, "high_representative_eu", country="EU")
    official = Settings(titles=TitleStyle.OFFICIAL)
    es = References(glossary, "es", "es_MX", "US", official).person(kallas)
    assert es.first == (
        "la alta representante de la Unión para Asuntos Exteriores y Política de Seguridad y "
        "vicepresidenta de la Comisión Europea, Kaja Kallas"
    )
    en = References(glossary, "en", "en_US", "US", official).person(kallas)
    assert en.first == (
        "Kaja Kallas, High Representative of the Union for Foreign Affairs and Security Policy "
        "and Vice-President of the European Commission"
    )


def test_ambassadors_name_their_posting_both_ways() -> None:
    glossary = load_glossary()
    male, female = Gender.MASCULINE, Gender.FEMININE
    johnson = Official("Ronald", "Johnson", male, "ambassador", country="US", posting="MX")
    moctezuma = Official("Esteban", "Moctezuma", male, "ambassador", country="MX", posting="US")
    landau = Official(
        "Ana", "Landau", female, "permanent_representative", country="US", posting="OAS"
    )
    charge = Official("John", "Doe", male, "charge_d_affaires", country="US", posting="VE")
    en = References(glossary, "en", "en_US", "US")
    es = References(glossary, "es", "es_MX", "US")
    assert en.person(johnson).first == "U.S. Ambassador to Mexico Ronald Johnson"
    assert es.person(johnson).first == "el embajador de Estados Unidos en México, Ronald Johnson"
    assert en.person(moctezuma).first == (
        "Mexican Ambassador to the United States Esteban Moctezuma"
    )
    assert es.person(moctezuma).first == (
        "el embajador de México en Estados Unidos, Esteban Moctezuma"
    )
    assert (en.person(moctezuma).later, es.person(moctezuma).later_with_country) == (
        "Ambassador Moctezuma",
        "el embajador mexicano Moctezuma",
    )
    assert en.person(landau).first == (
        "U.S. Permanent Representative to the Organization of American States Ana Landau"
    )
    assert es.person(landau).first == (
        "la representante permanente de Estados Unidos ante la OEA, Ana Landau"
    )
    assert en.person(charge).first == "U.S. Chargé d'Affaires in Venezuela John Doe"
    assert es.person(charge).first == (
        "el encargado de negocios de Estados Unidos en Venezuela, John Doe"
    )


def test_every_us_office_a_readout_names() -> None:
    glossary = load_glossary()
    bureaus = [
        "western_hemisphere",
        "european",
        "east_asian",
        "near_eastern",
        "south_central_asian",
        "african",
        "international_organization",
        "consular",
        "diplomatic_security",
        "narcotics_law_enforcement",
        "population_refugees_migration",
        "democracy_human_rights_labor",
        "political_military",
    ]
    for bureau in bureaus:
        assert glossary.has_title(f"assistant_secretary_{bureau}"), bureau
    for key in (
        "secretary_of_state",
        "deputy_secretary_of_state",
        "deputy_secretary_of_state_for_management",
        "under_secretary_political_affairs",
        "under_secretary_economic_affairs",
        "under_secretary_management",
        "under_secretary_arms_control",
        "under_secretary_public_diplomacy",
        "under_secretary_foreign_assistance",
        "special_envoy",
        "special_presidential_envoy",
        "special_representative",
        "ambassador",
        "charge_d_affaires",
        "spokesperson",
        "principal_deputy_spokesperson",
        "deputy_spokesperson",
    ):
        assert glossary.has_title(key), key
    wha = glossary.title("assistant_secretary_european").form("es", Gender.FEMININE)
    assert wha.full == "secretaria adjunta de Estado para Asuntos Europeos y Euroasiáticos"


def test_the_demonym_follows_the_head_of_a_spanish_title() -> None:
    assert insert_demonym("ministro de Asuntos Exteriores", "español") == (
        "ministro español de Asuntos Exteriores"
    )
    assert insert_demonym("canciller", "mexicano") == "canciller mexicano"
    assert insert_demonym("primer ministro", "británico") == "primer ministro británico"
    assert insert_demonym("secretario de Estado de Asuntos Exteriores", "británico") == (
        "secretario de Estado británico de Asuntos Exteriores"
    )
    assert insert_demonym("cardenal secretario de Estado", "vaticano") == (
        "cardenal secretario de Estado vaticano"
    )


def test_a_counterpart_left_without_a_country_is_asked_for_never_made_american() -> None:
    glossary = load_glossary()
    readout = _call("ES", Gender.MASCULINE, "José Manuel", "Albares", "es_MX", "usual")
    data = json.loads(_saved(readout))
    del data["counterparts"][0]["country"]
    parsed = parse_text(json.dumps(data), "x.readout")
    assert parsed.readout.counterparts[0].country == ""
    problems = [str(p) for p in validate(parsed.readout, glossary)]
    assert "counterparts[0].country: a country is needed" in problems
    # The principal is the issuer's own official when the file does not say.
    del data["principal"]["country"]
    assert parse_text(json.dumps(data), "x.readout").readout.principal.country == "US"


def test_an_unknown_posting_is_a_problem_naming_the_field() -> None:
    glossary = load_glossary()
    readout = _call("MX", Gender.MASCULINE, "Esteban", "Moctezuma", "es_MX", "usual")
    readout.counterparts[0].title = "ambassador"
    readout.counterparts[0].posting = "XX"
    problems = [str(p) for p in validate(readout, glossary)]
    assert any(p.startswith("counterparts[0].posting: unknown country code 'XX'") for p in problems)


def test_malformed_title_forms_name_the_file_and_the_field(tmp_path: Path) -> None:
    (tmp_path / "titles.json").write_text(
        json.dumps({"envoy": {"en": {"full": "Envoy"}, "es": {}, "names_body": "yes"}}), "utf-8"
    )
    with pytest.raises(GlossaryError, match=r"titles\.json: envoy\.es\.masculine"):
        load_glossary(tmp_path)
    (tmp_path / "titles.json").write_text(
        json.dumps(
            {
                "envoy": {
                    "en": {"full": "Envoy"},
                    "es": {"masculine": {"full": "enviado"}, "feminine": {"full": "enviada"}},
                    "names_body": "yes",
                }
            }
        ),
        "utf-8",
    )
    with pytest.raises(GlossaryError, match=r"envoy\.names_body"):
        load_glossary(tmp_path)


def _call(
    code: str, gender: Gender | str, given: str, surname: str, locale: str, style: str
) -> Readout:
    readout = Readout()
    readout.kind = Kind.BILATERAL_CALL
    readout.event_date = readout.release_date = dt.date(2025, 10, 1)
    readout.principal = Official(
        "Marco", "Rubio", Gender.MASCULINE, "secretary_of_state", country="US"
    )
    if isinstance(gender, str):
        gender = {"m": Gender.MASCULINE, "f": Gender.FEMININE}.get(gender, Gender.UNSPECIFIED)
    readout.counterparts = [Official(given, surname, gender, "foreign_minister", country=code)]
    readout.attribution.name = "Tommy Pigott"
    readout.attribution.gender = Gender.MASCULINE
    readout.locales.es = locale
    readout.settings.titles = TitleStyle(style)
    return readout


def _saved(readout: Readout) -> str:
    return dumps(readout)


def _lead_rows() -> list[list[str]]:
    lines = LEADS.read_text("utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


def test_the_lead_table_covers_25_countries_in_every_region() -> None:
    codes = {row[0] for row in _lead_rows()}
    assert len(codes) >= 25
    regions = (
        {"MX", "AR", "BR", "CO", "CA", "JM"},
        {"ES", "GB", "FR", "DE", "UA", "PL"},
        {"IN", "JP", "PH", "ID"},
        {"EG", "MA", "TR"},
        {"ZA", "KE", "NG"},
        {"AU"},
    )
    assert all(codes & region for region in regions)


@pytest.mark.parametrize("row", _lead_rows(), ids=lambda row: f"{row[0]}-{row[4]}-{row[5]}")
def test_a_foreign_ministers_lead_and_headline_as_a_press_officer_writes_them(
    row: list[str], renderer: Renderer
) -> None:
    code, gender, given, surname, locale, style, en_title, en_lead, es_title, es_lead = row
    readout = _call(code, gender, given, surname, locale, style)
    en, es = renderer.render(readout, "en"), renderer.render(readout, "es")
    assert (en.title, en.lead) == (en_title, en_lead)
    assert (es.title, es.lead) == (es_title, es_lead)


def test_a_title_after_the_name_closes_its_comma_in_a_list_of_counterparts(
    renderer: Renderer,
) -> None:
    readout = _call("ES", Gender.MASCULINE, "José Manuel", "Albares", "es_MX", "official")
    readout.counterparts.append(
        Official("Jean-Noël", "Barrot", Gender.MASCULINE, "foreign_minister", country="FR")
    )
    assert renderer.render(readout, "en").lead == (
        "Today Secretary of State Marco Rubio spoke with José Manuel Albares, Spain’s Minister"
        " of Foreign Affairs, European Union and Cooperation, and French Minister for Europe"
        " and Foreign Affairs Jean-Noël Barrot."
    )
