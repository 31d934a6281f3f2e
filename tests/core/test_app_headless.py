"""`make run` on a machine with no display exports the example and says where."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from docx import Document


def test_no_display_exports_the_example_and_prints_the_paths(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    app = Path(sys.executable).with_name("readout-editor")
    result = subprocess.run(
        [str(app)], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("No display here: exported the readout headless instead.")
    paths = [Path(line.strip()) for line in result.stdout.splitlines()[1:]]
    assert {p.suffix for p in paths} == {".docx", ".html", ".md", ".txt"}
    assert all(p.is_file() and p.is_relative_to(tmp_path) for p in paths)
    docx = next(p for p in paths if p.suffix == ".docx")
    text = "\n".join(p.text for p in Document(str(docx)).paragraphs)
    tables = Document(str(docx)).tables
    text += "\n".join(c.text for t in tables for r in t.rows for c in r.cells)
    assert "26 de marzo de 2025" in text and "March 26, 2025" in text
    assert "PySide6" not in result.stderr
