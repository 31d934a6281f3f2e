"""A field the officer left empty stays empty when the readout comes back, from its file
or from crash recovery, and the form still says what is missing."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from editor_app.core.autosave import Autosave
from editor_app.core.model import Readout
from editor_app.core.store import save_file
from editor_app.gui.editor import Editor

COUNTRY = "counterparts[0].country"


def _problem_paths(editor: Editor) -> list[str]:
    return [str(path) for _, _, path in editor.checks.rows("problems")]


def _shows_empty_country(editor: Editor, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: not editor.drafts_pending)
    editor.refresh()
    assert editor.form.readout().counterparts[0].country == ""
    combo = editor.form.counterparts.rows[0].ui.countryCombo
    assert "United States" not in combo.currentText()
    assert COUNTRY in _problem_paths(editor)


def test_reopened_file_keeps_the_country_empty(
    editor: Editor, qtbot: QtBot, example: Readout, tmp_path: Path
) -> None:
    example.counterparts[0].country = ""
    path = tmp_path / "no-country.readout"
    save_file(example, path)
    assert editor.documents.open_path(path)
    _shows_empty_country(editor, qtbot)


def test_recovered_autosave_keeps_the_country_empty(
    editor: Editor, qtbot: QtBot, example: Readout, tmp_path: Path
) -> None:
    example.counterparts[0].country = ""
    store = Autosave(tmp_path / "recovery")
    slot = store.new_slot()
    store.write(slot, example, None)
    [record] = [r for r in store.recoverable(include_live=True) if r.slot == slot]
    assert record.readout is not None
    editor.documents.restore(record.readout, record.source)
    _shows_empty_country(editor, qtbot)
