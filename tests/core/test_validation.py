"""Validation names the field and says what is wrong; pasted text is cleaned and reported."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from editor_app.core.field_labels import field_label
from editor_app.core.glossary import load_glossary
from editor_app.core.messages import MESSAGES, Message
from editor_app.core.model import Kind, Official, Override, Readout, TitleText
from editor_app.core.parse import ReadoutInvalid, readout_from_dict, readout_to_dict
from editor_app.core.starter import starter
from editor_app.core.store import example_text, load_example
from editor_app.core.validate import Problem, validate


def example_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(example_text())
    return data


def messages(data: dict[str, Any]) -> list[str]:
    return [str(p) for p in readout_from_dict(data).errors]


def test_example_is_valid() -> None:
    parsed = readout_from_dict(example_data())
    assert parsed.problems == []


def test_round_trip_is_lossless() -> None:
    parsed = readout_from_dict(example_data())
    again = readout_from_dict(readout_to_dict(parsed.readout))
    assert again.readout == parsed.readout


def test_unknown_title_suggests_the_nearest() -> None:
    data = example_data()
    data["counterparts"][0]["title"] = "foreing_minister"
    assert messages(data) == [
        "counterparts[0].title: unknown title 'foreing_minister' — did you mean 'foreign_minister'?"
    ]


def test_unknown_country_and_role() -> None:
    data = example_data()
    data["counterparts"][0]["country"] = "MXX"
    data["attribution"]["role"] = "spokesman"
    found = messages(data)
    assert "counterparts[0].country: unknown country code 'MXX' — did you mean 'MX'?" in found
    assert any(m.startswith("attribution.role: unknown role 'spokesman'") for m in found)


def test_missing_name_and_title() -> None:
    data = example_data()
    data["principal"]["given_names"] = ""
    data["principal"]["surname"] = ""
    data["principal"]["title"] = ""
    assert messages(data) == [
        "principal: a name is needed (given names and surname)",
        "principal.title: a title is needed: a glossary key or a custom title",
    ]


def test_event_after_release() -> None:
    data = example_data()
    data["event_date"] = "2025-03-27"
    assert messages(data) == ["event_date: 2025-03-27 is after the release date 2025-03-26"]


def test_unknown_and_wrong_language_locales() -> None:
    data = example_data()
    data["locales"] = {"es": "xx_YY", "en": "es_MX"}
    assert messages(data) == [
        "locales.es: unknown locale 'xx_YY'",
        "locales.en: 'es_MX' is not an English locale",
    ]


def test_bilateral_needs_a_counterpart_multilateral_a_group() -> None:
    data = example_data()
    data["counterparts"] = []
    assert messages(data) == ["counterparts: at least one counterpart is needed"]
    data["kind"] = "multilateral_call"
    assert messages(data) == ["group: a multilateral readout needs a group name in both languages"]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"kind": "phone_call"}, "kind: unknown value 'phone_call'; expected one of"),
        ({"event_date": "March 26"}, "event_date: 'March 26' is not a date (expected YYYY-MM-DD)"),
        ({"release_date": 20250326}, "release_date: expected a date as text (YYYY-MM-DD)"),
        ({"points": {"en": "x"}}, "points: expected a list, found an object"),
        ({"principal": "Landau"}, "principal: expected an object, found text"),
        ({"purpose": {"en": 3, "es": ""}}, "purpose.en: expected text, found a number"),
        ({"overrides": {"fr": {}}}, "overrides.fr: unknown language; expected 'es' or 'en'"),
    ],
)
def test_wrong_types_are_refused_with_the_field(change: dict[str, Any], expected: str) -> None:
    data = example_data()
    data.update(change)
    with pytest.raises(ReadoutInvalid) as info:
        readout_from_dict(data)
    assert any(str(p).startswith(expected) for p in info.value.problems), info.value


def test_top_level_must_be_an_object() -> None:
    with pytest.raises(ReadoutInvalid, match="expected an object, found a list"):
        readout_from_dict([1, 2])


def test_text_pasted_from_word_is_cleaned_and_reported() -> None:
    data = example_data()
    data["points"][0]["en"] = "First line\x0bsecond line\x07 with a bell\x00."
    parsed = readout_from_dict(data)
    assert parsed.readout.points[0].en == "First line\nsecond line with a bell."
    notes = [str(n) for n in parsed.notes]
    assert "points[0].en: 1 vertical tab from Word turned into a line break" in notes
    assert "points[0].en: removed 1 × U+0007 control character" in notes
    assert "points[0].en: removed 1 × U+0000 control character" in notes


def test_noncharacters_are_refused() -> None:
    data = example_data()
    data["purpose"]["es"] = "reafirmar\uffff"
    with pytest.raises(ReadoutInvalid) as info:
        readout_from_dict(data)
    assert str(info.value).startswith("purpose.es: contains U+FFFF")


def test_names_are_single_line_and_nfc() -> None:
    data = example_data()
    data["counterparts"][0]["given_names"] = "Juan\nRamo\u0301n"
    parsed = readout_from_dict(data)
    assert parsed.readout.counterparts[0].given_names == "Juan Ramón"
    assert {n.message for n in parsed.notes} == {
        "line breaks turned into spaces",
        "accents composed (Unicode NFC)",
    }


def test_unknown_override_part() -> None:
    data = example_data()
    data["overrides"]["es"] = {"headline": {"text": "x"}}
    assert messages(data) == ["overrides.es.headline: unknown part"]


@pytest.mark.parametrize("key", ["body.2\n", "body.0", "body.02", "body.1234567", "body.٣"])
def test_a_hand_edit_of_no_talking_point_is_reported(key: str) -> None:
    # "body.2\n" once passed as point 2's and its text was dropped without a word.
    data = example_data()
    data["overrides"]["es"] = {key: {"text": "x"}}
    assert messages(data) == [f"overrides.es.{key}: unknown part"]


def test_a_missing_country_is_asked_for_plainly() -> None:
    readout = starter(Kind.BILATERAL_CALL)  # File > New: nobody chosen yet
    found = [str(p) for p in validate(readout, load_glossary())]
    assert "counterparts[0].country: a country is needed" in found
    assert not any("unknown country" in m for m in found)


def _broken_readouts() -> list[Readout]:
    """Readouts that, between them, break every rule validation knows."""
    everything = load_example()
    everything.locales.es, everything.locales.en = "xx_YY", "es_MX"
    everything.event_date = everything.release_date + dt.timedelta(days=1)
    everything.principal = Official(title="", country="")
    everything.counterparts[0].title = "foreing_minister"
    everything.counterparts[0].country = "MXX"
    everything.attribution.name, everything.attribution.role = "", "spokesman"
    everything.counterparts.append(Official(given_names="Ana", title="foreign_minister"))
    everything.overrides["es"]["headline"] = Override("x")
    everything.original_link = "state.gov/readout"
    lonely = load_example()
    lonely.locales.es = "en_US"
    lonely.principal.custom_title = TitleText(en_full="Special Envoy")
    lonely.principal.country = "QQQQQQ"
    lonely.counterparts = []
    group = load_example()
    group.kind = Kind.MULTILATERAL_CALL
    group.counterparts = []
    group.principal.title = "qqqqqqqqqqqq"
    return [everything, lonely, group]


def test_every_validation_message_is_reached_and_speaks_spanish() -> None:
    glossary = load_glossary()
    problems = [p for r in _broken_readouts() for p in validate(r, glossary)]
    reached = {p.about.message_id for p in problems if p.about is not None}
    reached |= {
        value.message_id
        for p in problems
        if p.about is not None
        for _, value in p.about.values
        if isinstance(value, Message)
    }
    assert reached == {m for m in MESSAGES if m.startswith("validate.")}
    for p in problems:
        assert p.about is not None and p.message == p.text("en") == p.about.text("en")
        assert p.text("es") != p.text("en")
        assert field_label(p.path, "es") != p.path, "every field validation names is labelled"
        assert str(p) == f"{p.path}: {p.message}"


def test_problems_describe_the_field_as_the_form_names_it() -> None:
    readout = starter(Kind.BILATERAL_CALL)
    readout.counterparts[0].title = "foreing_minister"
    found = validate(readout, load_glossary())
    shown = {p.describe("es") for p in found}
    assert "Interlocutor 1 · país: falta el país" in shown
    assert (
        "Interlocutor 1 · cargo: no se reconoce el cargo 'foreing_minister'; "
        "¿quiso decir 'foreign_minister'?"
    ) in shown
    assert "Counterpart 1 · country: a country is needed" in {p.describe("en") for p in found}
    # The CLI keeps the path as the file names it, with the text in its UI language.
    assert "counterparts[0].country: falta el país" in {p.line("es") for p in found}
    assert "counterparts[0].country: a country is needed" in {str(p) for p in found}


def test_a_problem_without_a_declared_message_reads_its_text() -> None:
    bare = Problem("points[0].en", "removed 1 × U+0007 control character", "note")
    assert bare.text("es") == bare.message
    assert bare.describe("es") == "Punto 1 · inglés: removed 1 × U+0007 control character"
    assert Problem("", "whole file").describe("es") == "whole file"
