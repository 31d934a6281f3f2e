"""The lead's shapes: who asked, where the time word goes, the purpose, verbs, place, event.

Every lead is compared whole, in both languages; each shape is also kept out of the
readouts that do not ask for it.
"""

from __future__ import annotations

import copy
import datetime as dt

import pytest

from editor_app.core.model import (
    Bilingual,
    EventRelation,
    Gender,
    Kind,
    Official,
    PurposeForm,
    Readout,
    RequestedBy,
    RequestWording,
    TimePosition,
)
from editor_app.core.render import Renderer
from editor_app.core.verbs import VERBS, default_verb, verbs_for

RUBIO = "Secretary of State Marco Rubio"
SYBIHA_EN = "Ukrainian Foreign Minister Andrii Sybiha"
RUBIO_ES = "el secretario de Estado, Marco Rubio,"
SYBIHA_ES = "el ministro de Relaciones Exteriores de Ucrania, Andrii Sybiha"


@pytest.fixture
def call(example: Readout) -> Readout:
    """A call between Secretary Rubio and Foreign Minister Sybiha, released the same day."""
    readout = copy.deepcopy(example)
    readout.principal = Official("Marco", "Rubio", Gender.MASCULINE, "secretary_of_state")
    readout.counterparts = [
        Official("Andrii", "Sybiha", Gender.MASCULINE, "foreign_minister", country="UA")
    ]
    readout.requested_by = RequestedBy.UNSAID
    readout.purpose = Bilingual(en="discuss energy security", es="abordar la seguridad energética")
    return readout


def leads(renderer: Renderer, readout: Readout) -> tuple[str, str]:
    """The (English, Spanish) leads."""
    return renderer.render(readout, "en").lead, renderer.render(readout, "es").lead


# 1. Who asked for the call.


def test_nobody_named_as_asking_by_default(call: Readout, renderer: Renderer) -> None:
    expected = (
        f"Today {RUBIO} spoke with {SYBIHA_EN} to discuss energy security.",
        f"Hoy, {RUBIO_ES} conversó con {SYBIHA_ES}, para abordar la seguridad energética.",
    )
    assert leads(renderer, call) == expected
    call.requested_by = RequestedBy.US
    assert leads(renderer, call) == expected


def test_call_from_the_other_side(call: Readout, renderer: Renderer) -> None:
    call.requested_by = RequestedBy.COUNTERPART
    assert leads(renderer, call) == (
        f"Today {RUBIO} received a call from {SYBIHA_EN} to discuss energy security.",
        f"Hoy, {RUBIO_ES} recibió una llamada del ministro de Relaciones Exteriores de "
        "Ucrania, Andrii Sybiha, para abordar la seguridad energética.",
    )


def test_at_the_countrys_request(call: Readout, renderer: Renderer) -> None:
    call.requested_by = RequestedBy.COUNTERPART
    call.settings.request_wording = RequestWording.COUNTRY
    call.settings.time_position = TimePosition.AFTER_VERB
    assert leads(renderer, call) == (
        f"{RUBIO} spoke today with {SYBIHA_EN} at Ukraine’s request to discuss energy security.",
        "A petición de Ucrania, el secretario de Estado, Marco Rubio, conversó hoy con "
        f"{SYBIHA_ES}, para abordar la seguridad energética.",
    )


def test_at_the_officials_request_after_the_time_word_in_spanish(
    call: Readout, renderer: Renderer
) -> None:
    call.requested_by = RequestedBy.COUNTERPART
    call.settings.request_wording = RequestWording.OFFICIAL
    call.event_date = call.release_date - dt.timedelta(days=1)
    assert leads(renderer, call) == (
        f"Yesterday {RUBIO} spoke with {SYBIHA_EN} at Foreign Minister Sybiha’s request "
        "to discuss energy security.",
        f"Ayer, a petición del canciller Sybiha, {RUBIO_ES} conversó con {SYBIHA_ES}, "
        "para abordar la seguridad energética.",
    )


