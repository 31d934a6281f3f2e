"""Export benchmarks: the example as a whole process against pandoc, and scaling.

Rows:
- the bundled example exported to .docx by ``readout export`` (a whole process: start,
  load, render, export, write) against ``pandoc`` turning the same two drafts, as
  Markdown, into a .docx — both timed here, in this run;
- the floor under it: a Python process that only loads the libraries an export needs
  (lxml, Jinja2, Babel's Spanish and English date data), against the same pandoc run;
- the export's cost per paragraph at 2,000 paragraphs against the same at 200 (the
  ratio shows whether the export stays linear; goal <= 1.5);
- the same per clearing office, 1,000 named offices on the clearance sheet against 100
  (each name also marked no-proof wherever it appears);
- in-app export, warm: a ~2,000-word readout rendered and written to .docx inside a
  running process (as the window's export job does, modules and templates loaded),
  against pandoc's whole process for the example;
- batch export: 100 readouts by ``readout export … --out-dir`` in one process, per
  readout, against pandoc run once per file on the same 100 drafts (goal: 3x faster).
"""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
import sys
import tempfile
from functools import partial
from pathlib import Path

from bench.common import Row, best_of, scaling_row
from editor_app.core.draft import Draft, DraftPair, DraftPart
from editor_app.core.export.text import to_markdown
from editor_app.core.export.writer import export
from editor_app.core.model import Clearer
from editor_app.core.render import render_pair
from editor_app.core.store import load_example

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "resources" / "examples" / "landau-delafuente.readout"


def run() -> list[Row]:
    """Measure and return the rows (the pandoc row is left out when pandoc is missing)."""
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        rows = _process_rows(work)
        rows.append(_scaling_row(work))
        rows.append(_clearers_row(work))
    return rows


def _our_command(out: Path) -> list[str]:
    script = Path(sys.executable).with_name("readout")
    if script.exists():
        return [str(script), "export", str(EXAMPLE), "-o", str(out)]
    # No installed entry point (e.g. a bare checkout): the same work through python -c.
    code = (
        "import sys; from pathlib import Path;"
        "from editor_app.core.store import load_file;"
        "from editor_app.core.render import render_pair;"
        "from editor_app.core.export.writer import export;"
        "r = load_file(Path(sys.argv[1])).readout;"
        "export(r, render_pair(r), Path(sys.argv[2]))"
    )
    return [sys.executable, "-c", code, str(EXAMPLE), str(out)]


LIBRARIES_ALONE = (
    "import datetime, lxml.etree, jinja2\n"
    "from babel.dates import format_date\n"
    "day = datetime.date(2025, 3, 26)\n"
    "format_date(day, 'long', locale='es_MX'), format_date(day, 'long', locale='en_US')\n"
)
"""What any Python export of a readout loads before its own code runs: the floor under
the whole-process row."""


def _process_rows(work: Path) -> list[Row]:
    pandoc = shutil.which("pandoc")
    if pandoc is None:
        print("bench_export: pandoc is not installed; skipping the pandoc row", file=sys.stderr)
        return []
    pair = render_pair(load_example())
    markdown = work / "example.md"
    markdown.write_text(to_markdown(pair.es) + "\n" + to_markdown(pair.en), encoding="utf-8")
    ours_cmd = _our_command(work / "ours.docx")
    peer_cmd = [pandoc, str(markdown), "-o", str(work / "pandoc.docx")]

    def call(cmd: list[str]) -> None:
        subprocess.run(cmd, check=True, capture_output=True, cwd=ROOT, timeout=120)

    ours = best_of(lambda: call(ours_cmd), repeat=5)
    peer = best_of(lambda: call(peer_cmd), repeat=5)
    floor = best_of(lambda: call([sys.executable, "-c", LIBRARIES_ALONE]), repeat=5)
    return [
        Row(
            area="export",
            what="example → .docx, whole process",
            ours=ours * 1000,
            peer_name="pandoc md→docx",
            peer=peer * 1000,
            unit="ms",
            goal="<= 2.0",
        ),
        Row(
            area="export",
            what="the libraries alone: python loading lxml, Jinja2, Babel's es+en dates",
            ours=floor * 1000,
            peer_name="pandoc md→docx",
            peer=peer * 1000,
            unit="ms",
            goal="report (the floor)",
        ),
        _warm_row(work, peer),
        _batch_row(work, markdown, pandoc),
    ]


