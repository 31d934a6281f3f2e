"""The official's title, country and posting fields: every title and organisation, found by
any of its forms in either interface language; an ambassador's posting; a counterpart with
no country stays without one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from editor_app.core.glossary import load_glossary
from editor_app.core.model import Readout, TitleText
from editor_app.core.store import dumps
from editor_app.gui.choices import SearchCompleter, select_data
from editor_app.gui.editor import Editor
from editor_app.gui.official_editor import CUSTOM_TITLE, OfficialEditor


@pytest.fixture
def row(qtbot: QtBot) -> OfficialEditor:
    """An official's row, built under whatever UI language the test installed."""
    editor = OfficialEditor(load_glossary(), [])
    qtbot.addWidget(editor)
    editor.show()
    return editor


def _matches(completer: object, typed: str) -> list[str]:
    assert isinstance(completer, SearchCompleter)
    completer.update_matches(typed)
    return completer.matches.stringList()


def test_every_glossary_title_and_organisation_is_offered(row: OfficialEditor) -> None:
    glossary = load_glossary()
    titles = {row.ui.titleCombo.itemData(i) for i in range(row.ui.titleCombo.count())}
    assert set(glossary.titles) <= titles
    countries = {row.ui.countryCombo.itemData(i) for i in range(row.ui.countryCombo.count())}
    assert {"NATO", "UN", "OAS", "EU", "IMF"} <= countries
    assert set(glossary.state_codes()) <= countries


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("canciller", "Foreign Minister"),
        ("Minister of Foreign Affairs", "Foreign Minister"),
        (
            "secretaria adjunta de estado para asuntos europeos",
            "Assistant Secretary of State for European and Eurasian Affairs",
        ),
        ("Special Envoy for Syria", "Special Envoy for Syria"),
        ("directora gerente", "Managing Director"),
    ],
)
def test_english_interface_finds_a_title_by_any_form_in_either_language(
    row: OfficialEditor, typed: str, shown: str
) -> None:
    assert shown in _matches(row.ui.titleCombo.completer(), typed)


def test_spanish_interface_finds_titles_and_organisations(
    spanish: None, row: OfficialEditor
) -> None:
    assert "Secretario general" in _matches(row.ui.titleCombo.completer(), "Secretary General")
    assert "Embajador" in _matches(row.ui.titleCombo.completer(), "ambassador")
    countries = row.ui.countryCombo
    assert countries.itemText(countries.findData("NATO")) == "OTAN (NATO)"
    assert _matches(countries.completer(), "otan") == ["OTAN (NATO)"]
    assert "ONU (UN)" in _matches(countries.completer(), "Naciones")
    assert row.ui.postingCombo.itemText(0) == "Destino…"


def test_english_interface_names_organisations_in_english(row: OfficialEditor) -> None:
    countries = row.ui.countryCombo
    assert countries.itemText(countries.findData("NATO")) == "NATO (NATO)"
    assert "NATO (NATO)" in _matches(countries.completer(), "OTAN")


def test_an_ambassador_names_the_posting(row: OfficialEditor) -> None:
    assert not row.ui.postingCombo.isVisible()
    select_data(row.ui.titleCombo, "ambassador")
    assert row.ui.postingCombo.isVisible()
    select_data(row.ui.countryCombo, "US")
    assert row.official().posting == ""
    assert _matches(row.ui.postingCombo.completer(), "méxico") == ["Mexico (MX)"]
    select_data(row.ui.postingCombo, "MX")
    official = row.official()
    assert (official.title, official.country, official.posting) == ("ambassador", "US", "MX")
    # A title without a posting keeps none, whatever the hidden field still holds.
    select_data(row.ui.titleCombo, "foreign_minister")
    assert not row.ui.postingCombo.isVisible()
    assert row.official().posting == ""
    row.set_official(official)
    assert row.ui.postingCombo.isVisible() and row.official().posting == "MX"


