"""Spell checking with the real enchant dictionaries installed on this machine."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from editor_app.core.atomic import WriteError
from editor_app.core.draft import Draft, DraftPair, DraftPart
from editor_app.core.model import Attribution, Locales, Official, Readout
from editor_app.core.spelling.checker import (
    MAX_SUGGESTIONS,
    SpellChecker,
    check_pair,
    findings_to_json,
    format_findings,
    names_from_readout,
)
from editor_app.core.spelling.dictionaries import candidate_tags, normalize_tag
from editor_app.core.spelling.words import bundled_words

REPO = Path(__file__).resolve().parents[3]
SYSTEM_HUNSPELL = Path("/usr/share/hunspell")

# The reference readout (landau-delafuente-2025-03-26), copied here so the test does not
# depend on where the shared folder lives. Spanish date written the right way.
ES_TITLE = "Llamada del subsecretario Landau con el canciller mexicano De la Fuente"
ES_DATE = "26 de marzo de 2025"
ES_LEAD = (
    "Oaxaca de Juárez, 26 de marzo. Hoy, el subsecretario de Estado, Christopher Landau, "
    "conversó con el secretario de Relaciones Exteriores de México, Juan Ramón de la "
    "Fuente, para reafirmar el compromiso de Estados Unidos con la construcción de una "
    "nueva era de cooperación en seguridad entre Estados Unidos y México. Esta fue la "
    "primera llamada oficial del subsecretario Landau tras su toma de posesión el 25 de "
    "marzo."
)
ES_BODY = (
    "Hablaron sobre los esfuerzos conjuntos que se están realizando para asegurar nuestras "
    "fronteras, desmantelar cárteles y detener el flujo de drogas ilícitas, armas de fuego "
    "y migrantes indocumentados. El secretario de Relaciones Exteriores, De la Fuente, "
    "enfatizó la determinación de México de abordar las preocupaciones de seguridad y "
    "cooperar con Estados Unidos. También abordaron la necesidad de fortalecer los lazos "
    "comerciales y las oportunidades de inversión. El subsecretario Landau, quien se "
    "desempeñó como embajador de Estados Unidos en México de 2019 a 2021, habló sobre la "
    "relación especial entre Estados Unidos y México y el fuerte impacto que tiene en la "
    "vida de las personas en ambos lados de la frontera. El subsecretario expresó su "
    "reconocimiento por los mayores esfuerzos de México para frenar la inmigración "
    "ilegal, al recibir más vuelos de deportación y repatriar a un mayor número de "
    "inmigrantes indocumentados a sus países de origen."
)
EN_TITLE = "Deputy Secretary Landau’s Call with Mexican Foreign Secretary de la Fuente"
EN_DATE = "March 26, 2025"
EN_ATTRIBUTION = "The below is attributable to Spokesperson Tammy Bruce:"
EN_LEAD = (
    "Today Deputy Secretary of State Christopher Landau spoke with Mexican Foreign "
    "Secretary Juan Ramón de la Fuente to affirm the U.S. commitment to building a new era "
    "of U.S.-Mexico security cooperation. This was Deputy Secretary Landau’s first official "
    "call following his swearing in on March 25."
)
EN_BODY_1 = (
    "They discussed ongoing joint efforts to secure our borders, dismantle cartels, and "
    "stop the flow of illicit drugs, firearms, and illegal aliens. Foreign Secretary de la "
    "Fuente emphasized Mexico’s determination to address security concerns and cooperate "
    "with the United States. They also discussed the need for strengthening commercial "
    "ties and investment opportunities."
)
EN_BODY_2 = (
    "Deputy Secretary Landau, who served as the United States Ambassador to Mexico from "
    "2019 to 2021, spoke about the special U.S.-Mexico relationship and the strong impact "
    "it has on the lives of those on both sides of the border. The Deputy Secretary "
    "expressed appreciation for Mexico’s increased efforts to stop illegal immigration by "
    "receiving more deportation flights and repatriating a larger number of illegal "
    "immigrants to their home countries."
)
ES_TEXT = "\n".join([ES_TITLE, "Marzo 26, 2025", ES_DATE, ES_LEAD, ES_BODY])
EN_TEXT = "\n".join([EN_TITLE, EN_DATE, EN_ATTRIBUTION, EN_LEAD, EN_BODY_1, EN_BODY_2])
NAMES = ["Christopher", "Landau", "Juan", "Ramón", "de", "la", "Fuente", "Tammy", "Bruce"]


def flagged(checker: SpellChecker, text: str, lang: str) -> list[str]:
    return [m.word for m in checker.check_text(text, lang)]  # type: ignore[arg-type]


@pytest.fixture
def user_dir(tmp_path: Path) -> Path:
    return tmp_path / "user-data"


@pytest.fixture
def checker(user_dir: Path) -> SpellChecker:
    return SpellChecker(user_dir=user_dir)


@pytest.fixture
def named(checker: SpellChecker) -> SpellChecker:
    checker.set_names(NAMES)
    return checker


def _link_dictionaries(folder: Path, *tags: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for tag in tags:
        for suffix in (".aff", ".dic"):
            system = SYSTEM_HUNSPELL / f"{tag}{suffix}"
            if not system.is_file():
                pytest.skip(f"{system} is not installed")
            (folder / system.name).symlink_to(system)


# -- the reference readout -------------------------------------------------------------


def test_both_languages_have_their_house_dictionary(checker: SpellChecker) -> None:
    assert checker.status("es").tag == "es_MX"
    assert checker.status("en").tag == "en_US"
    assert checker.status("es").message == ""
    assert checker.is_checked("es") and checker.is_checked("en")


def test_reference_readout_has_no_flags_once_the_names_are_known(named: SpellChecker) -> None:
    assert flagged(named, ES_TEXT, "es") == []
    assert flagged(named, EN_TEXT, "en") == []


def test_without_the_names_only_names_are_flagged(checker: SpellChecker) -> None:
    es = flagged(checker, ES_TEXT, "es")
    en = flagged(checker, EN_TEXT, "en")
    assert "Landau" in es and "Christopher" in es
    assert "Fuente" in en and "Ramón" in en
    assert set(es) | set(en) <= set(NAMES)


def test_names_come_in_whole_and_are_split_into_words(checker: SpellChecker) -> None:
    checker.set_names(["Christopher Landau", "Juan Ramón de la Fuente", "Tammy Bruce"])
    assert flagged(checker, ES_TEXT, "es") == []
    assert flagged(checker, EN_TEXT, "en") == []
    checker.set_names([])
    assert "Landau" in flagged(checker, ES_TEXT, "es")


def test_names_follow_hunspell_case_rules(named: SpellChecker) -> None:
    assert flagged(named, "LANDAU y De la Fuente", "es") == []
    assert flagged(named, "el señor landau", "es") == ["landau"]


def test_possessives_are_checked_by_their_stem(named: SpellChecker) -> None:
    assert flagged(named, "Landau’s call and Landau's call", "en") == []
    assert flagged(named, "Landauu’s call", "en") == ["Landauu’s"]
    assert "Landau’s" in named.suggest("Landauu’s", "en")


# -- misspellings, in the right language only --------------------------------------------


def test_a_spanish_misspelling_is_flagged_with_suggestions(named: SpellChecker) -> None:
    text = ES_LEAD.replace("canciller", "cancillér") + " El cancillér mexicano."
    found = named.check_text(text, "es")
    assert [m.word for m in found] == ["cancillér"]
    assert text[found[0].start : found[0].end] == "cancillér"
    assert found[0].lang == "es"
    assert "canciller" in named.suggest("cancillér", "es")


def test_an_english_misspelling_is_flagged_with_suggestions(named: SpellChecker) -> None:
    text = EN_BODY_1.replace("United States", "United States goverment")
    assert flagged(named, text, "en") == ["goverment"]
    assert "government" in named.suggest("goverment", "en")


def test_each_language_is_checked_only_with_its_own_dictionary(named: SpellChecker) -> None:
    assert flagged(named, "El canciller habló con el gobierno.", "es") == []
    assert flagged(named, "The canciller spoke.", "en") == ["canciller"]
    assert flagged(named, "The government spoke.", "en") == []
    assert flagged(named, "El government habló.", "es") == ["government"]


def test_suggestions_are_capped_cached_and_only_made_on_demand(named: SpellChecker) -> None:
    named.check_text("Xqzt wrold govrment cancillér", "en")
    assert named._suggestions == {"es": {}, "en": {}}  # checking computes no suggestions
    first = named.suggest("wrold", "en")
    assert 0 < len(first) <= MAX_SUGGESTIONS
    assert named.suggest("wrold", "en") == first
    assert "wrold" in named._suggestions["en"]


def test_hyphenated_words_are_checked_part_by_part(named: SpellChecker) -> None:
    assert flagged(named, "the U.S.-Mexico border", "en") == []
    assert flagged(named, "the U.S.-Mexcio border", "en") == ["Mexcio"]


def test_skipped_tokens_are_not_flagged(named: SpellChecker) -> None:
    text = (
        "Sr. Landau, EE. UU., 1.º de marzo, 26/03/2025, G7, https://www.state.gov/xqzt, "
        "prensa@sre.gob.mx, @StateDept."
    )
    assert flagged(named, text, "es") == []


def test_words_in_capitals_are_ignored_unless_asked(user_dir: Path) -> None:
    text = "OAXACA DE JUÁREZ, March 26 — XQZT"
    assert flagged(SpellChecker(user_dir=user_dir), text, "en") == []
    strict = SpellChecker(user_dir=user_dir, ignore_uppercase=False)
    assert flagged(strict, text, "en") == ["XQZT"]  # JUÁREZ: "Juárez" is in the word list


def test_decomposed_accents_and_soft_hyphens_are_normalized(named: SpellChecker) -> None:
    assert flagged(named, "conversó con el ca\u00adnciller", "es") == []
    text = "converso\u0301 y cancille\u0301r"
    found = named.check_text(text, "es")
    assert [text[m.start : m.end] for m in found] == ["cancille\u0301r"]


# -- word lists ------------------------------------------------------------------------


def test_bundled_domain_words_are_accepted(checker: SpellChecker) -> None:
    assert "ciberseguridad" in bundled_words("es")
    assert "counternarcotics" in bundled_words("en")
    es = "La ciberseguridad, el fentanilo y la reunión trilateral sobre nearshoring."
    en = "Counternarcotics, cybersecurity and nearshoring in the readout."
    assert flagged(checker, es, "es") == []
    assert flagged(checker, en, "en") == []


def test_personal_words_persist_per_language(user_dir: Path) -> None:
    checker = SpellChecker(user_dir=user_dir)
    assert flagged(checker, "La Conagua y Xqztlán", "es") == ["Conagua", "Xqztlán"]
    checker.add_word("Conagua", "es")
    assert flagged(checker, "La Conagua", "es") == []
    assert flagged(checker, "Conagua", "en") == ["Conagua"]
    assert (user_dir / "words-es.txt").read_text(encoding="utf-8") == "Conagua\n"

    reopened = SpellChecker(user_dir=user_dir)
    assert reopened.personal_words("es") == ["Conagua"]
    assert flagged(reopened, "La Conagua", "es") == []
    reopened.remove_word("Conagua", "es")
    assert flagged(SpellChecker(user_dir=user_dir), "La Conagua", "es") == ["Conagua"]
    assert reopened.personal_list_path("es").read_text(encoding="utf-8") == ""


def test_personal_list_keeps_words_added_by_another_window(user_dir: Path) -> None:
    first = SpellChecker(user_dir=user_dir)
    second = SpellChecker(user_dir=user_dir)
    first.add_word("Conagua", "es")
    second.add_word("Pemex", "es")
    assert SpellChecker(user_dir=user_dir).personal_words("es") == ["Conagua", "Pemex"]


def test_personal_list_that_is_not_utf8_is_kept_byte_for_byte(user_dir: Path) -> None:
    user_dir.mkdir()
    (user_dir / "words-es.txt").write_bytes(b"Conagua\nM\xe9xico-latin1\n")
    checker = SpellChecker(user_dir=user_dir)
    checker.add_word("Pemex", "es")
    assert (user_dir / "words-es.txt").read_bytes() == b"Conagua\nM\xe9xico-latin1\nPemex\n"


def test_personal_list_that_cannot_be_saved_raises_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    checker = SpellChecker(user_dir=blocker / "sub")
    with pytest.raises(WriteError, match="words-es.txt"):
        checker.add_word("Conagua", "es")
    assert flagged(checker, "Conagua", "es") == []  # still accepted this session


def test_ignore_lasts_for_the_session_and_one_language(user_dir: Path) -> None:
    checker = SpellChecker(user_dir=user_dir)
    checker.ignore("Xqzt", "es")
    assert flagged(checker, "Xqzt", "es") == []
    assert flagged(checker, "Xqzt", "en") == ["Xqzt"]
    assert flagged(SpellChecker(user_dir=user_dir), "Xqzt", "es") == ["Xqzt"]
    assert not (user_dir / "words-es.txt").exists()


# -- fallbacks -------------------------------------------------------------------------


def test_locale_tags_are_normalized() -> None:
    assert normalize_tag("es-mx.UTF-8") == "es_MX"
    assert normalize_tag("es_419") == "es_419"
    assert normalize_tag("en_US@euro") == "en_US"
    assert normalize_tag("C") is None
    assert normalize_tag("../../etc/passwd") is None
    assert candidate_tags("es", "es_AR") == ["es_AR", "es_419", "es", "es_MX"]
    assert candidate_tags("en", "en_GB") == ["en_GB", "en", "en_US"]
    assert candidate_tags("es", "en_US") == ["es_419", "es", "es_MX"]


def test_a_regional_dictionary_is_used_when_installed(user_dir: Path) -> None:
    checker = SpellChecker(Locales(es="es_AR", en="en_US"), user_dir=user_dir)
    assert checker.status("es").tag == "es_AR"
    assert checker.status("es").message == ""


def test_a_missing_regional_dictionary_falls_back_and_says_so(user_dir: Path) -> None:
    # en_GB ships with the app (tests/core/test_bundled_dictionaries.py); en_AU does not.
    checker = SpellChecker(Locales(es="es_ES", en="en_AU"), user_dir=user_dir)
    assert checker.status("en").tag == "en_US"
    assert checker.status("en").message == "no en_AU dictionary; using en_US"


@pytest.mark.parametrize("locale", ["xx_YY", "garbage!!", "", "C", "../../etc", "en_US"])
def test_unknown_or_garbage_locales_fall_back_to_the_language(user_dir: Path, locale: str) -> None:
    checker = SpellChecker({"es": locale, "en": locale}, user_dir=user_dir)
    status = checker.status("es")
    assert status.tag == "es_MX"
    assert "using es_MX" in status.message
    assert flagged(checker, "El cancillér conversó.", "es") == ["cancillér"]


def test_no_dictionaries_at_all_leaves_both_languages_unchecked(
    tmp_path: Path, user_dir: Path
) -> None:
    empty = tmp_path / "dicts"
    empty.mkdir()
    checker = SpellChecker(dictionary_dir=empty, user_dir=user_dir)
    for lang, package in (("es", "hunspell-es"), ("en", "hunspell-en-us")):
        status = checker.status(lang)  # type: ignore[arg-type]
        assert not status.checked and status.tag is None
        assert f"apt-get install {package}" in status.message
        assert "unchecked" in status.describe()
    assert checker.check_text("Xqzt cancillér goverment", "es") == []
    assert checker.suggest("goverment", "en") == []


def test_one_language_missing_leaves_the_other_checked(tmp_path: Path, user_dir: Path) -> None:
    folder = tmp_path / "dicts"
    _link_dictionaries(folder, "en_US")
    checker = SpellChecker(dictionary_dir=folder, user_dir=user_dir)
    assert not checker.is_checked("es")
    assert "hunspell-es" in checker.status("es").message
    assert checker.status("en").tag == "en_US"
    assert flagged(checker, "The goverment", "en") == ["goverment"]
    assert flagged(checker, "El cancillér", "es") == []


def _corrupt_aff(path: Path) -> None:
    path.write_bytes(b"SET UTF-8\nSFX A Y 99999\nPFX\n" + bytes(range(256)) * 12)


def test_a_corrupt_aff_is_skipped_for_the_next_dictionary(tmp_path: Path, user_dir: Path) -> None:
    folder = tmp_path / "dicts"
    _link_dictionaries(folder, "es_ES", "en_US")
    (folder / "es_MX.dic").symlink_to(SYSTEM_HUNSPELL / "es_MX.dic")
    _corrupt_aff(folder / "es_MX.aff")
    checker = SpellChecker(dictionary_dir=folder, user_dir=user_dir)
    status = checker.status("es")
    assert status.tag == "es_ES"
    assert "es_MX looks damaged" in status.message
    assert flagged(checker, "El cancillér conversó.", "es") == ["cancillér"]


def test_a_corrupt_aff_alone_leaves_the_language_unchecked(tmp_path: Path, user_dir: Path) -> None:
    folder = tmp_path / "dicts"
    _link_dictionaries(folder, "en_US")
    (folder / "es_MX.dic").symlink_to(SYSTEM_HUNSPELL / "es_MX.dic")
    _corrupt_aff(folder / "es_MX.aff")
    (folder / "es_AR.aff").write_bytes(b"")
    (folder / "es_AR.dic").write_bytes(b"\xff\xfe\x00garbage")
    checker = SpellChecker(Locales(es="es_AR"), dictionary_dir=folder, user_dir=user_dir)
    status = checker.status("es")
    assert not status.checked
    assert "es_AR looks damaged" in status.message and "es_MX looks damaged" in status.message
    assert checker.check_text("cancillér", "es") == []
    assert checker.is_checked("en")


def test_an_injected_broker_is_used(user_dir: Path) -> None:
    enchant = pytest.importorskip("enchant")
    checker = SpellChecker(broker=enchant.Broker(), user_dir=user_dir)
    assert checker.status("es").tag == "es_MX"
    with pytest.raises(ValueError, match="not both"):
        SpellChecker(broker=enchant.Broker(), dictionary_dir=user_dir)


def _run_python(code: str, **env: str) -> dict[str, object]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    full_env.update(env)
    full_env["PYTHONPATH"] = str(REPO)
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        env=full_env,
        cwd=REPO,
        timeout=60,
        check=True,
    )
    loaded: dict[str, object] = json.loads(result.stdout.decode("utf-8"))
    return loaded


_PROBE = """
import json, sys, tempfile
from editor_app.core.spelling.checker import SpellChecker
checker = SpellChecker(user_dir=tempfile.mkdtemp())
out = {
    lang: {"tag": s.tag, "message": s.message} for lang, s in checker.statuses.items()
}
out["flags"] = [m.word for m in checker.check_text("El cancillér conversó en Bogotá.", "es")]
out["suggest"] = checker.suggest("cancillér", "es")
out["qt"] = [m for m, v in sys.modules.items() if m.startswith("PySide6") and v]
sys.stdout.buffer.write(json.dumps(out).encode("utf-8"))
"""


def test_lang_c_still_checks_accented_spanish() -> None:
    out = _run_python(_PROBE, LANG="C", LC_ALL="C")
    assert out["es"] == {"tag": "es_MX", "message": ""}
    assert out["flags"] == ["cancillér"]
    assert "canciller" in out["suggest"]  # type: ignore[operator]


def test_without_the_enchant_library_both_languages_are_unchecked() -> None:
    out = _run_python("import sys; sys.modules['enchant'] = None\n" + _PROBE)
    for lang in ("es", "en"):
        status = out[lang]
        assert isinstance(status, dict)
        assert status["tag"] is None
        assert "enchant library could not load" in status["message"]
    assert out["flags"] == []


def test_the_spelling_core_never_imports_qt() -> None:
    out = _run_python("import sys; sys.modules['PySide6'] = None\n" + _PROBE)
    assert out["qt"] == []
    assert out["flags"] == ["cancillér"]


def test_checking_and_suggesting_from_two_threads(named: SpellChecker) -> None:
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            for _ in range(50):
                assert flagged(named, ES_BODY + " cancillér", "es") == ["cancillér"]
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    for word in ["goverment", "wrold", "cancilleer", "Xqzt"] * 5:
        named.suggest(word, "en")
    for thread in threads:
        thread.join()
    assert errors == []


# -- the CLI's view ----------------------------------------------------------------------


@pytest.fixture
def pair() -> DraftPair:
    es = Draft(
        "es",
        "es_MX",
        (
            DraftPart("title", ES_TITLE.replace("canciller", "cancillér")),
            DraftPart("lead", ES_LEAD),
            DraftPart("body.1", ES_BODY),
            DraftPart("body.2", "El subsecretario y el cancillér conversaron."),
        ),
    )
    en = Draft(
        "en",
        "en_US",
        (
            DraftPart("title", EN_TITLE),
            DraftPart("lead", EN_LEAD),
            DraftPart("body.1", EN_BODY_1.replace("commercial", "comercial")),
        ),
    )
    return DraftPair(es=es, en=en)


def test_check_pair_reports_part_language_span_and_suggestions(
    named: SpellChecker, pair: DraftPair
) -> None:
    findings = check_pair(pair, named)
    assert [(f.lang, f.part, f.label, f.word) for f in findings] == [
        ("es", "title", "Title", "cancillér"),
        ("es", "body.2", "Point 2", "cancillér"),
        ("en", "body.1", "Point 1", "comercial"),
    ]
    second = findings[1]
    assert (second.start, second.end) == (22, 31)
    assert pair.es.text_of("body.2")[second.start : second.end] == "cancillér"
    assert "canciller" in second.suggestions
    assert "commercial" in findings[2].suggestions
    assert all(len(f.suggestions) <= MAX_SUGGESTIONS for f in findings)


def test_findings_as_json_and_as_lines(named: SpellChecker, pair: DraftPair) -> None:
    findings = check_pair(pair, named)
    data = findings_to_json(findings)
    assert json.loads(json.dumps(data)) == data
    assert data[1] == {
        "lang": "es",
        "part": "body.2",
        "label": "Point 2",
        "start": 22,
        "end": 31,
        "word": "cancillér",
        "suggestions": list(findings[1].suggestions),
    }
    lines = format_findings(findings).splitlines()
    assert lines[1] == f"es  Point 2  22-31  cancillér  → {', '.join(findings[1].suggestions)}"
    assert format_findings([]) == ""


def test_names_from_readout_collects_every_official_and_the_attribution() -> None:
    readout = Readout(
        principal=Official(given_names="Christopher", surname="Landau"),
        counterparts=[Official(given_names="Juan Ramón", surname="de la Fuente", country="MX")],
        attribution=Attribution(name="Tammy Bruce"),
    )
    assert names_from_readout(readout) == set(NAMES)


def test_names_from_readout_feed_the_checker(user_dir: Path) -> None:
    readout = Readout(
        principal=Official(given_names="Christopher", surname="Landau"),
        counterparts=[Official(given_names="Juan Ramón", surname="de la Fuente", country="MX")],
        attribution=Attribution(name="Tammy Bruce"),
    )
    checker = SpellChecker(readout.locales, user_dir=user_dir)
    checker.set_names(names_from_readout(readout))
    assert flagged(checker, ES_TEXT, "es") == []
    assert flagged(checker, EN_TEXT, "en") == []


@pytest.fixture(autouse=True)
def _no_real_user_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    # A test that forgot user_dir must not touch the officer's real word lists.
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    yield


def test_a_paragraph_checked_again_keeps_step_with_the_word_lists(checker: SpellChecker) -> None:
    """Verdicts per paragraph are kept between renders, and never outlive a list change."""
    text = "The delegation met in Qwertyville."
    assert [m.word for m in checker.check_text(text, "en")] == ["Qwertyville"]
    assert [m.word for m in checker.check_text(text, "en")] == ["Qwertyville"]
    checker.ignore("Qwertyville", "en")
    assert checker.check_text(text, "en") == []
    checker.set_names(["Ana Qwertyville"])
    checker.set_names(["Ana Qwertyville"])  # the same names again change nothing
    assert checker.check_text("Qwertyville habló.", "es") == []
