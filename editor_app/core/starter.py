"""Starter readouts for ``readout new`` and the GUI's New: the kind's skeleton, today."""

from __future__ import annotations

import datetime as dt
import logging
import uuid

from editor_app.core.model import (
    Attribution,
    Bilingual,
    Gender,
    Kind,
    Official,
    Phrasing,
    Readout,
    Settings,
    TalkingPoint,
    TimePosition,
)

log = logging.getLogger(__name__)


def starter(kind: Kind, today: dt.date | None = None) -> Readout:
    """A new readout of ``kind`` dated today, with the fields an officer fills left blank.

    A new readout puts the time word where State's readouts usually do ("Secretary of
    State … spoke today with …"); files without the setting keep "Today …".
    """
    today = today or dt.date.today()
    counterparts = [] if kind.is_multilateral else [Official(title="foreign_minister", country="")]
    return Readout(
        kind=kind,
        event_date=today,
        release_date=today,
        principal=Official(title="secretary_of_state", country="US", gender=Gender.UNSPECIFIED),
        counterparts=counterparts,
        group=Bilingual(),
        attribution=Attribution(role="spokesperson", phrasing=Phrasing.BELOW),
        points=[TalkingPoint()],
        uid=uuid.uuid4().hex,
        settings=Settings(time_position=TimePosition.AFTER_VERB),
    )
