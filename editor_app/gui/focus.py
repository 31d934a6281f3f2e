"""Keyboard focus: the Tab order (the form top to bottom, field by field, then the drafts,
then the findings), where focus starts, and F6 / Shift+F6 from pane to pane.

The form's rows come and go, so the order is worked out from where the fields are on
screen: a line of fields left to right, lines top to bottom, and the fields of one
official or talking point together in their own order (its ▲ ▼ ✕ after its fields).
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable, Sequence

from editor_app.gui.qt import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QObject,
    QPlainTextEdit,
    QPoint,
    Qt,
    QWidget,
    is_alive,
)
from editor_app.gui.row_editor import RowEditor

log = logging.getLogger(__name__)

LINE_TOLERANCE = 10
"""Pixels two fields' centres may differ by and still be on one line."""


def _takes_tab(widget: QWidget, root: QWidget) -> bool:
    if not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or not widget.isVisibleTo(root):
        return False
    if not widget.isEnabled():
        return False
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        # The line edit inside a combo or a date edit is the combo's, not a field.
        if isinstance(parent, QComboBox | QAbstractSpinBox):
            return False
        parent = parent.parentWidget()
    return True


def _unit(widget: QWidget, root: QWidget) -> QWidget:
    """The row editor ``widget`` belongs to, or the widget itself."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, RowEditor):
            return parent
        parent = parent.parentWidget()
    return widget


def form_order(root: QWidget) -> list[QWidget]:
    """The fields of ``root`` that Tab reaches, in reading order."""
    fields = [w for w in root.findChildren(QWidget) if _takes_tab(w, root)]
    units: dict[int, tuple[QWidget, list[QWidget]]] = {}
    for field in fields:
        unit = _unit(field, root)
        units.setdefault(id(unit), (unit, []))[1].append(field)

    def centre(widget: QWidget) -> QPoint:
        return widget.mapTo(root, widget.rect().center())

    placed = sorted(units.values(), key=lambda u: (centre(u[0]).y(), centre(u[0]).x()))
    lines: list[list[tuple[QWidget, list[QWidget]]]] = []
    for placed_unit in placed:
        y = centre(placed_unit[0]).y()
        if lines and abs(centre(lines[-1][0][0]).y() - y) <= LINE_TOLERANCE:
            lines[-1].append(placed_unit)
        else:
            lines.append([placed_unit])
    ordered: list[QWidget] = []
    for line in lines:
        for _, members in sorted(line, key=lambda u: centre(u[0]).x()):
            ordered += members  # a row editor's fields in their own (creation) order
    return ordered


def set_tab_order(chain: Sequence[QWidget]) -> None:
    """Make Tab go through ``chain`` in order (Shift+Tab back)."""
    for before, after in itertools.pairwise(chain):
        QWidget.setTabOrder(before, after)


def first_empty(fields: Sequence[QWidget]) -> QWidget | None:
    """The first text field with nothing in it, else the first field."""
    for field in fields:
        if isinstance(field, QLineEdit) and not field.text():
            return field
        if isinstance(field, QPlainTextEdit) and not field.toPlainText():
            return field
    return fields[0] if fields else None


class PaneCycle(QObject):
    """F6 / Shift+F6: the form, the Spanish draft, the English draft, the findings (a
    hidden pane is skipped); the form gets back the field it last had."""

    def __init__(
        self, form: QWidget, panes: Sequence[QWidget], fields: Callable[[], list[QWidget]]
    ) -> None:
        super().__init__(form)  # goes with the form, and its connection with it
        self.form = form
        self.panes = [form, *panes]
        self.fields = fields
        self._in_form: QWidget | None = None
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and self.form.isAncestorOf(new):
            self._in_form = new

    def current(self) -> int:
        """The pane that has focus (0, the form, when none has)."""
        focused = QApplication.focusWidget()
        for number, pane in enumerate(self.panes):
            if focused is not None and (focused is pane or pane.isAncestorOf(focused)):
                return number
        return 0

    def step(self, delta: int) -> None:
        """Put focus in the next (``delta`` 1) or previous (-1) visible pane."""
        number = self.current()
        for _ in self.panes:
            number = (number + delta) % len(self.panes)
            pane = self.panes[number]
            if pane.isVisible():
                self._enter(pane)
                return

    def _enter(self, pane: QWidget) -> None:
        if pane is self.form:
            target = self._in_form
            if target is None or not target.isVisible():
                fields = self.fields()
                target = fields[0] if fields else None
            if target is not None:
                target.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        pane.setFocus(Qt.FocusReason.OtherFocusReason)


class KeyboardFocus:
    """Keeps the window's Tab order and pane cycle, and starts focus on the first empty
    field of a readout just put in the form."""

    def __init__(self, form: QWidget, drafts: Sequence[QWidget], findings: QWidget) -> None:
        self.form = form
        self.tail = [*drafts, findings]
        self.cycle = PaneCycle(form, self.tail, self.fields)
        """F6's panes (the findings only while they show)."""

    def fields(self) -> list[QWidget]:
        """The form's fields in Tab order."""
        return form_order(self.form)

    def rechain(self) -> list[QWidget]:
        """Lay the Tab order again (rows were added, moved or removed); the fields in it."""
        layout = self.form.layout()
        if layout is not None:
            layout.activate()
        fields = self.fields()
        set_tab_order([*fields, *self.tail])
        return fields

    def start(self) -> None:
        """Put focus on the first empty field (a readout was just put in the form)."""
        if not is_alive(self.form):
            return
        target = first_empty(self.rechain())
        if target is not None:
            self.form.window().activateWindow()
            target.setFocus(Qt.FocusReason.OtherFocusReason)
