"""Every country in the glossary: names, articles, demonyms and the titles of its offices."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from editor_app.core.glossary import OFFICES, GlossaryError, load_glossary
from editor_app.core.model import Gender

FIXTURE = Path(__file__).parents[1] / "fixtures" / "glossary" / "spot_check.tsv"


def _codes(text: str) -> list[str]:
    return text.split()


UN_MEMBERS = _codes("""
AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH
CM CA CF TD CL CN CO KM CG CR CI HR CU CY CZ KP CD DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ
FI FR GA GM GE DE GH GR GD GT GN GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI
KW KG LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MD MC MN ME MA MZ MM NA
NR NP NL NZ NI NE NG MK NO OM PK PW PA PG PY PE PH PL PT QA KR RO RU RW KN LC VC WS SM ST
SA SN RS SC SL SG SK SI SB SO ZA SS ES LK SD SR SE CH SY TJ TZ TH TL TG TO TT TN TR TM TV
UG UA AE GB US UY UZ VU VE VN YE ZM ZW
""")
OBSERVERS = ["VA", "PS"]
# Territories CLDR names that are inhabited and have a government of their own.
TERRITORIES = _codes("""
AI AS AW AX BL BM BQ CC CK CW CX EH FK FO GF GG GI GL GP GU HK IM JE KY MF MO MP MQ MS NC
NF NU PF PM PN PR RE SH SJ SX TC TK TW VG VI WF XK YT
""")
LOCALES = ("en_US", "es_MX", "es_ES")


def test_every_un_member_observer_and_territory_is_known() -> None:
    glossary = load_glossary()
    assert len(set(UN_MEMBERS)) == 193
    assert set(UN_MEMBERS + OBSERVERS + TERRITORIES) <= set(glossary.state_codes())
    assert glossary.is_organisation("EU") and "EU" not in glossary.state_codes()


@pytest.mark.parametrize("code", sorted(set(UN_MEMBERS + OBSERVERS + TERRITORIES)))
def test_each_country_has_names_demonyms_and_every_title_form(code: str) -> None:
    glossary = load_glossary()
    for locale in LOCALES:
        name = glossary.country_name(code, locale)
        assert name and name != code, locale
    en = glossary.demonym(code, "en", Gender.MASCULINE)
    assert en[:1].isupper()
    for gender in (Gender.MASCULINE, Gender.FEMININE):
        es = glossary.demonym(code, "es", gender)
        assert es and es[0].islower()
    for office in OFFICES:
        entry = glossary.office_title(code, office)
        assert entry is not None, office
        for gender in (Gender.MASCULINE, Gender.FEMININE):
            for lang in ("en", "es"):
                form = entry.form(lang, gender)
                assert form.full.strip() and form.short.strip(), (office, lang, gender)
            assert entry.form("es", gender).full[0].islower(), office
        assert entry.form("en", Gender.MASCULINE).full[0].isupper(), office


def _spot_rows() -> list[list[str]]:
    lines = FIXTURE.read_text("utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


def test_the_spot_check_covers_every_region() -> None:
    rows = _spot_rows()
    assert len(rows) >= 25
    regions = {
        "americas": {"AR", "BR", "MX", "CA", "US", "JM", "EC"},
        "europe": {"GB", "ES", "DE", "IE", "CH", "UA", "VA"},
        "asia": {"IN", "PH", "CN", "JP", "KP"},
        "middle east": {"SA", "QA", "IR", "SY"},
        "africa": {"EG", "MA", "ZA", "KE", "NG", "GW"},
        "oceania": {"AU"},
    }
    codes = {row[0] for row in rows}
    assert all(codes & members for members in regions.values())


@pytest.mark.parametrize("row", _spot_rows(), ids=lambda row: row[0])
def test_spot_check_what_a_press_officer_writes(row: list[str]) -> None:
    code, en, es_m, es_f, *offices = row
    glossary = load_glossary()
    assert glossary.demonym(code, "en", Gender.FEMININE) == en
    assert glossary.demonym(code, "es", Gender.MASCULINE) == es_m
    assert glossary.demonym(code, "es", Gender.FEMININE) == es_f
    for office, expected in zip(OFFICES, offices, strict=True):
        entry = glossary.office_title(code, office)
        assert entry is not None
        got = " / ".join(
            (
                entry.form("en", Gender.MASCULINE).full,
                entry.form("es", Gender.MASCULINE).full,
                entry.form("es", Gender.FEMININE).full,
            )
        )
        assert got == expected, office


def test_a_country_names_its_foreign_minister_its_own_way_in_the_drafts() -> None:
    minister = load_glossary().title("foreign_minister")
    assert minister.form("en", Gender.MASCULINE, "IN").full == "External Affairs Minister"
    assert minister.form("en", Gender.FEMININE, "PH").full == "Secretary of Foreign Affairs"
    assert minister.form("es", Gender.FEMININE, "PH").full == "secretaria de Relaciones Exteriores"
    assert minister.form("es", Gender.FEMININE, "PH").short == "secretaria"
    assert minister.form("en", Gender.MASCULINE, "MX").full == "Foreign Secretary"
    assert minister.form("es", Gender.MASCULINE, "MX").short == "canciller"


def test_articles_required_and_by_house_choice() -> None:
    glossary = load_glossary()
    assert glossary.country_article("NL", "es") == "los"
    assert glossary.country_article("GB", "es") == "el"
    assert glossary.country_article("US", "es") == ""
    assert glossary.country_article("US", "es", optional=True) == "los"
    assert glossary.country_article("PE", "es", optional=True) == "el"
    assert glossary.country_article("MX", "es", optional=True) == ""
    assert glossary.country_article("CF", "en") == "the"


def test_house_forms_of_names_where_cldr_writes_a_display_name() -> None:
    glossary = load_glossary()
    assert glossary.country_name("HK", "en_US") == "Hong Kong"
    assert glossary.country_name("HK", "es_MX") == "Hong Kong"
    assert glossary.country_name("TT", "en_US") == "Trinidad and Tobago"
    assert glossary.country_name("CD", "en_US") == "Democratic Republic of the Congo"
    assert glossary.country_name("MX", "es_MX") == "México"
    assert glossary.country_name("GW", "es_ES") == "Guinea-Bisáu"


def test_a_territory_shares_its_sovereigns_head_of_state_and_foreign_minister() -> None:
    glossary = load_glossary()
    gibraltar = glossary.office_title("GI", "foreign_minister")
    assert gibraltar is not None and gibraltar.en.full == "Foreign Secretary"
    head = glossary.office_title("PR", "head_of_state")
    assert head is not None and head.en.full == "President"
    assert glossary.office_title("EU", "head_of_state") is None
    assert glossary.office_title("ZZ", "foreign_minister") is None


def test_user_offices_override_and_bad_ones_name_the_file(tmp_path: Path) -> None:
    (tmp_path / "offices.json").write_text(
        json.dumps(
            {
                "countries": {
                    "NZ": {
                        "head_of_state": "king",
                        "head_of_government": "prime_minister",
                        "foreign_minister": {
                            "en": ["Minister of Foreign Affairs", "Foreign Minister"],
                            "es": [
                                "ministro de Asuntos Exteriores",
                                "ministra de Asuntos Exteriores",
                            ],
                        },
                    }
                }
            }
        ),
        "utf-8",
    )
    entry = load_glossary(tmp_path).office_title("NZ", "foreign_minister")
    assert entry is not None and entry.en.full == "Minister of Foreign Affairs"
    assert entry.es_feminine.short == "ministra de Asuntos Exteriores"
    bad_title, bad_minister = tmp_path / "title", tmp_path / "minister"
    for folder, offices in (
        (bad_title, {"NZ": {"head_of_state": "kaiser"}}),
        (bad_minister, {"NZ": {"foreign_minister": {"en": ["X"]}}}),
    ):
        folder.mkdir()
        (folder / "offices.json").write_text(json.dumps({"countries": offices}), "utf-8")
    with pytest.raises(
        GlossaryError, match=r"offices\.json: countries\.NZ\.head_of_state: 'kaiser'"
    ):
        load_glossary(bad_title)
    with pytest.raises(GlossaryError, match=r"offices\.json: countries\.NZ\.foreign_minister"):
        load_glossary(bad_minister)


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("countries.json", {"names": {"en": {"HK": 7}}}, r"countries\.json: names\.en"),
        ("countries.json", {"organisations": "EU"}, r"countries\.json: organisations"),
        ("countries.json", {"ambiguous_names": {"es": "Reunión"}}, r"ambiguous_names\.es"),
        ("organisations.json", {"organisations": {"NATO": {"en": ["NATO"]}}}, r"NATO: expected"),
        ("organisations.json", [], r"organisations\.json: expected"),
        ("offices.json", {"countries": {"NZ": []}}, r"countries\.NZ: expected an object"),
    ],
)
def test_each_malformed_user_file_gets_a_message_naming_it(
    tmp_path: Path, name: str, data: object, message: str
) -> None:
    (tmp_path / name).write_text(json.dumps(data), "utf-8")
    with pytest.raises(GlossaryError, match=message):
        load_glossary(tmp_path)


def test_user_organisations_and_names_are_added(tmp_path: Path) -> None:
    (tmp_path / "organisations.json").write_text(
        json.dumps({"organisations": {"SCO": {"en": ["SCO"], "es": ["OCS"]}}}), "utf-8"
    )
    (tmp_path / "countries.json").write_text(
        json.dumps({"names": {"es": {"MM": "Myanmar"}}}), "utf-8"
    )
    glossary = load_glossary(tmp_path)
    assert glossary.organisation_name("SCO", "es") == "OCS"
    assert glossary.organisation_name("NATO", "es") == "OTAN"
    assert glossary.country_name("MM", "es_MX") == "Myanmar"
    assert load_glossary().country_name("MM", "es_MX") == "Birmania"
