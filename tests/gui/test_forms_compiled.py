"""The committed forms in editor_app/gui/forms match a fresh compile of ui/*.ui."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def _compile_forms() -> ModuleType:
    spec = importlib.util.spec_from_file_location("compile_forms", ROOT / "tools/compile_forms.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["compile_forms"] = module
    spec.loader.exec_module(module)
    return module


def test_committed_forms_match_a_fresh_compile(tmp_path: Path) -> None:
    tool = _compile_forms()
    fresh = tool.compile_all(tmp_path)
    assert fresh, "no forms in ui/"
    committed_dir = ROOT / "editor_app" / "gui" / "forms"
    for path in fresh:
        committed = committed_dir / path.name
        assert committed.exists(), f"{committed} is missing: run `make forms`"
        assert tool.comparable(committed.read_text("utf-8")) == tool.comparable(
            path.read_text("utf-8")
        ), f"{committed.name} differs from ui/{path.stem}.ui: run `make forms`"
    stale = {p.name for p in committed_dir.glob("*.py")} - {p.name for p in fresh} - {"__init__.py"}
    assert not stale, f"forms without a .ui file: {sorted(stale)}"


def test_forms_are_marked_generated() -> None:
    for path in (ROOT / "editor_app" / "gui" / "forms").glob("*.py"):
        if path.name != "__init__.py":
            assert "do not edit" in path.read_text("utf-8").splitlines()[0]
