"""The form's house-style choices: where the lead says when, how it says who asked, the
quotation marks, the titles at first reference, Spanish titles (lowercase or
capitalised), the tense of today's events, State's header, and the link to the original
that the Spanish courtesy note gives.

The readout form holds the widgets (``ui``); this module fills, shows and reads them, so
the form itself stays a layout. The texts they produce all come from the core.
"""

from __future__ import annotations

from collections.abc import Callable

from editor_app.core.model import (
    Quotes,
    Readout,
    RequestWording,
    SpanishTense,
    SpanishTitles,
    TimePosition,
    TitleStyle,
)
from editor_app.gui.choices import TITLE_STYLE_LABELS, current_data, fill_enum, select_data
from editor_app.gui.forms.readout_form import Ui_ReadoutForm
from editor_app.gui.lead_choices import (
    ES_TENSE_LABELS,
    ES_TITLES_LABELS,
    QUOTES_LABELS,
    REQUEST_WORDING_LABELS,
    TIME_LABELS,
)
from editor_app.gui.qt import QComboBox

ORIGINAL_LINK = "original_link"
"""The field path of the link to the original."""


def fill(ui: Ui_ReadoutForm) -> None:
    """Offer the choices of the house-style combos."""
    fill_enum(ui.timeCombo, TIME_LABELS)
    fill_enum(ui.requestWordingCombo, REQUEST_WORDING_LABELS)
    fill_enum(ui.quotesCombo, QUOTES_LABELS)
    fill_enum(ui.titlesCombo, TITLE_STYLE_LABELS)
    fill_enum(ui.esTitlesCombo, ES_TITLES_LABELS)
    fill_enum(ui.esTenseCombo, ES_TENSE_LABELS)


def _combos(ui: Ui_ReadoutForm) -> tuple[QComboBox, ...]:
    return (
        ui.timeCombo,
        ui.requestWordingCombo,
        ui.quotesCombo,
        ui.titlesCombo,
        ui.esTitlesCombo,
        ui.esTenseCombo,
    )


def connect(ui: Ui_ReadoutForm, report: Callable[[str], None]) -> None:
    """Report every change: "" for a choice, the field path for the typed link."""
    for combo in _combos(ui):
        combo.currentIndexChanged.connect(lambda *_: report(""))
    ui.stateHeaderCheck.toggled.connect(lambda *_: report(""))
    ui.originalLinkEdit.textChanged.connect(lambda *_: report(ORIGINAL_LINK))


def show(ui: Ui_ReadoutForm, readout: Readout) -> None:
    """Show ``readout``'s choices (the caller keeps edits from being reported)."""
    select_data(ui.timeCombo, readout.settings.time_position.value)
    select_data(ui.requestWordingCombo, readout.settings.request_wording.value)
    select_data(ui.quotesCombo, readout.settings.quotes.value)
    select_data(ui.titlesCombo, readout.settings.titles.value)
    select_data(ui.esTitlesCombo, readout.settings.es_titles.value)
    select_data(ui.esTenseCombo, readout.settings.es_tense.value)
    ui.stateHeaderCheck.setChecked(readout.settings.state_header)
    if ui.originalLinkEdit.text() != readout.original_link:
        ui.originalLinkEdit.setText(readout.original_link)


def read(ui: Ui_ReadoutForm, out: Readout) -> None:
    """Put the form's choices into ``out``."""
    out.settings.time_position = TimePosition(current_data(ui.timeCombo))
    out.settings.request_wording = RequestWording(current_data(ui.requestWordingCombo))
    out.settings.quotes = Quotes(current_data(ui.quotesCombo))
    out.settings.titles = TitleStyle(current_data(ui.titlesCombo))
    out.settings.es_titles = SpanishTitles(current_data(ui.esTitlesCombo))
    out.settings.es_tense = SpanishTense(current_data(ui.esTenseCombo))
    out.settings.state_header = ui.stateHeaderCheck.isChecked()
    out.original_link = ui.originalLinkEdit.text().strip()
