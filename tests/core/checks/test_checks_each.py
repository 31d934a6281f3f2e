"""Every built-in check fires on a draft that breaks its rule and stays quiet on a near
miss that keeps it. Real components throughout: the bundled example, the real renderer
and glossary; each case changes the readout the way an officer would.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest

from editor_app.core.checks.base import Finding
from editor_app.core.checks.catalogue import all_checks
from editor_app.core.checks.config import config_from_dict, load_config
from editor_app.core.checks.run import run_checks
from editor_app.core.draft import DraftPair, part_label
from editor_app.core.model import Kind, Override, Readout, TalkingPoint
from editor_app.core.render import Renderer

Setup = Callable[[Readout], None]


def point(es: str, en: str) -> Setup:
    """Add a talking point with these texts."""

    def setup(readout: Readout) -> None:
        readout.points.append(TalkingPoint(en=en, es=es))

    return setup


def override(lang: str, key: str, text: str, generated: str = "") -> Setup:
    """Hand-edit part ``key`` of ``lang``."""

    def setup(readout: Readout) -> None:
        readout.overrides["es" if lang == "es" else "en"][key] = Override(text, generated)

    return setup


def _stale(readout: Readout) -> None:
    readout.overrides["en"]["title"] = Override("Call with the Foreign Secretary", "An old title")


def _fresh(readout: Readout) -> None:
    generated = Renderer().render(readout, "en").title
    readout.overrides["en"]["title"] = Override("Call with the Foreign Secretary", generated)


def _name(given: str, surname: str, es_surname: str = "") -> Setup:
    """Name the first counterpart."""

    def setup(readout: Readout) -> None:
        official = readout.counterparts[0]
        official.given_names, official.surname, official.es_surname = given, surname, es_surname

    return setup


def _purpose(es: str, en: str) -> Setup:
    def setup(readout: Readout) -> None:
        readout.purpose.es, readout.purpose.en = es, en

    return setup


def _group(es: str, en: str) -> Setup:
    def setup(readout: Readout) -> None:
        readout.kind = Kind.MULTILATERAL_CALL
        readout.group.es, readout.group.en = es, en

    return setup


def _locale_gb(readout: Readout) -> None:
    readout.locales.en = "en_GB"
    readout.points[0].en = readout.points[0].en.replace("March 25", "25 March")


_COMMA_LIST = (
    "Agradeció a la ministra de Asuntos Exteriores de Canadá, Ana Bea, el secretario de "
    "Relaciones Exteriores de México, Luis Soto, y el canciller de Chile, Otto Ochoa."
)

# check id → (a setup that breaks the rule, a setup that keeps it in a similar text)
CASES: dict[str, tuple[Setup, Setup]] = {
    "parity.point-empty": (point("", "They met."), point("Se reunieron.", "They met.")),
    "parity.field-empty": (_purpose("", "affirm ties"), _purpose("reafirmar lazos", "affirm ties")),
    "parity.paragraphs": (
        point("Hablaron.\nAcordaron.", "They spoke and agreed."),
        point("Hablaron.\nAcordaron.", "They spoke.\nThey agreed."),
    ),
    "parity.untranslated": (
        point("They discussed trade and security.", "They discussed trade and security."),
        point("Hablaron de comercio y seguridad.", "They discussed trade and security."),
    ),
    "parity.name": (
        point("Landau habló con De la Fuente.", "Landau spoke with him."),
        point("Landau habló con De la Fuente.", "Landau spoke with de la Fuente."),
    ),
    "parity.number": (
        point("Enviarán 1.500 agentes.", "They will send 1,000 officers."),
        point(
            "Enviarán mil agentes y 2,5 millones.", "They will send 1,000 officers and 2.5 million."
        ),
    ),
    "parity.date": (
        point("Se verán el 24 de marzo.", "They will meet on March 25."),
        point("Se verán el 25 de marzo de 2025.", "They will meet on March 25."),
    ),
    "parity.country": (
        point("Hablaron de Canadá.", "They discussed Brazil."),
        point("Hablaron de los canadienses.", "They discussed Canada."),
    ),
    "es.title-capital": (
        point("Lo dijo el Subsecretario.", "The Deputy Secretary said so."),
        point("Subsecretario y canciller lo dijeron.", "The Deputy Secretary said so."),
    ),
    "es.date-order": (
        override("es", "release_date", "Marzo 26, 2025"),
        override("es", "release_date", "26 de marzo de 2025"),
    ),
    "es.month-capital": (
        point("Se verán el 25 de Marzo.", "They will meet on March 25."),
        point("Se verán el 25 de marzo. Marzo es largo.", "They will meet on March 25."),
    ),
    "es.eeuu": (
        point("Viajó a EE.UU. ayer.", "He traveled to the U.S. yesterday."),
        point("Viajó a EE. UU. ayer.", "He traveled to the U.S. yesterday."),
    ),
    "es.quotes": (
        # Generated text gets the house's « »; straight marks reach a draft typed by hand.
        override("es", "body.1", 'Dijo "basta".'),
        point("Dijo «basta».", 'He said "enough."'),
    ),
    "point.length": (
        point("Hablaron de comercio.", " ".join(["word"] * 121)),
        point("Hablaron de comercio.", " ".join(["word"] * 120) + " — ."),
    ),
    "en.headline-case": (
        override("en", "title", "Secretary Rubio’s Call With the G7 Foreign Ministers"),
        override("en", "title", "Secretary Rubio’s Call with the G7 Foreign Ministers"),
    ),
    "es.list-semicolons": (
        point(_COMMA_LIST, "They thanked them."),
        point(_COMMA_LIST.replace("Bea, el", "Bea; el"), "They thanked them."),
    ),
    "es.space-after": (
        point("Hablaron.Luego se fueron.", "They spoke. Then they left."),
        point(
            "Son 1.000 o 2,5 a las 3 p.m. en www.gob.mx.",
            "It is 1,000 or 2.5 at 3 p.m. on www.gob.mx.",
        ),
    ),
    "en.space-after": (
        point("Hablaron. Luego se fueron.", "They spoke,then they left."),
        point("Hablaron. Luego se fueron.", "They spoke at 3 a.m. in the U.S., then left."),
    ),
    "es.double-space": (
        point("Hablaron  de comercio.", "They discussed trade."),
        point("Hablaron de comercio.", "They discussed trade."),
    ),
    "en.double-space": (
        point("Hablaron de comercio.", "They discussed  trade."),
        point("Hablaron de comercio.", "They discussed trade."),
    ),
    "en.date-order": (
        point("Se verán el 25 de marzo.", "They will meet on 25 March."),
        _locale_gb,
    ),
    "en.us-form": (
        point("Habló de EE. UU.", "He spoke about US policy."),
        point("Habló de EE. UU. con nosotros.", "He spoke about U.S. policy with us."),
    ),
    "style.verb-twice": (
        point("Conversaron con la prensa para conversar sobre comercio.", "They met."),
        point("Conversaron con la prensa para abordar el comercio.", "They met. They met."),
    ),
    "edit.stale": (_stale, _fresh),
    "refs.placeholder": (
        point("Lo dijo {conterpart}.", "{counterpart2} said so."),
        point("Lo dijo {counterpart}.", "{counterpart:title} said so."),
    ),
    "es.apposition-open": (
        point("El secretario de Relaciones Exteriores, Juan Ramón de la Fuente y él.", "So."),
        point("{counterpart:first} y el secretario de Estado, Marco Rubio, hablaron.", "So."),
    ),
    "names.script": (_name("Сергей", "Лавров"), _name("Hakan", "Fidan", "Erdoğan Çavuşoğlu")),
}


def _findings(readout: Readout, renderer: Renderer, check_id: str) -> list[Finding]:
    pair = renderer.render_pair(readout)
    return [f for f in run_checks(readout, pair) if f.check_id == check_id]


def _without(pair: DraftPair, lang: str, key: str) -> DraftPair:
    # No bundled template leaves a part out of one language; a house template may, so
    # these drafts lose one part of one language after rendering.
    draft = pair.get("es" if lang == "es" else "en")
    kept = dataclasses.replace(draft, parts=tuple(p for p in draft.parts if p.key != key))
    return DraftPair(es=kept, en=pair.en) if lang == "es" else DraftPair(es=pair.es, en=kept)


def test_every_check_has_a_case() -> None:
    assert set(CASES) | {"parity.part-missing"} == set(all_checks())


def test_part_missing_fires(example: Readout, renderer: Renderer) -> None:
    pair = _without(renderer.render_pair(example), "es", "attribution")
    found = [f for f in run_checks(example, pair) if f.check_id == "parity.part-missing"]
    assert [(f.lang, f.part, f.severity) for f in found] == [("en", "attribution", "warning")]
    assert found[0].message == "Attribution is in the English version but not in the Spanish one"
    assert found[0].text("es") == (
        "Atribución: está en la versión en inglés, pero no en la versión en español"
    )


def test_part_missing_quiet_for_one_sided_dateline_and_closing(
    example: Readout, renderer: Renderer
) -> None:
    example.closing.en = "This is a courtesy notice."
    pair = _without(_without(renderer.render_pair(example), "en", "closing"), "es", "dateline")
    assert "parity.part-missing" not in {f.check_id for f in run_checks(example, pair)}


@pytest.mark.parametrize("check_id", sorted(CASES))
def test_check_fires(check_id: str, example: Readout, renderer: Renderer) -> None:
    CASES[check_id][0](example)
    found = _findings(example, renderer, check_id)
    assert found, f"{check_id} did not fire"
    for f in found:
        assert f.severity == all_checks()[check_id].severity
        assert f.message and f.lang in ("es", "en")
        if f.start is not None and f.end is not None:
            text = renderer.render_pair(example).get(f.lang).text_of(f.part or "")  # type: ignore[arg-type]
            assert 0 <= f.start < f.end <= len(text)


@pytest.mark.parametrize("check_id", sorted(CASES))
def test_check_speaks_both_ui_languages(
    check_id: str, example: Readout, renderer: Renderer
) -> None:
    CASES[check_id][0](example)
    for f in _findings(example, renderer, check_id):
        assert f.about is not None and f.about.message_id == check_id
        assert f.message == f.text("en") == str(f.about)
        assert f.text("es") != f.text("en")
        if f.field:
            assert f.place("es") != f.field and f.place("en") != f.field
        else:
            assert f.place("es") == part_label(f.part or "", "es")


@pytest.mark.parametrize("check_id", sorted(CASES))
def test_check_stays_quiet(check_id: str, example: Readout, renderer: Renderer) -> None:
    CASES[check_id][1](example)
    assert _findings(example, renderer, check_id) == []


@pytest.mark.parametrize("check_id", sorted(CASES))
def test_check_can_be_switched_off(check_id: str, example: Readout, renderer: Renderer) -> None:
    CASES[check_id][0](example)
    pair = renderer.render_pair(example)
    config = config_from_dict({"disabled": [check_id]})
    assert [f for f in run_checks(example, pair, config) if f.check_id == check_id] == []
    assert load_config(None).enabled(check_id)


def test_institution_names_are_not_titles(example: Readout, renderer: Renderer) -> None:
    point(
        "Hablaron ante la Asamblea General y el Gobierno Federal con la Cámara de Representantes.",
        "They spoke before the General Assembly and the Federal Government with the House.",
    )(example)
    assert _findings(example, renderer, "es.title-capital") == []
