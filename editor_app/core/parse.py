"""Readouts to and from plain JSON data, with validation that names the field.

``readout_from_dict`` never raises anything but :class:`ReadoutInvalid`, whatever the
data holds; its message lists every problem as ``path: message``. Text is cleaned with
:func:`normalize_text` and each change is returned as a note.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Literal, TypeVar

from editor_app.core.draft import LANGS, Lang
from editor_app.core.field_paths import child_path, entry_path
from editor_app.core.glossary import Glossary, load_glossary
from editor_app.core.limits import limit_problems
from editor_app.core.messages import Localized, Message, define
from editor_app.core.model import (
    SCHEMA_VERSION,
    Attribution,
    Bilingual,
    EventRelation,
    FirstOfMonth,
    Gender,
    Kind,
    LeadShape,
    Locales,
    NameConvention,
    Official,
    Override,
    Phrasing,
    PossessiveS,
    PurposeForm,
    Quotes,
    Readout,
    RequestedBy,
    RequestWording,
    Settings,
    SpanishTense,
    SpanishTitles,
    TalkingPoint,
    TimePosition,
    TitleStyle,
    TitleText,
)
from editor_app.core.names import OPTIONAL_FIELDS
from editor_app.core.normalize import RefusedCharacter, normalize_text
from editor_app.core.parse_clearance import clearance_from_data, clearance_to_data
from editor_app.core.validate import Problem, validate
from editor_app.core.verbs import VERB_KEYS

log = logging.getLogger(__name__)

E = TypeVar("E", bound=StrEnum)
T = TypeVar("T")

Severity = Literal["error", "note"]

EXPECTED_OBJECT = define(
    "parse.expected-object",
    "expected an object, found {found}",
    "se esperaba un objeto y hay {found}",
)
EXPECTED_TEXT = define(
    "parse.expected-text", "expected text, found {found}", "se esperaba texto y hay {found}"
)
UNKNOWN_VALUE = define(
    "parse.unknown-value",
    "unknown value {value}; expected one of {choices}",
    "valor desconocido {value}; se esperaba uno de estos: {choices}",
)
DATE_NOT_TEXT = define(
    "parse.date-not-text",
    "expected a date as text (YYYY-MM-DD), found {found}",
    "se esperaba una fecha como texto (AAAA-MM-DD) y hay {found}",
)
NOT_A_DATE = define(
    "parse.not-a-date",
    "{value} is not a date (expected YYYY-MM-DD)",
    "{value} no es una fecha (se esperaba AAAA-MM-DD)",
)
EXPECTED_LIST = define(
    "parse.expected-list", "expected a list, found {found}", "se esperaba una lista y hay {found}"
)
EXPECTED_FLAG = define(
    "parse.expected-flag",
    "expected true or false, found {found}",
    "se esperaba true o false y hay {found}",
)
UNKNOWN_VERB = define(
    "parse.unknown-verb",
    "unknown verb {verb}; expected one of {choices}",
    "verbo desconocido {verb}; se esperaba uno de estos: {choices}",
)
UNKNOWN_LANGUAGE = define(
    "parse.unknown-language",
    "unknown language; expected 'es' or 'en'",
    "idioma desconocido; se esperaba 'es' o 'en'",
)
_KINDS: dict[type, Localized] = {
    dict: Localized("an object", "un objeto"),
    list: Localized("a list", "una lista"),
    str: Localized("text", "texto"),
    bool: Localized("true/false", "true/false (verdadero o falso)"),
    int: Localized("a number", "un número"),
    float: Localized("a number", "un número"),
}


class ReadoutInvalid(ValueError):
    """The data does not describe a valid readout; ``problems`` says where and why."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass
class Parsed:
    """A readout read from data, and what is wrong or was changed in it.

    ``problems`` holds the semantic errors (an unknown title, a missing name: the draft
    can be kept and edited, but not published) and the notes on text that was cleaned.
    """

    readout: Readout
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        """The problems that must be fixed before the drafts are right."""
        return [p for p in self.problems if p.severity == "error"]

    @property
    def notes(self) -> list[Problem]:
        """The problems that only inform (cleaned text, ignored values)."""
        return [p for p in self.problems if p.severity != "error"]


