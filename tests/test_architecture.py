"""The layout holds: no import cycles between modules, layers one-way, no lazy re-exports.

Reads every module of ``editor_app`` with :mod:`ast` and follows its module-level imports
(imports inside functions load on first use and ``if TYPE_CHECKING:`` ones never run, so
neither can form a cycle at import time).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "editor_app"
GENERATED = PACKAGE / "gui" / "forms"


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {
        _module_name(path): path
        for path in sorted(PACKAGE.rglob("*.py"))
        if GENERATED not in path.parents
    }


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _top_level_imports(tree: ast.Module) -> list[ast.Import | ast.ImportFrom]:
    found: list[ast.Import | ast.ImportFrom] = []
    pending: list[ast.stmt] = list(tree.body)
    while pending:
        node = pending.pop()
        if isinstance(node, ast.Import | ast.ImportFrom):
            found.append(node)
        elif isinstance(node, ast.If) and not _is_type_checking(node):
            pending += node.body + node.orelse
        elif isinstance(node, ast.Try):
            pending += node.body + node.orelse + node.finalbody
            for handler in node.handlers:
                pending += handler.body
    return found


def _imported(module: str, path: Path, known: set[str]) -> set[str]:
    """The ``editor_app`` modules that importing ``module`` imports directly."""
    tree = ast.parse(path.read_text("utf-8"))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    targets: set[str] = set()
    for node in _top_level_imports(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        else:
            base = node.module or ""
            if node.level:
                anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{anchor}.{base}" if base else anchor
            names = [
                f"{base}.{alias.name}" for alias in node.names if f"{base}.{alias.name}" in known
            ]
            names.append(base)
        for name in names:
            # Importing a.b.c runs a, a.b and a.b.c: each is a dependency.
            parts = name.split(".")
            targets |= {".".join(parts[:i]) for i in range(1, len(parts) + 1)} & known
    targets.discard(module)
    return targets


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    known = set(modules)
    return {name: _imported(name, path, known) for name, path in modules.items()}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_module_level_import_cycle() -> None:
    assert _cycles(_graph()) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


@pytest.mark.parametrize(
    ("layer", "forbidden"),
    [
        ("editor_app.core", ("editor_app.gui", "editor_app.cli", "editor_app.app")),
        ("editor_app.gui", ("editor_app.cli",)),
        ("editor_app.cli", ("editor_app.gui",)),
    ],
)
def test_layers_import_one_way(layer: str, forbidden: tuple[str, ...]) -> None:
    wrong = sorted(
        f"{module} imports {target}"
        for module, targets in _graph().items()
        if module == layer or module.startswith(layer + ".")
        for target in targets
        if target.startswith(forbidden)
    )
    assert wrong == []


def test_no_lazy_reexports() -> None:
    """No module answers for names it does not define (PEP 562 ``__getattr__``)."""
    lazy = [
        name
        for name, path in _modules().items()
        if any(
            isinstance(node, ast.FunctionDef) and node.name == "__getattr__"
            for node in ast.parse(path.read_text("utf-8")).body
        )
    ]
    assert lazy == []


def test_core_packages_exist_with_a_docstring() -> None:
    for package in ("checks", "spelling", "export"):
        init = PACKAGE / "core" / package / "__init__.py"
        assert ast.get_docstring(ast.parse(init.read_text("utf-8"))), init


def test_architecture_document_names_every_package() -> None:
    """ARCHITECTURE.md names each package of editor_app, and every package it names exists."""
    text = (PACKAGE.parent / "ARCHITECTURE.md").read_text("utf-8")
    packages = sorted(
        init.parent.relative_to(PACKAGE.parent).as_posix()
        for init in PACKAGE.rglob("*/__init__.py")
    )
    assert [p for p in packages if f"`{p}/`" not in text] == []
    named = set(re.findall(r"`(editor_app(?:/\w+)+)/`", text))
    assert sorted(p for p in named if not (PACKAGE.parent / p).is_dir()) == []


def test_test_folders_mirror_the_core_packages() -> None:
    tests = Path(__file__).resolve().parent / "core"
    packages = sorted(p.parent.name for p in (PACKAGE / "core").glob("*/__init__.py"))
    assert [p for p in packages if not (tests / p).is_dir()] == []
