"""Compile the Designer forms in ui/ into editor_app/gui/forms/ with pyside6-uic.

``python tools/compile_forms.py [OUT_DIR]``: each ``ui/NAME.ui`` becomes ``OUT_DIR/NAME.py``
(default ``editor_app/gui/forms``), marked generated. The GUI tests compile into a
temporary folder and compare, so a form edited without recompiling fails the suite.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "editor_app" / "gui" / "forms"
HEADER = "# Generated from ui/{name} by tools/compile_forms.py: do not edit, edit the .ui file.\n"
VERSION_MARK = "Created by: Qt User Interface Compiler version"
# uic writes untyped methods; annotating them lets strict mypy accept calls from typed code.
UNTYPED_METHOD = re.compile(r"def (setupUi|retranslateUi)\(self, (\w+)\):")


def uic_command() -> str:
    """The pyside6-uic beside this Python (the venv's), else the one on PATH."""
    beside = Path(sys.executable).with_name("pyside6-uic")
    if beside.exists():
        return str(beside)
    found = shutil.which("pyside6-uic")
    if not found:
        raise SystemExit("pyside6-uic not found: install PySide6 in this environment")
    return found


def compile_form(ui: Path, out_dir: Path) -> Path:
    """Compile one form; return the path of the Python module written."""
    out = out_dir / f"{ui.stem}.py"
    result = subprocess.run(
        [uic_command(), "--no-autoconnection", str(ui)],
        check=True,
        capture_output=True,
        text=True,
    )
    code = UNTYPED_METHOD.sub(r"def \1(self, \2: object) -> None:", result.stdout)
    out.write_text(HEADER.format(name=ui.name) + code, encoding="utf-8")
    return out


def compile_all(out_dir: Path = FORMS_DIR) -> list[Path]:
    """Compile every form in ui/ into ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    init = out_dir / "__init__.py"
    if not init.exists():
        init.write_text('"""Generated from ui/ by tools/compile_forms.py: do not edit."""\n')
    return [compile_form(ui, out_dir) for ui in sorted(UI_DIR.glob("*.ui"))]


def comparable(text: str) -> str:
    """The text of a generated form without the line naming the uic version."""
    return "".join(line for line in text.splitlines(True) if VERSION_MARK not in line)


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else FORMS_DIR
    for path in compile_all(target):
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
