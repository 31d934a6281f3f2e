"""Parity compares the countries and organisations a text names, never an adjective."""

from __future__ import annotations

import pytest

from editor_app.core.checks.base import Finding
from editor_app.core.checks.run import run_checks
from editor_app.core.checks.values import find_countries, find_organisations
from editor_app.core.glossary import load_glossary
from editor_app.core.model import Readout, TalkingPoint
from editor_app.core.render import Renderer


def _country_findings(readout: Readout, renderer: Renderer, es: str, en: str) -> list[Finding]:
    readout.points.append(TalkingPoint(es=es, en=en))
    pair = renderer.render_pair(readout)
    return [f for f in run_checks(readout, pair) if f.check_id == "parity.country"]


def test_the_adjective_europea_is_not_the_european_union() -> None:
    # Reproducer: "europea" / "European" were read as the EU's demonym.
    glossary = load_glossary()
    assert (
        find_countries("la seguridad europea y los socios europeos", "es", "es_MX", glossary) == ()
    )
    assert find_countries("European security and European partners", "en", "en_US", glossary) == ()
    (mention,) = find_countries("con la Unión Europea", "es", "es_MX", glossary)
    assert mention.codes == {"EU"}


@pytest.mark.parametrize(
    ("es", "en"),
    [
        ("Hablaron de la seguridad europea.", "They discussed Europe's security."),
        ("Hablaron con los socios del continente.", "They spoke with European partners."),
        ("Hablaron de la Reunión Ministerial de Exteriores.", "They discussed the Ministerial."),
        ("Hablaron de la OTAN, la ONU y la OEA.", "They discussed NATO, the UN, and the OAS."),
    ],
)
def test_quiet_where_both_versions_name_the_same(
    example: Readout, renderer: Renderer, es: str, en: str
) -> None:
    assert _country_findings(example, renderer, es, en) == []


def test_an_organisation_named_in_one_version_only_is_found(
    example: Readout, renderer: Renderer
) -> None:
    found = _country_findings(example, renderer, "Hablaron de la OTAN.", "They discussed the Quad.")
    assert [(f.lang, f.suggestion) for f in found] == [("es", "NATO"), ("en", "Quad")]
    assert found[0].text("en") == (
        "«OTAN»: this country or organisation is not named in the English version"
    )
    assert found[1].text("es") == (
        "«Quad»: este país u organismo no se nombra en la versión en español"
    )


def test_organisations_by_acronym_or_name_as_written() -> None:
    glossary = load_glossary()
    names = [m.text for m in find_organisations("WHO, who, the World Bank and G7", "en", glossary)]
    assert names == ["WHO", "World Bank", "G7"]
    (otan,) = find_organisations("la Organización del Tratado del Atlántico Norte", "es", glossary)
    assert otan.codes == {"NATO"}
