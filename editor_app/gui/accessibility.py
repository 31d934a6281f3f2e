"""Accessible names for the form's controls, so screen readers say what each field is.

A control without its own accessible name takes it from its label (buddy), its
placeholder or its tooltip, in that order: the words the officer already sees. A button
takes its tooltip, else its text (so ✕ is read as "Remove this counterpart").
"""

from __future__ import annotations

import logging

from editor_app.gui.qt import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

log = logging.getLogger(__name__)

INPUTS = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox)


def _plain(text: str) -> str:
    return text.replace("&", "").strip(" :")


def name_controls(root: QWidget) -> None:
    """Give every input under ``root`` an accessible name if it has none."""
    buddies = {
        id(label.buddy()): _plain(label.text())
        for label in root.findChildren(QLabel)
        if label.buddy() is not None
    }
    for widget in root.findChildren(QWidget):
        if widget.accessibleName():
            continue
        if isinstance(widget, QAbstractButton):
            # An icon button (✕ ▲ ▼) is named by its tooltip, not its symbol.
            name = widget.toolTip() or _plain(widget.text())
            if name:
                widget.setAccessibleName(name)
            continue
        if not isinstance(widget, INPUTS):
            continue
        name = buddies.get(id(widget), "")
        if not name and isinstance(widget, QLineEdit | QPlainTextEdit):
            name = widget.placeholderText()
        if not name:
            name = widget.toolTip()
        if name:
            widget.setAccessibleName(name)
