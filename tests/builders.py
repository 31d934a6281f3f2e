"""Builders the tests share: drafts made by hand, without rendering a readout.

(Fixtures that need pytest, such as the bundled example, live in ``conftest.py``.)
"""

from __future__ import annotations

from editor_app.core.draft import Draft, DraftPair, DraftPart, Lang


def make_draft(lang: Lang, locale: str, parts: dict[str, str]) -> Draft:
    """A Draft built by hand from part texts (in key order), each as generated."""
    return Draft(lang, locale, tuple(DraftPart(k, t, generated=t) for k, t in parts.items()))


def english_pair(parts: dict[str, str]) -> DraftPair:
    """Drafts with ``parts`` in English and none in Spanish."""
    return DraftPair(es=make_draft("es", "es_MX", {}), en=make_draft("en", "en_US", parts))