class _Reader:
    """Reads typed values from nested JSON data, collecting problems by path."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def error(self, path: str, message: Message) -> None:
        self.problems.append(Problem.of(path, message, "error"))

    def note(self, path: str, message: Message) -> None:
        self.problems.append(Problem.of(path, message, "note"))

    def obj(self, data: Any, path: str) -> dict[str, Any]:
        if data is None:
            return {}
        if not isinstance(data, dict):
            self.error(path, EXPECTED_OBJECT(found=_kind_of(data)))
            return {}
        return data

    def text(self, data: dict[str, Any], key: str, path: str, single_line: bool = False) -> str:
        where = child_path(path, key)
        value = data.get(key, "")
        if value is None:
            return ""
        if not isinstance(value, str):
            self.error(where, EXPECTED_TEXT(found=_kind_of(value)))
            return ""
        try:
            cleaned = normalize_text(value, single_line=single_line)
        except RefusedCharacter as exc:
            self.error(where, exc.about)
            return ""
        for change in cleaned.changes:
            self.note(where, change)
        return cleaned.text

    def enum(self, data: dict[str, Any], key: str, path: str, cls: type[E], default: E) -> E:
        where = child_path(path, key)
        value = data.get(key)
        if value is None:
            return default
        try:
            return cls(value)
        except ValueError:
            choices = ", ".join(repr(m.value) for m in cls)
            self.error(where, UNKNOWN_VALUE(value=repr(value), choices=choices))
            return default

    def flag(self, data: dict[str, Any], key: str, path: str) -> bool | None:
        value = data.get(key)
        if value is None or isinstance(value, bool):
            return value
        self.error(child_path(path, key), EXPECTED_FLAG(found=_kind_of(value)))
        return None

    def date(self, data: dict[str, Any], key: str, path: str) -> dt.date | None:
        where = child_path(path, key)
        value = data.get(key)
        if value is None or value == "":
            return None
        if not isinstance(value, str):
            self.error(where, DATE_NOT_TEXT(found=_kind_of(value)))
            return None
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            self.error(where, NOT_A_DATE(value=repr(value[:40])))
            return None

    def items(
        self, data: dict[str, Any], key: str, path: str, read: Callable[[Any, str], T]
    ) -> list[T]:
        where = child_path(path, key)
        value = data.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.error(where, EXPECTED_LIST(found=_kind_of(value)))
            return []
        return [read(item, entry_path(where, i)) for i, item in enumerate(value)]


def _kind_of(value: Any) -> str | Localized:
    if value is None:
        return "null"
    return _KINDS.get(type(value), type(value).__name__)


def _bilingual(r: _Reader, data: Any, path: str, single_line: bool = False) -> Bilingual:
    obj = r.obj(data, path)
    return Bilingual(
        en=r.text(obj, "en", path, single_line), es=r.text(obj, "es", path, single_line)
    )


def _official(r: _Reader, data: Any, path: str, default_country: str = "") -> Official:
    """An official; a file that never had the "country" key gets ``default_country``
    (the issuer's for the principal): a counterpart never becomes the United States."""
    obj = r.obj(data, path)
    custom = None
    if obj.get("custom_title") is not None:
        cpath = child_path(path, "custom_title")
        c = r.obj(obj["custom_title"], cpath)
        custom = TitleText(
            en_full=r.text(c, "en_full", cpath, True),
            en_short=r.text(c, "en_short", cpath, True),
            es_full=r.text(c, "es_full", cpath, True),
            es_short=r.text(c, "es_short", cpath, True),
        )
    new = Official()
    return Official(
        given_names=r.text(obj, "given_names", path, True),
        surname=r.text(obj, "surname", path, True),
        gender=r.enum(obj, "gender", path, Gender, new.gender),
        title=r.text(obj, "title", path, True).strip(),
        custom_title=custom,
        # A country left empty stays empty (validation asks for it); only a file that
        # never had the key gets the model's default.
        country=r.text(obj, "country", path, True).strip().upper()
        if "country" in obj
        else default_country,
        es_given_names=r.text(obj, "es_given_names", path, True).strip(),
        es_surname=r.text(obj, "es_surname", path, True).strip(),
        honorific=r.text(obj, "honorific", path, True).strip(),
        later_name=r.text(obj, "later_name", path, True).strip(),
        es_later_name=r.text(obj, "es_later_name", path, True).strip(),
        convention=r.enum(obj, "convention", path, NameConvention, new.convention),
        posting=r.text(obj, "posting", path, True).strip().upper(),
    )


def _point(r: _Reader, data: Any, path: str) -> TalkingPoint:
    obj = r.obj(data, path)
    point = TalkingPoint(en=r.text(obj, "en", path), es=r.text(obj, "es", path))
    # "new_paragraph": true (both languages) or {"es": false, "en": true}.
    flags = obj.get("new_paragraph")
    if isinstance(flags, dict):
        fpath = child_path(path, "new_paragraph")
        point.new_paragraph_en = r.flag(flags, "en", fpath)
        point.new_paragraph_es = r.flag(flags, "es", fpath)
    else:
        both = r.flag(obj, "new_paragraph", path)
        point.new_paragraph_en = point.new_paragraph_es = both
    return point


def _point_dict(point: TalkingPoint) -> dict[str, Any]:
    out: dict[str, Any] = {"es": point.es, "en": point.en}
    es, en = point.new_paragraph_es, point.new_paragraph_en
    if es is not None or en is not None:
        flags = {k: v for k, v in (("es", es), ("en", en)) if v is not None}
        out["new_paragraph"] = es if es == en else flags
    return out


def _lead(r: _Reader, data: Any, path: str) -> LeadShape:
    obj = r.obj(data, path)
    verb = r.text(obj, "verb", path, True).strip()
    if verb and verb not in VERB_KEYS:
        choices = ", ".join(repr(k) for k in VERB_KEYS)
        r.error(child_path(path, "verb"), UNKNOWN_VERB(verb=repr(verb), choices=choices))
        verb = ""
    return LeadShape(
        verb=verb,
        by_phone=bool(r.flag(obj, "by_phone", path)),
        purpose_form=r.enum(obj, "purpose_form", path, PurposeForm, PurposeForm.INFINITIVE),
        place=_bilingual(r, obj.get("place"), child_path(path, "place"), True),
        event=_bilingual(r, obj.get("event"), child_path(path, "event"), True),
        event_relation=r.enum(obj, "event_relation", path, EventRelation, EventRelation.SIDELINES),
    )


def _lead_dict(lead: LeadShape) -> dict[str, Any]:
    return {
        "verb": lead.verb,
        "by_phone": lead.by_phone,
        "purpose_form": lead.purpose_form.value,
        "place": _bi(lead.place),
        "event": _bi(lead.event),
        "event_relation": lead.event_relation.value,
    }


def _overrides(r: _Reader, data: Any, path: str) -> dict[Lang, dict[str, Override]]:
    obj = r.obj(data, path)
    out: dict[Lang, dict[str, Override]] = {"es": {}, "en": {}}
    for key in obj:
        if key not in LANGS:
            r.error(child_path(path, key), UNKNOWN_LANGUAGE())
    for lang in LANGS:
        lpath = child_path(path, lang)
        for part, value in r.obj(obj.get(lang), lpath).items():
            ppath = child_path(lpath, part)
            if isinstance(value, str):
                value = {"text": value}
            item = r.obj(value, ppath)
            out[lang][part] = Override(
                text=r.text(item, "text", ppath), generated=r.text(item, "generated", ppath)
            )
    return out


def readout_from_dict(data: Any, glossary: Glossary | None = None) -> Parsed:
    """Build a Readout from JSON data; raise ReadoutInvalid naming every bad field."""
    over = limit_problems(data)
    if over:
        raise ReadoutInvalid([Problem.of(path, about) for path, about in over])
    glossary = glossary or load_glossary()
    r = _Reader()
    root = r.obj(data, "")
    if r.problems:
        raise ReadoutInvalid(r.problems)
    today = dt.date.today()
    loc = r.obj(root.get("locales"), "locales")
    st = r.obj(root.get("settings"), "settings")
    att = r.obj(root.get("attribution"), "attribution")
    release = r.date(root, "release_date", "") or today
    new = Readout(event_date=today, release_date=today)  # the model's defaults
    readout = Readout(
        kind=r.enum(root, "kind", "", Kind, new.kind),
        event_date=r.date(root, "event_date", "") or release,
        release_date=release,
        locales=Locales(
            es=r.text(loc, "es", "locales", True).strip() or new.locales.es,
            en=r.text(loc, "en", "locales", True).strip() or new.locales.en,
        ),
        dateline=_bilingual(r, root.get("dateline"), "dateline", True),
        principal=_official(r, root.get("principal"), "principal", Official().country),
        counterparts=r.items(root, "counterparts", "", lambda v, p: _official(r, v, p)),
        group=_bilingual(r, root.get("group"), "group", True),
        requested_by=r.enum(root, "requested_by", "", RequestedBy, new.requested_by),
        attribution=Attribution(
            role=r.text(att, "role", "attribution", True).strip() or new.attribution.role,
            name=r.text(att, "name", "attribution", True),
            gender=r.enum(att, "gender", "attribution", Gender, new.attribution.gender),
            phrasing=r.enum(att, "phrasing", "attribution", Phrasing, new.attribution.phrasing),
        ),
        purpose=_bilingual(r, root.get("purpose"), "purpose"),
        lead=_lead(r, root.get("lead"), "lead"),
        points=r.items(root, "points", "", lambda v, p: _point(r, v, p)),
        closing=_bilingual(r, root.get("closing"), "closing"),
        original_link=r.text(root, "original_link", "", True).strip(),
        overrides=_overrides(r, root.get("overrides"), "overrides"),
        settings=Settings(
            first_of_month=r.enum(
                st, "first_of_month", "settings", FirstOfMonth, new.settings.first_of_month
            ),
            possessive_s=r.enum(
                st, "possessive_s", "settings", PossessiveS, new.settings.possessive_s
            ),
            apostrophe=r.text(st, "apostrophe", "settings", True) or new.settings.apostrophe,
            time_position=r.enum(
                st, "time_position", "settings", TimePosition, new.settings.time_position
            ),
            request_wording=r.enum(
                st, "request_wording", "settings", RequestWording, new.settings.request_wording
            ),
            quotes=r.enum(st, "quotes", "settings", Quotes, new.settings.quotes),
            es_titles=r.enum(st, "es_titles", "settings", SpanishTitles, new.settings.es_titles),
            es_tense=r.enum(st, "es_tense", "settings", SpanishTense, new.settings.es_tense),
            state_header=bool(r.flag(st, "state_header", "settings")),
            titles=r.enum(st, "titles", "settings", TitleStyle, new.settings.titles),
        ),
        clearance=clearance_from_data(r, root.get("clearance"), "clearance"),
        kind_template=r.text(root, "template", "", True).strip(),
        uid=r.text(root, "uid", "", True).strip()[:64] or _derived_uid(root),
    )
    # Wrong types and unreadable values make the data unusable; semantic gaps (an unknown
    # title, a missing name) leave a draft the officer can open and finish.
    structural = [p for p in r.problems if p.severity == "error"]
    if structural:
        raise ReadoutInvalid(structural)
    return Parsed(readout, r.problems + validate(readout, glossary))


def _derived_uid(root: dict[str, Any]) -> str:
    """An identity for a file saved before readouts had one: the same for the same file, so
    a copy exported from it before its next save still names it."""
    content = json.dumps(root, sort_keys=True, default=str)  # ASCII: any text, lone halves too
    return uuid.uuid5(uuid.NAMESPACE_URL, "readout:" + content).hex


def _official_dict(o: Official) -> dict[str, Any]:
    out: dict[str, Any] = {
        "given_names": o.given_names,
        "surname": o.surname,
        "gender": o.gender.value,
        "title": o.title,
        "country": o.country,
        **({"posting": o.posting} if o.posting else {}),
    }
    if o.custom_title is not None:
        ct = o.custom_title
        out["custom_title"] = {
            "en_full": ct.en_full,
            "en_short": ct.en_short,
            "es_full": ct.es_full,
            "es_short": ct.es_short,
        }
    # The name's other forms are written only when set: a file of an official without
    # them reads as it did before they existed.
    out.update({key: getattr(o, key) for key in OPTIONAL_FIELDS if getattr(o, key)})
    if o.convention is not NameConvention.AUTO:
        out["convention"] = o.convention.value
    return out


def _bi(b: Bilingual) -> dict[str, str]:
    return {"es": b.es, "en": b.en}


def readout_to_dict(readout: Readout) -> dict[str, Any]:
    """The readout as JSON-ready data, schema version first."""
    data: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "kind": readout.kind.value,
        "event_date": readout.event_date.isoformat(),
        "release_date": readout.release_date.isoformat(),
        "locales": {"es": readout.locales.es, "en": readout.locales.en},
        "dateline": _bi(readout.dateline),
        "principal": _official_dict(readout.principal),
        "counterparts": [_official_dict(o) for o in readout.counterparts],
        "group": _bi(readout.group),
        "requested_by": readout.requested_by.value,
        "attribution": {
            "role": readout.attribution.role,
            "name": readout.attribution.name,
            "gender": readout.attribution.gender.value,
            "phrasing": readout.attribution.phrasing.value,
        },
        "purpose": _bi(readout.purpose),
        "lead": _lead_dict(readout.lead),
        "points": [_point_dict(p) for p in readout.points],
        "closing": _bi(readout.closing),
        "original_link": readout.original_link,
        "overrides": {
            lang: {k: {"text": o.text, "generated": o.generated} for k, o in parts.items()}
            for lang, parts in readout.overrides.items()
        },
        "settings": {
            "first_of_month": readout.settings.first_of_month.value,
            "possessive_s": readout.settings.possessive_s.value,
            "apostrophe": readout.settings.apostrophe,
            "time_position": readout.settings.time_position.value,
            "request_wording": readout.settings.request_wording.value,
            "quotes": readout.settings.quotes.value,
            "es_titles": readout.settings.es_titles.value,
            "es_tense": readout.settings.es_tense.value,
            "state_header": readout.settings.state_header,
            "titles": readout.settings.titles.value,
        },
        "clearance": clearance_to_data(readout.clearance),
    }
    if readout.kind_template:
        data["template"] = readout.kind_template
    if readout.uid:
        data["uid"] = readout.uid
    return data
