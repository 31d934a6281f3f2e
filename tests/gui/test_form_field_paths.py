"""The form names its fields the way validation and the checks do, and finds a field from
its path: a problem or finding in the list takes the officer to the very field, typing
merges per field in undo, and a cleaned field is named as the form shows it."""

from __future__ import annotations

import copy

import pytest
from pytestqt.qtbot import QtBot

from editor_app.core.field_labels import field_label
from editor_app.core.field_paths import FieldPath
from editor_app.core.glossary import load_glossary
from editor_app.core.model import Official, Readout, TalkingPoint
from editor_app.core.roster import load_roster
from editor_app.core.store import load_example
from editor_app.core.validate import validate
from editor_app.gui.qt import QComboBox, QLineEdit, QPlainTextEdit, QWidget
from editor_app.gui.readout_form import ReadoutForm


def _readout() -> Readout:
    readout = load_example()
    second = copy.deepcopy(readout.counterparts[0])
    second.given_names, second.surname = "Alicia", "Bárcena"
    readout.counterparts.append(second)
    readout.points += [TalkingPoint("two", "dos"), TalkingPoint("three", "tres")]
    return readout


@pytest.fixture
def form(qtbot: QtBot) -> ReadoutForm:
    form = ReadoutForm(load_glossary(), load_roster())
    qtbot.addWidget(form)
    form.set_readout(_readout())
    return form


def _text_fields(form: ReadoutForm) -> list[QWidget]:
    lines = [e for e in form.findChildren(QLineEdit) if not isinstance(e.parent(), QComboBox)]
    return [*lines, *form.findChildren(QPlainTextEdit)]


def test_every_text_field_of_the_form_is_found_again_from_its_path(form: ReadoutForm) -> None:
    paths = {}
    for widget in _text_fields(form):
        path = form.field_path(widget)
        if path:
            paths[path] = widget
            parsed = FieldPath.parse(path)
            assert parsed is not None and parsed.format() == path
            assert form.field_widget(path) is widget
            assert field_label(path, "en") != path
    assert {"points[2].es", "points[0].en", "counterparts[1].surname", "principal.given_names"} <= (
        set(paths)
    )
    assert paths["points[2].es"] is form.points.rows[2].ui.esEdit
    assert paths["counterparts[1].surname"] is form.counterparts.rows[1].ui.surname


def test_typing_reports_the_path_of_the_field_typed_in(form: ReadoutForm, qtbot: QtBot) -> None:
    reported: list[str] = []
    form.edited.connect(reported.append)
    qtbot.keyClicks(form.counterparts.rows[1].ui.surname, "x")
    qtbot.keyClicks(form.points.rows[2].ui.esEdit, "x")
    qtbot.keyClicks(form.principal.ui.givenNames, "x")
    assert reported == ["counterparts[1].surname", "points[2].es", "principal.given_names"]


def test_each_problem_takes_the_officer_to_its_own_field(form: ReadoutForm) -> None:
    readout = form.readout()
    readout.counterparts[1] = Official(title="no_such_title", country="")
    readout.principal.title = "no_such_title"
    problems = {p.path for p in validate(readout, load_glossary())}
    assert {"counterparts[1]", "counterparts[1].title", "counterparts[1].country"} <= problems
    assert "principal.title" in problems
    second = form.counterparts.rows[1].ui
    assert form.field_widget("counterparts[1]") is second.givenNames
    assert form.field_widget("counterparts[1].title") is second.titleCombo
    assert form.field_widget("counterparts[1].country") is second.countryCombo
    assert form.field_widget("counterparts[1].custom_title.en_full") is second.titleCombo
    assert form.field_widget("principal.title") is form.principal.ui.titleCombo
    assert form.field_widget("points[2]") is form.points.rows[2].ui.enEdit


@pytest.mark.parametrize(
    "path",
    ["counterparts[2].title", "points[99].es", "points[-1].es", "principal[0].title", "x" * 10_000],
)
def test_a_path_to_no_field_of_the_form_finds_none(form: ReadoutForm, path: str) -> None:
    assert form.field_widget(path) is None
