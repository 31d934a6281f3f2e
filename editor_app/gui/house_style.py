"""The form's house-style choices for the Spanish draft and the published frame: Spanish
titles (lowercase or capitalised), the tense of today's events, State's header, and the
link to the original that the Spanish courtesy note gives.

The readout form holds the widgets (``ui``); this module fills, shows and reads them, so
the form itself stays a layout. The texts they produce all come from the core.
"""

from __future__ import annotations

from collections.abc import Callable

from editor_app.core.model import Readout, SpanishTense, SpanishTitles
from editor_app.gui.choices import current_data, fill_enum, select_data
from editor_app.gui.forms.readout_form import Ui_ReadoutForm
from editor_app.gui.lead_choices import ES_TENSE_LABELS, ES_TITLES_LABELS

ORIGINAL_LINK = "original_link"
"""The field path of the link to the original."""


def fill(ui: Ui_ReadoutForm) -> None:
    """Offer the choices of the house-style combos."""
    fill_enum(ui.esTitlesCombo, ES_TITLES_LABELS)
    fill_enum(ui.esTenseCombo, ES_TENSE_LABELS)


def connect(ui: Ui_ReadoutForm, report: Callable[[str], None]) -> None:
    """Report every change: "" for a choice, the field path for the typed link."""
    ui.esTitlesCombo.currentIndexChanged.connect(lambda *_: report(""))
    ui.esTenseCombo.currentIndexChanged.connect(lambda *_: report(""))
    ui.stateHeaderCheck.toggled.connect(lambda *_: report(""))
    ui.originalLinkEdit.textChanged.connect(lambda *_: report(ORIGINAL_LINK))


def show(ui: Ui_ReadoutForm, readout: Readout) -> None:
    """Show ``readout``'s choices (the caller keeps edits from being reported)."""
    select_data(ui.esTitlesCombo, readout.settings.es_titles.value)
    select_data(ui.esTenseCombo, readout.settings.es_tense.value)
    ui.stateHeaderCheck.setChecked(readout.settings.state_header)
    if ui.originalLinkEdit.text() != readout.original_link:
        ui.originalLinkEdit.setText(readout.original_link)


def read(ui: Ui_ReadoutForm, out: Readout) -> None:
    """Put the form's choices into ``out``."""
    out.settings.es_titles = SpanishTitles(current_data(ui.esTitlesCombo))
    out.settings.es_tense = SpanishTense(current_data(ui.esTenseCombo))
    out.settings.state_header = ui.stateHeaderCheck.isChecked()
    out.original_link = ui.originalLinkEdit.text().strip()
