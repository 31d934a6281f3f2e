"""The frame a readout is published in: State's header ("Readout" / "Síntesis", "Office of
the Spokesperson" / "Oficina del Portavoz", the date), the attribution forms State uses,
and the Spanish courtesy note linking the original. The preview's drafts, the text export
and the Word export all show them; none shows up where the house did not ask for it."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from editor_app.core.checks.run import run_checks
from editor_app.core.export.writer import export
from editor_app.core.model import Gender, Readout
from editor_app.core.parse import ReadoutInvalid, readout_from_dict, readout_to_dict
from editor_app.core.render import Renderer
from tests.core.test_shape_examples import NAMES, bundled

LINK = "https://www.state.gov/secretary-rubios-call-with-ukrainian-foreign-minister-sybiha"

SPANISH = f"""\
Llamada del secretario Rubio con el canciller ucraniano Sybiha

Síntesis

Oficina del Portavoz

10 de mayo de 2025

Las declaraciones a continuación deben atribuirse al portavoz del Departamento de Estado, \
Tommy Pigott:

A petición de Ucrania, el secretario de Estado, Marco Rubio, conversó hoy con el ministro \
de Relaciones Exteriores de Ucrania, Andrii Sybiha, sobre los próximos pasos hacia una paz \
duradera. El secretario reiteró que Estados Unidos apoya un alto el fuego completo.

Ambos acordaron mantenerse en estrecho contacto.

Para ver el texto original, ir a: {LINK}
"""

ENGLISH = """\
Secretary Rubio’s Call with Ukrainian Foreign Minister Sybiha

Readout

Office of the Spokesperson

May 10, 2025

The below is attributable to State Department Spokesperson Tommy Pigott:

