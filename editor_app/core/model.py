"""The readout: dataclasses for everything the form holds.

Reading a readout from JSON data (with validation and clear messages) lives in
``parse.py``; this module only describes the shape and its defaults.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from enum import StrEnum

from editor_app.core.draft import Lang
from editor_app.core.locales import DEFAULT_LOCALES

log = logging.getLogger(__name__)

SCHEMA_VERSION = 2
"""2: the marking became a choice with per-language forms (1 held one text), and the
clearance sheet keeps the statuses a cleared copy's comments proposed."""


class Kind(StrEnum):
    """What happened: a call or a meeting, between two sides or more."""

    BILATERAL_CALL = "bilateral_call"
    BILATERAL_MEETING = "bilateral_meeting"
    MULTILATERAL_CALL = "multilateral_call"
    MULTILATERAL_MEETING = "multilateral_meeting"

    @property
    def is_call(self) -> bool:
        """True for calls (as opposed to meetings)."""
        return self in (Kind.BILATERAL_CALL, Kind.MULTILATERAL_CALL)

    @property
    def is_multilateral(self) -> bool:
        """True when the counterparts form a group."""
        return self in (Kind.MULTILATERAL_CALL, Kind.MULTILATERAL_MEETING)


class Gender(StrEnum):
    """Grammatical gender of an official's title (Spanish agreement)."""

    FEMININE = "feminine"
    MASCULINE = "masculine"
    UNSPECIFIED = "unspecified"


class NameConvention(StrEnum):
    """How a name is ordered and which of its parts a later reference takes.

    AUTO decides from the name and the country (``core/names.py``); GIVEN_FIRST:
    "Sergey Lavrov" → "Lavrov"; FAMILY_FIRST: "Wang Yi" (surname "Wang") → "Wang";
    ARABIC: "Faisal bin Farhan Al Saud" → "Faisal bin Farhan"; IBERIAN: both surnames,
    "Andrés Manuel López Obrador" → "López Obrador".
    """

    AUTO = ""
    GIVEN_FIRST = "given_first"
    FAMILY_FIRST = "family_first"
    ARABIC = "arabic"
    IBERIAN = "iberian"


class Phrasing(StrEnum):
    """How the attribution line is worded."""

    BELOW = "below"
    FOLLOWING = "following"
    AS_STATED = "as_stated"
    NONE = "none"


class RequestedBy(StrEnum):
    """Who asked for the call: not said (the default), our side, or the other side.

    Only the other side's request shows in the lead; a call we asked for reads as one
    where nobody is named as asking.
    """

    UNSAID = ""
    US = "us"
    COUNTERPART = "counterpart"


class RequestWording(StrEnum):
    """How the lead says the other side asked (a house choice).

    "received a call from" / "recibió una llamada de" (calls only; a meeting falls back
    to the country), "at Ukraine's request" / "a petición de Ucrania", "at Foreign
    Minister Sybiha's request" / "a petición del canciller Sibiga", or the surname alone,
    "at Lavrov's request" / "a petición de Lavrov".
    """

    CALL_FROM = "call_from"
    COUNTRY = "country"
    OFFICIAL = "official"
    SURNAME = "surname"


class TitleStyle(StrEnum):
    """Which form of a title the first reference uses (a house choice).

    USUAL: the form State's readouts use ("Spanish Foreign Minister José Pérez" / "el
    ministro de Asuntos Exteriores de España, José Pérez"); OFFICIAL: the office's own
    long name ("José Pérez, Spain's Minister of Foreign Affairs, European Union and
    Cooperation," / "el ministro español de Asuntos Exteriores, Unión Europea y
    Cooperación, José Pérez,").
    """

    USUAL = "usual"
    OFFICIAL = "official"


class TimePosition(StrEnum):
    """Where the lead says when (a house setting).

    OPENING: "Today Secretary X spoke with…" / "Hoy, el secretario… conversó con…";
    AFTER_VERB: "Secretary X spoke today with…" / "El secretario… conversó hoy con…";
    END: "Secretary X spoke with Y today to discuss…" (Spanish as AFTER_VERB);
    NONE: no time word at all.
    """

    OPENING = "opening"
    AFTER_VERB = "after_verb"
    END = "end"
    NONE = "none"


