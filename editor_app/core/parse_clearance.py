"""The clearance sheet to and from a readout file's JSON data (``parse.py`` calls these
with its reader, which collects every problem by path)."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from enum import StrEnum
from typing import Any, Protocol, TypeVar

from editor_app.core.field_paths import child_path
from editor_app.core.marking import marking_from_v1
from editor_app.core.model import (
    Approver,
    Bilingual,
    Clearance,
    ClearanceStatus,
    Clearer,
    Drafter,
    Marking,
    MarkingChoice,
    StatusProposal,
)

log = logging.getLogger(__name__)

E = TypeVar("E", bound=StrEnum)
T = TypeVar("T")


class FieldReader(Protocol):
    """What reading needs of parse.py's reader: typed values, problems kept by path."""

    def obj(self, data: Any, path: str) -> dict[str, Any]: ...

    def text(self, data: dict[str, Any], key: str, path: str, single_line: bool = False) -> str: ...

    def enum(self, data: dict[str, Any], key: str, path: str, cls: type[E], default: E) -> E: ...

    def date(self, data: dict[str, Any], key: str, path: str) -> dt.date | None: ...

    def items(
        self, data: dict[str, Any], key: str, path: str, read: Callable[[Any, str], T]
    ) -> list[T]: ...


def _clearer(r: FieldReader, data: Any, path: str) -> Clearer:
    obj = r.obj(data, path)
    return Clearer(
        office=r.text(obj, "office", path, True),
        name=r.text(obj, "name", path, True),
        status=r.enum(obj, "status", path, ClearanceStatus, Clearer().status),
        date=r.date(obj, "date", path),
    )


def _proposal(r: FieldReader, data: Any, path: str) -> StatusProposal:
    obj = r.obj(data, path)
    return StatusProposal(
        office=r.text(obj, "office", path, True),
        status=r.enum(obj, "status", path, ClearanceStatus, ClearanceStatus.CLEARED),
        name=r.text(obj, "name", path, True),
        date=r.date(obj, "date", path),
        comment=r.text(obj, "comment", path),
    )


def _marking(r: FieldReader, data: Any, path: str) -> Marking:
    if data is None:
        return Marking()
    data = marking_from_v1(data)  # a marking still written as one text, as version 1 did
    obj = r.obj(data, path)
    cpath = child_path(path, "custom")
    custom = r.obj(obj.get("custom"), cpath)
    return Marking(
        choice=r.enum(obj, "choice", path, MarkingChoice, Marking().choice),
        custom=Bilingual(
            en=r.text(custom, "en", cpath, True), es=r.text(custom, "es", cpath, True)
        ),
    )


def clearance_from_data(r: FieldReader, data: Any, path: str) -> Clearance:
    """The clearance sheet in ``data`` (at ``path`` of the file); problems go to ``r``."""
    obj = r.obj(data, path)
    dpath, apath = child_path(path, "drafter"), child_path(path, "approver")
    d, a = r.obj(obj.get("drafter"), dpath), r.obj(obj.get("approver"), apath)
    return Clearance(
        drafter=Drafter(
            name=r.text(d, "name", dpath, True),
            office=r.text(d, "office", dpath, True),
            phone=r.text(d, "phone", dpath, True),
            date=r.date(d, "date", dpath),
        ),
        clearers=r.items(obj, "clearers", path, lambda v, p: _clearer(r, v, p)),
        approver=Approver(
            name=r.text(a, "name", apath, True),
            office=r.text(a, "office", apath, True),
            date=r.date(a, "date", apath),
        ),
        marking=_marking(r, obj.get("marking"), child_path(path, "marking")),
        proposals=r.items(obj, "proposals", path, lambda v, p: _proposal(r, v, p)),
    )


def _date(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def clearance_to_data(c: Clearance) -> dict[str, Any]:
    """The clearance sheet as JSON-ready data (proposals only while there are some)."""
    data: dict[str, Any] = {
        "marking": {
            "choice": c.marking.choice.value,
            "custom": {"es": c.marking.custom.es, "en": c.marking.custom.en},
        },
        "drafter": {
            "name": c.drafter.name,
            "office": c.drafter.office,
            "phone": c.drafter.phone,
            "date": _date(c.drafter.date),
        },
        "clearers": [
            {"office": x.office, "name": x.name, "status": x.status.value, "date": _date(x.date)}
            for x in c.clearers
        ],
        "approver": {
            "name": c.approver.name,
            "office": c.approver.office,
            "date": _date(c.approver.date),
        },
    }
    if c.proposals:
        data["proposals"] = [
            {
                "office": p.office,
                "status": p.status.value,
                "name": p.name,
                "date": _date(p.date),
                "comment": p.comment,
            }
            for p in c.proposals
        ]
    return data
