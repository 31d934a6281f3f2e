"""Copying a draft gives mail programs rich text and plain editors plain text."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from editor_app.core.model import Readout
from editor_app.core.render import Renderer
from editor_app.gui.clipboard import copy_draft


def test_copy_spanish_draft_rich_and_plain(
    qtbot: QtBot, example: Readout, renderer: Renderer
) -> None:
    draft = renderer.render(example, "es")
    copy_draft(draft)
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.text() == draft.as_text()
    assert 'lang="es-MX"' in mime.html()
    assert "Llamada del subsecretario Landau" in mime.html()
