"""The whole loop on today's drafts: export, edit in LibreOffice with Track Changes on,
import. Skipped where LibreOffice's Python bridge (Debian: python3-uno) is missing; the
committed fixtures cover the same ground there."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from editor_app.core.clearance.reader import read_cleared_copy
from editor_app.core.clearance.revisions import DELETION, INSERTION
from editor_app.core.export.paths import LAYOUTS
from editor_app.core.export.writer import export
from editor_app.core.render import render_pair
from editor_app.core.store import load_example
from tests.core.clearance.sent_drafts import FIXTURES

SYSTEM_PYTHON = "/usr/bin/python3"


def _has_uno() -> bool:
    if not Path(SYSTEM_PYTHON).exists() or shutil.which("soffice") is None:
        return False
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import uno"], capture_output=True)
    return probe.returncode == 0


pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not _has_uno(), reason="LibreOffice's uno bridge is not installed"),
]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_export_edit_in_libreoffice_import(tmp_path: Path, layout: str) -> None:
    readout = load_example()
    pair = render_pair(readout)
    sent = export(readout, pair, tmp_path / "sent.docx", layout=layout)
    passes = [
        {
            "in": str(path),
            "out": str(path.with_name("cleared-" + path.name)),
            "author": "Lou Reviewer",
            "edits": [
                {"op": "replace", "find": "cárteles", "with": "organizaciones criminales"}
                if "-en" not in path.name
                else {"op": "delete", "find": "Today "},
            ],
        }
        for path in sent
    ]
    script = tmp_path / "script.json"
    script.write_text(json.dumps({"passes": passes}), "utf-8")
    subprocess.run(
        [SYSTEM_PYTHON, str(FIXTURES / "lo_review.py"), str(script)], check=True, timeout=180
    )
    found = {}
    for path in sent:
        copy = read_cleared_copy(path.with_name("cleared-" + path.name), readout, pair)
        assert copy.same_revision and copy.missing == ()
        found |= {
            (p.lang, p.key): [(c.kind, c.author, c.text) for c in p.changes]
            for p in copy.changed_parts()
        }
    expected_es = {
        ("es", "body.2"): [
            (DELETION, "Lou Reviewer", "cárteles"),
            (INSERTION, "Lou Reviewer", "organizaciones criminales"),
        ]
    }
    if layout == "separate":
        assert found == expected_es | {("en", "lead"): [(DELETION, "Lou Reviewer", "Today ")]}
    else:
        assert found == expected_es
