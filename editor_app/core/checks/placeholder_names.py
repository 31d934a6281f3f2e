"""Placeholders that name no one: a misspelt name ("{conterpart}"), a counterpart the
readout does not have ("{counterpart2}" with one), a form that does not exist
("{principal:frist}"). The draft prints them as typed, so each is an error at its point,
with the placeholders that would name someone suggested."""

from __future__ import annotations

import difflib
import logging
from collections.abc import Iterator

from babel.lists import format_list

from editor_app.core.checks.base import ERROR, Finding, register
from editor_app.core.draft import LANGS
from editor_app.core.field_paths import point_path
from editor_app.core.messages import Localized, Template, define
from editor_app.core.model import Readout
from editor_app.core.placeholders import (
    FORMS,
    JOINT,
    NAMES_NO_ONE,
    NO_SUCH_COUNTERPART,
    NO_SUCH_FORM,
    PRINCIPAL,
    TYPED,
    names,
    token,
    why_no_one,
)

log = logging.getLogger(__name__)

NAMES_NO_ONE_CHECK = register(
    "refs.placeholder",
    ERROR,
    "«{text}» names no one: {why}; write {suggestions}",
    "«{text}» no nombra a nadie: {why}; escriba {suggestions}",
)
WHY: dict[str, Template] = {
    NAMES_NO_ONE: define(
        "refs.placeholder.no-name",
        "there is no placeholder by that name",
        "no hay ningún marcador con ese nombre",
    ),
    NO_SUCH_FORM: define(
        "refs.placeholder.no-form",
        "a reference has no such form",
        "las menciones no tienen esa forma",
    ),
    NO_SUCH_COUNTERPART: define(
        "refs.placeholder.no-counterpart",
        {
            "one": "the readout has {count} counterpart",
            "other": "the readout has {count} counterparts",
        },
        {
            "one": "el comunicado tiene {count} interlocutor",
            "other": "el comunicado tiene {count} interlocutores",
        },
        count="count",
    ),
}
_MAX_SUGGESTIONS = 3


def suggestions(name: str, why: str, counterparts: int) -> list[str]:
    """The placeholders that name someone nearest ``{name}``, nearest first: the same
    form of an official the readout has, the nearest form, or the nearest name."""
    valid = names(counterparts)
    who, _, form = name.partition(":")
    whos = [n[1:-1] for n in valid if ":" not in n]
    if why == NO_SUCH_COUNTERPART:
        # Another official the readout has, in the same form.
        others = [w for w in whos if w != JOINT and w != PRINCIPAL] or [PRINCIPAL]
        found = [token(w, form) for w in others if token(w, form) in valid]
        return found or [token(PRINCIPAL)]
    if why == NO_SUCH_FORM:
        near = difflib.get_close_matches(form.lower(), [f for f in FORMS if f], n=1, cutoff=0.5)
        return [token(who, near[0] if near else "")]
    near = difflib.get_close_matches(who.lower(), whos, n=_MAX_SUGGESTIONS, cutoff=0.6)
    if not near:
        return [token(w) for w in whos]
    return [token(w, form) if token(w, form) in valid else token(w) for w in near]


def placeholder_findings(readout: Readout) -> Iterator[Finding]:
    """An error for each placeholder typed in a talking point that names no one."""
    counterparts = len(readout.counterparts)
    for index, point in enumerate(readout.points):
        for lang in LANGS:
            for match in TYPED.finditer(point.get(lang)):
                why = why_no_one(match.group(1), counterparts)
                if not why:
                    continue
                near = suggestions(match.group(1), why, counterparts)
                quoted = [f"«{n}»" for n in near]
                yield NAMES_NO_ONE_CHECK.at(
                    lang=lang,
                    field=point_path(index, lang),
                    suggestion=near[0],
                    text=match.group(),
                    why=WHY[why](count=counterparts) if why == NO_SUCH_COUNTERPART else WHY[why](),
                    suggestions=Localized(
                        format_list(quoted, style="or", locale="en"),
                        format_list(quoted, style="or", locale="es"),
                    ),
                )
