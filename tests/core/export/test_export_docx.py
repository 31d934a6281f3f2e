"""The Word export, reopened with python-docx: parts in order, languages, fields, sheet."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml.ns import qn

from editor_app.core.atomic import WriteError
from editor_app.core.draft import DraftPair
from editor_app.core.export.paths import FORMATS, LAYOUTS, ExportError
from editor_app.core.export.writer import export
from editor_app.core.model import (
    Approver,
    Attribution,
    Bilingual,
    Clearance,
    ClearanceStatus,
    Clearer,
    Drafter,
    Marking,
    MarkingChoice,
    Official,
    Readout,
)
from tests.builders import make_draft

# The reference readout (Landau / De la Fuente, 2025-03-26), with the Spanish date fixed.
ES_PARTS = {
    "title": "Llamada del subsecretario Landau con el canciller mexicano De la Fuente",
    "release_date": "26 de marzo de 2025",
    "attribution": ("Las declaraciones a continuación deben atribuirse a la portavoz Tammy Bruce:"),
    "dateline": "Oaxaca de Juárez, 26 de marzo.",
    "lead": (
        "Hoy, el subsecretario de Estado, Christopher Landau, conversó con el secretario de "
        "Relaciones Exteriores de México, Juan Ramón de la Fuente, para reafirmar el "
        "compromiso de Estados Unidos con la construcción de una nueva era de cooperación "
        "en seguridad entre Estados Unidos y México. Esta fue la primera llamada oficial "
        "del subsecretario Landau tras su toma de posesión el 25 de marzo."
    ),
    "body.1": (
        "Hablaron sobre los esfuerzos conjuntos que se están realizando para asegurar "
        "nuestras fronteras, desmantelar cárteles y detener el flujo de drogas ilícitas, "
        "armas de fuego y migrantes indocumentados. El secretario de Relaciones "
        "Exteriores, De la Fuente, enfatizó la determinación de México de abordar las "
        "preocupaciones de seguridad y cooperar con Estados Unidos. También abordaron la "
        "necesidad de fortalecer los lazos comerciales y las oportunidades de inversión."
    ),
    "body.2": (
        "El subsecretario Landau, quien se desempeñó como embajador de Estados Unidos en "
        "México de 2019 a 2021, habló sobre la relación especial entre Estados Unidos y "
        "México y el fuerte impacto que tiene en la vida de las personas en ambos lados de "
        "la frontera. El subsecretario expresó su reconocimiento por los mayores esfuerzos "
        "de México para frenar la inmigración ilegal, al recibir más vuelos de deportación "
        "y repatriar a un mayor número de inmigrantes indocumentados a sus países de origen."
    ),
    "closing": "Esta traducción se ofrece como cortesía; solo el original en inglés es oficial.",
}
EN_PARTS = {
    "title": "Deputy Secretary Landau’s Call with Mexican Foreign Secretary de la Fuente",
    "release_date": "March 26, 2025",
    "attribution": "The below is attributable to Spokesperson Tammy Bruce:",
    "lead": (
        "Today Deputy Secretary of State Christopher Landau spoke with Mexican Foreign "
        "Secretary Juan Ramón de la Fuente to affirm the U.S. commitment to building a new "
        "era of U.S.-Mexico security cooperation. This was Deputy Secretary Landau’s first "
        "official call following his swearing in on March 25."
    ),
    "body.1": (
        "They discussed ongoing joint efforts to secure our borders, dismantle cartels, and "
        "stop the flow of illicit drugs, firearms, and illegal aliens. Foreign Secretary de "
        "la Fuente emphasized Mexico’s determination to address security concerns and "
        "cooperate with the United States. They also discussed the need for strengthening "
        "commercial ties and investment opportunities."
    ),
    "body.2": (
        "Deputy Secretary Landau, who served as the United States Ambassador to Mexico from "
        "2019 to 2021, spoke about the special U.S.-Mexico relationship and the strong "
        "impact it has on the lives of those on both sides of the border. The Deputy "
        "Secretary expressed appreciation for Mexico’s increased efforts to stop illegal "
        "immigration by receiving more deportation flights and repatriating a larger number "
        "of illegal immigrants to their home countries."
    ),
}


def reference_pair(es: dict[str, str] | None = None, en: dict[str, str] | None = None) -> DraftPair:
    """The reference readout's drafts, with optional replacement parts."""
    return DraftPair(
        make_draft("es", "es_MX", {**ES_PARTS, **(es or {})}),
        make_draft("en", "en_US", {**EN_PARTS, **(en or {})}),
    )


