"""The form offers the Spanish house styles and State's frame beside the other house
choices: each reaches the drafts, is kept in the readout, and speaks the UI language."""

from __future__ import annotations

import copy

from pytestqt.qtbot import QtBot

from editor_app.core.glossary import load_glossary
from editor_app.core.model import SpanishTense, SpanishTitles
from editor_app.gui.choices import select_data
from editor_app.gui.editor import Editor
from editor_app.gui.readout_form import ReadoutForm

LINK = "https://www.state.gov/translations/spanish/"


def rendered(editor: Editor) -> tuple[str, str]:
    """The drafts of the form as it stands: (English text, Spanish text)."""
    editor.refresh()
    assert editor.pair is not None
    return editor.pair.en.as_text(), editor.pair.es.as_text()


def test_spanish_styles_reach_the_spanish_draft_only(editor: Editor) -> None:
    form = editor.form
    en_before, es_before = rendered(editor)
    assert "Hoy, el subsecretario de Estado, Christopher Landau, conversó con" in es_before
    select_data(form.ui.esTitlesCombo, SpanishTitles.CAPITALISED.value)
    select_data(form.ui.esTenseCombo, SpanishTense.PRESENT_PERFECT.value)
    en, es = rendered(editor)
    assert en == en_before
    assert (
        "Hoy, el Subsecretario de Estado, Christopher Landau, ha conversado con el Secretario "
        "de Relaciones Exteriores de México, Juan Ramón de la Fuente, para reafirmar" in es
    )
    assert "deben atribuirse a la Portavoz, Tammy Bruce:" in es
    settings = form.readout().settings
    assert (settings.es_titles, settings.es_tense) == (
        SpanishTitles.CAPITALISED,
        SpanishTense.PRESENT_PERFECT,
    )


def test_the_frame_reaches_both_drafts(editor: Editor, qtbot: QtBot) -> None:
    form = editor.form
    form.ui.stateHeaderCheck.setChecked(True)
    qtbot.keyClicks(form.ui.originalLinkEdit, LINK)
    en, es = rendered(editor)
    assert en.startswith(
        "Deputy Secretary Landau’s Call with Mexican Foreign Secretary de la Fuente\n\n"
        "Readout\n\nOffice of the Spokesperson\n\nMarch 26, 2025\n\n"
    )
    assert es.startswith(
        "Llamada del subsecretario Landau con el canciller mexicano De la Fuente\n\n"
        "Síntesis\n\nOficina del Portavoz\n\n26 de marzo de 2025\n\n"
    )
    assert es.endswith(f"\n\nPara ver el texto original, ir a: {LINK}\n")
    assert "texto original" not in en
    readout = form.readout()
    assert readout.settings.state_header and readout.original_link == LINK
    assert form.field_widget("original_link") is form.ui.originalLinkEdit
    assert form.field_path(form.ui.originalLinkEdit) == "original_link"


def test_a_loaded_readout_shows_its_choices(editor: Editor, qtbot: QtBot) -> None:
    form = editor.form
    readout = copy.deepcopy(form.readout())
    readout.settings.es_titles = SpanishTitles.CAPITALISED
    readout.settings.es_tense = SpanishTense.PRETERITE
    readout.settings.state_header = True
    readout.original_link = LINK
    other = ReadoutForm(load_glossary(), [])
    qtbot.addWidget(other)
    other.set_readout(readout)
    back = other.readout()
    assert back.settings == readout.settings and back.original_link == LINK
    assert other.ui.stateHeaderCheck.isChecked()


def test_the_choices_speak_spanish(spanish: None, qtbot: QtBot) -> None:
    form = ReadoutForm(load_glossary(), [])
    qtbot.addWidget(form)
    combo = form.ui.esTenseCombo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Según la variante del español (España: «ha conversado»)",
        "Pretérito perfecto simple: «conversó hoy»",
        "Pretérito perfecto compuesto: «ha conversado hoy»",
    ]
    assert form.ui.esTitlesCombo.itemText(0) == "Minúscula (RAE): «el secretario de Estado»"
    assert form.ui.stateHeaderCheck.text() == (
        "Encabezado del Departamento: «Síntesis», «Oficina del Portavoz»"
    )