def _warm_row(work: Path, pandoc_process: float) -> Row:
    from bench.bench_checks import long_readout

    readout = long_readout()
    out = work / "warm.docx"

    def once() -> None:
        export(readout, render_pair(readout), out)

    once()  # modules, templates and glossary loaded, as in a window that has exported
    return Row(
        area="export",
        what="in-app export, warm: ~2,000 words → .docx",
        ours=best_of(once, repeat=5) * 1000,
        peer_name="pandoc whole process",
        peer=pandoc_process * 1000,
        unit="ms",
        goal="<= 1.0",
    )


BATCH = 100


def _batch_row(work: Path, markdown: Path, pandoc: str) -> Row:
    folder = work / "batch"
    folder.mkdir()
    text = EXAMPLE.read_text("utf-8")
    for n in range(BATCH):
        (folder / f"readout-{n:03d}.readout").write_text(text, "utf-8")
        shutil.copy(markdown, folder / f"readout-{n:03d}.md")
    ours_cmd = [sys.executable, "-m", "editor_app.cli", "export", str(folder)]
    ours_cmd += ["--out-dir", str(work / "batch-out")]

    def ours() -> None:
        subprocess.run(ours_cmd, check=True, capture_output=True, cwd=ROOT, timeout=600)

    def peer() -> None:
        for n in range(BATCH):
            md = folder / f"readout-{n:03d}.md"
            subprocess.run(
                [pandoc, str(md), "-o", str(md.with_suffix(".docx"))],
                check=True,
                capture_output=True,
                timeout=120,
            )

    return Row(
        area="export",
        what=f"batch export of {BATCH} readouts, per readout",
        ours=best_of(ours, repeat=2) * 1000 / BATCH,
        peer_name="pandoc once per file",
        peer=best_of(peer, repeat=2) * 1000 / BATCH,
        unit="ms",
        goal="<= 0.33",
    )


def _long_pair(pair: DraftPair, points: int) -> DraftPair:
    def grow(draft: Draft) -> Draft:
        body = draft.body
        head = [p for p in draft.parts if not p.is_body and p.key != "closing"]
        tail = [p for p in draft.parts if p.key == "closing"]
        new = [DraftPart(f"body.{n}", body[n % len(body)]) for n in range(1, points + 1)]
        return dataclasses.replace(draft, parts=tuple(head + new + tail))

    return DraftPair(grow(pair.es), grow(pair.en))


def _scaling_row(work: Path) -> Row:
    readout = load_example()
    pair = render_pair(readout)
    per_paragraph: dict[int, float] = {}
    for points in (200, 2000):
        long_pair = _long_pair(pair, points)
        seconds = best_of(partial(export, readout, long_pair, work / "long.docx"), repeat=3)
        per_paragraph[points] = seconds * 1000 / points
    return Row(
        area="export",
        what="docx side-by-side, per paragraph: 2,000 vs 200",
        ours=per_paragraph[2000],
        peer_name="same at 200",
        peer=per_paragraph[200],
        unit="ms/para",
        goal="<= 1.5",
    )


def _clearers_row(work: Path) -> Row:
    readout = load_example()
    pair = render_pair(readout)

    def measure(count: int) -> float:
        readout.clearance.clearers = [
            Clearer(office=f"Office {n}", name=f"Officer{n} Surname{n}") for n in range(count)
        ]
        return best_of(partial(export, readout, pair, work / "clearers.docx"), repeat=3)

    return scaling_row("export", "docx clearance sheet", "office", (100, 1_000), measure)


if __name__ == "__main__":
    from bench.__main__ import print_table

    print_table(run())