def reference_readout() -> Readout:
    """A readout whose officials and clearance match the reference drafts."""
    return Readout(
        event_date=dt.date(2025, 3, 26),
        release_date=dt.date(2025, 3, 26),
        principal=Official("Christopher", "Landau", title="deputy_secretary_of_state"),
        counterparts=[Official("Juan Ramón", "de la Fuente", country="MX")],
        attribution=Attribution(name="Tammy Bruce"),
        clearance=Clearance(
            drafter=Drafter("Ana López", "WHA/PDA", "+1 202 555 0134", dt.date(2025, 3, 26)),
            clearers=[
                Clearer("WHA/MEX", "John Smith", ClearanceStatus.CLEARED, dt.date(2025, 3, 26)),
                Clearer("D", "Mary Jones", ClearanceStatus.CLEARED_WITH_EDITS, None),
                Clearer("S/P", "Lee Park", ClearanceStatus.INFORMED, None),
                Clearer("L/WHA", "Sam Cruz", ClearanceStatus.PENDING, None),
            ],
            approver=Approver("Tammy Bruce", "GPA", dt.date(2025, 3, 26)),
            marking=Marking(MarkingChoice.DRAFT_SBU),
        ),
    )


W_LANG = qn("w:lang")


def body_runs_text(element: Any) -> str:
    return "".join(t.text or "" for t in element.iter(qn("w:t")))


def run_langs(element: Any) -> list[tuple[str, str | None]]:
    """(text, w:lang w:val) of every run with text under ``element``."""
    out = []
    for run in element.iter(qn("w:r")):
        text = body_runs_text(run)
        if not text:
            continue
        lang = run.find(f"{qn('w:rPr')}/{W_LANG}")
        out.append((text, None if lang is None else lang.get(qn("w:val"))))
    return out


def paragraphs_before_sheet(document: Any) -> list[Any]:
    """Body paragraphs up to the clearance sheet's heading."""
    out = []
    for paragraph in document.paragraphs:
        if paragraph.style.name == "Readout Clearance Heading":
            break
        if paragraph.text:
            out.append(paragraph)
    return out


def test_constants() -> None:
    assert FORMATS == ("docx", "html", "md", "txt")
    assert LAYOUTS == ("side-by-side", "sequential", "separate")


def test_side_by_side_aligns_every_part_in_a_two_column_table(
    tmp_path: Path, readout: Readout, pair: DraftPair
) -> None:
    [path] = export(readout, pair, tmp_path / "r.docx")
    assert path == tmp_path / "r.docx"
    document = docx.Document(str(path))
    table = document.tables[0]
    assert [c.text for c in table.rows[0].cells] == ["Español", "English"]
    rows = [[c.text for c in row.cells] for row in table.rows[1:]]
    es = [text for _, text in pair.es.paragraphs()]
    en = [text for _, text in pair.en.paragraphs()] + [""]  # no English closing
    assert rows == [list(r) for r in zip(es, en, strict=True)]
    styles = [row.cells[0].paragraphs[0].style.name for row in table.rows[1:]]
    assert styles == [
        "Readout Title",
        "Readout Date",
        "Readout Attribution",
        "Readout Body",
        "Readout Body",
        "Readout Body",
        "Readout Closing",
    ]
    # The dateline is its own run, in its own character style, at the head of the lead.
    lead = table.rows[4].cells[0].paragraphs[0]
    assert lead.runs[0].style.name == "Readout Dateline"
    assert lead.runs[0].text == "Oaxaca de Juárez, 26 de marzo."
    # The header row repeats on every page.
    assert table.rows[0]._tr.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None


