"""Fields not filled yet show as gap markers in the draft's language, never as a doubled
space or a stray comma; the checks add nothing of their own about them; `readout render`
and `readout export` still write the drafts, list the missing fields and exit 1."""

from __future__ import annotations

import io
from pathlib import Path

from docx import Document

from editor_app.cli import main
from editor_app.core.checks.run import run_checks
from editor_app.core.draft import DraftPair
from editor_app.core.glossary import load_glossary
from editor_app.core.model import Kind, Official, Phrasing, Readout, TitleText
from editor_app.core.render import Renderer
from editor_app.core.store import save_file
from editor_app.core.validate import validate


def _part(pair: DraftPair, lang: str, key: str) -> str:
    [part] = [p for p in pair.get(lang).parts if p.key == key]  # type: ignore[arg-type]
    return part.text


def test_a_missing_surname_shows_a_marker_in_each_language(
    example: Readout, renderer: Renderer
) -> None:
    example.principal.surname = ""
    pair = renderer.render_pair(example)
    assert _part(pair, "en", "title") == (
        "Deputy Secretary ⟨surname⟩’s Call with Mexican Foreign Secretary de la Fuente"
    )
    assert _part(pair, "es", "title") == (
        "Llamada del subsecretario ⟨apellido⟩ con el canciller mexicano De la Fuente"
    )
    assert _part(pair, "es", "lead").startswith(
        "Hoy, el subsecretario de Estado, Christopher ⟨apellido⟩, conversó con"
    )


def test_a_missing_name_leaves_no_empty_apposition(example: Readout, renderer: Renderer) -> None:
    example.principal.given_names = example.principal.surname = ""
    pair = renderer.render_pair(example)
    assert _part(pair, "es", "lead").startswith(
        "Hoy, el subsecretario de Estado, ⟨nombre⟩, conversó con el secretario de Relaciones "
        "Exteriores de México, Juan Ramón de la Fuente, para"
    )
    assert _part(pair, "en", "lead").startswith(
        "Today Deputy Secretary of State ⟨name⟩ spoke with Mexican Foreign Secretary"
    )
    for lang in ("en", "es"):
        for part in pair.get(lang).parts:  # type: ignore[arg-type]
            assert "  " not in part.text and ", ," not in part.text and " ," not in part.text


def test_missing_title_and_country_show_markers(example: Readout, renderer: Renderer) -> None:
    example.principal.title = ""
    example.counterparts[0].country = ""
    pair = renderer.render_pair(example)
    assert _part(pair, "en", "title") == (
        "⟨title⟩ Landau’s Call with ⟨country⟩ Foreign Minister de la Fuente"
    )
    assert (
        _part(pair, "es", "title")
        == "Llamada del ⟨cargo⟩ Landau con el canciller ⟨país⟩ De la Fuente"
    )
    assert _part(pair, "es", "lead").startswith(
        "Hoy, el ⟨cargo⟩, Christopher Landau, conversó con el ministro de Relaciones "
        "Exteriores de ⟨país⟩, Juan Ramón de la Fuente, para"
    )


def test_a_half_written_custom_title_marks_the_missing_language(
    example: Readout, renderer: Renderer
) -> None:
    example.principal.custom_title = TitleText(en_full="Special Envoy", en_short="Envoy")
    example.principal.title = ""
    pair = renderer.render_pair(example)
    assert _part(pair, "en", "title").startswith("Envoy Landau’s Call")
    assert _part(pair, "es", "title").startswith("Llamada del ⟨cargo⟩ Landau")


def test_missing_counterpart_attribution_and_group(example: Readout, renderer: Renderer) -> None:
    example.counterparts = []
    example.attribution.name = ""
    example.attribution.phrasing = Phrasing.BELOW
    pair = renderer.render_pair(example)
    assert _part(pair, "en", "title") == "Deputy Secretary Landau’s Call with ⟨counterpart⟩"
    assert _part(pair, "es", "title") == "Llamada del subsecretario Landau con ⟨interlocutor⟩"
    assert _part(pair, "en", "attribution") == ("The below is attributable to Spokesperson ⟨name⟩:")
    assert _part(pair, "es", "attribution") == (
        "Las declaraciones a continuación deben atribuirse a la portavoz ⟨nombre⟩:"
    )
    example.kind = Kind.MULTILATERAL_CALL
    pair = renderer.render_pair(example)
    assert "⟨group⟩" in _part(pair, "en", "title")
    assert "⟨grupo⟩" in _part(pair, "es", "title")


