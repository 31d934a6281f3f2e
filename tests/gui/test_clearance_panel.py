"""The clearance panel: reached by keyboard, edits undone like the form's, saved in the
readout, restored after a crash, and the statuses comments propose confirmed there."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox
from pytestqt.qtbot import QtBot

from editor_app.core.autosave import Autosave
from editor_app.core.model import (
    ClearanceStatus,
    Marking,
    MarkingChoice,
    Readout,
    StatusProposal,
)
from editor_app.core.store import load_file
from editor_app.gui.editor import Editor
from editor_app.gui.settings import AppSettings

PROPOSALS = [
    StatusProposal(
        "WHA/MEX", ClearanceStatus.CLEARED, "Ed Ruiz", dt.date(2025, 3, 27), "Cleared – WHA/MEX"
    ),
    StatusProposal("EUR", ClearanceStatus.CLEARED_WITH_EDITS, "Jo Lee", None, "Cleared w/ edits"),
]


def _focused() -> object:
    return QApplication.focusWidget()


def test_the_panel_is_closed_and_takes_no_room_until_asked_for(editor: Editor) -> None:
    sheet = editor.sheet
    assert sheet.dock.isHidden() and not sheet.action.isChecked()
    central = editor.window.centralWidget()
    assert central is not None and central.width() == editor.window.width()
    assert sheet.action in editor.actions.view_menu.actions()
    assert sheet.action.shortcut().toString() == "Ctrl+Shift+L"


def test_the_panel_is_made_when_first_opened_and_shows_the_sheet_then(
    editor: Editor, example: Readout
) -> None:
    # A hundred widgets a closed panel does not need at start-up (time and memory).
    from editor_app.gui.clearance_panel import ClearancePanel

    assert not editor.window.findChildren(ClearancePanel)
    readout = example
    readout.clearance.marking = Marking(MarkingChoice.SBU)
    editor.form.set_readout(readout)
    editor.sheet.open()
    (panel,) = editor.window.findChildren(ClearancePanel)
    assert panel is editor.sheet.panel and panel.isVisible()
    assert panel.clearance().marking.choice == MarkingChoice.SBU


def test_the_keyboard_opens_the_panel_reaches_it_with_f6_and_closes_it(
    editor: Editor, qtbot: QtBot
) -> None:
    window, sheet = editor.window, editor.sheet
    window.activateWindow()
    editor.form.ui.kindCombo.setFocus()
    qtbot.waitUntil(editor.form.ui.kindCombo.hasFocus)
    QTest.keyClick(
        window,
        Qt.Key.Key_L,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(sheet.panel.ui.markingCombo.hasFocus)
    assert sheet.dock.isVisible() and sheet.action.isChecked()
    # F6 goes round the panes, the panel among them: the form and drafts, then back here.
    cycle = editor.keyboard.cycle
    dock = cycle.panes.index(sheet.dock)
    seen = []
    for _ in range(len(cycle.panes)):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
        seen.append(cycle.current())
        if seen[-1] == dock:
            break
    assert seen[0] == 0 and seen[-1] == dock and {1, 2} <= set(seen)
    assert sheet.panel.ui.markingCombo.hasFocus()
    # Tab walks the sheet top to bottom: the marking, then who drafted it.
    QTest.keyClick(sheet.panel.ui.markingCombo, Qt.Key.Key_Tab)
    assert sheet.panel.ui.drafterName.hasFocus()
    QTest.keyClick(
        window,
        Qt.Key.Key_L,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(sheet.dock.isHidden)
    assert not sheet.action.isChecked()
    for _ in range(len(cycle.panes)):  # a closed panel is never reached
        QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F6)
        assert cycle.current() != dock


def test_typing_in_the_panel_is_one_undo_step_and_redo_brings_it_back(
    editor: Editor, qtbot: QtBot
) -> None:
    editor.sheet.open()
    before = editor.form.readout()
    name = editor.sheet.panel.ui.drafterName
    name.setFocus()
    QTest.keyClicks(name, "Ana Ruiz")
    assert editor.form.readout().clearance.drafter.name == "Ana Ruiz"
    status = editor.sheet.panel.ui.clearersTable.cellWidget(0, 2)
    assert isinstance(status, QComboBox)
    status.setCurrentIndex(status.findData(ClearanceStatus.CLEARED.value))
    assert editor.form.readout().clearance.clearers[0].status is ClearanceStatus.CLEARED
    editor.actions.undo.trigger()
    assert editor.form.readout().clearance.clearers[0].status is ClearanceStatus.PENDING
    assert status.currentData() == ClearanceStatus.PENDING.value
    editor.actions.undo.trigger()
    assert editor.form.readout() == before
    assert name.text() == ""
    editor.actions.redo.trigger()
    assert name.text() == "Ana Ruiz"
    assert editor.window.isWindowModified()


def test_offices_added_and_removed_and_pasted_text_cleaned(editor: Editor) -> None:
    panel = editor.sheet.panel
    count = len(editor.form.readout().clearance.clearers)
    panel.ui.addClearerButton.click()
    table = panel.ui.clearersTable
    table.item(count, 0).setText("S/P\x01")
    sheet = editor.form.readout().clearance
    assert len(sheet.clearers) == count + 1 and sheet.clearers[-1].office == "S/P"
    table.setCurrentCell(0, 0)
    panel.ui.removeClearerButton.click()
    assert [c.office for c in editor.form.readout().clearance.clearers][-1] == "S/P"
    assert len(editor.form.readout().clearance.clearers) == count
    editor.actions.undo.trigger()
    assert len(editor.form.readout().clearance.clearers) == count + 1


def test_the_marking_is_chosen_or_written_in_each_language(editor: Editor) -> None:
    ui = editor.sheet.panel.ui
    editor.sheet.open()
    assert not ui.markingEn.isVisible()
    ui.markingCombo.setCurrentIndex(ui.markingCombo.findData(MarkingChoice.CUSTOM.value))
    assert ui.markingEn.isVisible() and ui.markingEs.isVisible()
    ui.markingEn.setText("EMBARGOED")
    ui.markingEs.setText("EMBARGADO")
    marking = editor.form.readout().clearance.marking
    assert marking.choice is MarkingChoice.CUSTOM
    assert (marking.custom.en, marking.custom.es) == ("EMBARGOED", "EMBARGADO")


def test_the_sheet_is_saved_in_the_readout_and_reopens_in_the_panel(
    editor: Editor, tmp_path: Path
) -> None:
    ui = editor.sheet.panel.ui
    ui.drafterName.setText("Ana Ruiz")
    ui.drafterDate.setDate(ui.drafterDate.date().fromString("2025-03-27", "yyyy-MM-dd"))
    ui.markingCombo.setCurrentIndex(ui.markingCombo.findData(MarkingChoice.SBU.value))
    path = tmp_path / "call.readout"
    editor.window.ask_save_path = lambda suggested: path  # type: ignore[method-assign]
    assert editor.actions.save.trigger() is None and path.is_file()
    sheet = load_file(path).readout.clearance
    assert sheet.drafter.name == "Ana Ruiz" and sheet.drafter.date == dt.date(2025, 3, 27)
    assert sheet.marking == Marking(MarkingChoice.SBU)
    editor.documents.open_example()
    assert ui.drafterName.text() == ""
    assert editor.documents.open_path(path)
    assert ui.drafterName.text() == "Ana Ruiz"
    assert ui.markingCombo.currentData() == MarkingChoice.SBU.value
    assert editor.form.readout().clearance == sheet


def test_the_autosave_keeps_the_sheet_and_recovery_restores_it(
    qtbot: QtBot, app_settings: AppSettings, tmp_path: Path
) -> None:
    autosave = Autosave(tmp_path / "autosave")
    first = Editor(app_settings, autosave=autosave, autosave_idle_ms=30)
    qtbot.addWidget(first.window)
    first.open_start(None)
    first.window.show()
    name = first.sheet.panel.ui.drafterName
    name.setFocus()
    QTest.keyClicks(name, "Ana Ruiz")
    qtbot.waitUntil(lambda: len(autosave.recoverable(include_live=True)) == 1, timeout=5_000)
    [found] = autosave.recoverable(include_live=True)
    second = Editor(app_settings, autosave=autosave)
    qtbot.addWidget(second.window)
    second.window.ask_save_changes = lambda: QMessageBox.StandardButton.Discard  # type: ignore[method-assign]
    second.safety.restore(found)
    assert second.form.readout().clearance.drafter.name == "Ana Ruiz"
    assert second.sheet.panel.ui.drafterName.text() == "Ana Ruiz"
    for each in (first, second):
        each.window.close_guard = lambda: True
        each.window.close()


def _with_proposals(editor: Editor) -> Readout:
    readout = editor.form.readout()
    readout.clearance.proposals = list(PROPOSALS)
    editor.history.replace(readout)
    return editor.form.readout()


def test_proposed_statuses_are_confirmed_in_the_panel_in_one_undo_step(
    editor: Editor,
) -> None:
    before = _with_proposals(editor)
    editor.sheet.open()
    ui = editor.sheet.panel.ui
    assert ui.proposalsBox.isVisible()
    assert [ui.proposalsList.item(n).text() for n in range(ui.proposalsList.count())] == [
        "WHA/MEX — Cleared (Ed Ruiz, 27 Mar 2025)",
        "EUR — Cleared with edits (Jo Lee)",
    ]
    ui.proposalsList.setCurrentRow(0)
    ui.confirmButton.click()
    sheet = editor.form.readout().clearance
    mex = next(c for c in sheet.clearers if c.office == "WHA/MEX")
    assert mex.status is ClearanceStatus.CLEARED and mex.date == dt.date(2025, 3, 27)
    assert sheet.proposals == PROPOSALS[1:]
    assert ui.proposalsList.count() == 1
    editor.actions.undo.trigger()
    assert editor.form.readout() == before
    assert ui.proposalsList.count() == 2


def test_a_dismissed_proposal_leaves_the_sheet_as_it_was(editor: Editor) -> None:
    before = _with_proposals(editor)
    editor.sheet.open()
    ui = editor.sheet.panel.ui
    ui.proposalsList.setCurrentRow(1)
    ui.dismissProposalButton.click()
    after = editor.form.readout().clearance
    assert after.proposals == PROPOSALS[:1]
    assert after.clearers == before.clearance.clearers
    ui.proposalsList.setCurrentRow(0)
    ui.dismissProposalButton.click()
    assert not ui.proposalsBox.isVisible()
    editor.actions.undo.trigger()
    editor.actions.undo.trigger()
    assert editor.form.readout().clearance.proposals == PROPOSALS


def test_the_panel_speaks_spanish(spanish: None, editor: Editor) -> None:
    readout = editor.form.readout()
    readout.clearance.approver.date = dt.date(2025, 3, 27)
    editor.history.replace(readout)
    ui = editor.sheet.panel.ui
    assert ui.approverDate.text() == "27 mar 2025"
    assert ui.markingCombo.currentText() == "Borrador"
    assert editor.actions.clearance_panel.text() == "&Hoja de autorización"
    assert editor.sheet.dock.windowTitle() == "Hoja de autorización"
