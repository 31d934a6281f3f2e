"""Every bundled example renders to its expected drafts, exactly, in both languages, reads
with no problem, passes `readout check` clean, and together the examples show every shape
issue #15 asks a newcomer to learn from.

The expected texts are tests/core/fixtures/examples/<name>.{es,en}.txt, rewritten from the
renderer by tools/update_example_fixtures.py (review the diff). A fixture named in
known-wrong.json holds the text as it should read, which the renderer does not write yet:
its test is xfail (strict), so it flips when the fix lands.
"""

from __future__ import annotations

import io
import json
from importlib import resources
from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.core.checks.run import run_checks
from editor_app.core.model import Gender, Readout, RequestedBy
from editor_app.core.render import Renderer
from editor_app.core.store import example_names, parse_text

FIXTURES = Path(__file__).parent / "fixtures" / "examples"
NAMES = tuple(Path(n).stem for n in example_names())
KNOWN_WRONG: dict[str, str] = {
    key: why
    for key, why in json.loads((FIXTURES / "known-wrong.json").read_text("utf-8")).items()
    if not key.startswith("_")
}


def bundled(name: str) -> Readout:
    """The bundled example ``name``, read as the app reads it (no problems allowed)."""
    node = resources.files("editor_app.resources").joinpath("examples", f"{name}.readout")
    parsed = parse_text(node.read_text("utf-8"), name)
    assert parsed.problems == []
    return parsed.readout


def _cases() -> list[object]:
    cases: list[object] = []
    for name in NAMES:
        for lang in ("es", "en"):
            why = KNOWN_WRONG.get(f"{name}.{lang}")
            marks = [pytest.mark.xfail(strict=True, reason=why)] if why else []
            cases.append(pytest.param(name, lang, marks=marks, id=f"{name}-{lang}"))
    return cases


def test_there_are_a_dozen_examples_each_with_both_fixtures() -> None:
    assert len(NAMES) >= 12
    assert NAMES[0] == "landau-delafuente"  # File ▸ New's first example
    for name in NAMES:
        assert (FIXTURES / f"{name}.es.txt").is_file(), name
        assert (FIXTURES / f"{name}.en.txt").is_file(), name
    stale = {key.rsplit(".", 1)[0] for key in KNOWN_WRONG} - set(NAMES)
    assert stale == set()


@pytest.mark.parametrize(("name", "lang"), _cases())
def test_example_renders_as_expected(name: str, lang: str, renderer: Renderer) -> None:
    expected = (FIXTURES / f"{name}.{lang}.txt").read_text("utf-8")
    assert renderer.render(bundled(name), lang).as_text() == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("name", NAMES)
def test_readout_check_finds_no_error_or_warning(name: str) -> None:
    node = resources.files("editor_app.resources").joinpath("examples", f"{name}.readout")
    with resources.as_file(node) as path:
        out, err = io.StringIO(), io.StringIO()
        code = main(["check", "--json", str(path)], out, err)
    report = json.loads(out.getvalue())
    assert report["problems"] == []
    assert [c for c in report["checks"] if c["severity"] != "note"] == []
    assert report["spelling"] == []
    assert code == 0, err.getvalue()


@pytest.mark.parametrize("name", NAMES)
def test_examples_raise_no_parity_findings(name: str, renderer: Renderer) -> None:
    readout = bundled(name)
    findings = run_checks(readout, renderer.render_pair(readout))
    assert [f.check_id for f in findings if f.check_id.startswith("parity.")] == []


def _shapes(r: Readout) -> set[str]:
    """The shapes of issue #15.13 that readout ``r`` shows."""
    genders = {c.gender for c in r.counterparts}
    titles = {o.title for o in r.officials()}
    found = {
        "at the other side's request": r.requested_by is RequestedBy.COUNTERPART,
        "yesterday": (r.release_date - r.event_date).days == 1,
        "hosted meeting": r.lead.verb == "hosted",
        "sidelines of a summit": bool(r.lead.event.en) and not r.kind.is_call,
        "three counterparts of mixed genders": len(r.counterparts) >= 3 and len(genders) > 1,
        "multilateral call with a group": r.kind.is_call
        and r.kind.is_multilateral
        and bool(r.group.en),
        "female principal and counterpart": r.principal.gender is Gender.FEMININE
        and Gender.FEMININE in genders,
        "event in another year": r.event_date.year != r.release_date.year,
        "first of the month": r.event_date.day == 1,
        "Spain locale": r.locales.es == "es_ES",
        "head of state": "president" in titles,
        "ambassador": any("ambassador" in t for t in titles),
        "congratulation without purpose": not r.purpose.en
        and any("congratulat" in p.en for p in r.points),
    }
    return {shape for shape, shown in found.items() if shown}


def test_the_examples_cover_every_shape_a_newcomer_learns_from() -> None:
    covered = set().union(*(_shapes(bundled(name)) for name in NAMES))
    assert len(covered) == 13, covered


def test_each_shape_stays_in_its_own_example(renderer: Renderer) -> None:
    texts = {
        name: {lang: renderer.render(bundled(name), lang).as_text() for lang in ("es", "en")}
        for name in NAMES
    }
    asked = [n for n in NAMES if "request" in texts[n]["en"]]
    assert asked == ["rubio-sybiha-request"]
    assert [n for n in NAMES if "petición" in texts[n]["es"]] == asked
    hosted = [n for n in NAMES if " hosted " in texts[n]["en"]]
    assert hosted == ["rubio-albares-hosted"]
    assert [n for n in NAMES if " ha recibido al " in texts[n]["es"]] == hosted  # es_ES
    margins = [n for n in NAMES if "sidelines" in texts[n]["en"]]
    assert margins == ["rubio-wadephul-sidelines"]
    assert [n for n in NAMES if "al margen" in texts[n]["es"]] == margins
    yesterday = [n for n in NAMES if "yesterday" in texts[n]["en"]]
    assert yesterday == ["rubio-anand-yesterday"]
    assert [n for n in NAMES if " ayer " in texts[n]["es"]] == yesterday
    assert " to " not in texts["rubio-anand-yesterday"]["en"].split("\n\n")[3].split(".")[0]
    # A lead with no purpose ends at the counterpart's name, in both languages.
    bare = texts["rubio-motegi-congratulation"]
    assert "Motegi Toshimitsu. The Secretary congratulated" in bare["en"]
    assert "Motegi Toshimitsu. El secretario felicitó" in bare["es"]
    # A year other than the release's is said; the release's own year is not.
    assert "On December 30, 2024, Secretary" in texts["blinken-abdelatty-year-end"]["en"]
    assert "El 30 de diciembre de 2024, el secretario" in texts["blinken-abdelatty-year-end"]["es"]
    assert "On October 1, Deputy" in texts["landau-sommerfeld-first"]["en"]
    assert "El 1.º de octubre, el subsecretario" in texts["landau-sommerfeld-first"]["es"]
