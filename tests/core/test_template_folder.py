"""A user template folder (``--templates DIR``) is read inside its own walls and on time.

Links out of the folder, named pipes and endless loops in templates of any name end in a
message that names the template; the ones that once hung run in a child process with a
timeout.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from editor_app.core.model import Readout
from editor_app.core.render import Renderer, RenderError
from tests.core.bounded import run_bounded

SECRET = "READOUT_TEST_SECRET_7b1e"


def write_template(folder: Path, body: str, name: str = "house") -> None:
    (folder / f"{name}.en.j2").write_text(
        '{% extends "base.en.j2" %}{% block title %}' + body + "{% endblock %}", "utf-8"
    )


def title(example: Readout, folder: Path, name: str = "house") -> str:
    example.kind_template = name
    return Renderer(folder, time_limit=1.0).render(example, "en").title


def test_a_link_to_the_process_environment_is_refused(
    example: Readout, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(SECRET, "leaked")
    (tmp_path / "env.txt").symlink_to("/proc/self/environ")
    write_template(tmp_path, '{% include "env.txt" %}')
    with pytest.raises(RenderError) as info:
        title(example, tmp_path)
    message = str(info.value)
    assert "house.en.j2:1: template 'env.txt' links to /proc/" in message
    assert "outside the templates folder" in message
    assert SECRET not in message


def test_a_template_that_is_itself_a_link_out_is_refused(example: Readout, tmp_path: Path) -> None:
    folder, outside = tmp_path / "templates", tmp_path / "elsewhere"
    folder.mkdir()
    outside.mkdir()
    write_template(outside, "secret title")
    (folder / "house.en.j2").symlink_to(outside / "house.en.j2")
    with pytest.raises(RenderError, match="template 'house.en.j2' links to .*elsewhere") as info:
        title(example, folder)
    assert "secret title" not in str(info.value)


def test_a_linked_folder_out_is_refused(example: Readout, tmp_path: Path) -> None:
    folder, outside = tmp_path / "templates", tmp_path / "elsewhere"
    folder.mkdir()
    outside.mkdir()
    (outside / "part.txt").write_text("secret part", "utf-8")
    (folder / "shared").symlink_to(outside, target_is_directory=True)
    write_template(folder, '{% include "shared/part.txt" %}')
    with pytest.raises(RenderError, match="template 'shared/part.txt' links to"):
        title(example, folder)


def test_a_link_inside_the_folder_is_followed(example: Readout, tmp_path: Path) -> None:
    (tmp_path / "signature.txt").write_text("House Title", "utf-8")
    (tmp_path / "alias.txt").symlink_to(tmp_path / "signature.txt")
    write_template(tmp_path, '{% include "alias.txt" %}')
    assert title(example, tmp_path) == "House Title"


def test_a_broken_link_is_named(example: Readout, tmp_path: Path) -> None:
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing.txt")
    write_template(tmp_path, '{% include "gone.txt" %}')
    with pytest.raises(RenderError, match="template 'gone.txt' is a broken link"):
        title(example, tmp_path)


def test_a_template_above_the_folder_cannot_be_named(example: Readout, tmp_path: Path) -> None:
    folder = tmp_path / "templates"
    folder.mkdir()
    (tmp_path / "secret.txt").write_text("secret", "utf-8")
    write_template(folder, '{% include "../secret.txt" %}')
    with pytest.raises(RenderError, match="'../secret.txt' not found"):
        title(example, folder)


def test_a_template_that_is_not_utf8_is_named(example: Readout, tmp_path: Path) -> None:
    (tmp_path / "latin.txt").write_bytes("Reuni\xf3n".encode("latin-1"))
    write_template(tmp_path, '{% include "latin.txt" %}')
    with pytest.raises(RenderError, match="template 'latin.txt' is not UTF-8 text"):
        title(example, tmp_path)


HANGS = """
import sys
from pathlib import Path
from editor_app.core.render import Renderer, RenderError
from editor_app.core.store import load_example

readout = load_example()
readout.kind_template = "house"
try:
    print(Renderer(Path(sys.argv[1]), time_limit=1.0).render(readout, "en").title)
except RenderError as exc:
    print(exc)
"""


def render_in_child(folder: Path) -> str:
    result = run_bounded(HANGS, args=[str(folder)], timeout=30)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout.strip()


def test_a_named_pipe_is_refused_without_waiting(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    write_template(tmp_path, '{% include "pipe.txt" %}')
    message = render_in_child(tmp_path)
    assert message.endswith(
        f"house.en.j2:1: template 'pipe.txt' is not a regular file ({tmp_path / 'pipe.txt'})"
    )


LOOP = "{% for i in range(99999) %}{% for j in range(99999) %}{{ i }}{% endfor %}{% endfor %}"


def test_a_loop_in_an_included_text_file_is_stopped(tmp_path: Path) -> None:
    (tmp_path / "loop.txt").write_text("\n" + LOOP, "utf-8")
    write_template(tmp_path, '{% include "loop.txt" %}')
    message = render_in_child(tmp_path)
    assert message == f"{tmp_path / 'loop.txt'}:2: stopped after 1 s: the template runs too long"


def test_a_loop_in_a_macro_file_is_stopped(tmp_path: Path) -> None:
    (tmp_path / "macros.html").write_text(
        "{% macro spin() %}\n" + LOOP + "\n{% endmacro %}", "utf-8"
    )
    write_template(tmp_path, '{% from "macros.html" import spin %}{{ spin() }}')
    message = render_in_child(tmp_path)
    assert message == f"{tmp_path / 'macros.html'}:2: stopped after 1 s: the template runs too long"
