"""Never the same verb twice: a purpose that opens with the lead's own verb joins it or the
lead takes another verb, for every lead verb and the purposes readouts commonly use; the
style check finds a verb said twice in any sentence of either draft."""

from __future__ import annotations

import copy

import pytest

from editor_app.core.checks.repeats import repeated_verb_findings
from editor_app.core.checks.run import run_checks
from editor_app.core.draft import DraftPair
from editor_app.core.lemmas import first_verb, verb_table, verbs_in
from editor_app.core.model import (
    Bilingual,
    Gender,
    Kind,
    Official,
    Override,
    PurposeForm,
    Readout,
    RequestedBy,
    TalkingPoint,
)
from editor_app.core.render import Renderer
from editor_app.core.verbs import HIDDEN_VERBS, VERBS, verb

RUBIO_ES = "Hoy, el secretario de Estado, Marco Rubio,"
SYBIHA_ES = "el ministro de Relaciones Exteriores de Ucrania, Andrii Sybiha,"
RUBIO_EN = "Today Secretary of State Marco Rubio"
SYBIHA_EN = "Ukrainian Foreign Minister Andrii Sybiha"

# The purposes readouts use, each with the words that must survive in the lead.
PURPOSES_ES = (
    ("conversar sobre la seguridad energética", "la seguridad energética"),
    ("hablar de la seguridad energética", "la seguridad energética"),
    ("hablar sobre la seguridad energética", "la seguridad energética"),
    ("abordar la seguridad energética", "la seguridad energética"),
    ("discutir la seguridad energética", "la seguridad energética"),
    ("reunirse con la delegación ucraniana", "la delegación ucraniana"),
    ("recibir a la delegación ucraniana", "la delegación ucraniana"),
    ("sostener conversaciones sobre la paz", "conversaciones sobre la paz"),
    ("participar en la cumbre de la paz", "la cumbre de la paz"),
    ("dar seguimiento a los acuerdos", "seguimiento a los acuerdos"),
    ("reafirmar el compromiso con Ucrania", "el compromiso con Ucrania"),
)
PURPOSES_EN = (
    ("discuss energy security", "energy security"),
    ("speak about energy security", "energy security"),
    ("talk about energy security", "energy security"),
    ("meet with the Ukrainian delegation", "the Ukrainian delegation"),
    ("receive the Ukrainian delegation", "the Ukrainian delegation"),
    ("host a dinner for the delegation", "a dinner for the delegation"),
    ("welcome the Ukrainian delegation", "the Ukrainian delegation"),
    ("hold talks on the peace process", "talks on the peace process"),
    ("participate in the peace summit", "the peace summit"),
    ("join the peace summit", "the peace summit"),
    ("reaffirm the commitment to Ukraine", "the commitment to Ukraine"),
)


@pytest.fixture
def call(example: Readout) -> Readout:
    """Secretary Rubio and Foreign Minister Sybiha, today, nobody named as asking."""
    readout = copy.deepcopy(example)
    readout.principal = Official("Marco", "Rubio", Gender.MASCULINE, "secretary_of_state")
    readout.counterparts = [
        Official("Andrii", "Sybiha", Gender.MASCULINE, "foreign_minister", country="UA")
    ]
    readout.requested_by = RequestedBy.UNSAID
    readout.points = []
    return readout


def _lead(renderer: Renderer, readout: Readout, lang: str) -> str:
    return renderer.render(readout, "es" if lang == "es" else "en").lead


def _with(readout: Readout, key: str, es: str = "", en: str = "") -> Readout:
    kind = Kind.BILATERAL_CALL if verb(key).mode == "call" else Kind.BILATERAL_MEETING
    readout.kind = kind
    readout.lead.verb = key
    readout.purpose = Bilingual(en=en, es=es)
    return readout


def test_conversar_after_converso_joins_the_lead(call: Readout, renderer: Renderer) -> None:
    _with(call, "spoke_with", es="conversar sobre la seguridad energética")
    assert _lead(renderer, call, "es") == (
        f"{RUBIO_ES} conversó con {SYBIHA_ES} sobre la seguridad energética."
    )


def test_hablar_de_after_hablo_joins_the_lead(call: Readout, renderer: Renderer) -> None:
    _with(call, "talked_with", es="hablar de la seguridad energética")
    assert _lead(renderer, call, "es") == (
        f"{RUBIO_ES} habló con {SYBIHA_ES} de la seguridad energética."
    )


def test_speak_about_after_spoke_joins_the_lead(call: Readout, renderer: Renderer) -> None:
    _with(call, "spoke_with", en="speak about energy security")
    assert (
        _lead(renderer, call, "en") == f"{RUBIO_EN} spoke with {SYBIHA_EN} about energy security."
    )


def test_a_second_verb_that_repeats_joins_too(call: Readout, renderer: Renderer) -> None:
    _with(call, "spoke_with", en="and spoke about energy security", es="y conversó sobre ella")
    call.lead.purpose_form = PurposeForm.CLAUSE
    assert (
        _lead(renderer, call, "en") == f"{RUBIO_EN} spoke with {SYBIHA_EN} about energy security."
    )
    assert _lead(renderer, call, "es") == f"{RUBIO_ES} conversó con {SYBIHA_ES} sobre ella."


def test_reunirse_after_se_reunio_takes_another_verb(call: Readout, renderer: Renderer) -> None:
    _with(
        call,
        "met_with",
        es="reunirse con la delegación ucraniana",
        en="meet with the Ukrainian delegation",
    )
    assert _lead(renderer, call, "es") == (
        f"{RUBIO_ES} sostuvo una reunión con {SYBIHA_ES} para reunirse con la delegación ucraniana."
    )
    assert _lead(renderer, call, "en") == (
        f"{RUBIO_EN} held a meeting with {SYBIHA_EN} to meet with the Ukrainian delegation."
    )