def test_at_the_surnames_request_as_state_wrote_it(call: Readout, renderer: Renderer) -> None:
    call.requested_by = RequestedBy.COUNTERPART
    call.settings.request_wording = RequestWording.SURNAME
    call.settings.time_position = TimePosition.AFTER_VERB
    call.event_date = call.release_date - dt.timedelta(days=1)
    call.purpose = Bilingual()
    assert leads(renderer, call) == (
        f"{RUBIO} spoke yesterday with {SYBIHA_EN} at Sybiha’s request.",
        "A petición de Sybiha, el secretario de Estado, Marco Rubio, conversó ayer con "
        f"{SYBIHA_ES}.",
    )


def test_a_country_with_an_article(call: Readout, renderer: Renderer) -> None:
    call.counterparts[0].country = "GB"
    call.requested_by = RequestedBy.COUNTERPART
    call.settings.request_wording = RequestWording.COUNTRY
    en, es = leads(renderer, call)
    assert "at the United Kingdom’s request to discuss" in en
    assert es.startswith("Hoy, a petición del Reino Unido, el secretario de Estado")


def test_request_wording_unused_when_we_asked(call: Readout, renderer: Renderer) -> None:
    for wording in RequestWording:
        call.settings.request_wording = wording
        for side in (RequestedBy.US, RequestedBy.UNSAID):
            call.requested_by = side
            en, es = leads(renderer, call)
            assert "request" not in en and "received" not in en
            assert "petición" not in es and "recibió" not in es


def test_a_meeting_asked_for_names_the_country_not_a_call(
    call: Readout, renderer: Renderer
) -> None:
    call.kind = Kind.BILATERAL_MEETING
    call.requested_by = RequestedBy.COUNTERPART
    assert leads(renderer, call) == (
        f"Today {RUBIO} met with {SYBIHA_EN} at Ukraine’s request to discuss energy security.",
        f"Hoy, a petición de Ucrania, {RUBIO_ES} se reunió con {SYBIHA_ES}, para abordar la "
        "seguridad energética.",
    )


# 2. The time word's place, the purpose's form.


@pytest.mark.parametrize(
    ("position", "en", "es"),
    [
        (
            TimePosition.OPENING,
            f"Today {RUBIO} spoke with {SYBIHA_EN}.",
            f"Hoy, {RUBIO_ES} conversó con {SYBIHA_ES}.",
        ),
        (
            TimePosition.AFTER_VERB,
            f"{RUBIO} spoke today with {SYBIHA_EN}.",
            f"El secretario de Estado, Marco Rubio, conversó hoy con {SYBIHA_ES}.",
        ),
        (
            TimePosition.END,
            f"{RUBIO} spoke with {SYBIHA_EN} today.",
            f"El secretario de Estado, Marco Rubio, conversó hoy con {SYBIHA_ES}.",
        ),
        (
            TimePosition.NONE,
            f"{RUBIO} spoke with {SYBIHA_EN}.",
            f"El secretario de Estado, Marco Rubio, conversó con {SYBIHA_ES}.",
        ),
    ],
)
def test_bare_lead_without_purpose(
    call: Readout, renderer: Renderer, position: TimePosition, en: str, es: str
) -> None:
    call.purpose = Bilingual()
    call.settings.time_position = position
    assert leads(renderer, call) == (en, es)


def test_time_word_at_the_end_before_the_purpose(call: Readout, renderer: Renderer) -> None:
    call.settings.time_position = TimePosition.END
    call.event_date = dt.date(2025, 3, 2)
    assert leads(renderer, call) == (
        f"{RUBIO} spoke with {SYBIHA_EN} on March 2 to discuss energy security.",
        "El secretario de Estado, Marco Rubio, conversó el 2 de marzo con "
        f"{SYBIHA_ES}, para abordar la seguridad energética.",
    )


