"""The export dialog and the background export: a .docx that python-docx reopens."""

from __future__ import annotations

import datetime as dt
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

from docx import Document
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QPushButton
from pytestqt.qtbot import QtBot

from editor_app.core.model import ClearanceStatus, Readout
from editor_app.core.render import Renderer
from editor_app.core.store import load_file, save_file
from editor_app.gui.export_dialog import ExportDialog
from editor_app.gui.export_job import ExportJob, ExportOptions, start_export


def test_dialog_round_trips_the_clearance_sheet(qtbot: QtBot, example: Readout) -> None:
    example.clearance.approver.date = dt.date(2025, 3, 27)
    dialog = ExportDialog(example.clearance, ExportOptions(Path("/tmp/x.docx")))
    qtbot.addWidget(dialog)
    assert dialog.clearance() == example.clearance
    dialog.drafter_name.setText("Ana Ruiz")
    status = dialog.clearers.cellWidget(1, 2)
    assert isinstance(status, QComboBox)
    status.setCurrentIndex(list(ClearanceStatus).index(ClearanceStatus.CLEARED_WITH_EDITS))
    sheet = dialog.clearance()
    assert sheet.drafter.name == "Ana Ruiz"
    assert sheet.clearers[1].status is ClearanceStatus.CLEARED_WITH_EDITS
    assert sheet.approver.date == dt.date(2025, 3, 27)


def test_choosing_a_format_changes_the_suffix(qtbot: QtBot, example: Readout) -> None:
    dialog = ExportDialog(example.clearance, ExportOptions(Path("/tmp/call.docx")))
    qtbot.addWidget(dialog)
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("html"))
    dialog.layout_combo.setCurrentIndex(dialog.layout_combo.findData("separate"))
    assert dialog.options() == ExportOptions(Path("/tmp/call.html"), "html", "separate")


def test_background_export_writes_a_docx(
    qtbot: QtBot, example: Readout, renderer: Renderer, tmp_path: Path
) -> None:
    dialog = ExportDialog(example.clearance, ExportOptions(tmp_path / "call.docx"))
    qtbot.addWidget(dialog)
    dialog.drafter_name.setText("Ana Ruiz")
    example.clearance = dialog.clearance()
    job = ExportJob(example, renderer.render_pair(example), dialog.options())
    with qtbot.waitSignal(job.signals.finished, timeout=30_000) as blocker:
        start_export(job)
    [written] = blocker.args[0]
    document = Document(written)
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    assert "26 de marzo de 2025" in cells and "March 26, 2025" in cells
    assert any("Ana Ruiz" in p.text for p in document.paragraphs) or "Ana Ruiz" in cells


def test_background_export_reports_an_unwritable_path(
    qtbot: QtBot, example: Readout, renderer: Renderer, tmp_path: Path
) -> None:
    options = ExportOptions(tmp_path / "missing" / "call.docx")
    job = ExportJob(example, renderer.render_pair(example), options)
    with qtbot.waitSignal(job.signals.failed, timeout=30_000) as blocker:
        start_export(job)
    assert "does not exist" in blocker.args[0]


def test_text_pasted_in_the_clearance_sheet_is_cleaned_and_the_file_reopens(
    qtbot: QtBot, example: Readout, tmp_path: Path
) -> None:
    dialog = ExportDialog(example.clearance, ExportOptions(tmp_path / "x.docx"))
    qtbot.addWidget(dialog)
    dialog.drafter_name.setText("Ana\x01 Ruiz\ufffe")
    dialog.marking_edit.setText("SBU\x0bNOFORN")
    example.clearance = dialog.clearance()
    assert example.clearance.drafter.name == "Ana Ruiz"
    assert example.clearance.marking == "SBU NOFORN"
    save_file(example, tmp_path / "x.readout")
    assert load_file(tmp_path / "x.readout").readout.clearance.drafter.name == "Ana Ruiz"


def test_clearance_dates_read_as_the_form_does_in_spanish(
    spanish: None, qtbot: QtBot, example: Readout
) -> None:
    example.clearance.approver.date = dt.date(2025, 3, 27)
    dialog = ExportDialog(example.clearance, ExportOptions(Path("/tmp/x.docx")))
    qtbot.addWidget(dialog)
    assert dialog.approver_date.text() == "27 mar 2025"


def test_remove_office_removes_the_row_being_worked_on(qtbot: QtBot, example: Readout) -> None:
    dialog = ExportDialog(example.clearance, ExportOptions(Path("/tmp/x.docx")))
    qtbot.addWidget(dialog)
    dialog.show()
    offices = [dialog.clearers.item(r, 0).text() for r in range(dialog.clearers.rowCount())]
    assert len(offices) >= 2
    dialog.clearers.setCurrentCell(0, 0)  # an earlier click on the first row
    status = dialog.clearers.cellWidget(1, 2)
    assert status is not None
    status.setFocus()
    qtbot.waitUntil(status.hasFocus)
    remove = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Remove office")
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    left = [dialog.clearers.item(r, 0).text() for r in range(dialog.clearers.rowCount())]
    assert left == [offices[0], *offices[2:]]