class PurposeForm(StrEnum):
    """How the purpose joins the lead: "to discuss…" / "para…" or a second verb,
    "…and congratulated him on…" / "…y lo felicitó por…"."""

    INFINITIVE = "infinitive"
    CLAUSE = "clause"


class EventRelation(StrEnum):
    """How a meeting stands to the event it took place at: "on the sidelines of" /
    "al margen de", "on the margins of" (State's usual) / "al margen de", or "during" /
    "en el marco de"."""

    SIDELINES = "sidelines"
    MARGINS = "margins"
    DURING = "during"


class Quotes(StrEnum):
    """Apostrophes and quotation marks: typographic (’ “ ”) or straight (' ")."""

    TYPOGRAPHIC = "typographic"
    STRAIGHT = "straight"


class FirstOfMonth(StrEnum):
    """How Spanish writes the first day of a month: "1", "1.º" or "primero"."""

    NUMERAL = "numeral"
    ORDINAL = "ordinal"
    WORD = "word"


class PossessiveS(StrEnum):
    """English possessive of a name ending in s: "Ross's" or "Ross'"."""

    APOSTROPHE_S = "apostrophe_s"
    APOSTROPHE = "apostrophe"


class SpanishTitles(StrEnum):
    """How Spanish writes titles of office: lowercase as the RAE asks ("el secretario de
    Estado"), or capitalised as State's own Spanish translations do ("el Secretario de
    Estado", "deben atribuirse al Portavoz, Ned Price:")."""

    LOWERCASE = "lowercase"
    CAPITALISED = "capitalised"


class SpanishTense(StrEnum):
    """The Spanish lead's tense for today's events: as the Spanish locale writes it (Spain
    the present perfect, the others the preterite), or always one of them."""

    BY_LOCALE = "by_locale"
    PRETERITE = "preterite"
    PRESENT_PERFECT = "present_perfect"


class ClearanceStatus(StrEnum):
    """Where a clearing office stands."""

    CLEARED = "cleared"
    CLEARED_WITH_EDITS = "cleared_with_edits"
    INFORMED = "informed"
    PENDING = "pending"


class MarkingChoice(StrEnum):
    """The header marking of the exported files, written in each file's language (the
    words: core/marking.py); CUSTOM is the officer's own text in each language."""

    DRAFT = "draft"
    SBU = "sbu"
    DRAFT_SBU = "draft_sbu"
    NONE = "none"
    CUSTOM = "custom"


@dataclass
class Bilingual:
    """The same text in both languages."""

    en: str = ""
    es: str = ""

    def get(self, lang: Lang) -> str:
        """The text in ``lang``."""
        return self.es if lang == "es" else self.en


@dataclass
class TitleText:
    """A custom title of office, written out in both languages (for one official)."""

    en_full: str = ""
    en_short: str = ""
    es_full: str = ""
    es_short: str = ""


@dataclass
class Official:
    """A person named in the readout."""

    given_names: str = ""
    surname: str = ""
    gender: Gender = Gender.UNSPECIFIED
    title: str = ""
    """A glossary title key, e.g. "deputy_secretary_of_state"; empty when custom_title is set."""
    custom_title: TitleText | None = None
    country: str = "US"
    """ISO 3166 code of the official's country."""
    es_given_names: str = ""
    """The given names as Spanish writes them ("Serguéi"); empty: as in English."""
    es_surname: str = ""
    """The surname as Spanish writes it ("Sibiga"); empty: as in English."""
    honorific: str = ""
    """What goes before the name: a key of ``resources/names/names.json`` ("prince",
    "sheikh", "dr") or a word as typed; empty for none."""
    convention: NameConvention = NameConvention.AUTO
    later_name: str = ""
    """The name of later references when the convention's choice will not do ("Lula");
    empty: chosen from the name's parts (``core/names.py``)."""
    es_later_name: str = ""
    """The Spanish later-reference name; empty: ``later_name``, else chosen."""
    """ISO 3166 code of the official's country, or the organisation's key (NATO, UN)."""
    posting: str = ""
    """Where an ambassador or a chargé serves: a country code (MX) or organisation (OAS)."""

    @property
    def full_name(self) -> str:
        """Given names and surname, as written (particles kept)."""
        return " ".join(p for p in (self.given_names.strip(), self.surname.strip()) if p)