def test_a_date_after_the_verb(call: Readout, renderer: Renderer) -> None:
    call.settings.time_position = TimePosition.AFTER_VERB
    call.event_date = dt.date(2025, 3, 2)
    call.purpose = Bilingual()
    assert leads(renderer, call) == (
        f"{RUBIO} spoke on March 2 with {SYBIHA_EN}.",
        f"El secretario de Estado, Marco Rubio, conversó el 2 de marzo con {SYBIHA_ES}.",
    )


def test_a_date_in_another_year_closes_its_comma(call: Readout, renderer: Renderer) -> None:
    call.event_date = dt.date(2024, 12, 30)
    call.release_date = dt.date(2025, 1, 2)
    call.purpose = Bilingual()
    call.settings.time_position = TimePosition.AFTER_VERB
    assert leads(renderer, call) == (
        f"{RUBIO} spoke on December 30, 2024, with {SYBIHA_EN}.",
        "El secretario de Estado, Marco Rubio, conversó el 30 de diciembre de 2024 con "
        f"{SYBIHA_ES}.",
    )
    call.settings.time_position = TimePosition.END
    assert leads(renderer, call)[0] == f"{RUBIO} spoke with {SYBIHA_EN} on December 30, 2024."
    call.kind = Kind.BILATERAL_MEETING
    call.lead.verb = "hosted"
    call.settings.time_position = TimePosition.AFTER_VERB
    assert leads(renderer, call)[0] == f"{RUBIO} hosted {SYBIHA_EN} on December 30, 2024."
    call.lead.place = Bilingual(en="at the Department of State", es="en el Departamento")
    assert leads(renderer, call)[0] == (
        f"{RUBIO} hosted {SYBIHA_EN} on December 30, 2024, at the Department of State."
    )


def test_no_time_word_anywhere_when_none(call: Readout, renderer: Renderer) -> None:
    call.settings.time_position = TimePosition.NONE
    for days in (0, 1, 5):
        call.event_date = call.release_date - dt.timedelta(days=days)
        en, es = leads(renderer, call)
        for word in ("oday", "esterday", "March"):
            assert word not in en
        for word in ("oy ", "yer", "marzo"):
            assert word not in es


def test_by_phone(call: Readout, renderer: Renderer) -> None:
    call.lead.by_phone = True
    call.settings.time_position = TimePosition.AFTER_VERB
    call.purpose = Bilingual()
    assert leads(renderer, call) == (
        f"{RUBIO} spoke by phone today with {SYBIHA_EN}.",
        f"El secretario de Estado, Marco Rubio, conversó hoy por teléfono con {SYBIHA_ES}.",
    )


def test_no_phone_at_a_meeting(call: Readout, renderer: Renderer) -> None:
    call.lead.by_phone = True
    call.kind = Kind.BILATERAL_MEETING
    en, es = leads(renderer, call)
    assert "phone" not in en and "teléfono" not in es


def test_purpose_as_a_second_verb(call: Readout, renderer: Renderer) -> None:
    call.lead.purpose_form = PurposeForm.CLAUSE
    call.purpose = Bilingual(
        en="and congratulated him on his appointment.", es="y lo felicitó por su nombramiento"
    )
    call.settings.time_position = TimePosition.AFTER_VERB
    assert leads(renderer, call) == (
        f"{RUBIO} spoke today with {SYBIHA_EN} and congratulated him on his appointment.",
        f"El secretario de Estado, Marco Rubio, conversó hoy con {SYBIHA_ES}, y lo "
        "felicitó por su nombramiento.",
    )


def test_typed_to_or_para_is_not_doubled(call: Readout, renderer: Renderer) -> None:
    call.purpose = Bilingual(en="to discuss trade.", es="para hablar de comercio")
    en, es = leads(renderer, call)
    assert en.endswith(" to discuss trade.") and " to to " not in en
    assert es.endswith(", para hablar de comercio.") and "para para" not in es


# 3. Verbs, place and event.