def test_side_by_side_runs_carry_each_columns_language(
    tmp_path: Path, readout: Readout, pair: DraftPair
) -> None:
    [path] = export(readout, pair, tmp_path / "r.docx")
    document = docx.Document(str(path))
    table = document.tables[0]
    for row in table.rows:
        es_cell, en_cell = row.cells
        assert {lang for _, lang in run_langs(es_cell._tc)} <= {"es-MX"}
        assert {lang for _, lang in run_langs(en_cell._tc)} <= {"en-US"}
    assert run_langs(table.rows[1].cells[0]._tc)
    defaults = document.styles.element.find(
        f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{W_LANG}"
    )
    assert defaults.get(qn("w:val")) == "es-MX"
    # No run anywhere in the document is left without a language.
    assert all(lang for _, lang in run_langs(document.element.body))


def test_order_puts_english_first_and_makes_it_the_default_language(
    tmp_path: Path, readout: Readout, pair: DraftPair
) -> None:
    [path] = export(readout, pair, tmp_path / "r.docx", order=("en", "es"))
    document = docx.Document(str(path))
    assert [c.text for c in document.tables[0].rows[0].cells] == ["English", "Español"]
    assert document.tables[0].rows[1].cells[0].text == EN_PARTS["title"]
    defaults = document.styles.element.find(
        f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{W_LANG}"
    )
    assert defaults.get(qn("w:val")) == "en-US"
    assert document.core_properties.language == "en-US"
    # The clearance sheet speaks the first language.
    assert any(p.text == "Clearance" for p in document.paragraphs)


def test_sequential_puts_one_language_after_the_other_in_own_sections(
    tmp_path: Path, readout: Readout, pair: DraftPair
) -> None:
    [path] = export(readout, pair, tmp_path / "r.docx", layout="sequential")
    document = docx.Document(str(path))
    found = [(p.style.name, p.text) for p in paragraphs_before_sheet(document)]
    expected = [t for _, t in pair.es.paragraphs()] + [t for _, t in pair.en.paragraphs()]
    assert [text for _, text in found] == expected
    assert found[0][0] == "Readout Title"
    assert found[len(pair.es.paragraphs())] == ("Readout Title", EN_PARTS["title"])
    # Spanish section, English section, clearance sheet: each footer in its language(s),
    # each section numbering its own pages.
    assert len(document.sections) == 3
    footers = [s.footer.paragraphs[0].text for s in document.sections]
    assert footers == ["Página 1 de 1", "Page 1 of 1", "Página 1 de 1 / Page 1 of 1"]
    starts = [s._sectPr.find(qn("w:pgNumType")).get(qn("w:start")) for s in document.sections]
    assert starts == ["1", "1", "1"]
    for paragraph in paragraphs_before_sheet(document):
        langs = {lang for _, lang in run_langs(paragraph._p)}
        assert langs == ({"es-MX"} if paragraph.text in expected[:7] else {"en-US"})


def test_separate_writes_one_file_per_language(
    tmp_path: Path, readout: Readout, pair: DraftPair
) -> None:
    paths = export(readout, pair, tmp_path / "r.docx", layout="separate")
    assert paths == [tmp_path / "r-es.docx", tmp_path / "r-en.docx"]
    for path, draft, tag in zip(paths, pair, ("es-MX", "en-US"), strict=True):
        document = docx.Document(str(path))
        texts = [p.text for p in paragraphs_before_sheet(document)]
        assert texts == [t for _, t in draft.paragraphs()]
        assert {lang for _, lang in run_langs(document.element.body)} == {tag}
        assert document.core_properties.language == tag
        assert not document.tables[0].rows[0].cells[0].text.startswith("Español")


def test_footer_counts_the_readouts_own_pages_in_both_languages(
    tmp_path: Path, readout: Readout, pair: DraftPair
) -> None:
    [path] = export(readout, pair, tmp_path / "r.docx")
    document = docx.Document(str(path))
    footer = document.sections[0].footer
    assert footer.paragraphs[0].text == "Página 1 de 1 / Page 1 of 1"
    instructions = [i.text.strip() for i in footer._element.iter(qn("w:instrText"))]
    # Y is the page of the bookmark ending the readout's section: the clearance sheet,
    # its own section, is not counted.
    assert instructions == ["PAGE", "PAGEREF _ReadoutPages0"] * 2
    body = document.element.body
    [end] = [m for m in body.iter(qn("w:bookmarkStart")) if m.get(qn("w:name")) == "_ReadoutPages0"]
    assert end.getparent().find(qn("w:pPr")).find(qn("w:sectPr")) is not None, "not its last"
    sheet = document.sections[1].footer
    assert [i.text.strip() for i in sheet._element.iter(qn("w:instrText"))] == [
        "PAGE",
        "PAGEREF _ReadoutPages1",
    ] * 2
    kinds = [f.get(qn("w:fldCharType")) for f in footer._element.iter(qn("w:fldChar"))]
    assert kinds == ["begin", "separate", "end"] * 4
    assert footer.paragraphs[0].style.name == "Readout Footer"
    langs = [lang for _, lang in run_langs(footer._element)]
    assert "es-MX" in langs and "en-US" in langs


