"""The lead sentence: who met or spoke with whom, when, where, at whose request, and why.

Each language sets the pieces in its own order:
- English: "[Today] Secretary X spoke [by phone] [today] with Y [today] [in P] [on the
  margins of E] [at Ukraine's request] [to discuss… | and congratulated…]."
- Spanish: "[Hoy,] [a petición de Ucrania,] el secretario…, X, conversó [hoy] [por
  teléfono] con…, Y, [en P] [al margen de E] [para… | y lo felicitó…]."
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from editor_app.core import dates
from editor_app.core.draft import Lang
from editor_app.core.glossary import Glossary
from editor_app.core.language import (
    Person,
    capitalize_first,
    join_appositions,
    join_list,
    possessive,
    with_preposition,
)
from editor_app.core.model import (
    EventRelation,
    Official,
    PurposeForm,
    Readout,
    RequestedBy,
    RequestWording,
    TimePosition,
)
from editor_app.core.verbs import RECEIVED_CALL, VerbForm, default_verb, verb

_EVENT_WORDS: dict[EventRelation, dict[Lang, tuple[str, str]]] = {
    # (the words, the preposition that takes the event's name)
    EventRelation.SIDELINES: {"en": ("on the sidelines", "of"), "es": ("al margen", "de")},
    EventRelation.MARGINS: {"en": ("on the margins", "of"), "es": ("al margen", "de")},
    EventRelation.DURING: {"en": ("during", ""), "es": ("en el marco", "de")},
}
_PURPOSE_WORD: dict[PurposeForm, dict[Lang, str]] = {
    PurposeForm.INFINITIVE: {"en": "to", "es": "para"},
    PurposeForm.CLAUSE: {"en": "and", "es": "y"},
}
_BY_PHONE: dict[Lang, str] = {"en": "by phone", "es": "por teléfono"}


@dataclass(frozen=True)
class LeadPeople:
    """The people the lead names, as references in one language."""

    principal: Person
    counterparts: list[Person]


def clean_purpose(text: str, lang: Lang, form: PurposeForm) -> str:
    """The purpose as typed, without the joining word and final period the lead adds."""
    text = " ".join(text.split())
    word = _PURPOSE_WORD[form][lang]
    # Officers often type "to"/"para" (or "and"/"y") themselves.
    text = re.sub(rf"^{word}\s+", "", text, flags=re.I)
    return text.rstrip(". ")


def _verb_key(readout: Readout, asked_as_call: bool) -> str:
    if asked_as_call:
        return RECEIVED_CALL
    return readout.lead.verb or default_verb(readout.kind)


def _request_phrase(
    readout: Readout, lang: Lang, locale: str, glossary: Glossary, people: LeadPeople
) -> str:
    """ "at Ukraine's request" / "a petición de Ucrania", or "" when nobody is named."""
    if readout.requested_by is not RequestedBy.COUNTERPART or not readout.counterparts:
        return ""
    wording = readout.settings.request_wording
    if wording is RequestWording.OFFICIAL:
        whom = people.counterparts[0].later
    elif wording is RequestWording.SURNAME:
        whom = people.counterparts[0].surname
    else:
        whom = _country(readout.counterparts[0], lang, locale, glossary)
    if lang == "en":
        return f"at {possessive(whom, readout.settings)} request"
    return "a petición " + with_preposition("de", whom)


def _country(official: Official, lang: Lang, locale: str, glossary: Glossary) -> str:
    code = official.country.upper()
    name = glossary.country_name(code, locale)
    art = glossary.country_article(code, lang)
    return f"{art} {name}" if art else name


def _asks_as_call(readout: Readout) -> bool:
    return (
        readout.requested_by is RequestedBy.COUNTERPART
        and readout.settings.request_wording is RequestWording.CALL_FROM
        and readout.kind.is_call
        and not readout.lead.verb
    )


def lead_sentence(
    readout: Readout, lang: Lang, locale: str, glossary: Glossary, people: LeadPeople
) -> str:
    """The lead sentence of ``readout`` in ``lang``, with its final period."""
    first = readout.settings.first_of_month
    when = dates.lead_when(readout.event_date, readout.release_date, locale, lang, first)
    relative = dates.relative_day(readout.event_date, readout.release_date, locale)
    inline_when = when[:1].lower() + when[1:]
    position = readout.settings.time_position
    as_call = _asks_as_call(readout)
    form = verb(_verb_key(readout, as_call)).form(lang)
    request = "" if as_call else _request_phrase(readout, lang, locale, glossary, people)
    purpose = clean_purpose(readout.purpose.get(lang), lang, readout.lead.purpose_form)
    group = readout.group.get(lang).strip() if readout.kind.is_multilateral else ""
    by_phone = _BY_PHONE[lang] if readout.lead.by_phone and readout.kind.is_call else ""

    # The place, then the event: "in New York on the margins of the General Assembly".
    # Both belong to meetings (the form offers them only there).
    meeting = not readout.kind.is_call
    place = readout.lead.place.get(lang).strip() if meeting else ""
    event = readout.lead.event.get(lang).strip() if meeting else ""
    tail: list[str] = []
    if event:
        relation, prep = _EVENT_WORDS[readout.lead.event_relation][lang]
        tail.append(f"{relation} {with_preposition(prep, event) if prep else event}")
    if lang == "en" and request:
        tail.append(request)
    if purpose:
        tail.append(f"{_PURPOSE_WORD[readout.lead.purpose_form][lang]} {purpose}")
    if place:
        tail.insert(0, _close_place(place) if tail else place)

    if lang == "en":
        firsts = [p.first for p in people.counterparts]
        closes = any(p.close for p in people.counterparts)
        obj = group or (join_appositions if closes else join_list)(firsts, locale)
        # A title set after the name ("José Pérez, Spain's Minister of…,") closes its comma
        # when the sentence goes on.
        if not group and people.counterparts and (tail or position is TimePosition.END):
            obj += people.counterparts[-1].close
        opening = ""
        if position is TimePosition.OPENING:
            opening = f"{when} " if relative else f"{when}, "
        # A date with its year is closed by a comma when the sentence goes on:
        # "spoke on December 30, 2024, with…".
        last_when = _close_place(inline_when) if tail else inline_when
        middle = _english_verb(
            form, obj, (_close_place(inline_when), last_when), position, by_phone
        )
        if position is TimePosition.END:
            middle.append(last_when)
        english = [people.principal.first + people.principal.close, *middle, *tail]
        return opening + " ".join(w for w in english if w) + "."

    obj = group or join_appositions([p.first for p in people.counterparts], locale)
    close = "" if group or not people.counterparts else people.counterparts[-1].close
    prefix: list[str] = []
    if position is TimePosition.OPENING:
        prefix.append(f"{when},")
    if request:
        prefix.append(f"{request},")
    time_here = position in (TimePosition.AFTER_VERB, TimePosition.END)
    verb_words = [form.head, inline_when if time_here else "", form.rest, by_phone]
    object_phrase = with_preposition(form.prep, obj) if form.prep else obj
    subject = people.principal.first + people.principal.close
    words = [*prefix, subject, *verb_words, object_phrase + (close if tail else ""), *tail]
    return capitalize_first(" ".join(w for w in words if w) + ".")


def _close_place(place: str) -> str:
    """A place (or date) holding a comma ("in Antalya, Türkiye") closes with one when the
    sentence goes on: "…in Antalya, Türkiye, to discuss…"."""
    if "," in place and not place.endswith(","):
        return place + ","
    return place


def _english_verb(
    form: VerbForm, obj: str, when: tuple[str, str], position: TimePosition, by_phone: str
) -> list[str]:
    """The verb phrase and its object; ``when`` is the time word before the object and
    after it (the latter closed by a comma only if the sentence goes on)."""
    after_verb = position is TimePosition.AFTER_VERB
    if form.prep:
        time_here = when[0] if after_verb else ""
        return [form.head, form.rest, by_phone, time_here, form.prep, obj]
    # A verb that takes its object directly ("hosted") keeps the time word after it.
    return [form.head, form.rest, by_phone, obj, when[1] if after_verb else ""]
