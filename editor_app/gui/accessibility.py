"""Accessible names for the form's controls, so screen readers say what each field is.

A control without its own accessible name takes it from its label (buddy), its
placeholder or its tooltip, in that order: the words the officer already sees.
"""

from __future__ import annotations

import logging

from editor_app.gui.qt import (
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
        if not isinstance(widget, INPUTS) or widget.accessibleName():
            continue
        name = buddies.get(id(widget), "")
        if not name and isinstance(widget, QLineEdit | QPlainTextEdit):
            name = widget.placeholderText()
        if not name:
            name = widget.toolTip()
        if name:
            widget.setAccessibleName(name)
