"""Gap markers: what a draft shows in place of a field the officer has not filled yet.

While a name, title or country is missing the drafts still render, with a visible marker
in the draft's language where the words will go ("Deputy Secretary ⟨name⟩'s Call", "el
secretario de Estado, ⟨nombre⟩, conversó"), never a doubled space or a stray comma. The
form already reports each missing field (:mod:`editor_app.core.validate`); the markers
only show where it is missing. One rule for the GUI preview, ``readout render`` and
``readout export``: the renderer fills the gaps of every readout it is given.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from editor_app.core.draft import Lang
from editor_app.core.messages import Localized
from editor_app.core.model import Official, Phrasing, Readout, TitleText

OPEN, CLOSE = "⟨", "⟩"
"""The brackets of every marker (U+27E8, U+27E9): no readout text uses them."""

NAME = Localized("⟨name⟩", "⟨nombre⟩")
SURNAME = Localized("⟨surname⟩", "⟨apellido⟩")
TITLE = Localized("⟨title⟩", "⟨cargo⟩")
COUNTRY = Localized("⟨country⟩", "⟨país⟩")
COUNTERPART = Localized("⟨counterpart⟩", "⟨interlocutor⟩")
GROUP = Localized("⟨group⟩", "⟨grupo⟩")

GAP_MESSAGE_IDS = frozenset(
    {
        "validate.name-needed",
        "validate.surname-needed",
        "validate.title-needed",
        "validate.custom-title-incomplete",
        "validate.country-needed",
        "validate.counterpart-needed",
        "validate.group-needed",
        "validate.attribution-name-needed",
    }
)
"""The validation problems a marker stands in for: a readout whose only errors are these
still renders and exports (with markers), the others stop it."""

_MARKER = re.compile(f"{OPEN}[^{OPEN}{CLOSE}\\s]+(?: [^{OPEN}{CLOSE}\\s]+)*{CLOSE}")


def is_gap(message_id: str) -> bool:
    """True for a validation problem (by message id) that a gap marker stands in for."""
    return message_id in GAP_MESSAGE_IDS


def marker(gap: Localized, lang: Lang) -> str:
    """The marker of ``gap`` in the draft language ``lang``: "⟨name⟩" / "⟨nombre⟩"."""
    return gap.text(lang)


def has_gaps(text: str) -> bool:
    """True when ``text`` holds a gap marker."""
    return _MARKER.search(text) is not None


def markers_in(texts: Iterable[str]) -> list[str]:
    """Every gap marker in ``texts``, in order."""
    return [m.group(0) for text in texts for m in _MARKER.finditer(text)]


def _official(official: Official, lang: Lang) -> Official:
    changes: dict[str, object] = {}
    if not official.surname.strip() and not official.given_names.strip():
        changes["given_names"] = ""
        changes["surname"] = marker(NAME, lang)
    elif not official.surname.strip():
        changes["surname"] = marker(SURNAME, lang)
    title = TITLE.text(lang)
    if official.custom_title is None and not official.title:
        changes["custom_title"] = TitleText(
            en_full=TITLE.en, en_short=TITLE.en, es_full=TITLE.es, es_short=TITLE.es
        )
    elif official.custom_title is not None:
        ct = official.custom_title
        if not (ct.en_full.strip() if lang == "en" else ct.es_full.strip()):
            field = "en" if lang == "en" else "es"
            changes["custom_title"] = dataclasses.replace(
                ct, **{f"{field}_full": title, f"{field}_short": title}
            )
    return dataclasses.replace(official, **changes) if changes else official  # type: ignore[arg-type]


def with_gap_markers(readout: Readout, lang: Lang) -> Readout:
    """``readout`` with a marker in ``lang`` in each field the drafts need and that is
    empty; ``readout`` itself (unchanged) when nothing is missing. A missing country is
    marked where the country's words go (:class:`editor_app.core.language.References`)."""
    principal = _official(readout.principal, lang)
    counterparts = [_official(o, lang) for o in readout.counterparts]
    changes: dict[str, object] = {}
    if principal is not readout.principal:
        changes["principal"] = principal
    if any(new is not old for new, old in zip(counterparts, readout.counterparts, strict=True)):
        changes["counterparts"] = counterparts
    if readout.kind.is_multilateral:
        group = readout.group
        if not readout.counterparts and not group.get(lang).strip():
            value = marker(GROUP, lang)
            changes["group"] = dataclasses.replace(group, **{lang: value})
    elif not readout.counterparts:
        # No title: the stand-in is referred to by the marker alone.
        stand_in = Official(
            surname=marker(COUNTERPART, lang), title="", country=readout.principal.country
        )
        changes["counterparts"] = [stand_in]
    att = readout.attribution
    if att.phrasing is not Phrasing.NONE and not att.name.strip():
        changes["attribution"] = dataclasses.replace(att, name=marker(NAME, lang))
    return dataclasses.replace(readout, **changes) if changes else readout  # type: ignore[arg-type]
