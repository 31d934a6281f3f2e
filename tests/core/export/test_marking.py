"""The header marking in each exported file's language, reopened with python-docx."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from editor_app.core.export.writer import export
from editor_app.core.marking import marking_line, marking_text
from editor_app.core.model import Bilingual, Marking, MarkingChoice, Readout
from editor_app.core.render import Renderer


def _headers(path: Path) -> list[str]:
    return [s.header.paragraphs[0].text for s in docx.Document(str(path)).sections]


def _header_langs(path: Path) -> list[list[tuple[str, str]]]:
    """Per section, each header run's text and proofing language."""
    found = []
    for section in docx.Document(str(path)).sections:
        runs = []
        for run in section.header.paragraphs[0].runs:
            lang = run._r.find(f"{qn('w:rPr')}/{qn('w:lang')}")
            runs.append((run.text, lang.get(qn("w:val")) if lang is not None else ""))
        found.append(runs)
    return found


def test_each_file_of_one_language_carries_the_marking_in_its_language(
    tmp_path: Path, example: Readout, renderer: Renderer
) -> None:
    es, en = export(example, renderer.render_pair(example), tmp_path / "r.docx", layout="separate")
    assert _headers(es) == ["BORRADOR", "BORRADOR"]  # the readout, then the clearance sheet
    assert _headers(en) == ["DRAFT", "DRAFT"]
    assert docx.Document(str(es)).core_properties.category == "BORRADOR"
    assert docx.Document(str(en)).core_properties.category == "DRAFT"


def test_one_language_after_the_other_marks_each_section_in_its_language(
    tmp_path: Path, example: Readout, renderer: Renderer
) -> None:
    example.clearance.marking = Marking(MarkingChoice.DRAFT_SBU)
    [path] = export(
        example, renderer.render_pair(example), tmp_path / "r.docx", layout="sequential"
    )
    assert _headers(path) == [
        "BORRADOR — SENSIBLE PERO NO CLASIFICADO",
        "DRAFT — SENSITIVE BUT UNCLASSIFIED",
        "BORRADOR — SENSIBLE PERO NO CLASIFICADO / DRAFT — SENSITIVE BUT UNCLASSIFIED",
    ]
    spanish, english, both = _header_langs(path)
    assert spanish == [("BORRADOR — SENSIBLE PERO NO CLASIFICADO", "es-MX")]
    assert english == [("DRAFT — SENSITIVE BUT UNCLASSIFIED", "en-US")]
    assert [lang for _, lang in both] == ["es-MX", "en-US", "en-US"]


def test_side_by_side_pages_carry_both_languages_first_language_first(
    tmp_path: Path, example: Readout, renderer: Renderer
) -> None:
    [path] = export(example, renderer.render_pair(example), tmp_path / "r.docx", order=("en", "es"))
    assert _headers(path) == ["DRAFT / BORRADOR", "DRAFT / BORRADOR"]


@pytest.mark.parametrize(
    ("marking", "english", "spanish"),
    [
        (Marking(MarkingChoice.NONE), "", ""),
        (
            Marking(MarkingChoice.CUSTOM, Bilingual(en="EMBARGOED", es="EMBARGADO")),
            "EMBARGOED",
            "EMBARGADO",
        ),
        # Typed in one language only: never dropped from the other's file.
        (Marking(MarkingChoice.CUSTOM, Bilingual(en="EMBARGOED")), "EMBARGOED", "EMBARGOED"),
        (Marking(MarkingChoice.SBU), "SENSITIVE BUT UNCLASSIFIED", "SENSIBLE PERO NO CLASIFICADO"),
    ],
)
def test_every_choice_writes_its_words(
    tmp_path: Path,
    example: Readout,
    renderer: Renderer,
    marking: Marking,
    english: str,
    spanish: str,
) -> None:
    example.clearance.marking = marking
    es, en = export(example, renderer.render_pair(example), tmp_path / "r.docx", layout="separate")
    assert _headers(es)[0] == spanish and _headers(en)[0] == english


def test_the_same_words_in_both_languages_are_written_once() -> None:
    same = Marking(MarkingChoice.CUSTOM, Bilingual(en="SBU NOFORN", es="SBU NOFORN"))
    assert marking_line(same, ["es", "en"]) == "SBU NOFORN"
    assert marking_text(Marking(), "es") == "BORRADOR"
