"""Names per language: Spanish spellings, honorifics, conventions and later-reference names,
as the drafts, the roster, the spell checker and the checks use them."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from editor_app.core import names
from editor_app.core.checks.run import run_checks
from editor_app.core.field_labels import field_label
from editor_app.core.model import (
    Gender,
    Kind,
    NameConvention,
    Official,
    Readout,
    TalkingPoint,
)
from editor_app.core.parse import readout_from_dict, readout_to_dict
from editor_app.core.render import Renderer
from editor_app.core.roster import RosterEntry, RosterError, load_roster, parse_roster
from editor_app.core.spelling.checker import SpellChecker, check_pair, names_from_readout
from editor_app.core.spelling.words import split_names

REPO = Path(__file__).resolve().parents[2]


def _roster(full_name: str) -> RosterEntry:
    return {e.full_name: e for e in load_roster()}[full_name]


def _call(*counterparts: Official, points: list[TalkingPoint] | None = None) -> Readout:
    return Readout(
        kind=Kind.BILATERAL_CALL,
        event_date=dt.date(2025, 9, 21),
        release_date=dt.date(2025, 9, 21),
        principal=_roster("Marco Rubio").official(),
        counterparts=list(counterparts),
        points=points or [],
    )


# -- a roster entry with all of it renders right in both drafts ------------------------


POINTS = [
    TalkingPoint(
        en="{principal} thanked {counterpart} for hosting.",
        es="{principal} agradeció a {counterpart} por ser el anfitrión.",
    ),
    TalkingPoint(
        en="{counterpart:name} and {counterpart2} joined the call.",
        es="{counterpart:name} y {counterpart2} se sumaron a la llamada.",
    ),
]


def test_a_prince_and_a_transliterated_name_render_in_both_drafts(renderer: Renderer) -> None:
    readout = _call(
        _roster("Faisal bin Farhan Al Saud").official(),
        _roster("Andrii Sybiha").official(),
        points=POINTS,
    )
    pair = renderer.render_pair(readout)
    en, es = pair.en, pair.es
    assert en.text_of("lead") == (
        "Today Secretary of State Marco Rubio spoke with Saudi Foreign Minister Prince "
        "Faisal bin Farhan Al Saud and Ukrainian Foreign Minister Andrii Sybiha."
    )
    assert es.text_of("lead") == (
        "Hoy, el secretario de Estado, Marco Rubio, conversó con el ministro de Relaciones "
        "Exteriores de Arabia Saudita, el príncipe Faisal bin Farhan Al Saud, y el ministro "
        "de Relaciones Exteriores de Ucrania, Andrí Sibiga."
    )
    assert en.text_of("title") == (
        "Secretary Rubio’s Call with Saudi Foreign Minister Faisal bin Farhan and Ukrainian "
        "Foreign Minister Sybiha"
    )
    assert es.text_of("title") == (
        "Llamada del secretario Rubio con el canciller saudí Faisal bin Farhan y el canciller "
        "ucraniano Sibiga"
    )
    assert en.text_of("body.1") == (
        "Secretary Rubio thanked Foreign Minister Faisal bin Farhan for hosting."
    )
    assert es.text_of("body.1") == (
        "El secretario Rubio agradeció al canciller Faisal bin Farhan por ser el anfitrión."
    )
    assert en.text_of("body.2") == (
        "Faisal bin Farhan Al Saud and Foreign Minister Sybiha joined the call."
    )
    assert es.text_of("body.2") == (
        "Faisal bin Farhan Al Saud y el canciller Sibiga se sumaron a la llamada."
    )


def test_a_feminine_honorific_agrees_in_both_languages(renderer: Renderer) -> None:
    sheikha = Official(
        "Mariam", "Al Mheiri", Gender.FEMININE, "foreign_minister", country="AE", honorific="sheikh"
    )
    pair = renderer.render_pair(_call(sheikha))
    assert "Foreign Minister Sheikha Mariam Al Mheiri." in pair.en.text_of("lead")
    assert ", la jequesa Mariam Al Mheiri." in pair.es.text_of("lead")


def test_the_spelling_and_the_later_name_do_not_raise_a_parity_finding(
    renderer: Renderer,
) -> None:
    points = [TalkingPoint(en="Sybiha thanked Lavrov.", es="Sibiga agradeció a Lavrov.")]
    readout = _call(
        _roster("Andrii Sybiha").official(), _roster("Sergey Lavrov").official(), points=points
    )
    found = run_checks(readout, renderer.render_pair(readout))
    assert [f.check_id for f in found if f.check_id.startswith(("parity", "names"))] == []


# -- each convention's default ---------------------------------------------------------


@pytest.mark.parametrize(
    ("official", "full", "later"),
    [
        (Official("Yi", "Wang", country="CN"), "Wang Yi", "Wang"),
        (Official("Toshimitsu", "Motegi", country="JP"), "Motegi Toshimitsu", "Motegi"),
        (Official("Faisal bin Farhan", "Al Saud", country="SA"), "Faisal bin Farhan Al Saud",
         "Faisal bin Farhan"),
        (Official("Mohammed", "bin Salman", country="SA"), "Mohammed bin Salman",
         "Mohammed bin Salman"),
        (Official("Ayman", "Safadi", country="JO"), "Ayman Safadi", "Safadi"),
        (Official("Andrés Manuel", "López Obrador", country="MX"),
         "Andrés Manuel López Obrador", "López Obrador"),
        (Official("Andrés Manuel López Obrador", "", country="MX"),
         "Andrés Manuel López Obrador", "López Obrador"),
        (Official("Juan Ramón de la Fuente", "", country="MX"), "Juan Ramón de la Fuente",
         "de la Fuente"),
        (Official("Jean-Noël Barrot", "", country="FR"), "Jean-Noël Barrot", "Barrot"),
        (Official("Luiz Inácio", "Lula da Silva", country="BR"), "Luiz Inácio Lula da Silva",
         "Lula"),
        (Official("Mohammed bin Abdulrahman", "Al Thani", country="QA", later_name="Al Thani"),
         "Mohammed bin Abdulrahman Al Thani", "Al Thani"),
        (Official("Viktor", "Orbán", country="HU", convention=NameConvention.FAMILY_FIRST),
         "Orbán Viktor", "Orbán"),
        (Official("Yi", "Wang", country="CN", convention=NameConvention.GIVEN_FIRST),
         "Yi Wang", "Wang"),
    ],
)  # fmt: skip
def test_each_convention_has_its_default(official: Official, full: str, later: str) -> None:
    assert names.full_name(official, "en") == full
    assert names.later_name(official, "en") == later
    assert names.later_name(official, "es") == later


def test_spanish_fields_fall_back_one_by_one_and_override_the_later_name() -> None:
    lavrov = Official("Sergey", "Lavrov", country="RU", es_given_names="Serguéi")
    assert names.full_name(lavrov, "es") == "Serguéi Lavrov"
    assert names.full_name(lavrov, "en") == "Sergey Lavrov"
    zelenskyy = Official(
        "Volodymyr", "Zelenskyy", country="UA", es_surname="Zelenski", later_name="Zelenskyy"
    )
    assert names.full_name(zelenskyy, "es") == "Volodymyr Zelenski"
    assert names.later_name(zelenskyy, "es") == "Zelenskyy"  # the override holds in both
    zelenskyy.es_later_name = "Zelenski"
    assert names.later_name(zelenskyy, "es") == "Zelenski"
    assert names.later_name(zelenskyy, "en") == "Zelenskyy"


def test_honorifics_come_from_the_data_per_language_and_gender() -> None:
    assert names.honorific_text("prince", "en", Gender.MASCULINE) == "Prince"
    assert names.honorific_text("prince", "es", Gender.FEMININE) == "la princesa"
    assert names.honorific_text("sheikh", "es", Gender.MASCULINE) == "el jeque"
    assert names.honorific_text("dr", "es", Gender.FEMININE) == "la doctora"
    assert names.honorific_text("sir", "es", Gender.MASCULINE) == ""  # Spanish leaves it out
    assert names.honorific_text("Rabbi", "es", Gender.MASCULINE) == "Rabbi"  # as typed
    assert {"prince", "sheikh", "dr"} <= set(names.honorific_keys())


# -- files and the roster --------------------------------------------------------------


def test_an_older_file_opens_unchanged_and_new_fields_round_trip(example: Readout) -> None:
    old = readout_to_dict(example)
    assert not {"es_given_names", "honorific", "convention"} & set(old["counterparts"][0])
    parsed = readout_from_dict(json.loads(json.dumps(old)))
    assert parsed.readout.counterparts[0] == example.counterparts[0]
    assert readout_to_dict(parsed.readout) == old
    faisal = _roster("Faisal bin Farhan Al Saud").official()
    faisal.es_later_name, faisal.convention = "Faisal", NameConvention.ARABIC
    example.counterparts = [faisal]
    again = readout_from_dict(json.loads(json.dumps(readout_to_dict(example))))
    assert again.readout.counterparts == [faisal]


def test_a_roster_entry_holds_every_name_field(tmp_path: Path) -> None:
    entries = parse_roster(
        json.dumps(
            {"officials": [{"given_names": "Sergey", "surname": "Lavrov",
                            "es_given_names": "Serguéi", "honorific": "dr",
                            "convention": "given_first", "later_name": "Lavrov"}]}
        ),
        "test",
    )  # fmt: skip
    official = entries[0].official()
    assert (official.es_given_names, official.honorific) == ("Serguéi", "dr")
    assert official.convention is NameConvention.GIVEN_FIRST
    assert entries[0].display_name("es") == "Serguéi Lavrov"
    with pytest.raises(RosterError) as caught:
        parse_roster('{"officials": [{"surname": "X", "convention": "western"}]}', "r.json")
    assert caught.value.text("es") == (
        "r.json: officials[0].convention: se esperaba given_first, family_first, arabic o iberian"
    )


# -- the spell checker never flags a name ----------------------------------------------


@pytest.fixture
def checker(tmp_path: Path) -> SpellChecker:
    return SpellChecker(user_dir=tmp_path / "user")


def _flagged(checker: SpellChecker, text: str, lang: str) -> list[str]:
    return [m.word for m in checker.check_text(text, lang)]  # type: ignore[arg-type]


def test_every_form_of_a_roster_name_is_known_in_both_languages(checker: SpellChecker) -> None:
    checker.set_names(split_names(e for entry in load_roster() for e in entry.name_texts()))
    es = "Sibiga y Serguéi Lavrov hablaron con el jeque Abdullah bin Zayed y Faisal bin Farhan."
    en = "Sybiha, Sibiga's aide and Sheikh Abdullah bin Zayed met Prince Faisal bin Farhan."
    assert _flagged(checker, es, "es") == []
    assert _flagged(checker, en, "en") == []
    assert _flagged(checker, "Sibigga y Serguei hablaron.", "es") == ["Sibigga", "Serguei"]


def test_every_name_of_the_readout_is_known_without_the_roster(
    checker: SpellChecker, renderer: Renderer
) -> None:
    sibiga = Official("Andrii", "Sybiha", country="UA", es_given_names="Andrí",
                      es_surname="Sibiga", title="foreign_minister")  # fmt: skip
    faisal = Official("Faisal bin Farhan", "Al Saud", country="SA", honorific="prince",
                      title="foreign_minister")  # fmt: skip
    points = [
        TalkingPoint(en="Sybiha and Farhan spoke.", es="Sibiga y Farhan hablaron con Andrí."),
        TalkingPoint(en="Sibbiga erred.", es="Sybbiha erró."),
    ]
    readout = _call(sibiga, faisal, points=points)
    checker.set_names(names_from_readout(readout))
    found = check_pair(renderer.render_pair(readout), checker)
    assert sorted((f.lang, f.word) for f in found) == [("en", "Sibbiga"), ("es", "Sybbiha")]


# -- a name in a script neither draft uses ----------------------------------------------


@pytest.mark.parametrize(
    ("given", "surname", "script_en", "script_es"),
    [
        ("Сергей", "Лавров", "Cyrillic", "cirílico"),
        ("فيصل", "", "Arabic", "árabe"),
        ("王", "毅", "Chinese characters", "caracteres chinos"),
    ],
)
def test_a_non_latin_name_gets_a_warning(
    given: str, surname: str, script_en: str, script_es: str, renderer: Renderer
) -> None:
    readout = _call(Official(given, surname, title="foreign_minister", country="RU"))
    pair = renderer.render_pair(readout)
    found = [f for f in run_checks(readout, pair) if f.check_id == "names.script"]
    assert [(f.severity, f.field) for f in found] == [("warning", "counterparts[0].given_names")]
    assert found[0].text("en") == (
        f"«{given}» is written in {script_en}, which neither draft uses: write the name in "
        "Latin letters and fill its transliteration fields (the Spanish spelling of the given "
        "names and surname, and the later-reference name)"
    )
    assert found[0].text("es").startswith(f"«{given}» está escrito en {script_es}, que ningún")
    assert found[0].place("es") == "Interlocutor 1 · nombre"


def test_latin_names_with_accents_stay_quiet(renderer: Renderer) -> None:
    officials = [
        Official("Hakan", "Fidan", country="TR", es_surname="Fidán"),
        Official("Bùi Thanh", "Sơn", country="VN"),
        Official("Radosław", "Sikorski", country="PL", es_given_names="Radosław"),
        Official("Jean-Noël", "Barrot", country="FR", honorific="Dr."),
    ]
    readout = _call(*officials)
    found = run_checks(readout, renderer.render_pair(readout))
    assert [f for f in found if f.check_id == "names.script"] == []


def test_check_command_warns_of_a_cyrillic_name(tmp_path: Path, example: Readout) -> None:
    example.counterparts[0].given_names = "Сергей"
    path = tmp_path / "cyrillic.readout"
    path.write_text(json.dumps(readout_to_dict(example)), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "editor_app.cli", "check", str(path), "--ui-lang", "es"],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )
    assert result.returncode == 1, result.stderr
    assert "counterparts[0].given_names  «Сергей» está escrito en cirílico" in result.stdout


def test_check_command_knows_the_roster_names_in_both_spellings(
    tmp_path: Path, example: Readout
) -> None:
    example.points = [
        TalkingPoint(
            en="They discussed Sybiha's and Lavrov's remarks with Prince Faisal bin Farhan.",
            es="Hablaron de lo dicho por Sibiga y Serguéi Lavrov con el príncipe Faisal bin "
            "Farhan y el jeque Abdullah bin Zayed, no Sibbiga.",
        )
    ]
    path = tmp_path / "roster-names.readout"
    path.write_text(json.dumps(readout_to_dict(example)), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "editor_app.cli", "check", str(path), "--json"],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )
    assert result.returncode == 1, result.stderr
    words = [f["word"] for f in json.loads(result.stdout)["spelling"]]
    assert words == ["Sibbiga"]


def test_the_name_fields_are_named_as_the_form_names_them() -> None:
    assert field_label("counterparts[1].es_surname", "es") == "Interlocutor 2 · apellido en español"
    assert field_label("principal.later_name", "en") == "Principal · later references"
    assert field_label("principal.honorific", "es") == "Funcionario principal · tratamiento"


def test_a_family_name_first_that_opens_with_a_particle_is_capitalised_in_spanish() -> None:
    # Found by the matrix: "la primera visita de {counterpart:name}" read "de de la Fuente".
    from editor_app.core import names
    from editor_app.core.model import Official

    official = Official(given_names="Juan Ramón", surname="de la Fuente", country="JP")
    assert names.full_name(official, "es") == "De la Fuente Juan Ramón"
    assert names.full_name(official, "en") == "de la Fuente Juan Ramón"
