"""Help ▸ House rules lists every check of the catalogue (what it looks for, how serious,
its id) and how to switch one off, in the interface language; both panes' headings and
part labels speak the interface language too ("Inglés · en_US", "Título editar")."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from editor_app.core.autosave import Autosave
from editor_app.core.checks.catalogue import all_checks
from editor_app.gui.editor import Editor
from editor_app.gui.house_rules_dialog import HouseRulesDialog
from editor_app.gui.settings import AppSettings


@pytest.fixture
def spanish_editor(
    spanish: None, qtbot: QtBot, app_settings: AppSettings, tmp_path: Path
) -> Iterator[Editor]:
    editor = Editor(app_settings, autosave=Autosave(tmp_path / "autosave"))
    qtbot.addWidget(editor.window)
    editor.open_start(None)
    editor.window.show()
    qtbot.waitUntil(lambda: not editor.drafts_pending)
    yield editor
    editor.window.close_guard = lambda: True
    editor.window.close()


def _rules(editor: Editor) -> HouseRulesDialog:
    editor.actions.house_rules.trigger()
    dialog = editor.window.findChild(HouseRulesDialog)
    assert isinstance(dialog, HouseRulesDialog) and dialog.isVisible()
    return dialog


def test_house_rules_list_every_check(editor: Editor) -> None:
    dialog = _rules(editor)
    assert dialog.windowTitle() == "House rules"
    headers = [dialog.table.horizontalHeaderItem(i).text() for i in range(3)]
    assert headers == ["What it looks for", "Severity", "Check id"]
    rows = dialog.rows()
    assert [check_id for _, _, check_id in rows] == list(all_checks())
    assert (
        "Two or more spaces in a row in the English draft.",
        "warning",
        "en.double-space",
    ) in rows
    assert ("A talking point written in one language only.", "error", "parity.point-empty") in rows
    assert dialog.switch_off.text() == (
        "To switch a check off, add its id to the “disabled” list of the house checks file "
        '(JSON: {"disabled": ["es.title-capital"]}; "parity.*" switches off a whole family) '
        "and pass it to readout check --config FILE."
    )
    dialog.close()


def test_house_rules_in_spanish(spanish_editor: Editor) -> None:
    dialog = _rules(spanish_editor)
    assert dialog.windowTitle() == "Reglas de la casa"
    headers = [dialog.table.horizontalHeaderItem(i).text() for i in range(3)]
    assert headers == ["Qué busca", "Gravedad", "Identificador"]
    rows = dialog.rows()
    assert ("Un mes en español escrito con mayúscula.", "aviso", "es.month-capital") in rows
    assert dialog.switch_off.text().startswith(
        "Para desactivar una revisión, añada su identificador a la lista “disabled”"
    )
    dialog.close()


def test_spanish_interface_labels_the_english_pane_in_spanish(spanish_editor: Editor) -> None:
    ui = spanish_editor.window.ui
    assert ui.enHeading.text() == "<b>Inglés</b> · en_US"
    assert ui.esHeading.text() == "<b>Español</b> · es_MX"
    en = ui.enPreview.toPlainText()
    assert en.startswith("Título editar\nDeputy Secretary Landau’s Call")
    assert "Entradilla editar\nToday Deputy Secretary" in en
    assert "Punto 1 · sigue en el párrafo anterior editar\nThis was" in en
    assert ui.esPreview.toPlainText().startswith("Título editar\nLlamada del subsecretario")


def test_english_interface_labels_the_spanish_pane_in_english(editor: Editor) -> None:
    es = editor.window.ui.esPreview.toPlainText()
    assert es.startswith("Title edit\nLlamada del subsecretario Landau")
    assert "Point 1 · runs on in the paragraph above edit\nEsta fue" in es
