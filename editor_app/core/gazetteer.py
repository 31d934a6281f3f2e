"""Places in English and Spanish: capitals, cities, regions, seas and straits.

Two sources, merged: CLDR's exemplar cities through Babel (``resources/gazetteer/
cldr_cities.json``, written by ``tools/gazetteer.py`` so that loading costs no Babel
time), and the house list ``places.json`` with the Spanish exonyms RAE and Fundéu
recommend (Moscú, Pekín, Nueva Delhi), regions, seas and straits. The house list wins
where both name the same English place. A place may carry other accepted forms ("Kyiv"
beside "Kiev"), which a house may choose; every form is a correct spelling.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from editor_app.core.draft import LANGS, Lang

log = logging.getLogger(__name__)

CLDR_FILE = "cldr_cities.json"
HOUSE_FILE = "places.json"
KINDS = ("city", "region", "sea", "strait")
# Time zones of these areas name inhabited cities; Etc/, Antarctica/ and the like do not.
_CITY_AREAS = ("Africa", "America", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific")


class GazetteerError(ValueError):
    """A gazetteer file is malformed; the message names the file and the entry."""


@dataclass(frozen=True)
class Place:
    """A place with its English and Spanish names (and other accepted forms)."""

    kind: str
    en: str
    es: str
    country: str = ""
    also: dict[Lang, tuple[str, ...]] = field(default_factory=dict)

    def name(self, lang: Lang, prefer: Collection[str] = ()) -> str:
        """The name in ``lang``: "Moscow" / "Moscú"; or the accepted form the house
        prefers, when ``prefer`` holds one ("Kyiv" instead of "Kiev")."""
        for form in self.also.get(lang, ()):
            if form in prefer:
                return form
        return self.en if lang == "en" else self.es

    def names(self, lang: Lang) -> tuple[str, ...]:
        """Every accepted form in ``lang``, the house's first."""
        return (self.name(lang), *self.also.get(lang, ()))


class Gazetteer:
    """The places, looked up by name in either language."""

    def __init__(self, places: Iterable[Place]) -> None:
        self.places = tuple(places)
        self._by_name: dict[str, Place] = {}
        for place in self.places:
            for lang in LANGS:
                for name in place.names(lang):
                    self._by_name.setdefault(name.casefold(), place)

    def find(self, name: str) -> Place | None:
        """The place called ``name`` in either language (any case), or None."""
        return self._by_name.get(name.strip().casefold())

    def translate(self, name: str, lang: Lang, prefer: Collection[str] = ()) -> str:
        """``name`` (in either language) as ``lang`` writes it; ``name`` itself if unknown.

        ``prefer`` lists the house's choices among accepted forms (a house setting such as
        "Kyiv" for Spanish, where the default is RAE's "Kiev").
        """
        place = self.find(name)
        return place.name(lang, prefer) if place else name

    def names(self, lang: Lang) -> frozenset[str]:
        """Every name and accepted form of every place in ``lang``."""
        return frozenset(n for place in self.places for n in place.names(lang))

    def of_kind(self, kind: str) -> list[Place]:
        """The places of one kind ("city", "region", "sea", "strait")."""
        return [p for p in self.places if p.kind == kind]


def cldr_cities(zones: Iterable[str]) -> list[dict[str, str]]:
    """The exemplar city of each time zone in ``zones``, in English and Spanish (Babel).

    One entry per English name; a qualified name ("Beulah, North Dakota") keeps the city.
    """
    from babel import Locale
    from babel.dates import get_timezone_location

    en, es = Locale.parse("en"), Locale.parse("es")
    seen: dict[str, dict[str, str]] = {}
    for zone in sorted(zones):
        if zone.split("/")[0] not in _CITY_AREAS:
            continue
        try:
            names = [
                str(get_timezone_location(zone, locale=loc, return_city=True)).split(",")[0]
                for loc in (en, es)
            ]
        except LookupError:
            log.debug("no exemplar city for %s", zone)
            continue
        if names[0] and names[1] and names[0] not in seen:
            seen[names[0]] = {"zone": zone, "en": names[0], "es": names[1]}
    return list(seen.values())


def _place(data: Any, where: str, kind: str = "") -> Place:
    if not isinstance(data, dict):
        raise GazetteerError(f"{where}: expected an object")
    kind = kind or data.get("kind", "")
    texts = {key: data.get(key, "") for key in ("en", "es", "country")}
    if kind not in KINDS:
        raise GazetteerError(f"{where}: kind must be one of {', '.join(KINDS)}")
    if not all(isinstance(t, str) for t in texts.values()) or not (texts["en"] and texts["es"]):
        raise GazetteerError(f"{where}: expected English and Spanish names ('en', 'es')")
    also_data = data.get("also", {})
    also: dict[Lang, tuple[str, ...]] = {}
    for lang in LANGS:
        forms = also_data.get(lang, []) if isinstance(also_data, dict) else None
        if not isinstance(forms, list) or not all(isinstance(f, str) and f for f in forms):
            raise GazetteerError(f"{where}: 'also' holds lists of names by language")
        if forms:
            also[lang] = tuple(forms)
    return Place(kind, texts["en"], texts["es"], texts["country"].upper(), also)


def _read(text: str, source: str, key: str) -> list[Any]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise GazetteerError(f"{source}: line {exc.lineno}, column {exc.colno}: {exc.msg}") from exc
    entries = data.get(key) if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise GazetteerError(f"{source}: expected {{'{key}': [...]}}")
    return entries


def load_gazetteer(user_dir: Path | None = None) -> Gazetteer:
    """The bundled gazetteer, with a user ``places.json`` (if given) adding or overriding."""
    return _load_cached(str(user_dir) if user_dir else "")


@cache
def _load_cached(user_dir: str) -> Gazetteer:
    folder = resources.files("editor_app.resources").joinpath("gazetteer")
    places: dict[str, Place] = {}
    source = f"gazetteer/{CLDR_FILE}"
    for i, entry in enumerate(
        _read(folder.joinpath(CLDR_FILE).read_text("utf-8"), source, "cities")
    ):
        place = _place(entry, f"{source}: cities[{i}]", kind="city")
        places[place.en] = place
    sources = [(f"gazetteer/{HOUSE_FILE}", folder.joinpath(HOUSE_FILE).read_text("utf-8"))]
    if user_dir:
        path = Path(user_dir) / HOUSE_FILE
        if path.is_file():
            sources.append((str(path), path.read_text("utf-8")))
    for source, text in sources:
        for i, entry in enumerate(_read(text, source, "places")):
            place = _place(entry, f"{source}: places[{i}]")
            places[place.en] = place
    return Gazetteer(places.values())
