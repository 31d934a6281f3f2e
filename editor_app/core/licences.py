"""The data the package bundles and their licences, as Help ▸ About lists them.

The dictionaries say their own source and licence in ``SOURCE.txt`` beside them (the
licence texts sit in the same folder); CLDR comes through Babel.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable

from editor_app.core.messages import define, ui_lang_of

log = logging.getLogger(__name__)

DICTIONARY = define(
    "about.dictionary", "Spelling dictionary {name}", "Diccionario ortográfico {name}"
)
CLDR = define(
    "about.cldr",
    "Dates, lists and city names: Unicode CLDR through Babel {version}",
    "Fechas, listas y nombres de ciudades: Unicode CLDR mediante Babel {version}",
)
CLDR_LICENCE = "Unicode License v3 (Babel: BSD-3-Clause)"
WORD_TEMPLATE = define(
    "about.word_template",
    "The Word files' starting document: python-docx's default template",
    "El documento de partida de los archivos de Word: la plantilla por omisión de python-docx",
)
LICENCE_PREFIX = "Licence:"


@dataclass(frozen=True)
class BundledData:
    """One body of data shipped with the editor."""

    what: str
    """What it is, in the UI language."""
    licence: str
    """The licence as its source states it (not translated)."""
    where: str
    """The folder inside the package that holds it and its licence texts ("" if none)."""


def _dictionaries(ui: str) -> list[BundledData]:
    folder = resources.files("editor_app.resources").joinpath("dictionaries")
    found: list[BundledData] = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name) if folder.is_dir() else []:
        source = entry.joinpath("SOURCE.txt")
        if not source.is_file():
            continue
        what = DICTIONARY(name=entry.name).text(ui)
        found.append(BundledData(what, _licence(source), f"resources/dictionaries/{entry.name}"))
    return found


def _licence(source: Traversable) -> str:
    """The licence a ``SOURCE.txt`` states on its "Licence:" line ("" if unreadable)."""
    try:
        lines = source.read_text("utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        log.warning("unreadable %s", source, exc_info=True)
        return ""
    return next(
        (x[len(LICENCE_PREFIX) :].strip() for x in lines if x.startswith(LICENCE_PREFIX)), ""
    )


def bundled_data(ui_lang: str = "en") -> list[BundledData]:
    """Every body of bundled data and its licence, described in ``ui_lang``."""
    import babel

    ui = ui_lang_of(ui_lang)
    cldr = BundledData(CLDR(version=babel.__version__).text(ui), CLDR_LICENCE, "")
    word = resources.files("editor_app.resources").joinpath("word")
    template = BundledData(
        WORD_TEMPLATE().text(ui), _licence(word.joinpath("SOURCE.txt")), "resources/word"
    )
    return [*_dictionaries(ui), cldr, template]
