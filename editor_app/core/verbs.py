"""The lead's verbs: one table, both languages, with the grammar each needs.

A verb phrase is split where a time word or "by phone" may stand: the conjugated word
(``head``), what completes it (``rest``), and the preposition that takes the object
(``prep``). Spanish "recibió a" and "dio la bienvenida a" contract with the article
("al canciller"); "recibió una llamada de" likewise ("del canciller").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from editor_app.core.draft import Lang
from editor_app.core.lemmas import first_verb
from editor_app.core.model import Kind

Mode = Literal["call", "meeting"]


@dataclass(frozen=True)
class VerbForm:
    """A verb phrase in one language: "held" + "a call" + "with"."""

    head: str
    rest: str = ""
    prep: str = ""
    perfect: str = ""
    """Spanish present perfect of ``head`` ("ha conversado", "se ha reunido"), for a
    house or locale that writes today's events so (Spain)."""

    @property
    def text(self) -> str:
        """The phrase as one reads it: "held a call with"."""
        return " ".join(p for p in (self.head, self.rest, self.prep) if p)


@dataclass(frozen=True)
class Verb:
    """One choice of verb, for calls or meetings, in both languages."""

    key: str
    mode: Mode
    en: VerbForm
    es: VerbForm
    instead: str
    """The verb the lead takes when its purpose repeats this one and cannot join it
    ("spoke with X to speak with…" → "held a call with X to speak with…")."""

    def form(self, lang: Lang) -> VerbForm:
        """The phrase in ``lang``."""
        return self.es if lang == "es" else self.en

    def lemma(self, lang: Lang) -> str:
        """The verb's lemma in ``lang`` ("conversó" → "conversar", "se reunió" → "reunirse")."""
        return first_verb(self.form(lang).head, lang)[0]

    @property
    def label(self) -> str:
        """Both phrases, for a choice in the form: "spoke with — conversó con"."""
        return f"{self.en.text} — {self.es.text}"


VERBS: tuple[Verb, ...] = (
    Verb(
        "spoke_with",
        "call",
        VerbForm("spoke", "", "with"),
        VerbForm("conversó", "", "con", "ha conversado"),
        "held_call",
    ),
    Verb(
        "talked_with",
        "call",
        VerbForm("spoke", "", "with"),
        VerbForm("habló", "", "con", "ha hablado"),
        "held_call",
    ),
    Verb(
        "held_call",
        "call",
        VerbForm("held", "a call", "with"),
        VerbForm("sostuvo", "una llamada", "con", "ha sostenido"),
        "spoke_with",
    ),
    Verb(
        "joined_call",
        "call",
        VerbForm("participated", "in a call", "with"),
        VerbForm("participó", "en una llamada", "con", "ha participado"),
        "held_call",
    ),
    Verb(
        "received_call",
        "call",
        VerbForm("received", "a call", "from"),
        VerbForm("recibió", "una llamada", "de", "ha recibido"),
        "spoke_with",
    ),
    Verb(
        "met_with",
        "meeting",
        VerbForm("met", "", "with"),
        VerbForm("se reunió", "", "con", "se ha reunido"),
        "held_meeting",
    ),
    Verb(
        "hosted",
        "meeting",
        VerbForm("hosted"),
        VerbForm("recibió", "", "a", "ha recibido"),
        "welcomed",
    ),
    Verb(
        "welcomed",
        "meeting",
        VerbForm("welcomed"),
        VerbForm("dio", "la bienvenida", "a", "ha dado"),
        "hosted",
    ),
)
"""The verbs the form offers, in its order."""

HIDDEN_VERBS: tuple[Verb, ...] = (
    Verb(
        "held_meeting",
        "meeting",
        VerbForm("held", "a meeting", "with"),
        VerbForm("sostuvo", "una reunión", "con", "ha sostenido"),
        "met_with",
    ),
)
"""Verbs the lead takes only in place of another one (``Verb.instead``), never offered."""

_BY_KEY = {verb.key: verb for verb in (*VERBS, *HIDDEN_VERBS)}
VERB_KEYS: tuple[str, ...] = tuple(v.key for v in VERBS)
RECEIVED_CALL = "received_call"

_DEFAULTS: dict[Kind, str] = {
    Kind.BILATERAL_CALL: "spoke_with",
    Kind.MULTILATERAL_CALL: "joined_call",
    Kind.BILATERAL_MEETING: "met_with",
    Kind.MULTILATERAL_MEETING: "met_with",
}


def default_verb(kind: Kind) -> str:
    """The verb a kind takes when the readout names none."""
    return _DEFAULTS[kind]


def verb(key: str) -> Verb:
    """The verb ``key`` (KeyError for an unknown key: the file reader refuses those)."""
    return _BY_KEY[key]


def verbs_for(kind: Kind) -> list[Verb]:
    """The verbs offered for ``kind``: call verbs for calls, meeting verbs for meetings."""
    mode: Mode = "call" if kind.is_call else "meeting"
    return [v for v in VERBS if v.mode == mode]
