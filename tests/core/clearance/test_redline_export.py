"""``readout export --changes-since CLEARED.docx``: the next round sees what changed since."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.core.clearance.reader import read_cleared_copy
from editor_app.core.export.paths import ExportError
from editor_app.core.export.writer import export
from editor_app.core.render import render_pair
from tests.core.clearance.sent_drafts import FIXTURES, readout_as_sent, sent_pair

LAYOUT = "sequential"


@pytest.mark.parametrize("layout", ["side-by-side", "sequential", "separate"])
def test_the_redline_goes_from_the_cleared_text_to_todays_drafts(
    tmp_path: Path, layout: str
) -> None:
    readout = readout_as_sent()
    cleared = read_cleared_copy(FIXTURES / f"eur-{LAYOUT}.docx", readout, sent_pair(LAYOUT))
    since = {(p.lang, p.key): p.accepted for p in cleared.parts}
    pair = render_pair(readout)
    for path in export(readout, pair, tmp_path / "round2.docx", layout=layout, since=since):
        again = read_cleared_copy(path, readout, pair)
        assert again.same_revision
        for part in again.parts:
            assert part.accepted == part.current  # accepted: today's drafts
            assert part.exported == since[(part.lang, part.key)]  # rejected: what was seen
        # Redlined: the parts the offices changed, and any the drafts reword since.
        changed = {(p.lang, p.key) for p in again.changed_parts()}
        differs = {(p.lang, p.key) for p in again.parts if p.current != since[(p.lang, p.key)]}
        reviewed = {("es", "body.2"), ("es", "body.3"), ("en", "lead"), ("en", "body.2")}
        langs = {p.lang for p in again.parts}
        assert changed == differs
        assert {k for k in reviewed if k[0] in langs} <= changed


def test_only_word_files_show_changes(tmp_path: Path) -> None:
    readout = readout_as_sent()
    with pytest.raises(ExportError, match="only show in docx"):
        export(readout, render_pair(readout), tmp_path / "x.html", fmt="html", since={})


def test_the_command_refuses_an_unusable_copy(tmp_path: Path) -> None:
    bogus = tmp_path / "cleared.docx"
    bogus.write_text("no", "utf-8")
    err = io.StringIO()
    code = main(
        [
            "export",
            str(FIXTURES / "sent.readout"),
            "-o",
            str(tmp_path / "out.docx"),
            "--changes-since",
            str(bogus),
        ],
        io.StringIO(),
        err,
    )
    assert code == 2
    assert "not a usable cleared copy: it is not a Word document" in err.getvalue()
    assert not (tmp_path / "out.docx").exists()
