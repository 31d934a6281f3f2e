"""Cleared copies edited in LibreOffice: the import lists exactly the changes made.

The fixtures in ``tests/fixtures/clearance`` were made by ``make_fixtures.py``: LibreOffice
(through its UNO API) plays two clearing offices, one after the other, with Track Changes
on, and a third that edits with it off; ``accepted-*.json`` holds each part's text as
LibreOffice's own model has it with every change accepted.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from editor_app.core.clearance.marks import mark_name
from editor_app.core.clearance.reader import UNTRACKED, read_cleared_copy
from editor_app.core.clearance.revisions import DELETION, INSERTION, Change
from editor_app.core.model import ClearanceStatus
from tests.core.clearance.sent_drafts import FIXTURES, readout_as_sent, sent_pair

LAYOUTS = ("side-by-side", "sequential")
WHA, EUR = "Ana Ruiz", "Ben Ortiz"


def _changes(layout: str, name: str) -> dict[tuple[str, str], list[tuple[str, str, str]]]:
    copy = read_cleared_copy(
        FIXTURES / f"{name}-{layout}.docx", readout_as_sent(), sent_pair(layout)
    )
    return {
        (p.lang, p.key): [(c.kind, c.author, c.text) for c in p.changes]
        for p in copy.changed_parts()
    }


@pytest.mark.parametrize("layout", LAYOUTS)
def test_two_offices_tracked_changes_are_listed_per_part_and_language(layout: str) -> None:
    assert _changes(layout, "eur") == {
        ("es", "body.2"): [
            (DELETION, WHA, "lazos comerciales"),
            (INSERTION, WHA, "vínculos comerciales"),
            (DELETION, WHA, " y las oportunidades de inversión"),
        ],
        ("es", "body.3"): [(DELETION, EUR, "fuerte impacto"), (INSERTION, EUR, "profundo impacto")],
        ("en", "lead"): [(INSERTION, WHA, " and shared prosperity")],
        ("en", "body.2"): [(DELETION, WHA, " and investment opportunities")],
    }


@pytest.mark.parametrize("layout", LAYOUTS)
def test_the_first_office_alone(layout: str) -> None:
    changes = _changes(layout, "wha")
    assert set(changes) == {("es", "body.2"), ("en", "lead"), ("en", "body.2")}
    assert {author for found in changes.values() for _, author, _ in found} == {WHA}


@pytest.mark.parametrize("layout", LAYOUTS)
def test_accepting_all_gives_what_libreoffice_holds_part_by_part(layout: str) -> None:
    libreoffice = json.loads((FIXTURES / f"accepted-{layout}.json").read_text("utf-8"))
    copy = read_cleared_copy(FIXTURES / f"eur-{layout}.docx", readout_as_sent(), sent_pair(layout))
    ours = {mark_name(p.lang, p.key): p.accepted for p in copy.parts}  # type: ignore[arg-type]
    assert ours == libreoffice
    lead = libreoffice["en_lead"]
    assert lead.endswith("U.S.-Mexico security cooperation and shared prosperity.")


@pytest.mark.parametrize("layout", LAYOUTS)
def test_text_as_exported_is_the_sent_text(layout: str) -> None:
    pair = sent_pair(layout)
    copy = read_cleared_copy(FIXTURES / f"eur-{layout}.docx", readout_as_sent(), pair)
    assert copy.same_revision
    for part in copy.parts:
        assert part.exported == part.current, (part.lang, part.key)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_an_edit_made_with_track_changes_off_is_found(layout: str) -> None:
    assert _changes(layout, "untracked") == {
        ("en", "body.2"): [(DELETION, UNTRACKED, "illicit "), (INSERTION, UNTRACKED, "illegal ")]
    }


@pytest.mark.parametrize("layout", LAYOUTS)
def test_comments_with_author_date_anchor_and_proposed_statuses(layout: str) -> None:
    copy = read_cleared_copy(FIXTURES / f"eur-{layout}.docx", readout_as_sent(), sent_pair(layout))
    found = [(c.author, c.text, c.anchored, c.part, c.date[:10]) for c in copy.comments]
    assert found == [
        (
            EUR,
            "Cleared with edits, EUR",
            "El subsecretario Landau, quien",
            ("es", "body.3"),
            "2025-03-27",
        ),
        (WHA, "Cleared – WHA/MEX", "This was Deputy Secretary", ("en", "body.1"), "2025-03-27"),
    ]
    proposals = [
        (p.office, p.status, p.name, p.date and p.date.isoformat()) for p in copy.proposals
    ]
    assert proposals == [
        ("EUR", ClearanceStatus.CLEARED_WITH_EDITS, EUR, "2025-03-27"),
        ("WHA/MEX", ClearanceStatus.CLEARED, WHA, "2025-03-27"),
    ]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_part_changed_in_one_language_only_is_listed(layout: str) -> None:
    copy = read_cleared_copy(FIXTURES / f"eur-{layout}.docx", readout_as_sent(), sent_pair(layout))
    # Point 2 changed in both languages; point 3 in Spanish only, the lead in English only.
    assert [(p.lang, p.key) for p in copy.one_language_changes()] == [
        ("es", "body.3"),
        ("en", "lead"),
    ]


def test_unchanged_copy_lists_nothing(tmp_path: Path) -> None:
    for layout in LAYOUTS:
        copy = read_cleared_copy(
            FIXTURES / f"sent-{layout}.docx", readout_as_sent(), sent_pair(layout)
        )
        assert copy.changed_parts() == [] and copy.comments == () and copy.missing == ()
        assert len(copy.parts) == 16


def test_change_records_keep_dates() -> None:
    copy = read_cleared_copy(
        FIXTURES / "wha-sequential.docx", readout_as_sent(), sent_pair("sequential")
    )
    dates = {c.date[:4] for p in copy.changed_parts() for c in p.changes}
    assert dates and all(d.isdigit() for d in dates)
    assert all(isinstance(c, Change) for p in copy.parts for c in p.changes)
