"""Country names come from Babel, through a cache file that can never give a wrong name."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel import Locale

from editor_app.core import territories
from editor_app.core.glossary import load_glossary


@pytest.fixture(autouse=True)
def _fresh_process() -> Iterator[None]:
    """Each test starts as a new process would: nothing read yet, no cache file."""
    territories._names.clear()
    territories.cache_path().unlink(missing_ok=True)
    yield
    territories._names.clear()
    territories.cache_path().unlink(missing_ok=True)


def test_names_are_babels_in_each_locale() -> None:
    assert territories.territory_names("es")["MX"] == "México"
    assert territories.territory_names("en")["GB"] == "United Kingdom"
    assert territories.territory_names("es_MX") == {
        str(k): str(v) for k, v in Locale.parse("es_MX").territories.items()
    }


def test_a_later_start_reads_the_names_from_the_cache() -> None:
    territories.territory_names("es")
    saved = json.loads(territories.cache_path().read_text(encoding="utf-8"))
    saved["locales"]["es"]["MX"] = "Mexique (from the cache)"
    territories.cache_path().write_text(json.dumps(saved), encoding="utf-8")
    territories._names.clear()  # a new process
    assert territories.territory_names("es")["MX"] == "Mexique (from the cache)"


@pytest.mark.parametrize(
    "content",
    [
        "",
        "{not json",
        "\x00\x01\x02",
        "[1, 2, 3]",
        '{"babel": "another Babel", "locales": {"es": {"MX": "Wrong"}}}',
        '{"babel": "%s", "locales": {"es": {"MX": 42}}}',
        '{"babel": "%s", "locales": {"es": []}}',
        '{"babel": "%s", "locales": "es"}',
    ],
)
def test_a_corrupt_stale_or_hostile_cache_is_rebuilt_from_babel(content: str) -> None:
    path = territories.cache_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    stamp = json.dumps(territories.babel_stamp())[1:-1]
    path.write_text(content.replace("%s", stamp), encoding="utf-8")
    assert territories.territory_names("es")["MX"] == "México"
    rebuilt = json.loads(path.read_text(encoding="utf-8"))
    assert rebuilt["babel"] == territories.babel_stamp()
    assert rebuilt["locales"]["es"]["MX"] == "México"


def test_an_unwritable_cache_folder_costs_nothing_but_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a file, not a folder"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setattr(territories, "cache_path", lambda: blocker / "territories.json")
    assert territories.territory_names("en")["FR"] == "France"


def test_an_unknown_locale_names_countries_in_english() -> None:
    assert territories.territory_names("xx_NOPE")["DE"] == "Germany"
    assert load_glossary().country_name("mx", "not a locale!") == "Mexico"


def test_two_installs_keep_their_own_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    # A wheel and a bundle on one machine each have their own Babel: neither rebuilds
    # the other's cache at every start.
    ours = territories.cache_path()
    monkeypatch.setattr(territories, "babel_stamp", lambda: "/elsewhere/babel:1:2")
    assert territories.cache_path() != ours
    assert territories.cache_path().parent == ours.parent
