"""The house's check file: switching checks off, pattern checks, style options, and clear
messages naming the file and the entry when the file is wrong."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from editor_app.core.checks.config import CheckConfigError, load_config
from editor_app.core.checks.run import run_checks
from editor_app.core.model import Readout, TalkingPoint
from editor_app.core.render import Renderer


def _write(tmp_path: Path, data: Any) -> Path:
    path = tmp_path / "checks.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data), "utf-8")
    return path


def test_no_file_means_defaults() -> None:
    config = load_config(None)
    assert (config.disabled, config.patterns, config.es_quotes, config.us_form) == (
        frozenset(),
        (),
        "«»",
        "U.S.",
    )


def test_a_whole_family_can_be_switched_off(
    tmp_path: Path, example: Readout, renderer: Renderer
) -> None:
    example.points.append(TalkingPoint(en="They  met.", es="Se  reunieron con el Canciller."))
    config = load_config(_write(tmp_path, {"disabled": ["es.*"]}))
    ids = {f.check_id for f in run_checks(example, renderer.render_pair(example), config)}
    assert ids == {"en.double-space"}


def test_pattern_check_fires_in_its_language_only(
    tmp_path: Path, example: Readout, renderer: Renderer
) -> None:
    path = _write(
        tmp_path,
        {
            "patterns": [
                {
                    "id": "house.aliens",
                    "regex": r"\billegal aliens\b",
                    "message": {"en": "say «undocumented migrants»", "es": "diga «migrantes»"},
                    "lang": "en",
                    "severity": "note",
                    "suggestion": "undocumented migrants",
                }
            ]
        },
    )
    pair = renderer.render_pair(example)
    findings = run_checks(example, pair, load_config(path))
    assert [(f.check_id, f.severity, f.lang, f.part, f.suggestion) for f in findings] == [
        ("house.aliens", "note", "en", "body.2", "undocumented migrants")
    ]
    f = findings[0]
    assert pair.en.text_of("body.2")[f.start : f.end] == "illegal aliens"
    assert f.message == "«illegal aliens»: say «undocumented migrants»"
    (es,) = run_checks(example, pair, load_config(path), ui_lang="es")
    assert es.message == "«illegal aliens»: diga «migrantes»"
    assert f.text("es") == es.message and es.text("en") == f.message


def test_pattern_message_braces_are_kept_as_written(
    tmp_path: Path, example: Readout, renderer: Renderer
) -> None:
    message = {"en": "write {U.S.} as {0} {name!r}", "es": "escriba {EE. UU.} {"}
    path = _write(
        tmp_path,
        {"patterns": [{"id": "house.braces", "regex": "Landau", "message": message}]},
    )
    findings = run_checks(example, renderer.render_pair(example), load_config(path))
    assert findings
    for f in findings:
        assert f.text("en") == "«Landau»: write {U.S.} as {0} {name!r}"
        assert f.text("es") == "«Landau»: escriba {EE. UU.} {"


def test_pattern_check_quiet_when_the_text_does_not_match(
    tmp_path: Path, example: Readout, renderer: Renderer
) -> None:
    path = _write(
        tmp_path,
        {"patterns": [{"id": "house.aliens", "regex": "aliens", "message": "m", "lang": "es"}]},
    )
    assert run_checks(example, renderer.render_pair(example), load_config(path)) == []


def test_pattern_check_can_be_disabled_by_its_id(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        {
            "disabled": ["house.x"],
            "patterns": [{"id": "house.x", "regex": "x", "message": "m"}],
        },
    )
    assert not load_config(path).enabled("house.x")


def test_house_quotes_and_us_form(tmp_path: Path, example: Readout, renderer: Renderer) -> None:
    example.points.append(
        TalkingPoint(en="It is a U.S. priority, said the U.S.", es="Dijo «basta» y “ya”.")
    )
    config = load_config(_write(tmp_path, {"es_quotes": "“”", "us_form": "US"}))
    findings = [
        f
        for f in run_checks(example, renderer.render_pair(example), config)
        if f.part == "body.4" or f.check_id == "en.us-form"
    ]
    got = [(f.check_id, f.part, f.suggestion) for f in findings]
    assert ("es.quotes", "body.4", "“basta”") in got
    assert [s for i, p, s in got if i == "en.us-form" and p == "body.4"] == ["US", "US."]
    assert len([g for g in got if g[0] == "es.quotes"]) == 1


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('{"disabled": [', "checks.json: line 1, column 15"),
        ("[]", "checks.json: expected a JSON object"),
        ({"disabled": "es.eeuu"}, "'disabled' must be a list"),
        ({"disabled": ["es.title-capitol"]}, "did you mean 'es.title-capital'?"),
        ({"disabled": [3]}, "disabled[0]: expected a check id"),
        ({"colours": 1}, "unknown setting 'colours'"),
        ({"es_quotes": "''"}, "'es_quotes' must be '«»' or '“”'"),
        (
            {"patterns": [{"id": "house.bad", "regex": "(unclosed", "message": "m"}]},
            "patterns[0] (house.bad): bad regex '(unclosed'",
        ),
        ({"patterns": [{"id": "house.e", "regex": "a*", "message": "m"}]}, "matches empty"),
        ({"patterns": [{"id": "house.m", "regex": "a"}]}, "(house.m): 'message'"),
        ({"patterns": [{"regex": "a", "message": "m"}]}, "patterns[0]: 'id'"),
        ({"patterns": [{"id": "es.eeuu", "regex": "a", "message": "m"}]}, "built-in check"),
        (
            {"patterns": [{"id": "h.l", "regex": "a", "message": "m", "lang": "fr"}]},
            "'lang' must be",
        ),
        (
            {"patterns": [{"id": "h.s", "regex": "a", "message": "m", "severity": "fatal"}]},
            "'severity' must be one of error, warning, note",
        ),
        ({"patterns": [{"id": "h.k", "regex": "a", "message": "m", "rgx": 1}]}, "unknown key"),
        ({"patterns": ["a"]}, "patterns[0]: expected an object"),
    ],
)
def test_bad_files_get_a_clear_message(tmp_path: Path, content: Any, expected: str) -> None:
    path = _write(tmp_path, content)
    with pytest.raises(CheckConfigError) as info:
        load_config(path)
    assert str(path) in str(info.value)
    assert expected in str(info.value)


def test_unreadable_file_names_the_file(tmp_path: Path) -> None:
    missing = tmp_path / "nope.json"
    with pytest.raises(CheckConfigError, match="nope.json: cannot read"):
        load_config(missing)
