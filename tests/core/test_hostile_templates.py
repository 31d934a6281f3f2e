"""Hostile user templates: sandbox escapes, endless loops and bombs end in a clear message."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from editor_app.core.model import Readout
from editor_app.core.render import Renderer, RenderError

MARKER = "PWNED"


def render_title(example: Readout, folder: Path, body: str, name: str = "bilateral_call") -> str:
    (folder / f"{name}.en.j2").write_text(
        '{% extends "base.en.j2" %}{% block title %}' + body + "{% endblock %}", "utf-8"
    )
    example.kind_template = name
    return Renderer(folder, time_limit=1.0).render(example, "en").title


# The public proofs of concept of the three Jinja2 sandbox CVEs fixed in 3.1.5 and 3.1.6,
# each aimed at reaching os through a function's globals.
CVE_2025_27516 = '{% set f = "{0.__init__.__globals__[os].name}"|attr("format") %}{{ f(cycler) }}'
CVE_2024_56326 = (
    '{% set f = "{0.__init__.__globals__[os].name}".format %}'
    '{{ ["x"]|map("attr", "upper")|list }}{{ f(cycler) }}'
)


@pytest.mark.parametrize("payload", [CVE_2025_27516, CVE_2024_56326])
def test_format_escapes_are_refused(example: Readout, tmp_path: Path, payload: str) -> None:
    with pytest.raises(RenderError) as info:
        render_title(example, tmp_path, payload)
    assert "bilateral_call.en.j2" in str(info.value)
    assert "posix" not in str(info.value)


def test_malicious_template_file_name_does_not_run_code(example: Readout, tmp_path: Path) -> None:
    # CVE-2024-56201: a file name that the compiler once put into an f-string.
    name = "{0.__init__.__globals__}"
    (tmp_path / "lib.en.j2").write_text("{% macro m() %}x{% endmacro %}", "utf-8")
    with pytest.raises(RenderError) as info:
        render_title(
            example, tmp_path, '{% from "lib.en.j2" import missing %}{{ missing() }}', name
        )
    assert "__builtins__" not in str(info.value)


@pytest.mark.parametrize(
    "expression",
    [
        "cycler.__init__.__globals__.os",
        "joiner.__init__.__globals__['os']",
        "namespace.__init__.__globals__",
        "(lipsum|attr('__globals__'))",
        "''.__class__.__mro__[1].__subclasses__()",
    ],
)
def test_private_attribute_chains_are_refused(
    example: Readout, tmp_path: Path, expression: str
) -> None:
    with pytest.raises(RenderError):
        render_title(example, tmp_path, "{{ " + expression + " }}")


def test_endless_loop_is_stopped_within_seconds(example: Readout, tmp_path: Path) -> None:
    start = time.monotonic()
    with pytest.raises(RenderError, match="runs too long"):
        render_title(
            example,
            tmp_path,
            "{% for i in range(99999) %}{% for j in range(99999) %}{{ i }}{% endfor %}{% endfor %}",
        )
    assert time.monotonic() - start < 5


def test_endless_recursion_is_stopped(example: Readout, tmp_path: Path) -> None:
    with pytest.raises(RenderError, match="calls itself|runs too long|recursion"):
        render_title(example, tmp_path, "{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}")


@pytest.mark.parametrize("bomb", ['"x" * 1000000000', "9 ** 99999999", "[1] * 10**8"])
def test_memory_bombs_are_refused(example: Readout, tmp_path: Path, bomb: str) -> None:
    with pytest.raises(RenderError, match="too large|not allowed"):
        render_title(example, tmp_path, "{{ " + bomb + " }}")


def test_a_normal_template_still_renders_after_a_timeout(example: Readout, tmp_path: Path) -> None:
    with pytest.raises(RenderError):
        render_title(
            example,
            tmp_path,
            "{% for i in range(99999) %}{% for j in range(99999) %}x{% endfor %}{% endfor %}",
        )
    assert Renderer().render(example, "en").title.startswith("Deputy Secretary Landau’s")
