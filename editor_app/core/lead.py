"""The lead sentence: who met or spoke with whom, when, where, at whose request, and why.

Each language sets the pieces in its own order:
- English: "[Today] Secretary X spoke [by phone] [today] with Y [today] [in P] [on the
  margins of E] [at Ukraine's request] [to discuss… | and congratulated…]."
- Spanish: "[Hoy,] [a petición de Ucrania,] el secretario…, X, conversó [hoy] [por
  teléfono] con…, Y, [en P] [al margen de E] [para… | y lo felicitó…]."

The lead never says its verb twice: a purpose that opens with the lead's own verb joins
it directly or the lead takes another verb (:func:`without_repeat`). Spanish writes
today's events in the preterite or, in Spain, the present perfect ("se ha reunido hoy").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from editor_app.core import dates
from editor_app.core.draft import Lang
from editor_app.core.glossary import Glossary
from editor_app.core.language import (
    Person,
    article_in_sentence,
    capitalize_first,
    possessive,
    with_preposition,
)
from editor_app.core.lemmas import first_verb
from editor_app.core.lists import conjunction, join
from editor_app.core.locales import PRESENT_PERFECT_LOCALES
from editor_app.core.model import (
    EventRelation,
    Official,
    PurposeForm,
    Readout,
    RequestedBy,
    RequestWording,
    Settings,
    SpanishTense,
    TimePosition,
)
from editor_app.core.verbs import RECEIVED_CALL, Verb, VerbForm, default_verb, verb

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
# What a verb of speaking takes its subject with: "spoke with X about…", "conversó con X
# sobre…" (the longest first).
_TOPIC_WORDS: dict[Lang, tuple[str, ...]] = {
    "en": ("about", "regarding", "on"),
    "es": ("acerca de", "sobre", "de"),
}


@dataclass(frozen=True)
class LeadVerb:
    """The lead's verb and purpose once they are kept from repeating each other."""

    verb: Verb
    purpose: str
    """The purpose as the lead writes it after its joining word ("" for none)."""
    joined: bool = False
    """True when the purpose joins the verb directly ("… sobre …"), with no "to"/"para"."""


def without_repeat(chosen: Verb, lang: Lang, purpose: str) -> LeadVerb:
    """The lead's verb and purpose, the verb said once.

    When the purpose opens with the lead's own verb and goes on with what it is about
    ("conversar sobre…" after "conversó con", "speak about…" after "spoke with"), the
    lead joins that directly: "conversó con …, X, sobre …" / "spoke with X about …".
    When it goes on otherwise ("reunirse con…" after "se reunió con"), the lead takes the
    verb's ``instead`` ("sostuvo una reunión con …, X, para reunirse con…").
    """
    lemma, end = first_verb(purpose, lang)
    if not lemma or lemma != chosen.lemma(lang):
        return LeadVerb(chosen, purpose)
    rest = purpose[end:].strip()
    if any(rest.lower().startswith(word + " ") for word in _TOPIC_WORDS[lang]):
        return LeadVerb(chosen, rest, joined=True)
    return LeadVerb(verb(chosen.instead), purpose)


def present_perfect(settings: Settings, locale: str) -> bool:
    """True when Spanish writes today's events in the present perfect: the house says so,
    or leaves it to the locale and the locale is Spain's."""
    if settings.es_tense is SpanishTense.BY_LOCALE:
        return locale in PRESENT_PERFECT_LOCALES
    return settings.es_tense is SpanishTense.PRESENT_PERFECT


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
    request = "" if as_call else _request_phrase(readout, lang, locale, glossary, people)
    purpose_form = readout.lead.purpose_form
    chosen = without_repeat(
        verb(_verb_key(readout, as_call)),
        lang,
        clean_purpose(readout.purpose.get(lang), lang, purpose_form),
    )
    form = chosen.verb.form(lang)
    today = readout.event_date == readout.release_date
    if lang == "es" and today and form.perfect and present_perfect(readout.settings, locale):
        form = VerbForm(form.perfect, form.rest, form.prep)
    group = readout.group.get(lang).strip() if readout.kind.is_multilateral else ""
    group = article_in_sentence(group, lang)
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
    if chosen.joined:
        tail.append(chosen.purpose)
    elif chosen.purpose:
        word = conjunction(_PURPOSE_WORD[purpose_form][lang], chosen.purpose)
        tail.append(f"{word} {chosen.purpose}")
    if place:
        tail.insert(0, _close_place(place) if tail else place)

    if lang == "en":
        # A title set after the name ("José Pérez, Spain's Minister of…,") closes its comma
        # before the next item, and after the last when the sentence goes on.
        firsts = [p.first + p.close for p in people.counterparts[:-1]]
        firsts += [p.first for p in people.counterparts[-1:]]
        obj = group or join(firsts, locale).replace(",,", ",")
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
        return _full_stop(opening + " ".join(w for w in english if w))

    # Each item takes the preposition when it contracts: "del ministro… y de la ministra…".
    items = [group] if group else [p.first for p in people.counterparts]
    close = "" if group or not people.counterparts else people.counterparts[-1].close
    prefix: list[str] = []
    if position is TimePosition.OPENING:
        prefix.append(f"{when},")
    if request:
        prefix.append(f"{request},")
    time_here = position in (TimePosition.AFTER_VERB, TimePosition.END)
    verb_words = [form.head, inline_when if time_here else "", form.rest, by_phone]
    object_phrase = join(items, locale, preposition=form.prep)
    subject = people.principal.first + people.principal.close
    words = [*prefix, subject, *verb_words, object_phrase + (close if tail else ""), *tail]
    return capitalize_first(_full_stop(" ".join(w for w in words if w)))


def _full_stop(sentence: str) -> str:
    """The sentence with its final period; one that ends in an abbreviation ("…in
    Washington, D.C.") already has it."""
    return sentence if sentence.endswith(".") else sentence + "."


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
