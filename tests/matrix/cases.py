"""The matrix of readouts: every kind × one to three counterparts × every glossary title ×
both genders × every date shape, built lazily case by case.

Those five dimensions are enumerated in full (``TOTAL`` cases); everything else turns with
the case's own ``random.Random(SEED + index)``: the countries (drawn from every region),
both locales, the lead's verb, time word, request, purpose, place and event, and the house
settings. Every case carries one talking point per sentence position (``POSITIONS``), each
holding a placeholder that turns with the index, so across the matrix every placeholder
stands in every position. ``case(i)`` is the same readout for the same ``i`` on every
machine; ``sample(k)`` draws ``k`` indices without building the whole.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from dataclasses import dataclass
from importlib import resources

from editor_app.core.locales import ENGLISH_LOCALES, SPANISH_LOCALES
from editor_app.core.model import (
    Attribution,
    Bilingual,
    EventRelation,
    FirstOfMonth,
    Gender,
    Kind,
    LeadShape,
    Locales,
    Official,
    Phrasing,
    PossessiveS,
    PurposeForm,
    Quotes,
    Readout,
    RequestedBy,
    RequestWording,
    Settings,
    TalkingPoint,
    TimePosition,
)
from editor_app.core.verbs import verbs_for

SEED = 20251202

TITLES: tuple[str, ...] = tuple(
    key
    for key in json.loads(
        resources.files("editor_app.resources").joinpath("glossary", "titles.json").read_text()
    )
    if not key.startswith("_")
)
"""Every title of the glossary."""
US_TITLES = (
    "secretary_of_state",
    "deputy_secretary_of_state",
    "under_secretary_political_affairs",
    "assistant_secretary_western_hemisphere",
    "us_ambassador_to_mexico",
    "ambassador",
    "charge_d_affaires",
    "president",
    "vice_president",
)
"""The principal's titles (our side)."""
KINDS = tuple(Kind)
COUNTS = (1, 2, 3)
GENDERS = (Gender.MASCULINE, Gender.FEMININE)
DATE_SHAPES = ("today", "yesterday", "earlier", "other_year", "first_of_month")
REGIONS: dict[str, tuple[str, ...]] = {
    # Countries with and without articles ("el Reino Unido", "the Philippines").
    "Americas": ("MX", "BR", "CA", "DO", "AR", "BS"),
    "Europe": ("GB", "NL", "DE", "ES", "UA", "FR"),
    "Africa": ("CF", "NG", "EG", "ZA", "KE", "CD"),
    "Asia": ("JP", "IN", "CN", "PH", "KR", "MV"),
    "Middle East": ("AE", "SA", "IL", "JO", "QA", "TR"),
    "Oceania": ("AU", "NZ", "MH", "FJ", "SB", "PG"),
}
NAMES: dict[Gender, tuple[tuple[str, str], ...]] = {
    Gender.MASCULINE: (
        ("Andrés", "Molina"),
        ("Kenji", "Sato"),
        ("Juan Ramón", "de la Fuente"),
        ("Ibrahim", "Haddad"),
        ("Olav", "Berg"),
    ),
    Gender.FEMININE: (
        ("Ana", "Pérez"),
        ("Ingrid", "Olsen"),
        ("María Isabel", "de los Santos"),
        ("Amina", "Diallo"),
        ("Irene", "Hidalgo"),
    ),
}
PRINCIPALS = {Gender.MASCULINE: ("Marco", "Rubio"), Gender.FEMININE: ("Allison", "Hooker")}

POSITIONS: dict[str, tuple[str, str]] = {
    # Where a placeholder stands in a sentence: (Spanish, English), {P} the placeholder.
    "opens": ("{P} reiteró el compromiso de ambos países.", "{P} reiterated the commitment."),
    "after_a": (
        "Los ministros agradecieron a {P} su liderazgo.",
        "The ministers thanked {P} for the leadership.",
    ),
    "after_de": (
        "Fue la primera visita de {P} a la región.",
        "It was the first visit by {P} to the region.",
    ),
    "before_y": (
        "{P} y sus homólogos acordaron mantener el contacto.",
        "{P} and the counterparts agreed to stay in contact.",
    ),
    "after_colon": (
        "Ambas partes coincidieron en un punto: {P} reiteró su apoyo.",
        "Both sides agreed on one point: {P} reiterated support.",
    ),
    "closes": (
        "La propuesta fue presentada por {P}.",
        "The proposal was presented by {P}.",
    ),
    "after_period": (
        "Hablaron de comercio. {P} destacó los avances.",
        "They discussed trade. {P} highlighted the progress.",
    ),
    "possessive": (
        "Fue la primera visita oficial de {P}.",
        "It was {P}'s first official visit.",
    ),
}
FORMS = ("", ":title", ":first", ":name")


def placeholders(count: int) -> list[str]:
    """Every placeholder that names someone in a readout with ``count`` counterparts."""
    people = ["principal", "counterpart"] + [f"counterpart{n}" for n in range(1, count + 1)]
    return [f"{{{who}{form}}}" for who in people for form in FORMS]


@dataclass(frozen=True)
class Case:
    """One readout of the matrix and what it was built from (for messages)."""

    index: int
    readout: Readout
    label: str


_DIMS = (KINDS, COUNTS, TITLES, GENDERS, DATE_SHAPES)
TOTAL = len(KINDS) * len(COUNTS) * len(TITLES) * len(GENDERS) * len(DATE_SHAPES)


