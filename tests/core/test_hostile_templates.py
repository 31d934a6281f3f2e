"""Hostile user templates: sandbox escapes, endless loops and bombs end in a clear message."""

from __future__ import annotations

import gc
import re
import sys
import time
from pathlib import Path

import pytest

from editor_app.core.model import Readout
from editor_app.core.render import Renderer, RenderError
from tests.core.bounded import run_bounded

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


# Each bomb would allocate a gigabyte or more; they all run in one child process with a
# memory ceiling and a timeout, so a regression fails these tests instead of the machine.
BOMBS = {
    "center": '{{ "x"|center(999999999) }}',
    "indent-width": '{{ "x"|indent(999999999) }}',
    "indent-lines": '{{ ("x\\n" * 50000)|indent(9999) }}',
    "wordwrap": '{{ ("x " * 50000)|wordwrap(1, true, "-" * 100000) }}',
    "truncate": '{{ "x"|truncate(999999999) }}',
    "format-filter": '{{ "%999999999s"|format("x") }}',
    "format-star": '{{ "%*s"|format(999999999, "x") }}',
    "percent": '{{ "%999999999s" % "x" }}',
    "str-format": '{{ "{:999999999}".format("x") }}',
    "str-format-nested": '{{ "{:{}}".format("x", 999999999) }}',
    "ljust": '{{ "x".ljust(999999999) }}',
    "center-method": '{{ ("x"|attr("center"))(999999999) }}',
    "replace-method": '{{ ("x" * 100000).replace("x", "y" * 100000) }}',
    "replace-filter": '{{ ("x" * 100000)|replace("x", "y" * 100000) }}',
    "replace-keywords": '{{ ("x" * 100000)|replace(old="x", new="y" * 100000) }}',
    "join-filter": '{{ range(100000)|join("x" * 100000) }}',
    "join-method": '{{ ("x" * 100000).join(range(100000)|map("string")) }}',
    "range": "{{ range(10**9)|length }}",
    "nested-repeat": "{{ [[1] * 100000] * 100000 }}",
    "sum-lists": "{{ [[1] * 50000, [2] * 50000]|sum(start=[]) }}",
    "concat-doubling": (
        '{% set a = "x" * 100000 %}{% set a = a ~ a %}{% set a = a ~ a %}{% set a = a ~ a %}'
        "{% set a = a ~ a %}{% set a = a ~ a %}{% set a = a ~ a %}{% set a = a ~ a %}{{ a }}"
    ),
    "plus-doubling": (
        '{% set a = "x" * 100000 %}{% set a = a + a %}{% set a = a + a %}{% set a = a + a %}'
        "{% set a = a + a %}{% set a = a + a %}{% set a = a + a %}{% set a = a + a %}{{ a }}"
    ),
    "list-extend": "{% set l = [1] %}{% for i in range(40) %}{{ l.extend(l) }}{% endfor %}",
    "int-power": "{{ (10 ** 999) ** 999 }}",
    "int-product": (
        "{% set n = 10 ** 999 %}{% set n = n * n %}{% set n = n * n %}{% set n = n * n %}"
        "{% set n = n * n %}{% set n = n * n %}{% set n = n * n %}{% set n = n * n %}{{ n }}"
    ),
    "output-loop": (
        '{% set s = "x" * 100000 %}{% set s = s ~ s ~ s ~ s ~ s ~ s ~ s ~ s ~ s ~ s %}'
        "{% for i in range(20) %}{{ s }}{% endfor %}"
    ),
    "macro-output": (
        '{% macro m() %}{% set s = "x" * 100000 %}{% set s = s ~ s ~ s ~ s ~ s ~ s ~ s ~ s %}'
        "{% for i in range(20) %}{{ s }}{% endfor %}{% endmacro %}{{ m()|length }}"
    ),
    "lipsum": "{{ lipsum(999999) }}",
    "cycler": "{{ cycler(1, 2).next() }}",
    "joiner": "{{ joiner()() }}",
    "namespace": "{{ namespace(x=1).x }}",
}

