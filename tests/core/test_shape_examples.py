"""The bundled shape examples render to their expected drafts, exactly, in both languages:
a call at the other side's request, "yesterday" without a purpose, a hosted meeting with a
place, a meeting on the sidelines of an event."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from editor_app.core.checks.run import run_checks
from editor_app.core.model import Readout
from editor_app.core.render import Renderer
from editor_app.core.store import parse_text

FIXTURES = Path(__file__).parent / "fixtures" / "examples"
NAMES = (
    "rubio-sybiha-request",
    "rubio-anand-yesterday",
    "rubio-albares-hosted",
    "rubio-wadephul-sidelines",
)


def bundled(name: str) -> Readout:
    """The bundled example ``name``, read as the app reads it (no problems allowed)."""
    node = resources.files("editor_app.resources").joinpath("examples", f"{name}.readout")
    parsed = parse_text(node.read_text("utf-8"), name)
    assert parsed.problems == []
    return parsed.readout


@pytest.mark.parametrize("lang", ["es", "en"])
@pytest.mark.parametrize("name", NAMES)
def test_example_renders_as_expected(name: str, lang: str, renderer: Renderer) -> None:
    expected = (FIXTURES / f"{name}.{lang}.txt").read_text("utf-8")
    assert renderer.render(bundled(name), lang).as_text() == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("name", NAMES)
def test_examples_raise_no_parity_findings(name: str, renderer: Renderer) -> None:
    readout = bundled(name)
    findings = run_checks(readout, renderer.render_pair(readout))
    assert [f.check_id for f in findings if f.check_id.startswith("parity.")] == []


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
