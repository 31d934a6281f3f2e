"""The public face of the checks: the bundled example is clean, the seed's date is caught,
findings format and serialise as the CLI and GUI expect, messages follow the UI language.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor_app.core.checks.base import ERROR, NOTE, WARNING, Finding
from editor_app.core.checks.edits import changed_words
from editor_app.core.checks.run import finding_to_dict, format_finding, run_checks
from editor_app.core.model import (
    FirstOfMonth,
    Gender,
    Kind,
    Official,
    Override,
    Readout,
    TalkingPoint,
)
from editor_app.core.render import Renderer
from editor_app.core.store import load_example


@pytest.mark.parametrize("ui_lang", ["en", "es"])
def test_bundled_example_has_no_error_or_warning(ui_lang: str, renderer: Renderer) -> None:
    readout = load_example()
    findings = run_checks(readout, renderer.render_pair(readout), ui_lang=ui_lang)
    assert [f for f in findings if f.severity in (ERROR, WARNING)] == []


def _seed_date(example: Readout) -> Readout:
    example.overrides["es"]["release_date"] = Override(text="Marzo 26, 2025", generated="")
    return example


def test_seed_spanish_date_is_flagged_with_the_spanish_order(
    example: Readout, renderer: Renderer
) -> None:
    readout = _seed_date(example)
    findings = run_checks(readout, renderer.render_pair(readout))
    assert [(f.check_id, f.lang, f.part, f.start, f.end, f.suggestion) for f in findings] == [
        ("es.date-order", "es", "release_date", 0, 14, "26 de marzo de 2025")
    ]
    assert findings[0].message == (
        "«Marzo 26, 2025»: month-first date order; write «26 de marzo de 2025»"
    )


def test_seed_date_in_a_talking_point_without_year(example: Readout, renderer: Renderer) -> None:
    example.points[0].es = example.points[0].es.replace("25 de marzo", "Marzo 25")
    findings = run_checks(example, renderer.render_pair(example))
    assert [(f.check_id, f.part, f.suggestion) for f in findings] == [
        ("es.date-order", "body.1", "25 de marzo")
    ]


def test_first_of_month_setting_shapes_the_suggestion(example: Readout, renderer: Renderer) -> None:
    example.settings.first_of_month = example.settings.first_of_month.ORDINAL
    example.points.append(TalkingPoint(en="They meet on April 1.", es="Se verán Abril 1."))
    findings = [f for f in run_checks(example, renderer.render_pair(example)) if f.part == "body.4"]
    assert [(f.check_id, f.suggestion) for f in findings] == [("es.date-order", "1.º de abril")]


def test_messages_follow_the_ui_language(example: Readout, renderer: Renderer) -> None:
    readout = _seed_date(example)
    (finding,) = run_checks(readout, renderer.render_pair(readout), ui_lang="es")
    assert finding.message == (
        "«Marzo 26, 2025»: orden de fecha con el mes primero; escriba «26 de marzo de 2025»"
    )
    assert format_finding(finding, "es").startswith("aviso  es  Fecha de publicación  0-14")


def test_format_finding_is_one_line_with_place_span_and_id() -> None:
    finding = Finding(
        check_id="es.date-order",
        severity=WARNING,
        message="«Marzo 26»: month-first date order; write «26 de marzo»",
        lang="es",
        part="body.3",
        start=12,
        end=20,
        field=None,
        suggestion="26 de marzo",
    )
    assert format_finding(finding, "en") == (
        "warning  es  Point 3  12-20  «Marzo 26»: month-first date order; write "
        "«26 de marzo» [es.date-order]"
    )


def test_field_findings_name_the_form_field(example: Readout, renderer: Renderer) -> None:
    example.points[2].es = ""
    findings = run_checks(example, renderer.render_pair(example))
    first = findings[0]
    assert (first.check_id, first.severity, first.field, first.part) == (
        "parity.point-empty",
        ERROR,
        "points[2].es",
        None,
    )
    assert format_finding(first) == (
        "error  es  points[2].es  Point 3 has no Spanish text [parity.point-empty]"
    )


def test_findings_speak_either_ui_language_whatever_the_run(
    example: Readout, renderer: Renderer
) -> None:
    example.points[2].es = ""
    readout = _seed_date(example)
    pair = renderer.render_pair(readout)
    english = {f.check_id: f for f in run_checks(readout, pair)}
    empty, date = english["parity.point-empty"], english["es.date-order"]
    assert empty.text("es") == "El punto 3 no tiene texto en español"
    assert (empty.place("en"), empty.place("es")) == ("Point 3 · Spanish", "Punto 3 · español")
    assert date.text("es") == (
        "«Marzo 26, 2025»: orden de fecha con el mes primero; escriba «26 de marzo de 2025»"
    )
    assert (date.place("en"), date.place("es")) == ("Release date", "Fecha de publicación")
    spanish = {f.check_id: f for f in run_checks(readout, pair, ui_lang="es")}
    for check_id, finding in english.items():
        assert spanish[check_id].message == finding.text("es")
        assert spanish[check_id].text("en") == finding.message
    assert format_finding(empty, "es") == (
        "error  es  points[2].es  El punto 3 no tiene texto en español [parity.point-empty]"
    )


def test_finding_to_dict_is_json_ready(example: Readout, renderer: Renderer) -> None:
    readout = _seed_date(example)
    (finding,) = run_checks(readout, renderer.render_pair(readout))
    data = finding_to_dict(finding)
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data
    assert data == {
        "check_id": "es.date-order",
        "severity": "warning",
        "message": finding.message,
        "lang": "es",
        "part": "release_date",
        "start": 0,
        "end": 14,
        "field": None,
        "suggestion": "26 de marzo de 2025",
    }


def test_findings_come_in_reading_order(example: Readout, renderer: Renderer) -> None:
    example.points.append(TalkingPoint(en="They  met.", es="Se  reunieron el 3 de Mayo."))
    example.points.append(TalkingPoint(en="", es="Hablaron."))
    example.overrides["en"]["title"] = Override("A  title", "old")
    findings = run_checks(example, renderer.render_pair(example))
    places = [(f.field is None, f.lang, f.part) for f in findings]
    assert places[0] == (False, "en", None)  # the empty English point 5 (a field) first
    langs = [lang for has_part, lang, _ in places if has_part]
    assert langs == sorted(langs, key=lambda lang: lang != "es")


def test_stale_hand_edit_shows_the_new_generated_text(example: Readout, renderer: Renderer) -> None:
    old = renderer.render(example, "en").title
    example.overrides["en"]["title"] = Override("Landau's call with de la Fuente", old)
    example.principal.surname = "Smith"
    pair = renderer.render_pair(example)
    stale = [f for f in run_checks(example, pair) if f.check_id == "edit.stale"]
    new = pair.en.get("title").generated  # type: ignore[union-attr]
    assert "Smith" in new
    assert [(f.lang, f.part, f.suggestion) for f in stale] == [("en", "title", new)]
    assert new in stale[0].message
    assert "written («Landau’s» → «Smith’s»). The generated" in stale[0].message


@pytest.mark.parametrize(
    ("before", "after", "changes"),
    [
        ("Today Landau spoke", "Yesterday Landau spoke", "«Today» → «Yesterday»"),
        ("Landau spoke", "Landau spoke twice", "+ «twice»"),
        ("Landau spoke twice", "Landau spoke", "− «twice»"),
        ("a b c d e", "v w x y z", "«a b c d e» → «v w x y z»"),
        ("a 1 b 2 c 3 d 4 e", "a 5 b 6 c 7 d 8 e", "«1» → «5»; «2» → «6»; «3» → «7»; …"),
    ],
)
def test_changed_words(before: str, after: str, changes: str) -> None:
    assert changed_words(before, after) == changes


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    es=st.text(alphabet=st.characters(codec="utf-8"), max_size=80),
    en=st.text(alphabet=st.characters(codec="utf-8"), max_size=80),
)
def test_any_text_gives_findings_with_valid_spans(es: str, en: str) -> None:
    readout = load_example()
    readout.points.append(TalkingPoint(en=en, es=es))
    readout.overrides["es"]["lead"] = Override(es + " Marzo 3, 2025 EE.UU.", "")
    try:
        pair = _RENDERER.render_pair(readout)
    except Exception:  # rendering refuses some text; that is render's business, not ours
        return
    for f in run_checks(readout, pair):
        assert f.severity in (ERROR, WARNING, NOTE)
        if f.start is not None:
            assert f.end is not None and f.lang in ("es", "en") and f.part
            text = pair.get(f.lang).text_of(f.part)  # type: ignore[arg-type]
            assert 0 <= f.start < f.end <= len(text)


_RENDERER = Renderer()


@pytest.mark.parametrize("kind", list(Kind))
@pytest.mark.parametrize(("es_locale", "en_locale"), [("es_MX", "en_US"), ("es_ES", "en_GB")])
@pytest.mark.parametrize("first", list(FirstOfMonth))
def test_every_kind_locale_and_setting_renders_clean(
    kind: Kind, es_locale: str, en_locale: str, first: FirstOfMonth, renderer: Renderer
) -> None:
    readout = load_example()
    readout.kind = kind
    readout.locales.es, readout.locales.en = es_locale, en_locale
    readout.settings.first_of_month = first
    readout.event_date, readout.release_date = dt.date(2025, 2, 28), dt.date(2025, 3, 1)
    readout.dateline.es, readout.dateline.en = "Ciudad de México", "Mexico City"
    if en_locale == "en_GB":
        readout.points[0].en = readout.points[0].en.replace("March 25", "25 March")
    if kind.is_multilateral:
        readout.group.es = "ministros de Relaciones Exteriores del G7"
        readout.group.en = "G7 foreign ministers"
        readout.counterparts.append(
            Official("Mélanie", "Joly", Gender.FEMININE, "foreign_minister", country="CA")
        )
    findings = run_checks(readout, renderer.render_pair(readout))
    assert [format_finding(f) for f in findings if f.severity != NOTE] == []


def test_date_ranges_match_across_versions(example: Readout, renderer: Renderer) -> None:
    example.points.append(
        TalkingPoint(en="They meet March 25-26.", es="Se reunirán el 25 y 26 de marzo.")
    )
    assert run_checks(example, renderer.render_pair(example)) == []
    example.points[-1].es = "Se reunirán el 25 de marzo."
    found = run_checks(example, renderer.render_pair(example))
    assert [(f.check_id, f.lang, f.suggestion) for f in found] == [
        ("parity.date", "es", "March 25"),
        ("parity.date", "en", "25-26 de marzo"),
    ]


def test_the_dateline_counts_for_the_lead(example: Readout, renderer: Renderer) -> None:
    # The Spanish dateline ("Oaxaca de Juárez, 26 de marzo.") prints with the lead, so an
    # English lead that gives the date is matched by it; the dateline needs no match.
    example.overrides["en"]["lead"] = Override(
        "On March 26 Deputy Secretary Landau spoke with Foreign Secretary de la Fuente to "
        "affirm the U.S. commitment to a new era of U.S.-Mexico security cooperation.",
        "",
    )
    assert run_checks(example, renderer.render_pair(example)) == []


@pytest.mark.parametrize(
    ("es", "en"),
    [
        ("Creció un 25 % en 2019.", "It grew 25% in 2019."),
        ("Creció un veinticinco por ciento en 2019.", "It grew 25 percent in 2019."),
        ("Aportarán 1.000 millones de dólares.", "They will give $1 billion."),
        ("Aportarán mil millones de dólares.", "They will give $1,000 million."),
        ("Enviarán 12.500 agentes.", "They will send 12,500 officers."),
    ],
)
def test_numbers_match_by_value(es: str, en: str, example: Readout, renderer: Renderer) -> None:
    example.points.append(TalkingPoint(en=en, es=es))
    assert run_checks(example, renderer.render_pair(example)) == []


def test_a_billion_is_not_a_billon(example: Readout, renderer: Renderer) -> None:
    example.points.append(TalkingPoint(en="They will give $2 billion.", es="Darán 2 billones."))
    found = run_checks(example, renderer.render_pair(example))
    assert [(f.check_id, f.lang) for f in found] == [
        ("parity.number", "es"),
        ("parity.number", "en"),
    ]
