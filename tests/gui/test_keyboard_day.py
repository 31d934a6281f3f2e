"""A readout from start to export with the keyboard alone: Ctrl+N's chooser, Tab down the
form, F6 between panes, Ctrl+E and the export dialog (issue 19, item 2)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable
from pathlib import Path

from docx import Document
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from editor_app.core.store import example_names
from editor_app.gui.editor import Editor
from editor_app.gui.export_dialog import ExportDialog
from editor_app.gui.new_dialog import NewReadoutDialog
from editor_app.gui.qt import (
    QApplication,
    QMessageBox,
    QPushButton,
    Qt,
    QTimer,
    QToolButton,
    QWidget,
)

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def focused() -> QWidget | None:
    return QApplication.focusWidget()


FAILURES: list[BaseException] = []


def in_modal(qtbot: QtBot, kind: type, keys: Callable[[QWidget], None]) -> None:
    """When a modal dialog of ``kind`` opens, press ``keys`` in it (a failure closes the
    dialog and is raised by :func:`no_failures`)."""

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, drive)
            return
        try:
            keys(dialog)
        except BaseException as exc:
            FAILURES.append(exc)
            dialog.reject()  # type: ignore[attr-defined]

    QTimer.singleShot(20, drive)


def no_failures() -> None:
    if FAILURES:
        raise FAILURES.pop()


def active(editor: Editor, qtbot: QtBot) -> None:
    editor.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor.window)


def test_ctrl_n_asks_which_kind_and_focus_starts_on_the_first_empty_field(
    editor: Editor, qtbot: QtBot
) -> None:
    active(editor, qtbot)
    seen: list[list[str]] = []

    def pick_meeting(dialog: QWidget) -> None:
        assert isinstance(dialog, NewReadoutDialog)
        seen.append([dialog.list.item(i).text() for i in range(dialog.list.count())])
        QTest.keyClick(dialog.list, Qt.Key.Key_Down)
        QTest.keyClick(dialog.list, Qt.Key.Key_Return)

    in_modal(qtbot, NewReadoutDialog, pick_meeting)
    QTest.keyClick(editor.window, Qt.Key.Key_N, CTRL)
    no_failures()
    assert seen == [
        [
            "Bilateral call",
            "Bilateral meeting",
            "Multilateral call",
            "Multilateral meeting",
            "Example: Deputy Secretary Landau’s Call with Mexican Foreign Secretary de la Fuente",
            *seen[0][5:],
        ]
    ]
    assert len(seen[0]) == 4 + len(example_names())
    assert editor.form.readout().kind == "bilateral_meeting"
    assert editor.form.readout().principal.surname == ""
    first = editor.keyboard.fields()
    qtbot.waitUntil(lambda: focused() is not None and focused() in first)
    widget = focused()
    assert widget is editor.form.ui.datelineEn  # the first empty field, top to bottom


def test_tab_runs_down_the_form_field_by_field_then_to_the_drafts(
    editor: Editor, qtbot: QtBot
) -> None:
    active(editor, qtbot)
    principal, counterpart = editor.form.principal.ui, editor.form.counterparts.rows[0].ui
    add = editor.form.ui.addCounterpartButton
    principal.givenNames.setFocus()
    order: list[QWidget] = []
    for _ in range(200):
        widget = focused()
        assert widget is not None
        order.append(widget)
        if widget is editor.window.ui.esPreview:
            break
        QTest.keyClick(widget, Qt.Key.Key_Tab)
    expected = [
        principal.givenNames,
        principal.surname,
        principal.genderCombo,
        principal.titleCombo,
        principal.countryCombo,
        principal.moreButton,  # the rest of the name, folded away
        counterpart.givenNames,
        counterpart.surname,
        counterpart.genderCombo,
        counterpart.titleCombo,
        counterpart.countryCombo,
        counterpart.moreButton,
    ]
    assert order[: len(expected)] == expected
    # The row's buttons follow its fields; Add counterpart follows the rows; the findings
    # are never between two officials; the drafts come after the whole form.
    assert order.index(counterpart.removeButton) < order.index(add)
    assert editor.checks.tree not in order
    assert order[-1] is editor.window.ui.esPreview
    assert editor.form.points.rows[-1].ui.esEdit in order


def test_f6_cycles_the_panes_and_comes_back_to_the_field(editor: Editor, qtbot: QtBot) -> None:
    active(editor, qtbot)
    ui = editor.window.ui
    surname = editor.form.principal.ui.surname
    surname.setFocus()
    QTest.keyClick(surname, Qt.Key.Key_F6)
    assert focused() is ui.esPreview
    QTest.keyClick(ui.esPreview, Qt.Key.Key_F6)
    assert focused() is ui.enPreview
    QTest.keyClick(ui.enPreview, Qt.Key.Key_F6)  # no findings: back to the form
    assert focused() is surname
    QTest.keyClick(surname, Qt.Key.Key_F6, SHIFT)
    assert focused() is ui.enPreview
    # With findings, the pane is one stop more.
    editor.form.ui.attributionName.clear()
    editor.refresh()
    QTest.keyClick(ui.enPreview, Qt.Key.Key_F6)
    assert focused() is editor.checks.tree


def test_icon_buttons_have_names(editor: Editor) -> None:
    row = editor.form.counterparts.rows[0].ui
    names = [b.accessibleName() for b in (row.upButton, row.downButton, row.removeButton)]
    assert names == ["Move up", "Move down", "Remove this counterpart"]
    point = editor.form.points.rows[0].ui
    assert point.removeButton.accessibleName() == point.removeButton.toolTip() != ""
    assert point.upButton.accessibleName() == "Move this point up"
    buttons = editor.form.findChildren(QPushButton) + editor.form.findChildren(QToolButton)
    assert all(b.accessibleName() for b in buttons if b.isVisibleTo(editor.form))


def test_a_readout_filled_and_exported_with_keys_alone(
    editor: Editor, qtbot: QtBot, tmp_path: Path
) -> None:
    active(editor, qtbot)

    def blank_call(dialog: QWidget) -> None:
        QTest.keyClick(dialog, Qt.Key.Key_Return)

    in_modal(qtbot, NewReadoutDialog, blank_call)
    QTest.keyClick(editor.window, Qt.Key.Key_N, CTRL)
    no_failures()
    fields = editor.keyboard.fields()
    qtbot.waitUntil(lambda: focused() in fields)
    principal, form = editor.form.principal.ui, editor.form.ui
    typed = {
        principal.givenNames: "Christopher",
        principal.surname: "Landau",
        form.purposeEn: "discuss border security",
        form.purposeEs: "conversar sobre la seguridad fronteriza",
    }
    counterparts = editor.form.counterparts.rows
    if counterparts:
        typed[counterparts[0].ui.givenNames] = "Juan Ramon"
        typed[counterparts[0].ui.surname] = "de la Fuente"
    # Shift+Tab back to the first field, then Tab down the form typing where planned.
    for _ in range(len(fields) + 2):
        widget = focused()
        assert widget is not None
        if widget is fields[0]:
            break
        QTest.keyClick(widget, Qt.Key.Key_Tab, SHIFT)
    for _ in range(len(fields) + 5):
        widget = focused()
        assert widget is not None
        if widget is editor.window.ui.esPreview:
            break
        if widget in typed:
            QTest.keyClick(widget, Qt.Key.Key_A, CTRL)
            QTest.keyClicks(widget, typed.pop(widget))
        QTest.keyClick(widget, Qt.Key.Key_Tab)
    assert typed == {}
    editor.refresh()
    assert "Landau" in editor.window.ui.enPreview.toPlainText()
    target = tmp_path / "keys.docx"

    def export_by_keys(dialog: QWidget) -> None:
        assert isinstance(dialog, ExportDialog)
        # From the first field to Export by Tab: the path, then Enter.
        first = dialog.focusWidget()
        assert first is dialog.format_combo
        for _ in range(40):
            widget = dialog.focusWidget()
            assert widget is not None
            if widget is dialog.path_edit:
                break
            QTest.keyClick(widget, Qt.Key.Key_Tab)
        QTest.keyClick(dialog.path_edit, Qt.Key.Key_A, CTRL)
        QTest.keyClicks(dialog.path_edit, str(target))
        stops = []
        for _ in range(60):
            widget = dialog.focusWidget()
            assert widget is not None
            stops.append(widget)
            if isinstance(widget, QPushButton) and widget.text() == "Export":
                break
            QTest.keyClick(widget, Qt.Key.Key_Tab)
        export = stops[-1]
        assert isinstance(export, QPushButton) and export.text() == "Export"
        QTest.keyClick(export, Qt.Key.Key_Space)

    def export_anyway(box: QWidget) -> None:
        # The new readout still lacks the counterpart's country and the attribution's
        # name: the question about the gaps is answered by keys (Cancel is the default).
        assert isinstance(box, QMessageBox) and box.windowTitle() == "Export with gaps?"
        for _ in range(4):
            widget = box.focusWidget()
            if isinstance(widget, QPushButton) and widget.text() == "&Export anyway":
                QTest.keyClick(widget, Qt.Key.Key_Space)
                return
            QTest.keyClick(widget or box, Qt.Key.Key_Tab)
        raise AssertionError("Tab never reached Export anyway")

    editor.exports.show_result = lambda paths: None  # type: ignore[method-assign]
    del editor.window.ask_export_gaps  # the real question, answered by keys
    in_modal(qtbot, QMessageBox, export_anyway)
    in_modal(qtbot, ExportDialog, export_by_keys)
    with qtbot.waitSignal(editor.exports.exported, timeout=30_000, raising=False):
        QTest.keyClick(editor.window.ui.esPreview, Qt.Key.Key_E, CTRL)
    no_failures()
    cells = [c.text for t in Document(str(target)).tables for r in t.rows for c in r.cells]
    assert any("Landau" in cell for cell in cells)
    # The purpose repeats the lead's "conversó": the lead joins it ("conversó con …, X, sobre …").
    assert any(", sobre la seguridad fronteriza." in cell for cell in cells)
    assert not any("para conversar sobre" in cell for cell in cells)