def sample(k: int, seed: int = SEED) -> list[int]:
    """``k`` case indices drawn without replacement (all of them when ``k`` >= TOTAL)."""
    if k >= TOTAL:
        return list(range(TOTAL))
    return sorted(random.Random(seed).sample(range(TOTAL), k))


def _decode(index: int) -> tuple[Kind, int, str, Gender, str]:
    values = []
    for dim in reversed(_DIMS):
        index, pos = divmod(index, len(dim))
        values.append(dim[pos])
    kind, count, title, gender, shape = reversed(values)
    return kind, count, title, gender, shape  # type: ignore[return-value]


def _dates(shape: str, rng: random.Random) -> tuple[dt.date, dt.date]:
    """(event, release) for a date shape."""
    release = dt.date(2025, rng.randint(1, 12), rng.randint(3, 28))
    if shape == "today":
        return release, release
    if shape == "yesterday":
        return release - dt.timedelta(days=1), release
    if shape == "earlier":
        return release - dt.timedelta(days=2), release
    if shape == "other_year":
        return dt.date(2025, 12, rng.randint(20, 30)), dt.date(2026, 1, rng.randint(2, 5))
    return release.replace(day=1), release


def _official(rng: random.Random, gender: Gender, title: str, country: str) -> Official:
    given, surname = rng.choice(NAMES[gender])
    return Official(given, surname, gender, title, country=country)


def case(index: int) -> Case:
    """Case number ``index`` (0 <= index < TOTAL)."""
    kind, count, title, gender, shape = _decode(index)
    rng = random.Random(SEED + index)
    regions = list(REGIONS.values())
    counterparts = []
    for n in range(count):
        country = rng.choice(regions[(index + n) % len(regions)])
        if n == 0:
            counterparts.append(_official(rng, gender, title, country))
        else:
            other = rng.choice(GENDERS)
            counterparts.append(_official(rng, other, rng.choice(TITLES), country))
    # Distinct names, so a doubled word is the renderer's and not the data's.
    seen: set[str] = set()
    for official in counterparts:
        while official.surname in seen:
            official.given_names, official.surname = rng.choice(NAMES[official.gender])
        seen.add(official.surname)
    p_gender = GENDERS[(index // 2) % 2]
    principal = Official(*PRINCIPALS[p_gender], p_gender, rng.choice(US_TITLES), country="US")
    event, release = _dates(shape, rng)
    group = Bilingual()
    if kind.is_multilateral and rng.random() < 0.5:
        # English writes the group with or without its article; Spanish always has one.
        en = rng.choice(["G7 foreign ministers", "the G7 foreign ministers"])
        group = Bilingual(en=en, es="los ministros de Asuntos Exteriores del G7")
    meeting = not kind.is_call
    places = [
        Bilingual(),
        Bilingual(en="in Washington, D.C.", es="en Washington D.C."),
        Bilingual(en="in Antalya, Türkiye", es="en Antalya (Turquía)"),
        Bilingual(en="at the Department of State", es="en el Departamento de Estado"),
    ]
    events = [
        Bilingual(),
        Bilingual(
            en="the United Nations General Assembly",
            es="la Asamblea General de las Naciones Unidas",
        ),
    ]
    purpose_form = rng.choice(list(PurposeForm))
    purposes = {
        # An infinitive after "to"/"para"; a second verb after "and"/"y".
        PurposeForm.INFINITIVE: [
            Bilingual(en="discuss regional security", es="conversar sobre la seguridad regional"),
            Bilingual(en="affirm close cooperation", es="reafirmar la estrecha cooperación"),
        ],
        PurposeForm.CLAUSE: [
            Bilingual(en="congratulated the new government", es="felicitó al nuevo gobierno"),
        ],
    }
    lead = LeadShape(
        verb=rng.choice(["", *(v.key for v in verbs_for(kind))]),
        by_phone=kind.is_call and rng.random() < 0.3,
        purpose_form=purpose_form,
        place=rng.choice(places) if meeting else Bilingual(),
        event=rng.choice(events) if meeting else Bilingual(),
        event_relation=rng.choice(list(EventRelation)),
    )
    settings = Settings(
        first_of_month=rng.choice(list(FirstOfMonth)),
        possessive_s=rng.choice(list(PossessiveS)),
        time_position=rng.choice(list(TimePosition)),
        request_wording=rng.choice(list(RequestWording)),
        quotes=rng.choice(list(Quotes)),
    )
    forms = placeholders(count)
    points = []
    for k, (es, en) in enumerate(POSITIONS.values()):
        holder = forms[(index + k) % len(forms)]
        points.append(
            TalkingPoint(
                en=en.replace("{P}", holder),
                es=es.replace("{P}", holder),
                new_paragraph_en=rng.choice([None, True, False]),
                new_paragraph_es=rng.choice([None, True, False]),
            )
        )
    readout = Readout(
        kind=kind,
        event_date=event,
        release_date=release,
        locales=Locales(es=rng.choice(SPANISH_LOCALES), en=rng.choice(ENGLISH_LOCALES)),
        principal=principal,
        counterparts=counterparts,
        group=group,
        requested_by=rng.choice(list(RequestedBy)),
        attribution=Attribution(
            role=rng.choice(["spokesperson", "deputy_spokesperson"]),
            name=rng.choice(["Tammy Bruce", "Tommy Pigott"]),
            gender=rng.choice(GENDERS),
            phrasing=rng.choice(list(Phrasing)),
        ),
        purpose=rng.choice([Bilingual(), *purposes[purpose_form]]),
        lead=lead,
        points=points,
        settings=settings,
    )
    label = f"#{index}: {kind} ×{count} {title}/{gender} {shape}"
    return Case(index, readout, label)