Secretary of State Marco Rubio spoke today with Ukrainian Foreign Minister Andrii Sybiha \
at Ukraine’s request to discuss next steps toward a durable peace. The Secretary \
reiterated that the United States supports a full ceasefire. Both agreed to stay in close \
contact.
"""


@pytest.fixture
def framed() -> Readout:
    """The Sybiha example as State publishes it: header, department spokesperson, link."""
    readout = bundled("rubio-sybiha-request")
    readout.settings.state_header = True
    readout.attribution.role = "department_spokesperson"
    readout.original_link = LINK
    return readout


def test_the_frame_in_both_languages(framed: Readout, renderer: Renderer) -> None:
    assert renderer.render(framed, "es").as_text() == SPANISH
    assert renderer.render(framed, "en").as_text() == ENGLISH
    keys = [p.key for p in renderer.render(framed, "es")]
    assert keys[:5] == ["title", "label", "office", "release_date", "attribution"]
    assert keys[-1] == "original"


@pytest.mark.parametrize("name", [*NAMES, "landau-delafuente"])
def test_no_frame_unless_the_house_asks(name: str, renderer: Renderer) -> None:
    readout = bundled(name)
    assert not readout.settings.state_header and readout.original_link == ""
    for lang in ("es", "en"):
        text = renderer.render(readout, lang).as_text()  # type: ignore[arg-type]
        for words in ("Readout\n", "Síntesis", "Office of the Spokesperson", "Oficina del"):
            assert words not in text
        assert "texto original, ir a" not in text


def test_the_note_needs_a_link_and_stays_spanish(framed: Readout, renderer: Renderer) -> None:
    assert "original" not in [p.key for p in renderer.render(framed, "en")]
    framed.original_link = "   "
    assert "original" not in [p.key for p in renderer.render(framed, "es")]
    framed.settings.state_header = False
    framed.original_link = LINK
    es = renderer.render(framed, "es")
    assert [p.key for p in es][:2] == ["title", "release_date"]
    assert es.text_of("original") == f"Para ver el texto original, ir a: {LINK}"


def test_a_one_sided_note_raises_no_parity_finding(framed: Readout, renderer: Renderer) -> None:
    findings = run_checks(framed, renderer.render_pair(framed))
    assert [f.check_id for f in findings] == []


@pytest.mark.parametrize(
    ("role", "gender", "english", "spanish"),
    [
        ("spokesperson", Gender.FEMININE, "Spokesperson", "a la portavoz"),
        ("spokesperson", Gender.MASCULINE, "Spokesperson", "al portavoz"),
        (
            "department_spokesperson",
            Gender.FEMININE,
            "State Department Spokesperson",
            "a la portavoz del Departamento de Estado,",
        ),
        ("deputy_spokesperson", Gender.FEMININE, "Deputy Spokesperson", "a la portavoz adjunta"),
        ("deputy_spokesperson", Gender.MASCULINE, "Deputy Spokesperson", "al portavoz adjunto"),
        (
            "principal_deputy_spokesperson",
            Gender.MASCULINE,
            "Principal Deputy Spokesperson",
            "al portavoz adjunto principal",
        ),
    ],
)
def test_attribution_forms(
    role: str, gender: Gender, english: str, spanish: str, example: Readout, renderer: Renderer
) -> None:
    example.attribution.role, example.attribution.gender = role, gender
    example.attribution.name = "Tammy Bruce"
    assert renderer.render(example, "en").attribution == (
        f"The below is attributable to {english} Tammy Bruce:"
    )
    assert renderer.render(example, "es").attribution == (
        f"Las declaraciones a continuación deben atribuirse {spanish} Tammy Bruce:"
    )


def test_text_export_shows_the_frame(framed: Readout, renderer: Renderer, tmp_path: Path) -> None:
    paths = export(framed, renderer.render_pair(framed), tmp_path / "r.txt", fmt="txt")
    texts = {p.name: p.read_text("utf-8") for p in paths}
    assert texts == {"r-es.txt": SPANISH, "r-en.txt": ENGLISH}


def test_word_export_shows_the_frame(framed: Readout, renderer: Renderer, tmp_path: Path) -> None:
    [path] = export(framed, renderer.render_pair(framed), tmp_path / "r.docx")
    table = docx.Document(str(path)).tables[0]
    rows = [[cell.text for cell in row.cells] for row in table.rows[1:]]
    assert rows[:4] == [
        [
            "Llamada del secretario Rubio con el canciller ucraniano Sybiha",
            "Secretary Rubio’s Call with Ukrainian Foreign Minister Sybiha",
        ],
        ["Síntesis", "Readout"],
        ["Oficina del Portavoz", "Office of the Spokesperson"],
        ["10 de mayo de 2025", "May 10, 2025"],
    ]
    assert rows[-1] == [f"Para ver el texto original, ir a: {LINK}", ""]
    styles = [row.cells[0].paragraphs[0].style.name for row in table.rows[1:]]
    assert styles[1:3] == ["Readout Date", "Readout Date"]
    assert styles[-1] == "Readout Closing"


def test_the_frame_is_kept_in_the_file(framed: Readout) -> None:
    data = readout_to_dict(framed)
    assert data["settings"]["state_header"] is True and data["original_link"] == LINK
    back = readout_from_dict(data).readout
    assert back.settings.state_header and back.original_link == LINK
    del data["settings"]["state_header"], data["original_link"]
    old = readout_from_dict(data).readout  # a file from before the frame
    assert not old.settings.state_header and old.original_link == ""


@pytest.mark.parametrize(
    ("where", "value", "named"),
    [
        ("original_link", 42, "original_link"),
        ("state_header", "yes", "settings.state_header"),
    ],
)
def test_bad_frame_values_are_refused_by_name(
    framed: Readout, where: str, value: object, named: str
) -> None:
    data = readout_to_dict(framed)
    (data["settings"] if where == "state_header" else data)[where] = value
    with pytest.raises(ReadoutInvalid) as caught:
        readout_from_dict(data)
    assert named in str(caught.value)


def test_a_link_that_is_no_web_address_is_flagged(framed: Readout) -> None:
    data = readout_to_dict(framed)
    assert [p.path for p in readout_from_dict(data).problems] == []
    data["original_link"] = "state.gov/sybiha"
    [problem] = readout_from_dict(data).problems
    assert (problem.path, problem.severity) == ("original_link", "warning")
    assert problem.text("en") == (
        "state.gov/sybiha: not a web address; the courtesy note needs the original's full "
        "link (https://…)"
    )
    assert problem.text("es") == (
        "state.gov/sybiha: no es una dirección web; la nota de cortesía necesita el enlace "
        "completo al original (https://…)"
    )
