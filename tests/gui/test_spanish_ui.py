"""The interface in Spanish: menus, labels and messages from the shipped translation."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from editor_app.core.autosave import Autosave
from editor_app.gui.editor import Editor
from editor_app.gui.i18n import ui_language
from editor_app.gui.settings import AppSettings

ROOT = Path(__file__).resolve().parents[2]


def test_spanish_ui_shows_spanish_menus_and_labels(
    spanish: None, qtbot: QtBot, app_settings: AppSettings, tmp_path: Path
) -> None:
    editor = Editor(app_settings, autosave=Autosave(tmp_path / "autosave"))
    qtbot.addWidget(editor.window)
    editor.open_start(None)
    editor.refresh()  # never shown: render now (at start-up this follows the first paint)
    actions = editor.actions
    assert actions.file_menu.title() == "&Archivo"
    assert actions.edit_menu.title() == "&Edición"
    assert actions.save.text() == "&Guardar"
    labels = [actions.new_menu.actions()[i].text() for i in range(2)]
    assert labels == ["Llamada bilateral", "Reunión bilateral"]
    assert editor.form.ui.kindCombo.currentText() == "Llamada bilateral"
    assert editor.form.ui.eventDate.text() == "26 mar 2025"  # Spanish months, any system
    assert editor.window.dictionaries.text() == "Ortografía: es_MX, en_US"
    assert editor.checks.tree.headerItem().text(0) == "Hallazgo"
    editor.window.close_guard = lambda: True
    editor.window.close()


def test_the_setting_overrides_the_system_language(app_settings: AppSettings) -> None:
    assert ui_language("es") == "es" and ui_language("en") == "en"
    assert ui_language("") in ("en", "es")
    app_settings.set_ui_language("es")
    assert app_settings.ui_language() == "es"
    app_settings.set_ui_language("fr")
    assert app_settings.ui_language() == ""


def test_spanish_ui_lists_problems_and_checks_in_spanish(
    spanish: None, qtbot: QtBot, app_settings: AppSettings, tmp_path: Path
) -> None:
    editor = Editor(app_settings, autosave=Autosave(tmp_path / "autosave"))
    qtbot.addWidget(editor.window)
    editor.open_start(None)
    editor.form.ui.attributionName.clear()
    editor.form.points.rows[1].ui.esEdit.clear()
    editor.refresh()
    assert editor.checks.rows("problems") == [
        (
            "Atribución · nombre: falta el nombre de la persona a quien se atribuye el comunicado",
            "",
            "attribution.name",
        )
    ]
    tree = editor.checks.tree
    findings = [
        (tree.topLevelItem(i).child(j).text(0), tree.topLevelItem(i).child(j).text(1))
        for i in range(tree.topLevelItemCount())
        for j in range(tree.topLevelItem(i).childCount())
    ]
    assert ("El punto 2 no tiene texto en español", "Punto 2 · español") in findings
    assert tree.topLevelItem(1).text(0).startswith("Errores (")  # after what the form lacks
    editor.window.close_guard = lambda: True
    editor.window.close()
