"""Each command imports what it uses: ``render`` no Word or spelling code, ``export`` no
Qt and no spelling, ``check`` no Word code, ``new`` not even the templates, and no
command python-docx (the Word export writes the package with lxml). Measured as
``python -X importtime`` sees it, in a fresh process per command."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from editor_app.core.store import example_text

HEAVY = {
    "qt": ("PySide6", "shiboken6", "editor_app.gui"),
    "word": ("editor_app.core.export.docx",),
    # python-docx: only the tests read Word files with it.
    "python-docx": ("docx",),
    "spelling": ("enchant", "editor_app.core.spelling"),
    "templates": ("jinja2",),
    "checks": ("editor_app.core.checks",),
    # The bookmark names (clearance.marks) are part of every Word export; reading a
    # returned copy is not.
    "clearance": ("editor_app.core.clearance.reader", "editor_app.core.clearance.review"),
}
_IMPORTED = re.compile(r"^import time:\s+\d+ \|\s+\d+ \|\s*(\S+)$")


def imported(*args: str) -> set[str]:
    """The modules ``readout ARGS`` imports, by full name."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "editor_app.cli", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode in (0, 1), done.stderr[-2000:]
    return {m.group(1) for line in done.stderr.splitlines() if (m := _IMPORTED.match(line))}


def heavy_in(modules: set[str]) -> set[str]:
    """Which of the HEAVY groups ``modules`` touch."""
    return {
        group
        for group, prefixes in HEAVY.items()
        if any(m == p or m.startswith(p + ".") for m in modules for p in prefixes)
    }


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    where = tmp_path_factory.mktemp("imports")
    readout = where / "example.readout"
    readout.write_text(example_text(), "utf-8")
    copy = where / "copy.docx"
    subprocess.run(
        [sys.executable, "-m", "editor_app.cli", "export", str(readout), "-o", str(copy)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return {"readout": readout, "copy": copy, "out": where / "out"}


@pytest.mark.parametrize(
    ("command", "allowed"),
    [
        (["render", "{readout}"], {"templates"}),
        (["render", "{readout}", "--json"], {"templates"}),
        (["export", "{readout}", "-o", "{out}.docx"], {"templates", "word"}),
        (["export", "{readout}", "-o", "{out}.md"], {"templates"}),
        (["export", "{readout}", "--out-dir", "{out}"], {"templates", "word"}),
        (["check", "{readout}"], {"templates", "checks", "spelling"}),
        (["new", "--kind", "bilateral_call"], set()),
        (["import", "{readout}", "{copy}"], {"templates", "clearance"}),
        (["--help"], set()),
    ],
)
def test_a_command_imports_only_what_it_uses(
    command: list[str], allowed: set[str], files: dict[str, Path]
) -> None:
    args = [a.format(**{k: str(v) for k, v in files.items()}) for a in command]
    # Equality, not inclusion: a command that stopped importing what it uses would also be
    # a broken measure.
    assert heavy_in(imported(*args)) == allowed
