"""Files of every schema version open, mean what they meant, and save in today's shape.

tests/fixtures/schema holds small files written in each version (``v1-…``, ``v2-…``).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import docx
import pytest

from editor_app.core.model import (
    SCHEMA_VERSION,
    Bilingual,
    ClearanceStatus,
    Marking,
    MarkingChoice,
    StatusProposal,
)
from editor_app.core.render import Renderer
from editor_app.core.store import ReadoutFileError, load_file, parse_text, save_file

SCHEMA = Path(__file__).parent.parent / "fixtures" / "schema"
FILES = sorted(SCHEMA.glob("v*.readout"))


def _version(path: Path) -> int:
    return int(path.name[1:].split("-", 1)[0])


def test_there_is_a_fixture_of_every_version() -> None:
    assert {_version(p) for p in FILES} == set(range(1, SCHEMA_VERSION + 1))


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_version_opens_whole_and_in_its_own_version(path: Path) -> None:
    assert json.loads(path.read_text("utf-8"))["schema_version"] == _version(path)
    parsed = load_file(path)
    assert parsed.errors == []
    readout = parsed.readout
    assert readout.principal.surname == "Landau"
    assert [p.en for p in readout.points] == ["They discussed trade."]
    if "no-clearance" not in path.name:
        sheet = readout.clearance
        assert sheet.drafter.name == "Ana López"
        assert [(c.office, c.status) for c in sheet.clearers] == [
            ("WHA/MEX", ClearanceStatus.CLEARED),
            ("D", ClearanceStatus.PENDING),
        ]
        assert sheet.clearers[0].date == dt.date(2025, 3, 26)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_a_saved_file_reopens_identically(path: Path, tmp_path: Path) -> None:
    first = load_file(path).readout
    saved = tmp_path / "saved.readout"
    save_file(first, saved, backups=0)
    data = json.loads(saved.read_text("utf-8"))
    assert data["schema_version"] == SCHEMA_VERSION
    again = load_file(saved).readout
    assert again == first
    resaved = tmp_path / "resaved.readout"
    save_file(again, resaved, backups=0)
    assert resaved.read_bytes() == saved.read_bytes()


@pytest.mark.parametrize(
    ("name", "marking"),
    [
        ("v1-draft.readout", Marking(MarkingChoice.DRAFT)),
        ("v1-draft-sbu.readout", Marking(MarkingChoice.DRAFT_SBU)),
        ("v1-no-marking.readout", Marking(MarkingChoice.NONE)),
        ("v1-marking-left-out.readout", Marking(MarkingChoice.DRAFT)),
        ("v1-no-clearance.readout", Marking(MarkingChoice.DRAFT)),
        (
            "v1-own-marking.readout",
            Marking(MarkingChoice.CUSTOM, Bilingual(en="SBU NOFORN", es="SBU NOFORN")),
        ),
    ],
)
def test_a_version_1_marking_keeps_its_meaning(name: str, marking: Marking) -> None:
    assert load_file(SCHEMA / name).readout.clearance.marking == marking


@pytest.mark.parametrize(
    ("name", "english", "spanish"),
    [
        ("v1-draft.readout", "DRAFT", "BORRADOR"),
        ("v1-own-marking.readout", "SBU NOFORN", "SBU NOFORN"),
        ("v1-no-marking.readout", "", ""),
    ],
)
def test_a_version_1_file_exports_the_marking_it_printed_in_english(
    name: str, english: str, spanish: str, tmp_path: Path
) -> None:
    from editor_app.core.export.writer import export

    readout = load_file(SCHEMA / name).readout
    pair = Renderer().render_pair(readout)
    es, en = export(readout, pair, tmp_path / "r.docx", layout="separate")
    assert docx.Document(str(en)).sections[0].header.paragraphs[0].text == english
    assert docx.Document(str(es)).sections[0].header.paragraphs[0].text == spanish


def test_version_2_keeps_the_proposed_statuses_and_own_words() -> None:
    sheet = load_file(SCHEMA / "v2-proposals.readout").readout.clearance
    assert sheet.marking == Marking(MarkingChoice.CUSTOM, Bilingual(en="EMBARGOED", es="EMBARGADO"))
    assert sheet.proposals == [
        StatusProposal(
            "EUR",
            ClearanceStatus.CLEARED_WITH_EDITS,
            "Ed Ruiz",
            dt.date(2025, 3, 27),
            "Cleared with edits, EUR",
        )
    ]


@pytest.mark.parametrize(
    ("marking", "where"),
    [
        ('{"choice": "secret"}', "clearance.marking.choice"),
        ("5", "clearance.marking"),
        ('{"choice": "custom", "custom": {"en": 3}}', "clearance.marking.custom.en"),
    ],
)
def test_a_bad_marking_names_its_field(marking: str, where: str) -> None:
    text = f'{{"schema_version": 2, "clearance": {{"marking": {marking}}}}}'
    with pytest.raises(ReadoutFileError) as caught:
        parse_text(text, "bad.readout")
    assert f"  {where}: " in caught.value.text("en")


def test_a_version_1_marking_that_is_not_text_is_refused_by_name() -> None:
    text = '{"schema_version": 1, "clearance": {"marking": ["DRAFT"]}}'
    with pytest.raises(ReadoutFileError) as caught:
        parse_text(text, "old.readout")
    assert caught.value.text("en") == (
        "old.readout: not a valid readout:\n  clearance.marking: expected an object, found a list"
    )