CHILD = """
import json, sys
from pathlib import Path
from editor_app.core.render import Renderer, RenderError
from tests.core.bounded import run_bounded
from editor_app.core.store import load_example

folder, bombs = Path(sys.argv[1]), json.loads(sys.argv[2])
results = {}
for key, body in bombs.items():
    (folder / "bomb.en.j2").write_text(
        '{% extends "base.en.j2" %}{% block title %}' + body + "{% endblock %}", "utf-8"
    )
    readout = load_example()
    readout.kind_template = "bomb"
    try:
        draft = Renderer(folder, time_limit=1.0).render(readout, "en")
        results[key] = "rendered: " + draft.title[:80]
    except RenderError as exc:
        results[key] = str(exc)
    except BaseException as exc:
        results[key] = "crashed: " + type(exc).__name__
print(json.dumps(results))
"""


@pytest.fixture(scope="module")
def bomb_results(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    import json

    folder = tmp_path_factory.mktemp("bombs")
    result = run_bounded(CHILD, args=[str(folder), json.dumps(BOMBS)], timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    results: dict[str, str] = json.loads(result.stdout)
    return results


@pytest.mark.parametrize("key", list(BOMBS))
def test_size_bombs_end_in_a_message_naming_the_template(
    bomb_results: dict[str, str], key: str
) -> None:
    message = bomb_results[key]
    # The line, except for a whole part too long to keep, which is the block's doing.
    assert re.search(r"bomb\.en\.j2(:1)?: ", message), message
    assert re.search(r"too large|too big|not allowed|unsafe|is undefined|numbers only", message), (
        message
    )


ORDINARY = (
    '{{ "x"|center(5) }}|{{ "%3s"|format("a") }}|{{ "%-3s|" % "b" }}{{ "{:>3}".format("c") }}|'
    '{{ [1, 2]|join(", ") }}|{{ "ab"|replace("a", "c") }}|{{ [1, 2]|sum }}|{{ "a" ~ "b" }}|'
    '{{ "a" + "b" }}|{{ 2 ** 10 }}|{{ "x" * 3 }}|{{ "a\\nb"|indent(2) }}|'
    '{{ "aa bb"|wordwrap(2) }}|{{ range(3)|list }}|{{ "ab".upper().ljust(3, ".") }}|'
    "{% for i in range(2) %}{{ loop.cycle('p', 'q') }}{% endfor %}"
)


def test_ordinary_uses_of_the_capped_features_still_render(
    example: Readout, tmp_path: Path
) -> None:
    assert render_title(example, tmp_path, ORDINARY) == (
        # The part is stripped: center's leading spaces go; a title opens with a capital.
        "X  |  a|b  |  c|1, 2|cb|3|ab|ab|1024|xxx|a\n  b|aa\nbb|[0, 1, 2]|AB.|pq"
    )


def test_a_garbage_collection_during_a_render_is_not_the_templates_time(
    example: Readout, tmp_path: Path
) -> None:
    # A collection that frees what the rest of a long-running process left behind once
    # took 1.5 s of the rendering thread's CPU and stopped a bundled template as too long.
    burnt: list[float] = []

    def in_template() -> bool:
        frame = sys._getframe()
        while frame is not None and "__jinja_template__" not in frame.f_globals:
            frame = frame.f_back  # type: ignore[assignment]
        return frame is not None

    def slow_collection(phase: str, info: dict[str, int]) -> None:
        if phase == "stop" and not burnt and in_template():
            start = time.thread_time()
            while time.thread_time() - start < 1.5:
                pass
            burnt.append(time.thread_time() - start)

    thresholds = gc.get_threshold()
    gc.set_threshold(1)  # a collection at once, inside the template
    gc.callbacks.append(slow_collection)
    try:
        title = render_title(example, tmp_path, "{{ [1, 2, 3]|join('-') }}" * 50)
    finally:
        gc.callbacks.remove(slow_collection)
        gc.set_threshold(*thresholds)
    assert burnt and title.startswith("1-2-3")