def test_a_purpose_with_another_verb_is_left_as_typed(call: Readout, renderer: Renderer) -> None:
    _with(call, "spoke_with", es="abordar la seguridad energética", en="discuss energy security")
    assert _lead(renderer, call, "es") == (
        f"{RUBIO_ES} conversó con {SYBIHA_ES} para abordar la seguridad energética."
    )
    assert (
        _lead(renderer, call, "en")
        == f"{RUBIO_EN} spoke with {SYBIHA_EN} to discuss energy security."
    )
    # The same purpose after another verb keeps its own verb: only a repeat changes it.
    _with(call, "met_with", es="conversar sobre la seguridad energética")
    assert _lead(renderer, call, "es") == (
        f"{RUBIO_ES} se reunió con {SYBIHA_ES} para conversar sobre la seguridad energética."
    )


@pytest.mark.parametrize("key", [v.key for v in VERBS])
@pytest.mark.parametrize("lang", ["es", "en"])
def test_no_lead_verb_is_said_twice(key: str, lang: str, call: Readout, renderer: Renderer) -> None:
    purposes = PURPOSES_ES if lang == "es" else PURPOSES_EN
    for purpose, kept in purposes:
        readout = _with(copy.deepcopy(call), key, **{lang: purpose})
        lead = _lead(renderer, readout, lang)
        lemmas = [use.lemma for use in verbs_in(lead, lang)]  # type: ignore[arg-type]
        assert len(lemmas) == len(set(lemmas)), lead
        assert lead.endswith(f" {kept}."), lead
        chosen = verb(key)
        repeats = first_verb(purpose, lang)[0] == chosen.lemma(lang)  # type: ignore[arg-type]
        if not repeats:  # left as typed, after the chosen verb
            assert f" {purpose}." in lead and f" {chosen.form(lang).head} " in lead, lead  # type: ignore[arg-type]
        elif f" {purpose}." in lead:  # kept as typed: the lead took another verb
            assert f" {verb(chosen.instead).form(lang).head} " in lead, lead  # type: ignore[arg-type]


def test_every_lead_verb_is_known_to_the_table_with_a_different_stand_in() -> None:
    for v in (*VERBS, *HIDDEN_VERBS):
        for lang in ("es", "en"):
            assert v.lemma(lang), (v.key, lang)  # type: ignore[arg-type]
            assert verb(v.instead).lemma(lang) != v.lemma(lang), (v.key, lang)  # type: ignore[arg-type]
    assert not {v.key for v in HIDDEN_VERBS} & {v.key for v in VERBS}


def test_the_table_names_other_verbs_to_use() -> None:
    for lang in ("es", "en"):
        table = verb_table(lang)  # type: ignore[arg-type]
        for lemma, alternatives in table.instead.items():
            assert alternatives and lemma not in alternatives, lemma
    assert verb_table("es").lemma("Conversó") == "conversar"
    assert verb_table("es").lemma("reunió") == "reunirse"
    assert verb_table("en").lemma("meeting") == ""  # a noun as often as a verb: not listed


# The check.


def _verb_twice(readout: Readout, renderer: Renderer) -> list[tuple[str | None, str | None, str]]:
    pair = renderer.render_pair(readout)
    return [
        (f.lang, f.part, f.text("es"))
        for f in run_checks(readout, pair)
        if f.check_id == "style.verb-twice"
    ]


def test_check_flags_the_old_lead_and_suggests_the_fix(
    example: Readout, renderer: Renderer
) -> None:
    old = (
        "Hoy, el subsecretario de Estado, Christopher Landau, conversó con el canciller, "
        "para conversar sobre la seguridad."
    )
    example.overrides["es"]["lead"] = Override(old)
    pair = renderer.render_pair(example)
    [finding] = [f for f in run_checks(example, pair) if f.check_id == "style.verb-twice"]
    assert (finding.lang, finding.part) == ("es", "lead")
    assert old[finding.start : finding.end] == "conversar"  # type: ignore[misc]
    assert finding.text("en") == (
        "«conversó» … «conversar»: the same verb twice in one sentence; say it once "
        "(«conversó con … sobre …») or use another verb: «abordar», «tratar»"
    )
    assert finding.text("es") == (
        "«conversó» … «conversar»: el mismo verbo dos veces en una oración; dígalo una vez "
        "(«conversó con … sobre …») o use otro verbo: «abordar», «tratar»"
    )


def test_check_reads_each_sentence_on_its_own(example: Readout, renderer: Renderer) -> None:
    example.points = [
        TalkingPoint(
            en="They discussed trade. They also discussed energy in the U.S. and discussed ports.",
            es="Hablaron de comercio. También hablaron de energía.",
        )
    ]
    found = _verb_twice(example, renderer)
    assert [(lang, part) for lang, part, _ in found] == [("en", "body.1")]
    assert found[0][2].startswith("«discussed» … «discussed»:")


@pytest.mark.parametrize("name", ["landau-delafuente", "rubio-sybiha-request"])
def test_bundled_examples_say_each_verb_once(name: str, renderer: Renderer) -> None:
    from tests.core.test_shape_examples import bundled

    readout = bundled(name)
    assert list(repeated_verb_findings(renderer.render_pair(readout))) == []


def test_check_is_quiet_on_an_empty_pair(renderer: Renderer, example: Readout) -> None:
    pair = renderer.render_pair(example)
    empty = DraftPair(
        es=type(pair.es)(lang="es", locale="es_MX"), en=type(pair.en)(lang="en", locale="en_US")
    )
    assert list(repeated_verb_findings(empty)) == []
