"""Taking changes from a cleared copy: per change, per part, all; as hand edits; statuses."""

from __future__ import annotations

import copy

import pytest

from editor_app.core.clearance.reader import ClearedCopy, read_cleared_copy
from editor_app.core.clearance.review import (
    accept_all,
    apply_proposals,
    apply_review,
    resolved_text,
)
from editor_app.core.model import ClearanceStatus, Clearer
from editor_app.core.render import render_pair
from tests.core.clearance.sent_drafts import FIXTURES, readout_as_sent, sent_pair

LAYOUT = "side-by-side"


@pytest.fixture
def cleared() -> ClearedCopy:
    return read_cleared_copy(FIXTURES / f"eur-{LAYOUT}.docx", readout_as_sent(), sent_pair(LAYOUT))


def _part(cleared: ClearedCopy, lang: str, key: str):  # type: ignore[no-untyped-def]
    return next(p for p in cleared.parts if (p.lang, p.key) == (lang, key))


def test_all_taken_is_the_accepted_text_and_none_taken_the_sent_text(cleared: ClearedCopy) -> None:
    for part in cleared.parts:
        assert resolved_text(part, range(len(part.changes))) == part.accepted
        assert resolved_text(part, ()) == part.exported


def test_one_change_taken_and_its_partner_left(cleared: ClearedCopy) -> None:
    point = _part(cleared, "es", "body.2")
    # 0 deletes "lazos comerciales", 1 inserts "vínculos comerciales", 2 deletes the tail.
    only_tail = resolved_text(point, {2})
    assert only_tail.endswith("fortalecer los lazos comerciales.")
    both_words = resolved_text(point, {1})
    assert "los lazos comercialesvínculos comerciales y las oportunidades" in both_words


def test_taken_changes_become_hand_edits_of_their_parts(cleared: ClearedCopy) -> None:
    readout = readout_as_sent()
    before = copy.deepcopy(readout)
    taken = accept_all(cleared)
    taken[("en", "lead")] = set()  # the officer rejects the English lead's insertion
    edited = apply_review(readout, sent_pair(LAYOUT), cleared, taken)
    assert readout == before  # the readout given is untouched
    assert set(edited.overrides["es"]) == {"body.2", "body.3"}
    assert set(edited.overrides["en"]) == {"body.2"}
    pair = render_pair(edited)
    assert pair.es.get("body.3").text == _part(cleared, "es", "body.3").accepted  # type: ignore[union-attr]
    assert pair.en.get("body.2").overridden  # type: ignore[union-attr]
    assert not pair.en.get("lead").overridden  # type: ignore[union-attr]


def test_a_part_resolved_back_to_its_draft_is_no_hand_edit(cleared: ClearedCopy) -> None:
    edited = apply_review(
        readout_as_sent(),
        sent_pair(LAYOUT),
        cleared,
        {("es", "body.2"): {0, 1}, ("en", "lead"): set()},
    )
    assert set(edited.overrides["es"]) == {"body.2"}
    assert edited.overrides["en"] == {}


def test_proposed_statuses_fill_the_clearance_sheet(cleared: ClearedCopy) -> None:
    readout = readout_as_sent()
    readout.clearance.clearers = [
        Clearer(office="WHA/MEX", name="", status=ClearanceStatus.PENDING)
    ]
    updated = apply_proposals(readout, cleared.proposals)
    assert [(c.office, c.status, c.name) for c in updated.clearance.clearers] == [
        ("WHA/MEX", ClearanceStatus.CLEARED, "Ana Ruiz"),
        ("EUR", ClearanceStatus.CLEARED_WITH_EDITS, "Ben Ortiz"),
    ]
    assert readout.clearance.clearers[0].status is ClearanceStatus.PENDING