def test_hosted_at_the_department(call: Readout, renderer: Renderer) -> None:
    call.kind = Kind.BILATERAL_MEETING
    call.lead.verb = "hosted"
    call.lead.place = Bilingual(en="at the Department of State", es="en el Departamento de Estado")
    assert leads(renderer, call) == (
        f"Today {RUBIO} hosted {SYBIHA_EN} at the Department of State to discuss energy security.",
        f"Hoy, {RUBIO_ES} recibió al ministro de Relaciones Exteriores de Ucrania, Andrii "
        "Sybiha, en el Departamento de Estado para abordar la seguridad energética.",
    )


def test_hosted_keeps_the_time_word_after_its_object(call: Readout, renderer: Renderer) -> None:
    call.kind = Kind.BILATERAL_MEETING
    call.lead.verb = "welcomed"
    call.settings.time_position = TimePosition.AFTER_VERB
    call.purpose = Bilingual()
    assert leads(renderer, call) == (
        f"{RUBIO} welcomed {SYBIHA_EN} today.",
        "El secretario de Estado, Marco Rubio, dio hoy la bienvenida al ministro de "
        "Relaciones Exteriores de Ucrania, Andrii Sybiha.",
    )


def test_met_on_the_sidelines_of_an_event_in_a_place(call: Readout, renderer: Renderer) -> None:
    call.kind = Kind.BILATERAL_MEETING
    call.lead.event = Bilingual(
        en="the United Nations General Assembly", es="la Asamblea General de las Naciones Unidas"
    )
    call.lead.place = Bilingual(en="in New York", es="en Nueva York")
    call.settings.time_position = TimePosition.AFTER_VERB
    assert leads(renderer, call) == (
        f"{RUBIO} met today with {SYBIHA_EN} in New York on the sidelines of the United "
        "Nations General Assembly to discuss energy security.",
        f"El secretario de Estado, Marco Rubio, se reunió hoy con {SYBIHA_ES}, en Nueva York "
        "al margen de la Asamblea General de las Naciones Unidas para abordar la "
        "seguridad energética.",
    )


def test_on_the_margins_of_as_state_writes_it(call: Readout, renderer: Renderer) -> None:
    call.kind = Kind.BILATERAL_MEETING
    call.lead.event = Bilingual(en="the G7 Foreign Ministers' Meeting", es="la reunión del G7")
    call.lead.event_relation = EventRelation.MARGINS
    call.purpose = Bilingual()
    call.settings.time_position = TimePosition.END
    assert leads(renderer, call) == (
        f"{RUBIO} met with {SYBIHA_EN} today on the margins of the G7 Foreign Ministers’ Meeting.",
        f"El secretario de Estado, Marco Rubio, se reunió hoy con {SYBIHA_ES}, al margen de "
        "la reunión del G7.",
    )


def test_a_place_with_a_comma_closes_it_when_the_sentence_goes_on(
    call: Readout, renderer: Renderer
) -> None:
    call.kind = Kind.BILATERAL_MEETING
    call.settings.time_position = TimePosition.END
    call.lead.place = Bilingual(en="in Antalya, Türkiye", es="en Antalya, Turquía")
    assert leads(renderer, call) == (
        f"{RUBIO} met with {SYBIHA_EN} today in Antalya, Türkiye, to discuss energy security.",
        f"El secretario de Estado, Marco Rubio, se reunió hoy con {SYBIHA_ES}, en Antalya, "
        "Turquía, para abordar la seguridad energética.",
    )
    call.purpose = Bilingual()
    assert leads(renderer, call) == (
        f"{RUBIO} met with {SYBIHA_EN} today in Antalya, Türkiye.",
        f"El secretario de Estado, Marco Rubio, se reunió hoy con {SYBIHA_ES}, en Antalya, "
        "Turquía.",
    )


