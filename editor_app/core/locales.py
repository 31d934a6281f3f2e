"""The locales a readout may be written in, per language, and the house's default for
each: the form offers these, a new readout starts with the defaults, and rendering,
spelling and files fall back to them."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from editor_app.core.draft import Lang

LATIN_AMERICAN_SPANISH = "es_419"
"""Spanish as Latin America writes it: where Spanish falls back before the bare language
when its own locale is not at hand (a spelling dictionary, for one)."""
SPANISH_LOCALES: tuple[str, ...] = (
    "es_MX",
    "es_US",
    "es_ES",
    LATIN_AMERICAN_SPANISH,
    "es_AR",
    "es_CO",
    "es_CL",
    "es_PE",
)
ENGLISH_LOCALES: tuple[str, ...] = ("en_US", "en_GB", "en_CA", "en_AU")
DEFAULT_LOCALES: Mapping[Lang, str] = MappingProxyType(
    {"es": SPANISH_LOCALES[0], "en": ENGLISH_LOCALES[0]}
)
"""The house's locale for each language (es_MX, en_US): the first one the form offers."""

PRESENT_PERFECT_LOCALES: frozenset[str] = frozenset({"es_ES"})
"""Spanish locales that write today's events in the present perfect ("se ha reunido
hoy", Spain); the others write the preterite ("se reunió hoy")."""