@dataclass
class Attribution:
    """Who the readout is attributed to, and how the line is worded."""

    role: str = "spokesperson"
    name: str = ""
    gender: Gender = Gender.UNSPECIFIED
    phrasing: Phrasing = Phrasing.BELOW


@dataclass
class TalkingPoint:
    """One point of the body, the same point in both languages.

    A point runs on in the paragraph before it (the lead's, or the previous point's)
    unless it opens a new paragraph. ``new_paragraph_en``/``_es`` say so per language;
    None leaves it to the position: the first point runs on after the lead, the others
    open their own paragraph.
    """

    en: str = ""
    es: str = ""
    new_paragraph_en: bool | None = None
    new_paragraph_es: bool | None = None

    def get(self, lang: Lang) -> str:
        """The text in ``lang``."""
        return self.es if lang == "es" else self.en

    def flag(self, lang: Lang) -> bool | None:
        """The point's own "new paragraph" choice in ``lang`` (None: by position)."""
        return self.new_paragraph_es if lang == "es" else self.new_paragraph_en

    def starts_paragraph(self, lang: Lang, index: int) -> bool:
        """True when this point (0-based ``index``) opens a paragraph in ``lang``."""
        flag = self.flag(lang)
        return index > 0 if flag is None else flag


@dataclass
class Override:
    """A hand-edited part: the officer's text and the generated text it replaced."""

    text: str
    generated: str = ""


@dataclass
class Locales:
    """The locale of each language, e.g. es_MX and en_US."""

    es: str = DEFAULT_LOCALES["es"]
    en: str = DEFAULT_LOCALES["en"]

    def get(self, lang: Lang) -> str:
        """The locale used for ``lang``."""
        return self.es if lang == "es" else self.en


DEFAULT_FIRST_OF_MONTH = FirstOfMonth.NUMERAL
"""The house's first of the month: "1 de marzo"."""
DEFAULT_POSSESSIVE_S = PossessiveS.APOSTROPHE_S
"""The house's possessive of a name ending in s: "Ross's"."""
DEFAULT_APOSTROPHE = "'"
"""The house's apostrophe in English possessives (also used when the setting is empty)."""


@dataclass
class Settings:
    """House-style settings that change the generated text."""

    first_of_month: FirstOfMonth = DEFAULT_FIRST_OF_MONTH
    possessive_s: PossessiveS = DEFAULT_POSSESSIVE_S
    apostrophe: str = DEFAULT_APOSTROPHE
    """The apostrophe of English possessives: "'" or "’" (typographic quotes make it ’)."""
    time_position: TimePosition = TimePosition.OPENING
    request_wording: RequestWording = RequestWording.CALL_FROM
    quotes: Quotes = Quotes.TYPOGRAPHIC
    es_titles: SpanishTitles = SpanishTitles.LOWERCASE
    es_tense: SpanishTense = SpanishTense.BY_LOCALE
    state_header: bool = False
    """Print the header as State does: "Readout" / "Síntesis" and "Office of the
    Spokesperson" / "Oficina del Portavoz" above the release date."""
    titles: TitleStyle = TitleStyle.USUAL


@dataclass
class LeadShape:
    """How this readout's lead is built, beyond who and when."""

    verb: str = ""
    """A key of the verb table (core/verbs.py); "" for the kind's usual verb."""
    by_phone: bool = False
    purpose_form: PurposeForm = PurposeForm.INFINITIVE
    place: Bilingual = field(default_factory=Bilingual)
    """Where the event took place, with its preposition: "in Washington, D.C."."""
    event: Bilingual = field(default_factory=Bilingual)
    """The event it took place at: "the United Nations General Assembly"."""
    event_relation: EventRelation = EventRelation.SIDELINES


