"""One owner per concern: locale names, the application's name and the syntax of field
paths are each written in one module, and every other module imports them from there.

Reads every module of ``editor_app`` with :mod:`ast`: docstrings may mention a locale or
a path as an example, code may not spell one out.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from editor_app.core.app_info import APP_NAME

PACKAGE = Path(__file__).resolve().parents[1] / "editor_app"
GENERATED = PACKAGE / "gui" / "forms"
LOCALE_NAME = re.compile(r"(?:es|en)(?:[_-][A-Za-z0-9]{2,3})+")
PATH_SYNTAX = re.compile(r"(?:points|counterparts|clearers)\\?\[")
"""A list's entry spelled out: "points[" in a string or an f-string, r"points\\[" in a regex."""


def _sources() -> list[Path]:
    return [p for p in sorted(PACKAGE.rglob("*.py")) if GENERATED not in p.parents]


def _docstrings(tree: ast.Module) -> set[int]:
    found: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
        else:
            continue
        # The docstring, and the attribute docstrings after each assignment.
        for i, stmt in enumerate(body):
            first = i == 0
            after_assign = i > 0 and isinstance(body[i - 1], ast.Assign | ast.AnnAssign)
            if (
                (first or after_assign)
                and isinstance(stmt, ast.Expr)
                and isinstance(stmt.value, ast.Constant)
            ):
                found.add(id(stmt.value))
    return found


def _strings(path: Path) -> Iterator[tuple[int, str]]:
    """Every string constant of the module at ``path`` but its docstrings (the pieces of
    an f-string included): line and text."""
    tree = ast.parse(path.read_text("utf-8"))
    skip = _docstrings(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
            yield node.lineno, node.value


def _where(path: Path, line: int) -> str:
    return f"{path.relative_to(PACKAGE.parent)}:{line}"


def _spelled_out(owner: str, matches: Callable[[str], bool]) -> list[str]:
    """Where a module other than ``owner`` holds a string that ``matches``."""
    return [
        _where(path, line)
        for path in _sources()
        if path.relative_to(PACKAGE.parent).as_posix() != owner
        for line, text in _strings(path)
        if matches(text)
    ]


def test_locale_names_are_written_only_in_the_locales_module() -> None:
    found = _spelled_out(
        "editor_app/core/locales.py", lambda text: LOCALE_NAME.fullmatch(text) is not None
    )
    assert found == [], "import the locale from editor_app.core.locales"


def test_the_application_name_is_written_only_in_app_info() -> None:
    found = _spelled_out("editor_app/core/app_info.py", lambda text: text == APP_NAME)
    assert found == [], "import APP_NAME from editor_app.core.app_info"


def test_field_paths_are_spelled_out_only_in_the_field_paths_module() -> None:
    found = _spelled_out(
        "editor_app/core/field_paths.py", lambda text: PATH_SYNTAX.search(text) is not None
    )
    assert found == [], "build and read paths with editor_app.core.field_paths"


@pytest.mark.parametrize(
    ("source", "spelled"),
    [
        ('x = "es_MX"', True),
        ('LOCALES = ("es_ES", "en_GB")', True),
        ('def f(x="en-US"): ...', True),
        ('"""Dates for es_MX."""', False),
        ('x = "es"', False),
        ('x = "es_MX is the default"', False),
    ],
)
def test_the_locale_scan_tells_code_from_docstrings(
    tmp_path: Path, source: str, spelled: bool
) -> None:
    module = tmp_path / "m.py"
    module.write_text(source, "utf-8")
    hits = [t for _, t in _strings(module) if LOCALE_NAME.fullmatch(t)]
    assert bool(hits) is spelled
