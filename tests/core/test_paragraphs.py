"""Paragraphs as readouts set them: the lead opens the first paragraph, points run on in it
until one opens a new paragraph, per language; parts stay the unit of hand edits and
checks, and every output joins them the same way."""

from __future__ import annotations

import io
from pathlib import Path

import docx

from editor_app.core.checks.run import run_checks
from editor_app.core.draft import Draft
from editor_app.core.export.docx import build_docx
from editor_app.core.export.text import to_html, to_markdown, to_txt
from editor_app.core.model import Override, Readout, TalkingPoint
from editor_app.core.render import Renderer

REFERENCE = Path("/work/shared/reference/landau-delafuente-2025-03-26.txt")
ENGLISH_TITLE = "Deputy Secretary Landau’s Call"


def body_paragraphs(draft: Draft) -> list[str]:
    """The paragraphs from the lead's on (the dateline opens it), without the closing."""
    keys = [key for key, _ in draft.paragraphs()]
    start = keys.index("lead")
    return [t for k, t in draft.paragraphs()[start:] if k != "closing"]


def reference_paragraphs() -> dict[str, list[str]]:
    """The seed's paragraphs from the lead on, per language (its Spanish runs straight
    into the English title on one line)."""
    text = REFERENCE.read_text("utf-8")
    spanish, english = text.split(ENGLISH_TITLE, 1)
    es = [p.strip() for p in spanish.split("\n\n") if p.strip()][2:]
    en = [p.strip() for p in english.split("\n\n") if p.strip()][3:]
    return {"es": es, "en": en}


def edges(paragraph: str) -> tuple[list[str], list[str]]:
    words = paragraph.replace("’", "'").split()
    return words[:4], words[-4:]


def test_the_example_breaks_where_the_seed_does(example: Readout, renderer: Renderer) -> None:
    reference = reference_paragraphs()
    for lang in ("es", "en"):
        ours = body_paragraphs(renderer.render(example, lang))
        assert len(ours) == len(reference[lang]) == (2 if lang == "es" else 3)
        for mine, theirs in zip(ours, reference[lang], strict=True):
            assert edges(mine) == edges(theirs)


def test_first_point_runs_on_after_the_lead_by_default(
    example: Readout, renderer: Renderer
) -> None:
    example.points = [TalkingPoint(en="One.", es="Uno."), TalkingPoint(en="Two.", es="Dos.")]
    en = renderer.render(example, "en")
    assert body_paragraphs(en) == [en.lead + " One.", "Two."]
    es = renderer.render(example, "es")
    assert body_paragraphs(es) == [f"{es.dateline} {es.lead} Uno.", "Dos."]


def test_a_point_may_open_its_own_paragraph_in_one_language_only(
    example: Readout, renderer: Renderer
) -> None:
    example.points = [
        TalkingPoint(en="One.", es="Uno.", new_paragraph_es=True),
        TalkingPoint(en="Two.", es="Dos.", new_paragraph_en=False),
        TalkingPoint(en="Three.", es="Tres."),
    ]
    en = renderer.render(example, "en")
    es = renderer.render(example, "es")
    assert body_paragraphs(en) == [f"{en.lead} One. Two.", "Three."]
    assert body_paragraphs(es) == [f"{es.dateline} {es.lead}", "Uno.", "Dos.", "Tres."]
    assert [p.key for p in en] == [p.key for p in es if p.key not in ("dateline", "closing")]


def test_hand_edited_points_keep_their_place_in_the_paragraph(
    example: Readout, renderer: Renderer
) -> None:
    example.overrides["en"]["body.1"] = Override("This was his first call.")
    en = renderer.render(example, "en")
    assert en.get("body.1") is not None and en.get("body.1").overridden  # type: ignore[union-attr]
    assert body_paragraphs(en)[0] == en.lead + " This was his first call."


def test_text_exports_follow_the_breaks(example: Readout, renderer: Renderer) -> None:
    es = renderer.render(example, "es")
    txt = to_txt(es)
    assert "\n\nOaxaca de Juárez, 26 de marzo. Hoy, el subsecretario" in txt
    assert "toma de posesión el 25 de marzo.\n\nHablaron sobre" in txt
    assert "oportunidades de inversión. El subsecretario Landau, quien" in txt
    md = to_markdown(es)
    assert "oportunidades de inversión. El subsecretario Landau, quien" in md
    html = to_html(es)
    assert html.count('<p class="readout-body">') == 1
    assert (
        '<p class="readout-lead"><span class="readout-dateline">Oaxaca de Juárez, 26 de '
        "marzo.</span> Hoy, el subsecretario"
    ) in html


def test_word_export_follows_the_breaks(example: Readout, renderer: Renderer) -> None:
    pair = renderer.render_pair(example)
    single = docx.Document(io.BytesIO(build_docx(example, [pair.en], "single")))
    texts = [p.text for p in single.paragraphs if p.text]
    for _, paragraph in pair.en.paragraphs():
        assert paragraph in texts
    assert len([t for t in texts if t.startswith("Today Deputy Secretary")]) == 1

    side = docx.Document(io.BytesIO(build_docx(example, [pair.es, pair.en], "side-by-side")))
    rows = [[c.text for c in row.cells] for row in side.tables[0].rows]
    lead_row = next(r for r in rows if r[1].startswith("Today"))
    assert lead_row[0].startswith("Oaxaca de Juárez, 26 de marzo. Hoy,")
    assert lead_row[0].endswith("el 25 de marzo.")
    assert lead_row[1].endswith("on March 25.")
    last_en = next(r for r in rows if r[1].startswith("Deputy Secretary Landau, who"))
    assert last_en[0] == ""  # the Spanish ran this point on in the paragraph above
    joined = next(r for r in rows if r[0].startswith("Hablaron"))
    assert "inversión. El subsecretario Landau, quien" in joined[0]


def test_per_language_breaks_raise_no_parity_finding(example: Readout, renderer: Renderer) -> None:
    pair = renderer.render_pair(example)
    findings = run_checks(example, pair)
    assert [f.check_id for f in findings if "paragraph" in f.check_id] == []
