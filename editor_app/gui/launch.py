"""Open the editor window, or paint it offscreen to a PNG (the smoke mode)."""

from __future__ import annotations

import sys
from pathlib import Path

from editor_app.core.render import RenderError, render_pair
from editor_app.core.store import ReadoutFileError, load_example, load_file
from editor_app.gui.qt import (
    QApplication,
    QLabel,
    QMainWindow,
    QSplitter,
    Qt,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)


def _pane(title: str, text: str) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.addWidget(QLabel(f"<b>{title}</b>"))
    view = QTextBrowser()
    view.setPlainText(text)
    layout.addWidget(view)
    return box


def build_window(file: Path | None) -> QMainWindow:
    """A window previewing both drafts of ``file`` (or of the bundled example)."""
    window = QMainWindow()
    window.setWindowTitle(f"{file.name if file else 'Example'} — Readout Editor")
    try:
        readout = load_file(file).readout if file else load_example()
        pair = render_pair(readout)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(_pane("Español", pair.es.as_text()))
        splitter.addWidget(_pane("English", pair.en.as_text()))
        window.setCentralWidget(splitter)
    except (ReadoutFileError, RenderError) as exc:
        window.setCentralWidget(QLabel(str(exc)))
    window.resize(1200, 800)
    return window


def launch(file: Path | None) -> int:
    """Show the window and run the event loop."""
    app = QApplication.instance() or QApplication(sys.argv)
    window = build_window(file)
    window.show()
    return int(app.exec())


def screenshot(file: Path | None, png: Path) -> int:
    """Open, paint, write a PNG of the window to ``png`` and exit 0."""
    app = QApplication.instance() or QApplication(sys.argv)
    window = build_window(file)
    window.show()
    app.processEvents()
    ok = window.grab().save(str(png))
    return 0 if ok else 1
