"""What the form offers for the lead's shape: the time word's place, how a request is
worded, the purpose's form, the event relation, quotation marks, and the verbs.

Labels name the choices for the officer; the verbs are shown as the core's table writes
them in both languages ("met with — se reunió con"), never formatted here.
"""

from __future__ import annotations

from editor_app.core.model import (
    EventRelation,
    Kind,
    PurposeForm,
    Quotes,
    RequestWording,
    SpanishTense,
    SpanishTitles,
)
from editor_app.core.model import TimePosition as Time
from editor_app.core.verbs import default_verb, verbs_for
from editor_app.gui.qt import QT_TRANSLATE_NOOP, QComboBox

TIME_LABELS: dict[Time, str] = {
    Time.OPENING: QT_TRANSLATE_NOOP("choices", "First: “Today Secretary X spoke with …”"),
    Time.AFTER_VERB: QT_TRANSLATE_NOOP("choices", "After the verb: “spoke today with …”"),
    Time.END: QT_TRANSLATE_NOOP("choices", "After the counterpart: “spoke with Y today …”"),
    Time.NONE: QT_TRANSLATE_NOOP("choices", "No time word"),
}
REQUEST_WORDING_LABELS: dict[RequestWording, str] = {
    RequestWording.CALL_FROM: QT_TRANSLATE_NOOP("choices", "“received a call from …”"),
    RequestWording.COUNTRY: QT_TRANSLATE_NOOP("choices", "The country: “at Ukraine’s request”"),
    RequestWording.OFFICIAL: QT_TRANSLATE_NOOP(
        "choices", "The official: “at Foreign Minister Sybiha’s request”"
    ),
    RequestWording.SURNAME: QT_TRANSLATE_NOOP("choices", "The surname: “at Sybiha’s request”"),
}
PURPOSE_FORM_LABELS: dict[PurposeForm, str] = {
    PurposeForm.INFINITIVE: QT_TRANSLATE_NOOP("choices", "“to …” / “para …”"),
    PurposeForm.CLAUSE: QT_TRANSLATE_NOOP("choices", "A second verb: “and congratulated …”"),
}
EVENT_RELATION_LABELS: dict[EventRelation, str] = {
    EventRelation.SIDELINES: QT_TRANSLATE_NOOP("choices", "on the sidelines of"),
    EventRelation.MARGINS: QT_TRANSLATE_NOOP("choices", "on the margins of"),
    EventRelation.DURING: QT_TRANSLATE_NOOP("choices", "during"),
}
QUOTES_LABELS: dict[Quotes, str] = {
    Quotes.TYPOGRAPHIC: QT_TRANSLATE_NOOP("choices", "Typographic: Landau’s “…”"),
    Quotes.STRAIGHT: QT_TRANSLATE_NOOP("choices", 'Straight: Landau\'s "…"'),
}

ES_TITLES_LABELS: dict[SpanishTitles, str] = {
    SpanishTitles.LOWERCASE: QT_TRANSLATE_NOOP(
        "choices", "Lowercase (RAE): “el secretario de Estado”"
    ),
    SpanishTitles.CAPITALISED: QT_TRANSLATE_NOOP(
        "choices", "Capitalised as State writes them: “el Secretario de Estado”"
    ),
}
ES_TENSE_LABELS: dict[SpanishTense, str] = {
    SpanishTense.BY_LOCALE: QT_TRANSLATE_NOOP(
        "choices", "By the Spanish locale (Spain: “ha conversado”)"
    ),
    SpanishTense.PRETERITE: QT_TRANSLATE_NOOP("choices", "Preterite: “conversó hoy”"),
    SpanishTense.PRESENT_PERFECT: QT_TRANSLATE_NOOP(
        "choices", "Present perfect: “ha conversado hoy”"
    ),
}


def fill_verbs(combo: QComboBox, kind: Kind) -> None:
    """Offer the verbs of ``kind``; the kind's usual verb has "" as its data (the file's
    default), so a readout that never chose one keeps following the kind."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    try:
        combo.clear()
        usual = default_verb(kind)
        for verb in verbs_for(kind):
            combo.addItem(verb.label, "" if verb.key == usual else verb.key)
        index = combo.findData(chosen)
        combo.setCurrentIndex(max(index, 0))
    finally:
        combo.blockSignals(False)
