"""LibreOffice converts every Word layout to PDF, hostile text included.

Each document is converted once, all in one ``soffice`` run (a module-scoped fixture with
its own throw-away LibreOffice profile, so a first run or a parallel run never fights
over the user's profile).
"""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from editor_app.core.draft import Draft, DraftPair, DraftPart
from editor_app.core.export.writer import export
from editor_app.core.render import render_pair
from editor_app.core.store import load_example

pytestmark = pytest.mark.slow

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
TIMEOUT = 120

HOSTILE_ES = "Punto\x00 con\x07 controles\x1b y\u2028salto; nombres محمد بن سلمان y גדעון סער."
HOSTILE_EN = "Point with \x0ccontrols and\u2028a break; names عبد الله and עמית סגל."
LONG_POINT = ("La cooperación bilateral entre ambos países es amplia y profunda. " * 80)[:5000]


def replaced(draft: Draft, texts: dict[str, str]) -> Draft:
    parts = tuple(
        dataclasses.replace(p, text=texts[p.key], overridden=True) if p.key in texts else p
        for p in draft.parts
    ) + tuple(DraftPart(k, t) for k, t in texts.items() if draft.get(k) is None)
    return dataclasses.replace(draft, parts=parts)


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Name → PDF of: the example in every layout, and hostile text in two layouts."""
    if SOFFICE is None or shutil.which("pdftotext") is None:
        pytest.skip("LibreOffice (soffice) and poppler-utils (pdftotext) are needed")
    folder = tmp_path_factory.mktemp("pdf")
    readout = load_example()
    pair = render_pair(readout)
    hostile = DraftPair(
        replaced(pair.es, {"body.1": HOSTILE_ES, "body.2": LONG_POINT}),
        replaced(pair.en, {"body.1": HOSTILE_EN, "body.2": LONG_POINT}),
    )
    medium = {
        lang: {f"body.{n}": f"Start {n}. " + filler * 28 + f"End {n}." for n in (1, 2, 3)}
        for lang, filler in (
            ("es", "La cooperación bilateral es amplia. "),
            ("en", "Bilateral cooperation is broad. "),
        )
    }
    # Each point its own row: none runs on after the lead.
    apart = load_example()
    for point in apart.points:
        point.new_paragraph_en = point.new_paragraph_es = True
    apart_pair = render_pair(apart)
    rows = DraftPair(replaced(apart_pair.es, medium["es"]), replaced(apart_pair.en, medium["en"]))
    docs: list[Path] = export(apart, rows, folder / "rows-side-by-side.docx")
    for layout in ("side-by-side", "sequential", "separate"):
        docs += export(readout, pair, folder / f"{layout}.docx", layout=layout)
        docs += export(readout, hostile, folder / f"hostile-{layout}.docx", layout=layout)
    profile = tmp_path_factory.mktemp("lo-profile")
    result = subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            *map(str, docs),
        ],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    out = {d.stem: d.with_suffix(".pdf") for d in docs}
    missing = [name for name, pdf in out.items() if not pdf.is_file()]
    assert not missing, f"soffice made no PDF for {missing}: {result.stderr}"
    return out


def pdf_text(pdf: Path, first: int | None = None, last: int | None = None) -> str:
    args = ["pdftotext"]
    if first:
        args += ["-f", str(first)]
    if last:
        args += ["-l", str(last)]
    done = subprocess.run([*args, str(pdf), "-"], capture_output=True, check=True, timeout=30)
    return done.stdout.decode("utf-8")


def page_count(pdf: Path) -> int:
    return pdf_text(pdf).count("\f")


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.mark.parametrize("name", ["side-by-side", "sequential"])
def test_bilingual_layouts_hold_both_dates(pdfs: dict[str, Path], name: str) -> None:
    text = squash(pdf_text(pdfs[name]))
    assert "26 de marzo de 2025" in text
    assert "March 26, 2025" in text
    assert "Llamada del subsecretario Landau con el canciller mexicano De la Fuente" in text
    assert "DRAFT" in text


def test_separate_files_hold_one_language_each(pdfs: dict[str, Path]) -> None:
    es = squash(pdf_text(pdfs["separate-es"]))
    en = squash(pdf_text(pdfs["separate-en"]))
    assert "26 de marzo de 2025" in es and "March 26, 2025" not in es
    assert "March 26, 2025" in en and "26 de marzo de 2025" not in en


def test_page_fields_are_computed_by_libreoffice(pdfs: dict[str, Path]) -> None:
    # The readout counts its own pages; the clearance sheet (the last page) is not one.
    pdf = pdfs["side-by-side"]
    pages = page_count(pdf) - 1
    assert pages >= 1
    for page in range(1, pages + 1):
        text = squash(pdf_text(pdf, page, page))
        assert f"Página {page} de {pages} / Page {page} of {pages}" in text
    # Sequential: each language numbers its own pages.
    seq = pdfs["sequential"]
    footers = [
        re.findall(r"(?:Página|Page) \d+ (?:de|of) \d+", pdf_text(seq, n, n))
        for n in range(1, page_count(seq) + 1)
    ]
    assert footers[0] == ["Página 1 de 1"]
    assert footers[1] == ["Page 1 of 1"]


@pytest.mark.parametrize(
    "name", ["side-by-side", "sequential", "separate-en", "hostile-sequential"]
)
def test_clearance_sheet_numbers_its_own_pages_in_the_documents_languages(
    pdfs: dict[str, Path], name: str
) -> None:
    pdf = pdfs[name]
    last = squash(pdf_text(pdf, page_count(pdf), page_count(pdf)))
    expected = "Page 1 of 1" if name == "separate-en" else "Página 1 de 1 / Page 1 of 1"
    assert expected in last


def test_side_by_side_rows_do_not_split_across_pages(pdfs: dict[str, Path]) -> None:
    # Three points of about two thirds of a page each: each starts and ends on one page.
    pdf = pdfs["rows-side-by-side"]
    pages = [squash(pdf_text(pdf, n, n)) for n in range(1, page_count(pdf) + 1)]
    for n in (1, 2, 3):
        for start, end in (
            (f"Start {n}. La", f"amplia. End {n}."),
            (f"Start {n}. Bi", f"broad. End {n}."),
        ):
            assert any(start in page and end in page for page in pages), (n, start)
    # A point longer than a page still runs over pages, whole.
    text = squash(pdf_text(pdfs["hostile-side-by-side"]))
    assert text.count("La cooperación bilateral entre ambos países es amplia y profunda.") >= 70


@pytest.mark.parametrize(
    "name", ["hostile-side-by-side", "hostile-sequential", "hostile-separate-es"]
)
def test_hostile_text_converts(pdfs: dict[str, Path], name: str) -> None:
    text = squash(pdf_text(pdfs[name]))
    assert "Punto con controles y" in text
    assert "salto; nombres" in text
    assert re.search("[\u0600-\u06ff]", text), "Arabic name missing from the PDF"
    assert re.search("[\u0590-\u05ff]", text), "Hebrew name missing from the PDF"
    # The 5,000-character point runs over pages; every sentence of it survives.
    assert text.count("La cooperación bilateral entre ambos países es amplia y profunda.") >= 70
    assert "26 de marzo de 2025" in text