def test_side_by_side_rows_never_split_but_the_clearers_table_may(
    tmp_path: Path, readout: Readout, pair: DraftPair
) -> None:
    [path] = export(readout, pair, tmp_path / "r.docx")
    document = docx.Document(str(path))
    parts, _, clearers, _ = document.tables
    for row in parts.rows:
        assert row._tr.trPr.find(qn("w:cantSplit")) is not None
    assert parts.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert all(
        r._tr.trPr is None or r._tr.trPr.find(qn("w:cantSplit")) is None for r in clearers.rows
    )


def test_header_carries_the_marking(tmp_path: Path, readout: Readout, pair: DraftPair) -> None:
    [path] = export(readout, pair, tmp_path / "r.docx")
    document = docx.Document(str(path))
    for section in document.sections:
        header = section.header
        assert header.paragraphs[0].text == (
            "BORRADOR — SENSIBLE PERO NO CLASIFICADO / DRAFT — SENSITIVE BUT UNCLASSIFIED"
        )
        assert header.paragraphs[0].style.name == "Readout Marking"


def test_clearance_sheet_on_its_own_section_with_statuses_in_words(
    tmp_path: Path, readout: Readout, pair: DraftPair
) -> None:
    paths = export(readout, pair, tmp_path / "r.docx", layout="separate")
    es_doc, en_doc = (docx.Document(str(p)) for p in paths)
    assert len(en_doc.sections) == 2
    assert en_doc.sections[1].start_type == 2  # WD_SECTION.NEW_PAGE
    texts = [p.text for p in en_doc.paragraphs]
    assert "Clearance" in texts and "Drafted by" in texts and "Approved by" in texts
    drafted, clearers, approved = en_doc.tables
    assert [[c.text for c in r.cells] for r in drafted.rows] == [
        ["Name", "Ana López"],
        ["Office", "WHA/PDA"],
        ["Phone", "+1 202 555 0134"],
        ["Date", "March 26, 2025"],
    ]
    assert [[c.text for c in r.cells] for r in clearers.rows] == [
        ["Office", "Name", "Status", "Date"],
        ["WHA/MEX", "John Smith", "Cleared", "March 26, 2025"],
        ["D", "Mary Jones", "Cleared with edits", "—"],
        ["S/P", "Lee Park", "Informed", "—"],
        ["L/WHA", "Sam Cruz", "Pending", "—"],
    ]
    assert approved.rows[0].cells[1].text == "Tammy Bruce"
    es_statuses = [r.cells[2].text for r in es_doc.tables[1].rows[1:]]
    assert es_statuses == ["Autorizado", "Autorizado con cambios", "Informado", "Pendiente"]
    assert es_doc.tables[1].rows[1].cells[3].text == "26 de marzo de 2025"
    assert "Hoja de autorización" in [p.text for p in es_doc.paragraphs]


def test_clearance_sheet_without_clearers_says_so(tmp_path: Path, pair: DraftPair) -> None:
    [path] = export(Readout(), pair, tmp_path / "r.docx", layout="sequential")
    texts = [p.text for p in docx.Document(str(path)).paragraphs]
    assert "No hay oficinas de autorización." in texts


def test_core_properties(tmp_path: Path, readout: Readout, pair: DraftPair) -> None:
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    [path] = export(readout, pair, tmp_path / "r.docx")
    props = docx.Document(str(path)).core_properties
    assert props.title == ES_PARTS["title"]
    assert props.subject == EN_PARTS["title"]
    assert props.author == "Ana López"
    assert props.language == "es-MX"
    for stamp in (props.created, props.modified):
        assert stamp.replace(tzinfo=dt.UTC) >= before


