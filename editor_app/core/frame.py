"""The frame a readout is published in, as State prints it: the header above the release
date ("Readout" / "Síntesis", "Office of the Spokesperson" / "Oficina del Portavoz") and
the Spanish courtesy note that links the original ("Para ver el texto original, ir a:
<link>").

Both are house options: the header only when the house asks for it
(``Settings.state_header``), the note only when the readout gives a link
(``Readout.original_link``). The render context hands their words to the templates.
"""

from __future__ import annotations

from editor_app.core.draft import Lang
from editor_app.core.model import Readout

HEADER: dict[Lang, tuple[str, str]] = {
    "en": ("Readout", "Office of the Spokesperson"),
    "es": ("Síntesis", "Oficina del Portavoz"),
}
"""The type label and the office, per language, as State's pages print them."""

ORIGINAL_NOTE = "Para ver el texto original, ir a: {link}"
"""The Spanish courtesy note of State's translations."""


def header(readout: Readout, lang: Lang) -> tuple[str, str]:
    """The header's label and office in ``lang``; ("", "") when the house prints none."""
    return HEADER[lang] if readout.settings.state_header else ("", "")


def original_note(readout: Readout, lang: Lang) -> str:
    """The Spanish note linking the original English text; "" in English or with no link."""
    link = readout.original_link.strip()
    if lang != "es" or not link:
        return ""
    return ORIGINAL_NOTE.format(link=link)
