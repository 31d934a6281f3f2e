"""The render context: what a template may see, and the language filters it may use.

Templates receive plain strings and :class:`Person` objects, never the model, so a
template cannot reach anything but the words it is meant to arrange.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Any

from editor_app.core import dates, frame
from editor_app.core.draft import Lang
from editor_app.core.glossary import Glossary
from editor_app.core.headlines import headline
from editor_app.core.language import (
    Person,
    References,
    article,
    article_in_sentence,
    capitalize_first,
    possessive,
    state_capitals,
    with_preposition,
)
from editor_app.core.lead import LeadPeople, clean_purpose, lead_sentence
from editor_app.core.lists import join, join_appositions
from editor_app.core.model import Phrasing, Readout
from editor_app.core.placeholders import expand_placeholders

log = logging.getLogger(__name__)

# Each phrasing: (words before the role, the preposition that governs the role).
ATTRIBUTION_PHRASES: dict[Phrasing, dict[Lang, tuple[str, str]]] = {
    Phrasing.BELOW: {
        "en": ("The below is attributable", "to"),
        "es": ("Las declaraciones a continuación deben atribuirse", "a"),
    },
    Phrasing.FOLLOWING: {
        "en": ("The following is attributable", "to"),
        "es": ("Lo siguiente debe atribuirse", "a"),
    },
    Phrasing.AS_STATED: {"en": ("As stated", "by"), "es": ("Según lo declarado", "por")},
}

FILTER_NAMES = (
    "de",
    "a",
    "possessive",
    "join_list",
    "join_appositions",
    "capitalize_first",
    "headline",
    "refs",
)


def _people(refs: References, readout: Readout) -> tuple[Person, list[Person]]:
    return refs.person(readout.principal), [refs.person(o) for o in readout.counterparts]


def build_context(
    readout: Readout, lang: Lang, glossary: Glossary
) -> tuple[dict[str, Any], dict[str, Callable[..., Any]]]:
    """The variables and filters for rendering ``readout`` in ``lang``."""
    locale = dates.usable_locale(readout.locales.get(lang), lang)
    first = readout.settings.first_of_month
    refs = References(glossary, lang, locale, readout.principal.country, readout.settings)
    principal, counterparts = _people(refs, readout)
    people = {"principal": principal}
    people.update({f"counterpart{i}": p for i, p in enumerate(counterparts, start=1)})

    when = dates.lead_when(readout.event_date, readout.release_date, locale, lang, first)
    is_relative = dates.relative_day(readout.event_date, readout.release_date, locale)
    # English: "Today Deputy Secretary…" but "On March 24, Deputy Secretary…";
    # Spanish always sets the opening off with a comma: "Hoy, el subsecretario…".
    opening = when if (lang == "en" and is_relative) else f"{when},"

    attribution: dict[str, str] | None = None
    att = readout.attribution
    if att.phrasing is not Phrasing.NONE and glossary.has_title(att.role):
        role = glossary.title(att.role).form(lang, att.gender).full
        phrase, preposition = ATTRIBUTION_PHRASES[att.phrasing][lang]
        # English names the role bare ("to Spokesperson Tammy Bruce"); Spanish takes the
        # article, contracted where it must be ("al portavoz", "a la portavoz").
        role_phrase = role if lang == "en" else f"{article(att.gender)} {role}"
        name = att.name.strip()
        if lang == "es":
            if refs.capitals:
                role_phrase = f"{article(att.gender)} {state_capitals(role)}"
            # The name stands in apposition, set off by a comma, where State's translations
            # set it so ("al Portavoz, Ned Price:") and after a role with its own complement
            # ("al portavoz del Departamento de Estado, Ned Price:").
            if name and (refs.capitals or {"de", "del"} & set(role.split())):
                role_phrase += ","
        attribution = {
            "phrase": phrase,
            "role": role,
            "to_role": with_preposition(preposition, role_phrase),
            "name": name,
        }

    variables: dict[str, Any] = {
        "lang": lang,
        "locale": locale,
        "kind": readout.kind.value,
        "requested_by": readout.requested_by.value,
        "principal": principal,
        "counterparts": counterparts,
        "counterparts_close": counterparts[-1].close if counterparts else "",
        "group": article_in_sentence(readout.group.get(lang).strip(), lang),
        "purpose": clean_purpose(readout.purpose.get(lang), lang, readout.lead.purpose_form),
        "release_date": dates.release_date_line(readout.release_date, locale, lang, first),
        "event_date": dates.day_and_month(readout.event_date, locale, lang, first),
        "opening": opening,
        "lead_sentence": lead_sentence(
            readout, lang, locale, glossary, LeadPeople(principal, counterparts)
        ),
        "dateline": dates.dateline(
            readout.dateline.get(lang), readout.release_date, locale, lang, first
        ),
        "attribution": attribution,
        "closing": readout.closing.get(lang).strip(),
        "header_label": frame.header(readout, lang)[0],
        "header_office": frame.header(readout, lang)[1],
        "original_note": frame.original_note(readout, lang),
    }

    def join_filter(items: Iterable[str]) -> str:
        return join([str(i) for i in items], locale)

    def appositions_filter(items: Iterable[str]) -> str:
        return join_appositions([str(i) for i in items], locale)

    filters: dict[str, Callable[..., Any]] = {
        "de": lambda phrase: with_preposition("de", str(phrase)),
        "a": lambda phrase: with_preposition("a", str(phrase)),
        "possessive": lambda phrase: possessive(str(phrase), readout.settings),
        "join_list": join_filter,
        "join_appositions": appositions_filter,
        "capitalize_first": lambda text: capitalize_first(str(text)),
        "headline": lambda text: headline(str(text)),
        "refs": lambda text: expand_placeholders(str(text), people, lang, locale),
    }
    return variables, filters
