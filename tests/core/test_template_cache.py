"""Compiled templates are kept between runs, and a damaged or unusable cache only costs a
compile: the drafts come out the same."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.core.render import Renderer
from editor_app.core.store import load_example
from editor_app.core.template_cache import cache_folder


def _texts(renderer: Renderer) -> tuple[str, str]:
    pair = renderer.render_pair(load_example())
    return pair.es.as_text(), pair.en.as_text()


def test_a_second_run_reads_the_compiled_templates() -> None:
    expected = _texts(Renderer())
    folder = cache_folder()
    entries = sorted(folder.glob("*.cache"))
    assert entries, "the first render keeps its compiled templates"
    stamps = {p: p.stat().st_mtime_ns for p in entries}
    assert _texts(Renderer()) == expected
    assert {p: p.stat().st_mtime_ns for p in entries} == stamps  # read, not written again


def test_damaged_entries_are_compiled_afresh() -> None:
    expected = _texts(Renderer())
    for entry in cache_folder().glob("*.cache"):
        entry.write_bytes(b"\x00garbage" * 100)
    assert _texts(Renderer()) == expected


def test_truncated_entries_are_compiled_afresh() -> None:
    expected = _texts(Renderer())
    for entry in cache_folder().glob("*.cache"):
        entry.write_bytes(entry.read_bytes()[:40])
    assert _texts(Renderer()) == expected


def test_a_cache_path_that_is_a_file_changes_nothing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    expected = _texts(Renderer())
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    blocker = cache_folder().parent
    blocker.parent.mkdir(parents=True)
    blocker.write_text("not a folder")
    assert _texts(Renderer()) == expected
    assert "no template cache" in caplog.text
