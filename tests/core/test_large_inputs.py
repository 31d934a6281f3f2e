"""Work that grows with the readout, not faster: placeholders, points, clearing offices.

Each case once took minutes (or gigabytes) because some step rescanned everything done
so far. Big cases run in a child process with a time and memory ceiling, so a
regression fails here instead of stalling the machine; the checks' cost is compared by
the number of Python lines they run (deterministic, unlike a clock).
"""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Callable
from types import FrameType
from typing import Any

from editor_app.core.checks.run import run_checks
from editor_app.core.draft import Draft, DraftPair, DraftPart
from editor_app.core.export.no_proof import NoProofFinder
from editor_app.core.model import Readout, TalkingPoint
from tests.core.bounded import run_bounded

PLACEHOLDERS = 100_000


def test_a_point_with_a_hundred_thousand_placeholders_renders(example: Readout) -> None:
    # Rescanning the text written so far at each placeholder made this take ~20 minutes.
    result = run_bounded(f"""
        from editor_app.core.model import TalkingPoint
        from editor_app.core.render import Renderer
        from editor_app.core.store import load_example
        readout = load_example()
        readout.points = [TalkingPoint(
            en="We thank {{principal}}. " * {PLACEHOLDERS},
            es="Gracias a {{principal}}. " * {PLACEHOLDERS},
        )]
        pair = Renderer(time_limit=600).render_pair(readout)
        print(pair.en.body[0].count("We thank Deputy Secretary Landau."))
        print(pair.es.body[0].count("Gracias al subsecretario Landau."))
        print(pair.es.body[0][:60])
    """)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.splitlines() == [
        str(PLACEHOLDERS),
        str(PLACEHOLDERS),
        "Gracias al subsecretario Landau. Gracias al subsecretario La",
    ]


def test_a_placeholder_after_a_sentence_still_opens_with_a_capital(example: Readout) -> None:
    example.points = [
        TalkingPoint(
            en="{principal} spoke. {principal} listened.\n{counterpart} agreed: {principal} too",
            es="{principal} habló.   {principal} escuchó.\n{counterpart} dijo: {principal}, y",
        )
    ]
    from editor_app.core.render import Renderer

    pair = Renderer().render_pair(example)
    assert pair.es.body == [
        "El subsecretario Landau habló.   El subsecretario Landau escuchó.\n"
        "El canciller De la Fuente dijo: el subsecretario Landau, y"
    ]
    assert pair.en.body == [
        "Deputy Secretary Landau spoke. Deputy Secretary Landau listened.\n"
        "Foreign Secretary de la Fuente agreed: Deputy Secretary Landau too"
    ]


class _OverBudget(BaseException):
    """Raised inside the traced code once it has run more lines than allowed."""


def _lines_run(func: Callable[[], object], budget: int) -> int:
    """How many Python lines ``func`` runs (``budget + 1`` when it runs more)."""
    count = 0

    def local(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal count
        if event == "line":
            count += 1
            if count > budget:
                raise _OverBudget
        return local

    def start(frame: FrameType, event: str, arg: Any) -> Any:
        return local

    previous = sys.gettrace()
    sys.settrace(start)
    try:
        func()
    except _OverBudget:
        pass
    finally:
        sys.settrace(previous)
    return count


def _long_pair(readout: Readout, pair: DraftPair, points: int) -> tuple[Readout, DraftPair]:
    readout = dataclasses.replace(
        readout,
        points=[TalkingPoint(en=f"Point {n}.", es=f"Punto {n}.") for n in range(1, points + 1)],
    )

    def grow(draft: Draft, prefix: str) -> Draft:
        head = [p for p in draft.parts if not p.is_body and p.key != "closing"]
        tail = [p for p in draft.parts if p.key == "closing"]
        body = [
            DraftPart(f"body.{n}", f"{prefix} {n}.", f"{prefix} {n}.") for n in range(1, points + 1)
        ]
        return dataclasses.replace(draft, parts=tuple(head + body + tail))

    return readout, DraftPair(grow(pair.es, "Punto"), grow(pair.en, "Point"))


def test_the_checks_cost_grows_linearly_with_the_points(example: Readout, renderer: Any) -> None:
    # Each part was looked up by a scan of the whole draft: 40,000 points took 33 s.
    pair = renderer.render_pair(example)
    small = _long_pair(example, pair, 500)
    large = _long_pair(example, pair, 2000)
    assert run_checks(*small) == [] and run_checks(*large) == []  # also warms the caches
    small_lines = _lines_run(lambda: run_checks(*small), budget=10**8)
    # Four times the points may cost four times the lines, with room for fixed costs.
    budget = small_lines * 4 * 3 // 2
    large_lines = _lines_run(lambda: run_checks(*large), budget=budget)
    assert large_lines <= budget, f"{small_lines:,} lines for 500 points, more than 6x for 2,000"


def test_a_million_blank_clearing_offices_cost_nothing_in_the_export(tmp_path: Any) -> None:
    # Each blank row became a table row: 6 minutes and 11 GB for a million.
    result = run_bounded(f"""
        from pathlib import Path
        import docx
        from editor_app.core.model import Clearer
        from editor_app.core.render import render_pair
        from editor_app.core.store import load_example
        from editor_app.core.export.writer import export
        readout = load_example()
        readout.clearance.clearers = [Clearer() for _ in range(1_000_000)]
        readout.clearance.clearers[500_000] = Clearer(office="WHA/MEX", name="Ana Ruiz")
        [path] = export(readout, render_pair(readout), Path({str(tmp_path / "r.docx")!r}))
        table = docx.Document(str(path)).tables[-2]
        print([[c.text for c in row.cells] for row in table.rows][1:])
    """)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "[['WHA/MEX', 'Ana Ruiz', 'Pendiente', '—']]"


def test_a_sheet_of_fifty_thousand_names_is_marked_in_one_pass() -> None:
    # One regular expression with a name per alternative tried every name at every
    # character: each paragraph of a sheet of many clearing officers cost minutes.
    result = run_bounded("""
        from docx.oxml.ns import qn
        from lxml import etree
        from editor_app.core.export.docx_styles import RunWriter
        from editor_app.core.export.docx_xml import Para, append_xml
        names = [f"Name{n} Surname{n}" for n in range(50_000)]
        text = "Se consultó a " * 10_000 + ", ".join(f"name{n} surname{n}" for n in range(100))
        paragraph = Para()
        RunWriter("es-MX", names).write(paragraph, text)
        body = etree.Element(qn("w:body"))
        append_xml(body, paragraph.render())
        no_proof = f"{qn('w:rPr')}/{qn('w:noProof')}"
        runs = body[0].iter(qn("w:r"))
        marked = [r.findtext(qn("w:t")) for r in runs if r.find(no_proof) is not None]
        print(len(marked), marked[-1])
    """)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "100 name99 surname99"


def test_the_longest_name_wins_and_words_stay_whole() -> None:
    finder = NoProofFinder(["De la Fuente", "Juan Ramón de la Fuente", "Ana", "Ruiz"])
    text = "Juan Ramón de la Fuente y De la fuente; Anabel, ana, Ruiz-Ana."
    found = [text[s:e] for s, e, _ in finder.spans(text)]
    assert found == ["Juan Ramón de la Fuente", "De la fuente", "ana", "Ruiz", "Ana"]
