"""``readout import FILE CLEARED.docx``: the report, its JSON, and its exit status."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

from editor_app.cli import main
from editor_app.core.export.writer import export
from editor_app.core.render import render_pair
from editor_app.core.store import load_file
from tests.core.clearance.sent_drafts import FIXTURES


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def test_an_unchanged_copy_reports_nothing_and_exits_0(tmp_path: Path) -> None:
    readout_file = tmp_path / "call.readout"
    shutil.copy(FIXTURES / "sent.readout", readout_file)
    readout = load_file(readout_file).readout
    [copy] = export(readout, render_pair(readout), tmp_path / "call.docx")
    code, out, _ = _run("import", str(readout_file), str(copy))
    assert (code, out) == (0, f"{copy}: no changes and no comments\n")
    code, out, _ = _run("import", str(readout_file), str(copy), "--ui-lang", "es")
    assert (code, out) == (0, f"{copy}: sin cambios ni comentarios\n")


def test_changes_are_reported_and_exit_1(tmp_path: Path) -> None:
    code, out, _ = _run(
        "import", str(FIXTURES / "sent.readout"), str(FIXTURES / "wha-sequential.docx")
    )
    assert code == 1
    assert "Point 2 (Spanish):\n  deleted by Ana Ruiz " in out
    assert "Lead: changed in English only; check the other version" in out.splitlines()
    assert out.splitlines()[-1] == "proposed clearance: WHA/MEX cleared (Ana Ruiz, 2025-03-27)"


def test_json_lists_every_part_with_its_changes(tmp_path: Path) -> None:
    code, out, _ = _run(
        "import", str(FIXTURES / "sent.readout"), str(FIXTURES / "eur-side-by-side.docx"), "--json"
    )
    data = json.loads(out)
    assert code == 1
    assert len(data["parts"]) == 16
    lead = next(p for p in data["parts"] if (p["lang"], p["key"]) == ("en", "lead"))
    assert lead["changes"][0]["kind"] == "insertion"
    assert lead["changes"][0]["author"] == "Ana Ruiz"
    assert data["one_language_changes"] == [["es", "body.3"], ["en", "lead"]]
    assert [p["office"] for p in data["proposals"]] == ["EUR", "WHA/MEX"]


def test_a_hostile_return_exits_2_and_leaves_the_readout_as_it_was(tmp_path: Path) -> None:
    readout_file = tmp_path / "call.readout"
    shutil.copy(FIXTURES / "sent.readout", readout_file)
    before = readout_file.read_bytes()
    bogus = tmp_path / "cleared.docx"
    bogus.write_bytes(b"PK\x03\x04 not really a zip")
    code, out, err = _run("import", str(readout_file), str(bogus))
    assert (code, out) == (2, "")
    assert (
        err == f"readout: {bogus}: not a usable cleared copy: it is not a Word document (.docx)\n"
    )
    assert readout_file.read_bytes() == before
