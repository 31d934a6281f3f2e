"""While a field is empty the preview shows a gap marker where it goes, the findings pane
lists the missing field once (no spacing finding of its own), and Export asks first."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from editor_app.core.model import Readout
from editor_app.gui.checks_panel import SEVERITIES
from editor_app.gui.editor import Editor
from editor_app.gui.export_job import ExportOptions
from editor_app.gui.qt import QApplication, QMessageBox, QTimer


def _empty_surname(editor: Editor, qtbot: QtBot) -> None:
    surname = editor.form.principal.ui.surname
    surname.clear()
    surname.textEdited.emit("")
    editor.refresh()


def test_preview_shows_the_gap_and_the_checks_say_nothing_more(
    editor: Editor, qtbot: QtBot
) -> None:
    def checks() -> list[str]:
        return [row[2].check for s in SEVERITIES for row in editor.checks.rows(s)]  # type: ignore[attr-defined]

    before = checks()
    _empty_surname(editor, qtbot)
    en = editor.window.ui.enPreview.toPlainText()
    es = editor.window.ui.esPreview.toPlainText()
    assert "Deputy Secretary ⟨surname⟩’s Call with Mexican Foreign Secretary" in en
    assert "Hoy, el subsecretario de Estado, Christopher ⟨apellido⟩, conversó con" in es
    assert "Secretary ’s" not in en and "Christopher , conversó" not in es
    problems = [str(path) for _, _, path in editor.checks.rows("problems")]
    assert problems == ["principal.surname"]
    assert checks() == before


def _answer_gap_question(button_text: str, seen: list[str]) -> None:
    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        [button] = [b for b in box.buttons() if b.text() == button_text]
        button.click()

    QTimer.singleShot(0, answer)


@pytest.fixture
def no_export_dialog(editor: Editor) -> Iterator[list[ExportOptions]]:
    offered: list[ExportOptions] = []

    def answer(readout: Readout, options: ExportOptions) -> None:
        offered.append(options)

    editor.exports.ask_options = answer  # type: ignore[method-assign]
    yield offered


def test_export_asks_before_writing_gaps_and_cancel_stops(
    editor: Editor, qtbot: QtBot, no_export_dialog: list[ExportOptions]
) -> None:
    del editor.window.ask_export_gaps  # the real question, not the fixture's answer
    _empty_surname(editor, qtbot)
    seen: list[str] = []
    _answer_gap_question("Cancel", seen)
    editor.exports.export_action.trigger()
    assert seen == [
        "The drafts still have gaps (⟨…⟩) where these fields are missing:\n"
        "Principal · surname: a surname is needed (one who goes by one name: write it here)"
    ]
    assert no_export_dialog == [], "cancelled: no export dialog"
    _answer_gap_question("&Export anyway", seen)
    editor.exports.export_action.trigger()
    assert len(no_export_dialog) == 1


def test_export_gap_question_in_spanish(
    spanish: None, qtbot: QtBot, app_settings: object, autosave: object, tmp_path: Path
) -> None:
    from editor_app.gui.qt import QMessageBox as Box

    ed = Editor(app_settings, autosave=autosave)  # type: ignore[arg-type]
    qtbot.addWidget(ed.window)
    ed.window.ask_save_changes = lambda: Box.StandardButton.Discard  # type: ignore[method-assign]
    ed.open_start(None)
    ed.window.show()
    qtbot.waitUntil(lambda: not ed.drafts_pending)
    offered: list[ExportOptions] = []
    ed.exports.ask_options = lambda r, o: offered.append(o)  # type: ignore[assignment,method-assign,func-returns-value,return-value]
    _empty_surname(ed, qtbot)
    assert "Llamada del subsecretario ⟨apellido⟩ con" in ed.window.ui.esPreview.toPlainText()
    seen: list[str] = []
    _answer_gap_question("&Exportar de todos modos", seen)
    ed.exports.export_action.trigger()
    assert seen == [
        "Los borradores aún tienen huecos (⟨…⟩) donde faltan estos campos:\n"
        "Funcionario principal · apellido: falta el apellido "
        "(quien usa un solo nombre: escríbalo aquí)"
    ]
    assert len(offered) == 1
    ed.window.close_guard = lambda: True  # type: ignore[method-assign]
    ed.window.close()
