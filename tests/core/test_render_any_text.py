"""Whatever the officer types or pastes, validation and rendering never crash."""

from __future__ import annotations

import copy
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor_app.core.parse import ReadoutInvalid, readout_from_dict
from editor_app.core.render import Renderer
from editor_app.core.store import example_text

EXAMPLE = json.loads(example_text())
RENDERER = Renderer()
TEXT = st.text(st.characters(codec="utf-8"), max_size=60)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    given_names=TEXT,
    surname=TEXT,
    point_en=TEXT,
    point_es=TEXT,
    purpose=TEXT,
    city=TEXT,
    attribution=TEXT,
)
def test_any_text_in_the_fields_renders_or_is_refused_clearly(
    given_names: str,
    surname: str,
    point_en: str,
    point_es: str,
    purpose: str,
    city: str,
    attribution: str,
) -> None:
    data = copy.deepcopy(EXAMPLE)
    data["counterparts"][0]["given_names"] = given_names
    data["counterparts"][0]["surname"] = surname
    data["points"][0] = {"en": point_en, "es": point_es}
    data["purpose"]["es"] = purpose
    data["dateline"]["en"] = city
    data["attribution"]["name"] = attribution
    try:
        parsed = readout_from_dict(data)
    except ReadoutInvalid as exc:
        assert all(p.path and p.message for p in exc.problems)
        typed = "".join((given_names, surname, point_en, point_es, purpose, city, attribution))
        assert any(_not_text(ch) for ch in typed)
        return
    pair = RENDERER.render_pair(parsed.readout)
    for draft in pair:
        text = draft.as_text()
        assert "\x00" not in text and "\x0b" not in text
        assert draft.release_date


def _not_text(ch: str) -> bool:
    """A noncharacter (U+FDD0-U+FDEF, the last two code points of every plane) or a lone
    surrogate: what reading a file refuses as a decoding error."""
    code = ord(ch)
    return 0xFDD0 <= code <= 0xFDEF or code & 0xFFFE == 0xFFFE or 0xD800 <= code <= 0xDFFF
