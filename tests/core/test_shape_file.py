"""The lead's shape in the .readout file: optional fields whose defaults keep old files'
drafts, written back whole, and refused with the field named when wrong."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import pytest

from editor_app.cli import main
from editor_app.core.model import (
    EventRelation,
    Gender,
    Kind,
    Official,
    PurposeForm,
    Quotes,
    RequestedBy,
    RequestWording,
    TimePosition,
)
from editor_app.core.parse import ReadoutInvalid, readout_from_dict, readout_to_dict
from editor_app.core.render import Renderer
from editor_app.core.starter import starter
from editor_app.core.store import example_text


def example_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(example_text())
    return data


def test_a_file_without_the_new_fields_reads_the_defaults() -> None:
    data = example_data()
    for key in ("requested_by", "lead"):
        data.pop(key, None)
    for key in ("time_position", "request_wording", "quotes"):
        data["settings"].pop(key, None)
    for point in data["points"]:
        point.pop("new_paragraph", None)
    readout = readout_from_dict(data).readout
    assert readout.requested_by is RequestedBy.UNSAID
    assert readout.lead.verb == "" and readout.lead.by_phone is False
    assert readout.lead.purpose_form is PurposeForm.INFINITIVE
    assert readout.lead.event_relation is EventRelation.SIDELINES
    assert readout.settings.time_position is TimePosition.OPENING
    assert readout.settings.request_wording is RequestWording.CALL_FROM
    assert readout.settings.quotes is Quotes.TYPOGRAPHIC
    assert [(p.new_paragraph_en, p.new_paragraph_es) for p in readout.points] == [
        (None, None),
        (None, None),
        (None, None),
    ]


def test_an_old_file_leads_as_before(renderer: Renderer) -> None:
    data = example_data()
    data.pop("requested_by")
    readout = readout_from_dict(data).readout
    assert renderer.render(readout, "en").lead.startswith(
        "Today Deputy Secretary of State Christopher Landau spoke with Mexican Foreign "
        "Secretary Juan Ramón de la Fuente to affirm"
    )
    assert renderer.render(readout, "es").lead.startswith(
        "Hoy, el subsecretario de Estado, Christopher Landau, conversó con el secretario de "
        "Relaciones Exteriores de México, Juan Ramón de la Fuente, para reafirmar"
    )


def test_a_new_readout_leads_as_state_usually_does(renderer: Renderer) -> None:
    readout = starter(Kind.BILATERAL_CALL, dt.date(2025, 5, 2))
    readout.counterparts[0] = Official(
        "Anita", "Anand", Gender.FEMININE, "foreign_minister", country="CA"
    )
    readout.principal = Official("Marco", "Rubio", Gender.MASCULINE, "secretary_of_state")
    assert readout.requested_by is RequestedBy.UNSAID
    assert renderer.render(readout, "en").lead == (
        "Secretary of State Marco Rubio spoke today with Canadian Foreign Minister Anita Anand."
    )
    assert renderer.render(readout, "es").lead == (
        "El secretario de Estado, Marco Rubio, conversó hoy con la ministra de Asuntos "
        "Exteriores de Canadá, Anita Anand."
    )


def test_the_new_fields_survive_a_round_trip() -> None:
    data = example_data()
    data["requested_by"] = "counterpart"
    data["lead"] = {
        "verb": "hosted",
        "by_phone": True,
        "purpose_form": "clause",
        "place": {"es": "en Washington D.C.", "en": "in Washington, D.C."},
        "event": {"es": "la Cumbre", "en": "the Summit"},
        "event_relation": "during",
    }
    data["settings"].update(
        {"time_position": "after_verb", "request_wording": "official", "quotes": "straight"}
    )
    data["points"][0]["new_paragraph"] = True
    data["points"][1]["new_paragraph"] = {"es": False}
    data["points"][2]["new_paragraph"] = {"es": False, "en": True}
    written = readout_to_dict(readout_from_dict(data).readout)
    assert written["requested_by"] == "counterpart"
    assert written["lead"] == data["lead"]
    for key in ("time_position", "request_wording", "quotes"):
        assert written["settings"][key] == data["settings"][key]
    assert [p.get("new_paragraph") for p in written["points"]] == [
        True,
        {"es": False},
        {"es": False, "en": True},
    ]
    assert readout_to_dict(readout_from_dict(written).readout) == written


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"lead": {"verb": "chatted"}}, "lead.verb: unknown verb 'chatted'; expected one of"),
        ({"lead": {"by_phone": "yes"}}, "lead.by_phone: expected true or false, found text"),
        ({"lead": {"event_relation": "near"}}, "lead.event_relation: unknown value 'near'"),
        ({"lead": {"place": "Paris"}}, "lead.place: expected an object, found text"),
        ({"lead": []}, "lead: expected an object, found a list"),
        ({"requested_by": "them"}, "requested_by: unknown value 'them'"),
        ({"settings": {"time_position": "later"}}, "settings.time_position: unknown value"),
        ({"settings": {"quotes": 1}}, "settings.quotes: unknown value 1"),
        (
            {"points": [{"en": "x", "es": "y", "new_paragraph": "no"}]},
            "points[0].new_paragraph: expected true or false, found text",
        ),
        (
            {"points": [{"en": "x", "es": "y", "new_paragraph": {"en": 1}}]},
            "points[0].new_paragraph.en: expected true or false, found a number",
        ),
    ],
)
def test_wrong_shape_values_name_the_field(change: dict[str, Any], expected: str) -> None:
    data = example_data()
    data.update(change)
    with pytest.raises(ReadoutInvalid) as info:
        readout_from_dict(data)
    assert any(str(p).startswith(expected) for p in info.value.problems), info.value


def test_the_command_renders_a_shape_and_refuses_an_unknown_verb(tmp_path: Path) -> None:
    data = example_data()
    data["requested_by"] = "counterpart"
    data["settings"]["request_wording"] = "official"
    data["settings"]["time_position"] = "none"
    good = tmp_path / "good.readout"
    good.write_text(json.dumps(data), "utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert main(["render", str(good), "--lang", "en"], out, err) == 0
    assert (
        "\n\nDeputy Secretary of State Christopher Landau spoke with Mexican Foreign Secretary "
        "Juan Ramón de la Fuente at Foreign Secretary de la Fuente’s request to affirm"
    ) in out.getvalue()
    data["lead"] = {"verb": "phoned"}
    bad = tmp_path / "bad.readout"
    bad.write_text(json.dumps(data), "utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert main(["render", str(bad)], out, err) == 2
    assert "lead.verb: unknown verb 'phoned'" in err.getvalue()
    assert out.getvalue() == ""
