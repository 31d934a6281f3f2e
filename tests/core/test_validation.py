"""Validation names the field and says what is wrong; pasted text is cleaned and reported."""

from __future__ import annotations

import json
from typing import Any

import pytest

from editor_app.core.glossary import load_glossary
from editor_app.core.model import Kind
from editor_app.core.parse import ReadoutInvalid, readout_from_dict, readout_to_dict
from editor_app.core.starter import starter
from editor_app.core.store import example_text
from editor_app.core.validate import validate


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
    assert "points[0].en: 1 vertical tab(s) from Word turned into line breaks" in notes
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


def test_a_missing_country_is_asked_for_plainly() -> None:
    readout = starter(Kind.BILATERAL_CALL)  # File > New: nobody chosen yet
    found = [str(p) for p in validate(readout, load_glossary())]
    assert "counterparts[0].country: a country is needed" in found
    assert not any("unknown country" in m for m in found)
