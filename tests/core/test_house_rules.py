"""Help's house rules and About's licences, read from the catalogue and the bundled data."""

from __future__ import annotations

import babel
import pytest

from editor_app.core.checks import rules
from editor_app.core.checks.catalogue import all_checks
from editor_app.core.licences import bundled_data


def test_every_check_is_listed_in_catalogue_order() -> None:
    listed = rules.house_rules("es")
    assert [r.check_id for r in listed] == list(all_checks())
    [eeuu] = [r for r in listed if r.check_id == "es.eeuu"]
    assert (eeuu.severity, eeuu.looks_for) == (
        "aviso",
        "«EE.UU.» sin el espacio que pide la RAE («EE. UU.»).",
    )


def test_a_check_without_a_description_shows_its_message(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(rules.LOOKS_FOR, "es.eeuu")
    [eeuu] = [r for r in rules.house_rules("en") if r.check_id == "es.eeuu"]
    assert eeuu.looks_for == "«…»: the abbreviation takes a space; write «EE. UU.»"


def test_about_lists_each_dictionary_and_cldr() -> None:
    data = bundled_data("es")
    assert [d.what for d in data] == [
        "Diccionario ortográfico en_GB",
        "Diccionario ortográfico en_US",
        "Diccionario ortográfico es_ES",
        "Diccionario ortográfico es_MX",
        f"Fechas, listas y nombres de ciudades: Unicode CLDR mediante Babel {babel.__version__}",
        "El documento de partida de los archivos de Word: la plantilla por omisión de python-docx",
    ]
    assert data[-1].licence == "MIT (LICENSE-python-docx.txt in this folder)"
    assert data[-1].where == "resources/word"
    assert data[1].licence == "SCOWL licence (BSD-style; see README_en_US.txt)"
    assert data[1].where == "resources/dictionaries/en_US"