def test_named_styles_and_default_font(tmp_path: Path, readout: Readout, pair: DraftPair) -> None:
    [path] = export(readout, pair, tmp_path / "r.docx")
    styles = docx.Document(str(path)).styles
    names = {s.name for s in styles}
    for name in (
        "Readout Title",
        "Readout Date",
        "Readout Dateline",
        "Readout Attribution",
        "Readout Body",
        "Readout Closing",
    ):
        assert name in names
    assert styles["Normal"].font.name == "Times New Roman"
    assert styles["Normal"].font.size.pt == 14
    assert styles["Readout Body"].base_style.name == "Normal"


def test_reference_docx_supplies_house_style(
    tmp_path: Path, readout: Readout, pair: DraftPair
) -> None:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt

    house = docx.Document()
    house.styles["Normal"].font.name = "Georgia"
    house.styles["Normal"].font.size = Pt(12)
    body = house.styles.add_style("Readout Body", WD_STYLE_TYPE.PARAGRAPH)
    body.font.name = "Arial"
    body.font.size = Pt(11)
    house.add_paragraph("SAMPLE CONTENT TO DROP")
    house.sections[0].header.paragraphs[0].text = "OLD HEADER"
    reference = tmp_path / "house.docx"
    house.save(str(reference))

    [path] = export(readout, pair, tmp_path / "r.docx", reference_docx=reference)
    document = docx.Document(str(path))
    assert "SAMPLE CONTENT TO DROP" not in body_runs_text(document.element.body)
    assert document.styles["Readout Body"].font.name == "Arial"
    assert document.styles["Normal"].font.name == "Georgia"
    assert document.styles["Readout Title"].font.bold  # added: the house lacked it
    header = document.sections[0].header
    assert [p.text for p in header.paragraphs] == [
        "BORRADOR — SENSIBLE PERO NO CLASIFICADO / DRAFT — SENSITIVE BUT UNCLASSIFIED"
    ]


def test_unreadable_reference_docx_is_an_export_error(
    tmp_path: Path, readout: Readout, pair: DraftPair
) -> None:
    bogus = tmp_path / "house.docx"
    bogus.write_text("not a word file")
    with pytest.raises(ExportError, match=r"house\.docx"):
        export(readout, pair, tmp_path / "r.docx", reference_docx=bogus)
    with pytest.raises(ExportError, match=r"missing\.docx"):
        export(readout, pair, tmp_path / "r.docx", reference_docx=tmp_path / "missing.docx")
    assert not (tmp_path / "r.docx").exists()


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"fmt": "pdf"}, "unknown export format 'pdf'"),
        ({"layout": "diagonal"}, "unknown layout 'diagonal'"),
        ({"order": ("es", "es")}, "must name 'es' and 'en'"),
        ({"fmt": "html", "reference_docx": Path("x.docx")}, "only applies to docx"),
    ],
)
def test_bad_options_are_export_errors(
    tmp_path: Path, readout: Readout, pair: DraftPair, options: dict[str, Any], message: str
) -> None:
    with pytest.raises(ExportError, match=message):
        export(readout, pair, tmp_path / "r.docx", **options)
    assert issubclass(ExportError, ValueError)
    assert list(tmp_path.iterdir()) == []


