"""The core never imports Qt: every core module imports and renders with PySide6 blocked."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import sys, pkgutil, importlib
sys.modules["PySide6"] = None
import editor_app.core as core
names = [m.name for m in pkgutil.walk_packages(core.__path__, "editor_app.core.")]
for name in names:
    importlib.import_module(name)
import editor_app.cli
from editor_app.core.store import load_example
from editor_app.core.render import render_pair
pair = render_pair(load_example())
assert pair.es.release_date == "26 de marzo de 2025"
assert not any(m.startswith("PySide6.") for m in sys.modules)
print(len(names))
"""


def test_core_and_cli_import_with_pyside6_blocked() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) >= 10
