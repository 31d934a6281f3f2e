"""The Qt binding itself must not leak references: PySide6 6.12 on Python 3.11 did.

Every void call (setText, processEvents…) dropped one reference to None, and after a few
thousand the interpreter aborted with "none_dealloc"; pyproject.toml pins below 6.12.
"""

from __future__ import annotations

import sys

from pytestqt.qtbot import QtBot

from editor_app.gui.qt import QLineEdit


def test_void_qt_calls_keep_none_alive(qtbot: QtBot) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    before = sys.getrefcount(None)
    for n in range(5_000):
        edit.setText(str(n))
    assert abs(sys.getrefcount(None) - before) < 100