def test_unwritable_destination_raises_write_error_and_keeps_old_file(
    tmp_path: Path, readout: Readout, pair: DraftPair
) -> None:
    with pytest.raises(WriteError, match="does not exist"):
        export(readout, pair, tmp_path / "missing" / "r.docx")
    target = tmp_path / "r.docx"
    target.write_bytes(b"old")
    [path] = export(readout, pair, target)
    assert zipfile.is_zipfile(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.docx"]  # no temp file left


def test_missing_suffix_gets_the_formats_own(
    tmp_path: Path, readout: Readout, pair: DraftPair
) -> None:
    assert export(readout, pair, tmp_path / "r") == [tmp_path / "r.docx"]
    assert export(readout, pair, tmp_path / "s", layout="separate") == [
        tmp_path / "s-es.docx",
        tmp_path / "s-en.docx",
    ]


def test_officials_names_are_no_proof(tmp_path: Path, readout: Readout, pair: DraftPair) -> None:
    [path] = export(readout, pair, tmp_path / "r.docx", layout="sequential")
    no_proof = {
        body_runs_text(run)
        for run in docx.Document(str(path)).element.body.iter(qn("w:r"))
        if run.find(f"{qn('w:rPr')}/{qn('w:noProof')}") is not None
    }
    assert {"Christopher Landau", "Juan Ramón de la Fuente", "De la Fuente", "Tammy Bruce"} <= (
        no_proof
    )
    assert "Landau" in no_proof
    assert not any("conversó" in text for text in no_proof)


HOSTILE_ES = (
    "Punto\x00 con\x07 controles\x1b y\u2028salto; nombre árabe محمد بن سلمان y hebreo גדעון סער."
)
LONG_POINT = ("La cooperación bilateral es amplia y profunda. " * 120)[:5000]


def hostile_pair() -> DraftPair:
    return reference_pair(
        es={"body.1": HOSTILE_ES, "body.2": LONG_POINT, "title": "Título\x0b\ufffe raro"},
        en={"body.1": "Point with \x0ccontrols and\u2028a break; عبد الله, עמית.", "body.2": "x"},
    )


@pytest.mark.parametrize("layout", LAYOUTS)
def test_hostile_text_exports_clean(tmp_path: Path, readout: Readout, layout: str) -> None:
    paths = export(readout, hostile_pair(), tmp_path / "h.docx", layout=layout)
    document = docx.Document(str(paths[0]))
    body = document.element.body
    text = body_runs_text(body)
    assert "Punto con controles y" in text
    assert "Título raro" in text
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe]", text)
    assert LONG_POINT in text
    # U+2028 became a real line break inside the paragraph.
    breaks = [r for r in body.iter(qn("w:r")) if r.find(qn("w:br")) is not None]
    assert breaks
    rtl_runs = [
        body_runs_text(r)
        for r in body.iter(qn("w:r"))
        if r.find(f"{qn('w:rPr')}/{qn('w:rtl')}") is not None
    ]
    assert "محمد بن سلمان" in rtl_runs
    assert "גדעון סער" in rtl_runs


def test_every_text_survives_a_round_trip(tmp_path: Path, readout: Readout) -> None:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from editor_app.core.export.text import clean_text

    @settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.text(min_size=1, max_size=200))
    def check(point: str) -> None:
        pair = reference_pair(es={"body.1": point}, en={"body.1": point})
        [path] = export(readout, pair, tmp_path / "p.docx", layout="sequential")
        document = docx.Document(str(path))
        expected = clean_text(point).replace("\n", "").replace("\t", "")
        texts = [
            body_runs_text(p._p) for p in document.paragraphs if p.style.name == "Readout Body"
        ]
        assert expected in texts

    check()


@pytest.mark.parametrize("layout", LAYOUTS)
def test_bundled_example_end_to_end(tmp_path: Path, layout: str) -> None:
    from editor_app.core.render import render_pair
    from editor_app.core.store import load_example

    example = load_example()
    rendered = render_pair(example)
    paths = export(example, rendered, tmp_path / "example.docx", layout=layout)
    found: list[str] = []
    for path in paths:
        document = docx.Document(str(path))
        if layout == "side-by-side":
            rows = document.tables[0].rows[1:]
            found += [row.cells[0].text for row in rows if row.cells[0].text]
            found += [row.cells[1].text for row in rows if row.cells[1].text]
        else:
            found += [p.text for p in paragraphs_before_sheet(document)]
    expected = [t for _, t in rendered.es.paragraphs()] + [t for _, t in rendered.en.paragraphs()]
    assert found == expected
    assert "26 de marzo de 2025" in found and "March 26, 2025" in found


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_very_long_drafter_or_marking_still_exports(
    tmp_path: Path, readout: Readout, pair: DraftPair, layout: str
) -> None:
    readout.clearance.drafter.name = "Ana Ruiz " * 40
    readout.clearance.marking = Marking(
        MarkingChoice.CUSTOM, Bilingual(en="SENSITIVE BUT UNCLASSIFIED " * 20)
    )
    for path in export(readout, pair, tmp_path / "long.docx", layout=layout):
        props = docx.Document(str(path)).core_properties
        assert props.author.startswith("Ana Ruiz") and len(props.author) <= 255
        assert len(props.category) <= 255
