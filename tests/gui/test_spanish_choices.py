"""Title and country combos name their choices in the UI language, keyed the same."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from editor_app.core.autosave import Autosave
from editor_app.core.glossary import load_glossary
from editor_app.core.model import TitleText
from editor_app.gui.choices import SearchCompleter, search_key
from editor_app.gui.editor import Editor
from editor_app.gui.i18n import current_ui_language, install_translators
from editor_app.gui.official_editor import OfficialEditor
from editor_app.gui.qt import (
    QApplication,
    QComboBox,
    QEvent,
    QKeyEvent,
    QMessageBox,
    Qt,
    QWidget,
)
from editor_app.gui.settings import AppSettings


@pytest.fixture
def row(qtbot: QtBot) -> OfficialEditor:
    """An official's row, built under whatever UI language the test installed."""
    editor = OfficialEditor(load_glossary(), [])
    qtbot.addWidget(editor)
    return editor


@pytest.fixture
def spanish_editor(
    spanish: None, qtbot: QtBot, app_settings: AppSettings, tmp_path: Path
) -> Iterator[Editor]:
    ed = Editor(app_settings, autosave=Autosave(tmp_path / "autosave"))
    qtbot.addWidget(ed.window)
    ed.window.ask_save_changes = lambda: QMessageBox.StandardButton.Discard  # type: ignore[method-assign]
    ed.open_start(None)
    ed.window.show()
    yield ed
    ed.window.close_guard = lambda: True
    ed.window.close()


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` as key presses (QTest's keyClicks takes ASCII only)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def texts(combo: QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_the_installed_translation_tells_the_ui_language(qapp: QApplication) -> None:
    assert current_ui_language() == "en"
    translators = install_translators(qapp, "es")
    try:
        assert current_ui_language() == "es"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    assert current_ui_language() == "en"


def test_search_key_folds_case_and_accents() -> None:
    assert search_key("México") == search_key("MEXICO") == "mexico"
    assert sorted(["Brasil", "Bélgica", "Belice"], key=search_key) == [
        "Bélgica",
        "Belice",
        "Brasil",
    ]


def test_spanish_ui_names_countries_and_titles_in_spanish(
    spanish: None, row: OfficialEditor
) -> None:
    countries = row.ui.countryCombo
    assert countries.itemText(countries.findData("MX")) == "México (MX)"
    assert countries.itemText(countries.findData("DE")) == "Alemania (DE)"
    assert "Mexico (MX)" not in texts(countries)
    shown = texts(countries)
    assert shown == sorted(shown, key=search_key)
    # Accented initials sort with their letter, not after "z".
    assert shown.index("Bélgica (BE)") < shown.index("Belice (BZ)") < shown.index("Brasil (BR)")
    titles = row.ui.titleCombo
    assert titles.itemText(titles.findData("secretary_of_state")) == "Secretario de Estado"
    assert (
        titles.itemText(titles.findData("foreign_minister")) == "Ministro de Relaciones Exteriores"
    )
    glossary_titles = [t for t in texts(titles) if titles.findText(t) < titles.count() - 1]
    assert glossary_titles == sorted(glossary_titles, key=search_key)
    assert titles.itemText(titles.count() - 1) == "Cargo personalizado…"


def test_english_ui_keeps_english_names(row: OfficialEditor) -> None:
    countries = row.ui.countryCombo
    assert countries.itemText(countries.findData("MX")) == "Mexico (MX)"
    assert "México (MX)" not in texts(countries)
    titles = row.ui.titleCombo
    assert titles.itemText(titles.findData("secretary_of_state")) == "Secretary of State"
    assert titles.itemText(titles.count() - 1) == "Custom title…"


@pytest.mark.parametrize("typed", ["Mexico", "méxico", "MX", "mexi"])
def test_typing_with_or_without_accents_finds_the_country(
    spanish: None, row: OfficialEditor, qtbot: QtBot, typed: str
) -> None:
    combo = row.ui.countryCombo
    completer = combo.completer()
    assert isinstance(completer, SearchCompleter)
    line_edit = combo.lineEdit()
    assert line_edit is not None
    line_edit.clear()
    type_text(line_edit, typed)
    assert completer.matches.stringList() == ["México (MX)"]
    popup = completer.popup()
    assert popup is not None
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert combo.currentData() == "MX"
    assert row.official().country == "MX"


def test_a_title_is_found_by_either_language_or_gender(spanish: None, row: OfficialEditor) -> None:
    completer = row.ui.titleCombo.completer()
    assert isinstance(completer, SearchCompleter)
    for typed in ("secretaria de estado", "Secretary of State"):
        completer.update_matches(typed)
        assert "Secretario de Estado" in completer.matches.stringList()
    completer.update_matches("alcaldesa")
    assert completer.matches.stringList() == ["Alcalde"]


def test_choosing_a_spanish_name_stores_the_same_key_and_code(spanish_editor: Editor) -> None:
    row = spanish_editor.form.counterparts.rows[0]
    assert row.ui.countryCombo.currentText() == "México (MX)"
    row.ui.countryCombo.setCurrentIndex(row.ui.countryCombo.findText("Alemania (DE)"))
    row.ui.titleCombo.setCurrentIndex(row.ui.titleCombo.findText("Ministro de Defensa"))
    counterpart = spanish_editor.form.readout().counterparts[0]
    assert (counterpart.country, counterpart.title) == ("DE", "defense_minister")
    line_edit = row.ui.titleCombo.lineEdit()
    assert line_edit is not None and line_edit.cursorPosition() == 0, "shows the name's start"
    role = spanish_editor.form.ui.roleCombo
    assert role.itemText(role.findData("spokesperson")) == "Portavoz"


def test_the_custom_title_label_follows_the_ui_language(spanish: None, row: OfficialEditor) -> None:
    custom = TitleText(
        "Minister of Foreign Affairs and Worship",
        "Foreign Minister",
        "ministro de Relaciones Exteriores y Culto",
        "canciller",
    )
    row.ask_custom_title = lambda title, parent: custom
    combo = row.ui.titleCombo
    combo.setCurrentIndex(combo.count() - 1)
    assert combo.currentText() == "Personalizado: ministro de Relaciones Exteriores y Culto"
    assert row.official().custom_title == custom
    only_english = TitleText("Minister of Foreign Affairs and Worship")
    row.ask_custom_title = lambda title, parent: only_english
    combo.setCurrentIndex(0)
    combo.setCurrentIndex(combo.count() - 1)
    assert combo.currentText() == "Personalizado: Minister of Foreign Affairs and Worship"


def test_a_country_typed_and_left_is_the_country_chosen(
    spanish: None, spanish_editor: Editor, qtbot: QtBot
) -> None:
    row = spanish_editor.form.counterparts.rows[0]
    combo = row.ui.countryCombo
    line_edit = combo.lineEdit()
    assert line_edit is not None
    for typed, code, shown in (
        ("Brasil", "BR", "Brasil (BR)"),  # the only match
        ("alemania (de)", "DE", "Alemania (DE)"),  # one match, case and accents aside
        ("Narnia", "DE", "Alemania (DE)"),  # nothing matches: the choice stays
        ("a", "DE", "Alemania (DE)"),  # many match: the choice stays
    ):
        line_edit.selectAll()
        qtbot.keyClicks(line_edit, typed)
        line_edit.editingFinished.emit()
        assert (combo.currentData(), combo.currentText()) == (code, shown), typed
        assert row.official().country == code
