"""Keyboard-only use and screen readers: every control is named and reachable by Tab."""

from __future__ import annotations

from editor_app.gui.editor import Editor
from editor_app.gui.qt import (
    QAbstractSpinBox,
    QComboBox,
    QKeySequence,
    QLineEdit,
    QPlainTextEdit,
    Qt,
    QWidget,
)

INPUTS = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox)


def form_inputs(editor: Editor) -> list[QWidget]:
    return [
        w
        for w in editor.form.findChildren(QWidget)
        if isinstance(w, INPUTS)
        and w.isVisibleTo(editor.form)
        and w.parent() is not None
        # the line edit inside an editable combo is the combo's own
        and not isinstance(w.parent(), QComboBox | QAbstractSpinBox)
    ]


def test_every_form_control_has_an_accessible_name(editor: Editor) -> None:
    unnamed = [
        w.objectName() or type(w).__name__ for w in form_inputs(editor) if not w.accessibleName()
    ]
    assert unnamed == []


def test_tab_reaches_every_form_control(editor: Editor) -> None:
    inputs = form_inputs(editor)
    start = editor.form.ui.kindCombo
    seen: set[int] = set()
    widget: QWidget = start
    for _ in range(2000):
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            seen.add(id(widget))
        widget = widget.nextInFocusChain()
        if widget is start:
            break
    missing = [w.objectName() or type(w).__name__ for w in inputs if id(w) not in seen]
    assert missing == []


def test_file_and_edit_commands_have_standard_shortcuts(editor: Editor) -> None:
    actions = editor.actions
    assert actions.open.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    assert actions.save.shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    assert editor.exports.export_action.shortcut() == QKeySequence("Ctrl+E")
    edit = actions.edit_menu.actions()
    undo = next(a for a in edit if a.shortcut() == QKeySequence.StandardKey.Undo)
    assert undo is not None
