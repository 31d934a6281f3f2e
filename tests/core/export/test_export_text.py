"""Plain text, HTML and Markdown exports: escaping, languages, file names."""

from __future__ import annotations

import html.parser
from pathlib import Path

import pytest

from editor_app.core.draft import DraftPair
from editor_app.core.export.paths import ExportError, output_paths
from editor_app.core.export.text import bcp47, clean_text, to_html, to_markdown, to_txt
from editor_app.core.export.writer import export
from editor_app.core.model import Readout
from tests.builders import make_draft

ES = {
    "title": "Llamada del subsecretario Landau con el canciller mexicano De la Fuente",
    "release_date": "26 de marzo de 2025",
    "attribution": "Las declaraciones a continuación deben atribuirse a la portavoz Tammy Bruce:",
    "dateline": "Oaxaca de Juárez, 26 de marzo.",
    "lead": "Hoy, el subsecretario de Estado, Christopher Landau, conversó con el canciller.",
    "body.1": "Hablaron sobre la cooperación en seguridad.",
}
EN = {
    "title": "Deputy Secretary Landau’s Call with Mexican Foreign Secretary de la Fuente",
    "release_date": "March 26, 2025",
    "attribution": "The below is attributable to Spokesperson Tammy Bruce:",
    "lead": "Today Deputy Secretary of State Christopher Landau spoke with the Secretary.",
    "body.1": "They discussed security cooperation.",
}


def pair(es: dict[str, str] | None = None, en: dict[str, str] | None = None) -> DraftPair:
    return DraftPair(
        make_draft("es", "es_MX", {**ES, **(es or {})}),
        make_draft("en", "en_US", {**EN, **(en or {})}),
    )


class _Collector(html.parser.HTMLParser):
    """Collects start tags and text, to check what a browser would see."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(document: str) -> _Collector:
    collector = _Collector()
    collector.feed(document)
    return collector


def test_bcp47() -> None:
    assert bcp47("es_MX") == "es-MX"
    assert bcp47("en_US.UTF-8") == "en-US"
    assert bcp47("sr_Latn_RS") == "sr-Latn-RS"
    assert bcp47("es") == "es"


def test_clean_text_strips_forbidden_characters_and_normalises_breaks() -> None:
    assert clean_text("a\x00b\x07c\x1bd\ufffe\uffff") == "abcd"
    assert clean_text("tab\tkept") == "tab\tkept"
    assert clean_text("a\u2028b\r\nc\rd\u2029e") == "a\nb\nc\nd\ne"


def test_html_is_a_full_utf8_document_with_lang() -> None:
    document = to_html(pair().es)
    assert document.startswith("<!DOCTYPE html>\n")
    assert '<html lang="es-MX">' in document
    assert '<meta charset="utf-8">' in document
    assert f"<title>{ES['title']}</title>" in document
    assert f"<h1>{ES['title']}</h1>" in document
    assert (
        '<p class="readout-lead"><span class="readout-dateline">Oaxaca de Juárez, 26 de marzo.'
        "</span> Hoy," in document
    )
    assert '<html lang="en-US">' in to_html(pair().en)


def test_html_escapes_markup_so_script_stays_text() -> None:
    hostile = '<script>alert("x")</script> & <b>bold</b>'
    document = to_html(pair(es={"body.1": hostile, "title": "A <i>title</i>"}).es)
    parsed = parse(document)
    assert "script" not in parsed.tags and "b" not in parsed.tags and "i" not in parsed.tags
    assert hostile in "".join(parsed.text)
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp;" in document


def test_html_line_breaks_controls_and_right_to_left_names() -> None:
    body = "Primera\u2028segunda\x00 línea con محمد بن سلمان."
    document = to_html(pair(es={"body.1": body}).es)
    assert "Primera<br>\nsegunda línea con <bdi>محمد بن سلمان</bdi>." in document
    assert "\x00" not in document


def test_markdown_escapes_line_starts_and_inline_markup() -> None:
    body = "# no heading\u2028> no quote\u2028- no list\u20281. no number\u2028<script>*x*_y_"
    text = to_markdown(pair(es={"body.1": body}).es)
    assert (
        "\\# no heading\\\n\\> no quote\\\n\\- no list\\\n1\\. no number\\\n"
        "\\<script\\>\\*x\\*\\_y\\_" in text
    )
    assert text.startswith(f"# {ES['title']}\n\n*26 de marzo de 2025*\n\n")
    assert "Oaxaca de Juárez, 26 de marzo. Hoy," in text


def test_markdown_keeps_ordinary_prose_readable() -> None:
    text = to_markdown(pair().en)
    assert "Today Deputy Secretary of State Christopher Landau spoke" in text
    assert "\\" not in text


def test_txt_is_the_drafts_text_cleaned() -> None:
    draft = pair().en
    assert to_txt(draft) == draft.as_text()
    assert to_txt(pair(en={"body.1": "a\x01b\u2028c"}).en).endswith("ab\nc\n")


@pytest.mark.parametrize(("fmt", "suffix"), [("html", ".html"), ("md", ".md"), ("txt", ".txt")])
def test_text_formats_write_one_file_per_language(tmp_path: Path, fmt: str, suffix: str) -> None:
    paths = export(Readout(), pair(), tmp_path / f"r{suffix}", fmt=fmt, layout="sequential")
    assert paths == [tmp_path / f"r-es{suffix}", tmp_path / f"r-en{suffix}"]
    assert paths == output_paths(tmp_path / f"r{suffix}", fmt=fmt)
    es_text = paths[0].read_text(encoding="utf-8")
    en_text = paths[1].read_text(encoding="utf-8")
    assert "26 de marzo de 2025" in es_text and "March 26, 2025" in en_text
    reordered = export(Readout(), pair(), tmp_path / "o", fmt=fmt, order=("en", "es"))
    assert reordered == [tmp_path / f"o-en{suffix}", tmp_path / f"o-es{suffix}"]


@pytest.mark.parametrize(
    ("typed", "fmt", "layout", "written"),
    [
        ("Readout 26.03.2025", "docx", "side-by-side", ["Readout 26.03.2025.docx"]),
        ("call.docx", "html", "side-by-side", ["call-es.html", "call-en.html"]),
        ("call.DOCX", "docx", "side-by-side", ["call.DOCX"]),
        ("post.markdown", "md", "side-by-side", ["post-es.markdown", "post-en.markdown"]),
        ("notes.md", "txt", "side-by-side", ["notes-es.txt", "notes-en.txt"]),
        ("v1.2", "docx", "separate", ["v1.2-es.docx", "v1.2-en.docx"]),
    ],
)
def test_a_file_always_ends_in_its_formats_suffix(
    tmp_path: Path, typed: str, fmt: str, layout: str, written: list[str]
) -> None:
    paths = output_paths(tmp_path / typed, fmt=fmt, layout=layout)
    assert [p.name for p in paths] == written
    assert export(Readout(), pair(), tmp_path / typed, fmt=fmt, layout=layout) == paths


def test_text_formats_refuse_a_bad_order(tmp_path: Path) -> None:
    with pytest.raises(ExportError):
        export(Readout(), pair(), tmp_path / "r.md", fmt="md", order=("en", "fr"))
