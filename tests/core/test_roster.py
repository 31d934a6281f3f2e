"""The roster data (Qt-free): bundled officials, a user file that adds and replaces."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from editor_app.core.glossary import load_glossary
from editor_app.core.model import Gender
from editor_app.core.roster import RosterError, load_roster


def test_bundled_roster_uses_known_titles_and_countries() -> None:
    glossary = load_glossary()
    roster = load_roster()
    assert len(roster) >= 15
    for entry in roster:
        assert glossary.has_title(entry.title), entry
        assert glossary.has_country(entry.country), entry
    names = {e.full_name: e for e in roster}
    assert names["Alicia Bárcena"].gender is Gender.FEMININE
    assert names["Juan Ramón de la Fuente"].surname == "de la Fuente"


def test_a_user_roster_adds_and_replaces(tmp_path: Path) -> None:
    user = tmp_path / "roster.json"
    officials = [
        {"given_names": "Tammy", "surname": "Bruce", "gender": "feminine",
         "title": "deputy_spokesperson", "country": "us"},
        {"given_names": "Ana", "surname": "Pérez", "gender": "feminine",
         "title": "consul_general", "country": "MX"},
    ]  # fmt: skip
    user.write_text(json.dumps({"officials": officials}), encoding="utf-8")
    names = {e.full_name: e for e in load_roster(user)}
    assert names["Tammy Bruce"].title == "deputy_spokesperson"
    assert names["Tammy Bruce"].country == "US"
    assert "Ana Pérez" in names and "Marco Rubio" in names


def test_a_broken_user_roster_names_the_file_and_entry(tmp_path: Path) -> None:
    user = tmp_path / "roster.json"
    user.write_text('{"officials": [{"surname": "X", "gender": "other"}]}', encoding="utf-8")
    with pytest.raises(RosterError, match=r"roster.json: officials\[0\].gender"):
        load_roster(user)


def test_a_broken_user_roster_is_named_in_spanish_too(tmp_path: Path) -> None:
    user = tmp_path / "roster.json"
    user.write_text('{"officials": [{"surname": "X", "gender": "other"}]}', encoding="utf-8")
    with pytest.raises(RosterError) as caught:
        load_roster(user)
    assert caught.value.text("es") == (
        f"{user}: officials[0].gender: se esperaba masculine, feminine o unspecified"
    )
    user.write_text('{"officials": [', encoding="utf-8")
    with pytest.raises(RosterError) as caught:
        load_roster(user)
    assert caught.value.text("es") == f"{user}: línea 1, columna 16: se esperaba un valor"
