"""Daily work in the window: spelling underlines, the checks panel, export and copy."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from pytestqt.qtbot import QtBot

from editor_app.core.model import Kind, Readout
from editor_app.core.store import save_file
from editor_app.gui.editor import Editor
from editor_app.gui.export_dialog import ExportDialog
from editor_app.gui.export_job import ExportOptions
from editor_app.gui.qt import QApplication, QTextCharFormat
from tests.gui.test_spell_highlighter import type_text


def underlined_words(edit: object) -> list[str]:
    words = []
    block = edit.document().firstBlock()  # type: ignore[attr-defined]
    while block.isValid():
        for fmt in block.layout().formats():
            if fmt.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline:
                words.append(block.text()[fmt.start : fmt.start + fmt.length])
        block = block.next()
    return words


def test_each_field_is_checked_in_its_own_language(editor: Editor, qtbot: QtBot) -> None:
    point = editor.form.points.rows[0]
    qtbot.waitUntil(lambda: point.ui.esEdit.property("spellHighlighter") is not None)
    point.ui.esEdit.setPlainText("El cancillér habló con el canciller.")
    point.ui.enEdit.setPlainText("The canciller spoke with the goverment.")
    assert underlined_words(point.ui.esEdit) == ["cancillér"]
    assert underlined_words(point.ui.enEdit) == ["canciller", "goverment"]
    # The names of the readout are never flagged, in either language.
    point.ui.enEdit.setPlainText("Landau and de la Fuente and Bruce.")
    assert underlined_words(point.ui.enEdit) == []


def test_a_new_point_is_spell_checked_too(editor: Editor, qtbot: QtBot) -> None:
    editor.form.ui.addPointButton.click()
    row = editor.form.points.rows[-1]
    qtbot.waitUntil(lambda: row.ui.esEdit.property("spellHighlighter") is not None)
    type_text(qtbot, row.ui.esEdit, "Cooperación trilateral y fentanilo ilícito, cancillér")
    qtbot.waitUntil(lambda: underlined_words(row.ui.esEdit) == ["cancillér"])


def test_status_bar_names_the_dictionaries(editor: Editor) -> None:
    assert editor.window.dictionaries.text() == "Spelling: es_MX, en_US"


def test_a_check_finding_jumps_to_its_field(editor: Editor, qtbot: QtBot) -> None:
    editor.form.points.rows[1].ui.esEdit.clear()
    qtbot.waitUntil(lambda: editor.checks.count() > 0, timeout=3000)
    panel = editor.checks
    items = [
        panel.tree.topLevelItem(i).child(j)
        for i in range(panel.tree.topLevelItemCount())
        for j in range(panel.tree.topLevelItem(i).childCount())
    ]
    empty = next(item for item in items if item.text(1) == "Point 2 · Spanish")
    panel.tree.itemActivated.emit(empty, 0)
    assert editor.form.points.rows[1].ui.esEdit.hasFocus()


def test_export_from_the_dialog_writes_a_docx(editor: Editor, qtbot: QtBot, tmp_path: Path) -> None:
    target = tmp_path / "clearance.docx"
    shown: list[list[Path]] = []

    def answer(readout: Readout, options: ExportOptions) -> ExportDialog:
        return ExportDialog(readout.clearance, ExportOptions(target), editor.window)

    editor.sheet.panel.ui.drafterName.setText("Ana Ruiz")  # in the clearance panel

    editor.exports.ask_options = answer  # type: ignore[method-assign]
    editor.exports.show_result = shown.append  # type: ignore[method-assign]
    with qtbot.waitSignal(editor.exports.exported, timeout=30_000):
        editor.exports.export_action.trigger()
    assert shown == [[target]]
    document = Document(str(target))
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    assert "26 de marzo de 2025" in cells and "Ana Ruiz" in cells
    # The clearance sheet is kept with the readout, and the change can be saved.
    assert editor.form.readout().clearance.drafter.name == "Ana Ruiz"
    assert editor.window.isWindowModified()


def test_copy_a_draft(editor: Editor) -> None:
    action = next(a for a in editor.actions.edit_menu.actions() if "Spanish" in a.text())
    action.trigger()
    clipboard = QApplication.clipboard()
    assert clipboard.text().startswith("Llamada del subsecretario Landau")
    assert 'lang="es-MX"' in clipboard.mimeData().html()


def test_an_export_asks_before_replacing_another_readouts_file(
    editor: Editor, qtbot: QtBot, tmp_path: Path
) -> None:
    earlier = tmp_path / "earlier.docx"
    earlier.write_bytes(b"the export of another readout")
    offered: list[Path] = []

    def answer(readout: Readout, options: ExportOptions) -> ExportDialog:
        offered.append(options.path)
        return ExportDialog(readout.clearance, ExportOptions(earlier), editor.window)

    asked: list[list[Path]] = []

    def replace(paths: list[Path]) -> bool:
        asked.append(paths)
        return False

    editor.exports.ask_options = answer  # type: ignore[method-assign]
    editor.window.ask_replace = replace  # type: ignore[method-assign]
    editor.exports.export_action.trigger()
    assert asked == [[earlier]]
    assert earlier.read_bytes() == b"the export of another readout", "nothing replaced"
    # An unsaved readout is never offered another unsaved readout's file.
    editor.exports.settings.set_export_choices(None, {"path": str(earlier), "fmt": "docx"})
    editor.exports.export_action.trigger()
    assert offered[-1] != earlier and offered[-1].name == "landau-delafuente.docx"


def test_the_export_is_offered_beside_the_readouts_file_under_its_name(
    editor: Editor, tmp_path: Path
) -> None:
    folder = tmp_path / "Calls 2025"
    folder.mkdir()
    source = folder / "Landau call 26.03.readout"
    save_file(editor.form.readout(), source)
    assert editor.documents.open_path(source)
    offered: list[Path] = []

    def answer(readout: Readout, options: ExportOptions) -> None:
        offered.append(options.path)

    editor.exports.ask_options = answer  # type: ignore[method-assign]
    editor.exports.export_action.trigger()
    assert offered == [folder / "Landau call 26.03.docx"]
    # A new readout, never saved: the name Save As suggests, never ~/readout.docx.
    editor.documents.new(Kind.BILATERAL_CALL)
    editor.exports.export_action.trigger()
    assert offered[-1].name == "readout.docx" and offered[-1].parent == folder


def test_the_export_file_must_be_a_full_path(qtbot: QtBot, example: Readout) -> None:
    dialog = ExportDialog(example.clearance, ExportOptions(Path("/tmp/x.docx")))
    qtbot.addWidget(dialog)
    for typed in ("", "   ", "relative/call.docx"):
        dialog.path_edit.setText(typed)
        assert dialog.path_problem()
    dialog.path_edit.setText("~/call.docx")
    assert dialog.path_problem() == ""
    assert dialog.options().path == Path.home() / "call.docx"
