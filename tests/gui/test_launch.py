"""The smoke mode paints the window with the example to a PNG of a sensible size."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from editor_app.gui.launch import SCREENSHOT_SIZE, screenshot
from editor_app.gui.qt import QImage


def test_screenshot_writes_a_full_size_png(qtbot: QtBot, tmp_path: Path) -> None:
    png = tmp_path / "window.png"
    assert screenshot(None, png) == 0
    image = QImage(str(png))
    assert not image.isNull()
    # The offscreen screen is 800x800; the window keeps its size beyond it.
    assert (image.width(), image.height()) == SCREENSHOT_SIZE


def test_bad_file_in_smoke_mode_still_paints(qtbot: QtBot, tmp_path: Path) -> None:
    bad = tmp_path / "bad.readout"
    bad.write_text("not json", encoding="utf-8")
    assert screenshot(bad, tmp_path / "window.png") == 0
