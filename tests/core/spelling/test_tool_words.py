"""Every word the tool itself writes is accepted by the spell checker of its language."""

from __future__ import annotations

import pytest

from editor_app.core.draft import Lang
from editor_app.core.glossary import OFFICES, load_glossary
from editor_app.core.language import References
from editor_app.core.model import Gender, Official, Settings, TitleStyle
from editor_app.core.spelling.checker import SpellChecker
from editor_app.core.spelling.vocabulary import tool_phrases, tool_words

LOCALES: dict[Lang, str] = {"es": "es_MX", "en": "en_US"}


@pytest.fixture(scope="module")
def strict(tmp_path_factory: pytest.TempPathFactory) -> SpellChecker:
    return SpellChecker(user_dir=tmp_path_factory.mktemp("user"), ignore_uppercase=False)


def _flagged(checker: SpellChecker, phrases: list[str], lang: Lang) -> dict[str, list[str]]:
    found = {}
    for phrase in phrases:
        words = [m.word for m in checker.check_text(phrase, lang)]
        if words:
            found[phrase] = words
    return found


@pytest.mark.parametrize("lang", ["es", "en"])
def test_every_title_country_demonym_organisation_and_place(
    strict: SpellChecker, lang: Lang
) -> None:
    phrases = sorted(set(tool_phrases(lang, LOCALES[lang])))
    assert len(phrases) > 1000
    assert _flagged(strict, phrases, lang) == {}


@pytest.mark.parametrize("lang", ["es", "en"])
def test_every_office_of_every_country_in_both_genders(strict: SpellChecker, lang: Lang) -> None:
    glossary = load_glossary()
    phrases = []
    for code in glossary.state_codes():
        phrases.append(glossary.country_name(code, LOCALES[lang]))
        for gender in (Gender.MASCULINE, Gender.FEMININE):
            phrases.append(glossary.demonym(code, lang, gender))
            for office in OFFICES:
                entry = glossary.office_title(code, office)
                assert entry is not None
                form = entry.form(lang, gender)
                phrases += [form.full, form.short]
    assert _flagged(strict, phrases, lang) == {}


def test_words_stay_in_their_language(strict: SpellChecker) -> None:
    assert "Moscú" in tool_words("es") and "Moscú" not in tool_words("en")
    assert "bisauguineanas" in tool_words("es")
    assert [m.word for m in strict.check_text("el canciller kazajo", "en")] == [
        "canciller",
        "kazajo",
    ]
    assert [m.word for m in strict.check_text("the Kazakh Foreign Minister", "es")] == [
        "the",
        "Kazakh",
        "Foreign",
        "Minister",
    ]


@pytest.mark.parametrize("lang", ["es", "en"])
def test_every_title_as_the_drafts_set_it_with_a_name(strict: SpellChecker, lang: Lang) -> None:
    """Each title in every reference (first, later, headline), usual and official, with its
    country or organisation as the drafts write them ("ministro español de…", "de la OTAN")."""
    glossary = load_glossary()
    locales = ("es_MX", "es_ES") if lang == "es" else ("en_US",)
    phrases: set[str] = set()
    for locale in locales:
        for style in TitleStyle:
            refs = References(glossary, lang, locale, "US", Settings(titles=style))
            for key in glossary.titles:
                for code in ("FR", "GB", "ES", "NATO", "UN", "EU", "US"):
                    for gender in (Gender.MASCULINE, Gender.FEMININE):
                        official = Official("Ana", "Zeta", gender, key, country=code, posting="MX")
                        person = refs.person(official)
                        for text in (person.first, person.later, person.later_with_country):
                            phrases.add(text.replace("Ana Zeta", "").replace("Zeta", ""))
    assert len(phrases) > 700
    assert _flagged(strict, sorted(phrases), lang) == {}
