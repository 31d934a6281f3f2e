"""The export dialog and the background export: a .docx that python-docx reopens; changes
since a cleared copy as the command writes them; the clearance sheet summed up."""

from __future__ import annotations

import io
import os
import shutil

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

from docx import Document
from docx.oxml.ns import qn
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from editor_app.cli import main
from editor_app.core.model import ClearanceStatus, Readout, StatusProposal
from editor_app.core.render import Renderer
from editor_app.gui.editor import Editor
from editor_app.gui.export_dialog import ExportDialog
from editor_app.gui.export_job import ExportJob, ExportOptions, start_export
from tests.core.clearance.sent_drafts import FIXTURES

CLEARED = FIXTURES / "eur-side-by-side.docx"


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
    example.clearance.drafter.name = "Ana Ruiz"
    job = ExportJob(example, renderer.render_pair(example), dialog.options())
    with qtbot.waitSignal(job.signals.finished, timeout=30_000) as blocker:
        start_export(job)
    [written] = blocker.args[0]
    document = Document(written)
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    assert "26 de marzo de 2025" in cells and "March 26, 2025" in cells
    assert "Ana Ruiz" in cells


def test_background_export_reports_an_unwritable_path(
    qtbot: QtBot, example: Readout, renderer: Renderer, tmp_path: Path
) -> None:
    options = ExportOptions(tmp_path / "missing" / "call.docx")
    job = ExportJob(example, renderer.render_pair(example), options)
    with qtbot.waitSignal(job.signals.failed, timeout=30_000) as blocker:
        start_export(job)
    assert "does not exist" in blocker.args[0]


def test_the_summary_says_the_marking_the_offices_and_what_waits(
    qtbot: QtBot, example: Readout
) -> None:
    sheet = example.clearance
    sheet.clearers[0].status = ClearanceStatus.CLEARED
    sheet.proposals = [StatusProposal("EUR", ClearanceStatus.CLEARED)]
    dialog = ExportDialog(sheet, ExportOptions(Path("/tmp/x.docx")))
    qtbot.addWidget(dialog)
    listed = len(sheet.listed_clearers())
    assert dialog.sheet_summary.text() == (
        f"Marking: Draft · {listed} clearing offices, 1 cleared · 1 proposed status to confirm"
    )
    sheet.clearers.clear()
    sheet.proposals.clear()
    assert dialog.summary(sheet) == "Marking: Draft · no clearing offices yet"


def test_the_dialog_names_the_file_to_export_to_not_save_as_in_both_languages(
    qtbot: QtBot, example: Readout, spanish: None
) -> None:
    dialog = ExportDialog(example.clearance, ExportOptions(Path("/tmp/x.docx")))
    qtbot.addWidget(dialog)
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert "Exportar &a" in labels
    assert not any("Guardar" in text for text in labels)
    assert dialog.path_edit.accessibleName() == "Exportar a"


def _tracked(path: Path) -> list[tuple[str, str]]:
    """Every tracked insertion and deletion of a Word file: its kind and its text."""
    body = Document(str(path)).element.body
    found = []
    for kind, text_tag in (("ins", "w:t"), ("del", "w:delText")):
        for change in body.iter(qn(f"w:{kind}")):
            text = "".join(t.text or "" for t in change.iter(qn(text_tag)))
            if text:
                found.append((kind, text))
    return found


def test_changes_since_a_cleared_copy_writes_what_the_command_writes(
    editor: Editor, qtbot: QtBot, tmp_path: Path
) -> None:
    source = tmp_path / "sent.readout"
    shutil.copy(FIXTURES / "sent.readout", source)
    assert editor.documents.open_path(source)
    editor.refresh()
    readout, pair, _ = editor._current()
    assert pair is not None
    dialog = ExportDialog(readout.clearance, ExportOptions(tmp_path / "gui.docx"))
    qtbot.addWidget(dialog)
    assert not dialog.since_edit.isEnabled()
    dialog.since_check.setChecked(True)
    assert dialog.path_problem() == "Choose the cleared copy (.docx) to show the changes since."
    dialog.since_edit.setText(str(CLEARED))
    assert dialog.path_problem() == ""
    options = dialog.options()
    assert options.since == CLEARED
    job = ExportJob(readout, pair, options)
    with qtbot.waitSignal(job.signals.finished, timeout=30_000):
        start_export(job)
    cli = tmp_path / "cli.docx"
    code = main(
        ["export", str(source), "-o", str(cli), "--changes-since", str(CLEARED)],
        io.StringIO(),
        io.StringIO(),
    )
    assert code == 0
    tracked = _tracked(tmp_path / "gui.docx")
    assert tracked and tracked == _tracked(cli)
    assert ("del", "vínculos comerciales") in tracked or any(k == "del" for k, _ in tracked)


def test_changes_since_is_for_word_files_only(qtbot: QtBot, example: Readout) -> None:
    dialog = ExportDialog(example.clearance, ExportOptions(Path("/tmp/x.docx")))
    qtbot.addWidget(dialog)
    dialog.since_check.setChecked(True)
    dialog.since_edit.setText(str(CLEARED))
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("html"))
    assert not dialog.since_check.isEnabled() and not dialog.since_edit.isEnabled()
    assert dialog.options().since is None


def test_an_unusable_cleared_copy_is_said_and_nothing_is_written(
    qtbot: QtBot, example: Readout, renderer: Renderer, tmp_path: Path
) -> None:
    bogus = tmp_path / "cleared.docx"
    bogus.write_text("no", "utf-8")
    options = ExportOptions(tmp_path / "out.docx", since=bogus)
    job = ExportJob(example, renderer.render_pair(example), options)
    with qtbot.waitSignal(job.signals.failed, timeout=30_000) as blocker:
        start_export(job)
    assert (
        blocker.args[0] == f"{bogus}: not a usable cleared copy: it is not a Word document (.docx)"
    )
    assert not (tmp_path / "out.docx").exists()


def test_the_sheet_button_closes_the_dialog_and_opens_the_panel(
    editor: Editor, qtbot: QtBot
) -> None:
    shown: list[ExportDialog] = []

    def press_the_button() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ExportDialog))
        shown.append(dialog)
        dialog.sheet_button.click()

    assert not editor.sheet.dock.isVisible()
    readout, _, _ = editor._current()
    QTimer.singleShot(0, press_the_button)
    assert editor.exports.ask_options(readout, ExportOptions(Path("/tmp/x.docx"))) is None
    assert shown and shown[0].sheet_asked
    assert editor.sheet.dock.isVisible()
    # The keyboard is in the panel (once the window is active again).
    assert editor.window.focusWidget() is editor.sheet.panel.ui.markingCombo
    assert editor.actions.clearance_panel.isChecked()
