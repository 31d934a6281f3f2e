"""Placeholders that name no one and appositions left open: exact findings in both
languages, on the bundled example (Landau with one counterpart, De la Fuente)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.core.checks.base import Finding
from editor_app.core.checks.run import run_checks
from editor_app.core.model import Readout, TalkingPoint
from editor_app.core.render import Renderer
from editor_app.core.store import example_text


def findings(readout: Readout, renderer: Renderer, check_id: str) -> list[Finding]:
    pair = renderer.render_pair(readout)
    return [f for f in run_checks(readout, pair) if f.check_id == check_id]


def texts(found: list[Finding]) -> list[tuple[str | None, str, str]]:
    return [(f.field, f.text("en"), f.text("es")) for f in found]


def test_a_misspelt_placeholder_is_an_error_with_the_name_meant(
    example: Readout, renderer: Renderer
) -> None:
    example.points = [TalkingPoint(es="Lo dijo {conterpart}.", en="{principal:frist} said so.")]
    found = findings(example, renderer, "refs.placeholder")
    assert [f.severity for f in found] == ["error", "error"]
    assert texts(found) == [
        (
            "points[0].es",
            "«{conterpart}» names no one: there is no placeholder by that name; "
            "write «{counterpart}»",
            "«{conterpart}» no nombra a nadie: no hay ningún marcador con ese nombre; "
            "escriba «{counterpart}»",
        ),
        (
            "points[0].en",
            "«{principal:frist}» names no one: a reference has no such form; "
            "write «{principal:first}»",
            "«{principal:frist}» no nombra a nadie: las menciones no tienen esa forma; "
            "escriba «{principal:first}»",
        ),
    ]
    assert [f.suggestion for f in found] == ["{counterpart}", "{principal:first}"]


def test_a_second_counterpart_that_is_not_there_is_an_error(
    example: Readout, renderer: Renderer
) -> None:
    example.points = [TalkingPoint(es="Habló {counterpart2}.", en="{counterpart2:title} spoke.")]
    found = findings(example, renderer, "refs.placeholder")
    assert texts(found) == [
        (
            "points[0].es",
            "«{counterpart2}» names no one: the readout has 1 counterpart; write «{counterpart}»",
            "«{counterpart2}» no nombra a nadie: el comunicado tiene 1 interlocutor; "
            "escriba «{counterpart}»",
        ),
        (
            "points[0].en",
            "«{counterpart2:title}» names no one: the readout has 1 counterpart; "
            "write «{counterpart:title}»",
            "«{counterpart2:title}» no nombra a nadie: el comunicado tiene 1 interlocutor; "
            "escriba «{counterpart:title}»",
        ),
    ]
    # The draft shows it as typed: that is what the finding is about.
    assert renderer.render(example, "es").body == ["Habló {counterpart2}."]


def test_a_name_far_from_any_placeholder_gets_every_name(
    example: Readout, renderer: Renderer
) -> None:
    example.points = [TalkingPoint(es="Habló {xyz}.", en="Spoke.")]
    (found,) = findings(example, renderer, "refs.placeholder")
    assert found.text("en") == (
        "«{xyz}» names no one: there is no placeholder by that name; "
        "write «{principal}», «{counterpart}», or «{joint}»"
    )
    assert found.text("es") == (
        "«{xyz}» no nombra a nadie: no hay ningún marcador con ese nombre; "
        "escriba «{principal}», «{counterpart}» o «{joint}»"
    )


def test_with_no_counterparts_joint_names_no_one(example: Readout, renderer: Renderer) -> None:
    example.counterparts = []
    example.points = [TalkingPoint(es="{joint} hablaron.", en="{joint} spoke.")]
    found = findings(example, renderer, "refs.placeholder")
    assert found[0].text("en") == (
        "«{joint}» names no one: the readout has 0 counterparts; write «{principal}»"
    )
    assert found[0].text("es") == (
        "«{joint}» no nombra a nadie: el comunicado tiene 0 interlocutores; escriba «{principal}»"
    )


def test_every_placeholder_that_names_someone_passes(example: Readout, renderer: Renderer) -> None:
    from editor_app.core.placeholders import names

    every = " ".join(names(len(example.counterparts)))
    example.points = [TalkingPoint(es=every + " {counterpart1}.", en=every + ".")]
    assert findings(example, renderer, "refs.placeholder") == []
    assert "{" not in renderer.render(example, "es").body[0]


def test_readout_check_fails_on_a_placeholder_that_names_no_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = json.loads(example_text())
    data["points"][0]["en"] = "{counterpart2} agreed."
    path = tmp_path / "typo.readout"
    path.write_text(json.dumps(data), "utf-8")
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert (
        "error  en  points[0].en  «{counterpart2}» names no one: the readout has 1 "
        "counterpart; write «{counterpart}»"
    ) in out


@pytest.mark.parametrize(
    "typed",
    [
        "Habló con el secretario de Relaciones Exteriores de México, Juan Ramón de la Fuente y "
        "con otros.",
        "La canciller de Ucrania, Olena Kovalenko reiteró su apoyo.",
        "Se reunió con el ministro de Asuntos Exteriores, Unión Europea y Cooperación de "
        "España, José Manuel Albares e Hidalgo.",
    ],
)
def test_an_open_apposition_is_flagged_with_its_comma(
    typed: str, example: Readout, renderer: Renderer
) -> None:
    example.points = [TalkingPoint(es=typed, en="They spoke.")]
    found = findings(example, renderer, "es.apposition-open")
    assert len(found) == 1
    f = found[0]
    assert (f.lang, f.part, f.severity) == ("es", "body.1", "warning")
    name_end = f.end or 0
    closed = typed[:name_end] + "," + typed[name_end:]
    assert f.suggestion == typed[f.start : f.end] + ","
    assert f.text("es") == (
        f"«{typed[f.start : f.end]}»: falta la coma que cierra la aposición; "
        f"escriba «{f.suggestion}»"
    )
    assert f.text("en") == (
        f"«{typed[f.start : f.end]}»: the apposition is not closed; write «{f.suggestion}»"
    )
    example.points = [TalkingPoint(es=closed, en="They spoke.")]
    assert findings(example, renderer, "es.apposition-open") == []


def test_the_exact_span_of_an_open_apposition(example: Readout, renderer: Renderer) -> None:
    example.points = [TalkingPoint(es="Ayer el canciller de Ucrania, Andrii Sybiha y él.", en="x")]
    (f,) = findings(example, renderer, "es.apposition-open")
    assert f.text("en") == (
        "«el canciller de Ucrania, Andrii Sybiha»: the apposition is not closed; "
        "write «el canciller de Ucrania, Andrii Sybiha,»"
    )


@pytest.mark.parametrize(
    "typed",
    [
        "{counterpart:first} y {principal:first} conversaron: {counterpart:first} reiteró.",
        "El ministro de Asuntos Exteriores, Unión Europea y Cooperación de España, José "
        "Manuel Albares, conversó.",
        "Con el canciller de México, Juan Ramón de la Fuente.",
        "El canciller, Juan Ramón de la Fuente, habló.",
        "En Washington, Marco Rubio y Juan Ramón de la Fuente hablaron.",
    ],
)
def test_closed_appositions_and_plain_lists_pass(
    typed: str, example: Readout, renderer: Renderer
) -> None:
    example.points = [TalkingPoint(es=typed, en="They spoke.")]
    assert findings(example, renderer, "es.apposition-open") == []
