"""The tour of the panes: a few steps shown on first start and from Help ▸ Tour.

A small window that does not block the editor: each step outlines one pane and says what
it is for. Enter goes on, Esc (or Skip tour) ends it, Alt+B goes back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from editor_app.gui.main_window import MainWindow
from editor_app.gui.qt import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPoint,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class Step:
    """One step: the pane it outlines, its heading and what it says."""

    target: Callable[[], QWidget]
    heading: str
    text: str


class Tour(QDialog):
    """Steps through the panes of ``window``; ``finished`` when done or skipped."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(self.tr("Tour of Readout Editor"))
        self.setModal(False)
        self.steps = self._steps(window)
        self.index = 0
        self.outline = QFrame(window)
        """The frame drawn round the pane of the step (it lets the mouse through)."""
        self.outline.setStyleSheet("border: 3px solid #2563eb; border-radius: 4px;")
        self.outline.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.outline.hide()
        layout = QVBoxLayout(self)
        self.counter = QLabel()
        self.heading = QLabel()
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setMinimumWidth(320)
        for label in (self.counter, self.heading, self.body):
            layout.addWidget(label)
        row = QHBoxLayout()
        self.skip = QPushButton(self.tr("&Skip tour"))
        self.back = QPushButton(self.tr("&Back"))
        self.next = QPushButton()
        self.next.setDefault(True)
        row.addWidget(self.skip)
        row.addStretch(1)
        row.addWidget(self.back)
        row.addWidget(self.next)
        layout.addLayout(row)
        self.skip.clicked.connect(self.reject)
        self.back.clicked.connect(lambda: self.show_step(self.index - 1))
        self.next.clicked.connect(self._next)
        self.finished.connect(lambda _: self.outline.hide())
        self.show_step(0)

    def _steps(self, window: MainWindow) -> list[Step]:
        ui = window.ui
        return [
            Step(
                lambda: ui.formScroll,
                self.tr("The form"),
                self.tr(
                    "Fill in the readout once: the event, the officials, the attribution "
                    "and the talking points. Tab goes from field to field."
                ),
            ),
            Step(
                lambda: ui.esPane,
                self.tr("The Spanish draft"),
                self.tr(
                    "The Spanish version, written from the form as you type. Click “edit” "
                    "over a part to rewrite it by hand."
                ),
            ),
            Step(
                lambda: ui.enPane,
                self.tr("The English draft"),
                self.tr(
                    "The English version of the same readout, point for point. A gap such "
                    "as ⟨surname⟩ shows a field still to fill."
                ),
            ),
            Step(
                lambda: (
                    window.checks_pane if window.checks_pane.isVisible() else window.statusBar()
                ),
                self.tr("Findings"),
                self.tr(
                    "What the form still lacks, what the checks found and the misspellings "
                    "are listed here; F6 moves from pane to pane."
                ),
            ),
            Step(
                lambda: window.menuBar(),
                self.tr("Export and help"),
                self.tr(
                    "File ▸ Export… (Ctrl+E) writes the Word file with its clearance sheet. "
                    "Help ▸ House rules says what each check looks for; Help ▸ Tour shows "
                    "this tour again."
                ),
            ),
        ]

    def show_step(self, index: int) -> None:
        """Show step ``index`` (clamped to the steps there are) and outline its pane."""
        self.index = max(0, min(index, len(self.steps) - 1))
        step = self.steps[self.index]
        self.counter.setText(
            self.tr("Step {number} of {total}").format(number=self.index + 1, total=len(self.steps))
        )
        self.heading.setText(f"<b>{step.heading}</b>")
        self.body.setText(step.text)
        self.back.setEnabled(self.index > 0)
        last = self.index == len(self.steps) - 1
        self.next.setText(self.tr("&Finish") if last else self.tr("&Next"))
        self.next.setFocus()
        self._outline(step.target())

    def _outline(self, target: QWidget) -> None:
        window = self.window_
        if not target.isVisible():
            self.outline.hide()
            return
        top_left = target.mapTo(window, QPoint(0, 0))
        self.outline.setGeometry(top_left.x(), top_left.y(), target.width(), target.height())
        self.outline.raise_()
        self.outline.show()
        # Beside the pane, inside the window.
        spot = window.mapToGlobal(top_left + QPoint(24, 48))
        frame = window.frameGeometry()
        self.adjustSize()
        x = min(spot.x(), frame.right() - self.width() - 16)
        y = min(spot.y(), frame.bottom() - self.height() - 16)
        self.move(max(frame.left(), x), max(frame.top(), y))

    def _next(self) -> None:
        if self.index == len(self.steps) - 1:
            self.accept()
        else:
            self.show_step(self.index + 1)
