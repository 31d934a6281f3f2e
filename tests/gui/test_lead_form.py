"""The lead's shape in the form: verbs per kind, the time word's place, request wording,
place and event, quotation marks, and each point's paragraph break, all reaching both
drafts; the choices speak Spanish in the Spanish interface."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from editor_app.core.model import Kind
from editor_app.gui.choices import select_data
from editor_app.gui.editor import Editor
from editor_app.gui.qt import Qt
from editor_app.gui.readout_form import ReadoutForm


def rendered(editor: Editor) -> tuple[str, str]:
    """The drafts of the form as it stands: (English text, Spanish text)."""
    editor.refresh()
    assert editor.pair is not None
    return editor.pair.en.as_text(), editor.pair.es.as_text()


def offered(form: ReadoutForm) -> list[str]:
    combo = form.ui.verbCombo
    return [combo.itemText(i) for i in range(combo.count())]


def test_verbs_follow_the_kind(editor: Editor) -> None:
    form = editor.form
    assert offered(form)[:2] == ["spoke with — conversó con", "spoke with — habló con"]
    assert not form.ui.placeEn.isVisibleTo(form) and form.ui.byPhoneCheck.isVisibleTo(form)
    select_data(form.ui.kindCombo, Kind.BILATERAL_MEETING.value)
    assert offered(form) == [
        "met with — se reunió con",
        "hosted — recibió a",
        "welcomed — dio la bienvenida a",
    ]
    assert form.ui.placeEn.isVisibleTo(form) and not form.ui.byPhoneCheck.isVisibleTo(form)


def test_a_hosted_meeting_with_a_place_reaches_both_drafts(editor: Editor, qtbot: QtBot) -> None:
    form = editor.form
    select_data(form.ui.kindCombo, Kind.BILATERAL_MEETING.value)
    select_data(form.ui.verbCombo, "hosted")
    select_data(form.ui.timeCombo, "after_verb")
    form.ui.purposeEn.setPlainText("")
    form.ui.purposeEs.setPlainText("")
    qtbot.keyClicks(form.ui.placeEn, "at the Department of State")
    qtbot.keyClicks(form.ui.placeEs, "en el Departamento de Estado")
    en, es = rendered(editor)
    assert (
        "Deputy Secretary of State Christopher Landau hosted Mexican Foreign Secretary Juan "
        "Ramón de la Fuente today at the Department of State. This was" in en
    )
    assert (
        "Oaxaca de Juárez, 26 de marzo. El subsecretario de Estado, Christopher Landau, recibió "
        "hoy al secretario de Relaciones Exteriores de México, Juan Ramón de la Fuente, en el "
        "Departamento de Estado. Esta fue" in es
    )
    readout = form.readout()
    assert readout.lead.verb == "hosted" and readout.lead.place.en == "at the Department of State"


def test_the_usual_verb_is_stored_as_the_kinds(editor: Editor) -> None:
    assert editor.form.readout().lead.verb == ""
    select_data(editor.form.ui.verbCombo, "held_call")
    assert editor.form.readout().lead.verb == "held_call"


def test_request_wording_and_straight_quotes(editor: Editor) -> None:
    form = editor.form
    select_data(form.ui.requestedCombo, "counterpart")
    select_data(form.ui.requestWordingCombo, "country")
    select_data(form.ui.quotesCombo, "straight")
    en, es = rendered(editor)
    assert "de la Fuente at Mexico's request to affirm" in en
    assert "Hoy, a petición de México, el subsecretario de Estado" in es
    assert "’" not in en
    select_data(form.ui.requestedCombo, "")
    en, es = rendered(editor)
    assert "request" not in en and "petición" not in es


def test_a_points_break_is_ticked_per_language(editor: Editor, qtbot: QtBot) -> None:
    rows = editor.form.points.rows
    assert [r.ui.enBreakCheck.isChecked() for r in rows] == [False, True, True]
    assert [r.ui.esBreakCheck.isChecked() for r in rows] == [False, True, False]
    rows[0].ui.enBreakCheck.click()  # as a click on the box or its label does
    en, es = rendered(editor)
    assert "security cooperation.\n\nThis was Deputy Secretary Landau’s first" in en
    assert "entre Estados Unidos y México. Esta fue la primera llamada" in es
    assert editor.form.readout().points[0].new_paragraph_en is True
    assert editor.form.readout().points[0].new_paragraph_es is None


def test_an_unchosen_break_follows_the_points_place(editor: Editor, qtbot: QtBot) -> None:
    rows = editor.form.points.rows
    qtbot.mouseClick(rows[1].ui.upButton, Qt.MouseButton.LeftButton)
    rows = editor.form.points.rows
    # The point now first runs on; the one moved down opens its own paragraph.
    assert [r.ui.enBreakCheck.isChecked() for r in rows] == [False, True, True]
    assert rows[0].ui.enEdit.toPlainText().startswith("They discussed")


def test_the_lead_box_speaks_spanish(spanish: None, editor: Editor) -> None:
    form = editor.form
    assert form.ui.leadBox.title() == "La entradilla"
    assert form.ui.byPhoneCheck.text() == "Por teléfono"
    assert form.ui.timeCombo.itemText(3) == "Sin palabra de tiempo"
    assert form.points.rows[0].ui.esBreakCheck.text() == "Párrafo nuevo"


def test_a_cleaned_place_is_named_as_the_form_names_it(editor: Editor) -> None:
    editor.form.ui.placeEs.setText("en Washington\x00 D.C.")
    notes = editor.form.clean_fields()
    assert editor.form.ui.placeEs.text() == "en Washington D.C."
    assert len(notes) == 1 and notes[0].startswith("Lead · place · Spanish: ")