def test_the_checks_report_nothing_about_the_gaps(example: Readout, renderer: Renderer) -> None:
    clean = run_checks(example, renderer.render_pair(example))
    example.principal.surname = ""
    example.counterparts[0] = Official(title="foreign_minister", country="")
    findings = run_checks(example, renderer.render_pair(example))
    assert [f.check for f in findings] == [f.check for f in clean]
    # The form says what is missing, once per field.
    paths = [p.path for p in validate(example, load_glossary())]
    assert paths == ["principal.surname", "counterparts[0]", "counterparts[0].country"]


def test_a_complete_readout_has_no_marker(example: Readout, renderer: Renderer) -> None:
    pair = renderer.render_pair(example)
    for lang in ("en", "es"):
        assert all("⟨" not in p.text for p in pair.get(lang).parts)  # type: ignore[arg-type]


def _gappy(example: Readout, tmp_path: Path) -> Path:
    example.principal.surname = ""
    example.counterparts[0].country = ""
    path = tmp_path / "gappy.readout"
    save_file(example, path)
    return path


def test_export_writes_the_gaps_and_exits_1(example: Readout, tmp_path: Path) -> None:
    source = _gappy(example, tmp_path)
    out, err = io.StringIO(), io.StringIO()
    target = tmp_path / "gappy.docx"
    assert main(["export", str(source), "-o", str(target)], out, err) == 1
    assert out.getvalue() == f"{target}\n"
    assert err.getvalue() == (
        f"{source}: missing fields, shown as gaps (⟨…⟩) in the drafts:\n"
        "  principal.surname: a surname is needed (one who goes by one name: write it here)\n"
        "  counterparts[0].country: a country is needed\n"
    )
    cells = [c.text for t in Document(str(target)).tables for r in t.rows for c in r.cells]
    assert any("Deputy Secretary ⟨surname⟩’s Call" in c for c in cells)


def test_render_in_spanish_lists_the_missing_fields(example: Readout, tmp_path: Path) -> None:
    source = _gappy(example, tmp_path)
    out, err = io.StringIO(), io.StringIO()
    assert main(["render", str(source), "--lang", "es", "--ui-lang", "es"], out, err) == 1
    assert out.getvalue().startswith(
        "Llamada del subsecretario ⟨apellido⟩ con el canciller ⟨país⟩ De la Fuente\n"
    )
    assert err.getvalue() == (
        f"{source}: faltan campos, que los borradores muestran como huecos (⟨…⟩):\n"
        "  principal.surname: falta el apellido (quien usa un solo nombre: escríbalo aquí)\n"
        "  counterparts[0].country: falta el país\n"
    )


def test_other_errors_still_stop_the_export(example: Readout, tmp_path: Path) -> None:
    example.principal.surname = ""
    example.counterparts[0].country = "XX"
    source = tmp_path / "bad.readout"
    save_file(example, source)
    out, err = io.StringIO(), io.StringIO()
    target = tmp_path / "bad.docx"
    assert main(["export", str(source), "-o", str(target)], out, err) == 2
    assert not target.exists()
    assert "not a valid readout" in err.getvalue()


def test_one_who_goes_by_one_name_has_no_gap() -> None:
    # Indonesia's foreign minister goes by one name: written in the surname field, the
    # drafts have no gap and the form asks for nothing.
    from editor_app.core.glossary import load_glossary
    from editor_app.core.model import Gender, Official
    from editor_app.core.render import Renderer
    from editor_app.core.store import load_example
    from editor_app.core.validate import validate

    readout = load_example()
    readout.counterparts = [
        Official(surname="Sugiono", title="foreign_minister", country="ID", gender=Gender.MASCULINE)
    ]
    assert [p for p in validate(readout, load_glossary()) if p.severity == "error"] == []
    pair = Renderer().render_pair(readout)
    assert "⟨" not in pair.en.as_text() + pair.es.as_text()
    assert "Indonesian Foreign Minister Sugiono" in pair.en.text_of("lead")