def test_a_place_ending_in_an_abbreviation_ends_the_sentence_with_one_period(
    call: Readout, renderer: Renderer
) -> None:
    call.kind = Kind.BILATERAL_MEETING
    call.settings.time_position = TimePosition.AFTER_VERB
    call.purpose = Bilingual()
    call.lead.place = Bilingual(en="in Washington, D.C.", es="en Washington D.C.")
    assert leads(renderer, call) == (
        f"{RUBIO} met today with {SYBIHA_EN} in Washington, D.C.",
        f"El secretario de Estado, Marco Rubio, se reunió hoy con {SYBIHA_ES}, en Washington D.C.",
    )


def test_met_during_an_event_contracts_de_el(call: Readout, renderer: Renderer) -> None:
    call.kind = Kind.BILATERAL_MEETING
    call.lead.event = Bilingual(en="the G20 Summit", es="el Foro del G20")
    call.lead.event_relation = EventRelation.DURING
    call.purpose = Bilingual()
    assert leads(renderer, call) == (
        f"Today {RUBIO} met with {SYBIHA_EN} during the G20 Summit.",
        f"Hoy, {RUBIO_ES} se reunió con {SYBIHA_ES}, en el marco del Foro del G20.",
    )


def test_a_call_has_no_place_or_event(call: Readout, renderer: Renderer) -> None:
    call.lead.place = Bilingual(en="in Kyiv", es="en Kiev")
    call.lead.event = Bilingual(en="the Summit", es="la Cumbre")
    call.purpose = Bilingual()
    assert leads(renderer, call) == (
        f"Today {RUBIO} spoke with {SYBIHA_EN}.",
        f"Hoy, {RUBIO_ES} conversó con {SYBIHA_ES}.",
    )


def test_no_event_words_without_an_event(call: Readout, renderer: Renderer) -> None:
    call.kind = Kind.BILATERAL_MEETING
    for relation in EventRelation:
        call.lead.event_relation = relation
        en, es = leads(renderer, call)
        assert "sidelines" not in en and "margins" not in en and "during" not in en
        assert "margen" not in es and "marco" not in es


@pytest.mark.parametrize(
    ("key", "en", "es"),
    [
        ("spoke_with", "spoke with", "conversó con"),
        ("talked_with", "spoke with", "habló con"),
        ("held_call", "held a call with", "sostuvo una llamada con"),
        ("joined_call", "participated in a call with", "participó en una llamada con"),
    ],
)
def test_call_verbs(call: Readout, renderer: Renderer, key: str, en: str, es: str) -> None:
    call.lead.verb = key
    call.purpose = Bilingual()
    assert leads(renderer, call) == (
        f"Today {RUBIO} {en} {SYBIHA_EN}.",
        f"Hoy, {RUBIO_ES} {es} {SYBIHA_ES}.",
    )


def test_verbs_offered_per_kind() -> None:
    assert [v.key for v in verbs_for(Kind.BILATERAL_CALL)] == [
        "spoke_with",
        "talked_with",
        "held_call",
        "joined_call",
        "received_call",
    ]
    assert [v.key for v in verbs_for(Kind.MULTILATERAL_MEETING)] == [
        "met_with",
        "hosted",
        "welcomed",
    ]
    for kind in Kind:
        assert default_verb(kind) in [v.key for v in verbs_for(kind)]
    assert VERBS[0].label == "spoke with — conversó con"


def test_multilateral_call_with_a_group_and_a_second_verb(
    call: Readout, renderer: Renderer
) -> None:
    call.kind = Kind.MULTILATERAL_CALL
    call.group = Bilingual(
        en="G7 foreign ministers", es="los ministros de Relaciones Exteriores del G7"
    )
    call.purpose = Bilingual()
    call.settings.time_position = TimePosition.AFTER_VERB
    assert leads(renderer, call) == (
        f"{RUBIO} participated in a call today with G7 foreign ministers.",
        "El secretario de Estado, Marco Rubio, participó hoy en una llamada con los "
        "ministros de Relaciones Exteriores del G7.",
    )