def test_the_drafts_name_the_ambassadors_posting(editor: Editor, qtbot: QtBot) -> None:
    row = editor.form.counterparts.rows[0]
    select_data(row.ui.titleCombo, "ambassador")
    select_data(row.ui.postingCombo, "US")
    qtbot.waitUntil(
        lambda: (
            "el embajador de México en Estados Unidos, Juan Ramón de la Fuente,"
            in editor.window.ui.esPreview.toPlainText()
        )
    )
    assert "Mexican Ambassador to the United States Juan Ramón de la Fuente" in (
        editor.window.ui.enPreview.toPlainText()
    )


def test_a_file_without_the_counterparts_country_opens_without_one(
    editor: Editor, qtbot: QtBot, example: Readout, tmp_path: Path
) -> None:
    data = json.loads(dumps(example))
    del data["counterparts"][0]["country"]
    path = tmp_path / "no-country-key.readout"
    path.write_text(json.dumps(data), "utf-8")
    assert editor.documents.open_path(path)
    qtbot.waitUntil(lambda: not editor.drafts_pending)
    editor.refresh()
    assert editor.form.readout().counterparts[0].country == ""
    assert "United States" not in editor.form.counterparts.rows[0].ui.countryCombo.currentText()
    paths = [str(path) for _, _, path in editor.checks.rows("problems")]
    assert "counterparts[0].country" in paths


def test_the_house_may_prefer_official_titles(editor: Editor, qtbot: QtBot) -> None:
    row = editor.form.counterparts.rows[0]
    select_data(row.ui.countryCombo, "ES")
    qtbot.waitUntil(
        lambda: (
            "el ministro de Asuntos Exteriores de España, Juan Ramón de la Fuente,"
            in editor.window.ui.esPreview.toPlainText()
        )
    )
    assert "Spanish Foreign Minister Juan Ramón de la Fuente" in (
        editor.window.ui.enPreview.toPlainText()
    )
    select_data(editor.form.ui.titlesCombo, "official")
    assert editor.form.readout().settings.titles.value == "official"
    qtbot.waitUntil(
        lambda: (
            "el ministro español de Asuntos Exteriores, Unión Europea y Cooperación, Juan "
            "Ramón de la Fuente," in editor.window.ui.esPreview.toPlainText()
        )
    )
    assert (
        "Juan Ramón de la Fuente, Spain’s Minister of Foreign Affairs, European Union and "
        "Cooperation," in editor.window.ui.enPreview.toPlainText()
    )


def test_what_one_official_adds_to_a_list_stays_in_that_officials_list(
    qtbot: QtBot,
) -> None:
    # Every official's title and country lists start as one shared list (built once): a
    # code the glossary lacks and a custom title change the list of their official only.
    glossary = load_glossary()
    first, second = OfficialEditor(glossary, []), OfficialEditor(glossary, [])
    for editor in (first, second):
        qtbot.addWidget(editor)
    count = second.ui.countryCombo.count()
    select_data(first.ui.countryCombo, "XQ", "Narnia (XQ)")
    assert first.ui.countryCombo.currentText() == "Narnia (XQ)"
    assert second.ui.countryCombo.count() == count
    assert second.ui.countryCombo.findData("XQ") < 0
    assert _matches(first.ui.countryCombo.completer(), "narnia") == ["Narnia (XQ)"]
    mexico = second.ui.countryCombo.itemText(second.ui.countryCombo.findData("MX"))
    assert _matches(second.ui.countryCombo.completer(), "méxico") == [mexico]

    first.ask_custom_title = lambda *_: TitleText(
        en_full="Chief Negotiator", es_full="negociador jefe"
    )
    custom = first.ui.titleCombo.findData(CUSTOM_TITLE)
    first.ui.titleCombo.setCurrentIndex(custom)
    assert first.ui.titleCombo.itemText(custom) == "Custom: Chief Negotiator"
    assert second.ui.titleCombo.itemText(second.ui.titleCombo.findData(CUSTOM_TITLE)) == (
        "Custom title…"
    )