@dataclass
class Drafter:
    """Who drafted the readout, for the clearance sheet."""

    name: str = ""
    office: str = ""
    phone: str = ""
    date: dt.date | None = None


@dataclass
class Clearer:
    """One clearing office on the clearance sheet."""

    office: str = ""
    name: str = ""
    status: ClearanceStatus = ClearanceStatus.PENDING
    date: dt.date | None = None

    @property
    def is_blank(self) -> bool:
        """True for a row left empty: no office, no name, no date, still pending."""
        return (
            not (self.office.strip() or self.name.strip() or self.date)
            and self.status == ClearanceStatus.PENDING
        )


@dataclass
class Approver:
    """Who approves the readout for release."""

    name: str = ""
    office: str = ""
    date: dt.date | None = None


@dataclass
class Marking:
    """The header marking: a choice, and the officer's own words per language (used when
    the choice is CUSTOM, kept meanwhile so that choosing CUSTOM again brings them back)."""

    choice: MarkingChoice = MarkingChoice.DRAFT
    custom: Bilingual = field(default_factory=Bilingual)


@dataclass(frozen=True)
class StatusProposal:
    """A status a cleared copy's comment proposes for an office, kept on the clearance
    sheet until the officer confirms or dismisses it."""

    office: str
    status: ClearanceStatus
    name: str = ""
    date: dt.date | None = None
    comment: str = ""


@dataclass
class Clearance:
    """The clearance sheet: drafted by, cleared by, approved by, the header marking, and
    the statuses proposed by comments that wait for the officer."""

    drafter: Drafter = field(default_factory=Drafter)
    clearers: list[Clearer] = field(default_factory=list)
    approver: Approver = field(default_factory=Approver)
    marking: Marking = field(default_factory=Marking)
    proposals: list[StatusProposal] = field(default_factory=list)

    def listed_clearers(self) -> list[Clearer]:
        """The clearing offices the sheet lists: every row but the blank ones."""
        return [c for c in self.clearers if not c.is_blank]


def _today() -> dt.date:
    return dt.date.today()


@dataclass
class Readout:
    """Everything the form holds about one readout."""

    kind: Kind = Kind.BILATERAL_CALL
    event_date: dt.date = field(default_factory=_today)
    release_date: dt.date = field(default_factory=_today)
    locales: Locales = field(default_factory=Locales)
    dateline: Bilingual = field(default_factory=Bilingual)
    """The dateline city in each language; empty for no dateline."""
    principal: Official = field(default_factory=Official)
    counterparts: list[Official] = field(default_factory=list)
    group: Bilingual = field(default_factory=Bilingual)
    """The group name for multilateral kinds, e.g. "G7 foreign ministers"."""
    requested_by: RequestedBy = RequestedBy.UNSAID
    attribution: Attribution = field(default_factory=Attribution)
    purpose: Bilingual = field(default_factory=Bilingual)
    """What the call was for, as a verb phrase: "affirm ..." / "reafirmar ..."."""
    lead: LeadShape = field(default_factory=LeadShape)
    points: list[TalkingPoint] = field(default_factory=list)
    closing: Bilingual = field(default_factory=Bilingual)
    original_link: str = ""
    """The link to the original English text; when given, the Spanish draft ends with
    the courtesy note "Para ver el texto original, ir a: <link>"."""
    overrides: dict[Lang, dict[str, Override]] = field(default_factory=lambda: {"es": {}, "en": {}})
    settings: Settings = field(default_factory=Settings)
    clearance: Clearance = field(default_factory=Clearance)
    kind_template: str = ""
    """Optional template name to use instead of the kind's default (a house variant)."""
    uid: str = ""
    """The readout's identity, kept in its file and in every copy exported from it (so a
    cleared copy can be matched to its readout); "" for one that has none yet."""

    def officials(self) -> list[Official]:
        """The principal then every counterpart."""
        return [self.principal, *self.counterparts]
